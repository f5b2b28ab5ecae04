"""Compatibility forms of a PDF copy or a Word numbering (reportmine.normalize.compat)."""

from __future__ import annotations

import pytest

from reportmine.normalize import normalize, normalize_and_explain
from reportmine.normalize.compat import fix_compatibility_forms


@pytest.mark.parametrize(
    "raw, clean",
    [
        # Kangxi radicals a PDF font mapped the glyphs to (⼯ U+2F2F, ⼈ U+2F08, ⼀ U+2F00, ⼤ U+2F24)
        ("全市新建基层\u2f2f会36家，发展会员\u2f00千二百\u2f08。", "全市新建基层工会36家，发展会员一千二百人。"),
        ("\u2f00、组织建设\n召开\u2f24会1次。", "一、组织建设\n召开大会1次。"),
        # CJK compatibility ideographs (年 U+F98E, 率 U+F961, 不 U+F967)
        ("2024\uf98e，入会\uf961达到95%，\uf967断提升。", "2024年，入会率达到95%，不断提升。"),
        # a traditional form behind a radical is simplified after it is read (⾨ U+2FA8 is 門)
        ("\u2fa8店职工120人。", "门店职工120人。"),
        # Word's parenthesised numerals as heading markers
        ("\u3220组建工会\n新建工会12家。\n\u3221维权服务\n调解纠纷8件。", "（一）组建工会\n新建工会12家。\n（二）维权服务\n调解纠纷8件。"),
    ],
)
def test_compatibility_forms_are_read_as_the_characters_they_stand_for(raw, clean):
    text, changes = normalize_and_explain(raw)
    assert text == clean
    assert any(c.step == "fix_compatibility_forms" and "compatibility" in c.note for c in changes)
    assert normalize(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "①新建工会12家；②发展会员860人。",  # circled numerals are a marker family of their own
        "（一）组建工会，新建工会12家。",  # the everyday forms
        "全年培训职工1,200人次，占比45%。",  # width and punctuation are the punctuation step's
    ],
)
def test_everyday_text_has_no_compatibility_form(text):
    assert fix_compatibility_forms(text) == []


# -- Japanese kanji forms (data/variants.tsv) --------------------------------------------------


@pytest.mark.parametrize(
    "raw, clean",
    [
        # an OCR with a Japanese model: 総 労 働 実 on some occurrences, the traditional 員 職 for the script step
        ("全县総工会新増会員1200人，占职工総数的54%。", "全县总工会新增会员1200人，占职工总数的54%。"),
        ("开展労働竞赛，参赛職工3600人次，扎実推进劳动保护。", "开展劳动竞赛，参赛职工3600人次，扎实推进劳动保护。"),
        # 駅 for 驿 (驿站), 県 for 县, 帰 郷 発 満
        ("新建户外劳动者爱心駅站45个，服务県内外卖骑手2万人次。", "新建户外劳动者爱心驿站45个，服务县内外卖骑手2万人次。"),
        ("为返郷过年的农民工発放车票1450张，帰乡职工満意率98%。", "为返乡过年的农民工发放车票1450张，归乡职工满意率98%。"),
        # Japanese capital numerals 壱 弐 are the Chinese 壹 贰
        ("拨付帮扶资金壱拾弐万元，惠及困难职工86户。", "拨付帮扶资金壹拾贰万元，惠及困难职工86户。"),
        # 戯 麺: forms OpenCC's t2s keeps (the table's rows by hand)
        ("职工文艺戯曲演出3场，拉麺技能大赛参赛职工40人。", "职工文艺戏曲演出3场，拉面技能大赛参赛职工40人。"),
        # a traditional page typed with a Japanese IME: 勞働 (働 after 勞), 関係
        ("勞働関係和諧穩定，簽訂集體合同63份。", "劳动关系和谐稳定，签订集体合同63份。"),
    ],
)
def test_japanese_forms_are_read_as_the_chinese_characters_they_stand_for(raw, clean):
    text, changes = normalize_and_explain(raw)
    assert text == clean
    assert any(c.step == "fix_compatibility_forms" and c.note.startswith("Japanese form") for c in changes)
    assert normalize(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "区总工会召开会员代表大会，参会代表260人，国学讲座3场。",  # 会 区 国 学: Japanese and Chinese alike
        "日本研修费用为每人15万円，由企业承担。",  # 円 writes the yen
        "组织职工赴沙家浜开展红色教育，参加职工120人。",  # 浜 is a Chinese character of its own
        "日本友好工会代表团来访，赠送题字“みんなの労働安全”。",  # a Japanese line (hiragana) stays as written
        "设备稼働率提高",  # 働 only in 労働/勞働/劳働
    ],
)
def test_chinese_and_japanese_text_keeps_its_characters(text):
    assert fix_compatibility_forms(text) == []


def _opencc_tables():
    import opencc
    from pathlib import Path

    folder = Path(opencc.__file__).parent / "dictionary"

    def load(name):
        rows = (line.split("\t") for line in (folder / name).read_text("utf-8").splitlines() if "\t" in line)
        return {k: v.split(" ") for k, v in rows}

    return {name: load(name) for name in ("JPVariants.txt", "TSCharacters.txt", "STCharacters.txt", "HKVariants.txt", "TWVariants.txt")}


def test_variants_table_holds_only_forms_that_are_not_chinese_and_every_such_form():
    """Each Japanese form rewritten is in no Chinese table of OpenCC and is simplified as t2s simplifies
    its traditional form; every JPVariants form outside the Chinese tables is in the table (rewritten or
    left on purpose)."""
    import opencc

    from reportmine.normalize.compat import japanese_forms
    from reportmine.tables import read_table

    tables = _opencc_tables()
    chinese = {c for name, t in tables.items() if name != "JPVariants.txt" for k, vs in t.items() for c in [k, *vs]}
    t2s = opencc.OpenCC("t2s").convert
    rows = {r["japanese"] for r in read_table("variants.tsv", "reportmine.normalize")}
    for ch, form in japanese_forms().items():
        assert ch not in chinese or form.note.startswith("by hand"), ch
        if form.before:
            continue
        assert form.chinese == t2s(form.traditional) or (ch, form.chinese) == ("鉱", "矿"), ch
    for trad, forms in tables["JPVariants.txt"].items():
        for j in forms:
            if j != trad and j not in chinese and j != t2s(trad):
                assert j in rows, f"{j} ({trad}) from JPVariants is neither rewritten nor left on purpose"


def test_a_page_without_them_pays_one_search():
    from reportmine.normalize import compat

    assert compat._scan().search("区总工会2024年工作总结：全年新建基层工会36家。") is None
