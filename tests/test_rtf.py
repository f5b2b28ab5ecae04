"""RTF files (.rtf) as Word and WPS save them: read as the text a reader sees (reportmine.rtf)."""

from __future__ import annotations

import pytest

from reportmine import bulk
from reportmine.decode import DecodeError, read
from reportmine.rtf import rtf_to_text


def _escaped(text: str, codec: str = "gbk", width: int = 0) -> str:
    r"""``text`` as RTF writes it: ASCII as is, other characters as \'xx bytes of ``codec``, the source
    wrapped every ``width`` characters (between characters, as WPS wraps it)."""
    pieces = [c if c.isascii() else "".join(f"\\'{b:02x}" for b in c.encode(codec)) for c in text]
    if not width:
        return "".join(pieces)
    return "\r\n".join("".join(pieces[i : i + width]) for i in range(0, len(pieces), width))


def _unicode(text: str) -> str:
    r"""``text`` as \uN? escapes (N negative above 32767), ASCII as is."""
    return "".join(c if c.isascii() else f"\\u{ord(c) - 65536 if ord(c) > 32767 else ord(c)}?" for c in text)


HEAD = (r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 " + _escaped("宋体") + r";}"
        r"{\f1\froman\fcharset0 Times New Roman;}{\f2\ftech\fcharset2 Symbol;}}{\colortbl;\red0\green0\blue0;}"
        r"{\*\generator WPS Office;}{\info{\title " + _escaped("标题不是正文") + r"}{\author " + _escaped("办公室")
        + r"}{\creatim\yr2024\mo3\dy5}{\nofwords906}}" "\r\n")


def _rtf(*paragraphs: str) -> bytes:
    return (HEAD + "".join(r"\pard\plain\fi640\f0\fs32 " + p + r"\par" "\r\n" for p in paragraphs) + "}").encode("ascii")


def test_gbk_escapes_under_the_document_code_page_wrapped_anywhere_between_characters():
    para = "全年新建基层工会27家，新发展会员1864名。"
    data = _rtf(_escaped("一、组织建设"), _escaped(para, width=7))
    src = read(data, name="县总工会")
    assert src.format == "rtf" and src.encoding == "gb18030"
    assert src.text == "一、组织建设\n" + para  # no font table, \info, generator or source line breaks


def test_unicode_escapes_with_their_fallback_skipped():
    para = "下半年新建工会不少于20家，培训职工1000人次以上。"
    assert read(_rtf(r"\uc1 " + _unicode(para))).text == para
    two = r"\uc2 " + "".join(f"\\u{ord(c)}\\'a1\\'a1" for c in "工会")  # \uc2: a two-byte fallback each
    assert read(_rtf(two)).text == "工会"


def test_table_rows_are_one_line_with_cells_joined_by_a_space():
    row = lambda *cells: r"\trowd\cellx2000\cellx4000\intbl " + "".join(_escaped(c) + r"\cell " for c in cells) + r"\row" "\r\n"
    body = _escaped("表1 主要指标") + r"\par" + row("指标", "全年目标", "完成") + row("新建工会", "50家", "27家")
    data = (HEAD + r"\pard " + body + r"\pard " + _escaped("一、工作回顾") + r"\par}").encode("ascii")
    assert read(data).text == "表1 主要指标\n指标 全年目标 完成\n新建工会 50家 27家\n一、工作回顾"


def test_bold_runs_symbols_and_line_breaks():
    para = r"{\b " + _escaped("1.组织建设。") + r"}" + _escaped("新建工会3家") + r"\~\line " + _escaped("发展会员") + r"\{12\}" + _escaped("人")
    assert read(_rtf(para)).text == "1.组织建设。新建工会3家\xa0\n发展会员{12}人"


def test_skipped_destinations_and_a_footnote_after_the_body():
    para = (_escaped("会员3418人") + r"{\super\chftn}{\footnote\pard\plain {\super\chftn} " + _escaped("注：以年底数为准。")
            + r"}" + _escaped("。") + r"{\*\annotation " + _escaped("批注32.6万元") + r"}{\field{\*\fldinst PAGE}{\fldrslt 3}}")
    assert read(_rtf(para)).text == "会员3418人。3\n注：以年底数为准。"


def test_font_charset_gives_the_code_page_of_its_escapes():
    # an English Word: \ansicpg1252, the Chinese font's \fcharset134 says its bytes are GBK
    data = (r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}{\f1\fcharset134 SimSun;}}\f0 Total: \f1 "
            + _escaped("工会") + r"\f0 \'e9\par}").encode("ascii")
    assert read(data).text == "Total: 工会é"


def test_big5_document():
    data = (r"{\rtf1\ansi\ansicpg950 " + _escaped("區總工會新建工會12家", "big5") + r"\par}").encode("ascii")
    assert read(data).text == "區總工會新建工會12家"


def test_a_cut_file_is_read_and_noted(tmp_path):
    data = _rtf(_escaped("一、组织建设"), _escaped("新建工会3家。"))[:-3]
    text, codec, notes = rtf_to_text(data)
    assert text.startswith("一、组织建设\n新建工会3家") and any("cut" in n for n in notes)


def test_a_broken_byte_pair_is_replaced_and_noted():
    text, codec, notes = rtf_to_text(b"{\\rtf1\\ansi\\ansicpg936 \\'b9\\'a4\\'bb\\par}")
    assert text == "工\ufffd" and any("U+FFFD" in n for n in notes)


@pytest.mark.parametrize("damage", [b"{\\rtf1 \\'b9\\'a4\x00\x01\x02\x03 }", b"{\\rtf1 {\\pict\\bin99999 abc}}"])
def test_damaged_rtf_is_refused_naming_the_file(tmp_path, damage):
    path = tmp_path / "坏报告.rtf"
    path.write_bytes(damage)
    with pytest.raises(DecodeError, match="坏报告.*damaged RTF"):
        read(path)


def test_rtf_is_known_by_content_and_a_text_named_rtf_is_read_as_text(tmp_path):
    path = tmp_path / "报告.txt"
    path.write_bytes(_rtf(_escaped("新建工会3家。")))
    assert read(path).text == "新建工会3家。"
    mislabelled = tmp_path / "纯文本.rtf"
    mislabelled.write_bytes("一、组织建设\n新建工会3家。".encode("gbk"))
    assert read(mislabelled).format == "text"


def test_bulk_finds_rtf_files(tmp_path):
    (tmp_path / "a.rtf").write_bytes(_rtf(_escaped("新建工会3家。")))
    assert ".rtf" in bulk.SUFFIXES and [p.name for p in bulk.expand_paths([tmp_path])] == ["a.rtf"]


from hypothesis import given, settings, strategies as st  # noqa: E402

from reportmine.errors import ReportmineError  # noqa: E402

#: what RTF files are made of, to be mixed at random (damaged, cut, unbalanced)
PIECES = ["{", "}", "\\par ", "\\'b9", "\\'a4", "\\'", "\\u24037?", "\\u-244?", "\\uc2 ", "\\*", "\\fonttbl", "\\f1 ",
          "\\fcharset134 ", "\\cell ", "\\row ", "\\intbl ", "\\bin3 ", "\\bin-1 ", "\\~", "\\\r\n", "\r\n", "工会", "12", " ",
          "\\footnote ", "\\info ", "\\ansicpg936 ", "\\ansicpg99 ", "\\", "\x00"]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_random_damaged_rtf_is_read_or_refused_by_a_reportmine_error(pieces):
    data = ("{\\rtf1\\ansi " + "".join(pieces)).encode("utf-8")
    try:
        src = read(data, name="random")
    except ReportmineError:
        return
    assert isinstance(src.text, str) and "\x00" not in src.text


def test_hidden_text_and_text_deleted_under_revision_marks_are_not_read():
    para = (_escaped("现有会员") + r"{\deleted " + _escaped("3,206") + r"}{\revised " + _escaped("3,418") + r"}"
            + _escaped("人") + r"{\v " + _escaped("隐藏说明") + r"}\v " + _escaped("也隐藏") + r"\v0 " + _escaped("。"))
    assert read(_rtf(para)).text == "现有会员3,418人。"


def test_list_numbers_written_for_readers_are_kept_before_their_items():
    item = lambda number, text: r"{\listtext\pard\plain  " + _escaped(number) + r"\tab}" + _escaped(text) + r"\par "
    bullet = r"{\listtext\pard\plain \f2 \'b7\tab}" + _escaped("要点") + r"\par "
    data = (HEAD + r"\pard " + item("一、", "工作回顾") + item("（一）", "民主管理。") + item("1.", "2024年新建工会3家。")
            + item("2.", "培训642人。") + bullet + r"{\*\pn\pnlvlbody{\pntxta .}}" + "}").encode("ascii")
    assert read(data).text == "一、工作回顾\n（一）民主管理。\n1. 2024年新建工会3家。\n2.培训642人。\n要点"
