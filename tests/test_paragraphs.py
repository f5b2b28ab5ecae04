"""Paragraph repair: broken paragraphs re-joined, one paragraph per line."""

import os

import pytest

from reportmine.normalize.paragraphs import collapse_blank_lines, join_broken_paragraphs, spans_word
from reportmine.textedit import TrackedText


def run(text, *steps):
    return TrackedText(text).run(list(steps)).text


SEED_004_BREAK = (
    "经过半个月的挨门逐户摸底调查，共查出个体、私营、集体等饮\n\n"
    "食服务业单位大小共110家，从业人员746人。7月份，街道工会组织挂牌成立了饮食服务行业工会联合会。\n"
)


def test_word_broken_across_blank_line_is_joined():
    out = run(SEED_004_BREAK, join_broken_paragraphs, collapse_blank_lines)
    assert out == (
        "经过半个月的挨门逐户摸底调查，共查出个体、私营、集体等饮食服务业单位大小共110家，"
        "从业人员746人。7月份，街道工会组织挂牌成立了饮食服务行业工会联合会。"
    )


def test_join_is_recorded_with_its_evidence():
    t = TrackedText(SEED_004_BREAK).run([join_broken_paragraphs])
    (change,) = t.changes
    assert change.before == "\n\n" and change.after == ""
    assert "饮食" in change.note


def test_line_ending_in_comma_is_joined():
    text = "今年以来，我们召开了座谈会，\n听取了职工的意见和建议。"
    assert run(text, join_broken_paragraphs) == "今年以来，我们召开了座谈会，听取了职工的意见和建议。"


@pytest.mark.parametrize(
    "text",
    [
        # a line ending in 。 is a finished paragraph
        "共查出个体、私营、集体等饮食服务业单位。\n\n食品安全检查工作同步开展。",
        # a heading line is not continued by the next paragraph, even if a word would span
        "一、加强学习\n\n习近平总书记的重要讲话精神深入人心。",
        "（二）扎实推进文化阵地建设\n\n设立职工书屋5个。",
        # the next line is a heading
        "现将一年来的工作情况汇报如下，并对下年度的工作做几点意见\n一、加强学习，提高综合素质",
        # a truncated article followed by the next article's 篇 line
        "三是在9月成立街道总工会后，对劳动争议协调委员\n\n街道总工会工作总结 篇3\n\n在过去的一年时间里，工作顺利。",
        # a title line followed by the body: no dictionary word spans 总结|今年
        "街道总工会工作总结\n今年以来，工作顺利。",
        # no word spans the break
        "镇总工会召开会议，部署全年工作任务\n\n会议由主席主持。",
    ],
)
def test_no_join(text):
    assert join_broken_paragraphs(text) == []


def test_spans_word_uses_the_dictionary_only_at_the_break():
    assert spans_word("集体等饮", "食服务业单位") == "饮食"
    assert spans_word("工作总结", "今年以来") == ""
    assert spans_word("共有会员", "。") == ""
    assert spans_word("", "食服务") == ""


def test_collapse_blank_lines_one_paragraph_per_line():
    text = "\n\n  关于工会工作的总结\n\n\u3000\u3000今年以来，工作顺利。  \n\n\n\n一、加强学习\n \n"
    assert run(text, collapse_blank_lines) == "关于工会工作的总结\n今年以来，工作顺利。\n一、加强学习"


def test_flattened_report_stays_one_line():
    line = "镇总工会工作报告 2023年镇总工会在镇党委的领导下，圆满完成了任务。 一、积极争取党政重视，效劳地方经济 工会工作是党的工作的一局部。"
    text = "\n" + line + "\n\n"
    assert run(text, join_broken_paragraphs, collapse_blank_lines) == line


@pytest.mark.parametrize("step", [join_broken_paragraphs, collapse_blank_lines])
def test_idempotent(step):
    text = SEED_004_BREAK + "\n\n  一、加强学习\n\n今年以来，我们召开了座谈会，\n听取了意见。\n\n"
    once = run(text, step)
    assert step(once) == []


def test_gold_texts_unchanged(gold_articles):
    for stem, art in gold_articles:
        assert join_broken_paragraphs(art["text"]) == [], (stem, art["article"])
        assert collapse_blank_lines(art["text"]) == [], (stem, art["article"])


def test_offsets_map_back_after_join():
    t = TrackedText(SEED_004_BREAK).run([join_broken_paragraphs, collapse_blank_lines])
    i = t.text.index("饮食")
    s, e = t.source_span(i, i + 2)
    assert SEED_004_BREAK[s:e] == "饮\n\n食"


from hypothesis import given, settings
from hypothesis import strategies as st

from reportmine.normalize.furniture import remove_furniture

_LINES = [
    "今年以来，镇总工会认真开展各项工作。",
    "一、加强学习，提高综合素质",
    "共查出个体、私营、集体等饮",
    "食服务业单位大小共110家。",
    "我们召开了座谈会，",
    "乡镇工会上半年工作总结 篇1",
    "乡镇工会上半年工作总结（精选4篇）",
    "下载文档",
    "221381",
    "热门推荐",
    "  ",
    "",
    "\u3000\u3000职工书屋全天开放。 第2页 共2页",
    "• 培训职工",  # a slide's figure cut into its words, its number and its unit
    "640",
    "人次",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=14))
def test_steps_compose_and_are_idempotent(lines):
    text = "\n".join(lines)
    t = TrackedText(text).run([remove_furniture, join_broken_paragraphs, collapse_blank_lines])
    out = t.text
    for step in (remove_furniture, join_broken_paragraphs, collapse_blank_lines):
        assert step(out) == [], step.__name__
    assert "\n\n" not in out and out == out.strip()
    # every surviving character maps back into the raw text
    for i, ch in enumerate(out):
        s, e = t.source_span(i, i + 1)
        assert 0 <= s < e <= len(text)


def test_run_in_heading_line_broken_in_its_body_is_rejoined():
    text = "（二）职工培训扎实推进。全年举办技能培训班16期，培训职\n\n工2300人次。"
    edits = join_broken_paragraphs(text)
    assert [(text[e.start : e.end], e.note) for e in edits] == [("\n\n", "broken paragraph re-joined: 职工 spans the break")]


def test_heading_only_line_is_not_joined_to_the_next():
    assert join_broken_paragraphs("3.加强职工培训\n训练场地建设完成。") == []


# --- hard wraps of PDF copies: a number broken from its unit, a line opening with a comma ----------------
from reportmine.normalize.paragraphs import join_broken_paragraphs as _join
from reportmine.textedit import TrackedText as _TT


def _rejoin(text: str) -> str:
    return _TT(text).apply("join", _join(text)).text


@pytest.mark.parametrize(
    "raw, joined",
    [
        ("截至年底，全街道共有基层工会86家，覆盖企业1530\n家，会员2.1万人。", "截至年底，全街道共有基层工会86家，覆盖企业1530家，会员2.1万人。"),
        ("春节期间慰问困难职工家庭，共发放慰问金45\n万元。", "春节期间慰问困难职工家庭，共发放慰问金45万元。"),
        ("走访慰问312\n户困难职工。", "走访慰问312户困难职工。"),
        ("（二）集体协商扩面。全年签订工资专项集体合同1\n6份，覆盖职工900人。", "（二）集体协商扩面。全年签订工资专项集体合同16份，覆盖职工900人。"),
        ("市总工会2023年度工作总结及2024\n年度工作打算", "市总工会2023年度工作总结及2024年度工作打算"),
        ("全区共签订集体合同305份\n，其中区域性合同12份。", "全区共签订集体合同305份，其中区域性合同12份。"),
    ],
)
def test_hard_wrapped_number_and_unit_rejoined(raw, joined):
    assert _rejoin(raw) == joined


@pytest.mark.parametrize(
    "text",
    [
        "职工书屋建设总结1\n本次活动共资助学生20名。",  # a numbered title above a report
        "社区工会工作总结 2\n2023年，社区工会新建工会5家。",
        "全年新建工会12家，发展会员1200\n一、加强组织建设",  # a heading follows
        "举办培训班3期，培训工会干部120人次，合格率98\n2、开展劳动竞赛",
        "报名咨询：镇总工会办公室，电话：0731-8800123\n地址：镇政府大院2楼。",  # a phone number ends the line
    ],
)
def test_number_at_line_end_before_a_new_paragraph_stays(text):
    assert _join(text) == []


WRAPPED_PAGE = (
    "2023年，市总工会以建设职工信赖的职工之家为目标，围绕“强\n"
    "基础”工作主线，全面加强基层工会组织建设和服务阵地建设，\n"
    "取得了明显成效。\n"
    "一、组织建设\n"
    "全年新建基层工会64家，新发展会员3820人，其中快递员、网约\n"
    "车司机等新就业形态劳动者1260人，全市会员总数达到18.6万\n"
    "人。推动建立行业工会联合会5个，覆盖中小微企业330家、职工\n"
    "2.4万人，建会率和入会率分别达到93.5%和91.2%。\n"
)


def test_full_lines_of_a_hard_wrapped_page_are_rejoined_and_headings_kept():
    out = _rejoin(WRAPPED_PAGE)
    assert "围绕“强基础”工作主线" in out  # a wrap after a closing quote, no word spans it
    assert "达到18.6万人。" in out and "职工2.4万人" in out
    assert out.split("\n")[:3] == [
        "2023年，市总工会以建设职工信赖的职工之家为目标，围绕“强基础”工作主线，全面加强基层工会组织建设和服务阵地建设，取得了明显成效。",
        "一、组织建设",
        out.split("\n")[2],
    ]
    assert out.split("\n")[2].startswith("全年新建基层工会64家") and out.count("\n") == 3


def test_lines_of_an_ordinary_page_are_not_taken_for_wraps():
    page = "一、组织建设\n全年新建基层工会64家，新发展会员3820人\n二、帮扶救助\n慰问困难职工320户，发放慰问金48万元\n"
    assert _join(page) == []


def _all_gold_texts():
    import glob
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "corpora"
    for path in sorted(glob.glob(str(root / "*" / "gold" / "*.json")) + sorted(glob.glob(str(root / "gold" / "*.json")))):
        for art in json.loads(Path(path).read_text(encoding="utf-8"))["articles"]:
            yield f"{Path(path).parent.parent.name}/{Path(path).stem}#{art['article']}", art["text"]


def test_clean_gold_texts_of_every_corpus_are_left_alone():
    # the gold texts are normalised report text: furniture, joins and spacing find nothing in them
    from reportmine.normalize.furniture import remove_furniture
    from reportmine.normalize.punctuation import fix_spacing

    touched = [(name, step.__name__) for name, text in _all_gold_texts() for step in (remove_furniture, join_broken_paragraphs, fix_spacing) if step(text)]
    assert touched == list(_GOLD_NOT_FIXED_POINTS)


#: gold texts the normaliser would still change, tracked here (each fails today; a fix is noticed)
_GOLD_NOT_FIXED_POINTS = {
    ("heldout/104_105_pair_tw#1", "fix_spacing"):
        "this set's gold keeps a blank after a circled marker (① 组织建设), where every later set's gold has none "
        "(17 cases) and the spacing step drops it; the blank weighs nothing in text CER or section F1",
    ("heldout/104_community_bom#1", "fix_spacing"):
        "the same blank after ① in the same annotator's gold",
    ("heldout19/1902_district_action_plan_word#1", "fix_spacing"):
        "the blind gold keeps a blank between a table's cells where one ends in Chinese and the next opens with a "
        "quotation mark (10月底前 2000人次 / 3 评选“江北工匠”); the spacing step drops a blank beside Chinese "
        "punctuation; whitespace weighs nothing in text CER, and the table rows read alike (reportmine.tablerows)",
    ("heldout20/2006_county_pdf_table_cells#1", "fix_spacing"):
        "the same: the gold's table header keeps a blank after a closing bracket (会员（人） 新增（人）)",
    ("heldout21/2105_firm_word2003_xml#1", "fix_spacing"):
        "the same: a Word table's header cells keep a blank after a closing bracket (晋升人数（人） 占参评人数比)",
    ("heldout23/2302_district_infographic_lines#1", "join_broken_paragraphs"):
        "the blind gold keeps an infographic's label and its figure on separate lines (新发展会员 / 12,860人), "
        "where heldout12 1204's gold (a slide's bullet) joins a figure line to the words above it: the two golds "
        "disagree, a ruling is wanted (records are found either way; CER only)",
    ("heldout23/2302_district_infographic_lines#1", "fix_spacing"):
        "the blind gold keeps the blank between a closing quotation mark and a figure (评选“青溪工匠” 20名); the "
        "spacing step drops a blank beside Chinese punctuation",
    ("heldout27/2706_devzone_footnotes#1", "remove_furniture"):
        "the blind gold keeps footnote marks after figures (32万元[1]); the furniture row for an encyclopedia's "
        "source marks ([1] after a sentence, heldout20 2003) strips them: telling a footnote from a wiki citation "
        "is left (CER only: the figures stay whole)",
    ("heldout28/2802_county_report_with_annex_table#1", "remove_furniture"):
        "an annex table's header line (序号 指标名称 单位 完成数) is read as a line of keywords and removed; with it "
        "gone, tablerows reads the numbered rows without their header (three of six cells; see the next entry)",
    ("heldout28/2802_county_report_with_annex_table#1", "join_broken_paragraphs"):
        "the rows of that table, their cells apart by tabs or runs of spaces, are joined where a row ends in a "
        "number (万元    93.6 / 5 救助…): a number and what follows it read as one broken paragraph; it costs "
        "three cells and gives one false garbled_number (4176)",
    ("heldout7/702_city_stations_govsite#1", "fix_spacing"):
        "the blind gold keeps a flattened table's cells apart (新建职工之家 42 个), the spacing step joins a "
        "number to its neighbours (PDF copies: 新建工会 12 家); documents.md says nothing of tables: a ruling is wanted",
    ("heldout8/802_street_docsite_preview#1", "join_broken_paragraphs"):
        "the blind gold keeps the two sides of a document site's hidden-text gap apart (…折合2 / 余名职工…), where "
        "the site cut a sentence; the joiner reads a number and what follows it as one broken paragraph",
}


_CROSS_LINE_TOKENS = ["(", ")", "。", "，", ",", "?", ":", "\n", "\n\n", " ", "工会", "会员12", "人", "万元", "（一）", "1、", "篇1", "“", "”", "- 2 -", "第 1 页 共 3 页", "'"]


#: CI draws the same examples every run (a new close call must not fail a submission by chance);
#: REPORTMINE_FUZZ=1 draws new ones.
_FUZZ = os.environ.get("REPORTMINE_FUZZ", "") not in ("", "0")


@settings(max_examples=3000 if _FUZZ else 300, deadline=None, derandomize=not _FUZZ)
@given(st.lists(st.sampled_from(_CROSS_LINE_TOKENS), max_size=16))
def test_normalising_across_lines_is_idempotent(tokens):
    from reportmine.normalize import normalize

    once = normalize("".join(tokens))
    assert normalize(once) == once


@pytest.mark.parametrize("raw, once", [
    # a short line is title-like only as it will stand: the mark on the line after it is glued on
    ("根据职代会的决议，\n困难职工\n。", "根据职代会的决议，困难职工。"),
    # a line of colons and a page number is no date stamp, before a join or after it
    ("：:\n:- 7 -", "：：：- 7 -"),
])
def test_one_pass_leaves_nothing_for_a_second(raw, once):
    from reportmine.normalize import normalize

    assert normalize(raw) == once
    assert normalize(once) == once


def _spans_word_by_lcut(left: str, right: str) -> str:
    """spans_word as jieba.lcut(HMM=False) over the two windows says it (the reference)."""
    from reportmine.normalize.paragraphs import _CJK, _WINDOW, _jieba

    a, b = left[-_WINDOW:], right[:_WINDOW]
    if not (a and b and _CJK.match(a[-1]) and _CJK.match(b[0])):
        return ""
    pos, dt = 0, _jieba().dt
    for tok in _jieba().lcut(a + b, HMM=False):
        if pos < len(a) < pos + len(tok):
            return tok if all(_CJK.match(c) for c in tok) and dt.FREQ.get(tok, 0) > 0 else ""
        pos += len(tok)
    return ""


@pytest.mark.parametrize("text", [
    "区总工会组织开展职工技能竞赛，参赛选手达到360名。",
    "为困难职工家庭发放慰问金12.5万元和米面油等物资",
    "按照“四个一”要求推进Q3季度工作A类项目的验收。",
    "建立健全职工代表大会制度，厂务公开覆盖率98%以上",
])
def test_spans_word_cuts_as_jieba_lcut_would(text):
    # spans_word runs jieba's DAG and route on the one block that holds the break;
    # at every break of these sentences it finds what lcut over the windows finds
    for i in range(1, len(text)):
        assert spans_word(text[:i], text[i:]) == _spans_word_by_lcut(text[:i], text[i:]), text[:i]


def test_every_pair_inside_a_dictionary_word_is_known_without_jieba():
    # the check that keeps jieba unloaded at a break must never miss a word: every pair
    # inside a word of jieba's dictionary is in the character model or in the rare-pairs
    # file (rebuild it with python -m reportmine.normalize.paragraphs --rebuild)
    from reportmine.normalize.charlm import CharLM
    from reportmine.normalize.paragraphs import _rare_pairs, dictionary_pairs

    lm = CharLM.load()
    missing = [p for p in dictionary_pairs() if lm.bi.get(p) == 0 and p not in _rare_pairs()]
    assert missing == []


def test_a_title_line_above_the_first_paragraph_needs_no_dictionary():
    # the break after 区总工会2023年工作总结 splits no word: decided from the pair 结今 alone,
    # so normalising a small page does not load jieba's dictionary (0.85 s)
    import subprocess
    import sys

    code = (
        "import sys; from reportmine.normalize import normalize;"
        "out = normalize('区总工会2023年工作总结\\n今年以来，全市工会发展会员1200人。\\n');"
        "print(out.count(chr(10)), 'jieba' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["1", "False"]


# --- the re-join of a line the next one continues: the cheap tests first give the same edits -----------
from hypothesis import given, settings, strategies as st  # noqa: E402

from reportmine.normalize import paragraphs as _p  # noqa: E402


def _glued_continuation_all_tests(text, lines, k, line, para=None):
    """_glued_continuation as it was: the heading test and the number search on every line."""
    stop, body = _p._next_body(text, lines, k)
    s = lines[k][0]
    para = line if para is None else para
    heading = _p.is_heading_line(para.strip()) and not _p.runs_on(para)
    if body[:1] and body[0] in _p.NEVER_OPENING and not heading:
        return _p.Edit(s + len(line), stop, "", f"broken paragraph re-joined: the next line opens with {body[0]}")
    if (
        _p._ENDS_IN_NUMBER.search(line)
        and _p._NUMBER_GOES_ON.match(body)
        and not heading
        and not _p.is_heading_line(body)
        and (not _p._title_like(para) or _p._number_goes_on_after_title_like(para, body))
    ):
        return _p.Edit(s + len(line), stop, "", "broken paragraph re-joined: a number and what follows it")
    return None


_PIECES = st.sampled_from(["工会", "慰问459", "2380", "一、加强学习", "，其中", "个，会员", "。", "\n", "\n\n", "年度", "30.5", "户困难职工", "篇1", " "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_cheap_tests_first_change_no_join(text):
    fast = _p.join_broken_paragraphs(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_p, "_glued_continuation", _glued_continuation_all_tests)
        assert fast == _p.join_broken_paragraphs(text)


# --- only the lines that may go on are judged: the same edits as judging every line ------------------
_ENDINGS = st.sampled_from(["工会", "饮", "食服务业单位。", "一、加强学习", "，其中", "2380", "个，", "30.", "户困难职工",
                            "篇1", "）", "”", "。", "、", "\n", "\n\n", " ", "\u3000", "\r", "\t", "，", "abc", "：", "。\u3000"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_ENDINGS, max_size=16).map("".join))
def test_judging_only_lines_that_may_go_on_changes_no_join(text):
    fast = _p.join_broken_paragraphs(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_p, "_lines_to_judge", lambda text, lines, full: range(len(lines)))
        assert fast == _p.join_broken_paragraphs(text)


@pytest.mark.parametrize("text", [
    "今年以来，工作顺利。\n一、加强学习\n共查出集体等饮\n\n食服务业单位。",
    "覆盖法人单位2380 \n个，会员8.7万人\n，其中女会员3.9万人。",  # a line opening with a mark: every line judged
    "我们召开了座谈会，\u3000\n\u3000\u3000听取意见。\r\n工会工作总结 篇1\n慰问459\n户困难职工。",
])
def test_judging_only_lines_that_may_go_on_on_sentences(text):
    fast = _p.join_broken_paragraphs(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_p, "_lines_to_judge", lambda text, lines, full: range(len(lines)))
        assert fast == _p.join_broken_paragraphs(text)
    assert fast  # each sentence has a break to re-join


# --- no blank at a line's edge: only the empty lines are looked at; the same edits as line by line ---------
_BLANKLESS = st.sampled_from(["工会", "一、加强学习", "正文。", "\n", "\n\n", "\x0b", "a", " ", "\u3000", "\t", "\r", "\xa0", "篇 1"])


def _slow_collapse(text):
    """collapse_blank_lines with the blank-free shortcut turned off (every line looked at)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_p, "_blank_at_a_line_edge", lambda text: True)
        return _p.collapse_blank_lines(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(_BLANKLESS, max_size=14).map("".join))
def test_blankless_text_collapses_as_line_by_line(text):
    assert _p.collapse_blank_lines(text) == _slow_collapse(text)


@pytest.mark.parametrize("text", ["", "\n", "\n\n", "工会", "\n工会\n\n\n正文。\n\n", "工会\n\n正文\n", "\x0b\n\n工会",
                                  "工会工作总结 篇1\n\n正文。", " 工会", "工会 ", "工会\r\n正文", "工\u3000会\n \n正文", "\t"])
def test_blankless_sentences_collapse_as_line_by_line(text):
    assert _p.collapse_blank_lines(text) == _slow_collapse(text)


# --- a heading line is passed over before any re-join test: the same edits as testing it last ---------------
def _join_heading_tested_last(text):
    """join_broken_paragraphs as it was: the re-join tests first, the heading test only before a word join."""
    lines = _p._line_spans(text)
    edits = []
    full = _p._full_width(text, lines)
    carried, carried_to = "", -1
    for k, (s, e) in enumerate(lines):
        line = text[s:e].rstrip()
        if not line.strip():
            continue
        para = carried[: _p._PARA_HEAD] + line.lstrip() if carried_to == k else line
        last = line[-1]
        glued = _p._glued_continuation(text, lines, k, line, para)
        if glued is None and full is not None and _p._width(line) >= full:
            glued = _p._wrapped(text, lines, k, para)
        if glued is not None:
            edits.append(glued)
            carried, carried_to = para, _p._next_nonblank(lines, text, k)
            continue
        ends_in_comma = last in _p.CONTINUING_PUNCT
        if not (ends_in_comma or _p._CJK.match(last)):
            continue
        if _p.is_heading_line(para) and not _p.runs_on(para):
            continue
        stop, body = _p._next_body(text, lines, k)
        if not body or not _p._CONTINUATION_START.match(body) or _p.is_heading_line(body) or _p._title_like(_p._as_joined(text, lines, stop, body)):
            continue
        if ends_in_comma:
            note = f"broken paragraph re-joined: the line ends in {last!r}"
        else:
            word = _p.spans_word(line, body)
            if not word:
                continue
            note = f"broken paragraph re-joined: {word} spans the break"
        edits.append(_p.Edit(s + len(line), stop, "", note))
        carried, carried_to = para, _p._next_nonblank(lines, text, k)
    return edits


_HEADED = st.sampled_from(["一、加强学习", "（二）职工培训扎实推进。全年举办", "2.劳动竞赛成效明显。围绕", "工会工作总结 篇1", "篇2",
                           "共查出集体等饮", "食服务业单位。", "2380", "个，会员", "，其中", "慰问459", "户困难职工", "\n", "\n\n", " ",
                           "\u3000", "第一部分 主要工作", "①", "2022", "年度工作思路"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_HEADED, max_size=16).map("".join))
def test_heading_passed_over_first_changes_no_join(text):
    assert _p.join_broken_paragraphs(text) == _join_heading_tested_last(text)


def test_heading_passed_over_first_on_a_hard_wrapped_page():
    line = "一二三四五六七八九十一二三四五六七八九十"
    text = "\n".join([line + "，"] * 6 + ["一、加强学习" + line, "2.劳动竞赛成效明显。" + line, line + "。"])
    assert _p.join_broken_paragraphs(text) == _join_heading_tested_last(text)
    assert _p._full_width(text, _p._line_spans(text)) is not None


# -- split_merged_columns ------------------------------------------------------------

def test_two_columns_printed_side_by_side_are_read_left_then_right():
    from reportmine.normalize.paragraphs import split_merged_columns
    from reportmine.textedit import TrackedText

    # a copy pads the first column unevenly; the second may open indented
    text = ("一、组织建设\n全年新建基层工会28个，新发展会    三、帮扶救助温暖人心\n员3160名，其中农民工会员12      　　走访慰问困难职工\n"
            "60名，会员总数5.37万人。              1870人，发放慰问金126万元。\n四、下步打算")
    t = TrackedText(text).run([split_merged_columns])
    assert t.text == ("一、组织建设\n全年新建基层工会28个，新发展会\n员3160名，其中农民工会员12\n60名，会员总数5.37万人。\n"
                      "三、帮扶救助温暖人心\n　　走访慰问困难职工\n1870人，发放慰问金126万元。\n四、下步打算")
    (change,) = t.changes
    assert change.note == "two columns printed side by side"
    # every character of the run traces back into the run
    i = t.text.index("1870人")
    s, e = t.source_span(i, i + 5)
    assert text.index("全年") <= s and e <= text.index("\n四、")


@pytest.mark.parametrize("text", [
    "项目    数量    单位\n职工之家    45    个\n职工书屋    12    家",  # a table: several gaps a line
    "全年新建工会12家    发展会员300人\n开展培训6期",  # one line with a gap is no page of columns
    "指标    完成数\n新建工会    12家\n发展会员    1300名\n慰问职工    126户",  # a table of short cells
    "全年新建工会12家。    \t\n发展会员1300名。    \t\n走访职工126户。    \t",  # spaces before a tab: no gap
])
def test_tables_and_single_gaps_are_no_columns(text):
    from reportmine.normalize.paragraphs import split_merged_columns

    assert split_merged_columns(text) == []


# -- a document site's hidden-text gap -----------------------------------------------------------

_GAP_PAGES = [
    # (page, what must not be read as one figure across the gap)
    ("2023年，街道总工会走访慰问困难职工312人，发放慰问金及物资折合2…此处隐藏1,286字…余名职工报名参加，其中女职工占六成以上。", "2余名"),
    ("2023年，区总工会开展技能培训12……此处隐藏530个字……家企业参加，新发展会员800人。", "12家"),
    ("全市新签订集体合同5 ……此处隐藏2316个字……kground: rgb(255,255,255);\">份，覆盖职工8200人。", "5份"),
    ("本年度街道工会开展职工培训3（以下内容已隐藏）期，参训职工600人次。", "3期"),
    ("全区各级工会为困难职工办实事15 剩余2页未读，继续阅读 件，惠及职工4000人。", "15件"),
    # a gap at a line's end or opening one: the line break beside it stays a paragraph break
    ("全市新签订工资集体协议5 ……此处隐藏2316个字……\n份，覆盖职工8200人。", "5份"),
    ("全年为一线职工送清凉38\n…此处隐藏617字…万元，覆盖企业120家。", "38万元"),
]


@pytest.mark.parametrize("page, across", _GAP_PAGES)
def test_a_hidden_text_gap_leaves_a_paragraph_break_no_figure_is_read_across(page, across):
    import reportmine
    from reportmine.normalize import normalize

    out = normalize(page)
    assert "隐藏" not in out and across not in out
    left, right = out.split("\n")
    assert page.startswith(left) and page.endswith(right)
    assert all(r.mention != across for r in reportmine.extract(page))


def test_a_gap_alone_on_its_line_or_at_a_line_edge_goes_without_a_break():
    from reportmine.normalize import normalize

    assert normalize("全年新建工会12家。\n……此处隐藏1520个字……3、开展劳动竞赛。") == "全年新建工会12家。\n3、开展劳动竞赛。"
    assert normalize("全年新建工会12家。\n…此处隐藏402字…\n新发展会员300人。") == "全年新建工会12家。\n新发展会员300人。"


# --- a figure on its own line (a presentation exported as text, a form copied cell by cell) ---


@pytest.mark.parametrize(
    "text, want",
    [
        ("召开职工代表大会\n3次\n", "召开职工代表大会3次\n"),
        ("走访慰问职工\n26\n户", "走访慰问职工26户"),
        ("发放慰问金\n3.2\n万元", "发放慰问金3.2万元"),
        ("职工参保率\n97.1%", "职工参保率97.1%"),
        ("新建职工书屋\n2个\n开展读书活动\n15场", "新建职工书屋2个\n开展读书活动15场"),
    ],
)
def test_figure_on_its_own_line_joins_the_words_it_counts(text, want):
    assert run(text, join_broken_paragraphs) == want
    assert run(want, join_broken_paragraphs) == want  # a second pass agrees


@pytest.mark.parametrize(
    "text",
    [
        "一、组织建设\n12个",  # a heading is no paragraph to join onto
        "新建工会12家。\n3个",  # the line closes its sentence
        "汇报人：工会主席 李明\n2025年1月",  # a date is no figure
        "第二部分\n2025年",
        "职工之家建设\n137",  # a bare number (a page number) is no figure
        "被浏览 48,215\n137",  # a complete thousands group takes no more digits (two counters)
    ],
)
def test_no_figure_join(text):
    assert join_broken_paragraphs(text) == []


# -- exact wraps, colon labels, decimals across a wrap -------------------------------------------------

def test_a_page_wrapped_at_a_count_of_characters_is_joined_although_digits_make_its_lines_narrow():
    from reportmine.normalize.paragraphs import exact_wrap

    para = ("全年各级调解组织受理劳动争议案件1624件，调解成功1387件，调解成功率85.4%，涉及职工2960人，"
            "涉案金额3816.7万元；法律援助中心接待职工法律咨询4230人次，代写法律文书316份，代理案件218件，"
            "帮助职工挽回经济损失1342万元；开展“法律援助进工地”活动41场，受益农民工5800余人。")
    lines = [para[i : i + 24] for i in range(0, len(para), 24)]
    assert exact_wrap(lines) == 24
    assert run("\n".join(lines), join_broken_paragraphs) == para


def test_a_colon_label_heading_with_its_body_on_the_line_runs_on():
    text = "1、调解组织建设：全区新建企业劳动争议调解委员会46个，\n规模以上企业调解组织组建率达到88.5%。"
    assert run(text, join_broken_paragraphs) == "1、调解组织建设：全区新建企业劳动争议调解委员会46个，规模以上企业调解组织组建率达到88.5%。"


def test_a_label_heading_ending_in_its_colon_stays_a_heading():
    text = "一、主要做法：\n全年新建工会12家，发展会员300人。"
    assert run(text, join_broken_paragraphs) == text


def test_a_number_goes_on_with_its_decimals_on_the_next_line():
    text = "新建市级劳模创新工作室18家，职工提出合理化建议1\n.5万条，创造经济效益2.3亿元。"
    assert run(text, join_broken_paragraphs) == "新建市级劳模创新工作室18家，职工提出合理化建议1.5万条，创造经济效益2.3亿元。"
