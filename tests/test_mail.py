"""Saved e-mails (.eml): the report a message carries, without the mail client's furniture (reportmine.mail)."""

from __future__ import annotations

import base64
import quopri

import pytest

from reportmine import bulk
from reportmine.decode import DecodeError, read
from reportmine.mail import body_text

REPORT = "镇总工会2024年工作总结\n一、组织建设\n全年新建基层工会12家，发展会员1,438人。\n二、帮扶救助\n春节期间慰问困难职工86户。"
FORWARD_HEAD = "刘主任：您好！\n转发镇总工会年度总结，请审阅。\n\n-------- 转发邮件信息 --------\n发件人：\"镇总工会\" <zgh@example.cn>\n发送日期：2025-01-09 10:02:11\n收件人：\"刘敏\" <liumin@example.cn>\n主题：镇总工会2024年工作总结\n\n"
SIGNATURE = "\n\n--\n刘敏\n县总工会办公室\n电话：0000-1234 5678"


def _encoded_word(text: str) -> str:
    return "=?GB2312?B?" + base64.b64encode(text.encode("gbk")).decode("ascii") + "?="


def _eml(plain: str | None, html: str | None, *, charset: str = "GB2312", newline: str = "\n") -> bytes:
    codec = "gbk" if charset.upper().startswith("GB") else charset
    head = [
        "Received: from mail.example.cn (unknown [10.0.0.1])", "\tby mx.example.cn with SMTP;", "\tThu, 9 Jan 2025 10:03:00 +0800",
        f"From: {_encoded_word('刘敏')} <liumin@example.cn>", f"To: {_encoded_word('王强')} <wangq@example.cn>",
        f"Subject: {_encoded_word('转发：镇总工会')}", f" {_encoded_word('2024年工作总结')}", "Date: Thu, 9 Jan 2025 10:02:59 +0800",
        "MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="==b=="', "", "This is a multi-part message in MIME format.", ""]
    parts = []
    if plain is not None:
        qp = quopri.encodestring(plain.encode(codec)).decode("ascii")
        parts += ["--==b==", f'Content-Type: text/plain; charset="{charset}"', "Content-Transfer-Encoding: quoted-printable", "", qp]
    if html is not None:
        b64 = base64.encodebytes(html.encode(codec)).decode("ascii")
        parts += ["--==b==", f'Content-Type: text/html; charset="{charset}"', "Content-Transfer-Encoding: base64", "", b64]
    return newline.join(head + parts + ["--==b==--", ""]).encode("ascii")


def _html(text: str) -> str:
    return "<html><body>" + "".join(f"<div>{line or '<br>'}</div>" for line in text.split("\n")) + "</body></html>"


def test_forwarded_report_in_quoted_printable_gb2312(tmp_path):
    path = tmp_path / "转发.eml"
    path.write_bytes(_eml(FORWARD_HEAD + REPORT + SIGNATURE, None))
    src = read(path)
    assert (src.name, src.format, src.encoding) == ("转发", "email", "gb18030")
    assert src.text == REPORT  # no cover note, forwarded header block, signature, nor Subject
    assert read(path.read_bytes()).text == REPORT  # known by its headers, without the extension


def test_the_html_alternative_is_read_as_a_page_is(tmp_path):
    data = _eml(FORWARD_HEAD + REPORT + SIGNATURE, _html(FORWARD_HEAD + REPORT + SIGNATURE), newline="\r\n")
    src = read(data, name="alt")
    assert src.text == REPORT and any("text/html" in n for n in src.notes)


def test_a_long_text_above_a_quoted_message_is_kept():
    reply = "一、组织建设\n全年新建基层工会12家，发展会员1,438人，" + "覆盖职工四千余人，" * 30 + "\n"
    quoted = "-----Original Message-----\nFrom: 刘敏\nSent: 2025-01-09\nTo: 王强\nSubject: 总结\n\n请补充数据。"
    text, notes = body_text(reply + quoted)
    assert text == reply + "\n请补充数据。" and notes


def test_an_outlook_header_block_without_a_separator_line():
    text, _ = body_text("请查收。\nFrom: 刘敏 <liumin@example.cn>\nSent: Thursday, January 9, 2025 10:02 AM\nTo: 王强\nSubject: 总结\n\n" + REPORT)
    assert text == REPORT


def test_a_report_with_a_dash_line_or_colon_fields_is_not_cut():
    report = "一、组织建设\n时间：2024年全年\n主题：强基层\n新建工会12家。\n--\n" + "二、帮扶\n慰问困难职工86户。\n" * 6
    assert body_text(report) == (report.strip("\n"), ())


def test_a_plain_utf8_message_without_multipart():
    data = ("From: a@example.cn\nTo: b@example.cn\nSubject: report\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            + base64.encodebytes(REPORT.encode("utf-8")).decode("ascii")).encode("ascii")
    assert read(data, name="plain").text == REPORT


def test_a_message_a_client_wrote_opens_with_its_content_type():
    # Python's email package, and clients that write the message themselves, open with Content-Type
    # (it was read as text: its base64 body as the report)
    import email.mime.text

    message = email.mime.text.MIMEText(REPORT, "plain", "gb2312")
    message["From"], message["To"], message["Subject"] = "a@example.cn", "b@example.cn", "report"
    src = read(message.as_bytes(), name="generated")
    assert src.format == "email" and src.text == REPORT


def test_a_message_with_attachments_only_is_refused_naming_the_file():
    data = ("From: a@example.cn\nTo: b@example.cn\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
            "Content-Type: application/octet-stream\nContent-Disposition: attachment; filename=a.docx\n"
            "Content-Transfer-Encoding: base64\n\nUEsDBA==\n--b--\n").encode("ascii")
    with pytest.raises(DecodeError, match="空邮件.*e-mail with no text.*attachment"):
        read(data, name="空邮件")


def test_a_report_quoting_mail_headers_is_text():
    text = "一、信息化建设\nFrom: 办公室\nSubject: 通知\n全镇新建工会12家。"
    assert read(text.encode("utf-8")).format == "text"
    assert read("From: 办公室\n\n新建工会12家。".encode("gbk")).format == "text"  # a From line alone is no message head


def test_bulk_finds_eml_files(tmp_path):
    (tmp_path / "a.eml").write_bytes(_eml(REPORT, None))
    assert ".eml" in bulk.SUFFIXES and [p.name for p in bulk.expand_paths([tmp_path])] == ["a.eml"]


def test_a_mail_with_inline_images_is_a_mail_and_a_saved_page_is_a_page():
    html = _html(REPORT).encode("utf-8")
    related = ("From: a@example.cn\nTo: b@example.cn\nSubject: x\nMIME-Version: 1.0\n"
               'Content-Type: multipart/related; boundary="r"\n\n--r\nContent-Type: text/html; charset=utf-8\n'
               "Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(html + "<div>--</div><div>刘敏</div>".encode()).decode("ascii")
               + "--r\nContent-Type: image/png\nContent-ID: <logo>\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--r--\n").encode("ascii")
    src = read(related, name="inline")
    assert src.format == "email" and src.text == REPORT
    page = related.replace(b"From: a@example.cn\nTo: b@example.cn\n", b"From: <Saved by Blink>\n")
    assert read(page, name="page").format == "mhtml"


from hypothesis import given, settings, strategies as st  # noqa: E402

from reportmine.errors import ReportmineError  # noqa: E402


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["--==b==\n", "--==b==--\n", "Content-Type: text/html; charset=gb2312\n",
                                 "Content-Type: text/plain; charset=bogus\n", "Content-Transfer-Encoding: base64\n",
                                 "Content-Transfer-Encoding: quoted-printable\n", "\n", "=B9=A4=\n", "uaS74Q==\n",
                                 "<div>工会</div>\n", "-------- 转发邮件信息 --------\n", "发件人：x\n", "主题：y\n",
                                 "--\n", "Content-Disposition: attachment\n", "\x00\x01"]), max_size=40))
def test_random_damaged_messages_are_read_or_refused_by_a_reportmine_error(lines):
    data = ("From: a@example.cn\nTo: b@example.cn\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"==b==\"\n\n"
            + "".join(lines)).encode("utf-8")
    try:
        src = read(data, name="random")
    except ReportmineError:
        return
    assert isinstance(src.text, str)


def test_a_flowed_plain_text_body_has_its_soft_line_breaks_undone():
    flowed = "一、组织建设\n全年新建基层工会12家，发展 \n会员1,438人。\n二、帮扶救助"
    data = ("From: a@example.cn\nTo: b@example.cn\nSubject: x\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\nContent-Transfer-Encoding: base64\n\n"
            + base64.encodebytes(flowed.encode("utf-8")).decode("ascii")).encode("ascii")
    assert read(data, name="flowed").text == "一、组织建设\n全年新建基层工会12家，发展会员1,438人。\n二、帮扶救助"


def _with_attachment(body: str | None, filename: str, payload: bytes) -> bytes:
    lines = ["From: a@example.cn", "To: b@example.cn", "Subject: x", "MIME-Version: 1.0",
             'Content-Type: multipart/mixed; boundary="m"', ""]
    if body is not None:
        lines += ["--m", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "",
                  base64.encodebytes(body.encode("utf-8")).decode("ascii")]
    name = "=?GB2312?B?" + base64.b64encode(filename.encode("gbk")).decode("ascii") + "?="
    lines += ["--m", "Content-Type: application/octet-stream", f'Content-Disposition: attachment; filename="{name}"',
              "Content-Transfer-Encoding: base64", "", base64.encodebytes(payload).decode("ascii"), "--m--", ""]
    return "\n".join(lines).encode("ascii")


def test_a_report_attached_to_a_cover_note_is_read():
    from test_wordml import _docx, p, r

    docx = _docx(p(r("一、组织建设")) + p(r("全年新建基层工会12家。")))
    src = read(_with_attachment("王主任：总结见附件，请审阅。\n--\n刘敏", "年度总结.docx", docx), name="cover")
    assert src.format == "email" and src.text == "一、组织建设\n全年新建基层工会12家。"
    assert any("年度总结.docx" in n and "cover note" in n for n in src.notes)
    txt = read(_with_attachment(None, "总结.txt", REPORT.encode("gbk")), name="only")
    assert txt.text == REPORT and txt.encoding == "gb18030"


def test_a_body_that_is_the_report_is_read_before_an_attachment():
    body = REPORT + "\n" + "全年开展技能培训8期，培训职工1000人次，" * 12
    src = read(_with_attachment(body, "附件.txt", "别的文件".encode("gbk")), name="body")
    assert src.text == body


def test_a_short_reply_above_a_quoted_report_is_dropped_with_its_attribution_line():
    text, _ = body_text("收到，谢谢！\n\n在 2025年1月8日 17:42，王丽 <wangli@example.cn> 写道：\n" + REPORT)
    assert text == REPORT
