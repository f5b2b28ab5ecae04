"""Splitting a normalised page into articles."""

import pytest

from reportmine.articles import ArticleSpan, is_piece_line, is_title_line, split_articles, split_page

P1 = "今年以来，在区委区政府的正确领导下，街道总工会努力创新服务模式。\n一、着力开展工会组建工作。\n走访企业1758家。"
P2 = "20xx年，街道工会工作在街道工委的正确领导下，进一步突出工会的维护职能。\n一、创新思路\n梅园地区共有非公企业780多家。"
P3 = "在过去的一年时间里，旺清门镇总工会在镇党委的领导下开展工作。"


def bodies(text):
    return [(a.title, text[a.start : a.end]) for a in split_articles(text)]


def test_multi_article_page_one_article_per_piece_line():
    page = f"街道总工会工作总结 篇1\n{P1}\n街道总工会工作总结 篇2\n{P2}\n街道总工会工作总结 篇3\n{P3}"
    assert bodies(page) == [
        ("街道总工会工作总结 篇1", P1),
        ("街道总工会工作总结 篇2", P2),
        ("街道总工会工作总结 篇3", P3),
    ]


def test_title_spans_and_body_exclude_title():
    page = f"乡镇工会上半年工作总结 篇1\n\n{P1}\n\n乡镇工会上半年工作总结 篇2\n{P2}\n"
    arts = split_articles(page)
    for a in arts:
        assert isinstance(a, ArticleSpan)
        assert page[a.title_start : a.title_end] == a.title
        assert a.title_end <= a.start
        body = page[a.start : a.end]
        assert body == body.strip() and a.title not in body
    assert arts[0].end < arts[1].title_start


def test_truncated_article_runs_to_next_piece_line():
    cut = "三是在9月成立街道总工会后，对劳动争议协调委员"
    page = f"街道总工会工作总结 篇2\n{cut}\n街道总工会工作总结 篇3\n{P3}"
    assert bodies(page)[0] == ("街道总工会工作总结 篇2", cut)


@pytest.mark.parametrize(
    "lines",
    [
        ["社区工会工作总结 篇一", "社区工会工作总结 篇二"],
        ["【篇一】社区工会工作总结", "【篇二】企业工会工作计划"],
        ["篇1：社区工会工作总结", "篇2：企业工会工作计划"],
        ["第1篇：社区工会工作总结", "第2篇：企业工会工作计划"],
        ["篇1", "篇2"],
        # collection pages that number without 篇
        ["职工之家建设总结（一）", "职工之家建设总结（二）"],
        ["范文一：社区工会工作总结", "范文二：企业工会工作计划"],
        ["例文1：社区工会工作总结", "例文2：企业工会工作计划"],
    ],
)
def test_piece_line_forms(lines):
    page = f"{lines[0]}\n{P1}\n{lines[1]}\n{P2}"
    own = {"【篇一】": "", "【篇二】": "", "篇1：": "", "篇2：": "", "第1篇：": "", "第2篇：": ""}  # a leading 篇 marker is no part of the title
    titles = [next((line[len(m):] for m in own if line.startswith(m)), line) for line in lines]
    assert bodies(page) == [(titles[0], P1), (titles[1], P2)]


def test_piece_lines_are_not_body_lines():
    assert not is_piece_line("谱写工会工作新篇章。")
    assert not is_piece_line("第二篇章")
    assert not is_piece_line("全年在各级报刊发表稿件共12篇，其中省级3篇。")


def test_text_before_first_piece_is_leftover_not_lost():
    page = f"某某单位内部资料\n街道总工会工作总结 篇1\n{P1}"
    r = split_page(page)
    assert [page[s:e] for s, e in r.leftover] == ["某某单位内部资料"]
    assert [a.title for a in r.articles] == ["街道总工会工作总结 篇1"]


def test_single_article_own_line_title():
    page = f"关于区总工会的上半年工作总结及下一步打算范文\n{P1}"
    assert bodies(page) == [("关于区总工会的上半年工作总结及下一步打算范文", P1)]
    page = f"县总工会精神文明工作总结\n{P1}"
    assert bodies(page) == [("县总工会精神文明工作总结", P1)]


def test_single_article_one_line_title():
    body = "2023年镇总工会在镇党委的领导下，圆满完成了任务。 一、积极争取党政重视，效劳地方经济 工会工作是党的工作的一局部。"
    page = "镇总工会工作报告 " + body
    (a,) = split_articles(page)
    assert a.title == "镇总工会工作报告"
    assert (a.title_start, a.title_end) == (0, 8)
    assert page[a.start : a.end] == body


def test_no_title_whole_page_is_body():
    page = f"{P1}\n{P3}\n"
    (a,) = split_articles(page)
    assert a.title == "" and a.title_start == a.title_end == 0
    assert page[a.start : a.end] == f"{P1}\n{P3}"


def test_heading_is_not_a_title():
    page = "六、下一步打算\n继续抓好工会干部教育培训工作。"
    (a,) = split_articles(page)
    assert a.title == ""
    assert not is_title_line("六、下一步打算")
    assert not is_title_line("今年以来工作总结如下：")


def test_title_with_a_space_on_its_own_line():
    page = f"XX镇总工会 2023年工作总结\n{P3}"
    assert bodies(page) == [("XX镇总工会 2023年工作总结", P3)]


def test_empty_page():
    assert split_articles("") == []
    assert split_articles("\n\n") == []


def test_gold_pages_rebuilt_from_gold_articles(gold_articles):
    """A page assembled from the gold titles and texts splits back into the gold articles."""
    by_stem = {}
    for stem, art in gold_articles:
        by_stem.setdefault(stem, []).append(art)
    for stem, arts in by_stem.items():
        page = "\n".join(f"{a['title']}\n{a['text']}" for a in arts)
        got = split_articles(page)
        assert [a.title for a in got] == [a["title"] for a in arts], stem
        assert [page[a.start : a.end] for a in got] == [a["text"] for a in arts], stem


def test_title_repeated_as_heading_is_skipped_and_kept_as_leftover():
    page = f"县总工会精神文明工作总结\n县总工会精神文明工作总结\n{P1}"
    r = split_page(page)
    (a,) = r.articles
    assert a.title == "县总工会精神文明工作总结"
    assert page[a.start : a.end] == P1
    assert [page[s:e] for s, e in r.leftover] == ["县总工会精神文明工作总结"]


def test_lead_in_line_ending_in_colon_is_not_a_title():
    page = "现将上半年工作情况汇报如下：\n一、加强学习。"
    assert split_articles(page)[0].title == ""


# --- the seeds, through furniture removal, paragraph repair and splitting -------------------------
# Seeds 001, 002 and 004 are simplified UTF-8 already; only the punctuation step is missing, which
# NFKC folding (as in the scorer) and the 〞→” replacement stand in for.


def _fold(s):
    import re
    import unicodedata

    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


@pytest.mark.parametrize("stem", ["001_96e591ef6d8e9382", "002_761bea36540b2b33", "004_e50c7d9a74c650fc"])
def test_simplified_seeds_split_into_gold_articles(stem):
    import json
    import pathlib

    from rapidfuzz.distance import Levenshtein

    from reportmine.normalize.furniture import remove_furniture
    from reportmine.normalize.paragraphs import collapse_blank_lines, join_broken_paragraphs
    from reportmine.textedit import TrackedText

    root = pathlib.Path(__file__).resolve().parents[1] / "corpora"
    raw = (root / "samples" / f"{stem}.txt").read_text(encoding="utf-8").replace("〞", "”")
    gold = json.loads((root / "gold" / f"{stem}.json").read_text(encoding="utf-8"))["articles"]
    page = TrackedText(raw).run([remove_furniture, join_broken_paragraphs, collapse_blank_lines]).text
    arts = split_articles(page)
    assert [a.title for a in arts] == [g["title"] for g in gold]
    for a, g in zip(arts, gold):
        got, want = _fold(page[a.start : a.end]), _fold(g["text"])
        # what is left is the work of other steps (a stray "." watermark in 004 篇2)
        assert Levenshtein.distance(got, want) <= 1, a.title


# --- title choice: navigation category names, page-title suffixes, link lists before the title --------
def test_bare_category_name_is_never_the_title():
    page = "工作计划\n心得体会 | 范文大全\n开发区工会2022年度工作汇报\n今年，开发区工会新建工会组织15家。"
    (art,) = split_articles(page)
    assert art.title == "开发区工会2022年度工作汇报"
    assert page[art.start : art.end] == "今年，开发区工会新建工会组织15家。"


def test_category_word_inside_a_real_title_is_kept():
    assert is_title_line("机关工会工作计划")
    assert not is_title_line("工作总结范文")


def test_site_suffix_is_cut_from_a_page_title_line():
    page = "市卫健委工会2020年工作总结 - 工作总结 - 某某文库\n2020年，委机关工会共组织活动8次。"
    split = split_page(page)
    (art,) = split.articles
    assert art.title == "市卫健委工会2020年工作总结"
    assert [page[s:e] for s, e in split.leftover] == ["- 工作总结 - 某某文库"]
    assert page[art.start : art.end].startswith("2020年，委机关工会")


def test_title_with_an_underscore_and_a_real_second_half_is_whole():
    page = "区总工会2021年工作总结_附2022年工作计划\n2021年，区总工会全年新建工会23家。"
    assert split_articles(page)[0].title == "区总工会2021年工作总结_附2022年工作计划"


def test_link_titles_before_the_report_title_are_leftover():
    page = (
        "企业工会安全生产工作计划\n学校工会年终总结范文\n医院工会工作汇报\n"
        "县交通局工会2023年工作总结\n一、加强组织建设\n全年发展会员120名。"
    )
    split = split_page(page)
    (art,) = split.articles
    assert art.title == "县交通局工会2023年工作总结"
    assert page[art.start : art.end].startswith("一、加强组织建设")
    assert "医院工会工作汇报" in page[split.leftover[0][0] : split.leftover[0][1]]


def test_title_and_dash_subtitle_keep_the_first_as_title():
    page = "市总工会2023年工作报告\n——在市总工会十五届三次全委会议上的报告\n2023年，全市工会组织深入开展各项工作。"
    assert split_articles(page)[0].title == "市总工会2023年工作报告"


def test_site_heading_above_the_reports_own_title_is_leftover():
    # a template site's short heading, then the report's own headline and the date it was given
    page = "镇工会代表大会工作报告\n在青石镇工会第八次代表大会上的工作报告\n（2022年5月10日）\n各位代表：\n现在，我代表镇工会委员会报告工作。"
    split = split_page(page)
    (art,) = split.articles
    assert art.title == "在青石镇工会第八次代表大会上的工作报告"
    assert page[art.start : art.end].startswith("各位代表：")
    assert [page[s:e] for s, e in split.leftover] == ["镇工会代表大会工作报告", "（2022年5月10日）"]


@pytest.mark.parametrize(
    "nav",
    ["首页 | 工作报告 | 工会工作 | 范文大全", "当前位置：首页 › 总结报告 › 工会工作总结", "网站首页 丨 工作计划 丨 工会计划"],
)
def test_navigation_bar_holding_a_title_word_is_not_the_title(nav):
    # the bar holds 报告 / 总结 / 计划 but is furniture: the report's own title below it is taken
    assert not is_title_line(nav)
    page = f"{nav}\nXX建材集团工会2022年工作报告\n2022年，集团工会新建职工书屋6个。"
    split = split_page(page)
    (art,) = split.articles
    assert art.title == "XX建材集团工会2022年工作报告"
    assert page[art.start : art.end] == "2022年，集团工会新建职工书屋6个。"
    assert [page[s:e] for s, e in split.leftover] == [nav]


def test_title_with_bracketed_piece_number_opens_an_article():
    page = f"机关工会年度工作总结【第一篇】\n{P1}\n园区工会年度工作总结【第二篇】\n{P2}"
    assert bodies(page) == [("机关工会年度工作总结【第一篇】", P1), ("园区工会年度工作总结【第二篇】", P2)]


def test_titles_numbered_one_two_split_a_collection_page():
    page = f"职工书屋建设总结1\n{P1}\n职工书屋建设总结2\n{P2}"
    assert bodies(page) == [("职工书屋建设总结1", P1), ("职工书屋建设总结2", P2)]


def test_a_single_numbered_title_is_a_title_not_a_collection():
    page = f"职工书屋建设总结1\n{P1}"
    assert [a.title for a in split_articles(page)] == ["职工书屋建设总结1"]


@pytest.mark.parametrize(
    "title, body",
    [
        ("乡镇总工会2021年工作总结", "2021年，乡镇总工会新建工会8家，发展会员560名。 一、组织建设 全年新建工会8家。"),
        ("区总工会女职工工作总结", "今年以来，区总工会女职工委员会开展“两癌”筛查2000人。"),
    ],
)
def test_title_glued_onto_the_first_sentence_of_a_flattened_page(title, body):
    page = title + body
    (art,) = split_articles(page)
    assert art.title == title and page[art.start : art.end] == body


def test_a_sentence_that_mentions_a_summary_has_no_glued_title():
    page = "县总工会认真总结2020年的工作，新建工会12家。"
    (art,) = split_articles(page)
    assert art.title == "" and page[art.start : art.end] == page


def test_twenty_thousand_piece_lines_split_at_once():
    # issue 9: a page of 20,000 篇1 lines must not hang the splitter (one pass over the lines)
    page = "篇1\n" * 20000
    arts = split_articles(page)
    assert len(arts) == 20000 and all(a.title == "篇1" and a.start == a.end for a in arts)


def test_numbered_headings_of_one_report_are_not_a_collection():
    page = f"社区工会工作总结\n{P1}\n加强组织建设（二）\n{P2}"
    assert [a.title for a in split_articles(page)] == ["社区工会工作总结"]


# -- the title block and the sign-off of a report, a second printing of it ------------------------
P1 = "今年新建基层工会12家，发展会员1300名，建会率达到92.5%，比上年提高3个百分点。"
P2 = "全年走访慰问困难职工126户，发放慰问金18.6万元，帮助36名职工子女圆了大学梦。"
P3 = "举办职工技能竞赛8场，参赛职工1200人次，评出技术能手20名，推荐省级能手3名。"


def _body(page: str) -> tuple[str, str, list[str]]:
    split = split_page(page)
    a = split.articles[0]
    return a.title, page[a.start : a.end], [page[s:e] for s, e in split.leftover]


@pytest.mark.parametrize("page", [f"2023年度\n镇工会主席述职报告\n{P1}", f"2023年度\n\n镇工会主席述职报告\n{P1}",
                                  f"  2023年度上半年\n  镇工会主席述职报告\n{P1}"])
def test_title_split_after_its_year_by_a_soft_break_is_one_title(page):
    # the normaliser re-joins the title's two lines, so the title is one span of the text
    from reportmine.normalize import normalize

    text = normalize(page)
    a = split_page(text).articles[0]
    assert a.title == text[a.title_start : a.title_end] and a.title.endswith("镇工会主席述职报告") and "\n" not in a.title
    assert _body(text) == (a.title, P1, [])


def test_a_title_span_crossing_a_line_break_is_the_text_it_covers():
    # split_page on text the normaliser did not see: the title is still the slice it points to
    title, body, left = _body(f"2023年度\n镇工会主席述职报告\n{P1}")
    assert (title, body, left) == ("2023年度\n镇工会主席述职报告", P1, [])


def _corpus_pages():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "corpora"
    return sorted(p for p in [*(root / "samples").glob("*"), *root.glob("*/raw/*")] if p.is_file())


@pytest.mark.parametrize("path", _corpus_pages(), ids=lambda p: p.name)
def test_every_span_of_a_bundled_page_points_back_into_its_text(path):
    from reportmine.decode import read
    from reportmine.normalize import normalize

    text = normalize(read(path).text)
    split = split_page(text)
    for a in split.articles:
        assert 0 <= a.title_start <= a.title_end <= len(text) and 0 <= a.start <= a.end <= len(text)
        assert a.title == text[a.title_start : a.title_end]
        assert text[a.start : a.end] == text[a.start : a.end].strip()
    assert all(0 <= s < e <= len(text) for s, e in split.leftover)


def test_a_year_line_after_a_blank_line_is_not_joined():
    title, _, left = _body(f"2023年度\n\n镇工会主席述职报告\n{P1}")
    assert title == "镇工会主席述职报告" and left == ["2023年度"]


def test_author_line_under_the_title_is_title_block():
    title, body, left = _body(f"镇工会主席述职报告\n汇报人：镇工会主席 李红\n{P1}\n{P2}")
    assert body == f"{P1}\n{P2}" and left == ["汇报人：镇工会主席 李红"]


def test_lone_closing_date_is_no_body():
    _, body, left = _body(f"镇工会主席述职报告\n{P1}\n{P2}\n2024年12月30日")
    assert body == f"{P1}\n{P2}" and left == ["2024年12月30日"]


def test_signature_block_with_the_union_name_is_kept():
    page = f"镇工会工作总结\n{P1}\n某某镇总工会\n2024年12月30日"
    assert _body(page)[1] == f"{P1}\n某某镇总工会\n2024年12月30日"


def test_second_printing_of_the_report_is_leftover():
    first = f"一、组织建设\n{P1}\n二、帮扶\n{P2}\n三、竞赛\n{P3}"
    page = f"街道工会2023年工作总结\n{first}\n街道工会2023年工作总结（全文）\n{first}"
    title, body, left = _body(page)
    assert body == first and left == [f"街道工会2023年工作总结（全文）\n{first}"]


def test_two_repeated_paragraphs_are_no_second_printing():
    page = f"街道工会2023年工作总结\n{P1}\n{P2}\n{P3}\n{P1}\n{P2}"
    assert _body(page)[1] == f"{P1}\n{P2}\n{P3}\n{P1}\n{P2}"


def test_dash_list_lines_under_the_title_are_body_not_a_subtitle():
    # a subtitle is a speech's "——在…会议上"; a list of dashed items right under the title is the report
    import reportmine

    doc = reportmine.parse_text("区总工会2024年工作总结\n- 全年新建基层工会12家，发展会员1300名\n"
                                "——走访慰问困难职工126户，发放慰问金18.6万元\n工作仍有差距。")
    assert [r.mention for r in doc.records] == ["12家", "1300名", "126户", "18.6万元"]


def test_a_speech_title_block_holds_its_speaker_and_date():
    import reportmine

    doc = reportmine.parse_text("在市总工会全委会议上的工作报告\n——市总工会主席  周明远\n（2025年1月16日）\n\f\n"
                                "各位委员：全年新建基层工会214个。")
    assert doc.articles[0].text == "各位委员：全年新建基层工会214个。"


def test_two_reports_separated_by_a_line_of_stars_are_two_articles():
    import reportmine

    doc = reportmine.parse_text("2023年工会专项工作总结范文汇编\n市总工会女职工委员会2023年工作总结\n全年新建女职工组织12个。\n"
                                "******\n镇总工会经费审查委员会2023年度工作总结\n全年召开经审会议4次。")
    assert [a.title for a in doc.articles] == ["市总工会女职工委员会2023年工作总结", "镇总工会经费审查委员会2023年度工作总结"]
    assert [[r.mention for r in a.records] for a in doc.articles] == [["12个"], ["4次"]]
    # a line of stars in a report's body, with no title after it, splits nothing
    one = reportmine.parse_text("县总工会工作总结\n全年新建工会12家。\n******\n全年发展会员300名。")
    assert len(one.articles) == 1 and len(one.records) == 2


# -- a collection of several unions' reports, each under its union's name line (no 篇) -----------
COLLECTION = ("2024年度基层工会工作总结汇编\n编者按：现将部分基层工会年度工作总结摘编如下。\n"
              "柳溪县人民医院工会\n全年新发展会员64名，举办技能比武3场。\n院工会慰问困难职工21人。\n"
              "青禾机械有限公司工会\n公司工会现有会员812人，全年办理互助保障300人。\n"
              "柳溪镇总工会\n今年新建基层工会9家。")


def test_a_collection_of_unit_reports_is_one_article_per_union():
    import reportmine

    doc = reportmine.parse_text(COLLECTION)
    assert [a.title for a in doc.articles] == ["柳溪县人民医院工会", "青禾机械有限公司工会", "柳溪镇总工会"]
    assert [[r.mention for r in a.records] for a in doc.articles] == [["64名", "3场", "21人"], ["812人", "300人"], ["9家"]]
    left = [COLLECTION[s:e] for s, e in split_page(COLLECTION).leftover]
    assert left == ["2024年度基层工会工作总结汇编", "编者按：现将部分基层工会年度工作总结摘编如下。"]


def test_a_collection_whose_first_report_stands_right_under_its_title_splits_too():
    # no editor's note (or one the furniture step removed): the first union's name line comes straight
    # after the collection's title, where find_title reads a subtitle
    page = COLLECTION.replace("编者按：现将部分基层工会年度工作总结摘编如下。\n", "")
    doc_titles = [a.title for a in split_articles(page)]
    assert doc_titles == ["柳溪县人民医院工会", "青禾机械有限公司工会", "柳溪镇总工会"]
    assert [page[s:e] for s, e in split_page(page).leftover] == ["2024年度基层工会工作总结汇编"]


@pytest.mark.parametrize("page", [
    # a report (no collection title) whose paragraphs stand under its sub-units' names: one article
    "柳溪县总工会2024年工作总结\n县直机关工会\n全年新发展会员64名。\n青禾机械有限公司工会\n全年办理互助保障300人。",
    # a collection title over one report only: nothing to split
    "2024年度基层工会工作总结汇编\n柳溪县人民医院工会\n全年新发展会员64名。\n院工会慰问困难职工21人。",
    # name lines without figures under them are a list of units, not reports
    "基层工会经验材料选编\n柳溪县人民医院工会\n院工会认真履职。\n青禾机械有限公司工会\n公司工会服务职工。",
])
def test_sub_unit_lines_of_one_report_do_not_split_it(page):
    assert len(split_articles(page)) == 1


@pytest.mark.parametrize("page, title", [
    # a new genre's title word: 大事记, 纪要, 访谈, 一图读懂/成绩单, 公报
    ("柳溪市总工会 | 柳溪工会网\n柳溪市总工会2024年工作大事记\n1月5日，市总工会召开全委会议。", "柳溪市总工会2024年工作大事记"),
    ("柳溪镇人民政府\n柳溪镇总工会第二届委员会第五次会议纪要\n时间：2024年12月20日\n会议听取了工作汇报。",
     "柳溪镇总工会第二届委员会第五次会议纪要"),
    ("一图读懂｜柳溪区总工会2024年工作成绩单\n新建基层工会 86家", "一图读懂｜柳溪区总工会2024年工作成绩单"),
    # an interview's headline and its ——访… subtitle are one title
    ("【履职访谈】当好娘家人\n——访柳溪县总工会主席王芳\n记者近日专访了王芳。", "【履职访谈】当好娘家人\n——访柳溪县总工会主席王芳"),
    # a site's navigation bar holding a category name (工作总结) is not the title
    ("柳溪工会信息网（镜像站）｜首页｜最新消息｜工作总结｜会员专区\n柳溪市人民医院工会2024年工作总结\n2024年，院工会认真履职。",
     "柳溪市人民医院工会2024年工作总结"),
    # negatives: a speech's ——在…上 subtitle stays out of the title; a union's name above a title naming its own union
    ("柳溪县总工会工作报告\n——在县总工会全委会议上\n各位委员：", "柳溪县总工会工作报告"),
    ("柳溪市总工会\n柳溪区总工会2024年工作总结\n今年，区总工会认真履职。", "柳溪区总工会2024年工作总结"),
])
def test_titles_of_new_genres_and_title_blocks(page, title):
    assert split_articles(page)[0].title == title


def test_a_bulletin_title_in_two_lines_under_its_union_is_one_title():
    import reportmine

    # the paragraph step re-joins the union's name and the 公报 title (公报 a title cue); the issuing line and the
    # date under it are the title block
    doc = reportmine.parse_text("柳溪市总工会\n2024年工会会员发展统计公报\n柳溪市总工会\n2025年3月10日\n2024年，全市新建工会120个。")
    assert doc.articles[0].title == "柳溪市总工会2024年工会会员发展统计公报"
    assert doc.articles[0].text == "2024年，全市新建工会120个。"


def test_the_reports_of_a_collection_carry_its_title():
    arts = split_articles(COLLECTION)
    assert {a.collection for a in arts} == {"2024年度基层工会工作总结汇编"}
    assert split_articles("县总工会工作总结\n全年新建工会12家。")[0].collection == ""


@pytest.mark.parametrize("page, title", [
    # an archive's banner line whose only ? is in a web address does not open the body: the title comes after
    ("TIMESTAMPS\nThe Wayback Machine - https://web.archive.org/web/2019/http://www.example.cn/show.asp?id=1187\n"
     "工会动态\n柳溪县总工会2013年工作总结\n2013年，县总工会团结带领全县职工建功立业。", "柳溪县总工会2013年工作总结"),
    # negative: a sentence with a question mark outside any address is body, and there is no title
    ("职工有什么诉求？工会都记在心上。\n柳溪县总工会2013年工作总结\n2013年，县总工会认真履职。", ""),
])
def test_a_web_address_line_above_the_title_is_no_body(page, title):
    assert split_articles(page)[0].title == title


@pytest.mark.parametrize("page, titles", [
    # one union's 上半年 summary and then its 全年 summary on one column page: two articles
    ("柳岸街道总工会2025年上半年工作总结\n一、建会\n上半年新建工会8家。\n柳岸街道总工会2025年工作总结\n一、建会\n全年新建工会19家。",
     ["柳岸街道总工会2025年上半年工作总结", "柳岸街道总工会2025年工作总结"]),
    ("石门镇总工会2023年工作总结\n全年发展会员600人。\n石门镇总工会2024年工作计划\n2024年将发展会员700人。",
     ["石门镇总工会2023年工作总结", "石门镇总工会2024年工作计划"]),
    # negative: a report repeating its own title (a page title, then the heading) is one report
    ("柳岸街道总工会2025年工作总结\n全年新建工会19家。\n柳岸街道总工会2025年工作总结\n会员总数达到9000人。",
     ["柳岸街道总工会2025年工作总结"]),
    # negative: the union's name opening a sentence of the body, and a line after an unfinished one
    ("柳岸街道总工会2025年工作总结\n全年新建工会19家。\n柳岸街道总工会2025年新建工会19家，发展会员800人。",
     ["柳岸街道总工会2025年工作总结"]),
    ("柳岸街道总工会2025年工作总结\n主要做法如下：\n柳岸街道总工会2024年工作总结\n全年新建工会19家。",
     ["柳岸街道总工会2025年工作总结"]),
])
def test_one_unions_reports_one_after_the_other_are_separate_articles(page, titles):
    assert [a.title for a in split_articles(page)] == titles


@pytest.mark.parametrize("page, title", [
    # a commendation decision (决定 a title cue) is the page's title
    ("石门县总工会\n石门县总工会关于表彰2025年度先进职工之家的决定\n各乡镇总工会：\n经研究，决定表彰先进职工之家12个。",
     "石门县总工会关于表彰2025年度先进职工之家的决定"),
    # a government site's record line of labelled fields (索引号：… 分类：工作总结) is no title; the title under it is
    ("索引号：11330xxx-2026-00021  分类：工作总结\n石门县总工会2025年工作总结\n2025年，全县新建工会30家。",
     "石门县总工会2025年工作总结"),
    # negative: one label before a title (范文：…) leaves it a title
    ("范文：石门县总工会2025年工作总结\n2025年，全县新建工会30家。", "范文：石门县总工会2025年工作总结"),
])
def test_decision_titles_and_field_record_lines(page, title):
    assert split_articles(page)[0].title == title


@pytest.mark.parametrize("page, titles", [
    # a collection whose bare 篇 markers (篇1, 篇二, 【篇3】, 第4篇, 篇5：) each stand above the report's own title line:
    # the title is that line, the marker is dropped
    ("2024年工会工作总结（精选3篇）\n篇1\n临溪县直机关工会工作委员会2024年工作总结\n一年来，工委慰问职工118名。\n"
     "篇2\n清泉街道总工会2024年上半年工作总结\n今年以来，新建工会2家。",
     ["临溪县直机关工会工作委员会2024年工作总结", "清泉街道总工会2024年上半年工作总结"]),
    ("工会总结范文\n篇一\n桃源镇总工会2024年工作总结\n全年新建工会9家。\n篇二\n翠湖社区工会上半年工作总结\n上半年慰问职工30人。",
     ["桃源镇总工会2024年工作总结", "翠湖社区工会上半年工作总结"]),
    ("【篇1】\n市直机关工会2024年度工作报告\n全年组织疗休养320人。\n【篇2】\n区直机关工会2024年工作总结\n全年走访职工58人。",
     ["市直机关工会2024年度工作报告", "区直机关工会2024年工作总结"]),
    ("第1篇\n恒达物流公司工会2024年工作总结\n全年培训员工600人次。\n第2篇\n云州水务局机关工会2024年工作总结\n全年慰问职工46人。",
     ["恒达物流公司工会2024年工作总结", "云州水务局机关工会2024年工作总结"]),
    ("篇1：\n县总工会2024年工作要点\n全年新建工会40个以上。\n篇2：\n县总工会2023年工作总结\n全年新建工会38个。",
     ["县总工会2024年工作要点", "县总工会2023年工作总结"]),
    # negative: a 篇 line that names its report keeps it as the title (the field gold's convention)
    ("社区工会工作总结 篇1\n翠湖社区工会2024年工作总结\n全年新建工会9家。\n社区工会工作总结 篇2\n上半年慰问职工30人。",
     ["社区工会工作总结 篇1", "社区工会工作总结 篇2"]),
    # negative: a bare marker with the body right under it is the title as written
    ("篇1\n一年来，工委慰问职工118名。\n篇2\n今年以来，新建工会2家。", ["篇1", "篇2"]),
])
def test_a_bare_piece_marker_above_the_reports_own_title(page, titles):
    check_piece_titles(page, titles)


def check_piece_titles(page, titles):
    """The articles of ``page`` carry ``titles``; each title span points into the page, outside the body, and
    a 篇 marker cut from the title's own line is kept as leftover, not dropped silently."""
    split = split_page(page)
    assert [a.title for a in split.articles] == titles
    for a in split.articles:
        assert page[a.title_start:a.title_end] == a.title and a.title not in page[a.start:a.end]
        line_start = page.rfind("\n", 0, a.title_start) + 1
        if line_start < a.title_start:
            assert (line_start, a.title_start) in split.leftover and "篇" in page[line_start:a.title_start]


@pytest.mark.parametrize("page, title", [
    # the label of a government page's title field is not the title (标    题：…, 题目：…, 文章标题：…, 名称：…)
    ("金川市人民政府 信息公开\n标 题：金川市总工会2024年职工劳动和技能竞赛工作总结\n2024年是关键一年。",
     "金川市总工会2024年职工劳动和技能竞赛工作总结"),
    ("题目：柳溪县总工会2024年工作总结\n2024年，全县新建工会30家。", "柳溪县总工会2024年工作总结"),
    ("标    题：青溪区直机关工会2023年度工作总结\n2023年，区直机关工会新建工会6个。", "青溪区直机关工会2023年度工作总结"),
    ("名称：云州市总工会2025年工作要点\n2025年，全市新建工会100家以上。", "云州市总工会2025年工作要点"),
    ("标题:石门镇总工会2024年上半年工作总结\n上半年，镇总工会新建工会5家。", "石门镇总工会2024年上半年工作总结"),
    # the site's name with its home link opening a navigation bar is no title (第一范文网 首页 | 总结 | …)
    ("第一范文网 首页 | 总结 | 计划 | 报告 | 讲话稿 | 合同范本\n青峰工业园区联合工会2024年工作总结\n2024年，园区新建工会27家。",
     "青峰工业园区联合工会2024年工作总结"),
    ("范文大全网首页｜工作总结｜工作计划｜述职报告\n柳溪县总工会2024年工作总结\n2024年，全县新建工会30家。",
     "柳溪县总工会2024年工作总结"),
    ("第一范文网 首页\n柳溪县总工会2024年工作总结\n2024年，全县新建工会30家。", "柳溪县总工会2024年工作总结"),
    # negative: a title that holds 标题 or 名称 inside is kept whole; a report title in a nav bar's place is the title
    ("关于规范工会组织名称的工作报告\n2024年，全县规范工会名称120个。", "关于规范工会组织名称的工作报告"),
    ("县总工会首页工作专栏建设情况报告\n2024年，专栏发布信息320条。", "县总工会首页工作专栏建设情况报告"),
])
def test_title_field_labels_and_a_sites_home_link_are_no_title(page, title):
    assert split_articles(page)[0].title == title


@pytest.mark.parametrize("page, titles", [
    # a 篇 line that opens with its marker and goes on with the report's own title: the title is the report's,
    # the marker only numbers it (field gold f038 篇一:…, heldout42 篇1：…, heldout46 篇一：…)
    ("工会工作总结（精选2篇）\n篇一：柳溪县总工会2019年工作总结\n全年新建工会31家。\n篇二：青禾小学工会2019年工作总结\n全年慰问教职工42人。",
     ["柳溪县总工会2019年工作总结", "青禾小学工会2019年工作总结"]),
    ("篇1：云港码头公司工会2021年上半年工作总结\n上半年发展会员120名。\n篇2：云港码头公司工会2021年下半年工作计划\n下半年计划培训300人次。",
     ["云港码头公司工会2021年上半年工作总结", "云港码头公司工会2021年下半年工作计划"]),
    ("第一篇：石门镇总工会2020年工作报告\n全镇新建工会8家。\n第二篇：石门镇妇联2020年工作报告\n全镇培训妇女200人。",
     ["石门镇总工会2020年工作报告", "石门镇妇联2020年工作报告"]),
    ("【篇一】梅川县教育工会2018年工作总结\n全年慰问教师57人。\n【篇二】梅川县卫健系统工会2018年工作总结\n全年慰问医护人员63人。",
     ["梅川县教育工会2018年工作总结", "梅川县卫健系统工会2018年工作总结"]),
    ("篇一 东湖街道总工会2022年工作总结\n全年新建工会14家。\n篇二 东湖街道总工会2023年工作要点\n计划新建工会15家。",
     ["东湖街道总工会2022年工作总结", "东湖街道总工会2023年工作要点"]),
    ("篇1. 华远物流有限公司工会年度工作总结\n全年培训司机450人次。\n篇2. 华远物流有限公司工会年度工作计划\n明年计划培训500人次。",
     ["华远物流有限公司工会年度工作总结", "华远物流有限公司工会年度工作计划"]),
    ("（篇三）青石社区工会2024年工作总结\n全年走访居民职工80户。\n（篇四）青石社区工会2025年工作计划\n计划走访90户。",
     ["青石社区工会2024年工作总结", "青石社区工会2025年工作计划"]),
    # negative: the report named before its marker keeps the line as written (the field gold's convention)
    ("机关工会工作总结 篇一\n全年慰问职工46人。\n机关工会工作总结 篇二\n全年培训干部30人次。",
     ["机关工会工作总结 篇一", "机关工会工作总结 篇二"]),
    ("社区工会2024年工作计划【第一篇】\n计划新建工会5家。\n社区工会2024年工作计划【第二篇】\n计划培训40人。",
     ["社区工会2024年工作计划【第一篇】", "社区工会2024年工作计划【第二篇】"]),
    # negative: nothing title-like after the marker (a bare category name): the line as written
    ("篇1：工作总结\n全年慰问职工46人。\n篇2：工作计划\n明年培训干部30人次。", ["篇1：工作总结", "篇2：工作计划"]),
])
def test_a_leading_piece_marker_is_no_part_of_the_title(page, titles):
    check_piece_titles(page, titles)
