""".docx as Word shows it: tracked changes accepted, list numbers rendered, footnotes after the body
(reportmine.wordml, used by reportmine.decode.docx_to_text)."""

from __future__ import annotations

import io
import zipfile

import pytest

from reportmine.decode import read
from reportmine.errors import DecodeError
from reportmine.wordml import format_number

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def _docx(body: str, numbering: str = "", footnotes: str = "", styles: str = "") -> bytes:
    """A minimal .docx: ``body`` is the XML inside <w:body>; the other parts when given."""
    parts = {"numbering": numbering, "footnotes": footnotes, "styles": styles}
    overrides = "".join(f'<Override PartName="/word/{k}.xml" ContentType="{CT}.{k}+xml"/>' for k, v in parts.items() if v)
    rels = "".join(f'<Relationship Id="r{k}" Type="{REL}/{k}" Target="{k}.xml"/>' for k, v in parts.items() if v)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   f'<Override PartName="/word/document.xml" ContentType="{CT}.document.main+xml"/>{overrides}</Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0"?><Relationships '
                   f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>')
        for k, v in parts.items():
            if v:
                z.writestr(f"word/{k}.xml", f'<?xml version="1.0"?>{v}')
    return buf.getvalue()


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def p(*runs: str, num: tuple[int, int] | None = None, style: str = "") -> str:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(runs)}</w:p>"


def ins(text: str) -> str:
    return f'<w:ins w:id="1" w:author="审核" w:date="2025-01-10T10:00:00Z">{r(text)}</w:ins>'


def dele(text: str) -> str:
    return f'<w:del w:id="2" w:author="审核" w:date="2025-01-10T10:00:00Z"><w:r><w:delText>{text}</w:delText></w:r></w:del>'


def lvl(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/></w:lvl>')


def numbering(*levels: str, extra_nums: str = "") -> str:
    return (f'<w:numbering {W}><w:abstractNum w:abstractNumId="0">{"".join(levels)}</w:abstractNum>'
            f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>{extra_nums}</w:numbering>')


def test_tracked_insertions_are_text_deletions_and_comments_are_not():
    body = (p(r("现有会员"), dele("3,206"), ins("3,418"), r("人，"), '<w:commentRangeStart w:id="0"/>', r("慰问金31.8万元"),
              '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>', r("。"))
            + p(r("组织体检"), ins("，参检412人"), r("。"), dele("力争培训1000人。"))
            + p('<w:moveFrom w:id="3" w:author="a">' + r("旧位置") + "</w:moveFrom>", '<w:moveTo w:id="4" w:author="a">' + r("新位置") + "</w:moveTo>"))
    assert read(_docx(body)).text == "现有会员3,418人，慰问金31.8万元。\n组织体检，参检412人。\n新位置"


def test_runs_in_links_smart_tags_and_content_controls_are_text():
    body = p(r("服务"), f'<w:hyperlink r:id="x" xmlns:r="{REL}">{ins("职工")}{r("1,286")}</w:hyperlink>',
             f"<w:smartTag>{r('人次')}</w:smartTag>", f"<w:sdt><w:sdtPr/><w:sdtContent>{r('。')}</w:sdtContent></w:sdt>")
    assert read(_docx(body)).text == "服务职工1,286人次。"


def test_footnote_mark_is_no_text_and_the_footnote_follows_the_body():
    body = p(r("会员3,418人"), '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>', r("。"))
    notes = (f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>{r(" 注：人数以年底统计为准。")}</w:p></w:footnote></w:footnotes>')
    assert read(_docx(body, footnotes=notes)).text == "会员3,418人。\n注：人数以年底统计为准。"


def test_chinese_list_numbering_is_rendered_and_lower_levels_restart():
    nums = numbering(lvl(0, "chineseCounting", "%1、"), lvl(1, "chineseCounting", "（%2）"), lvl(2, "decimal", "%3."))
    body = (p(r("工作回顾"), num=(1, 0)) + p(r("民主管理。召开职代会2次。"), num=(1, 1)) + p(r("技能提升。"), num=(1, 1))
            + p(r("培训642人。"), num=(1, 2)) + p(r("正文段落。")) + p(r("存在的不足"), num=(1, 0))
            + p(r("制度建设。"), num=(1, 1)) + p(r("2025年打算"), num=(1, 2)))
    assert read(_docx(body, numbering=nums)).text.split("\n") == [
        "一、工作回顾", "（一）民主管理。召开职代会2次。", "（二）技能提升。", "1.培训642人。", "正文段落。",
        "二、存在的不足", "（一）制度建设。", "1. 2025年打算"]  # an ASCII marker keeps a space before a digit


def test_a_list_by_style_a_restarted_list_and_bullets():
    nums = numbering(lvl(0, "decimal", "%1."), lvl(1, "bullet", "\uf0b7"),
                     extra_nums='<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
                                '<w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    styles = (f'<w:styles {W}><w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:numId w:val="1"/>'
              '</w:numPr></w:pPr></w:style></w:styles>')
    body = (p(r("组织建设"), style="H2") + p(r("要点"), num=(1, 1)) + p(r("维权服务"), style="H2")
            + p(r("新清单"), num=(2, 0)) + p(r("不编号"), num=(0, 0)))
    assert read(_docx(body, numbering=nums, styles=styles)).text == "1.组织建设\n要点\n2.维权服务\n1.新清单\n不编号"


@pytest.mark.parametrize("n, fmt, expected", [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (21, "chineseCountingThousand", "二十一"),
    (4, "ideographTraditional", "丁"), (2, "ideographZodiac", "丑"), (3, "decimalEnclosedCircleChinese", "③"),
    (3, "chineseLegalSimplified", "叁"), (4, "upperRoman", "IV"), (2, "lowerLetter", "b"), (7, "decimalFullWidth", "７"),
    (5, "someFutureFormat", "5"),
])
def test_number_formats(n, fmt, expected):
    assert format_number(n, fmt) == expected


def test_a_table_cell_with_tracked_changes():
    body = ("<w:tbl><w:tr><w:tc>" + p(r("会员")) + "</w:tc><w:tc>" + p(dele("1,720"), ins("1,860"), r("人")) + "</w:tc></w:tr></w:tbl>")
    assert read(_docx(body)).text == "会员 1,860人"


def test_hidden_runs_are_not_read():
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的批注12人</w:t></w:r>'
    shown = '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>。</w:t></w:r>'
    assert read(_docx(p(r("新建工会3家"), hidden, shown))).text == "新建工会3家。"


def test_a_list_through_a_list_style_link():
    # Word's list styles: the list a paragraph names has no levels of its own, only w:numStyleLink to a
    # numbering style, whose w:numId is the list that has them
    nums = (f'<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:styleLink w:val="报告编号"/>'
            f'{lvl(0, "chineseCounting", "%1、")}</w:abstractNum>'
            '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="报告编号"/></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
            '</w:numbering>')
    styles = (f'<w:styles {W}><w:style w:type="numbering" w:styleId="报告编号"><w:pPr><w:numPr><w:numId w:val="1"/>'
              '</w:numPr></w:pPr></w:style></w:styles>')
    body = p(r("组织建设"), num=(2, 0)) + p(r("维权服务"), num=(2, 0))
    assert read(_docx(body, numbering=nums, styles=styles)).text == "一、组织建设\n二、维权服务"


def test_a_style_based_on_a_numbered_style_is_numbered_too():
    nums = numbering(lvl(0, "chineseCounting", "%1、"))
    styles = (f'<w:styles {W}><w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>'
              '</w:style><w:style w:type="paragraph" w:styleId="H1b"><w:basedOn w:val="H1"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style></w:styles>')
    body = p(r("组织建设"), style="H1") + p(r("维权服务"), style="H1b") + p(r("正文"), style="Loop")
    assert read(_docx(body, numbering=nums, styles=styles)).text == "一、组织建设\n二、维权服务\n正文"


# --------------------------------------------------------------------------- Word 2003 XML

W2003 = ('xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
         'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
         'xmlns:o="urn:schemas-microsoft-com:office:office"')


def _word2003(body: str, encoding: str = "utf-8") -> bytes:
    """A Word 2003 XML document as Word saves it: the mso-application mark, properties, then w:body."""
    xml = (f'<?xml version="1.0" encoding="{encoding.upper()}" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
           f'<w:wordDocument {W2003}><o:DocumentProperties><o:Title>题</o:Title><o:Pages>3</o:Pages><o:Words>2860</o:Words>'
           f'</o:DocumentProperties><w:styles><w:style w:styleId="a"><w:name w:val="Normal"/></w:style></w:styles>'
           f'<w:body><wx:sect>{body}<w:sectPr><w:hdr w:type="odd"><w:p><w:r><w:t>某公司工会</w:t></w:r></w:p></w:hdr>'
           '<w:ftr w:type="odd"><w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>'
           '</w:sectPr></wx:sect></w:body></w:wordDocument>')
    return xml.encode(encoding)


def _p(*runs: str, list_text: str = "") -> str:
    pr = f'<w:pPr><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="1"/><wx:t wx:val="{list_text}"/></w:listPr></w:pPr>' if list_text else ""
    return f"<w:p>{pr}" + "".join(f"<w:r><w:rPr><w:b/></w:rPr><w:t>{r}</w:t></w:r>" for r in runs) + "</w:p>"


def test_word2003_paragraphs_split_runs_and_bold_run_in_headings(tmp_path):
    body = _p("东湖机械厂工会2025年工作报告") + _p("一、民主管理") + _p("（一）职代会。", "全年召开职代会2次，参赛职工23")
    body += '<w:p><w:r><w:t>参赛职工23</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>75</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t>人次。</w:t></w:r></w:p>'
    path = tmp_path / "report.xml"
    path.write_bytes(_word2003(body))
    src = read(path)
    assert src.format == "wordxml"
    assert src.text == "东湖机械厂工会2025年工作报告\n一、民主管理\n（一）职代会。全年召开职代会2次，参赛职工23\n参赛职工2375人次。"


def test_word2003_table_rows_list_markers_revisions_and_footnotes():
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    body = (_p("组织建设", list_text="一、") + _p("送温暖", list_text="·")
            + "<w:tbl><w:tr>" + cell.format("等级") + cell.format("人数（人）") + "</w:tr><w:tr>" + cell.format("技师")
            + cell.format("38") + "</w:tr></w:tbl>"
            + '<w:p><w:r><w:t>慰问职工</w:t></w:r><aml:annotation aml:id="1" w:type="Word.Deletion"><aml:content><w:r>'
              '<w:delText>59</w:delText></w:r></aml:content></aml:annotation><aml:annotation aml:id="2" w:type="Word.Insertion">'
              '<aml:content><w:r><w:t>64</w:t></w:r></aml:content></aml:annotation><w:r><w:t>人</w:t></w:r><w:r><w:footnote>'
              '<w:p><w:r><w:t>注：含退休职工。</w:t></w:r></w:p></w:footnote></w:r><aml:annotation aml:id="3" w:type="Word.Comment">'
              '<aml:content><w:p><w:r><w:t>请核</w:t></w:r></w:p></aml:content></aml:annotation><w:r><w:t>。</w:t></w:r></w:p>')
    assert read(_word2003(body), name="x").text == "一、组织建设\n送温暖\n等级 人数（人）\n技师 38\n慰问职工64人。\n注：含退休职工。"


def test_word2003_in_utf16_is_read():
    assert read(_word2003(_p("会员", "1486人。"), encoding="utf-16"), name="u").text == "会员1486人。"


def test_malformed_word2003_raises_a_decode_error_naming_the_file(tmp_path):
    path = tmp_path / "cut.xml"
    path.write_bytes(_word2003(_p("会员1486人。"))[:-60])
    with pytest.raises(DecodeError) as e:
        read(path)
    assert "cut" in str(e.value) and "Word 2003 XML" in str(e.value)


def test_other_xml_files_are_not_taken_for_word2003():
    src = read('<?xml version="1.0" encoding="UTF-8"?><报告><段>会员1486人。</段></报告>'.encode(), name="x")
    assert src.format == "text"
