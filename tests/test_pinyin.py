"""strip_pinyin: annotations go, real brackets stay."""

import re

import pytest

from reportmine.normalize.pinyin import is_pinyin, split_syllables, strip_pinyin
from reportmine.textedit import TrackedText

from conftest import SAMPLES


def run(text: str) -> str:
    return TrackedText(text).run([strip_pinyin]).text


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("關(guān)于區(qū)總工會(huì)", "關于區總工會"),
        ("工作總結(jié)", "工作總結"),
        ("安全生產(chǎn)月", "安全生產月"),
        ("聯(lián)系", "聯系"),
        ("中国(zhōng guó)工会", "中国工会"),  # several syllables, spaced
        ("中国(zhōngguó)工会", "中国工会"),  # several syllables, run together
        ("法律(fǎ lǜ)常识", "法律常识"),  # ü with tone
        ("女(nǚ)职工", "女职工"),
        ("關（guān）于", "關于"),  # full-width brackets
        ("女(nv3)职工", "女职工"),  # tone digit, v for ü: matches the reading
        ("我们的(de)工作", "我们的工作"),  # toneless, matches the reading
        ("會(HUÌ)員", "會員"),  # upper case with tone mark
    ],
)
def test_annotations_removed(raw, clean):
    assert run(raw) == clean


@pytest.mark.parametrize(
    "text",
    [
        "(一)引导干部职工深入学习",
        "鄉鎮和(街道)社區",
        "培训干部15人(次)",
        "開展“雙亮”活動(简称“双亮双比”活动)",
        "會同團委、婦聯(10份)開展",
        "“五四”(星期天)兩天",
        "部分包含数学公式或(PPT)动画",
        "组建qq群(qq?)",
        "附件(a)和附件(b)",  # syllables, but no tone mark and not the reading of 件
        "工作(de)安排",  # toneless 'de' is not a reading of 作
        "方案(ABC)",
        "建立(Ok)",
        "使用Pīnyīn输入法",  # tone-marked word without brackets: not debris
    ],
)
def test_real_brackets_kept(text):
    assert strip_pinyin(text) == []


def test_edit_covers_exactly_the_annotation():
    text = "關(guān)于"
    (e,) = strip_pinyin(text)
    assert text[e.start : e.end] == "(guān)" and e.replacement == ""
    assert e.note == "pinyin annotation"


def test_annotation_not_matching_its_character_is_noted():
    # 趧 is mojibake for 動; the annotation goes, the note says it does not fit.
    (e,) = strip_pinyin("拔逡弧眲趧(dòng)節")
    assert "not a reading" in e.note


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("咨詢?nèi)栈顒", "咨詢?栈顒"),  # bracket eaten by codec damage
        ("活顒?dòng)。根據", "活顒?。根據"),
        ("工作(dòng\n下一行", "工作\n下一行"),
    ],
)
def test_tone_marked_debris_removed(raw, clean):
    assert run(raw) == clean


def test_split_syllables():
    assert split_syllables("xian") == ["xian"]  # longest syllable first
    assert split_syllables("xi'an") == ["xi", "an"]
    assert split_syllables("lǜ") == ["lv"]
    assert split_syllables("PPT") is None
    assert split_syllables("qq") is None


def test_is_pinyin():
    assert is_pinyin("guān") and is_pinyin("Zhōng Guó")
    assert not is_pinyin("guan")  # no tone mark
    assert not is_pinyin("café")  # tone mark, but not pinyin


def test_seed_000_all_annotations_gone_brackets_kept():
    raw = next(p for p in SAMPLES if p.name.startswith("000")).read_text("utf-8")
    out = run(raw)
    toned = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
    assert len(toned.findall(raw)) > 600
    assert toned.findall(out) == []
    for kept in ("(次)", "(街道)"):
        assert out.count(kept) == raw.count(kept) > 0


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
def test_idempotent_on_samples(path):
    once = run(path.read_text("utf-8"))
    assert strip_pinyin(once) == []


def test_gold_texts_untouched(gold_articles):
    for stem, art in gold_articles:
        assert strip_pinyin(art["text"]) == [], (stem, art["article"])


@pytest.mark.parametrize("text, may", [
    ("（一）加强学习(街道)10份", False),
    ("組建qq群(qq?)和(PPT)", True),
    ("會(hui)上", True),
    ("會( hui )上", True),
    ("會（ｈｕｉ）上", True),  # full-width letters are folded
    ("会议huì)下", True),
    ("会议huì\u3000)下", True),
    ("(dòng工作", True),
    ("工作(2024)年", False),
    ("", False),
])
def test_bracket_check_decides_when_there_is_nothing_to_strip(text, may):
    from reportmine.normalize.pinyin import _may_hold_pinyin

    assert _may_hold_pinyin(text) is may
    if not may:
        assert strip_pinyin(text) == []
