"""The reading stage: every supported codec and format decodes back to the original text."""

from __future__ import annotations

import io
import random

import opencc
import pytest

from conftest import SAMPLES
from reportmine.decode import DecodeError, chinese_score, decode_bytes, read

SEEDS = {p.stem[:3]: p.read_text(encoding="utf-8") for p in SAMPLES}
# Big5 holds traditional characters only: the simplified seeds in machine-converted traditional
# script (as archives carry them) give the Big5 tests more than the one traditional seed.
_S2T = opencc.OpenCC("s2t")
TRADITIONAL = {f"{k}-s2t": _S2T.convert(v) for k, v in SEEDS.items() if k in ("001", "002", "004")}

# (name, python codec, byte-order mark, encodings the reader may report)
CODECS = [
    ("utf-8", "utf-8", b"", {"utf-8"}),
    ("utf-8-sig", "utf-8", b"\xef\xbb\xbf", {"utf-8-sig"}),
    ("gb18030", "gb18030", b"", {"gb18030"}),
    ("gbk", "gbk", b"", {"gb18030"}),
    ("big5", "big5", b"", {"big5", "cp950", "big5hkscs"}),
    ("utf-16-le", "utf-16-le", b"", {"utf-16-le"}),
    ("utf-16-be", "utf-16-be", b"", {"utf-16-be"}),
    ("utf-16-le+bom", "utf-16-le", b"\xff\xfe", {"utf-16-le"}),
    ("utf-16-be+bom", "utf-16-be", b"\xfe\xff", {"utf-16-be"}),
]


def representable(text: str, codec: str) -> str:
    """The lines of ``text`` that ``codec`` can encode (no replacement characters), joined again."""
    keep = []
    for line in text.split("\n"):
        try:
            line.encode(codec)
        except UnicodeEncodeError:
            continue
        keep.append(line)
    return "\n".join(keep)


def encoded_prefix(text: str, codec: str, budget: int) -> str:
    """The longest prefix of ``text`` whose encoding fits in ``budget`` bytes (computed char by char)."""
    used = 0
    for i, ch in enumerate(text):
        used += len(ch.encode(codec))
        if used > budget:
            return text[:i]
    return text


def _cases():
    for seed, text in {**SEEDS, **TRADITIONAL}.items():
        for name, codec, bom, expected in CODECS:
            sub = representable(text, codec)
            if sum(not c.isascii() for c in sub) >= 50:  # enough text for the test to say something
                yield pytest.param(sub, codec, bom, expected, id=f"{seed}/{name}")


CASES = list(_cases())


def test_every_codec_has_cases():
    covered = {c.id.rsplit("/", 1)[1] for c in CASES}
    assert covered == {name for name, *_ in CODECS}
    big5_texts = [c for c in CASES if c.id.endswith("/big5")]
    assert len(big5_texts) >= 3


@pytest.mark.parametrize("text, codec, bom, expected", CASES)
def test_whole_file_round_trip(text, codec, bom, expected):
    got, encoding, notes = decode_bytes(bom + text.encode(codec))
    assert got == text
    assert encoding in expected


@pytest.mark.parametrize("cut", [200, 199])
@pytest.mark.parametrize("text, codec, bom, expected", CASES)
def test_cut_file_decodes_to_its_prefix(text, codec, bom, expected, cut):
    data = (bom + text.encode(codec))[:cut]
    got, encoding, notes = decode_bytes(data)
    prefix = encoded_prefix(text, codec, cut - len(bom))
    assert got == prefix
    assert encoding in expected
    partial = len(bom) + len(prefix.encode(codec)) < cut
    assert any("incomplete final character" in n for n in notes) == partial


def _chunks(texts: list[str], n: int, lo: int, hi: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    joined = "\n".join(texts)
    out = []
    while len(out) < n:
        size = rng.randint(lo, hi)
        start = rng.randrange(len(joined) - size)
        piece = joined[start : start + size]
        if sum(not c.isascii() for c in piece) >= lo // 2:
            out.append(piece)
    return out


SHORT_GBK = [
    "今年以来，区总工会紧紧围绕中心工作。",
    "为145名困难职工发放救助资金24万元。",
    "全镇新建基层工会12家，发展会员1438人。",
    "开展送温暖活动，慰问困难职工。",
    "加强职工之家建设",
    "下一步工作打算",
    "关于区总工会的工作总结",
]
SHORT_BIG5 = [
    "今年以來，區總工會緊緊圍繞中心工作。",
    "為145名困難職工發放救助資金24萬元。",
    "鄉鎮工會上半年工作總結",
    "開展送溫暖活動，慰問困難職工。",
    "加強職工之家建設",
]


def test_short_gbk_is_a_real_trap_for_generic_detectors():
    # these bytes are also valid cp949 (Korean): a detector that only checks validity can be fooled
    assert sum(1 for s in SHORT_GBK if _decodes(s.encode("gbk"), "cp949")) >= 3


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


@pytest.mark.parametrize("sentence", SHORT_GBK)
def test_short_gbk_sentence_reads_as_chinese(sentence):
    got, encoding, _ = decode_bytes(sentence.encode("gbk"))
    assert (got, encoding) == (sentence, "gb18030")


@pytest.mark.parametrize("sentence", SHORT_BIG5)
def test_short_big5_sentence_reads_as_chinese(sentence):
    got, encoding, _ = decode_bytes(sentence.encode("big5"))
    assert (got, encoding) == (sentence, "big5")


@pytest.mark.parametrize(
    "codec, texts",
    [
        ("gbk", [SEEDS["001"], SEEDS["002"], SEEDS["004"]]),
        ("big5", [SEEDS["003"], *TRADITIONAL.values()]),
        ("utf-16-le", [SEEDS["004"], SEEDS["003"]]),
    ],
)
def test_random_short_snippets_decode_exactly(codec, texts):
    pieces = [p for p in _chunks([representable(t, codec) for t in texts], 150, 10, 30, seed=7)]
    wrong = [(p, decode_bytes(p.encode(codec))[0]) for p in pieces]
    wrong = [(p, g) for p, g in wrong if p != g]
    assert wrong == []


@pytest.mark.parametrize("seed", ["000", "002", "003", "004"])
@pytest.mark.parametrize("order", [("utf-8", "gbk"), ("gbk", "utf-8")])
def test_mixed_utf8_and_gbk_file(seed, order):
    lines = SEEDS[seed].split("\n")
    half = len(lines) // 2
    head, tail = "\n".join(lines[:half]), "\n".join(lines[half:])
    data = head.encode(order[0]) + b"\n" + tail.encode(order[1])
    got, encoding, notes = decode_bytes(data)
    assert got == SEEDS[seed]
    assert encoding == "mixed(utf-8,gb18030)"
    assert any("per line" in n for n in notes)


def test_short_mixed_file():
    data = "一、加强学习\n".encode("utf-8") + "二、维护职工合法权益".encode("gbk")
    assert decode_bytes(data)[:2] == ("一、加强学习\n二、维护职工合法权益", "mixed(utf-8,gb18030)")


def test_a_bad_byte_is_replaced_locally_and_noted():
    text = SEEDS["004"]
    data = bytearray(text.encode("gbk"))
    at = data.index("组建".encode("gbk"))
    data[at] = 0xFF  # lead byte of 组 destroyed
    got, encoding, notes = decode_bytes(bytes(data))
    assert encoding == "gb18030"
    assert got == text.replace("组建", "\ufffd建", 1)
    assert any("replaced 1 undecodable" in n for n in notes)


def test_newlines_are_normalised():
    got, _, _ = decode_bytes("一、学习\r\n二、维权\r三、服务\n".encode("gbk"))
    assert got == "一、学习\n二、维权\n三、服务\n"


def test_pure_ascii_and_empty():
    assert decode_bytes(b"ID:658860\n")[:2] == ("ID:658860\n", "utf-8")
    assert decode_bytes(b"")[:2] == ("", "utf-8")


def test_scores_separate_right_and_wrong_readings():
    right = "全镇新建基层工会12家，发展会员1438人。"
    assert chinese_score(right) > 0.9
    assert chinese_score(right.encode("gbk").decode("cp949")) < 0
    assert chinese_score(right.encode("utf-8").decode("gbk", "replace")) < 0.5


@pytest.mark.parametrize("size", [12, 200, 5000])
def test_binary_garbage_is_refused_with_the_file_name(tmp_path, size):
    path = tmp_path / "scan.txt"
    path.write_bytes(random.Random(size).randbytes(size))
    with pytest.raises(DecodeError) as err:
        read(path)
    message = str(err.value)
    assert "scan" in message and "utf-8" in message and "gb18030" in message and "Convert" in message


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such report file"):
        read(tmp_path / "missing.txt")
    with pytest.raises(IsADirectoryError):
        read(tmp_path)
    with pytest.raises(FileNotFoundError, match="parse_text"):
        read("今年以来，区总工会紧紧围绕中心工作。\n一、加强学习")


def test_read_path_names_the_source(tmp_path):
    path = tmp_path / "镇工会总结.txt"
    path.write_bytes("鄉鎮工會上半年工作總結".encode("big5"))
    src = read(path)
    assert (src.name, src.text, src.encoding, src.format) == ("镇工会总结", "鄉鎮工會上半年工作總結", "big5", "text")
    assert read(path, name="x").name == "x"
    assert read(b"abc").name == "<bytes>"


PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>区总工会工作总结_范文网</title>
<style>p { color: red }</style>
<script>var s = "<p>脚本里的字</p>";</script>
</head>
<body>
<nav><a href="/">首页</a> &gt; <a href="/z">工作总结</a></nav>
<div class="content">
<h1>区总工会上半年工作总结</h1>
<p>&nbsp;&nbsp;今年以来，区总工会紧紧围绕
中心工作，以&ldquo;123456&rdquo;的总体思路推进&amp;落实。</p>
<p>一、加强学习<br>二、维护权益<br/><br/><br/><br/>三、服务职工</p>
<table><tr><td>会员</td><td>1438人</td></tr></table>
<noscript>请启用脚本</noscript>
</div>
</body></html>"""


def test_html_page_given_as_gbk_bytes():
    src = read(PAGE.encode("gbk"), name="page")
    assert src.format == "html"
    assert src.encoding == "gb18030"
    assert any("gbk" in n for n in src.notes)
    assert src.text == (
        "区总工会上半年工作总结\n"
        "今年以来，区总工会紧紧围绕中心工作，以“123456”的总体思路推进&落实。\n"
        "一、加强学习\n二、维护权益\n\n三、服务职工\n"
        "会员 1438人"
    )
    for dropped in ("脚本", "首页", "color", "范文网", "请启用"):
        assert dropped not in src.text


def test_html_with_a_stale_meta_charset_is_detected(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes(PAGE.encode("utf-8"))  # re-saved as UTF-8, meta still says gbk
    src = read(path)
    assert src.encoding == "utf-8"
    assert src.text.startswith("区总工会上半年工作总结\n今年以来")


def test_html_sniffed_without_extension_and_in_utf16():
    page = "<html><body><p>一、加强学习</p><p>二、维护权益</p></body></html>"
    assert read(page.encode("utf-8")).text == "一、加强学习\n二、维护权益"
    src = read(page.encode("utf-16"))
    assert (src.format, src.text) == ("html", "一、加强学习\n二、维护权益")
    assert read("一、<p>不是网页</p>".encode("utf-8")).format == "text"


def _docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("镇总工会工作报告", 1)
    d.add_paragraph("一、加强组织建设")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "会员"
    table.cell(0, 1).text = "1438人"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "合计"
    d.add_paragraph("二、维护职工权益")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    path = tmp_path / "报告.docx"
    path.write_bytes(_docx_bytes())
    src = read(path)
    assert (src.name, src.format) == ("报告", "docx")
    assert src.text == "镇总工会工作报告\n一、加强组织建设\n会员 1438人\n合计\n二、维护职工权益"  # a row is a line
    assert read(_docx_bytes()).text == src.text  # sniffed from the bytes


@pytest.mark.parametrize("damage", ["truncated", "not a zip"])
def test_corrupt_docx_raises_a_clear_error(tmp_path, damage):
    data = _docx_bytes()
    path = tmp_path / "坏文件.docx"
    path.write_bytes(data[: len(data) // 2] if damage == "truncated" else "不是文档".encode("utf-8"))
    with pytest.raises(DecodeError, match="坏文件.*docx.*re-save"):
        read(path)


def test_old_binary_word_file_is_refused():
    with pytest.raises(DecodeError, match="old binary Office"):
        read(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), name="old")


# --- saved web pages (MHTML): a browser's "save as single file" -----------------------------------
import base64  # noqa: E402
import quopri  # noqa: E402

_MHT_PAGE = ('<html><head><meta charset="utf-8"><title>镇总工会2024年工作总结_网站</title></head><body>'
             '<div class="nav">网站首页 | 工会动态</div><div class="content"><p>一、组织建设</p>'
             '<p>全镇新建基层工会12家，发展会员1438人。</p></div><div class="footer">版权所有</div></body></html>')


def _mhtml(page: bytes, *, encoding: str = "quoted-printable", charset: str = "utf-8", newline: bytes = b"\n",
           kind: str = "text/html") -> bytes:
    body = quopri.encodestring(page) if encoding == "quoted-printable" else base64.encodebytes(page)
    head = [b"From: <Saved by Blink>", b"Subject: =?utf-8?Q?=E5=B7=A5=E4=BC=9A?=", b"MIME-Version: 1.0",
            b'Content-Type: multipart/related;', b'\ttype="text/html";', b'\tboundary="----B--x"', b"", b"",
            b"------B--x", f"Content-Type: {kind}; charset={charset}".encode(),
            f"Content-Transfer-Encoding: {encoding}".encode(), b"Content-Location: https://zgh.example.cn/1.html", b"",
            *body.splitlines(), b"------B--x", b"Content-Type: image/png", b"Content-Transfer-Encoding: base64", b"",
            b"iVBORw0KGgo=", b"------B--x--", b""]
    return newline.join(head)


def test_mhtml_page_is_read_as_its_html_part(tmp_path):
    path = tmp_path / "总结.mht"
    path.write_bytes(_mhtml(_MHT_PAGE.encode("utf-8")))
    src = read(path)
    assert src.format == "mhtml" and src.name == "总结"
    assert src.text == "一、组织建设\n全镇新建基层工会12家，发展会员1438人。"  # furniture left out as for HTML
    assert any("MHTML" in n for n in src.notes)
    assert read(path.read_bytes()).text == src.text  # sniffed from the bytes, no extension needed


def test_mhtml_in_gbk_base64_with_crlf_as_internet_explorer_saves_it():
    page = _MHT_PAGE.replace('charset="utf-8"', 'charset="gb2312"').encode("gbk")
    src = read(_mhtml(page, encoding="base64", charset="gb2312", newline=b"\r\n"), name="ie")
    assert "发展会员1438人" in src.text and src.encoding == "gb18030"


def test_mhtml_with_a_plain_text_part_only():
    src = read(_mhtml("一、组织建设\n发展会员1438人。".encode("utf-8"), kind="text/plain"), name="plain")
    assert src.text == "一、组织建设\n发展会员1438人。"


def test_mhtml_without_a_page_is_refused_naming_the_file():
    only_image = _mhtml(b"\x89PNG", encoding="base64", kind="image/png")
    with pytest.raises(DecodeError, match="空页.*MHTML.*save it as .html"):
        read(only_image, name="空页")


def test_a_report_that_quotes_mime_headers_is_text():
    text = "一、信息化建设\nMIME-Version: 1.0\nContent-Type: multipart/related\n全镇新建工会12家。"
    assert read(text.encode("utf-8")).format == "text"


# --- HTML furniture: navigation, headers, footers, sidebars and class/id-named blocks are dropped ------
TEMPLATE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>镇总工会2022年工作总结_工作总结_某某范文网</title></head>
<body>
<header class="site-head"><a href="/">某某范文网</a><h1>镇总工会2022年工作总结</h1></header>
<ul id="topmenu"><li><a>工作总结<li><a>工作计划<li><a>述职报告</ul>
<div class="position">当前位置：首页 &gt; 工作总结</div>
<div class="article-body">
<p>　　2022年，镇总工会新建基层工会12家，新增会员860人。</p>
<div class="share-box">分享到：<a>微信</a><a>微博</a></div>
<p>　　一、维护职工权益</p><p>　　全年调处劳动争议9起。</p>
</div>
<aside><h3>热门文章</h3><ul><li>村级工会工作计划</li></ul></aside>
<div class="xiangguan"><a>社区工会工作总结</a></div>
<div id="comments"><p>网友：写得好。</p></div>
<div class="foot">Copyright 某某范文网</div>
</body></html>"""


from reportmine.decode import html_to_text  # noqa: E402


def test_html_template_page_keeps_title_and_body_only():
    text = html_to_text(TEMPLATE_PAGE).replace("\u3000", "")  # indentation is the normaliser's job
    assert text == (
        "镇总工会2022年工作总结\n"
        "2022年，镇总工会新建基层工会12家，新增会员860人。\n"
        "一、维护职工权益\n全年调处劳动争议9起。"
    )


def test_html_title_tag_is_not_read():
    assert "某某范文网" not in html_to_text(TEMPLATE_PAGE)


def test_html_content_class_is_kept_even_with_a_furniture_word():
    page = '<div class="main-content header-fixed"><p>全年开展职工培训18期。</p></div>'
    assert html_to_text(page) == "全年开展职工培训18期。"


def test_html_class_rules_never_drop_most_of_the_page():
    # a page that wraps its whole article in a "sidebar"-named layout div: read by tag alone
    page = '<div class="layout-sidebar-right"><p>今年工会新建会员之家5个。</p><p>慰问困难职工86人。</p></div>'
    assert html_to_text(page) == "今年工会新建会员之家5个。\n慰问困难职工86人。"


def test_html_nested_divs_inside_a_dropped_block_do_not_end_it():
    page = '<div class="sidebar"><div><p>推荐</p></div><p>链接标题</p></div><p>全年发放慰问金12万元。</p>'
    assert html_to_text(page) == "全年发放慰问金12万元。"


def test_html_unclosed_list_items_close_each_other():
    page = '<ul><li class="ad">广告位<li>一、加强学习<li>二、维护权益</ul><p>正文在此。</p>'
    assert html_to_text(page) == "一、加强学习\n二、维护权益\n正文在此。"


def test_html_furniture_table_rows_are_explained(tmp_path):
    from reportmine.decode import html_furniture

    rules = html_furniture()
    assert {"nav", "footer", "aside", "header"} <= rules.tags
    assert rules.by_names([("id", "breadcrumb")]) and not rules.by_names([("class", "article")])


def test_hanzi_classes_at_once_are_the_classes_one_by_one():
    # the weight table classifies all 20,992 ideographs by one encode per codec (start-up, issue 9);
    # each must get what _hanzi_class gives it alone
    from reportmine.decode import _hanzi_class, _hanzi_classes

    assert _hanzi_classes(0x4E00, 0xA000) == [_hanzi_class(chr(c)) for c in range(0x4E00, 0xA000)]


# --- the classes of a long text counted by numpy: the same weights as str.translate -----------------------
from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("关于區会ｱｲ가\x01\x7f\t\n a，。") + ["\U00020000", "\ud800", "\ue000", "\uffff"]), max_size=60),
       st.integers(0, 40))
def test_numpy_class_counts_weigh_as_translate(chunk, times):
    from reportmine import decode

    text = chunk * times  # long enough, often, for the numpy count
    assert decode._weigh(text) == decode._weigh_translated(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(decode, "_COUNT_BY_NUMPY_FROM", 0)
        assert decode._weigh(text) == decode._weigh_translated(text)


# --- a <br> inside a <p>: soft on a page whose paragraphs are <p> elements -----------------------
P_PAGE = """<html><body>
<p>今年以来，镇工会以服务职工为中心，扎实推进各项工作。</p>
<p>一、组织建设稳步推进</p>
<p>&nbsp;&nbsp;全镇新建企业工会7家，新增会员312人。<br />
为8户因病致困职工申请救助金2.4万元，户均3000元。</p>
<p>二、困难帮扶</p>
<p>走访慰问困难职工96人，发放慰问金6.5万元。</p>
</body></html>"""


def test_a_br_inside_a_p_of_a_p_paragraphed_page_is_a_soft_break():
    assert html_to_text(P_PAGE).split("\n")[2] == "全镇新建企业工会7家，新增会员312人。为8户因病致困职工申请救助金2.4万元，户均3000元。"
    wrapped = P_PAGE.replace("新增会员312人。<br />\n为8户", "新增会员<br>312人。为8户")
    assert html_to_text(wrapped).split("\n")[2] == "全镇新建企业工会7家，新增会员312人。为8户因病致困职工申请救助金2.4万元，户均3000元。"


@pytest.mark.parametrize(
    "inside, lines",
    [
        # indentation after the <br>: a new paragraph
        ("新增会员312人。<br>&nbsp;&nbsp;为8户职工申请救助金。", ["新增会员312人。", "为8户职工申请救助金。"]),
        ("新增会员312人。<br>\u3000\u3000为8户职工申请救助金。", ["新增会员312人。", "\u3000\u3000为8户职工申请救助金。"]),
        # a list inside one <p>, a heading line above its text, two <br>s: line breaks
        ("1.新建工会7家。<br>2.新增会员312人。", ["1.新建工会7家。", "2.新增会员312人。"]),
        ("三、帮扶解困<br>走访慰问困难职工96人。", ["三、帮扶解困", "走访慰问困难职工96人。"]),
        ("新增会员312人。<br><br>走访慰问困难职工96人。", ["新增会员312人。", "", "走访慰问困难职工96人。"]),
        # a line that is no prose before it (a contact block, a title and its date)
        ("联系人：张红<br>电话：0571-86012345", ["联系人：张红", "电话：0571-86012345"]),
        ("镇工会2024年上半年工作总结<br>2024年7月8日", ["镇工会2024年上半年工作总结", "2024年7月8日"]),
    ],
)
def test_a_br_inside_a_p_that_breaks_a_line_stays(inside, lines):
    page = f"<p>今年以来，镇工会扎实推进各项工作。</p><p>{inside}</p><p>二、困难帮扶</p><p>慰问职工96人。</p>"
    assert html_to_text(page).split("\n")[1:-2] == lines


def test_paragraphs_made_of_br_runs_keep_their_breaks():
    page = "<p>今年以来，镇工会扎实推进各项工作。<br>全镇新建企业工会7家。<br>新增会员312人。</p><p>为8户职工申请救助金。<br>户均3000元。</p><p>联系电话</p>"
    assert html_to_text(page) == "今年以来，镇工会扎实推进各项工作。\n全镇新建企业工会7家。\n新增会员312人。\n为8户职工申请救助金。\n户均3000元。\n联系电话"
    div_page = "<div>今年以来，镇工会扎实推进各项工作。<br>全镇新建企业工会7家。</div><p>一</p><p>二</p><p>三</p>"
    assert html_to_text(div_page).startswith("今年以来，镇工会扎实推进各项工作。\n全镇新建企业工会7家。")


# --------------------------------------------------------------------------- an article only inside a script

def _escaped(text: str) -> str:
    """``text`` as a JSON string body with every non-ASCII character and < > as \\uXXXX (as CMSs write state)."""
    return "".join("\\n" if c == "\n" else c if c.isascii() and c not in '<>"\\' else
                   (f"\\u{ord(c):04x}" if c not in '"\\' else "\\" + c) for c in text)


_STATE_ARTICLE = ('<p style="text-indent:2em">&nbsp;2025年，柳溪街道总工会围绕楼宇服务开展工作。现将全年工作总结如下。</p>'
                  '<p><strong>一、组织建设</strong></p><p><strong>1.楼宇建会：</strong>新建楼宇工会5个，覆盖企业164家、职工3920人。</p>'
                  '<p><strong>二、服务职工</strong></p><p>走访慰问困难职工家庭47户，发放慰问金9.4万元；&ldquo;暖心驿站&rdquo;接待户外劳动者1.6万余人次。</p>'
                  '<p>全年举办职工文体活动19场，参与职工5200余人次，组织职工疗休养3批、共计268人。</p>'
                  '<p><strong>三、存在问题和2026年打算</strong></p><p>楼宇企业人员流动较大，会员动态管理难度不小。</p>'
                  '<p>2026年，街道总工会将新建楼宇工会3个以上，力争新增会员800名，推动服务驿站覆盖全部社区。</p>')
_FURNITURE = ('<div class="topbar">欢迎访问柳溪街道网站</div><nav><a href="/">首页</a><a href="/news/">街道要闻</a></nav>'
              '<div class="crumb">当前位置：首页 &gt; 工作动态</div><div id="app"><p class="loading">加载中…</p></div>'
              '<aside><h3>热点排行</h3><ol><li>街道召开2026年工作部署会</li><li>辖区企业招聘信息汇总</li></ol></aside>'
              '<footer><p>联系电话：021-5550 1234</p></footer>')


def test_an_article_held_only_in_a_script_state_is_read_with_its_title():
    state = ('{"global":{"siteName":"%s"},"article":{"id":20251230004,"title":"%s","views":2817,"content":"%s"},'
             '"related":[{"title":"%s"}]}') % (_escaped("柳溪街道办事处"), _escaped("柳溪街道总工会2025年工作总结"),
                                                _escaped(_STATE_ARTICLE), _escaped("街道举办职工运动会 900名职工参加"))
    page = f'<!DOCTYPE html><html><head><title>柳溪街道</title></head><body>{_FURNITURE}<script>window.__INITIAL_STATE__={state};</script></body></html>'
    text = read(page.encode(), name="p").text
    lines = text.split("\n")
    assert lines[0] == "柳溪街道总工会2025年工作总结" and lines[1].startswith("2025年，柳溪街道总工会")
    assert "1.楼宇建会：新建楼宇工会5个，覆盖企业164家、职工3920人。" in lines and "“暖心驿站”接待户外劳动者1.6万余人次。" in text
    assert not any(w in text for w in ("加载中", "热点排行", "首页", "900名", "2817", "021-5550"))


def test_a_js_variable_holding_plain_text_is_read_too():
    body = "2025年全镇工会工作总结\n" + "全年新建工会组织12个，发展会员860名，慰问困难职工73户。\n" * 8
    page = f'<html><body><div class="nav">首页</div><script>var content = "{_escaped(body)}";</script></body></html>'
    text = read(page.encode(), name="p").text
    assert text.startswith("2025年全镇工会工作总结\n全年新建工会组织12个") and "首页" not in text


@pytest.mark.parametrize("case", ["visible_article", "menu_json", "short_string"])
def test_pages_whose_article_is_visible_or_whose_scripts_hold_no_article_are_unchanged(case):
    visible = "<p>全年新建工会组织12个。</p><p>发展会员860名。</p><p>慰问困难职工73户。</p>"
    if case == "visible_article":  # the article shown, and a copy of it in the state: the shown one is read
        page = f"<html><body>{visible}<script>var s = \"{_escaped(_STATE_ARTICLE)}\";</script></body></html>"
    elif case == "menu_json":  # a table-only page with a long menu (no sentences) in one string
        menu = _escaped("、".join(["工会要闻", "基层动态", "维权服务", "帮扶救助", "劳模风采"] * 12))
        visible = "<table><tr><td>会员</td><td>860</td></tr></table>"
        page = f"<html><body>{visible}<script>JSON.parse('{{\"menu\":\"{menu}\"}}');</script></body></html>"
    else:
        visible = "<table><tr><td>会员</td><td>860</td></tr></table>"
        page = f"<html><body>{visible}<script>var t = \"{_escaped('工会工作总结。')}\";</script></body></html>"
    assert html_to_text(page) == html_to_text(page.split("<script>")[0])


@pytest.mark.parametrize("indent", ["", "\u3000\u3000", "\u3000\u3000\u3000\u3000"])
def test_utf16be_without_bom_from_an_old_windows_tool_reads_right(indent):
    """UTF-16BE with no byte-order mark, CRLF, full-width indentation (U+3000 is 30 00: a NUL on the
    side little-endian ASCII has), a ――― rule and few ASCII characters: still read as UTF-16BE."""
    lines = ["桂香社区工会2025年工作总结", "", f"{indent}二〇二六年一月五日", "",
             f"{indent}一、组织建设", f"{indent}①全年发展会员64名，社区工会会员达到318名。",
             f"{indent}②走访慰问困难职工家庭12户，发放慰问金1.2万元。", "――――――――――――",
             f"{indent}二、存在问题和2026年打算", f"{indent}志愿服务队伍不够稳定。", "录入：王芳　审核：李明"]
    text = "\n".join(lines)
    got, encoding, notes = decode_bytes(text.replace("\n", "\r\n").encode("utf-16-be"))
    assert (got, encoding) == (text, "utf-16-be")


def test_a_script_article_whose_markup_is_written_as_entities_is_read_as_html():
    import html as html_module

    state = '{"docTitle":"%s","body":"%s"}' % (_escaped("柳溪街道总工会2025年工作总结"), _escaped(html_module.escape(_STATE_ARTICLE)))
    page = f'<html><body>{_FURNITURE}<script id="__NEXT_DATA__" type="application/json">{state}</script></body></html>'
    lines = read(page.encode(), name="p").text.split("\n")
    assert lines[:3] == ["柳溪街道总工会2025年工作总结", "2025年，柳溪街道总工会围绕楼宇服务开展工作。现将全年工作总结如下。", "一、组织建设"]
