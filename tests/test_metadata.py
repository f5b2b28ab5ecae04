"""Article metadata: year, org_level, report_type (spec: documents.md, "Document metadata")."""

import pytest

from reportmine.metadata import extract_metadata, find_org_level, find_report_type, find_year, metadata_cues
from reportmine.model import Part
from reportmine.sections import parse_sections


def test_gold_metadata(gold_articles):
    for stem, a in gold_articles:
        parts, _ = parse_sections(a["text"])
        md = extract_metadata(a["title"], a["text"], parts)
        assert (md.title, md.year, md.org_level, md.report_type) == (
            a["title"], a["year"], a["org_level"], a["report_type"]
        ), (stem, a["article"])


# --------------------------------------------------------------------------- year


@pytest.mark.parametrize(
    "title, text, year",
    [
        ("镇总工会工作报告", "2023年镇总工会在镇党委的领导下开展工作。", 2023),
        ("2019年区总工会工作总结", "今年以来，区总工会…", 2019),
        ("区总工会工作总结", "区总工会紧紧围绕20XX年全区工会工作要点开展工作。", None),
        ("街道工会工作总结", "20xx年，街道工会工作在街道工委的领导下…", None),
        ("乡工会工作总结", "回顾201x年我乡工会工作。", None),
        ("工会工作总结", "自2008年以来，我们坚持…", None),  # a starting point, not the report's year
        ("工会工作总结", "今年新建工会12家，会员20230人。", None),  # a number, not a year
        ("工会工作总结", "开展工作。\n2021年我们还…", None),  # only the opening paragraph counts
        ("东湖街道总工会二〇二四年工作总结", "截至二〇二四年底…", 2024),  # years in Chinese numerals
        ("镇工会工作总结", "二零二三年，镇工会在镇党委的领导下…", 2023),
        ("厂工会工作总结", "一九九八年，厂工会…", 1998),
        ("工会工作总结", "今年新建工会二十二家，第二十三届职代会召开。", None),  # counts, not digit by digit
        ("工会工作总结", "开展工作。\n二〇二一年我们还…", None),
    ],
)
def test_year(title, text, year):
    assert find_year(title, text) == year


# --------------------------------------------------------------------------- org level


@pytest.mark.parametrize(
    "title, text, level",
    [
        # the opening's self-description outranks a mislabelled or generic title (gold 001, 004 art 3)
        ("县总工会精神文明工作总结", "今年上半年，市总工会女职工委员会在上级女职委和市总的领导和支持下…", "市"),
        ("街道总工会工作总结 篇3", "在过去的一年时间里，旺清门镇总工会在镇党委和县总工会的统一部署下…", "乡镇"),
        # a superior named first (在…领导下) is not the speaker
        ("工作总结", "今年以来，在区委和市总工会的正确领导下，区总工会紧紧围绕全区工作要点…", "区"),
        ("工作总结", "zz乡工会工作在县总工会的领导下，在乡党委政府的关心下…", "乡镇"),
        ("工作总结", "今年以来，在区委区政府的正确领导下，桂园街道总工会努力创新服务模式…", "街道"),
        ("工作总结", "今年，XX社区工会在街道总工会的指导下…", "社区"),
        ("工作总结", "一年来，公司工会在公司党委的领导下…", "企业"),
        ("工作总结", "今年以来，县总工会紧紧围绕…", "县"),
        ("工作总结", "今年以来，局机关工会…", "机关"),
        # no name in the opening: 我X, then the title
        ("工作总结", "今年以来，我镇工会认真贯彻落实…", "乡镇"),
        ("工作总结", "今年以来，我们在我市各级领导的关心下…", "市"),
        ("关于区总工会的上半年工作总结", "今年以来，我们认真工作。", "区"),
        ("乡镇工会上半年工作总结 篇1", "在过去的半年多时间里，我们认真工作。", "乡镇"),
        # a public institution's union (hospital, school, institute) is none of the listed levels:
        # other, not the level of the place in its name nor of its superior; courts are 机关
        ("工作总结", "2022年，县人民医院工会在院党委的领导下…", "other"),
        ("工作总结", "今年，实验中学工会在县教育工会的指导下…", "other"),
        ("XX大学工会2023年工作总结", "一年来，我们认真工作。", "other"),
        ("工作总结", "一年来，市农业科学研究院工会…", "other"),
        ("工作总结", "今年以来，市中级人民法院工会…", "机关"),
        # a trade union of a place has the place's level (产业 is its kind, not its level)
        ("工作总结", "2023年，市建筑业工会在市总工会的领导下…", "市"),
        ("工作总结", "今年，区教育工会紧紧围绕…", "区"),
        ("工作总结", "一年来，县卫生健康系统工会…", "县"),
        ("市交通运输工会工作总结", "一年来，我们认真工作。", "市"),
        # ... but an enterprise's union stays 企业, and a trade union named as a superior is not the speaker
        ("工作总结", "今年以来，县非公企业工会…", "企业"),
        ("工作总结", "2023年，医院工会在院党委和市卫生健康系统工会的领导下…", "other"),
        # nothing at all
        ("工作总结", "今年以来，我们认真工作。", "other"),
    ],
)
def test_org_level(title, text, level):
    assert find_org_level(title, text) == level


def test_org_level_from_body_when_opening_and_title_are_silent():
    assert find_org_level("工作总结", "今年以来，我们认真工作。\n我县共有基层工会200家，我县职工…") == "县"


# --------------------------------------------------------------------------- report type


@pytest.mark.parametrize(
    "title, text, kind",
    [
        # body evidence outranks a collection title that says 上半年 (gold 003 art 2-4)
        ("乡镇工会上半年工作总结 篇2", "zz乡工会工作…。一年来，…年终各单位自查。\n回顾201x年我乡工会工作…", "annual"),
        ("乡镇工会上半年工作总结 篇4", "现将一年来的工作情况汇报如下，并对下年度的工作做几点意见", "annual"),
        ("乡镇工会上半年工作总结 篇3", "今年以来我镇工会…现总结如下：\n四、20xx年度重点工作打算", "annual"),
        ("乡镇工会上半年工作总结 篇1", "在过去的半年多时间里，XX镇工会…\n20xx年上半年具体做了以下几方面工作：", "half_year"),
        # the title decides when the body is silent
        ("关于区总工会的上半年工作总结及下一步打算", "今年以来，区总工会…", "half_year"),
        ("街道总工会工作总结", "20xx年，街道工会工作在街道工委的领导下…", "annual"),
        ("县总工会精神文明工作总结", "今年上半年，市总工会女职工委员会…现总结如下：", "half_year"),
        ("区总工会年度工作总结", "今年以来，区总工会…", "annual"),
        # plans
        ("2024年区总工会工作计划", "2024年，区总工会将…", "plan"),
        ("镇总工会下半年工作打算", "下半年，我们将…", "plan"),
        ("工会工作安排", "明年工会工作的总体要求是…", "plan"),
        # other kinds of text
        ("在区总工会全委会上的讲话", "同志们：今天我们召开会议…", "other"),
        ("工会主席述职报告", "一年来，我认真履行职责…", "annual"),
        ("关于开展劳动竞赛的通知", "各基层工会：为…", "other"),
    ],
)
def test_report_type(title, text, kind):
    assert find_report_type(title, text) == kind


def test_report_type_plan_from_parts():
    text = "明年工会工作的总体要求是：坚持服务职工。\n一、加强组建"
    parts, _ = parse_sections(text)
    assert find_report_type("工会工作", text, parts) == "plan"
    assert find_report_type("工会工作", text, (Part("summary", 0, 3), Part("plan", 3, len(text)))) != "plan"


def test_extract_metadata_returns_metadata():
    md = extract_metadata("镇总工会工作报告", "2023年镇总工会在镇党委的领导下…一年来…")
    assert md.to_dict() == {"title": "镇总工会工作报告", "year": 2023, "org_level": "乡镇", "report_type": "annual"}


def test_extract_metadata_rejects_bytes():
    with pytest.raises(TypeError, match="str"):
        extract_metadata("t", b"text")


def test_cue_file_is_valid():
    cues = metadata_cues()
    assert {c.value for c in cues if c.field == "report_type"} <= {"half_year", "annual", "plan", "other"}
    assert any(c.where == "self" for c in cues) and any(c.where == "name" for c in cues)


@pytest.mark.parametrize(
    "title, kind",
    [
        ("县总工会2025年工作要点", "plan"),
        ("街道工会2025年工作意见", "plan"),
        ("区总工会年度工作意见", "plan"),
        ("关于加强新就业形态劳动者权益保障的意见", "other"),  # a policy document, not a work plan
        ("县总工会2024年工作总结及2025年工作意见", "annual"),  # a summary with a plan attached
    ],
)
def test_report_type_from_a_plan_title(title, kind):
    assert find_report_type(title, "各基层工会认真开展工作。") == kind


def test_plan_body_outranks_a_collection_title_saying_summary():
    # a 工作要点 filed under a collection titled 工作总结: its opening is the plan's preamble
    text = (
        "2025年是“十五五”规划的开局之年。街道总工会工作的总体要求是：以服务职工为中心。"
        "全年重点抓好以下三个方面的工作：\n一、扩大组织覆盖。新建工会15家。\n二、推进集体协商。\n三、加强自身建设。"
    )
    parts, _ = parse_sections(text)
    assert extract_metadata("工会工作总结 篇2", text, parts).report_type == "plan"


# --- held-out set 3 causes, own sentences

@pytest.mark.parametrize("title, text, year", [
    # a speech: salutation, a first heading, then the paragraph that opens with its year
    ("在区总工会十届三次全委会上的报告", "同志们：\n一、上年工作回顾\n2022年，区总工会围绕中心……\n二、2023年工作安排", 2022),
    ("镇工会工作总结", "同志们：\n今年，镇工会……", None),  # no year anywhere near the start
    # a year far down the body (a plan paragraph) does not name the report's year
    ("镇工会工作总结", "今年以来，镇工会扎实开展工作。" + "各项工作稳步推进。" * 80 + "\n2025年，我们将继续努力。", None),
])
def test_year_from_a_paragraph_that_opens_with_it(title, text, year):
    assert find_year(title, text) == year


@pytest.mark.parametrize("title, text, level", [
    ("煤矿工会上半年工作总结", "上半年，煤矿工会在矿党委领导下……", "企业"),
    ("油田工会2024年工作总结", "一年来，油田工会……", "企业"),
    ("工会工作总结", "今年，我矿工会坚持……", "企业"),
])
def test_org_level_of_mines_and_fields(title, text, level):
    assert find_org_level(title, text) == level


# --- field corpus classes, own sentences

@pytest.mark.parametrize("title, text, level", [
    # a community's union federation (工联会) speaks for the community, not its superior 街道
    ("工联会工作总结 篇2", "今年以来，xx社区工联会在街道总工会和社区党委的领导下，认真履职。", "社区"),
    # no union speaks: a body named after its place has the place's level
    ("街道职工服务站上半年工作总结", "今年以来，服务站在党工委和区总工会的领导下，认真履职。", "街道"),
    ("工作总结", "上半年，社区职工之家在街道党工委的领导下，认真履职。", "社区"),
    ("工作总结", "上半年，服务站在上级的领导下认真履职。", "other"),
])
def test_org_level_when_no_union_name_speaks(title, text, level):
    assert find_org_level(title, text) == level


@pytest.mark.parametrize("title, text, kind", [
    # a congress report covers five years: other, whatever the body's 明年/一年来 say
    ("在县工会第九次代表大会上的工作报告", "各位代表：\n现在，我代表县总工会第八届委员会向大会报告工作。\n一年来……明年……", "other"),
    ("工作报告", "各位代表：\n受委托，我向大会作工作报告，请予审议。\n全年……", "other"),
    # a campaign's summary is other
    ("公司工会“夏送清凉”活动总结", "今年7月，公司工会开展“夏送清凉”活动。全年……", "other"),
    # a plan title with an opening that announces an account of the year's work: annual
    ("年度工作思路", "2024年，市总工会认真履职。现将全年工作总结如下：\n一、组建", "annual"),
])
def test_report_type_decided_by_kind_of_text(title, text, kind):
    assert find_report_type(title, text) == kind


@pytest.mark.parametrize("text, year", [
    ("今年以来，镇工会认真履职。\n一、组建\n新建工会3家。\nxx镇工会\n2021年7月6日", 2021),
    ("今年以来，镇工会认真履职。\n一、组建\n2019年7月6日新建工会3家，发展会员50人，工作稳步推进。", None),
])
def test_year_from_the_date_under_the_closing_signature(text, year):
    assert find_year("镇工会上半年工作总结", text) == year


def test_year_from_a_date_line_under_the_title():
    text = "各位代表：\n现在，我代表县总工会委员会向大会报告工作。"
    assert extract_metadata("在县工会代表大会上的工作报告", text, title_block="\n（2019年5月6日）\n").year == 2019
    assert extract_metadata("在县工会代表大会上的工作报告", text, title_block="\n来源：县总工会 2019年5月6日 浏览\n").year is None
    assert extract_metadata("县工会2020年工作报告", text, title_block="\n（2021年1月6日）\n").year == 2020  # the title first


@pytest.mark.parametrize("title, text, level", [
    ("工商银行支行工会2023年工作总结", "一年来，支行工会认真履职。", "企业"),
    ("工作总结", "今年，酒店工会在酒店党支部的领导下……", "企业"),
    ("自治州总工会2023年工作总结", "2023年，州总工会……", "市"),
    ("旗总工会工作总结", "一年来，旗总工会……", "县"),
    ("杭州市总工会工作总结", "一年来，市总工会……", "市"),
])
def test_org_level_of_banks_hotels_prefectures_banners(title, text, level):
    assert find_org_level(title, text) == level


@pytest.mark.parametrize("title, kind", [
    ("公司工会年中工作总结", "half_year"),
    ("实验小学2023-2024学年第一学期工会工作总结", "half_year"),  # a school term is half a year
    ("区总工会第一季度工作总结", "other"),
    ("县总工会五年工作总结", "other"),
    ("县总工会换届工作报告", "other"),
    ("县总工会2023年工作总结", "annual"),
])
def test_report_type_of_mid_year_quarter_and_term_reports(title, kind):
    assert find_report_type(title, "今年，工会认真履职。") == kind


@pytest.mark.parametrize("text, counts", [
    ("12月份开展送温暖活动", True), ("十一月，工会组织职工", True), ("11月", True), ("截至12月底", False), ("到年底12月末", True),
    ("1—12月累计", False), ("1-11月", False), ("至12月", False), ("2012月", False), ("12月3日", False),
    ("12月3", False), ("十二月", True), ("12个月", False), ("112月", False), ("一十一月", True),
])
def test_year_end_month_cue(text, counts):
    """The 11月/12月 body cue (its look-behind after the number, for speed) counts a month near the
    year's end, not one closing a range (1—12月) nor a longer number."""
    from reportmine.metadata import _scores

    assert (_scores("body", text).get("annual", 0) >= 1) is counts


# ------------------------------------------------- year of a speech dated early in the year, titles of new page kinds

@pytest.mark.parametrize(
    "block, text, year",
    [
        ("\n（2025年1月15日）\n", "同志们：\n一、过去一年工作回顾\n过去一年，我们紧扣主线开展工作。", 2024),
        ("\n（2024年2月28日）\n", "各位委员：\n一年来，县总工会经审会认真履职。", 2023),
        ("\n（2024年3月6日）\n", "各位代表：\n去年，全区工会组织新建工会48家。", 2023),
        ("\n（2024年7月9日）\n", "各位代表：\n过去一年，我们做了大量工作。", 2024),  # not early in the year: its own year
        ("\n（2025年1月15日）\n", "各位代表：\n现在，我代表委员会报告工作。", 2025),  # no review of the past year
    ],
)
def test_year_of_a_speech_dated_early_in_the_year(block, text, year):
    assert extract_metadata("在区总工会全委（扩大）会议上的工作报告", text, title_block=block).year == year


def test_year_in_the_title_outranks_the_date_line():
    md = extract_metadata("区总工会2024年工作报告", "过去一年，我们…", title_block="\n（2025年1月15日）\n")
    assert md.year == 2024


@pytest.mark.parametrize(
    "page, title",
    [
        # a 公众号 year review (综述)
        ("柳溪区总工会2024年工作综述\n柳溪工会 2025-01-06 20:15浙江\n全年新建基层工会41个。", "柳溪区总工会2024年工作综述"),
        # a forwarded e-mail: the covering note above the report's title
        ("周主任：\n总结按您的意见改好了，正文贴在下面，请审阅。\n柳溪镇总工会2024年工作总结\n全年新建基层工会41个。",
         "柳溪镇总工会2024年工作总结"),
        # a blog post header under the title is no title
        ("柳溪社区工会2024年工作总结\n張貼者：晨曦小站 於 2024-12-28 下午 03:20 分類：範文參考\n全年新建基层工会41个。",
         "柳溪社区工会2024年工作总结"),
        # an e-paper's navigation bar above the title is no title
        ("临川工人报 电子版\n上一版 下一版 | 版面导航 | 往期回顾\n[标题]\n在柳溪区工会会员代表大会上的工作报告\n同志们：\n全年新建基层工会41个。",
         "在柳溪区工会会员代表大会上的工作报告"),
        # a scrolling banner above the title does not open the body
        ("热烈祝贺柳溪镇荣获“省级文明乡镇”称号！\n柳溪镇总工会2024年工作总结\n全年新建基层工会41个。", "柳溪镇总工会2024年工作总结"),
        # a snapshot banner above the title does not open the body
        ("这是 http://www.example.gov.cn/88.html 的快照。\n您查询的关键词是：工会。\n柳溪镇总工会2024年工作总结\n全年新建基层工会41个。",
         "柳溪镇总工会2024年工作总结"),
    ],
)
def test_title_of_new_page_kinds(page, title):
    import reportmine

    assert reportmine.parse_text(page).articles[0].title == title


def test_a_note_with_a_figure_opens_the_body():
    import reportmine

    page = "全年新建基层工会41个，请各单位审阅。\n柳溪镇总工会2024年工作总结\n新发展会员2380人。"
    assert reportmine.parse_text(page).articles[0].title == ""


def test_speaker_line_under_a_title_is_title_block():
    import reportmine

    page = ("柳溪县总工会经费审查委员会2024年度工作报告\n（2025年1月16日）\n县总工会经费审查委员会主任　王明远\n"
            "2024年，县总工会经审会认真履职，审计基层工会58个。")
    art = reportmine.parse_text(page).articles[0]
    assert "王明远" not in art.text and art.text.startswith("2024年")


@pytest.mark.parametrize("title, kind", [
    # answers to a check or a rule, whatever year they name: other
    ("柳溪镇总工会关于2024年度基层工会规范化建设考核的自查报告", "other"),
    ("柳溪县总工会2025年度基层工会工作考核细则", "other"),
    ("柳溪县总工会职工之家建设评分标准", "other"),
    ("柳溪供电公司工会2024年度帮扶资金和工会经费使用情况报告", "other"),
    ("柳溪县总工会2024年度经费收支情况的报告", "other"),
    # a programme of action looks ahead: plan
    ("柳溪区总工会关于开展2025年“职工技能提升”专项行动的实施方案", "plan"),
    # negatives: a year's work summary that mentions checks and money stays annual
    ("柳溪县总工会2024年工作总结", "annual"),
    ("柳溪县总工会2024年度考核工作总结", "annual"),
    ("柳溪镇总工会2024年实施方案落实情况的总结", "annual"),
])
def test_report_type_of_checks_rules_accounts_and_programmes(title, kind):
    assert find_report_type(title, "今年，工会认真履职，完成了各项任务。") == kind


@pytest.mark.parametrize(
    "page, title",
    [
        # a template site's name heading the page (its cue word 范文 is in the name) is no title
        ("公文范文网 - 工作总结 述职报告 心得体会\n柳溪机械厂工会主席2024年度述职报告\n各位代表：\n全年新建班组工会12个。",
         "柳溪机械厂工会主席2024年度述职报告"),
        ("范文大全网\n柳溪镇总工会2024年工作总结\n全年新建基层工会41个。", "柳溪镇总工会2024年工作总结"),
        # a briefing issue's masthead name and a rule document's name are titles
        ("柳溪县总工会\n工会工作简报\n2024年第3期\n1.县总工会开展送清凉活动\n慰问一线职工860人次。", "工会工作简报"),
        ("柳溪县总工会2025年度基层工会工作考核细则\n为推动基层工会工作提质增效，制定本细则。", "柳溪县总工会2025年度基层工会工作考核细则"),
        # negative: a report's own title naming a site's kind of work stays (…信息网 建设工作总结 is a title)
        ("柳溪县总工会职工服务网建设工作总结\n全年注册职工用户1.2万人。", "柳溪县总工会职工服务网建设工作总结"),
    ],
)
def test_title_past_site_headers_and_of_briefings_and_rules(page, title):
    import reportmine

    assert reportmine.parse_text(page).articles[0].title == title


@pytest.mark.parametrize(
    "page, title, opening",
    [
        # a post's bracketed title glued before its first sentence is the title; the body starts after 】
        ("【柳溪街道总工会2024年工作盘点】2024年，街道总工会新建基层工会9个。\n①暖心服务：建成驿站4家。",
         "柳溪街道总工会2024年工作盘点", "2024年，街道总工会"),
        # negative: a bracketed label without a title word (【概况】, 【工会动态】) is no title
        ("【工会动态】2024年，街道总工会新建基层工会9个。\n①暖心服务：建成驿站4家。", "", "【工会动态】"),
    ],
)
def test_bracketed_title_glued_before_the_first_sentence(page, title, opening):
    import reportmine

    art = reportmine.parse_text(page).articles[0]
    assert art.title == title and art.text.startswith(opening)


@pytest.mark.parametrize(
    "page, title",
    [
        # an encyclopedia entry's name above its lead (X是…, X（简称…）是…) is its title
        ("柳溪县总工会\n柳溪县总工会是全县职工自愿结合的群众组织，内设部室6个。\n截至2024年底，全县有基层工会960个。", "柳溪县总工会"),
        ("柳溪县总工会\n柳溪县总工会（简称县总工会）是全县各级工会的领导机关。", "柳溪县总工会"),
        # negative: a union's name above a sentence telling its work is no title
        ("柳溪县总工会\n柳溪县总工会全年新建基层工会41个。", ""),
    ],
)
def test_title_of_an_encyclopedia_entry(page, title):
    import reportmine

    assert reportmine.parse_text(page).articles[0].title == title


@pytest.mark.parametrize("title, kind", [
    # genres that review the year but are no report of it: other
    ("柳溪市总工会2024年工作大事记", "other"),
    ("柳溪镇总工会第二届委员会第五次会议纪要", "other"),
    ("【履职访谈】当好娘家人——访柳溪县总工会主席王芳", "other"),
    ("柳溪市总工会2024年工会会员发展统计公报", "other"),
    ("关于柳溪区总工会2024年度工会经费收支决算情况的报告", "other"),
    ("关于四届二次职代会职工代表提案落实情况的报告", "other"),
    # a year's results card: annual
    ("一图读懂｜柳溪区总工会2024年工作成绩单", "annual"),
    # negatives: a year's summary naming proposals or a budget stays annual
    ("柳溪公司工会2024年工作总结", "annual"),
])
def test_report_type_of_new_genres(title, kind):
    assert find_report_type(title, "今年，工会认真履职，完成了各项任务。") == kind


@pytest.mark.parametrize("title, text, level", [
    ("石溪村联合工会2024年工作总结", "2024年，石溪村联合工会在镇总工会的指导下，新吸纳会员86人。", "村"),
    ("柳溪镇联合工会2024年工作总结", "2024年，镇联合工会新建工会小组9个。", "乡镇"),
    ("青峰山国有林场工会2024年工作总结", "2024年，林场工会在县总工会的领导下履职尽责。", "企业"),
    # negative: a village's union named as the one led, in a town union's report
    ("柳溪镇总工会2024年工作总结", "2024年，镇总工会指导石溪村联合工会新吸纳会员86人。", "乡镇"),
])
def test_org_level_of_villages_and_forest_farms(title, text, level):
    assert find_org_level(title, text) == level


def test_a_report_of_a_collection_takes_the_collections_year_and_kind_where_it_names_none():
    coll = "2024年度基层工会工作总结汇编"
    md = extract_metadata("柳溪县实验小学工会", "今年，校工会召开教代会2次。", collection=coll)
    assert (md.year, md.report_type) == (2024, "annual")
    # its own year and its body's kind outrank the collection's
    md = extract_metadata("柳溪县实验小学工会", "2023年，校工会召开教代会2次。一年来，…", collection="2024年上半年工作总结汇编")
    assert (md.year, md.report_type) == (2023, "annual")
    # no collection: nothing to take
    assert extract_metadata("柳溪县实验小学工会", "今年，校工会召开教代会2次。").year is None


@pytest.mark.parametrize("title", [
    "石门县总工会关于表彰2025年度先进职工之家的决定",
    "石门县总工会关于2025年上半年各乡镇工会工作进展情况的通报",
    "石门县总工会关于2025年“职工服务实事”项目推进情况的报告",
    "石门县总工会2025年度工会统计分析报告",
    "石门县总工会职工医疗互助政策问答",
])
def test_decisions_notices_progress_analyses_and_policy_qa_are_other(title):
    from reportmine.metadata import find_report_type
    assert find_report_type(title, "2025年，全县新建工会30家，全年慰问职工600人。") == "other"


@pytest.mark.parametrize("title, kind", [
    # negative: a year's and a half-year's work summaries stay what they are
    ("石门县总工会2025年工作总结", "annual"),
    ("石门县总工会2025年上半年工作总结", "half_year"),
])
def test_work_summaries_are_no_other(title, kind):
    from reportmine.metadata import find_report_type
    body = "上半年，全县新建工会30家。" if kind == "half_year" else "2025年，全县新建工会30家，全年慰问职工600人。"
    assert find_report_type(title, body) == kind


@pytest.mark.parametrize("title, text, level", [
    # a second name in brackets between the level word and the ending: the first names the level
    ("双河村（社区）联合工会2024年工作总结", "2024年，双河村（社区）联合工会在镇总工会的指导下，团结带领辖区职工群众。", "村"),
    ("石桥村（居）联合工会工作总结", "今年以来，石桥村（居）联合工会紧紧围绕中心工作。", "村"),
    ("东湖社区（村）工会2024年工作总结", "2024年，社区（村）工会在街道总工会的指导下开展工作。", "社区"),
    ("青山县（区）总工会工作报告", "一年来，县（区）总工会在县委领导下开展工作。", "县"),
    ("恒达（集团）有限公司工会工作总结", "一年来，公司（集团）工会团结带领职工。", "企业"),
    ("柳林村联合工会（筹）工作总结", "今年，柳林村联合工会（筹）发展会员80人。", "村"),
    # negative: a superior named with a bracket (镇总工会（筹）的指导下) does not speak
    ("2024年工作总结", "一年来，在镇总工会（筹）的指导下，村联合工会新建工会小组5个。", "村"),
    # negative: a class of unions with a second level in brackets (各街道（乡镇）工会, 现有乡镇（街道）总工会14个) names no union
    ("临岚县总工会2025年度基层工会工作考核细则", "为推动全县基层工会工作提质增效，结合我县实际，制定本细则。全县现有乡镇（街道）总工会14个。", "县"),
    ("工会工作总结", "2022年，区困难职工帮扶中心在区委的关心支持下开展工作。年初，中心组织各街道（乡镇）工会开展核查。", "区"),
    # public institutions (hospital, university) stay other: the field gold's convention (f002, f003, f007)
    ("云州市第二人民医院工会2023年工作总结", "2023年，院工会在医院党委的领导下开展工作。", "other"),
    ("云州理工学院工会2024年工作总结", "2024年，学院工会团结带领教职工。", "other"),
])
def test_org_level_with_a_second_name_in_brackets(title, text, level):
    assert find_org_level(title, text) == level


@pytest.mark.parametrize("title, text, year", [
    # a profile's years of the person's life (出生, 参加工作, 入党, 毕业 …) do not date the report; a later year does
    ("李秀芬同志先进事迹材料", "李秀芬，女，1978年出生，中共党员，2016年起任清河街道总工会副主席，2024年被推荐为候选人。", 2024),
    ("王建国同志事迹材料", "王建国，男，1969年11月生，1988年参加工作，1995年入党，2023年获评省劳动模范。", 2023),
    ("张敏同志先进事迹", "张敏，1985年生，2007年毕业于师范学院，2024年被评为优秀工会工作者。", 2024),
    ("刘强同志事迹材料", "刘强，1972年生人，1990年入伍，2025年获全国五一劳动奖章。", 2025),
    # negative: a year of work done stays the year
    ("县总工会工作总结", "2024年，县总工会为1978年以前参加工作的老职工送去慰问金。", 2024),
])
def test_a_profiles_life_years_do_not_date_the_report(title, text, year):
    assert find_year(title, text) == year


@pytest.mark.parametrize("title, text, level", [
    # a spun page's 工人联合会 for 工会 names the union as 工会 does
    ("华峰化工有限公司工人联合会2024年度任务报告", "2024年，在公司党委和上级工人联合会的指导下，公司工人联合会环绕生产经营中心任务展开任务。", "企业"),
    ("镇总工人联合会2024年任务总结", "2024年，镇总工人联合会在镇党委的引导下展开各项任务。", "乡镇"),
    ("街道工人联合会上半年任务总结", "上半年，街道工人联合会环绕中心任务，踊跃施展桥梁纽带作用。", "街道"),
    # negative: a superior 工人联合会 does not speak
    ("工作总结", "2024年，在区工人联合会的指导下，社区工会新建工会小组3个。", "社区"),
])
def test_a_spun_unions_name_gives_its_level(title, text, level):
    assert find_org_level(title, text) == level


@pytest.mark.parametrize("title, kind", [
    # an experience-exchange or model material is other, whatever year its body names
    ("聚力服务职工 赋能县域发展——云岭县总工会深化职工服务工作经验交流材料", "other"),
    ("恒达公司工会经验材料", "other"),
    ("柳溪镇总工会建会入会典型材料", "other"),
    ("在全市工会工作会议上的交流材料", "other"),
    ("县总工会职工服务阵地建设典型经验", "other"),
    # negative: a year's summary handed in as 材料 stays annual
    ("石门县总工会2024年工作总结材料", "annual"),
])
def test_experience_materials_are_other(title, kind):
    body = "2024年以来，县总工会新建驿站23个，全年服务职工3万人次。一年来，各项工作取得新成效。"
    assert find_report_type(title, body) == kind


@pytest.mark.parametrize("title", [
    # a news report of a congress or plenary opening or closing is other, as the congress report it reports on
    "青山区第五次工会代表大会开幕",
    "县总工会第十四届委员会第三次全委会议召开",
    "公司第三届职代会第二次会议隆重召开",
    "市总工会十五届三次全委（扩大）会议举行",
    "柳溪镇第四次工会代表大会胜利闭幕",
])
def test_news_of_a_congress_is_other(title):
    body = "2024年11月20日，大会开幕。报告指出，五年来，全区新建基层工会326家。会议强调，今后五年，全区各级工会要聚焦主责主业。一年来工作成效明显。"
    assert find_report_type(title, body) == "other"
