"""OpenDocument text (.odt, .fodt) as a reader sees it (reportmine.odf, read by reportmine.decode):
headings, paragraphs, list items and table rows one line each; spans, spaces, fields joined; notes
after the body; comments, revisions, bookmarks and everything outside the body left out."""

from __future__ import annotations

import io
import zipfile

import pytest

from reportmine.decode import InputTooLarge, read
from reportmine.errors import DecodeError
from reportmine.odf import NAMESPACES

ODT = "application/vnd.oasis.opendocument.text"


def _content(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES} '
            f'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3">'
            f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')


def _odt(body: str, mimetype: str = ODT, styles: str = "", meta: str = "") -> bytes:
    """A minimal .odt as LibreOffice writes it: mimetype first and stored, then the XML members."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", _content(body))
        z.writestr("styles.xml", styles or f'<office:document-styles {NAMESPACES}/>')
        z.writestr("meta.xml", meta or '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
        z.writestr("META-INF/manifest.xml", "<manifest/>")
    return buf.getvalue()


def test_headings_paragraphs_spans_and_split_numbers():
    body = ('<text:p text:style-name="Title">柳河镇工会2025年工作总结</text:p>'
            '<text:h text:outline-level="1">一、组织建设</text:h>'
            '<text:p><text:span text:style-name="T1">（一）扩面建会。</text:span>全镇会员总数达36'
            '<text:span text:style-name="T2">48</text:span>人，建会率<text:span>9</text:span>4.5%。</text:p>')
    src = read(_odt(body), name="t")
    assert src.format == "odt" and src.text == "柳河镇工会2025年工作总结\n一、组织建设\n（一）扩面建会。全镇会员总数达3648人，建会率94.5%。"


def test_spaces_tabs_line_breaks_and_collapsed_whitespace():
    body = '<text:p>会员<text:s text:c="3"/>名单<text:tab/>附后<text:line-break/>第二行  有\n空格</text:p>'
    assert read(_odt(body)).text == "会员   名单\t附后\n第二行 有 空格"


def test_bulleted_list_items_are_lines_without_a_marker_and_written_numbers_stay():
    body = ('<text:list text:style-name="L1"><text:list-item><text:p>走访困难职工41户；</text:p></text:list-item>'
            '<text:list-item><text:p>发放慰问金6.3万元。</text:p></text:list-item></text:list>'
            '<text:list><text:list-item><text:number>1.</text:number><text:p>2025年计划</text:p></text:list-item></text:list>'
            '<text:h text:outline-level="1"><text:number>二、</text:number>维权服务</text:h>')
    assert read(_odt(body)).text == "走访困难职工41户；\n发放慰问金6.3万元。\n1. 2025年计划\n二、维权服务"


def test_table_rows_are_lines_with_cells_joined_and_covered_cells_left_out():
    cell = '<table:table-cell office:value-type="float" office:value="{0}"><text:p>{0}</text:p></table:table-cell>'
    body = ('<text:p>表<text:sequence text:name="Table">2</text:sequence> 培训情况</text:p><table:table>'
            '<table:table-column table:number-columns-repeated="3"/><table:table-header-rows><table:table-row>'
            '<table:table-cell><text:p>项目</text:p></table:table-cell><table:table-cell><text:p>期数</text:p></table:table-cell>'
            '<table:table-cell><text:p>人数（人）</text:p></table:table-cell></table:table-row></table:table-header-rows>'
            f'<table:table-row><table:table-cell><text:p>焊工</text:p></table:table-cell>{cell.format(5)}{cell.format(210)}</table:table-row>'
            '<table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>合计</text:p></table:table-cell>'
            f'<table:covered-table-cell><text:p>合计</text:p></table:covered-table-cell>{cell.format(210)}</table:table-row>'
            '</table:table>')
    assert read(_odt(body)).text == "表2 培训情况\n项目 期数 人数（人）\n焊工 5 210\n合计 210"


def test_notes_after_the_body_and_no_comments_revisions_bookmarks_or_page_furniture():
    body = ('<text:tracked-changes><text:changed-region><text:deletion><text:p>旧数字999</text:p></text:deletion>'
            '</text:changed-region></text:tracked-changes><text:sequence-decls><text:sequence-decl text:name="Table"/>'
            '</text:sequence-decls><text:p><text:bookmark text:name="_Toc1"/>全年调解劳动争议17件'
            '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
            '<text:p>注：含集体争议2件。</text:p></text:note-body></text:note>。<office:annotation><text:p>批注：请核实</text:p>'
            '</office:annotation></text:p><text:p><text:soft-page-break/>下一页。</text:p>')
    styles = f'<office:document-styles {NAMESPACES}><office:master-styles><text:p>第<text:page-number>1</text:page-number>页</text:p></office:master-styles></office:document-styles>'
    meta = '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><meta:document-statistic xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" meta:page-count="2"/></office:document-meta>'
    assert read(_odt(body, styles=styles, meta=meta)).text == "全年调解劳动争议17件。\n下一页。\n注：含集体争议2件。"


def test_flat_odt_is_read_by_its_content(tmp_path):
    flat = (f'<?xml version="1.0" encoding="UTF-8"?><office:document {NAMESPACES} office:mimetype="{ODT}">'
            '<office:meta/><office:body><office:text><text:h>一、概况</text:h><text:p>会员812人。</text:p>'
            '</office:text></office:body></office:document>').encode()
    path = tmp_path / "report.fodt"
    path.write_bytes(flat)
    assert read(path).text == "一、概况\n会员812人。" and read(flat).format == "odt"


def test_odt_is_found_by_content_without_its_suffix(tmp_path):
    path = tmp_path / "download.bin"
    path.write_bytes(_odt("<text:p>会员812人。</text:p>"))
    assert read(path).text == "会员812人。"


@pytest.mark.parametrize("damage", ["cut", "bad_xml", "no_content"])
def test_malformed_odt_raises_a_decode_error_naming_the_file(tmp_path, damage):
    data = _odt("<text:p>会员812人。</text:p>")
    if damage == "cut":
        data = data[: len(data) // 2]
    elif damage == "bad_xml":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("mimetype", ODT)
            z.writestr("content.xml", "<office:document-content><text:p>会员")
        data = buf.getvalue()
    else:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("mimetype", ODT)
            z.writestr("styles.xml", "<x/>")
        data = buf.getvalue()
    path = tmp_path / "bad.odt"
    path.write_bytes(data)
    with pytest.raises(DecodeError) as e:
        read(path)
    assert "bad" in str(e.value) and ".odt" in str(e.value)


def test_other_opendocuments_are_refused_by_kind():
    with pytest.raises(DecodeError, match="OpenDocument spreadsheet"):
        read(_odt("<text:p>x</text:p>", mimetype="application/vnd.oasis.opendocument.spreadsheet"), name="s")


def test_odt_zip_bomb_is_refused_as_a_docx_is(monkeypatch):
    monkeypatch.setenv("REPORTMINE_MAX_DOCX_MB", "0.01")
    with pytest.raises(InputTooLarge, match=r"\.odt inflates"):
        read(_odt("<text:p>" + "会员" * 20000 + "</text:p>"), name="bomb")


def test_an_odt_saved_under_docx_is_read_as_odt_and_an_odt_that_is_a_page_by_its_content(tmp_path):
    misnamed = tmp_path / "report.docx"
    misnamed.write_bytes(_odt("<text:p>会员812人。</text:p>"))
    page = tmp_path / "page.odt"
    page.write_bytes("<!DOCTYPE html><html><body><p>会员812人。</p></body></html>".encode())
    assert (read(misnamed).format, read(misnamed).text) == ("odt", "会员812人。")
    assert (read(page).format, read(page).text) == ("html", "会员812人。")


def test_image_alt_text_and_ruby_readings_are_no_text_but_a_text_box_is():
    draw = ('xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
    body = (f'<text:p {draw}>全年慰问困难职工41户<draw:frame><draw:image><svg:title>图1</svg:title><svg:desc>慰问现场照片2张</svg:desc>'
            '</draw:image></draw:frame>，<text:ruby><text:ruby-base>帮扶</text:ruby-base><text:ruby-text>bāngfú</text:ruby-text>'
            '</text:ruby>资金6.3万元。</text:p>'
            f'<text:p {draw}><draw:frame><draw:text-box><text:p>附：会员812人。</text:p></draw:text-box></draw:frame></text:p>')
    assert read(_odt(body)).text == "全年慰问困难职工41户，帮扶资金6.3万元。\n附：会员812人。"
