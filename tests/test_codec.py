"""Codec damage: whole runs in the wrong codec, byte-level GBK damage, the char LM."""

from __future__ import annotations

import json
import math
import random
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportmine.normalize.charlm import CharLM, is_frequent, score
from reportmine.normalize.codec import fix_codec_confusion, reading_matches, repair_gbk_damage
from reportmine.textedit import TrackedText

ROOT = Path(__file__).resolve().parents[1]
SEED0 = ROOT / "corpora" / "samples" / "000_b6a4e92746f443af.txt"


def apply(step, text: str) -> str:
    return TrackedText(text).apply(step.__name__, step(text)).text


def changes(step, text: str):
    return [e for e in step(text) if e.replacement != text[e.start : e.end]]


@lru_cache(maxsize=1)
def seed0() -> str:
    return SEED0.read_text(encoding="utf-8")


def seed_paragraph(marker: str) -> str:
    """The raw paragraph of seed 000 that contains ``marker``."""
    for para in seed0().split("\n"):
        if marker in para:
            return para
    raise AssertionError(f"{marker!r} not in seed 000")


@lru_cache(maxsize=1)
def clean_sentences() -> list[str]:
    """Sentences of the gold texts (clean simplified Chinese)."""
    out = []
    for f in sorted((ROOT / "corpora" / "gold").glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            for s in a["text"].replace("\n", "。").split("。"):
                if len(s) >= 8:
                    out.append(s + "。")
    return out


@lru_cache(maxsize=1)
def s2t():
    import opencc

    return opencc.OpenCC("s2t").convert


def annotate(trad: str) -> str:
    """Pinyin after every character that differs from its simplified form, as the
    annotating sites do: 關(guān)于."""
    import opencc
    from pypinyin import Style, pinyin

    t2s = opencc.OpenCC("t2s").convert
    out = []
    for ch in trad:
        out.append(ch)
        if t2s(ch) != ch:
            out.append("(" + pinyin(ch, style=Style.TONE)[0][0] + ")")
    return "".join(out)


# -- the char language model ----------------------------------------------------------------


def test_lm_prefers_chinese_to_mojibake_in_both_scripts():
    assert score("关于区总工会的工作") > score("鍏充簬鍖烘€诲伐浼") + 3
    assert score("關於區總工會的工作") > score("¹ØÓÚÇø×Ü¹¤»á") + 3
    assert score("咨詢日活動") > score("咨詢栈顒")


def test_lm_frequent_set_covers_both_scripts():
    assert is_frequent("會") and is_frequent("会") and is_frequent("動")
    assert not is_frequent("趧") and not is_frequent("眲")


def test_lm_table_is_small_and_loads():
    from reportmine.normalize.charlm import DATA_PATH

    assert DATA_PATH.stat().st_size < 5_000_000
    lm = CharLM.load()
    assert len(lm.uni) > 8000 and len(lm.bi) > 100_000


# -- pinyin readings ------------------------------------------------------------------------


def test_reading_matches_tone_and_toneless():
    assert reading_matches("現", "xiàn") == 2
    assert reading_matches("現", "xian") == 1
    assert reading_matches("將", "xiàn") == 0


# -- seed 000: the four mojibake spots ------------------------------------------------------


SEED0_REPAIRS = [
    # (raw damaged text, wanted text before pinyin stripping and t2s; see the gold notes)
    (",F(xiàn)將", "。現(xiàn)將"),
    ("!拔逡弧眲趧(dòng)節", "。“五一”勞動(dòng)節"),
    ("咨詢?nèi)栈顒?dòng)", "咨詢日活動(dòng)"),
    ("獎(jiǎng)?wù)隆睒s譽(yù)", "獎(jiǎng)章”榮譽(yù)"),
]


@pytest.mark.parametrize("damaged, repaired", SEED0_REPAIRS)
def test_seed000_mojibake_repaired(damaged, repaired):
    para = seed_paragraph(damaged)
    fixed = apply(repair_gbk_damage, para)
    assert repaired in fixed and damaged not in fixed
    # nothing else in the paragraph changed
    wanted = para
    for d, r in SEED0_REPAIRS:
        wanted = wanted.replace(d, r)
    assert fixed == wanted


def test_seed000_edits_explain_the_bytes():
    edits = changes(repair_gbk_damage, seed0())
    assert len(edits) == 4
    notes = " ".join(e.note for e in edits)
    assert "現=AC46" in notes and "日=C8D5" in notes and "章=D5C2" in notes
    assert all("annotation(s) confirm" in e.note for e in edits)


def test_seed000_has_no_codec_confusion():
    assert fix_codec_confusion(seed0()) == []


def test_other_seeds_are_left_alone():
    for f in sorted((ROOT / "corpora" / "samples").glob("*.txt")):
        if f.name.startswith("000"):
            continue
        text = f.read_text(encoding="utf-8")
        assert fix_codec_confusion(text) == [], f.name
        assert repair_gbk_damage(text) == [], f.name


# -- synthetic byte damage ---------------------------------------------------------------------


def damage(text: str, index: int) -> str:
    """Drop the GBK lead byte of ``text[index]`` and decode as the sites did."""
    raw = bytearray()
    lead_at = None
    for i, ch in enumerate(text):
        if i == index:
            lead_at = len(raw)
        raw += ch.encode("gbk")
    assert lead_at is not None and raw[lead_at] >= 0x81
    del raw[lead_at]
    return bytes(raw).decode("gbk", errors="replace").replace("\ufffd", "?")


def synthetic_cases(n: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    sents = [s for s in clean_sentences() if 12 <= len(s) <= 60]
    cases = []
    while len(cases) < n:
        clean = annotate(s2t()(rng.choice(sents)))
        # damage a character right before an annotation: the lost lead byte
        # leaves its trail byte and the pinyin behind, as in 現 → F(xiàn)
        spots = [i for i in range(1, len(clean) - 1) if clean[i + 1] == "(" and ord(clean[i]) > 0x3000
                 and clean[i].encode("gbk")[1] < 0x80]
        if not spots:
            continue
        i = rng.choice(spots)
        broken = damage(clean, i)
        if broken != clean:
            cases.append((clean, broken))
    return cases


def test_synthetic_lost_lead_bytes_are_repaired_or_flagged_never_misrepaired():
    cases = synthetic_cases(40)
    repaired = flagged = 0
    for clean, broken in cases:
        out = apply(repair_gbk_damage, broken)
        edits = repair_gbk_damage(broken)
        if out == clean:
            repaired += 1
        else:
            # no change at all, or a flag: never a wrong character
            assert out == broken, (clean, broken, out)
            flagged += bool(edits)
    assert repaired >= 0.75 * len(cases), (repaired, flagged)


def test_undecidable_damage_is_flagged_not_changed():
    # a lead byte lost before a character without any pinyin or other evidence:
    # '?' runs and rare characters, but no reading wins clearly
    text = "積極開展工會活動" + "(" + "huó" + ")" + "逡眲趧"
    edits = repair_gbk_damage(text)
    assert apply(repair_gbk_damage, text) == text
    assert all(e.replacement == text[e.start : e.end] and e.note for e in edits)


def test_undamaged_version_of_seed_paragraph_untouched():
    # the same paragraph with 現 intact: nothing to repair or flag
    para = seed_paragraph(",F(xiàn)將").replace(",F(xiàn)將", ",現(xiàn)將")
    assert repair_gbk_damage(para) == []


# -- whole-text confusions ----------------------------------------------------------------------

PARAGRAPHS = [
    "今年以来，在区委和市总工会的正确领导下，区总工会紧紧围绕全区工会工作要点，全面落实各项重点工作任务。",
    "全镇共有基层工会组织八十个，会员一千四百多人，建会率达到百分之九十以上。",
    "关于区总工会的上半年工作总结及下一步打算",
]


@pytest.mark.parametrize("para", PARAGRAPHS)
def test_gbk_read_as_latin1_is_fixed(para):
    broken = para.encode("gbk").decode("latin-1")
    assert apply(fix_codec_confusion, broken) == para


def sloppy_cp1252(b: bytes) -> str:
    """Decode as cp1252 the way browsers do: undefined bytes become C1 controls."""
    return "".join(bytes([x]).decode("cp1252", errors="ignore") or chr(x) for x in b)


@pytest.mark.parametrize("para", PARAGRAPHS)
def test_utf8_read_as_cp1252_is_fixed(para):
    broken = sloppy_cp1252(para.encode("utf-8"))
    assert apply(fix_codec_confusion, broken) == para


@pytest.mark.parametrize("para", PARAGRAPHS)
def test_utf8_read_as_gbk_is_fixed(para):
    broken = para.encode("utf-8").decode("gbk", errors="replace").replace("\ufffd", "?")
    fixed = apply(fix_codec_confusion, broken)
    assert len(fixed) == len(para)
    # a byte the GBK decoder swallowed into "?" is gone: the model guesses it
    # (八 or 六 differ only there), and the note says so; all else is exact
    wrong = sum(a != b for a, b in zip(fixed, para))
    assert wrong <= broken.count("?")
    if broken.count("?"):
        assert "guessed" in fix_codec_confusion(broken)[0].note


def test_utf8_read_as_gbk_several_sentences_with_ascii():
    para = "2023年镇总工会工作报告。今年以来，全镇新建工会12家，发展会员1438人。"
    broken = para.encode("utf-8").decode("gbk", errors="replace").replace("\ufffd", "?")
    fixed = apply(fix_codec_confusion, broken)
    assert "镇总工会工作报告" in fixed and "全镇新建工会" in fixed
    assert "鎬" not in fixed


# -- clean text never changes -----------------------------------------------------------------

FILLERS = ["qq", "DOCX", "show", "2023", "84.7%", "A", "(次)", "(街道)", ",", "!", "?", " ", "“", "”", "·", "1.6"]


@st.composite
def clean_texts(draw):
    sents = clean_sentences()
    picks = draw(st.lists(st.integers(0, len(sents) - 1), min_size=1, max_size=4))
    text = "".join(sents[i] for i in picks)
    a = draw(st.integers(0, len(text) - 1))
    b = draw(st.integers(a + 1, len(text)))
    text = text[a:b]
    for _ in range(draw(st.integers(0, 3))):
        pos = draw(st.integers(0, len(text)))
        text = text[:pos] + draw(st.sampled_from(FILLERS)) + text[pos:]
    form = draw(st.sampled_from(["simplified", "traditional", "annotated"]))
    if form == "traditional":
        text = s2t()(text)
    elif form == "annotated":
        text = annotate(s2t()(text))
    return text


# derandomized: the same examples every run, so CI does not meet a new close call by chance
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(clean_texts())
def test_clean_text_never_changes(text):
    assert fix_codec_confusion(text) == []
    assert repair_gbk_damage(text) == []


def test_known_failure_a_real_question_mark_between_annotated_characters_is_repaired():
    # A close call a random run found: a real '?' after 基 in an annotated page reads as
    # the lost trail byte of 礎 (基礎 is a likely word and the annotations around fit), so
    # it is repaired although nothing was damaged.  Kept so a fix is noticed.
    edits = repair_gbk_damage("另外通過(guò)以會(huì)代訓(xùn)等多種(zhǒng)形式對(duì)基?“")
    assert [e.replacement for e in edits] == ["礎"], "fixed: drop this known failure"


def test_whole_clean_gold_texts_unchanged():
    for f in sorted((ROOT / "corpora" / "gold").glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            for text in (a["text"], s2t()(a["text"])):
                assert fix_codec_confusion(text) == []
                assert repair_gbk_damage(text) == []


# -- idempotence -----------------------------------------------------------------------------


def test_repairs_are_idempotent():
    once = apply(repair_gbk_damage, seed0())
    assert changes(repair_gbk_damage, once) == []
    assert repair_gbk_damage(once) == []
    broken = PARAGRAPHS[0].encode("gbk").decode("latin-1")
    fixed = apply(fix_codec_confusion, broken)
    assert fix_codec_confusion(fixed) == []


# -- synthetic damage on sentences written for this test (not the gold texts) ----------------

OWN_SENTENCES = [
    "今年以来，我市各级工会认真贯彻落实上级工会的工作部署，扎实推进职工之家建设，取得了明显成效。",
    "全年共走访慰问困难职工三百多户，发放慰问金四十五万元，帮助二十名下岗职工实现再就业。",
    "我们积极开展劳动竞赛和技能培训活动，组织一线职工参加岗位练兵，涌现出一批技术能手。",
    "区总工会把维护职工合法权益作为首要任务，推动企业普遍建立工资集体协商制度。",
    "在新冠疫情防控期间，各基层工会组织志愿者深入社区，为职工群众送去口罩和生活物资。",
    "下一步，我们将继续加强工会干部队伍建设，不断提高服务职工的能力和水平。",
    "镇工会联合安监部门开展安全生产宣传月活动，发放宣传资料两千余份，受教育职工达五千人次。",
    "通过举办女职工健康讲座和法律知识培训，进一步增强了女职工的自我保护意识。",
]


def lose_lead_in_span(text: str, i: int, k: int) -> str:
    """Drop the lead byte of ``text[i]``; the next ``k`` characters are read out of
    step (undecodable pairs become "?", each eating one byte) until the stream resyncs."""
    raw = text[i : i + k].encode("gbk")
    return text[:i] + raw[1:].decode("gbk", errors="replace").replace("\ufffd", "?") + text[i + k :]


def own_damage_cases(form: str, n: int = 40, seed: int = 3) -> list[tuple[str, str]]:
    """Traditional annotated text damaged up to the next annotation (the model of
    seed 000), or plain simplified text damaged over 1-5 characters."""
    rng = random.Random(seed)
    cases = []
    while len(cases) < n:
        s = rng.choice(OWN_SENTENCES)
        clean = annotate(s2t()(s)) if form == "annotated" else s
        i = rng.choice([m for m in range(1, len(clean) - 1) if ord(clean[m]) > 0x3000])
        j = clean.find("(", i)
        k = j - i if form == "annotated" and 0 < j - i <= 8 else rng.randint(1, 5)
        broken = lose_lead_in_span(clean, i, k)
        if broken != clean:
            cases.append((clean, broken))
    return cases


@pytest.mark.parametrize("form, floor", [("annotated", 0.5), ("simplified", 0.0)])
def test_own_sentences_damage_is_repaired_or_left_never_misrepaired(form, floor):
    repaired = 0
    for clean, broken in own_damage_cases(form):
        out = apply(repair_gbk_damage, broken)
        assert out in (clean, broken), (clean, broken, out)
        repaired += out == clean
    # annotated text carries the evidence (annotations, '?' before them); plain
    # simplified text has only the model, so most of it is rightly left alone
    assert repaired >= floor * 40, repaired


@pytest.mark.parametrize("damaged, repaired", [
    # a '?' right before an annotation: the whole character lost its lead byte there
    ("他們提出了新的挑?(zhàn),也帶(dài)來了機遇。", "他們提出了新的挑戰(zhàn),也帶(dài)來了機遇。"),
    # a trail byte that is an ASCII mark (開 = E9 5F → "_"), confirmed by its pinyin
    ("我們認(rèn)真_(kāi)展了工會(huì)工作。", "我們認(rèn)真開(kāi)展了工會(huì)工作。"),
])
def test_more_damage_shapes_repaired(damaged, repaired):
    assert apply(repair_gbk_damage, damaged) == repaired


def test_question_mark_in_clean_text_is_left_alone():
    for text in ("你們的困難是什麼?我們一起想辦法。", "怎么办?我们一起想办法解决职工的困难。"):
        assert repair_gbk_damage(text) == []


def test_shipped_frequent_set_is_the_models():
    # data/frequent_chars.txt spares clean pages the model; rebuild it with
    # `python -m reportmine.normalize.codec --rebuild` when charlm.bin or OpenCC changes
    from reportmine.normalize import codec

    assert codec.FREQUENT_PATH.exists()
    assert codec._frequent_chars() == codec._compute_frequent_chars()


def test_clean_page_does_not_load_the_model():
    import subprocess
    import sys

    code = ("from reportmine.normalize import codec\n"
            "assert codec.repair_gbk_damage('今年新建工会5家，发展会员120人。（一）加强学习') == []\n"
            "assert codec.repair_gbk_damage('建成职工之家X个，慰问X户困难职工。') == []\n"  # a template's placeholders
            "assert codec.fix_codec_confusion('今年新建工会5家，发展会员120人。') == []\n"
            "print(codec._lm.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


def test_vector_probabilities_equal_the_scalar_ones():
    from reportmine.normalize import codec

    lm = codec._lm()
    for trail in (0x40, 0x46, 0xA1, 0xAC, 0xFE):
        chars = tuple(c for _, c in codec._chars_with_trail(trail))
        cs = lm.candidates(chars)
        for a in (None, "会", "，", "A", "7", "總", "x", " "):
            assert lm.cond_from(a, cs) == [lm.cond(a, c) for c in chars]
            if a is not None:
                assert lm.cond_to(cs, a) == [lm.cond(c, a) for c in chars]


# -- the fast scans give what the plain regex scans give ------------------------------------

FAST_SCAN_TEXTS = [
    "區(qū)總工會(huì)的工作", "(guān)于", "\n(guān)于", "X(ā)(ā)工", "會(huì)(huì)(huì)", "a(nèi)b(nèi)",
    "法律咨詢?nèi)栈顒?dòng)。", "取得了一定進(jìn)展,F(xiàn)將近期", "鍏充簬鍖烘?诲伐浼氱殑宸ヤ綔", "?鍏充簬 ??鍏充簬",
    "中文鍏充簬", " 鍏", "鍏", "关于区总工会的工作, DOCX 下载", "¹ØÓÚÇø×Ü¹¤»áµÄ¹¤×÷", "å…³äºŽåŒºæ€»å·¥ä¼š",
    "示范点X家，为X家", "建会率84.7%，A级", "你們的困難是什麼?我們一起想辦法。", "?(zhèn)共有", "",
    "(ā)(ā)(ā)工", "\n(ā)(ā)(ā)(ā)", "會(huì)(huì)(huì)(huì)(huì)", "a\n(ā)b(ā)(ā)",
]


def _random_texts(n: int = 3000) -> list[str]:
    rng = random.Random(7)
    alpha = list("中文工会關於鍏充簬浼氱殑宸ヤ綔涓(guān)?()（）\nA a_Z¹ØÓÚ，。ｆ１〇") + ["(ā)", "(nèi)", "\ufffd", "\u3000"]
    return ["".join(rng.choice(alpha) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def test_annotation_scan_finds_what_the_regex_finds():
    from reportmine.normalize import codec

    for text in FAST_SCAN_TEXTS + _random_texts():
        slow = [(m.start(1), m.group(1), m.group(2), m.end()) for m in codec._SEED_ANNOT_RE.finditer(text)]
        assert list(codec._annotated(text)) == slow, text


def test_utf8_run_scan_finds_the_runs_that_may_be_reread():
    from reportmine.normalize import codec

    leads = codec._utf8_lead_chars()
    assert "鍏" in leads and "关" not in leads
    for text in FAST_SCAN_TEXTS + _random_texts():
        slow = [m.span() for m in codec._WIDE_RUN_RE.finditer(text) if m.group()[0] in leads]
        assert [m.span() for m in codec._utf8_runs(text)] == slow, text


@pytest.mark.parametrize("text", FAST_SCAN_TEXTS)
def test_glued_and_question_mark_scans_as_written_before(text):
    import re

    from reportmine.normalize import codec

    glued = re.compile(f"(?<=[{codec._CJK}])[A-Za-z{re.escape(codec._TRAIL_MARKS)}\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"
                       f"(?=[{codec._CJK}])")
    qmark = re.compile(r"(?<=[^\x00-\x7f])\?(?=[^\x00-\x7f])")
    assert [m.span() for m in codec._SEED_GLUED_RE.finditer(text)] == [m.span() for m in glued.finditer(text)]
    assert [m.span() for m in codec._SEED_QMARK_RE.finditer(text)] == [m.span() for m in qmark.finditer(text)]


# -- the GBK repair's fast paths give what the plain computations give ---------------------

def _plain_word_logprob(chars: str) -> float:
    """The word model's programme as first written: push from every position, no memo."""
    import math

    from reportmine.normalize import codec

    freq, log_total, conv = codec._words()
    s = conv(chars)
    s = chars if len(s) != len(chars) else s
    n = len(s)
    best = [0.0] + [-math.inf] * n
    for i in range(n):
        o = ord(s[i])
        if not (0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF):
            best[i + 1] = max(best[i + 1], best[i] + codec._word_cost(s[i]))
            continue
        for j in range(i + 1, min(n, i + 6) + 1):
            f = freq.get(s[i:j])
            if f:
                best[j] = max(best[j], best[i] + math.log(f) - log_total)
            elif j == i + 1:
                best[j] = max(best[j], best[i] + math.log(0.5) - log_total)
            if f is None:
                break
    return best[n]


WORD_TEXTS = ["", "，", "立足双湾镇", "、足双湾镇", "工會工作總結", "工会工作总结如下：", "鍏充簬鍖烘", "3?AB工会",
              "中华人民共和国全国总工会", "中华人民共和国全国总工", "中华人民共和国", "中华", "职工之家建设", "职工之家建",
              "取得了一定進展，現將近期", "取得了一定進展，F將近期", "活動(dòng)", "·工会·"]


def test_word_model_with_prefix_table_equals_the_plain_programme():
    from reportmine.normalize import codec

    for clear in (True, False):
        for text in WORD_TEXTS + [t[:k] for t in WORD_TEXTS for k in range(len(t))]:
            if clear:
                codec._PREFIX_BEST.clear()
            assert codec._word_logprob.__wrapped__(text) == _plain_word_logprob(text), text


def test_jieba_keeps_every_prefix_of_its_words():
    # _best_segmentation looks once whether a word may go on past a known prefix
    from reportmine.normalize import codec

    freq = codec._words()[0]
    assert all(w[:k] in freq for w in ("中华人民共和国", "职工之家", "工会") for k in range(1, len(w)))
    assert sum(1 for w in freq if w[:-1] and w[:-1] not in freq) == 0


def test_decode_equals_a_byte_pair_reading():
    from reportmine.normalize import codec

    def plain(data: bytes):
        out, i = [], 0
        while i < len(data):
            if data[i] < 0x80:
                out.append(chr(data[i]))
                i += 1
                continue
            if data[i] in (0x80, 0xFF) or i + 1 >= len(data):
                return None
            try:
                ch = data[i : i + 2].decode("gbk")
            except UnicodeDecodeError:
                return None
            if 0xE000 <= ord(ch) <= 0xF8FF:
                return None
            out.append(ch)
            i += 2
        return "".join(out)

    rng = random.Random(5)
    cases = [b"", b"A", b"\x80", b"\xff", b"\x81", b"\xaa\xa1", b"\xb9\xa4\xbb\xe1", b"\xb9\xa4\xbb", b"a\xa1\x40b"]
    cases += [bytes(rng.randrange(256) for _ in range(rng.randint(1, 6))) for _ in range(20000)]
    for data in cases:
        dec = codec._decode(data)
        assert (dec[0] if dec else None) == plain(data), data
        if dec:
            assert [e for _, e in dec[1]] == sorted(codec._ends_of(dec[0]))


def test_syllable_tables_equal_reading_matches():
    from reportmine.normalize import codec

    for syl in ("huì", "hui", "dòng", "nèi", "lǜ", "lv", "xiàn", "a", "zhèn"):
        fit = codec._fitting((syl,))
        for lead in (0x81, 0xAC, 0xB6, 0xC4, 0xE9, 0xFE):
            pairs = codec._pairs_with_lead(lead)
            assert [c for _, c in pairs if c in fit] == [c for _, c in pairs if reading_matches(c, syl)]
            assert codec._trails_read.__wrapped__(lead, (syl,)) == [bytes([b]) for b, c in pairs
                                                                    if reading_matches(c, syl)]


def test_candidate_arrays_sliced_from_the_whole_set_equal_built_ones():
    import numpy as np

    from reportmine.normalize import codec

    lm = codec._lm()
    for trail in (0x40, 0x46, 0x7E, 0xA1, 0xFE):
        sliced, built = codec._trail_candidates(trail), lm.candidates(tuple(c for _, c in codec._chars_with_trail(trail)))
        for f in ("chars", "known", "fixed", "share", "ps", "pe", "at", "has_ascii", "model", "stay", "cont_or_1"):
            a, b = getattr(sliced, f), getattr(built, f)
            assert np.array_equal(a, b) if isinstance(a, np.ndarray) else a == b, (trail, f)


def test_likeliest_unpaired_characters_as_nlargest_ranks_them():
    import heapq

    from reportmine.normalize import codec

    lm = codec._lm()
    for before, after in (([b"\xb9\xa4"], [b"\x41", b"\xbb\xe1"]), ([b"\xd6\xb0"], [b"\xa1", b"\xa3\xac"]),
                          ([], [b"\x7e"]), ([b"\xb9\xa4"], [b"\x40"])):
        nxt = after[0][0]
        pool, cs = codec._unpaired_chars(nxt)
        a, b = codec._neighbour(before, True), codec._neighbour(after, False)
        p = lm.cond_from(a, cs)
        if b:
            p = [x * y for x, y in zip(p, lm.cond_to(cs, b))]
        assert codec._likely_unpaired(before, after) == [pool[i] for i in heapq.nlargest(6, range(len(pool)),
                                                                                       key=p.__getitem__)]


def test_bigram_lookup_by_bisection_equals_the_row():
    lm = CharLM.load()
    chars = list(lm.rank)[:400] + ["A", "，", "鍏"]
    for a in chars[::7]:
        row = lm.bi.row(a)
        assert all(lm.bi.get(a + b) == row.get(b, 0) for b in chars)
        assert all(lm.bi.get(a + b) == v for b, v in row.items())
    assert lm.bi.get("abc") == 0 and lm.bi.get("x") == 0


def test_lead_bytes_ranked_as_by_exact_logarithms_of_every_lead():
    import heapq
    import math

    from reportmine.normalize import codec

    lm = codec._lm()

    def plain(a, b, trail, syls):
        pairs = codec._chars_with_trail(trail)
        cs = codec._trail_candidates(trail)
        before, after = lm.cond_from(a, cs), lm.cond_to(cs, b) if b else None
        options = []
        for i, (lead, c) in enumerate(pairs):
            v = math.log(before[i]) + (math.log(after[i]) if b else 0.0)
            if syls and any(reading_matches(c, s) for s in syls):
                v += codec._PHANTOM
            options.append((v, lead, c))
        return tuple((lead, c) for _, lead, c in heapq.nlargest(codec._LEADS_TRIED, options))

    rng = random.Random(8)
    chars = list(lm.rank)[:1500] + list("，。、“”A7 ") + [None]
    for _ in range(600):
        a, b = rng.choice(chars), rng.choice(chars)
        trail = rng.choice([0x40, 0x46, 0x5F, 0x7E, 0xA1, 0xAC, 0xB9, 0xE4, 0xFE])
        syls = rng.choice([(), ("huì",), ("xiàn",), ("dòng", "dong")])
        assert codec._best_leads.__wrapped__(a, b, trail, syls) == plain(a, b, trail, syls), (a, b, trail, syls)


@pytest.mark.parametrize("text, searched", [
    # 學 fits (xué): no byte hid before it; (kāi) does not fit '_': a byte may have hid there
    ("學(xué)真_(kāi)展", ["kāi"]),
    # nothing fits: every annotation (at most three) may follow a hidden byte
    ("真_(kāi)展_(kāi)", ["kāi", "kāi"]),
    # all fit: no silent byte at all
    ("縣(xiàn)總(zǒng)工會(huì)", []),
])
def test_silent_bytes_are_tried_only_before_annotations_that_do_not_fit(text, searched):
    from reportmine.normalize import codec

    toks = codec._tokenise(text, 0, len(text))
    streams = codec._streams(toks)
    assert len(streams) == 2 ** len(searched)
    silent = {tuple(p for p in st.parts) for st in streams}
    assert len(silent) == len(streams)
    assert [t.syl for i, t in enumerate(toks) if t.kind == "ann" and not codec._fits_before(toks, i)] == searched


@pytest.mark.parametrize("damaged, repaired", [
    # the lost lead byte of 現 (AC) right before the seed; and of 工 (B9) four bytes before the
    # '?' (工作， read as ぷ鳎?): both within the bytes searched before the seed
    ("取得了一定進(jìn)展,F(xiàn)將近期重點(diǎn)工作", "現"),
    ("工會(huì)的幫(bāng)扶ぷ鳎?更好地服務(wù)職工", "工作，"),
])
def test_lost_byte_found_within_the_searched_bytes_before_the_seed(damaged, repaired):
    assert [e.replacement for e in changes(repair_gbk_damage, damaged)] == [repaired]


@pytest.mark.parametrize("damaged, repaired", [
    # a lost lead byte beside pinyin (the annotation pins 現 = AC 46)
    ("取得了一定進(jìn)展,F(xiàn)將近期重點(diǎn)工作", ["現"]),
    ("我們認(rèn)真_(kāi)展了工會(huì)工作。", ["開"]),
    # without pinyin: only the model and the '?' tell
    ("工會的幫扶ぷ鳎?更好地服務職工", ["工作，"]),
    # an unreadable character (U+FFFD) beside pinyin: no byte to re-read, left alone
    ("工會開展法律咨詢\ufffd(nèi)日活動(dòng)。", []),
    ("全年共走訪(fǎng)慰問(wèn)困難(nán)職(zhí)工\ufffd(sān)百多戶(hù)", []),
])
def test_narrowed_search_repairs_as_the_wide_one(damaged, repaired, monkeypatch):
    """Three lead bytes per position and eight bytes before the seed give what four lead bytes
    anywhere in the zone give."""
    from reportmine.normalize import codec

    def run():
        codec._best_leads.cache_clear()
        return [(e.start, e.end, e.replacement, e.note) for e in repair_gbk_damage(damaged)]

    narrow = run()
    assert [r for _, _, r, _ in narrow if r] == repaired
    monkeypatch.setattr(codec, "_LEADS_TRIED", 4)
    monkeypatch.setattr(codec, "_LOST_BACK", 1000)
    try:
        assert [(s, e, r) for s, e, r, _ in run()] == [(s, e, r) for s, e, r, _ in narrow]
    finally:
        codec._best_leads.cache_clear()


def _plain_seeds(text: str) -> list:
    """The annotation seeds as _find_seeds judged them before the verdicts were remembered."""
    from reportmine.normalize import codec

    out = []
    for at, ch, syl, end in codec._annotated(text):
        if not codec._is_pinyin(syl) or codec.reading_matches(ch, syl):
            continue
        strong = codec._has_tone(syl) and (codec._is_cjk(ch) or ch.isascii() and ch.isalpha()
                                           or ch in codec._TRAIL_MARKS + "?")
        out.append(codec._Seed(at + (ch == "\ufffd"), end, strong, f"annotation ({syl}) does not fit {ch!r}"))
    return out


def test_remembered_annotation_verdicts_give_the_seeds_judged_each_time():
    from reportmine.normalize import codec

    texts = FAST_SCAN_TEXTS + _random_texts() + [
        "取得了一定進(jìn)展,F(xiàn)將近期", "工會開展法律咨詢\ufffd(nèi)日", "真_(kāi)展_(kāi)", "A(ā)B(nèi)?(zhàn)(xyz)"]
    for clear in (True, False):
        for text in texts:
            if clear:
                codec._ANNOTATION_VERDICTS.clear()
            seeds = [s for s in codec._find_seeds(text) if s.what.startswith("annotation")]
            assert seeds == _plain_seeds(text), text


@pytest.mark.parametrize("left, chars, right", [
    ("", "工會工作", ""), ("展,", "F將近期", "重點"), ("工會", "的幫扶ぷ鳎?更好", "地服"),
    ("了", "一定進展，現將近期。", "重"), ("", "A", "B"),
])
def test_readings_score_the_same_with_their_shared_head(left, chars, right):
    """The bigram sum of a shared beginning, computed once, gives the very same score
    (the same additions in the same order)."""
    from reportmine.normalize import codec

    lm = codec._lm()
    for gap in (0, 40):
        whole = codec._score(lm, left, chars, right, gap)
        for k in range(1, len(chars) + 1):
            assert codec._score(lm, left, chars, right, gap, (k, lm.logprob(chars[:k], left))) == whole
    text = left + chars + right
    for k in range(len(text) + 1):
        assert lm.logprob_on(lm.logprob(text[:k], "前"), (("前" + text)[k]), text[k:]) == lm.logprob(text, "前")


@pytest.mark.parametrize("damaged", [
    "取得了一定進(jìn)展,F(xiàn)將近期重點(diǎn)工作",
    "我們認(rèn)真_(kāi)展了工會(huì)工作。",
    "工會的幫扶ぷ鳎?更好地服務職工",
    "工會(huì)的幫(bāng)扶ぷ鳎?更好地服務(wù)職工",
    "法律咨詢?nèi)栈顒?dòng)。",
    "建樓(lóu)宇聯(lián)瞎?會(huì)1家,覆蓋",
    "今年一月荩?鎮(zhèn)工會(huì)",
    "行“放心餐車(chē)”?力求為(wèi)企業(yè)",
])
def test_readings_left_out_by_the_bound_decide_nothing(damaged, monkeypatch):
    """Readings whose bound cannot reach the third best are not scored whole: the zone's
    edits (repair, flag, note with margin and rival) are those of scoring every reading."""
    from reportmine.normalize import codec

    def run():
        codec._word_logprob.cache_clear()
        return [(e.start, e.end, e.replacement, e.note) for e in repair_gbk_damage(damaged)]

    bounded = run()
    monkeypatch.setattr(codec, "_WORD_ROOM", math.inf)
    assert run() == bounded


def test_seed0_zones_decided_as_without_the_bound(monkeypatch):
    from reportmine.normalize import codec

    text = SEED0.read_text(encoding="utf-8")
    bounded = repair_gbk_damage(text)
    monkeypatch.setattr(codec, "_WORD_ROOM", math.inf)
    assert repair_gbk_damage(text) == bounded


def test_zones_tokenised_narrowly_equal_those_of_the_whole_scan(monkeypatch):
    """_zone tokenises from the fifth Chinese character before the seeds to the fourth after: the
    same zones as from 80 characters before to 40 after."""
    from reportmine.normalize import codec

    texts = [SEED0.read_text(encoding="utf-8")] + FAST_SCAN_TEXTS + _random_texts() + [
        "今年一月荩?鎮(zhèn)工會(huì)。", "a(ā)(ā)b?(zhèn)c(nèi)工", "工(guān)?(ā)(ā)(ā)(ā)(ā)(ā)工", "取得了一定進(jìn)展,F(xiàn)將近期"]
    clusters = [(t, c) for t in texts for c in codec._clusters(codec._find_seeds(t))]
    narrow = [codec._zone(t, c) for t, c in clusters]
    monkeypatch.setattr(codec, "_scan_bounds", lambda text, first, last, lo, hi: (lo, hi))
    assert [codec._zone(t, c) for t, c in clusters] == narrow
    assert len(clusters) > 100


def test_keep_top_keeps_the_best_of_distinct_keys():
    """_keep_top, fed readings one by one, holds the three best scores of distinct keys."""
    from reportmine.normalize import codec

    rng = random.Random(4)
    for _ in range(300):
        top: list = []
        best: dict = {}
        for _ in range(rng.randrange(1, 30)):
            key, v = rng.choice("abcdefg"), rng.choice([rng.uniform(-50, 0), -10.0])
            codec._keep_top(top, key, v)
            best[key] = max(best.get(key, -math.inf), v)
        want = sorted(best.values(), reverse=True)[: codec._TOP]
        assert [e[0] for e in top] == want
        assert all(best[k] == v for v, k in top) and len({k for _, k in top}) == len(top)


@pytest.mark.parametrize("text", [
    # the same damaged zone twice, then in other contexts (another sentence length, script, end)
    "今年一月荩?鎮(zhèn)工會(huì)。今年一月荩?鎮(zhèn)工會(huì)。",
    "取得了一定進(jìn)展,F(xiàn)將近期重點(diǎn)工作。\n取得了一定進(jìn)展,F(xiàn)將近期重點(diǎn)工作",
    "工會的幫扶ぷ鳎?更好地服務職工\n区总工会职工权益的决定，工會的幫扶ぷ鳎?更好地服務職工。",
    "我們认真_(kāi)展了工會(huì)工作。" * 3,
])
def test_a_zone_met_again_is_decided_as_when_first_searched(text):
    """A zone found in the table of searched zones gives the edits a fresh search gives, on
    each page of its own and inside one page."""
    from reportmine.normalize import codec

    def fresh(t):
        codec._SEARCHED.clear()
        return [(e.start, e.end, e.replacement, e.note) for e in repair_gbk_damage(t)]

    lines = text.split("\n")
    alone = [fresh(line) for line in lines]
    codec._SEARCHED.clear()
    for line, want in zip(lines, alone):
        assert [(e.start, e.end, e.replacement, e.note) for e in repair_gbk_damage(line)] == want
    whole = fresh(text)
    codec._SEARCHED.clear()
    for line in lines:
        repair_gbk_damage(line)
    assert [(e.start, e.end, e.replacement, e.note) for e in repair_gbk_damage(text)] == whole


def test_top_k_as_a_stable_sort_of_the_whole_array():
    import numpy as np

    from reportmine.normalize import codec

    rng = random.Random(7)
    for _ in range(500):
        n, k = rng.randrange(0, 40), rng.randrange(1, 8)
        p = np.array([rng.choice([0.0, 0.5, 1e-9, rng.random()]) for _ in range(n)])
        assert codec._top_k(p, k) == sorted(range(n), key=lambda i: -p[i])[:k]


def test_script_counts_by_regex_equal_set_lookups():
    from reportmine.normalize import codec

    trad_re, simp_re = codec._script_res()
    rng = random.Random(3)
    pool = sorted(codec._converted_chars() | codec._simplified_only()) + list("工会的,(ā)?\n ")
    for _ in range(300):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 60)))
        assert len(trad_re.findall(text)) == sum(c in codec._converted_chars() for c in text)
        assert len(simp_re.findall(text)) == sum(c in codec._simplified_only() for c in text)


def test_sentence_gap_counts_as_a_walk_back_does():
    from reportmine.normalize import codec

    def walk(text, pos):
        n, i = 0, pos - 1
        while i >= 0 and n < 200:
            if text[i] in "。！？!?\n":
                break
            n += codec._is_cjk(text[i])
            i -= 1
        return n

    rng = random.Random(5)
    texts = FAST_SCAN_TEXTS + _random_texts(300) + ["工" * 500 + "。" + "会" * 300, "a?工!会" * 40]
    for text in texts:
        for pos in {0, len(text), *(rng.randrange(len(text) + 1) for _ in range(20))}:
            assert codec._sentence_gap(text, pos) == walk(text, pos), (text, pos)


def test_pair_table_as_the_decoder_says():
    """One table of GBK pairs; the leads' and trails' lists and the UTF-8 leads are read from it."""
    from reportmine.normalize import codec

    pairs = codec._gbk_pairs()
    assert len(pairs) == 1 << 16
    for b in range(256):
        for n in range(256):
            try:
                c = bytes([b, n]).decode("gbk") if b >= 0x80 and n >= 0x40 else ""
            except UnicodeDecodeError:
                c = ""
            assert pairs[b << 8 | n] == c, (b, n)
            if 0x81 <= b <= 0xFE and 0x40 <= n <= 0xFE:
                assert ((n, c) in codec._pairs_with_lead(b)) == bool(c)
                assert ((b, c) in codec._chars_with_trail(n)) == bool(c and not 0xE000 <= ord(c) <= 0xF8FF)
    assert sum(map(len, map(codec._pairs_with_lead, range(0x81, 0xFF)))) == sum(map(bool, pairs))
    assert codec._utf8_lead_chars() == {c for b in range(0xE2, 0xF0) for c in pairs[b << 8 : (b + 1) << 8] if c}


def test_unpairable_from_the_table_as_the_decoder_says():
    from reportmine.normalize import codec

    for b in range(256):
        for n in range(256):
            try:
                bytes([b, n]).decode("gbk")
                decodes = True
            except UnicodeDecodeError:
                decodes = False
            assert codec._unpairable(b, [bytes([n])]) == (not decodes or n < 0x40), (b, n)
    assert codec._unpairable(0x81, [None]) and codec._unpairable(0x81, [])
    assert codec._unpairable(0xB0, [b"\xa1", None]) is False and codec._unpairable(0xB0, [None, b"\xa1"])
    for n in (None, 0x20, 0x40, 0x7F, 0xA1, 0xFF):
        rest = [bytes([n])] if n is not None else [None]
        assert codec._unpairable_leads.__wrapped__(n) == [bytes([b]) for b in range(0x81, 0xFF)
                                                          if codec._unpairable(b, rest)]
    for n in (0x40, 0x7F, 0x80, 0xA1, 0xFF):
        want = tuple(b for b in range(0x40, 0x100) if codec._unpairable(b, [bytes([n])]))
        assert codec._unpaired_chars(n)[0] == codec._chars_with_trails(want)[0]


# -- UTF-8 read as GBK with bytes lost as ? (fix_codec_confusion, _fill_lost_bytes) ---------------------
def _utf8_as_gbk(s: str) -> str:
    """``s`` as a GBK decoder that writes ? for each byte it cannot pair sees its UTF-8 bytes."""
    return s.encode("utf-8").decode("gbk", errors="replace").replace("\ufffd", "?")


@pytest.mark.parametrize(
    "clean",
    [
        "全年新建基层工会16个，发展会员920人，为37名困难职工发放帮扶金5.6万元。",
        "组织开展“安康杯”知识竞赛，参赛职工达1200人次。",
        "一、加强思想引领",
    ],
)
def test_utf8_read_as_gbk_with_lost_bytes_is_read_back(clean):
    damaged = _utf8_as_gbk(clean)
    assert "?" in damaged
    edits = fix_codec_confusion(damaged)
    assert apply(fix_codec_confusion, damaged) == clean
    assert all("guessed by the model" in e.note for e in edits if "?" in damaged[e.start : e.end])


def test_a_lost_byte_costs_its_character_at_most():
    from reportmine.normalize.codec import _fill_lost_bytes

    clean = "工会组织职工参加技能培训"
    raw = list(clean.encode("utf-8"))
    for k in (4, 13, 23):  # a continuation byte of 会, of 职, of 加
        raw[k] = None
    out = _fill_lost_bytes(raw)
    assert len(out) == len(clean)
    assert sum(a != b for a, b in zip(out, clean)) <= 3
    assert out[0] == "工" and out[2:4] == "组织"  # the characters that lost nothing are read as they were


def test_the_decoder_refusal_narrows_a_lost_byte():
    from reportmine.normalize.codec import _refused

    # 奋 = E5 A5 8B: a GBK decoder refuses A5 before 8B (no pair), so A5 may have been lost there ...
    assert _refused(0xA5, 0x8B)
    # ... but it pairs A5 with E5 (ュ), so a lost byte before E5 cannot have been A5
    assert not _refused(0xA5, 0xE5)
