r"""Reading RTF files (``.rtf``, as Word and WPS save them) as the text a reader sees.

An RTF file is ASCII: control words (``\par``, ``\b``, ``\f1``), groups in braces and text.  Chinese
text is written as ``\'xx`` byte escapes, two of which make one GBK character under the document's
code page (``\ansicpg936``), or as ``\uN?`` Unicode escapes (``N`` negative above 32767, the ``?`` a
fallback for old readers that ``\ucN`` says how many characters long it is).  Groups that are no text
(the font, colour and style tables, ``\info``, pictures, headers, footers, ``{\*\...}`` destinations)
are skipped, and so are hidden text (``\v``) and text deleted under revision marks (``\deleted``);
``\par`` and ``\line`` end a line, a table row is one line with its cells joined by one space (as the
HTML and .docx readers read a row); a footnote's text follows the body.  The control words it acts on
are in ``data/decode_rtf.tsv``.

A small tokenizer rather than a package: ``striprtf`` (PyPI) reads the same files but joins table
cells with ``|`` and decodes strictly (one broken byte pair raises); this reader follows the table
convention of the other readers and replaces a broken pair, noting it.

>>> rtf_to_text(rb"{\rtf1\ansi\ansicpg936{\fonttbl{\f0\fcharset134 \'cb\'ce\'cc\'e5;}}\f0 \'b9\'a4\'bb\'e1\par 12\u20154?}")
('工会\n12人', 'gb18030', ())
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from .errors import DecodeError
from .tables import read_table

__all__ = ["rtf_to_text", "looks_like_rtf"]

#: One token: a control word with its optional numeric argument (and the one space that ends it), a
#: ``\'xx`` byte escape, a control symbol (``\~``, ``\{``, ``\*``, backslash-newline), a brace, a run of
#: source line breaks (not text), or a run of text.
_TOKEN_RE = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|[\r\n]+|([^\\{}\r\n]+)", re.S)
_SYMBOLS = {b"~": "\xa0", b"-": "", b"_": "-", b"\\": "\\", b"{": "{", b"}": "}"}
_AFTER_MARKER_RE = re.compile(r"\0(?=([A-Za-z0-9])?)")
#: Bytes no RTF file holds outside a ``\bin`` payload (tab, CR, LF excepted): a damaged or binary file.
_CONTROL_BYTES_RE = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def looks_like_rtf(head: bytes) -> bool:
    r"""Whether a file's first bytes open an RTF document (``{\rtf``, after a byte-order mark or blanks).

    >>> looks_like_rtf(b"{\\rtf1\\ansi"), looks_like_rtf(b"\xef\xbb\xbf {\\rtf1"), looks_like_rtf(b"{\\rtfx")
    (True, True, True)
    >>> looks_like_rtf("一、{\\rtf".encode())
    False
    """
    return head[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


@lru_cache(maxsize=1)
def _rules() -> dict[str, dict[str, str]]:
    """``data/decode_rtf.tsv`` by kind: ``{kind: {word: value}}``."""
    kinds = ("skip", "break", "cell", "row", "char", "footnote", "listtext", "fcharset", "codepage")
    out: dict[str, dict[str, str]] = {k: {} for k in kinds}
    for row in read_table("decode_rtf.tsv"):
        kind = row["kind"].strip()
        if kind not in out:
            raise ValueError(f"decode_rtf.tsv:{row.line}: kind {kind!r} is not one of {', '.join(kinds)}")
        value = row["value"].strip()
        out[kind][row["word"].strip()] = value.encode("ascii").decode("unicode_escape") if kind == "char" else value
    return out


def _list_marker(text: str) -> str:
    r"""A list item's rendered number (``{\listtext 一、\tab}``) as it stands before the item's text:
    blanks and the tab after it dropped; after an ASCII marker a NUL that :meth:`_Reader.result` makes
    a space before an ASCII letter or digit (``1. 2024年``) and nothing before other text (``1.组织``).

    >>> _list_marker(" 一、\t"), _list_marker("1.\t"), _list_marker("\uf0b7\t")
    ('一、', '1.\x00', '')
    """
    marker = text.replace("\t", " ").strip()
    if not marker or "\ue000" <= marker[0] <= "\uf8ff" or marker in ("\u2022", "\u00b7", "\u25cf", "\u25aa", "-", "\ufffd"):
        return ""  # a bullet (often a Symbol-font private-use sign) is no text
    return marker + "\0" if marker[-1].isascii() else marker


def _codepage(number: str | None) -> str | None:
    """The codec of ``\ansicpgN``: from ``data/decode_rtf.tsv``, else Python's ``cpN`` (None if unknown).

    >>> _codepage("936"), _codepage("1252"), _codepage("99999")
    ('gb18030', 'cp1252', None)
    """
    if not number:
        return None
    known = _rules()["codepage"].get(number.lstrip("-"))
    if known:
        return known
    try:
        return codecs.lookup(f"cp{number}").name
    except LookupError:
        return None


class _Reader:
    """The state of one reading: output, pending bytes, group stack, fonts and code page."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.codec = "cp1252"
        self.fonts: dict[str, str] = {}  # font number -> codec, for fonts with a non-ANSI charset
        self.font: str | None = None
        self.default_font: str | None = None
        self.body: list[str] = []
        self.footnotes: list[list[str]] = []
        self.out = self.body
        self.pending = bytearray()
        self.replaced = 0
        # group state: skipping, \uc count, in the font table, in a table cell's text
        self.skip = False
        self.uc = 1
        self.fonttbl = False
        self.table_font: str | None = None  # the font being defined in the font table
        self.in_table = False
        self.hidden = False  # hidden (\v) or deleted under revision (\deleted): not shown as text
        self.listtext = False  # in a list item's rendered number ({\listtext 一、\tab})
        self.fallback = 0  # characters still to skip after a \u escape
        self.stack: list[tuple] = []
        self.group_start = False  # the last token opened a group: the next word may name a destination
        self.star = False

    def flush(self) -> None:
        """Decode the pending bytes (text and ``\'xx`` escapes) with the current font's code page."""
        if self.pending:
            text = bytes(self.pending).decode(self.fonts.get(self.font or "", self.codec), "replace")
            self.replaced += text.count("\ufffd")
            self.out.append(text)
            self.pending.clear()

    def emit(self, text: str) -> None:
        self.flush()
        self.out.append(text)

    def open_group(self) -> None:
        self.flush()
        self.stack.append((self.skip, self.uc, self.fonttbl, self.font, self.in_table, self.hidden, self.out, self.listtext))
        self.group_start, self.star, self.fallback = True, False, 0

    def close_group(self) -> bool:
        """Close a group; False once the document's outer group is closed (the rest is ignored)."""
        self.flush()
        self.fallback = 0
        self.group_start = False
        if not self.stack:
            return False
        inner, in_list = self.out, self.listtext
        self.skip, self.uc, self.fonttbl, self.font, self.in_table, self.hidden, self.out, self.listtext = self.stack.pop()
        if in_list and not self.listtext:
            self.out.append(_list_marker("".join(inner)))
        return bool(self.stack)

    def destination(self, word: str) -> None:
        """The first control word of a group: a destination to skip, a footnote, the font table."""
        rules = _rules()
        if self.star or word in rules["skip"]:
            self.skip = True
            self.fonttbl = self.fonttbl or word == "fonttbl"
        elif word in rules["listtext"] and not self.skip:
            self.flush()
            self.out, self.listtext = [], True
        elif word in rules["footnote"] and not self.skip:
            self.flush()
            self.out = []
            self.footnotes.append(self.out)

    def word(self, word: str, arg: str | None) -> None:
        rules = _rules()
        if self.group_start:
            self.group_start = False
            self.destination(word)
        if self.fonttbl:
            if word == "f":
                self.table_font = arg
            elif word == "fcharset" and self.table_font is not None and arg in rules["fcharset"]:
                self.fonts[self.table_font] = rules["fcharset"][arg]
            return
        if word == "ansicpg":
            self.codec = _codepage(arg) or self.codec
        elif word in ("mac", "pc", "pca"):
            self.codec = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}[word]
        elif word == "deff":
            self.default_font = arg
        elif word in ("f", "plain"):
            self.flush()
            self.font = arg if word == "f" else self.default_font
            self.hidden = self.hidden and word == "f"
        elif word in ("v", "deleted"):
            self.flush()
            self.hidden = arg != "0"
        elif word == "uc":
            self.uc = int(arg) if arg else 1
        if self.skip:
            return
        if word == "u" and arg:
            code = int(arg)
            if not self.hidden:
                self.emit(chr(code + 0x10000 if code < 0 else code))
            self.fallback = self.uc
            return
        self.fallback = 0
        if word == "pard":
            self.in_table = False
        elif word == "intbl":
            self.in_table = True
        elif word in rules["break"]:
            self.emit(" " if self.in_table and word == "par" else "\n")
        elif word in rules["cell"]:
            self.emit(" ")
        elif word in rules["row"]:
            self.emit("\n")
            self.in_table = False
        elif word in rules["char"] and not self.hidden:
            self.emit(rules["char"][word])

    def symbol(self, sym: bytes) -> None:
        if self.group_start and sym == b"*":
            self.star = True
            return
        self.group_start = False
        if self.skip:
            return
        self.fallback = 0
        if sym in (b"\n", b"\r"):  # a backslash before a line break is \par
            self.emit(" " if self.in_table else "\n")
        elif sym in _SYMBOLS and not self.hidden:
            self.emit(_SYMBOLS[sym])

    def text(self, chunk: bytes) -> None:
        self.group_start = False
        if self.skip:
            return
        if self.fallback:
            cut = min(self.fallback, len(chunk))
            chunk, self.fallback = chunk[cut:], self.fallback - cut
        if not self.hidden:
            self.pending += chunk

    def byte(self, value: int) -> None:
        self.group_start = False
        if self.skip:
            return
        if self.fallback:
            self.fallback -= 1
        elif not self.hidden:
            self.pending.append(value)

    def result(self) -> str:
        self.flush()
        parts = ["".join(self.body).strip("\n")] + ["".join(f).strip() for f in self.footnotes]
        text = "\n".join(p for p in parts if p)
        if any("\ud800" <= c <= "\udfff" for c in text):  # a \u pair of UTF-16 surrogates is one character
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        if "\0" in text:  # after an ASCII list marker: a space before ASCII (1. 2024年), none before hanzi
            text = _AFTER_MARKER_RE.sub(lambda m: " " if m.group(1) else "", text)
        return "\n".join(line.rstrip(" ") for line in text.split("\n")).strip("\n")


def rtf_to_text(data: bytes, name: str = "<bytes>") -> tuple[str, str, tuple[str, ...]]:
    r"""The text of an RTF document, the codec of its code page and notes on what was tolerated:
    ``(text, codec, notes)``.

    Raises :class:`~reportmine.errors.DecodeError` (naming ``name``) for a file that is not RTF or is
    damaged past reading (control bytes in it, a ``\bin`` run longer than the file).

    >>> rtf_to_text(rb"{\rtf1\ansi\ansicpg936 {\info{\title x}}\trowd\intbl \'d6\'b8\'b1\'ea\cell 27\'bc\'d2\cell\row }")[0]
    '指标 27家'
    >>> rtf_to_text(rb"{\rtf1 \uc2\u24037\'b9\'a4\u20250  ?}")[0]
    '工会'
    >>> try:
    ...     rtf_to_text(b"hello", "a.rtf")
    ... except DecodeError as e:
    ...     print(e.path, e.reason)
    a.rtf not an RTF document (it does not start with {\rtf)
    """
    if not looks_like_rtf(data):
        raise DecodeError("not an RTF document (it does not start with {\\rtf)", path=name,
                          hint="Open it in Word or WPS and save it again, or save it as .docx or UTF-8 text.")
    reader = _Reader(name)
    pos, end = data.index(b"{"), len(data)
    while pos < end:
        m = _TOKEN_RE.match(data, pos)
        if m is None:  # a lone backslash at the very end
            break
        pos = m.end()
        word, arg, hexpair, sym, brace, text = m.groups()
        if text is not None:
            if _CONTROL_BYTES_RE.search(text):
                raise DecodeError("a damaged RTF file: it holds control bytes outside a \\bin run", path=name,
                                  hint="Open it in Word or WPS and save it again, or save it as .docx or UTF-8 text.")
            reader.text(text)
        elif hexpair is not None:
            reader.byte(int(hexpair, 16))
        elif word is not None:
            if word == b"bin":  # raw bytes follow: never text
                size = int(arg or 0)
                if size < 0 or pos + size > end:
                    raise DecodeError(f"a damaged RTF file: a \\bin run of {size} bytes runs past its end", path=name,
                                      hint="The file is cut or corrupt: open it in Word or WPS and save it again.")
                pos += size
                continue
            reader.word(word.decode("ascii"), arg.decode("ascii") if arg else None)
        elif sym is not None:
            reader.symbol(sym)
        elif brace == b"{":
            reader.open_group()
        elif brace == b"}" and not reader.close_group():
            break
    notes = []
    if reader.stack:
        notes.append(f"the RTF ends inside {len(reader.stack)} open group(s): the file was cut")
    if reader.replaced:
        notes.append(f"replaced {reader.replaced} undecodable \\'xx byte sequence(s) with U+FFFD")
    return reader.result(), reader.codec, tuple(notes)
