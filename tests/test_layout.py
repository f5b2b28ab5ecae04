"""Page layout a copy leaves on the lines of a report (reportmine.normalize.layout) and the apparatus of
a printed page (running heads, footnotes, a table of contents: reportmine.normalize.furniture), on
invented pages: a line-numbered draft, a quoted e-mail, a page flattened onto one line, a PDF copy."""

import time

import pytest

from reportmine.normalize import normalize, normalize_and_explain
from reportmine.normalize.layout import (break_blank_flattened, break_indent_runs, join_unindented_wraps,
                                         strip_line_numbers, strip_quote_prefixes)
from reportmine.textedit import TrackedText


def numbered(lines, start=1):
    return [f"{i}  {line}" if line else f"{i}" for i, line in enumerate(lines, start)]


DRAFT_PAGE_1 = [
    "梧桐县总工会2024年工作报告",
    "",
    "2024年，县总工会紧紧围绕全县中心工作，团结动员广",
    "大职工建功立业。",
    "一、组织建设不断加强",
    "（一）扩大组织覆盖。全年新建基层工会46家，新发展会员",
    "3120人，其中农民工会员1280人。",
    "（二）规范会员管理。会员实名制入库率达到97.2%。",
]
DRAFT_PAGE_2 = [
    "二、帮扶工作扎实开展",
    "全年走访慰问困难职工860户，发放慰问金和慰问物资折合2",
    "30万元。",
]


def draft():
    return "\n".join(
        ["                         征求意见稿", ""] + numbered(DRAFT_PAGE_1)[:6] + ["              审 议 稿"]
        + numbered(DRAFT_PAGE_1)[6:] + ["", "第1页", "\f" + numbered(DRAFT_PAGE_2)[0]] + numbered(DRAFT_PAGE_2)[1:] + ["", "第2页"]
    )


def test_a_line_numbered_draft_reads_as_its_report():
    out = normalize(draft())
    assert out == (
        "梧桐县总工会2024年工作报告\n"
        "2024年，县总工会紧紧围绕全县中心工作，团结动员广大职工建功立业。\n"
        "一、组织建设不断加强\n"
        "（一）扩大组织覆盖。全年新建基层工会46家，新发展会员3120人，其中农民工会员1280人。\n"
        "（二）规范会员管理。会员实名制入库率达到97.2%。\n"
        "二、帮扶工作扎实开展\n"
        "全年走访慰问困难职工860户，发放慰问金和慰问物资折合230万元。"
    )


def test_line_numbers_are_explained():
    _, changes = normalize_and_explain(draft())
    assert sum("line number of a numbered draft" in c.note for c in changes) == len(DRAFT_PAGE_1) + len(DRAFT_PAGE_2)


@pytest.mark.parametrize("text", [
    # numbered headings with body between them: a list, not line numbering
    "1 组织建设\n全年新建工会12家。\n2 维权服务\n调解劳动争议8件。\n3 帮扶工作\n走访困难职工60户。\n"
    "4 文体活动\n举办活动5场。\n5 自身建设\n培训干部30人。\n6 其他\n完成。",
    # figures opening lines (no blank after the digits)
    "\n".join(f"{n}名职工参加了第{i}期培训。" for i, n in enumerate(range(10, 18), 1)),
    # a table's 序号 column: its rows' cells stand apart
    "序号  单位  会员人数\n" + "\n".join(f"{i}  {u}工会  {n}人" for i, (u, n) in enumerate(zip("东西南北中左右", range(120, 190, 10)), 1)),
    # a short run: five lines
    "\n".join(numbered(["全年新建工会12家，", "发展会员300人，", "培训干部30人，", "走访困难职工60户，", "发放慰问金9万元。"])),
])
def test_what_is_not_line_numbering_keeps_its_digits(text):
    assert strip_line_numbers(text) == []


def test_numbers_that_do_not_count_up_are_no_numbering():
    text = "\n".join(f"{n}  第{n}项工作完成，" for n in (3, 8, 12, 15, 21, 30, 44))
    assert strip_line_numbers(text) == []


REPORT_PARAS = [
    "云港区总工会2024年劳动保护工作总结",
    "",
    "2024年，区总工会围绕安全生产开展群众监督，组织群监员检查企业126家次，排查隐患318项，整改率达到98.4%。",
    "",
    "一、培训群监员",
    "",
    "1、集中轮训：全年举办群监员培训班6期，培训群监员540人次，覆盖企业126家，考核合格率100%。",
    "",
    "2、现场教学：在重点企业开展现场教学22场，参加职工1380人次。",
    "",
    "二、开展劳动保护监督检查",
    "",
    "全年会同区应急管理局开展联合检查14次，检查企业312家，发现问题隐患426项，督促整改418项，整改率98.1%；推动企业投入劳动保护资金2360万元，为高温岗位职工送清凉4800人次。",
]


def quoted(paras, width=30):
    lines = [p[i : i + width] for p in paras for i in range(0, max(len(p), 1), width)]
    return "\n".join("> " + line if line else ">" for line in lines)


QUOTED = ("-------- 转发邮件信息 --------\n主题：转发：工作总结\n\n王科长：\n    总结见下，请审阅。\n\n"
          + quoted(REPORT_PARAS) + "\n\n--\n张丽\n发自我的手机")


def test_a_quoted_report_loses_its_quote_marks_and_wraps():
    out = normalize(QUOTED)
    assert "2024年，区总工会围绕安全生产开展群众监督，组织群监员检查企业126家次，排查隐患318项，整改率达到98.4%。" in out
    assert "\n一、培训群监员\n" in out
    assert "\n1、集中轮训：全年举办群监员培训班6期，培训群监员540人次，覆盖企业126家，考核合格率100%。\n" in out
    assert "\n2、现场教学：在重点企业开展现场教学22场，参加职工1380人次。\n" in out
    assert ">" not in out


@pytest.mark.parametrize("text", [
    "首页 > 工会园地\n> 工作总结\n全年新建工会12家。",  # one line opening with >
    "会员人数>1000人的企业12家。\n> 500人的企业30家。",  # two lines only
])
def test_a_stray_quote_mark_stays(text):
    assert strip_quote_prefixes(text) == []


FLAT = ("　　2024年，公司工会围绕“安全第一”目标，深入开展群众性劳动保护监督，现将全年工作报告如下。"
        "　　一、监督网络持续健全"
        "　　（一）组织体系完备。所属18家分公司全部成立劳动保护监督检查委员会，配备群监员620名。"
        "　　（二）隐患整改闭环。全年排查隐患1286项，已整改1250项，整改率97.2%。"
        "　　二、职业健康工作扎实"
        "　　组织职工职业健康体检3460人，投入资金86.5万元。")


def test_a_page_flattened_onto_one_line_gets_its_paragraphs_back():
    out = normalize("某某集团有限公司\n" + FLAT + "\n【关闭窗口】【打印此文】")
    assert out.split("\n")[1:6] == [
        "2024年，公司工会围绕“安全第一”目标，深入开展群众性劳动保护监督，现将全年工作报告如下。",
        "一、监督网络持续健全",
        "（一）组织体系完备。所属18家分公司全部成立劳动保护监督检查委员会，配备群监员620名。",
        "（二）隐患整改闭环。全年排查隐患1286项，已整改1250项，整改率97.2%。",
        "二、职业健康工作扎实",
    ]


# a whole page on one line whose paragraphs kept only their indent, with headings glued to the sentence
# before them (…任务。二、…　　), the site's head (nav, crumbs, title, meta) before the first indent and its
# tail (责任编辑, buttons, organiser) after the last sentence
GLUED = ("清河镇政务网 首页 政务公开 工会园地 当前位置：首页 > 工会园地 清河镇总工会2024年工作总结 发布日期：2025-01-12 点击：306 "
         "　　2024年，镇总工会在镇党委领导下，围绕中心工作，较好完成了全年目标任务。一、组织建设稳步推进"
         "　　全镇新建基层工会9个，发展会员486人，其中农民工会员215人。（一）会员实名制　　完成会员实名登记3120人。"
         "二、帮扶服务扎实开展　　走访慰问困难职工38户，发放慰问金3.8万元。"
         "三、下一步打算　　力争新建工会5家。 责任编辑：周敏 【打印】【关闭】 主办：清河镇人民政府")


def test_a_flattened_page_with_headings_glued_to_sentences_gets_its_lines_back():
    lines = normalize(GLUED).split("\n")
    assert "清河镇总工会2024年工作总结" in lines
    for line in ("一、组织建设稳步推进", "（一）会员实名制", "二、帮扶服务扎实开展", "三、下一步打算", "完成会员实名登记3120人。",
                 "力争新建工会5家。"):
        assert line in lines, line
    assert not any("责任编辑" in line or "点击" in line for line in lines)


def test_a_flattened_page_whose_tail_follows_an_indent_gets_one_break_there():
    t = GLUED.replace("力争新建工会5家。 责任编辑", "力争新建工会5家。　　责任编辑")
    spans = [(e.start, e.end) for e in break_indent_runs(t)]
    assert len(spans) == len(set(spans))
    assert "力争新建工会5家。" in normalize(t).split("\n")


def test_a_sentence_before_an_indent_that_names_no_heading_is_no_heading():
    t = "　　全年走访职工家庭430户。今年共新建工会12家　　" + "发展会员2100人，" * 12 + "完成任务。" + "　　全年慰问86户。" * 3
    assert all(e.note.startswith("paragraph break: a page flattened onto one line kept only") for e in break_indent_runs(t))


@pytest.mark.parametrize("text", [
    # spacing inside sentences of a long line (an anti-copy page's U+3000 runs)
    "全年新建工会　　组织46家，发展会员　　3120人，其中农民工会员1280人，" * 8,
    # the cells of a table
    "职工之家　　12个　　职工书屋　　5个　　驿站　　8个　　" * 12,
])
def test_ideographic_space_runs_inside_sentences_stay_for_the_spacing_step(text):
    assert break_indent_runs(text) == []


AUDIT_PARAS = [
    "　　全县应拨缴工会经费的单位共1286个，拨缴面达到96.8%。全年共收缴工会经费3268.47万元，返还比例为60%。年内追缴欠缴经费86.5万元。",
    "　　二、经费审查审计情况",
    "　　全年共审计基层工会58个，审计资金总额5826.39万元；对12名离任基层工会主席开展经济责任审计。",
    "　　三、经审组织自身建设",
    "　　全县已建立经审会的基层工会412个，经审组织建立率98.1%。",
]


def wrapped(paras, width):
    return "\n".join(p[i : i + width] for p in paras for i in range(0, len(p), width))


def test_a_sentence_ending_at_the_wrap_goes_on_where_the_next_line_has_no_indent():
    out = normalize(wrapped(AUDIT_PARAS, 20))
    assert "返还比例为60%。年内追缴欠缴经费86.5万元。" in out
    assert "二、经费审查审计情况\n全年共审计基层工会58个" in out


def test_an_indented_paragraph_after_a_full_line_stays_a_paragraph():
    text = wrapped(AUDIT_PARAS, 20)
    for e in join_unindented_wraps(text):
        assert not text[e.end :].startswith("　")


PDF_COPY = """澄江市总工会2024年工作报告

目　　录

一、2024年工作回顾 ……………………………… 2
二、存在的问题 ………………………………………… 3

— 1 —
\f                              市总工会工作报告
──────────────────────
一、2024年工作回顾
全年新建基层工会组织186家，新发展会员2.6万人，建会率达
到93.1%①。市县两级工会办理法律援助案件218件，为职
———————
①数据截至2024年12月31日。

— 2 —
\f                              市总工会工作报告
──────────────────────
工挽回经济损失860万元。
二、存在的问题
服务新就业形态劳动者的手段还不多。

— 3 —"""


def test_a_pdf_copy_loses_its_contents_heads_rules_and_footnotes():
    out = normalize(PDF_COPY)
    assert out == (
        "澄江市总工会2024年工作报告\n"
        "一、2024年工作回顾\n"
        "全年新建基层工会组织186家，新发展会员2.6万人，建会率达到93.1%。市县两级工会办理法律援助案件218件，为职工挽回经济损失860万元。\n"
        "二、存在的问题\n"
        "服务新就业形态劳动者的手段还不多。"
    )


def test_a_circled_numeral_without_a_footnote_stays():
    text = "一、帮扶工作\n①走访困难职工60户。\n②发放慰问金9万元，增长①成。"
    assert normalize(text) == text


def test_a_heading_list_with_page_numbers_but_no_leader_is_no_contents():
    text = "一、组织建设 2\n全年新建工会12家。"
    assert normalize(text) == "一、组织建设 2\n全年新建工会12家。"


# -- no superlinear path: four and sixteen times the page cost about four and sixteen times as much --

def _cost(text):
    t0 = time.process_time()
    normalize(text)
    return time.process_time() - t0


@pytest.mark.parametrize("make", [
    lambda n: "\n".join(numbered((DRAFT_PAGE_1 + DRAFT_PAGE_2) * n)),
    lambda n: QUOTED * n,
    lambda n: "某某集团\n" + FLAT * n,
    lambda n: wrapped(AUDIT_PARAS * n, 20),
    lambda n: PDF_COPY * n,
])
def test_layout_pages_scale_linearly(make):
    normalize(make(1))  # warm up (tables, models)
    small, big = _cost(make(4)), _cost(make(64))  # 16 times the text
    assert big < 40 * max(small, 0.02)


@pytest.mark.parametrize("text", [draft(), QUOTED, "某某集团\n" + FLAT, wrapped(AUDIT_PARAS, 20), PDF_COPY])
def test_layout_repairs_are_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


def test_running_heads_of_pages_without_page_numbers_go_where_they_cut_sentences():
    page = ("县总工会工作报告\n一、工作回顾\n全年新建工会组织86家，法律援助中心为职\n\f县总工会工作报告\n\n工挽回经济损失260万元。\n"
            "二、存在问题\n服务手段还不多，基层工会作用发挥不\n\f县总工会工作报告\n够充分。")
    assert normalize(page) == ("县总工会工作报告\n一、工作回顾\n全年新建工会组织86家，法律援助中心为职工挽回经济损失260万元。\n"
                               "二、存在问题\n服务手段还不多，基层工会作用发挥不够充分。")


def test_a_short_line_repeated_between_paragraphs_is_no_running_head():
    page = "一、组织建设\n全年新建工会12家。\n工作成效\n会员达到3000人。\n二、帮扶工作\n走访困难职工60户。\n工作成效\n发放慰问金9万元。"
    assert normalize(page) == page


def test_many_repeated_heads_stay_linear():
    t0 = time.process_time()
    normalize("县总工会工作报告\n" * 20000)
    normalize("全年新建工会，为职\n县总工会工作报告\n工挽回损失。\n" * 5000)
    assert time.process_time() - t0 < 10.0


def test_a_collection_title_repeated_between_furniture_lines_joins_nothing():
    page = ("当前位置\n\n首页 > 工作范文 > 活动总结\n\n金秋助学活动总结（精选3篇）\n\n推荐人： 来源： 阅读： 2.37W 次\n\n"
            "本站为大家收集了几篇金秋助学活动总结，供参考使用。\n\n金秋助学活动总结（精选3篇）\n\n金秋助学活动总结1\n\n"
            "为帮助困难职工家庭子女顺利入学，县总工会组织开展“金秋助学”活动，共资助困难职工子女81名。")
    assert "\n金秋助学活动总结1\n为帮助困难职工家庭子女顺利入学" in normalize(page)


def test_a_flattened_html_page_indented_with_no_break_spaces_gets_its_paragraphs_back():
    out = normalize("某某集团有限公司\n" + FLAT.replace("　　", "\xa0\xa0\xa0\xa0"))
    assert out.split("\n")[2:4] == ["一、监督网络持续健全", "（一）组织体系完备。所属18家分公司全部成立劳动保护监督检查委员会，配备群监员620名。"]


def test_letter_spaced_copy_is_undone_with_its_edit_note():
    from reportmine.normalize.layout import undo_letter_spacing

    page = "\n\n".join(" ".join(p) for p in ["全年新建基层工会42家，新增会员2743人。", "会员总数达5.08万人，占比63.5%。",
                                             "二、帮扶救助", "筹集资金186万元，每人2000元。"])
    text, changes = normalize_and_explain(page + "\n\n—   1   —")
    assert "新增会员2743人" in text and "5.08万人" in text and "63.5%" in text and "每人2000元" in text
    assert any("letter spacing removed" in c.note for c in changes)
    assert undo_letter_spacing("新增会员14 862人，新建 318 家，\n热线0731-8822 1234。\n" * 3) == []


def test_a_lone_spaced_title_is_no_letter_spaced_stretch():
    from reportmine.normalize.layout import undo_letter_spacing

    assert undo_letter_spacing("工 作 总 结\n全年新建基层工会42家，新增会员2743人。\n新建 318 家。") == []
    assert undo_letter_spacing("1 2 3 4 5 6\n7 8 9 1 0 1\nA B C D E F G H I J K L M N O P Q R S T") == []


def test_a_letter_spaced_stretch_inside_a_normal_page_is_undone_alone():
    from reportmine.normalize.layout import undo_letter_spacing
    from reportmine.textedit import TrackedText

    spaced = [" ".join(p) for p in ["二、帮扶救助精准有效", "全年筹集帮扶资金186万元，救助困难职工529人。", "每人2000元，热线0736-5223 1026畅通。"]]
    page = "\n".join(["全区新增会员14 862人，新建 318 家。"] + spaced + ["三、职工素质提升", "举办培训班15期。"])
    out = TrackedText(page).run([undo_letter_spacing]).text.split("\n")
    assert out == ["全区新增会员14 862人，新建 318 家。", "二、帮扶救助精准有效", "全年筹集帮扶资金186万元，救助困难职工529人。",
                   "每人2000元，热线0736-5223 1026畅通。", "三、职工素质提升", "举办培训班15期。"]


def test_letter_spacing_with_double_blanks_between_words_and_a_joined_pair():
    from reportmine.normalize.layout import undo_letter_spacing
    from reportmine.textedit import TrackedText

    page = ("全 年 新 建 基 层 工 会 3 7 家 ，  新 增 会 员 1 2 8 6 人 ， 其 中 农 民 工 会 员 7 4 5 人 。\n"
            "会 员 总 数 达 3 . 5 2 万 人 ，  占 比 5 7 . 9 % 。\n"
            "热 线  0 7 3 6 - 5 2 2 3  1 0 2 6  保 持 畅 通 ， 服 务 职 工 1 2 0 0 人 次 。")
    assert TrackedText(page).run([undo_letter_spacing]).text.split("\n") == [
        "全年新建基层工会37家， 新增会员1286人，其中农民工会员745人。", "会员总数达3.52万人， 占比57.9%。",
        "热线 0736-5223 1026 保持畅通，服务职工1200人次。"]
    kerned = page.replace("1 2 8 6", "12 8 6")  # one pair a PDF's kerning joined in a long line
    assert "新增会员1286人" in TrackedText(kerned).run([undo_letter_spacing]).text


FLAT_PARAGRAPH = "全年新建基层工会12家，发展会员860人，会员总数达到2.3万人，入会率91.5%。"


def test_a_page_flattened_with_single_blanks_gets_its_line_breaks():
    text = ("首页 > 工会动态 > 正文 某校工会2024年工作总结 发布时间：2025-01-09 10:20 浏览次数：1562 2024年，校工会各项工作稳步推进。现总结如下： "
            "一、组织建设 " + FLAT_PARAGRAPH * 4 + " 二、民主管理 召开教代会1次。 三、职工生活 慰问职工214人次。")
    lines = TrackedText(text).run([break_blank_flattened]).text.split("\n")
    assert lines[:4] == ["首页 > 工会动态 > 正文", "某校工会2024年工作总结", "发布时间：2025-01-09 10:20", "浏览次数：1562"]
    assert lines[4].startswith("2024年，校工会") and lines[5] == "一、组织建设" and lines[-2:] == ["三、职工生活", "慰问职工214人次。"]


@pytest.mark.parametrize("text", [
    # a long paragraph whose sentences a copy spaced: one heading marker after a blank is no evidence
    "今年以来，工会工作扎实推进。 " + FLAT_PARAGRAPH * 8 + " 一、组织建设取得新进展。",
    # a PDF copy's blanks inside sentences (区 总工会) before the first sentence end stay
    "2023 年是开局之年。一年来，区 总工会在区委领导下，团结引领全区职工 在高质量发展中建功立业。" + FLAT_PARAGRAPH * 6,
    # a short line of table cells
    "职工之家 12个 职工书屋 5个 一、 二、",
])
def test_blanks_that_are_no_line_breaks_stay(text):
    assert break_blank_flattened(text) == []


def test_blanks_inside_the_first_sentence_of_a_flattened_pdf_copy_stay():
    text = ("2023 年是开局之年。一年来，区 总工会在区委领导下，团结引领全区职工 在高质量发展中建功立业。 一、组织建设 "
            + FLAT_PARAGRAPH * 4 + " 二、帮扶救助 走访困难职工86户。 三、下步打算 力争新建工会10家。")
    lines = TrackedText(text).run([break_blank_flattened]).text.split("\n")
    assert lines[0].startswith("2023 年是开局之年。一年来，区 总工会") and lines[1] == "一、组织建设"


def test_a_flattened_pdf_copy_with_blanks_inside_its_words_stays_for_the_paragraph_step():
    # the wrap left blanks inside words (区 总工会, 深化理论学 习, 形态劳 动者): the blanks say nothing of the lines
    text = ("2023 年是开局之年。一年来，区 总工会团结引领全区职工 在高质量发展中建功立业。 一、思想引领 （一）深化理论学 习。组织宣 讲78场，覆盖职 工9000余人。 "
            "（二）丰富文化供给。举办活动26场，新 建职工书屋12家。 二、组织建设 （一）建会入会。新建工会46家。 "
            "三、存在问题和 2024年打算 工会服务新就业形态劳 动者的手段还不够多。" + FLAT_PARAGRAPH * 2)
    assert break_blank_flattened(text) == []


def test_a_heading_before_a_sentence_with_half_width_commas_gets_its_line():
    text = ("2020年,县总工会各项工作顺利。 一、抓组建 " + FLAT_PARAGRAPH * 4 + " 二、抓比赛 开展比赛5场。 "
            "三、2021年工作打算 2021年,县总工会将巩固建会成果。")
    lines = TrackedText(text).run([break_blank_flattened]).text.split("\n")
    assert lines[-2:] == ["三、2021年工作打算", "2021年,县总工会将巩固建会成果。"]


def test_a_part_heading_without_a_marker_gets_its_line():
    # the plan part of a flattened page opens with 镇总工会2023年工作思路 and no 一、 before it
    text = ("2022年，镇总工会各项工作顺利。 一、建会入会 " + FLAT_PARAGRAPH * 3 + " 二、职工服务 服务职工3200人次。 "
            "镇总工会2023年工作思路 2023年镇总工会将在镇党委的领导下，全面推进各项工作。 一、围绕中心 开展劳动竞赛。")
    lines = TrackedText(text).run([break_blank_flattened]).text.split("\n")
    assert "镇总工会2023年工作思路" in lines and lines[lines.index("镇总工会2023年工作思路") + 1].startswith("2023年镇总工会将在")
