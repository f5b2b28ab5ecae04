"""Reports held in data files (reportmine.datafile, read by reportmine.decode): a scraped JSON API
answer (.json) and a CMS export (.csv).  The report string becomes the page (HTML read as HTML), under
its title line; ids, dates, counts, URLs and authors are no text of it; a data table or an answer
without an article is refused naming the file; a cut or malformed file is a DecodeError naming it.
Every document here is invented."""

from __future__ import annotations

import json

import pytest

import reportmine
from reportmine.articles import split_articles
from reportmine.decode import read
from reportmine.errors import DecodeError, UnsupportedFormat

PARAS = [
    "今年以来，镇总工会围绕中心工作，团结动员全镇职工建功立业，现将全年工作总结如下。",
    "一、夯实组织基础",
    "全年新建基层工会17个，新发展会员1284人，其中货车司机、外卖配送员等新就业形态劳动者391人。",
    "二、服务职工群众",
    "春节期间走访慰问困难职工63户，发放慰问金18.9万元；为27名困难职工子女发放助学金5.4万元。",
    "三、存在的问题和明年打算",
    "部分企业工会作用发挥不够明显。明年将力争新发展会员1500人以上，职工入会率提高到92%。",
]
TITLE = "柳溪镇总工会2025年工作总结"
HTML = "".join(f'<p style="text-indent:2em;">{"<strong>" + p + "</strong>" if p[1] == "、" else p}</p>' for p in PARAS)


def _api(content: str = HTML, title: str = TITLE, **data) -> bytes:
    """A scraped API answer as sites send it: ASCII JSON with \\u escapes, the article in data.content."""
    doc = {"code": 0, "msg": "success", "data": {"id": 90417, "channelName": "工作动态", "title": title, "subTitle": "",
                                                 "author": "镇总工会办公室", "pubTime": "2026-01-12 10:21:09", "views": 3561,
                                                 "coverImg": "https://img.example.cn/2026/01/12/c_90417.jpg",
                                                 "content": content, "tags": ["工会", "总结"], **data},
           "timestamp": 1768184469}
    return json.dumps(doc).encode("ascii")


def test_json_api_answer_reads_the_content_under_its_title_and_nothing_else():
    src = read(_api(), name="api.json")
    assert src.format == "json"
    assert src.text.splitlines() == [TITLE, *PARAS]
    for furniture in ("90417", "3561", "2026-01-12", "办公室", "img.example", "1768184469", "工作动态"):
        assert furniture not in src.text
    assert "data.content" in src.notes[0]


def test_json_file_by_suffix_and_bytes_by_content(tmp_path):
    path = tmp_path / "article_90417.json"
    path.write_bytes(_api())
    assert read(path).text == read(_api()).text  # bytes without a name: a JSON object at the head
    doc = reportmine.load(path)
    assert [a.title for a in doc.articles] == [TITLE]
    assert any(r.value == 1284 for r in doc.records)


def test_json_plain_text_content_and_title_in_an_outer_object():
    doc = {"result": {"articleTitle": TITLE, "detail": {"html": None, "txt": "\r\n".join(PARAS)}}}
    assert read(json.dumps(doc, ensure_ascii=False).encode(), name="a.json").text.splitlines() == [TITLE, *PARAS]


def test_json_markup_written_as_entities_is_read_as_html():
    content = HTML.replace("<", "&lt;").replace(">", "&gt;")
    assert read(_api(content), name="a.json").text.splitlines() == [TITLE, *PARAS]


def test_json_the_longest_string_is_the_body_not_a_summary_beside_it():
    text = read(_api(summary=PARAS[0] + PARAS[2]), name="a.json").text
    assert text.splitlines() == [TITLE, *PARAS]


def test_json_list_of_articles_gives_one_article_each():
    items = [{"id": 1, "title": TITLE, "content": HTML},
             {"id": 2, "title": "柳溪镇总工会2025年经费审查工作报告", "content": HTML.replace("1284", "977")}]
    src = read(json.dumps({"data": {"total": 2, "list": items}}).encode(), name="list.json")
    arts = split_articles(src.text)
    assert [a.title for a in arts] == [TITLE, "柳溪镇总工会2025年经费审查工作报告"]
    assert "977" in src.text[arts[1].start:arts[1].end] and "977" not in src.text[arts[0].start:arts[0].end]


def test_json_doubly_encoded_answer_and_json_lines():
    inner = json.dumps({"title": TITLE, "content": HTML}, ensure_ascii=False)
    assert read(json.dumps({"code": 200, "data": inner}).encode(), name="a.json").text.splitlines()[0] == TITLE
    lines = "\n".join(json.dumps({"title": t, "content": HTML.replace("1284", n)}, ensure_ascii=False)
                      for t, n in ((TITLE, "1284"), ("柳溪镇总工会2024年工作总结", "1102")))
    assert [a.title for a in split_articles(read(lines.encode(), name="a.jsonl").text)] == [TITLE, "柳溪镇总工会2024年工作总结"]


def test_json_without_a_report_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "members.json"
    path.write_text(json.dumps({"rows": [{"单位": "柳溪镇总工会", "会员": 1284, "入会率": "92%"}] * 30}, ensure_ascii=False))
    with pytest.raises(UnsupportedFormat, match=r"members.*no string of the JSON holds a report"):
        read(path)
    with pytest.raises(UnsupportedFormat, match="holds a report"):  # a long string without sentences is no report
        read(json.dumps({"title": TITLE, "content": "工会 " * 400}).encode(), name="tags.json")


def test_json_cut_or_malformed_is_a_decode_error_naming_the_file():
    cut = _api()[:300]
    with pytest.raises(DecodeError, match=r"cut\.json: cannot read as JSON: .* line 1 column"):
        read(cut, name="cut.json")
    with pytest.raises(DecodeError, match="cannot read as JSON"):
        read(b"{'title': 'x'}", name="py.json")


def test_a_text_file_opening_with_a_brace_stays_text():
    text = "{重要}" + "".join(PARAS)
    assert read(text.encode(), name="x").format == "text"


# --------------------------------------------------------------------------- CSV

def _cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


BODY = "\n".join("\u3000\u3000" + p for p in PARAS).replace("团结动员", '聚焦"强基、服务、维权"，团结动员')


def test_csv_export_with_bom_crlf_embedded_lines_and_doubled_quotes():
    data = ("\ufeffid,title,author,pub_date,content\r\n"
            f"20931,{TITLE},镇总工会办公室,2026-01-12 10:21:09,{_cell(BODY)}\r\n").encode("utf-8")
    src = read(data, name="export.csv")
    assert src.format == "csv"
    lines = src.text.splitlines()
    assert lines[0] == TITLE and lines[1].startswith("今年以来") and len(lines) == 1 + len(PARAS)
    assert '聚焦"强基、服务、维权"，' in src.text and '""' not in src.text
    for furniture in ("20931", "2026-01-12", "办公室"):
        assert furniture not in src.text


def test_csv_quotes_end_paired_and_title_kept(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(("\ufeffid,title,content\r\n" f"7,{TITLE},{_cell(BODY)}\r\n").encode("utf-8"))
    doc = reportmine.load(path)
    assert [a.title for a in doc.articles] == [TITLE]
    assert "“强基、服务、维权”" in doc.articles[0].text


def test_csv_several_rows_are_several_articles_each_under_its_title():
    rows = [("1", TITLE, BODY), ("2", "柳溪镇总工会2026年上半年工作总结", BODY.replace("1284", "655")), ("3", "通知", "短讯。")]
    data = "id,标题,正文\n" + "".join(f"{i},{t},{_cell(b)}\n" for i, t, b in rows)
    src = read(data.encode("gb18030"), name="export.csv")
    assert src.encoding == "gb18030"
    arts = split_articles(src.text)
    assert [a.title for a in arts] == [TITLE, "柳溪镇总工会2026年上半年工作总结"]
    assert "655" in src.text[arts[1].start:arts[1].end] and "短讯" not in src.text


def test_csv_rows_without_titles_are_split_by_piece_lines():
    data = "id,content\n" + "".join(f"{i},{_cell(BODY)}\n" for i in (1, 2))
    assert len(split_articles(read(data.encode(), name="e.csv").text)) == 2


def test_csv_body_column_found_by_its_text_when_no_header_names_it_and_tabs_separate():
    data = f"编号\t栏目\t稿件\n5\t工作动态\t{_cell(BODY)}\n"
    assert read(data.encode(), name="e.csv").text.splitlines()[0].startswith("今年以来")


def test_csv_data_table_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text("单位,会员数,入会率,备注\n" + "柳溪镇总工会,1284,92%,全年新建基层工会17个。\n" * 40, encoding="utf-8")
    with pytest.raises(UnsupportedFormat, match=r"figures.*data table \(41 rows; columns 单位, 会员数, 入会率, 备注\)"):
        read(path)


def test_csv_unclosed_quote_is_a_decode_error_naming_the_file():
    data = f"id,title,content\n1,{TITLE},\"{BODY}\n"
    with pytest.raises(DecodeError, match=r"cut\.csv: cannot read as CSV"):
        read(data.encode(), name="cut.csv")


# --------------------------------------------------------------------------- bulk runs

def test_directories_take_no_data_files_but_named_ones_and_globs_are_read(tmp_path):
    """A directory scan takes no .json/.csv (a data table, a config, a run's own output .csv would land
    in the errors file); a named file or a glob reads them, and holds_report tells a report file from a
    data table for a caller that scans itself."""
    from reportmine.bulk import SUFFIXES, expand_paths
    from reportmine.decode import holds_report

    (tmp_path / "api.json").write_bytes(_api())
    (tmp_path / "figures.csv").write_text("单位,会员数\n柳溪镇总工会,1284\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(TITLE + "\n" + "\n".join(PARAS), encoding="utf-8")
    assert ".json" not in SUFFIXES and ".csv" not in SUFFIXES
    assert [p.name for p in expand_paths(tmp_path)] == ["a.txt"]
    assert [p.name for p in expand_paths(str(tmp_path / "*.json"))] == ["api.json"]
    assert holds_report(tmp_path / "api.json") and not holds_report(tmp_path / "figures.csv")
    assert holds_report(tmp_path / "a.txt")
    rows = list(reportmine.iter_records([tmp_path / "api.json", tmp_path / "a.txt"]))
    assert len(rows) > 4


def test_json_article_held_as_a_list_of_paragraphs_is_one_article():
    doc = {"data": {"title": TITLE, "paragraphs": PARAS, "tags": ["工会", "总结"]}}
    src = read(json.dumps(doc, ensure_ascii=False).encode(), name="a.json")
    assert src.text.splitlines() == [TITLE, *PARAS]
    long = [p * 3 for p in PARAS]  # long paragraphs, each report-like: still one article
    assert len(split_articles(read(json.dumps({"title": TITLE, "content": long}).encode(), name="b.json").text)) == 1


def test_csv_of_one_cell_a_row_is_one_report_a_paragraph_a_row():
    data = "\r\n".join([TITLE, *(f'"{p}"' if "，" in p else p for p in PARAS)]) + "\r\n"
    src = read(data.encode("utf-8-sig"), name="sheet.csv")
    assert src.text.splitlines() == [TITLE, *PARAS]
    assert [a.title for a in split_articles(src.text)] == [TITLE]


def test_json_answer_saved_under_another_suffix_is_read_by_its_content(tmp_path):
    for name in ("getArticle.do", "article_90417.txt", "answer"):
        (tmp_path / name).write_bytes(_api())
        assert read(tmp_path / name).text.splitlines()[0] == TITLE
    data = json.dumps({"rows": [{"单位": "柳溪镇总工会", "会员": 1284}]}, ensure_ascii=False).encode()
    (tmp_path / "table.txt").write_bytes(data)  # JSON without a report under .txt: read as the text it is
    assert read(tmp_path / "table.txt").format == "text"
    (tmp_path / "notes.txt").write_text('{"一"} 不是JSON。' + "".join(PARAS), encoding="utf-8")
    assert read(tmp_path / "notes.txt").format == "text"
