"""Punctuation, full-width characters and spacing."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportmine.normalize.pinyin import strip_pinyin
from reportmine.normalize.pipeline import normalize, simplify_script
from reportmine.normalize.punctuation import fix_fullwidth, fix_punctuation, fix_spacing
from reportmine.textedit import TrackedText, drop_overlaps

from conftest import SAMPLES, load_gold

STEPS = [fix_punctuation, fix_fullwidth, fix_spacing]


def run(step, text: str) -> str:
    return TrackedText(text).run([step]).text


def chain(raw: str) -> str:
    t = simplify_script(TrackedText(raw).run([strip_pinyin]))
    return t.run(STEPS).text


# -- fix_punctuation -------------------------------------------------------------
@pytest.mark.parametrize(
    "raw, fixed",
    [
        # half-width marks in Chinese context
        ("按照要求,结合实际;做到:一是", "按照要求，结合实际；做到：一是"),
        ("培训干部15人(次)", "培训干部15人（次）"),
        ("开展“双亮”活动(简称“双比”活动)。", "开展“双亮”活动（简称“双比”活动）。"),
        ("(一)引导职工", "（一）引导职工"),
        ("演示文稿(PPT)", "演示文稿（PPT）"),
        ("真好!我们", "真好！我们"),
        ("怎么办?我们要", "怎么办？我们要"),
        ("完成了吗?", "完成了吗？"),
        ("完成率达71%,4000多人", "完成率达71%，4000多人"),
        ("组建qq群,配备", "组建qq群，配备"),
        ("建设 , 切实", "建设 ， 切实"),  # spaces are fix_spacing's job
        # numbers, times and ASCII words keep their marks
        ("共1,000人", "共1,000人"),
        ("上午10:30召开", "上午10:30召开"),
        ("use a, b and c", "use a, b and c"),
        ("f(x) = 1", "f(x) = 1"),
        # dots
        ("组织开展工作.按照慈溪", "组织开展工作。按照慈溪"),
        ("完成任务.\n下一行", "完成任务。\n下一行"),
        ("“送温暖”.下一步", "“送温暖”。下一步"),
        ("奖励1.6万元，“6.16”安全日，“5.1”", "奖励1.6万元，“6.16”安全日，“5.1”"),
        ("在“五.一”期间和“三.八”节", "在“五.一”期间和“三.八”节"),
        ("1.加强学习", "1.加强学习"),
        ("工知音栏目的.编导", "工知音栏目的编导"),  # copy watermark inside a phrase
        ("2023年镇总工会工作报告.docx", "2023年镇总工会工作报告.docx"),
        ("等等...然后", "等等...然后"),
        # backtick watermark
        ("在前几年建立的`基础上", "在前几年建立的基础上"),
        # hyphens and dashes stay
        ("1-8月份和“城市未来馆”--溪口", "1-8月份和“城市未来馆”--溪口"),
        # quotes
        ("预警机制〞工作", "预警机制”工作"),
        ("总“预警机制〞工作推进会", "总“预警机制”工作推进会"),
        ("开展〝送温暖〞活动", "开展“送温暖”活动"),
        ('开展"送温暖"活动', "开展“送温暖”活动"),
        ('say "hi" now', 'say "hi" now'),
        ("开展“学雷锋活动，组织“送温暖〞活动", "开展“学雷锋活动，组织“送温暖”活动"),  # unbalanced “ kept
        # ? standing for ·
        ("举行了“迎新春?送温暖”集中慰问", "举行了“迎新春·送温暖”集中慰问"),
        ("“当好主力军?建功十三五”主题活动", "“当好主力军·建功十三五”主题活动"),
        ("以“紫金花城?多彩金昌”系列活动", "以“紫金花城·多彩金昌”系列活动"),
        ("开展“迎新春?送温暖〞活动", "开展“迎新春·送温暖”活动"),
        # ? between two characters with no question: a lost character, left alone
        ("宣传咨询?日活动", "宣传咨询?日活动"),
    ],
)
def test_fix_punctuation(raw, fixed):
    assert run(fix_punctuation, raw) == fixed


def test_full_stop_note_and_span():
    text = "开展工作.按照"
    (e,) = fix_punctuation(text)
    assert (e.start, e.end, e.replacement) == (4, 5, "。")


# -- fix_fullwidth ---------------------------------------------------------------
@pytest.mark.parametrize(
    "raw, fixed",
    [
        ("会员共计１４３８人", "会员共计1438人"),
        ("覆盖率达１２３％", "覆盖率达123%"),
        ("占８５．６％", "占85.6%"),
        ("ＱＱ群和ｗｅｂ", "QQ群和web"),
        ("３．加强学习", "3．加强学习"),  # heading marker dot is punctuation, not a decimal point
        ("，。；：？！（）“”、《》", "，。；：？！（）“”、《》"),
    ],
)
def test_fix_fullwidth(raw, fixed):
    assert run(fix_fullwidth, raw) == fixed


def test_fullwidth_run_is_one_edit():
    (e,) = fix_fullwidth("共１２３％人")
    assert (e.start, e.end, e.replacement) == (1, 5, "123%")


# -- fix_spacing -------------------------------------------------------------------
@pytest.mark.parametrize(
    "raw, fixed",
    [
        # noise next to Chinese punctuation
        ("建设 ，推进", "建设，推进"),
        ("上情下达 、下情上递", "上情下达、下情上递"),
        ("建设 ， 切实", "建设，切实"),
        ("2、 在“五.一”期间", "2、在“五.一”期间"),
        ("进行 “送温暖”活动", "进行“送温暖”活动"),
        # indentation and trailing spaces
        ("  今年以来\n\u3000\u3000全市\t \n", "今年以来\n全市\n"),
        # kept: paragraph breaks of a flattened report, titles, Latin words
        ("…促进管理创新 1、开展和谐企业", "…促进管理创新 1、开展和谐企业"),
        ("镇总工会工作报告 2023年镇总工会", "镇总工会工作报告 2023年镇总工会"),
        ("目标任务。 一、积极争取", "目标任务。 一、积极争取"),
        ("的“职工之家”。 3、创立", "的“职工之家”。 3、创立"),
        ("工作思路具体如下： 一、围绕中心", "工作思路具体如下： 一、围绕中心"),
        ("如从亮身份到亮 亮邮箱", "如从亮身份到亮 亮邮箱"),
        ("乡镇工会上半年工作总结 篇2", "乡镇工会上半年工作总结 篇2"),
        ("PPT 动画 and more  words", "PPT 动画 and more  words"),
        # runs collapse to one space
        ("目标任务。\u3000\u3000一、积极", "目标任务。 一、积极"),
        ("工作总结   篇2", "工作总结 篇2"),
        ("工会\u200b工作", "工会工作"),
        # a blank after a heading marker that opens a line (a Word web page's 1.&nbsp;)
        ("1. 规范职代会制度", "1.规范职代会制度"),
        ("\u3000\u30002．\xa0\xa0建立困难职工档案", "2．建立困难职工档案"),
        ("三. 加强自身建设\n（2） 开展送温暖", "三.加强自身建设\n（2）开展送温暖"),
        ("⑤ 职工书屋", "⑤职工书屋"),
        # kept: no marker before Chinese (a number), a marker inside a line, 第N部分's two words
        ("1. 5万元用于慰问", "1. 5万元用于慰问"),
        ("第一部分 总体情况", "第一部分 总体情况"),
        ("全年完成3. 其余", "全年完成3. 其余"),
    ],
)
def test_fix_spacing(raw, fixed):
    assert run(fix_spacing, raw) == fixed


# -- gold, seeds, idempotence ------------------------------------------------------
@pytest.mark.parametrize("step", STEPS, ids=lambda s: s.__name__)
def test_gold_texts_untouched(step, gold_articles):
    for stem, art in gold_articles:
        assert step(art["text"]) == [], (stem, art["article"], step(art["text"])[:3])


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
def test_each_step_idempotent_on_samples(path):
    text = path.read_text("utf-8")
    for step in STEPS:
        text = run(step, text)
        assert step(text) == [], step.__name__


@pytest.mark.parametrize(
    "stem, articles",
    [
        ("001_96e591ef6d8e9382", [1]),
        ("004_e50c7d9a74c650fc", [1, 2, 3]),
    ],
)
def test_simplified_seeds_match_gold(stem, articles):
    """These pages need only punctuation and spacing (plus line joining, furniture)."""
    gold = load_gold(stem)
    out = chain(next(p for p in SAMPLES if p.stem == stem).read_text("utf-8"))
    flat = lambda s: "".join(s.split())
    for a in gold["articles"]:
        if a["article"] in articles:
            assert flat(a["text"]) in flat(out), a["article"]


ALPHABET = st.sampled_from(
    list("工会职一五八的了") + list("0123456789０１％Ａ")
    + list(",.;:!?()`\"〝〞“”，。：（）、") + [" ", "  ", "\u3000", "\n", "a", "b"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map("".join))
def test_steps_are_idempotent(text):
    for step in STEPS:
        text = run(step, text)  # also checks the edits do not overlap
        assert [e for e in step(text)] == [], (step.__name__, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map("".join))
def test_cleanup_chain_is_idempotent(text):
    once = TrackedText(text).run(STEPS).text
    assert TrackedText(once).run(STEPS).text == once


# --- a line copied from a PDF: spaces around numbers and at every wrap are not text -----------------
PDF_LINE = (
    "2022 年是攻坚之年。一年来，镇 总工会团结全镇职工 建功立业。 一、强化组织建设 （一）扩大覆盖。"
    "全年新建工会 23 家，发展会员 1460 人，入会率达到 93.6% 。 二、做实帮扶救助 走访困难职 工 87 户，"
    "发放慰问金 12.5 万元。"
)


def test_pdf_line_loses_its_wrap_and_number_spaces_but_keeps_paragraph_breaks():
    out = run(fix_spacing, PDF_LINE)
    assert "新建工会23家" in out and "发展会员1460人" in out and "入会率达到93.6%。" in out
    assert out.startswith("2022年是攻坚之年。") and "镇总工会团结全镇职工建功立业。" in out
    assert "走访困难职工87户" in out and "12.5万元" in out
    # the spaces after a sentence end and after an own-line heading stay: they are paragraph breaks
    assert "建功立业。 一、" in out and "二、做实帮扶救助 走访" in out


@pytest.mark.parametrize(
    "raw, fixed",
    [
        ("共有会员 120 人，占 45.5% 。", "共有会员120人，占45.5%。"),  # spaced numbers in any line
        ("，36 名职工参加", "，36名职工参加"),
        ("一、加强学习 2023年我们新建工会5家。", "一、加强学习 2023年我们新建工会5家。"),  # a heading, then a year
        ("…促进管理创新 3、开展和谐企业创建", "…促进管理创新 3、开展和谐企业创建"),  # a list marker
    ],
)
def test_spaces_around_numbers(raw, fixed):
    assert run(fix_spacing, raw) == fixed


def test_wrap_spaces_stay_in_a_line_without_pdf_evidence():
    # a flattened report whose spaces are paragraph breaks (after headings) keeps them
    line = "一、抓组建 全年新建工会29家。 二、抓帮扶 慰问困难职工310户。"
    assert run(fix_spacing, line) == line


# --- the cheap "nothing to do" tests and the sweep over bare marks give what the full sweeps give ---------
def _slow(step, text):
    """``step`` with every shortcut turned off: each scan runs, and the sweep visits quotes and line ends."""
    import re

    from reportmine.normalize import punctuation

    always = re.compile("")
    with pytest.MonkeyPatch.context() as mp:
        for name in ("_EDITABLE", "_PAIRED", "_ANY_FULLWIDTH"):
            mp.setattr(punctuation, name, always)
        mp.setattr(punctuation, "_space_runs", lambda text: list(punctuation._SPACE_RUN.finditer(text)))
        mp.setattr(punctuation, "_BARE_MARKS", punctuation._MARKS)
        return step(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map("".join))
def test_shortcuts_change_no_edit(text):
    for step in STEPS:  # in the chain's order (fix_spacing sees no full-width digit)
        assert step(text) == _slow(step, text), (step.__name__, text)
        text = run(step, text)


@pytest.mark.parametrize(
    "text",
    ["", "会员共计1438人。", "建会率84.7%\n“送温暖”活动", "工会\u200b职工", "ＱＱ群", "  工会  ", "2023 年", "时间10:30,开会",
     # dots beside a digit need no sweep; any other dot does
     "1.加强学习，达到96.3%。", "共１．５万元", "达到96 .3%.工作", "五.一期间", "工作.按照", "1..2", ".5万", "9.", "\n.3"],
)
def test_shortcuts_change_no_edit_on_sentences(text):
    for step in STEPS:
        assert step(text) == _slow(step, text), (step.__name__, text)
        text = run(step, text)


def _fix_spacing_by_three_scans(text):
    """fix_spacing as it was: indentation, trailing and inner blanks found by three regex scans."""
    from reportmine.normalize import punctuation as p

    edits = [p.Edit(m.start(), m.end(), "", "indentation") for m in p._INDENT.finditer(text)]
    indented = {e.start for e in edits}
    edits.extend(p.Edit(m.start(), m.end(), "", "trailing spaces") for m in p._TRAILING.finditer(text) if m.start() not in indented)
    pdf = p._pdf_lines(text)
    ends = [m.start() for m in p._sentence_ends().finditer(text)] if pdf else []
    runs = list(p._SPACE_RUN.finditer(text))
    first = [m.start() == 0 or text[m.start() - 1] == "\n" for m in runs]
    last = [m.end() == len(text) or text[m.end()] == "\n" for m in runs]
    ocr = p._ocr_lines(text, runs, [not (a or b) for a, b in zip(first, last)])  # (OCR pages and letter-spaced lines: as fix_spacing)
    line_start, next_nl = 0, text.find("\n")
    for m in p._INNER.finditer(text):
        while (pdf or ocr) and 0 <= next_nl < m.start():
            line_start, next_nl = next_nl + 1, text.find("\n", next_nl + 1)
        e = p._inner_space(text, m, ends if line_start in pdf else None, line_start in ocr)
        if e is not None:
            edits.append(e)
    edits.extend(p._letter_spaced_lines(text, runs, first, last))
    return drop_overlaps(edits)


_SPACED = st.sampled_from(["工会", "宣", "讲", " ", "  ", "\u3000", "\n", "78", "2023", "年", "。", "，", "一、", "a", "\u200b", "%"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_SPACED, max_size=24).map("".join))
def test_one_scan_of_blank_runs_gives_the_edits_of_three(text):
    assert fix_spacing(text) == _fix_spacing_by_three_scans(text)


def test_one_scan_of_blank_runs_on_a_pdf_line():
    for text in (PDF_LINE, "  " + PDF_LINE + "  \n\u3000\n 工会 ", " ", "\n \n"):
        assert fix_spacing(text) == _fix_spacing_by_three_scans(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["工", "会", "1", "\n", " ", "  ", "\t", "\u3000", "\xa0", "\u200b", "\ufeff", "a"]), max_size=40).map("".join))
def test_blank_runs_found_by_find_are_the_regex_runs(text):
    from reportmine.normalize import punctuation

    expected = [m.span() for m in punctuation._SPACE_RUN.finditer(text)]
    assert [m.span() for m in punctuation._space_runs(text)] == expected
    with pytest.MonkeyPatch.context() as mp:  # the find path on short texts too (else re's scan)
        mp.setattr(punctuation, "_FIND_BLANKS_BELOW", 0)
        assert [m.span() for m in punctuation._space_runs(text)] == expected


# -- OCR text of a scan: spacing and character confusions (heldout9 901's class) ----------------------


def test_each_ocr_confusion_row_fixes_its_example():
    from reportmine.normalize.ocr import fix_ocr_confusions, ocr_confusions
    from reportmine.textedit import TrackedText

    for c in ocr_confusions():
        fixed = TrackedText(c.example).run([fix_ocr_confusions]).text
        assert fixed != c.example and c.replacement in fixed, c.example


@pytest.mark.parametrize("right", ["自己的岗位", "知己知彼", "未来五年", "年末，全县", "末尾一段", "期末考核", "子曰", "今年未完成的任务", "严于律己，完成"])
def test_ocr_confusions_leave_the_right_words(right):
    from reportmine.normalize.ocr import fix_ocr_confusions

    assert fix_ocr_confusions(right) == []


OCR_PAGE = (
    "　　2024年，县总工会在县委的领 导下， 紧紧围绕全县中心工作 ，各项工作取得新进展。1月 9曰\n"
    "召开的县总工会十六 届五次全委会对全年工作作出部署，现将工作情 况报告如下 。\n"
    "　　全年 新建基层工会38家，其中 农民工会员1135人。截至年未 ，全县共有基 层工会 612家。\n"
    "　　目前己建成服务阵 地27 个，为职工追回工资286.5 万元，竞赛 I5项。\n"
)


def test_ocr_page_spaces_and_confusions_go():
    out = normalize(OCR_PAGE)
    assert " " not in out
    assert "1月9日" in out and "十六届五次" in out and "工作情况报告如下。" in out and "年末，" in out
    assert "已建成服务阵地27个" in out and "286.5万元" in out and "竞赛I5项" in out


def test_a_table_row_on_an_ocr_page_keeps_its_cell_spaces():
    out = normalize(OCR_PAGE + "指标 数量\n会员人数 1486人\n")
    assert "会员人数 1486人" in out


@pytest.mark.parametrize("page", [
    "一、加强学习 全年组织学习12次，参加职工300人。\n二、抓好建会 新建工会5家，发展会员200人。\n",  # one space each: a flattened heading, not OCR
    "开展 PPT 培训，参加职工120人。\n",
])
def test_pages_without_ocr_spacing_keep_their_spaces(page):
    assert " " in normalize(page)


def test_each_ocr_punctuation_row_fixes_its_example_on_a_damaged_page():
    from reportmine.normalize.ocr_punctuation import fix_ocr_punctuation
    from reportmine.normalize.ocr import read_confusions
    from reportmine.textedit import TrackedText

    evidence = "\n一`组织建设﹐\n"  # a page showing the damage (a heading marker, a small comma)
    for c in read_confusions("ocr_punctuation.tsv"):
        fixed = TrackedText(c.example + evidence).run([fix_ocr_punctuation]).text
        assert fixed != c.example + evidence and c.replacement in fixed[: len(c.example)], c.example


def test_ocr_punctuation_needs_a_damaged_page():
    from reportmine.normalize.ocr_punctuation import fix_ocr_punctuation

    assert fix_ocr_punctuation("全年安全生产事故率为0\n团结带领职工﹐取得新成效。") == []  # one mark only
    assert fix_ocr_punctuation("开展'安康杯'竞赛活动12场，使用`code`标记。\n") == []
    assert fix_ocr_punctuation("Hello world\nfoo\n") == []


def test_ocr_punctuation_keeps_real_zeros_and_units_on_a_damaged_page():
    from reportmine.normalize import normalize

    page = "2025年﹐工会开展工作0\n一`组织建设\n全年安全事故率为0\n困难职工每人0元补助的情况已纠正o\n"
    out = normalize(page)
    assert "事故率为0" in out and "每人0元" in out
    assert out.startswith("2025年，工会开展工作。\n一、组织建设")


def test_ocr_punctuation_costs_little_on_a_clean_page():
    import time
    from reportmine.normalize.ocr_punctuation import fix_ocr_punctuation

    page = "全年新建基层工会42家，新增会员2743人。\n" * 5000
    t0 = time.perf_counter()
    assert fix_ocr_punctuation(page) == []
    assert time.perf_counter() - t0 < 0.05


def test_ocr_punctuation_and_letter_spacing_leave_every_gold_text_alone():
    # the gold texts of every corpus are clean report text: neither damage step finds anything in them
    import glob
    import json
    from pathlib import Path

    from reportmine.normalize.layout import undo_letter_spacing
    from reportmine.normalize.ocr_punctuation import fix_ocr_punctuation

    root = Path(__file__).resolve().parent.parent / "corpora"
    texts = [a["text"] for p in sorted(glob.glob(str(root / "*" / "gold" / "*.json")) + glob.glob(str(root / "gold" / "*.json")))
             for a in json.loads(Path(p).read_text(encoding="utf-8"))["articles"]]
    assert len(texts) > 200
    assert [t[:20] for t in texts if undo_letter_spacing(t) or fix_ocr_punctuation(t)] == []
