r"""Reading e-mail messages (``.eml``, RFC 822/MIME) as the report they carry.

A saved message is headers, a blank line and a body, often ``multipart/alternative`` with a plain
and an HTML copy of the same text, each quoted-printable or base64 in its own charset (GB2312 mail
is read as GB18030, its superset).  The HTML part is the one a mail client shows (read as an .html
page is), else the plain one (its soft line breaks undone when it is ``format=flowed``); attachments
are not the message, unless the body is a cover note only (总结见附件，请审阅。) and a report file is
attached (.docx, .rtf, .txt, a web page): then the attachment is read.  The headers, the Subject
included, are no body text.

What a mail client writes into a body around the report is the client's, not the report's, so the
reader drops it (``data/decode_email.tsv``): a forwarded message's header block (``-------- 转发邮件信息
--------``, ``发件人：`` … ``主题：``) with the short note above it, and a short signature after a
``--`` line.

The standard library's MIME parser is imported only when a message is read (it costs 12 ms of
start-up).

>>> body_text("王科长：您好！\n转发总结，请审阅。\n-------- 转发邮件信息 --------\n发件人：张三\n主题：总结\n\n一、组织建设\n新建工会3个。\n--\n李四\n电话：123")
('一、组织建设\n新建工会3个。', ('dropped the forwarding note and the forwarded-message header (5 lines)', 'dropped the signature after "--" (3 lines)'))
"""

from __future__ import annotations

import re
from functools import lru_cache

from .errors import DecodeError
from .tables import read_table

__all__ = ["message_part", "body_text", "is_cover_note", "unflow", "report_attachments", "REPORT_ATTACHMENTS"]

#: A note above a forwarded message longer than this (characters, blanks aside) is kept: it is text
#: the sender wrote, not a cover line.  A body this short is a cover note: an attached report is read.
MAX_COVER_NOTE = 200
#: A signature is this many non-blank lines at most (more after a ``--`` line is text).
MAX_SIGNATURE_LINES = 8


def message_part(data: bytes, name: str = "<bytes>") -> tuple[bytes, str | None, str]:
    r"""The part of an e-mail a reader reads: ``(bytes, charset it declares or None, its type)``.

    The first ``text/html`` part that is no attachment, else the first ``text/plain`` one; its transfer
    encoding (quoted-printable, base64) undone.  Raises :class:`~reportmine.errors.DecodeError` naming
    the file when there is none.

    >>> eml = (b"From: a@b.cn\nSubject: =?GB2312?B?uaS74Q==?=\nMIME-Version: 1.0\n"
    ...        b"Content-Type: text/plain; charset=GB2312\nContent-Transfer-Encoding: quoted-printable\n\n=B9=A4=BB=E1\n")
    >>> body, charset, kind = message_part(eml)
    >>> body.decode("gb18030"), charset, kind
    ('工会\n', 'gb2312', 'text/plain')
    """
    import email  # only for a message: the MIME parser costs 12 ms of start-up
    import email.policy

    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    parts = [p for p in msg.walk() if not p.is_multipart() and not _is_attachment(p)]
    for kind in ("text/html", "text/plain"):
        for part in parts:
            if part.get_content_type() == kind:
                payload = part.get_payload(decode=True)
                if payload and payload.strip():
                    if kind == "text/plain" and (part.get_param("format") or "").lower() == "flowed":
                        payload = unflow(payload, (part.get_param("delsp") or "").lower() == "yes")
                    return payload, part.get_content_charset(), kind
    raise DecodeError("cannot read: an e-mail with no text or HTML body (attachments only, or empty)", path=name,
                      hint="Save the attachment that holds the report and read that file.")


#: Attachments that can hold the report itself (by file suffix), in the order they are tried.
REPORT_ATTACHMENTS = (".docx", ".rtf", ".txt", ".html", ".htm", ".mht", ".mhtml")


def report_attachments(data: bytes) -> list[tuple[str, bytes]]:
    r"""The attachments of a message that may be the report (``.docx``, ``.rtf``, ``.txt``, web pages):
    ``[(file name, bytes)]``, in :data:`REPORT_ATTACHMENTS` order, then message order.

    >>> eml = (b"From: a@b.cn\nTo: c@d.cn\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
    ...        b"Content-Type: text/plain\n\nsee attachment\n--b\nContent-Type: application/octet-stream\n"
    ...        b'Content-Disposition: attachment; filename="=?GB2312?B?19y94Q==?=.txt"\nContent-Transfer-Encoding: base64\n\n'
    ...        b"uaS74Q==\n--b--\n")
    >>> [(n, b.decode("gbk")) for n, b in report_attachments(eml)]
    [('总结.txt', '工会')]
    """
    import email
    import email.errors
    import email.header
    import email.policy

    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    found = []
    for part in msg.walk():
        if part.is_multipart() or not _is_attachment(part):
            continue
        raw = part.get_filename() or ""
        try:  # encoded words (=?GB2312?B?...?=.docx) joined as written, no space added between them
            name = "".join(b.decode(cs or "ascii", "replace") if isinstance(b, bytes) else b
                           for b, cs in email.header.decode_header(raw))
        except (LookupError, email.errors.HeaderParseError):
            name = raw
        suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
        payload = part.get_payload(decode=True)
        if suffix in REPORT_ATTACHMENTS and payload:
            found.append((REPORT_ATTACHMENTS.index(suffix), name, payload))
    return [(name, payload) for _, name, payload in sorted(found, key=lambda f: f[0])]


def unflow(body: bytes, delsp: bool = False) -> bytes:
    r"""A ``format=flowed`` plain-text body (RFC 3676) with its soft line breaks undone: a line ending in
    a space goes on in the next line (the space dropped too with ``delsp=yes``); the signature line
    ``-- `` stays as it is.

    >>> unflow("全年新建工会 \r\n12家。\r\n二、".encode("gbk")).decode("gbk")
    '全年新建工会 12家。\r\n二、'
    >>> unflow("全年新建工会 \n12家。".encode(), delsp=True).decode()
    '全年新建工会12家。'
    """
    newline = b"\r\n" if b"\r\n" in body else b"\n"
    out: list[bytes] = []
    for line in body.split(newline):
        if out and out[-1].endswith(b" ") and out[-1] != b"-- ":
            out[-1] = (out[-1][:-1] if delsp else out[-1]) + line
        else:
            out.append(line)
    return newline.join(out)


def _is_attachment(part) -> bool:
    return (part.get("Content-Disposition") or "").strip().lower().startswith("attachment")


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Compiled ``data/decode_email.tsv``: separator line, header line, from-line, subject-line, signature line."""
    rows = read_table("decode_email.tsv")
    kinds = {"separator", "header", "signature"}
    for row in rows:
        if row["kind"] not in kinds:
            raise ValueError(f"decode_email.tsv:{row.line}: kind {row['kind']!r} is not one of {', '.join(sorted(kinds))}")

    def alternation(kind: str, role: str | None = None) -> str:
        return "|".join(r["pattern"] for r in rows if r["kind"] == kind and (role is None or r["role"] == role))

    def field(names: str) -> re.Pattern:
        return re.compile(rf"(?:{names})\s*[:：]", re.I)

    return (re.compile(rf"(?:{alternation('separator')})", re.I), field(alternation("header")),
            field(alternation("header", "from")), field(alternation("header", "subject")),
            re.compile(rf"(?:{alternation('signature')})"))


def _header_run(lines: list[str], i: int) -> int:
    """How many lines from ``i`` are fields of a quoted header block (``发件人：…``), blank lines between them allowed."""
    header = _rules()[1]
    n = end = 0
    j = i
    while j < len(lines):
        s = lines[j].strip()
        if header.match(s):
            n, end = n + 1, j + 1 - i
        elif s:
            break
        j += 1
    return end if n >= 2 else 0


def _forwarded_block(lines: list[str]) -> tuple[int, int] | None:
    """``(start, end)`` of the first forwarded-message header block: a separator line and the fields
    under it, or (no separator) a run of fields from a From field to a Subject field."""
    separator, _, opens, closes, _ = _rules()
    for i, line in enumerate(lines):
        s = line.strip()
        if separator.fullmatch(s):
            return i, i + 1 + _header_run(lines, i + 1)
        if opens.match(s):
            run = _header_run(lines, i)
            if run >= 3 and any(closes.match(x.strip()) for x in lines[i : i + run]):
                return i, i + run
    return None


def _signature_start(lines: list[str]) -> int | None:
    """The index of the signature delimiter line when a short signature follows it."""
    signature = _rules()[4]
    for i in range(len(lines) - 1, -1, -1):
        if signature.fullmatch(lines[i].strip()):
            rest = [x for x in lines[i + 1 :] if x.strip()]
            return i if len(rest) <= MAX_SIGNATURE_LINES else None
    return None


def is_cover_note(text: str) -> bool:
    """True for a body that is a cover note at most (:data:`MAX_COVER_NOTE` characters, blanks aside):
    a report attached to the message is the report then.

    >>> is_cover_note("王主任：总结见附件，请审阅。"), is_cover_note("一、组织建设" + "新建工会12家，" * 40)
    (True, False)
    """
    return len("".join(text.split())) <= MAX_COVER_NOTE


def body_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A message body without what the mail client wrote around the report: ``(text, notes)``.

    Forwarded-message header blocks are dropped (each with the note above it when that is short:
    a cover line), and a short signature after a ``--`` line.

    >>> body_text("一、工作回顾\\n新建工会3个。")
    ('一、工作回顾\\n新建工会3个。', ())
    >>> body_text("From: 张三\\nSent: 2025-01-15\\nTo: 李四\\nSubject: 总结\\n\\n新建工会3个。")[0]
    '新建工会3个。'
    """
    lines = text.split("\n")
    notes: list[str] = []
    sig = _signature_start(lines)
    if sig is not None:
        notes.append(f'dropped the signature after "--" ({len(lines) - sig} lines)')
        lines = lines[:sig]
    dropped = 0
    while (block := _forwarded_block(lines)) is not None:
        start, end = block
        note = "".join(x.strip() for x in lines[:start])
        if len(note) > MAX_COVER_NOTE:
            dropped += end - start
            lines = lines[:start] + lines[end:]
            continue
        dropped += end
        lines = lines[end:]
    if dropped:
        notes.insert(0, f"dropped the forwarding note and the forwarded-message header ({dropped} lines)")
    return "\n".join(lines).strip("\n"), tuple(notes)
