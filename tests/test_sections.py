"""Headings, section tree and parts (spec: documents.md, "Sections" and "Articles and parts")."""

import collections
import re
import unicodedata

import pytest

from reportmine.model import iter_sections, part_at
from reportmine.outline import format_outline
from reportmine.sections import chinese_numeral, find_headings, parse_sections


def heads(text):
    """(depth, marker, number, heading) of every heading of ``text``."""
    _, roots = parse_sections(text)
    return [(s.depth, s.marker, s.number, s.heading) for s in iter_sections(roots)]


def brief(text):
    """(depth, heading) of every heading."""
    return [(d, h) for d, _, _, h in heads(text)]


def roles(text):
    parts, _ = parse_sections(text)
    return [(p.role, text[p.start : p.start + 6]) for p in parts]


# --------------------------------------------------------------------------- gold


def _fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def _key(depth, heading):
    return depth, _fold(heading)[:10]


def test_gold_section_f1(gold_articles):
    """Section F1 over the gold, computed like shared/tools/score.py."""
    tp = npred = ngold = 0
    for _, a in gold_articles:
        _, roots = parse_sections(a["text"])
        pred = [_key(s.depth, s.heading) for s in iter_sections(roots)]
        gold = collections.Counter(_key(s["depth"], s["heading"]) for s in a["sections"])
        for k in pred:
            if gold[k] > 0:
                gold[k] -= 1
                tp += 1
        npred += len(pred)
        ngold += len(a["sections"])
    p, r = tp / npred, tp / ngold
    assert 2 * p * r / (p + r) >= 0.98


def test_gold_sections_fields(gold_articles):
    """Marker, number and part of every gold heading (where the heading matches)."""
    for stem, a in gold_articles:
        _, roots = parse_sections(a["text"])
        pred = [(s.depth, s.marker, s.number, s.heading, s.part) for s in iter_sections(roots)]
        gold = [(s["depth"], s["marker"], s["number"], s["heading"], s["part"]) for s in a["sections"]]
        assert pred == gold, (stem, a["article"])


def test_gold_parts(gold_articles):
    for stem, a in gold_articles:
        text = a["text"]
        parts, _ = parse_sections(text)
        got = [(p.role, text[p.start : p.start + len(g["starts_with"])]) for p, g in zip(parts, a["parts"])]
        assert len(parts) == len(a["parts"]), (stem, a["article"], got)
        assert got == [(g["part"], g["starts_with"]) for g in a["parts"]], (stem, a["article"])


def test_gold_one_line_report(gold_articles):
    """Seed 002 flattened back onto one line (paragraphs separated by spaces) parses the same."""
    a = next(a for stem, a in gold_articles if stem.startswith("002"))
    flat = a["text"].replace("\n", " ")
    parts, roots = parse_sections(flat)
    assert [(s.depth, s.marker, s.heading) for s in iter_sections(roots)] == [
        (s["depth"], s["marker"], s["heading"]) for s in a["sections"]
    ]
    assert [(p.role, flat[p.start : p.start + 8]) for p in parts] == [
        (g["part"], g["starts_with"][:8]) for g in a["parts"]
    ]


def test_gold_glued_heading(gold_articles):
    """Seed 003 art 1 as in the source: 5、 glued to the end of section 4's paragraph."""
    a = next(a for stem, a in gold_articles if stem.startswith("003") and a["article"] == 1)
    glued = a["text"].replace("\n5、抓活动载体", "5、抓活动载体")
    assert glued != a["text"]
    got = heads(glued)
    assert got[-1] == (1, "5、", 5, "抓活动载体，增强工会活力")
    assert len(got) == len(a["sections"])


# --------------------------------------------------------------------------- marker families


@pytest.mark.parametrize(
    "m1, m2, number_marker",
    [
        ("一、", "二、", "二、"),
        ("（一）", "（二）", "（二）"),
        ("(一)", "(二)", "(二)"),
        ("1、", "2、", "2、"),
        ("1.", "2.", "2."),
        ("1．", "2．", "2．"),
        ("（1）", "（2）", "（2）"),
        ("(1)", "(2)", "(2)"),
        ("①", "②", "②"),
        ("第一部分", "第二部分", "第二部分"),
        ("第一章", "第二章", "第二章"),
        ("第一节", "第二节", "第二节"),
    ],
)
def test_every_marker_family_own_line_and_run_in(m1, m2, number_marker):
    text = f"现将工作总结如下：\n{m1}加强组织建设\n新建工会5家。\n{m2}维护职工权益。签订合同12份。"
    assert heads(text) == [(1, m1, 1, "加强组织建设"), (1, m2, 2, "维护职工权益")]
    _, roots = parse_sections(text)
    run_in = roots[1]
    assert text[run_in.heading_start : run_in.heading_end] == "维护职工权益"
    assert text[run_in.start : run_in.end] == f"{m2}维护职工权益。签订合同12份。"


def test_marker_with_space_and_colon():
    assert brief("第一部分：工作回顾\n正文。\n第二部分 工作打算\n正文。") == [(1, "工作回顾"), (1, "工作打算")]
    assert brief("一、 加强学习\n正文。") == [(1, "加强学习")]


def test_numbers_beyond_ten():
    lines = [f"{chinese_numeral_str(i)}、第{i}项工作" for i in range(1, 24)]
    got = heads("\n".join(lines))
    assert [n for _, _, n, _ in got] == list(range(1, 24))
    assert got[10][1] == "十一、" and got[19][1] == "二十、"


def chinese_numeral_str(n):
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else digits[t]) + "十" + (digits[u] if u else "")


def test_chinese_numeral():
    assert [chinese_numeral(x) for x in ("九", "十", "十九", "三十", "九十九", "一百")] == [9, 10, 19, 30, 99, 100]
    with pytest.raises(ValueError):
        chinese_numeral("第")


def test_own_line_heading_ending_in_full_stop():
    """一、…加入工会。 (seed 004): the closing 。 is not part of the heading."""
    text = "今年以来做了以下工作：\n一、着力开展工会组建工作，宣传发动企业加入工会。\n根据任务，走访企业。"
    _, roots = parse_sections(text)
    s = roots[0]
    assert s.heading == "着力开展工会组建工作，宣传发动企业加入工会"
    assert text[s.heading_start : s.heading_end] == s.heading
    assert s.end == len(text)


# --------------------------------------------------------------------------- depth


def test_depth_from_first_appearance_arabic_first():
    """A report whose first headings are 1、 has them at depth 1."""
    text = "1、抓组建\n（1）建会。新建3家。\n（2）入会。\n2、抓维权\n（1）合同。"
    assert brief(text) == [(1, "抓组建"), (2, "建会"), (2, "入会"), (1, "抓维权"), (2, "合同")]


def test_three_levels_and_tree():
    """（1） under （一） under 一、, each restarting under a new parent."""
    text = (
        "总结如下：\n一、组织\n（一）建会\n（1）企业。建了5家。\n（2）村居。\n（二）入会\n（1）农民工。\n"
        "二、维权\n（一）合同\n（1）工资。"
    )
    _, roots = parse_sections(text)
    assert [(s.depth, s.marker) for s in iter_sections(roots)] == [
        (1, "一、"), (2, "（一）"), (3, "（1）"), (3, "（2）"), (2, "（二）"), (3, "（1）"),
        (1, "二、"), (2, "（一）"), (3, "（1）"),
    ]
    assert len(roots) == 2
    assert [c.heading for c in roots[0].children] == ["建会", "入会"]
    assert [c.heading for c in roots[0].children[0].children] == ["企业", "村居"]
    # spans nest: a section holds its subsections and ends where the next sibling starts
    for s in iter_sections(roots):
        for c in s.children:
            assert s.start <= c.start < c.end <= s.end
    assert text[roots[0].start : roots[0].end].endswith("（1）农民工。")
    assert roots[1].end == len(text)


def test_depth_is_not_from_the_family():
    """（一） first, 一、 later: （一） is depth 1, 一、 depth 2."""
    assert brief("（一）学习\n一、理论。\n二、业务。\n（二）组建\n一、建会。") == [
        (1, "学习"), (2, "理论"), (2, "业务"), (1, "组建"), (2, "建会"),
    ]


# --------------------------------------------------------------------------- not headings


def test_marker_inside_sentence_is_not_a_heading():
    """…以下三方面：（一）得益于… (seed 003 art 2) stays body text."""
    text = (
        "一、抓组建\n正文。\n二、抓维权\n正文。\n"
        "回顾今年工作，主要得益于以下三方面：（一）得益于党委的支持。（二）得益于干部的努力。（三）得益于规范管理。"
    )
    assert brief(text) == [(1, "抓组建"), (1, "抓维权")]


def test_yishi_lists_are_not_headings():
    text = "一、下一步打算\n一是继续抓好培训。二是服务职工群众。\n三是加强组织建设。"
    assert brief(text) == [(1, "下一步打算")]


def test_circled_numbers_inline_are_not_headings():
    text = "1、加大宣传力度。①进一步加大宣传；②通过座谈会宣传。③创新载体。\n2、开展培训。①健全体系；②举办讲座。"
    assert brief(text) == [(1, "加大宣传力度"), (1, "开展培训")]


def test_circled_number_at_paragraph_start_is_a_heading():
    text = "一、帮扶\n①定期帮扶。慰问459户。\n②应急帮扶。慰问6人。\n二、活动\n①三八节活动。"
    assert heads(text) == [
        (1, "一、", 1, "帮扶"), (2, "①", 1, "定期帮扶"), (2, "②", 2, "应急帮扶"),
        (1, "二、", 2, "活动"), (2, "①", 1, "三八节活动"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "5.1期间开展了走访活动。",
        "6.16安全生产宣传活动在广场举行。",
        "1.6万元慰问金已全部发放。",
        "2023年镇总工会在镇党委的领导下开展工作。",
        "3月初，街道总工会发放问卷。",
        "3家企业新建了工会。",
        "4、5月份对全市示范单位进行了考核。",
        "五.一期间组织了拔河赛。",
        "一、二月份走访了困难职工。",
        "（3）号文件已经下发。",
    ],
)
def test_dates_and_figures_are_not_headings(line):
    """Figures that look like markers, even where the 1、 2、 sequence would continue with 3 to 6."""
    text = f"一、抓组建\n1、建会。正文。\n2、入会。正文。\n{line}\n二、抓维权\n正文。"
    assert brief(text) == [(1, "抓组建"), (2, "建会"), (2, "入会"), (1, "抓维权")]


def test_out_of_sequence_markers_are_not_headings():
    """A marker whose number neither continues nor restarts its family is body text."""
    text = "一、抓组建\n正文。\n五、这不是标题\n二、抓维权\n3、也不是标题\n正文。"
    assert brief(text) == [(1, "抓组建"), (1, "抓维权")]


def test_new_family_must_start_at_one():
    assert brief("一、抓组建\n（三）不是标题。\n（一）是标题。") == [(1, "抓组建"), (2, "是标题")]


# --------------------------------------------------------------------------- damage


def test_marker_missing_its_pause_mark_where_the_sequence_demands_it():
    """Seed 003 art 4: 4在“五.一”期间… between 3、 and 5、."""
    text = "一、参与建设\n1、医疗互助。\n2、拔河赛。\n3、慰问活动。\n4在“五.一”期间，组织考察。\n5、积极参与各项工作。"
    got = heads(text)
    assert got[4] == (2, "4", 4, "在“五.一”期间，组织考察")
    assert [n for _, _, n, _ in got[1:]] == [1, 2, 3, 4, 5]


def test_bare_number_not_demanded_by_the_sequence_stays_text():
    text = "一、参与建设\n1、医疗互助。\n4在“五.一”期间，组织考察。\n12在县里开会。"
    assert brief(text) == [(1, "参与建设"), (2, "医疗互助")]


def test_heading_glued_to_previous_paragraph():
    text = "1、加强组建\n正文。\n2、加强维权\n营造文化氛围。3、抓活动载体，增强工会活力\n开展了比赛。"
    _, roots = parse_sections(text)
    assert [s.heading for s in roots] == ["加强组建", "加强维权", "抓活动载体，增强工会活力"]
    assert roots[1].end == text.index("3、")
    assert text[roots[2].start : roots[2].end] == "3、抓活动载体，增强工会活力\n开展了比赛。"


def test_glued_marker_that_does_not_continue_is_text():
    """After a sentence end in a normal paragraph, only a continuing number opens a heading."""
    text = "1、加强组建\n正文。1、这不是标题\n2、加强维权\n正文。5、也不是"
    assert brief(text) == [(1, "加强组建"), (1, "加强维权")]


def test_long_glued_clause_is_text():
    text = "1、加强组建\n正文。2、" + "很长的一句话" * 10 + "。"
    assert brief(text) == [(1, "加强组建")]


def test_top_level_restart():
    """一、 twice (seed 003 art 2): both are depth-1 headings with number 1."""
    text = "一、深入发动，营造氛围。\n正文。\n一、抓规范\n正文。\n二、抓维权\n正文。"
    assert heads(text) == [(1, "一、", 1, "深入发动，营造氛围"), (1, "一、", 1, "抓规范"), (1, "二、", 2, "抓维权")]


def test_single_lost_heading_is_tolerated_on_own_line():
    text = "一、抓组建\n正文。\n三、抓维权\n正文。"
    assert brief(text) == [(1, "抓组建"), (1, "抓维权")]


# --------------------------------------------------------------------------- one-line report


def test_one_line_report():
    """Whole body on one line, paragraphs separated by spaces (seed 002)."""
    text = (
        "2023年镇总工会在镇党委的领导下开展工作，圆满完成了任务。 "
        "一、积极争取党政重视，服务地方经济 工会工作是党的工作的一部分。镇总工会积极争取重视。 "
        "二、夯实基层基础 1、建会入会工作。今年新建工会17家。 2、规范化建设。首先完善制度。其次加强队伍。 "
        "镇总工会2024年工作思路 2024年镇总工会将在镇党委的领导下继续工作。 "
        "一、围绕中心，强化作为。一是开展竞赛。二是推广操作法。 二、机制创新，强化维权。一是完善机制。"
    )
    assert "\n" not in text
    assert heads(text) == [
        (1, "一、", 1, "积极争取党政重视，服务地方经济"),
        (1, "二、", 2, "夯实基层基础"),
        (2, "1、", 1, "建会入会工作"),
        (2, "2、", 2, "规范化建设"),
        (1, "一、", 1, "围绕中心，强化作为"),
        (1, "二、", 2, "机制创新，强化维权"),
    ]
    parts, roots = parse_sections(text)
    assert [(p.role, text[p.start : p.start + 6]) for p in parts] == [("summary", "2023年镇"), ("plan", "镇总工会20")]
    assert [s.part for s in roots] == ["summary", "summary", "plan", "plan"]


def test_one_line_report_inline_markers_after_colon_stay_text():
    text = "2023年工作总结如下。 " + "一、抓组建 主要得益于以下方面：（一）得益于支持。（二）得益于努力。 " * 1 + "二、抓维权 正文正文。" * 20
    assert [h for _, h in brief(text)][:2] == ["抓组建", "抓维权"]
    assert not any(h.startswith("得益于") for _, h in brief(text))


# --------------------------------------------------------------------------- parts


@pytest.mark.parametrize("cue", ["下一步打算", "年度工作意见", "20xx年度重点工作打算", "2024年工作计划", "今后工作思路", "下半年工作安排"])
def test_plan_part_from_heading(cue):
    text = f"今年以来，我们认真工作。\n一、抓组建\n正文。\n二、抓维权\n正文。\n三、{cue}\n一是继续抓好培训。"
    parts, roots = parse_sections(text)
    assert [p.role for p in parts] == ["summary", "plan"]
    assert text[parts[1].start :].startswith("三、" + cue)
    assert [s.part for s in roots] == ["summary", "summary", "plan"]


def test_sub_item_saying_plan_is_not_a_plan_part():
    """8、坚持每月向党委上报一份工作计划 (seed 003 art 3) is an item of work done."""
    text = "二、突出重点\n7、做好经费收缴。\n8、坚持每月向党委上报一份工作计划。\n9、落实示范单位。\n三、加大宣传\n正文。"
    assert [p.role for p in parse_sections(text)[0]] == ["summary"]


def test_plan_part_from_title_line_and_restart():
    text = "一、学习\n正文。\n二、组建\n正文。\n镇总工会2024年工作思路\n2024年镇总工会将继续努力：\n一、围绕中心。一是竞赛。\n二、机制创新。"
    parts, roots = parse_sections(text)
    assert [(p.role, text[p.start : p.start + 4]) for p in parts] == [("summary", "一、学习"), ("plan", "镇总工会")]
    assert [(s.number, s.part) for s in roots] == [(1, "summary"), (2, "summary"), (1, "plan"), (2, "plan")]
    # a part that starts without a heading of its own does not close the section it stands in:
    # the last summary section runs on to the next heading (its text lies there by position)
    assert roots[1].end == text.index("一、围绕") - 1


def test_experience_problems_plan_lead_ins():
    """Seed 003 art 2: 回顾…主要得益于 / 肯定成绩的同时…不足 / 201x年我们将… then a restart."""
    text = (
        "zz乡工会在县总工会的领导下开展工作。\n一、抓规范\n正文。\n二、抓维权\n正文。\n"
        "回顾201x年我乡工会工作取得的成绩，主要得益于以下三方面：（一）得益于支持。（二）得益于努力。\n"
        "肯定成绩的同时，我们也认识到自身工作存在的一些不足：一是档案不全；二是覆盖面不广。\n"
        "201x年我们将加倍努力做好工会工作。201x年重点抓好以下几方面工作：\n"
        "一、积极争取党政支持。\n二、抓好职工代表培训。"
    )
    assert roles(text) == [("summary", "zz乡工会在"), ("experience", "回顾201x"), ("problems", "肯定成绩的同"), ("plan", "201x年我")]
    _, roots = parse_sections(text)
    assert [s.part for s in roots] == ["summary", "summary", "plan", "plan"]


def test_experience_with_run_in_subheadings():
    """Seed 004 art 3: the lead-in paragraph opens experience; （一）… below it are in it."""
    text = (
        "一、组织建设\n正文。\n二、经费收缴\n正文。\n回顾20xx年我镇工会工作取得的成绩，主要得益于以下三方面：\n"
        "（一）得益于镇党委的关心。通过召开会议解决问题。\n（二）得益于作风改善。一年来学习业务。\n"
        "肯定成绩的同时，我们也认识到自身工作存在的一些不足：一是档案不全。"
    )
    parts, roots = parse_sections(text)
    assert [p.role for p in parts] == ["summary", "experience", "problems"]
    got = [(s.depth, s.heading, s.part) for s in iter_sections(roots)]
    assert got[2:] == [(2, "得益于镇党委的关心", "experience"), (2, "得益于作风改善", "experience")]
    # the lead-in opens a part, not a section: 二、 stretches over it, （一）（二） sit beneath 二、
    assert [c.heading for c in roots[1].children] == ["得益于镇党委的关心", "得益于作风改善"]
    assert roots[1].end == len(text)


def test_problems_then_back_to_summary():
    """Seed 003 art 4: shortcomings after the plan, then a closing recap of work done."""
    text = (
        "乡工会认真工作。\n一、学习\n正文。\n四、年度工作意见\n年，工会将继续努力。\n1、加强自身建设。\n"
        "今年的工作还做得不够：收集意见不全面。\n年，我乡工会在县总工会的领导下，为职工服务，发挥了桥梁作用。今后，我们将再接再厉。"
    )
    assert [r for r, _ in roles(text)] == ["summary", "plan", "problems", "summary"]


def test_closing_plan_paragraph():
    """Seed 004 art 1: 明年街道总工会将继续… closes the report as a one-paragraph plan."""
    text = "今年以来开展了以下几项工作：\n一、组建\n正文。\n明年街道总工会将继续以维护职工权益为任务，发挥作用。"
    assert roles(text) == [("summary", "今年以来开展"), ("plan", "明年街道总工")]


def test_past_tense_lead_in_is_not_a_plan():
    text = "今年以来，我们重点开展了以下几项工作：\n一、组建\n正文。\n为此，我们着重做了以下几方面的工作：\n1、宣传。"
    assert [r for r, _ in roles(text)] == ["summary"]


def test_plan_lead_in_at_paragraph_end():
    text = "一、组建\n正文。\n二、维权\n正文。成绩是显著的。明年，我们将重点抓好以下几方面工作：\n一、加强组建。\n二、强化维权。"
    parts, roots = parse_sections(text)
    assert [(p.role, text[p.start : p.start + 3]) for p in parts] == [("summary", "一、组"), ("plan", "明年，")]
    assert [s.part for s in roots] == ["summary", "summary", "plan", "plan"]


def test_problems_heading_then_plan_heading():
    text = "一、主要工作\n正文。\n二、存在的问题\n一是覆盖面不广。\n三、下一步工作打算\n一是扩面。"
    assert [r for r, _ in roles(text)] == ["summary", "problems", "plan"]


def test_sub_part_under_a_top_heading_ends_with_it():
    """（二）存在问题 under 一、 opens problems only until the next top-level heading."""
    text = "一、上半年工作\n（一）主要成绩\n正文。\n（二）存在问题\n覆盖面不广。\n二、加强组织建设\n正文。"
    assert [r for r, _ in roles(text)] == ["summary", "problems", "summary"]


def test_summary_paragraph_in_summary_stays_one_part():
    text = "今年以来，在区委的领导下，我们开展了工作。\n一、学习\n在市总的指导下，我们举办了培训。"
    assert [r for r, _ in roles(text)] == ["summary"]


def test_plan_report_is_plan_from_the_start():
    text = "明年工会工作的总体要求是：坚持服务职工。\n一、加强组建\n二、强化维权"
    parts, _ = parse_sections(text)
    assert [(p.role, p.start, p.end) for p in parts] == [("plan", 0, len(text))]


# --------------------------------------------------------------------------- invariants


@pytest.mark.parametrize("text", ["", "没有标题的一段话。", "一、只有标题", "\n\n一、标题\n\n正文。\n\n", "1、a。2、b。 3、c"])
def test_parts_cover_the_text(text):
    parts, roots = parse_sections(text)
    assert parts[0].start == 0 and parts[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(parts, parts[1:]))
    for s in iter_sections(roots):
        assert 0 <= s.start <= s.heading_start <= s.heading_end <= s.end <= len(text)
        assert text[s.heading_start : s.heading_end] == s.heading
        assert text.startswith(s.marker, s.start)
        assert s.part == part_at(parts, s.start)


def test_gold_invariants(gold_articles):
    for _, a in gold_articles:
        text = a["text"]
        parts, roots = parse_sections(text)
        assert parts[0].start == 0 and parts[-1].end == len(text)
        assert all(x.end == y.start for x, y in zip(parts, parts[1:]))
        prev = -1
        for s in iter_sections(roots):
            assert s.start > prev
            prev = s.start
            assert text[s.heading_start : s.heading_end] == s.heading
            assert not text[s.start : s.end].endswith("\n")


def test_rejects_non_text():
    with pytest.raises(TypeError, match="str"):
        parse_sections(b"\xe4\xb8\x80")


def test_find_headings_without_parts():
    hs = find_headings("一、甲\n（一）乙。正文。")
    assert [(h.depth, h.marker, h.heading) for h in hs] == [(1, "一、", "甲"), (2, "（一）", "乙")]


# --------------------------------------------------------------------------- size


def _big_article(n_top=1000, n_items=100):
    digits = "零一二三四五六七八九"
    out = ["今年以来，区总工会在区委的领导下，现将工作总结如下："]
    body = "会员1.6万人，5.1期间走访①职工②家属，2023年新建工会3家，覆盖率达到95%。" * 3
    for c in range(1, n_top + 1):
        out.append(f"第{c}部分 第{digits[c % 10]}项工作")
        for i in range(1, n_items + 1):
            out.append(f"{i}、抓好第{i}个环节。{body}")
    return "\n".join(out)


def test_five_megabyte_article_with_100000_headings():
    """Linear: a 5 MB article with 100,000 headings parses (timing: benchmarks/bench_sections.py)."""
    text = _big_article()
    assert len(text.encode("utf-8")) >= 5_000_000
    parts, roots = parse_sections(text)
    assert len(roots) == 1000
    assert all(len(r.children) == 100 for r in roots)
    assert roots[-1].children[-1].number == 100 and roots[-1].children[-1].heading == "抓好第100个环节"
    assert roots[-1].end == len(text)
    assert [p.role for p in parts] == ["summary"]


# --------------------------------------------------------------------------- outline


def test_outline(gold_articles):
    a = next(a for stem, a in gold_articles if stem.startswith("000"))
    parts, roots = parse_sections(a["text"])
    out = format_outline(a["title"], parts, roots).splitlines()
    assert out[0] == a["title"]
    assert out[1] == "一、加强学习，提高干部职工综合素质  [summary]"
    assert out[2] == "  （一）引导干部职工深入学习"
    assert out[-1] == "六、下一步打算  [plan]"
    assert len(out) == 1 + len(a["sections"])


def test_outline_part_without_headings():
    text = "一、组建\n正文。\n肯定成绩的同时，我们也认识到存在一些不足：一是不全。"
    parts, roots = parse_sections(text)
    out = format_outline("t", parts, roots).splitlines()
    assert out[1] == "一、组建  [summary]"
    assert out[2].startswith("[problems] (no heading, ")


def test_this_year_will_is_not_a_plan():
    """今年，我们将… inside the account of work is not a plan lead-in; 2024年，我们将… is."""
    text = "一、组建\n正文。\n今年，我们将工会工作的重点放在组建上，新建工会5家。\n二、维权\n正文。"
    assert [r for r, _ in roles(text)] == ["summary"]
    text2 = text + "\n2024年，我们将继续抓好组建工作。"
    assert [r for r, _ in roles(text2)] == ["summary", "plan"]


def test_future_sentence_does_not_return_to_summary():
    text = "一、组建\n正文。\n二、下一步打算\n在上级工会的领导下，我们将继续做好组建工作，为了职工多办实事。\n一是扩面。"
    assert [r for r, _ in roles(text)] == ["summary", "plan"]


def test_problem_word_inside_a_run_in_heading_is_not_a_part():
    text = "一、维权\n1、存在的问题得到解决。共调解纠纷5起。\n2、职工满意。"
    assert [r for r, _ in roles(text)] == ["summary"]


def test_own_line_heading_with_trailing_colon():
    assert brief("一、主要工作：\n正文。\n二、存在问题：\n正文。") == [(1, "主要工作"), (1, "存在问题")]


def test_long_paragraph_with_stray_spaces_is_not_flattened():
    """Spaces inside sentences do not make a line a flattened report."""
    body = "工会积极 开展活动，走访 职工群众，发放 慰问金，" * 10
    text = f"一、帮扶\n{body}主要得益于以下方面。（一）得益于支持。（二）得益于努力。\n二、维权\n正文。"
    assert brief(text) == [(1, "帮扶"), (1, "维权")]


def test_plan_from_jinhou_opening_then_restart():
    text = "一、组建\n正文。\n二、维权\n正文。\n今后，我们将重点抓好以下工作：\n一、扩大覆盖。\n二、强化维权。"
    parts, roots = parse_sections(text)
    assert [(p.role, text[p.start : p.start + 2]) for p in parts] == [("summary", "一、"), ("plan", "今后")]
    assert [s.part for s in roots] == ["summary", "summary", "plan", "plan"]


# --- a plan document: the preamble before its first lead-in is already the plan ---------------------------
def test_plan_document_is_plan_from_its_first_word():
    text = (
        "2025年是“十五五”规划的开局之年。县总工会工作的总体要求是：以职工为中心，推动工会工作高质量发展。"
        "全年重点抓好以下四个方面的工作：\n一、扩大组织覆盖。新建工会20家。\n二、深化集体协商。签订合同50份。"
    )
    parts, roots = parse_sections(text)
    assert [(p.role, p.start) for p in parts] == [("plan", 0)]
    assert {s.part for s in roots} == {"plan"}


@pytest.mark.parametrize(
    "preamble",
    [
        "一年来，县总工会认真履行职责，各项工作稳步推进。",  # a done cue: an account
        "今年县总工会开展了劳动竞赛，成效明显。",  # past tense: an account
    ],
)
def test_account_before_a_plan_lead_in_stays_summary(preamble):
    text = preamble + "明年重点抓好以下几方面工作：\n一、扩大组织覆盖。新建工会20家。\n二、深化集体协商。"
    parts, _ = parse_sections(text)
    assert [p.role for p in parts] == ["summary", "plan"]
    assert text[parts[1].start :].startswith("明年重点抓好")


def test_plan_lead_in_in_a_later_paragraph_keeps_the_summary_before_it():
    text = "县总工会认真开展各项工作。\n2025年是关键之年。全年重点抓好以下工作：\n一、扩大组织覆盖。"
    parts, _ = parse_sections(text)
    assert [p.role for p in parts] == ["summary", "plan"]


# --- a heading naming two parts; lessons drawn (held-out set 3 causes, own sentences)

def _roles(text):
    parts, _ = parse_sections(text)
    return [(p.role, text[p.start:p.start + 6]) for p in parts]


@pytest.mark.parametrize("heading", ["二、存在的不足和下一步计划", "二、问题与明年工作安排", "二、存在的困难及2025年工作思路"])
def test_heading_naming_problems_and_plan_splits_at_the_plan_sentence(heading):
    text = ("一、主要工作\n全年新建工会12家。\n" + heading +
            "\n部分企业工会活力不足。明年，我们将力争新建工会20家。\n新发展会员800人。")
    roles = _roles(text)
    assert [r for r, _ in roles] == ["summary", "problems", "plan"]
    assert roles[2][1] == "明年，我们将"


def test_problems_heading_without_a_plan_sentence_stays_problems():
    text = "一、主要工作\n全年新建工会12家。\n二、存在的问题和打算\n部分企业工会活力不足，经费保障较弱。"
    assert [r for r, _ in _roles(text)] == ["summary", "problems"]


def test_problems_and_suggestions_heading_is_problems_only():
    text = "一、主要工作\n全年新建工会12家。\n二、存在的问题和建议\n活力不足。明年，要加强指导。"
    assert [r for r, _ in _roles(text)] == ["summary", "problems"]


def test_lessons_drawn_open_the_experience_part():
    text = ("一、主要工作\n全年新建工会12家。\n半年的实践让我们深刻体会到：服务职工必须靠实干。\n"
            "二、下半年打算\n新建工会5家。")
    assert [r for r, _ in _roles(text)] == ["summary", "experience", "plan"]


# --- lookups by offset: SectionTree's bisecting index agrees with a plain scan of the tree (issue 9)


def _scan_chain(roots, off):
    chain, level = [], roots
    while True:
        for s in level:
            if s.start <= off < s.end:
                chain.append(s)
                level = s.children
                break
        else:
            return chain


def test_section_tree_lookup_agrees_with_a_scan_on_gold(gold_articles):
    from reportmine.model import SectionTree, section_at, section_path

    for _, a in gold_articles:
        text = a["text"]
        _, roots = parse_sections(text)
        tree = SectionTree(roots)
        for off in range(0, len(text), 7):
            chain = _scan_chain(roots, off)
            assert tree.path(off) == section_path(roots, off) == " > ".join(s.heading for s in chain)
            assert tree.at(off) is section_at(roots, off) is (chain[-1] if chain else None)


def test_section_tree_lookup_on_many_run_in_sections():
    from reportmine.model import SectionTree

    text = "\n".join(f"{i % 100 + 1}、抓环节。会员{i}人。" for i in range(20000))
    _, roots = parse_sections(text)
    assert len(roots) == 20000
    tree = SectionTree(roots)
    paths = [tree.path(s.heading_end + 3) for s in roots]  # a scan per lookup would take minutes
    assert paths[:2] == ["抓环节", "抓环节"] and len(paths) == 20000
    assert tree.path(len(text) + 5) == ""


# --- the field corpus (corpora/fieldset): regression floors on its gold texts (issue 7)


def test_field_corpus_sections_parts_and_metadata_floor():
    """Measured 1.000 section F1, parts 75/75, org_level 75/75, report_type 75/75, year 73/75 on the
    gold texts (the parser alone: no normaliser, no article splitting); floors a little under."""
    import pathlib
    import sys

    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "benchmarks"))
    from sections_eval import compare

    got = compare(pathlib.Path(__file__).resolve().parents[1] / "corpora" / "fieldset" / "gold", None, False, True)
    assert got["section_f1"] >= 0.99
    assert got["parts_ok"] >= 72 / 75
    assert got["org_level"] >= 72 / 75 and got["report_type"] >= 72 / 75 and got["year"] >= 70 / 75


def test_field_corpus_flattened_onto_one_line_floor():
    """The field gold texts joined by spaces (a report flattened onto one line) parse the same:
    measured section F1 0.999 and parts 75/75."""
    import json
    import pathlib

    from reportmine.evaluate import multiset_tp

    tp = npred = ngold = 0
    for f in sorted((pathlib.Path(__file__).resolve().parents[1] / "corpora" / "fieldset" / "gold").glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            _, roots = parse_sections(a["text"].replace("\n", " "))
            p = [_key(s.depth, s.heading) for s in iter_sections(roots)]
            g = [_key(s["depth"], s["heading"]) for s in a["sections"]]
            tp, npred, ngold = tp + multiset_tp(p, g), npred + len(p), ngold + len(g)
    assert 2 * tp / (npred + ngold) >= 0.98


# --------------------------------------------------------------------------- fast paths (issue 9)

_CUE_SENTENCES = [
    "", "加强职工思想政治引领", "下一步工作打算", "存在的问题与明年打算", "不足之处", "主要不足之处",
    "工作中的几点体会", "经验与做法", "2024年工作计划", "二〇二四年工作要点", "工作展望", "主要成绩和做法",
    "取得的成效", "今年上半年工作总结", "主要工作回顾", "目标任务", "努力方向", "几点不足",
    "一年来的工作使我们深刻体会到：", "成绩的取得主要得益于", "我们也清醒地认识到工作中还存在一些不足",
    "存在的主要问题：", "工作中还存在着一些问题和不足", "服务职工还不够到位", "问题主要表现在：",
    "虽然取得了一定成效，但与上级要求相比还有差距", "2024年，工会将继续加强建会", "年，工会将力争新建10家",
    "明年，我们将重点抓好以下工作：", "今后，工会将继续", "重点开展了以下几项工作：", "特制定2024年工作计划如下：",
    "2025年全县工会工作的总体要求是：服务职工", "在县总工会的领导下，我们开展了工作", "在上级工会的领导下，我们将继续",
    "一年来，工会做了大量工作", "现将工作总结如下：", "明年 工作 打算", "存在\u3000问题", "将近一年来",
    "看到成绩的同时也看到了不足", "新的一年里，我们将继续努力", "2023年度，区总工会计划开展以下活动",
]


def _slow_role(where, s):
    """_match_role as it read before its cues were indexed: every cue of the place searched in file order."""
    from reportmine.sections import _FUTURE_RE, _PAST_RE, part_cues

    s = s.replace(" ", "").replace("\u3000", "")
    for c in part_cues():
        if c.where == where and c.pattern.search(s):
            if c.role == "plan" and where != "heading" and _PAST_RE.search(s):
                continue
            if c.role == "summary" and where == "opening" and _FUTURE_RE.search(s):
                continue
            return c.role
    return None


@pytest.mark.parametrize("where", ["heading", "opening", "leadin", "split", "done"])
def test_match_role_same_as_searching_every_cue(where):
    """A cue none of whose required strings the text holds is skipped: same role as searching all."""
    from reportmine.sections import _match_role

    for s in _CUE_SENTENCES + [s[:k] for s in _CUE_SENTENCES for k in (2, 4, 7)]:
        assert _match_role(where, s) == _slow_role(where, s), (where, s)


@pytest.mark.parametrize("text, expected", [
    ("一、抓学习（一）学理论1、签合同（1）调解①维权⑴⒈",
     [(0, 2, "cn"), (5, 8, "pcn"), (11, 13, "ar"), (16, 19, "par"), (21, 22, "circ"), (24, 25, "pard"), (25, 26, "ard")]),
    ("第二部分 第12章 第三节", [(0, 4, "di"), (5, 9, "di"), (10, 13, "di")]),
    ("  12工会组建", [(2, 4, "bare")]),
    ("3工会\n 4职工", [(0, 1, "bare"), (5, 6, "bare")]),
    ("会员1438人。5项活动 6名", [(8, 9, "bare2"), (13, 14, "bare2")]),
    ("1.5万元，2023.1、3.、12）（3）", [(13, 15, "ar"), (16, 19, "rp"), (19, 22, "par")]),
    ("五.一 一、二月份 十一、", [(0, 2, "cn"), (4, 6, "cn"), (10, 13, "cn")]),
    ("（ 一 ）（ 12 ）(二)", [(0, 5, "pcn"), (5, 11, "par"), (11, 14, "pcn")]),
    ("\u3000\u30007月", [(2, 3, "bare")]),
    ("４、全角 1０、混合", [(5, 8, "ar")]),
    ("。 12工会 ！3人", [(2, 4, "bare2"), (8, 9, "bare2")]),
    ("⑳⒇⒛\u249c", [(0, 1, "circ"), (1, 2, "pard"), (2, 3, "ard")]),
])
def test_marker_scan(text, expected):
    """The marker scan (one character class first, so a fast scan skips other characters) finds
    the markers the lookahead-led alternation found: (start, end, kind) as that one gave them."""
    from reportmine.sections import MARKER_RE, _marker_start

    assert [(_marker_start(m), m.end(), m.lastgroup) for m in MARKER_RE.finditer(text)] == expected


@pytest.mark.parametrize("text, end", [
    # an annex line after the last section closes it: the annex table stands outside the numbering
    ("一、建会\n全年新建工会41家。\n二、2025年工作思路\n将新建工会40家。\n附件：2024年主要指标完成情况表\n新建工会 家 41", "将新建工会40家。"),
    ("一、建会\n全年新建工会41家。\n附件1：获奖名单\n甲公司工会", "全年新建工会41家。"),
    # negative: 附件 inside a sentence (详见附件) closes nothing
    ("一、建会\n全年新建工会41家（详见附件：统计表）。\n会员总数6.2万人。", "会员总数6.2万人。"),
])
def test_an_annex_line_closes_the_sections_above_it(text, end):
    _, roots = parse_sections(text)
    assert text[: roots[-1].end].endswith(end)
