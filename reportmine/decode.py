"""The reading stage: bytes in, decoded text out.

Archived reports arrive as plain text in UTF-8, GB18030/GBK, Big5 or UTF-16
(with or without a byte-order mark, sometimes cut mid-character, sometimes with
a UTF-8 head and a GBK tail), as HTML pages, as web pages a browser saved whole
(MHTML, ``.mht``), as ``.docx`` and ``.rtf`` files, as saved e-mails (``.eml``) or inside data
files (a scraped JSON API answer, a CMS export ``.csv``).
:func:`read` turns any of them into a :class:`~reportmine.model.Source` whose
``text`` is the coordinate space of every raw offset downstream.

Codec detection does not use a generic detector (those take a short GBK
sentence for Korean).  It tries byte-order marks, UTF-16 from its NUL-byte
pattern and strict UTF-8, then scores every candidate decoding by how much it
looks like Chinese text (:func:`chinese_score`): the share of everyday hanzi
and Chinese punctuation, with penalties for kana, Hangul, control and
private-use characters that wrong decodings produce.

>>> text, encoding, notes = decode_bytes("关于区总工会的工作总结".encode("gbk"))
>>> text, encoding
('关于区总工会的工作总结', 'gb18030')
>>> decode_bytes("今年以來，區總工會".encode("big5"))[:2]
('今年以來，區總工會', 'big5')
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from dataclasses import dataclass, replace
from functools import lru_cache
from html import unescape as html_unescape
from html.parser import HTMLParser
from pathlib import Path

from .errors import DecodeError, InputTooLarge, IsADirectory, ReportNotFound, UnsupportedFormat
from .model import Source
from .tables import read_table

__all__ = ["read", "decode_bytes", "data_file_to_text", "join_articles", "holds_report", "chinese_score", "html_to_text", "html_furniture", "HtmlFurniture", "docx_to_text",
           "mhtml_page", "DecodeError", "InputTooLarge", "IsADirectory", "max_docx_inflated"]

#: Codecs scored against each other when no BOM, NUL pattern or strict UTF-8 settles it.
CANDIDATES = ("gb18030", "big5", "utf-16-le", "utf-16-be")
#: Codecs a line may be read with when a file mixes codecs.
LINE_CODECS = ("utf-8", "gb18030", "big5")
#: Lowest mean :func:`chinese_score` weight accepted for a decoding.
MIN_SCORE = 0.2
#: Share of undecodable sequences (per non-ASCII character) above which input is refused.
MAX_REPLACED_SHARE = 0.01
#: Undecodable sequences any text may have (one bad byte can break two characters).
_MIN_REPLACED_ALLOWED = 2

_TRUNCATION_REASONS = frozenset({"unexpected end of data", "incomplete multibyte sequence", "truncated data"})
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
    (b"\x84\x31\x95\x33", "gb18030", "gb18030"),
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_MHTML_SUFFIXES = frozenset({".mht", ".mhtml"})
_EMAIL_SUFFIXES = frozenset({".eml"})


@dataclass(frozen=True)
class Decoding:
    """One way of reading some bytes: the text, the codec and what was tolerated."""

    text: str
    codec: str
    dropped_tail: int = 0  # bytes of an incomplete final character left out
    replaced: int = 0  # undecodable byte sequences replaced by U+FFFD
    total: float = 0.0  # sum of chinese_score weights over the scored characters
    scored: int = 0  # number of scored (non-ASCII) characters
    notes: tuple[str, ...] = ()

    @property
    def score(self) -> float:
        """Mean weight per scored character (1.0 when nothing non-ASCII was scored)."""
        return self.total / self.scored if self.scored else 1.0


# --------------------------------------------------------------------------- scoring


@lru_cache(maxsize=1)
def _weight_table() -> tuple[str, dict[str, float]]:
    """A translate table mapping every BMP code point to a class letter, and each letter's weight.

    ASCII text characters map to ``"_"`` (not scored).  Built once from
    ``data/decode_weights.tsv`` and the GB2312 / Big5 codecs themselves.
    """
    weights = [-1.0] * 0x10000
    cjk: dict[str, float] = {}
    for row in read_table("decode_weights.tsv"):
        first, last, weight = row["first"], row["last"], float(row["weight"])
        if first.startswith("@"):
            cjk[first[1:]] = weight
            continue
        lo, hi = int(first, 16), int(last or first, 16)
        weights[lo : hi + 1] = [weight] * (hi - lo + 1)
    for cp, cls in zip(range(0x4E00, 0xA000), _hanzi_classes(0x4E00, 0xA000)):
        weights[cp] = cjk[cls]
    levels = sorted(set(weights))
    letters = {w: chr(0x41 + i) for i, w in enumerate(levels)}
    table = [letters[w] for w in weights]
    for cp in range(0x20, 0x7F):
        table[cp] = "_"
    for ch in "\t\n\r\x0c":
        table[ord(ch)] = "_"
    return "".join(table), {v: k for k, v in letters.items()}


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    """The everyday hanzi of ``data/decode_common_hanzi.tsv`` (simplified and traditional)."""
    return frozenset("".join(row["chars"].strip() for row in read_table("decode_common_hanzi.tsv")))


def _codes(chars: str, codec: str) -> list[int]:
    """Per character of ``chars`` (CJK ideographs), its two-byte code in ``codec``, or 0 where the
    codec has none: one encode of the whole run (an encode per character, failing for a third of
    them, cost 30 ms of every command's start)."""
    data = chars.encode(codec, "replace")  # an ideograph is two bytes, or one "?" where missing
    out, i = [], 0
    for _ in chars:
        if data[i] >= 0x80:
            out.append(data[i] << 8 | data[i + 1])
            i += 2
        else:
            out.append(0)
            i += 1
    return out


def _hanzi_classes(lo: int, hi: int) -> list[str]:
    """:func:`_hanzi_class` of every code point of ``lo..hi - 1`` (CJK ideographs), at once.

    >>> _hanzi_classes(0x4E00, 0x4E08) == [_hanzi_class(chr(c)) for c in range(0x4E00, 0x4E08)]
    True
    """
    chars = "".join(map(chr, range(lo, hi)))
    common = _common_hanzi()
    out = []
    for ch, gb, b5 in zip(chars, _codes(chars, "gb2312"), _codes(chars, "big5")):
        if ch in common:
            out.append("common")
        elif 0xB0 <= gb >> 8 <= 0xD7 or 0xA440 <= b5 <= 0xC67E:
            out.append("frequent")
        elif gb or 0xC940 <= b5 <= 0xF9D5:
            out.append("level2")
        else:
            out.append("cjk_other")
    return out


def _hanzi_class(ch: str) -> str:
    """``common``, ``frequent``, ``level2`` or ``cjk_other`` for a CJK unified ideograph.

    >>> [_hanzi_class(c) for c in "会會蚌乂镕"]
    ['common', 'common', 'frequent', 'level2', 'cjk_other']
    """
    if ch in _common_hanzi():
        return "common"
    try:
        gb = ch.encode("gb2312")
    except UnicodeEncodeError:
        gb = b""
    if gb and 0xB0 <= gb[0] <= 0xD7:
        return "frequent"
    try:
        b5 = ch.encode("big5")
    except UnicodeEncodeError:
        b5 = b""
    if b5 and 0xA440 <= int.from_bytes(b5, "big") <= 0xC67E:
        return "frequent"
    if gb or (b5 and 0xC940 <= int.from_bytes(b5, "big") <= 0xF9D5):
        return "level2"
    return "cjk_other"


#: From this length a text's classes are counted by numpy (str.translate through the table costs
#: about 30 ns a character); below it numpy (about 0.1 s to import) is not needed.
_COUNT_BY_NUMPY_FROM = 1000


@lru_cache(maxsize=1)
def _class_bytes():
    """The class letters of the BMP as a numpy array of bytes (the translate table's letters)."""
    import numpy as np

    return np.frombuffer(_weight_table()[0].encode("ascii"), dtype=np.uint8)


def _class_counts(text: str) -> tuple[dict[str, int], int]:
    """How many characters of ``text`` fall in each class letter, and how many lie outside the BMP."""
    if len(text) < _COUNT_BY_NUMPY_FROM:
        classes = text.translate(_weight_table()[0])
        letters = _weight_table()[1]
        counts = {letter: classes.count(letter) for letter in letters}
        return counts, len(classes) - sum(counts.values()) - classes.count("_")
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    bmp = codes[codes < 0x10000]
    found = np.bincount(_class_bytes()[bmp], minlength=128).tolist()
    return {letter: found[ord(letter)] for letter in _weight_table()[1]}, len(codes) - len(bmp)


def _weigh(text: str) -> tuple[float, int]:
    """Sum of weights and number of scored characters of ``text``.

    The counts are exact integers, summed class by class in one order, so the two ways of
    counting (translate, numpy) give the same floats.

    >>> t = "关于区总工会的工作总结" * 100 + "ｱｲ\x01𠀀"
    >>> _weigh(t) == _weigh_translated(t)
    True
    """
    counts, rest = _class_counts(text)  # rest: outside the BMP (CJK extensions, emoji)
    total, counted = 0.0, 0
    for letter, w in _weight_table()[1].items():
        k = counts[letter]
        total += w * k
        counted += k
    return total - rest, counted + rest


def _weigh_translated(text: str) -> tuple[float, int]:
    """:func:`_weigh` by str.translate whatever the length (the reference the tests hold it to)."""
    table, weight_of = _weight_table()
    classes = text.translate(table)
    total, counted = 0.0, 0
    for letter, w in weight_of.items():
        k = classes.count(letter)
        total += w * k
        counted += k
    rest = len(classes) - counted - classes.count("_")
    return total - rest, counted + rest


def chinese_score(text: str) -> float:
    """How much ``text`` looks like Chinese read with the right codec: the mean weight of its
    non-ASCII characters (1 for everyday hanzi and Chinese punctuation, negative for kana,
    Hangul, control and private-use characters).  Text without non-ASCII characters scores 1.

    >>> chinese_score("关于区总工会的工作总结")
    1.0
    >>> chinese_score("关于区总工会".encode("gbk").decode("cp949")) < 0
    True
    """
    total, n = _weigh(text)
    return total / n if n else 1.0


def _sample(text: str, limit: int = 1 << 16) -> str:
    """The head and tail of a long text: enough to score a whole-file decoding."""
    if len(text) <= limit:
        return text
    return text[: limit // 2] + text[-limit // 2 :]


def _scored(d: Decoding, sample: bool = True) -> Decoding:
    total, n = _weigh(_sample(d.text) if sample else d.text)
    return replace(d, total=total, scored=n)


# --------------------------------------------------------------------------- decoding


def _strict(data: bytes, codec: str, label: str | None = None, tolerate_cut: bool = True) -> Decoding | None:
    """Decode strictly; an incomplete character at the very end (a cut file) is dropped.

    >>> _strict("工会".encode("utf-8")[:-1], "utf-8")
    Decoding(text='工', codec='utf-8', dropped_tail=2, replaced=0, total=0.0, scored=0, notes=())
    >>> _strict(b"\\xff\\xfe\\xfd", "utf-8") is None
    True
    """
    label = label or codec
    try:
        return Decoding(data.decode(codec), label)
    except UnicodeDecodeError as e:
        if not (tolerate_cut and e.end == len(data) and e.reason in _TRUNCATION_REASONS and len(data) - e.start <= 3):
            return None
        try:
            return Decoding(data[: e.start].decode(codec), label, dropped_tail=len(data) - e.start)
        except UnicodeDecodeError:
            return None


def _big5(data: bytes, tolerate_cut: bool = True) -> Decoding | None:
    """Big5, falling back to Microsoft's cp950 (€, extra symbols) and Hong Kong's Big5-HKSCS."""
    for codec in ("big5", "cp950", "big5hkscs"):
        d = _strict(data, codec, tolerate_cut=tolerate_cut)
        if d is not None:
            return d
    return None


def _decode_as(data: bytes, codec: str, tolerate_cut: bool = True) -> Decoding | None:
    if codec == "big5":
        return _big5(data, tolerate_cut)
    return _strict(data, codec, tolerate_cut=tolerate_cut)


def _utf16_from_nuls(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when NUL bytes sit on one parity (ASCII in UTF-16), else None.

    >>> _utf16_from_nuls("工会2023年".encode("utf-16-le"))
    'utf-16-le'
    >>> _utf16_from_nuls("工会2023年".encode("utf-8")) is None
    True
    """
    head = data[:8192]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= 2 and odd >= 4 * even:
        return "utf-16-le"
    if even >= 2 and even >= 4 * odd:
        return "utf-16-be"
    return None


def _replace_budget(n: int) -> int:
    """Undecodable sequences a text of ``n`` bytes may have and still be accepted (more: refused)."""
    return max(_MIN_REPLACED_ALLOWED, int(MAX_REPLACED_SHARE * n))


def _decode_lines(data: bytes, budget: int | None = None) -> Decoding | None:
    """Choose a codec per line: for files with a UTF-8 head and a GBK tail, or a few bad bytes.

    A line keeps the codec of the line before unless another codec reads it clearly better.
    Lines no codec reads strictly are read with the best codec, bad bytes replaced.  Once
    more than ``budget`` sequences were replaced the reading stops (it will be refused).
    """
    lines = data.split(b"\n")
    out: list[str] = []
    used: list[tuple[int, str]] = []  # (line number, codec) for non-ASCII lines
    total, scored, replaced, dropped = 0.0, 0, 0, 0
    prev: str | None = None
    for i, line in enumerate(lines):
        if line.isascii():
            out.append(line.decode("ascii"))
            continue
        last = i == len(lines) - 1
        opts = [d for d in (_decode_as(line, c, tolerate_cut=last) for c in LINE_CODECS) if d]
        if not opts:
            left = None if budget is None else budget - replaced
            opts = [_decode_repairing(line, c, left) for c in LINE_CODECS]
        opts = [_scored(d, sample=False) for d in opts]
        best = max(opts, key=lambda d: d.score)  # max keeps the first of equals: LINE_CODECS order
        base = lambda c: "big5" if c in ("cp950", "big5hkscs") else c  # noqa: E731
        sticky = next((d for d in opts if prev and base(d.codec) == prev and not d.replaced), None)
        if sticky is not None and sticky.score >= best.score - (0.3 if best.scored < 8 else 0.05):
            best = sticky
        prev = base(best.codec)
        out.append(best.text)
        used.append((i + 1, best.codec))
        total += best.total
        scored += best.scored
        replaced += best.replaced
        dropped += best.dropped_tail
        if budget is not None and replaced > budget:  # refused anyway: stop here
            return Decoding("\n".join(out), "mixed", dropped, replaced, total, scored)
    if not used:
        return None
    codecs = [c for c in ("utf-8", "gb18030", "big5", "cp950", "big5hkscs") if any(c == u for _, u in used)]
    label = codecs[0] if len(codecs) == 1 else f"mixed({','.join(codecs)})"
    notes = (f"codec chosen per line: {_runs(used)}",) if len(codecs) > 1 else ()
    return Decoding("\n".join(out), label, dropped, replaced, total, scored, notes)


def _decode_repairing(data: bytes, codec: str, budget: int | None = None) -> Decoding:
    """Decode with each undecodable sequence replaced by one U+FFFD, resynchronising after it.

    A multibyte codec such as GBK cannot tell where the next character starts after a bad
    byte; of the resume points right after the bad sequence or up to two bytes further,
    the one whose continuation reads best as Chinese is taken (skipping costs a little).

    >>> bad = "组建基层工会".encode("gbk")
    >>> _decode_repairing(b"\\xff" + bad[1:], "gb18030").text
    '\ufffd建基层工会'
    """
    out: list[str] = []
    pos = replaced = 0
    while pos < len(data):
        try:
            out.append(data[pos:].decode(codec))
            break
        except UnicodeDecodeError as e:
            out.append(data[pos : pos + e.start].decode(codec))
            end = pos + e.end
            resume = max(
                range(end, min(end + 3, len(data) + 1)),
                key=lambda r: _resume_score(data[r : r + 48].decode(codec, "replace")) - (r - end) * 0.3,
            )
            out.append("\ufffd")
            replaced += 1
            pos = min(resume, len(data))
            if budget is not None and replaced > budget:
                break
    return Decoding("".join(out), codec, replaced=replaced)


def _resume_score(text: str) -> float:
    """How well decoding goes on from a resume point: a point that fails at once
    (a lone 0xFF after a lead byte) is as bad as a second replacement."""
    return chinese_score(text) - (1.0 if text.startswith("\ufffd") else 0.0)


def _runs(used: list[tuple[int, str]], limit: int = 8) -> str:
    """``lines 1-3 utf-8; lines 4-9 gb18030`` from per-line codec choices."""
    runs: list[list] = []
    for line, codec in used:
        if runs and runs[-1][2] == codec:
            runs[-1][1] = line
        else:
            runs.append([line, line, codec])
    parts = [f"lines {a}-{b} {c}" if a != b else f"line {a} {c}" for a, b, c in runs[:limit]]
    return "; ".join(parts) + (f"; ... ({len(runs)} runs)" if len(runs) > limit else "")


#: C0 control bytes that no text holds (tab, newlines, form feed and escape excepted).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\x0c\x1b") + b"\x7f"
_SNIFF = 4096
#: Share of control bytes in the first ``_SNIFF`` bytes above which the input is binary.
MAX_CONTROL_SHARE = 0.02


def _refuse_binary(data: bytes, name: str) -> None:
    """Refuse binary data at once, from its head: control bytes (besides NUL in UTF-16) do not occur in text.

    >>> _refuse_binary("一、加强学习".encode("utf-16-le") * 100, "ok")
    >>> _refuse_binary(bytes(range(256)) * 16, "scan")
    Traceback (most recent call last):
    ...
    reportmine.errors.DecodeError: scan: looks like binary data, not text ...
    """
    head = data[:_SNIFF]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls < 8 or controls <= MAX_CONTROL_SHARE * len(head):
        return
    for codec in ("utf-16-le", "utf-16-be"):  # CJK in UTF-16 has control bytes of its own
        text = head[: len(head) & ~1].decode(codec, "replace")
        if chinese_score(text) >= MIN_SCORE:
            return
    raise DecodeError(
        f"looks like binary data, not text ({controls} of its first {len(head)} bytes are control bytes, "
        "which text in utf-8, gb18030, big5 or utf-16 does not hold)", path=name)


def _detect(data: bytes, name: str) -> Decoding:
    """The best reading of ``data``; raises :class:`DecodeError` when none is plausible."""
    _refuse_binary(data, name)
    tried: list[str] = []
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            d = _strict(data[len(bom) :], codec, label)
            if d is not None:
                return replace(_scored(d), notes=(f"byte-order mark: {label}",))
            tried.append(f"{label} (BOM present but the bytes after it do not decode)")
            if codec == "utf-8":
                d = _decode_lines(data[len(bom) :])
                if d is not None and d.score >= MIN_SCORE and d.codec.startswith("mixed"):
                    return replace(d, notes=("UTF-8 byte-order mark, body mixes codecs",) + d.notes)
            break

    nul = _utf16_from_nuls(data)
    if nul:
        d = _strict(data, nul)
        if d is not None:
            d = _scored(d)
            if d.score >= MIN_SCORE:
                return replace(d, notes=(f"no BOM; NUL-byte pattern says {nul}",))
        tried.append(f"{nul} (from the NUL-byte pattern)")

    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        utf8 = _scored(utf8)
        if utf8.scored == 0 and not utf8.dropped_tail:
            return replace(utf8, notes=("pure ASCII",))
        if utf8.scored and (utf8.scored >= 24 or utf8.score >= 0.9):
            return utf8
    tried.append("utf-8")

    singles = []
    for codec in CANDIDATES:
        d = _decode_as(data, codec)
        tried.append(codec if codec != "big5" else "big5/cp950/big5hkscs")
        if d is not None:
            singles.append(_scored(d))
    if utf8 is not None:  # short valid UTF-8 that scores poorly: another codec must do clearly better
        floor = utf8.score if utf8.scored else 0.0  # ASCII only once a cut tail was dropped: weak evidence
        rivals = [d for d in singles if d.score > floor + 0.5]
        return max(rivals, key=lambda d: d.score) if rivals else utf8

    best = max(singles, key=lambda d: d.score, default=None)
    # per line: when no codec reads the whole well (a bad byte), or some lines are UTF-8
    lines_worth_it = best is None or best.score < MIN_SCORE or any(
        not ln.isascii() and _strict(ln, "utf-8", tolerate_cut=False) for ln in data.split(b"\n")
    )
    if lines_worth_it:
        tried.append("per-line " + "/".join(LINE_CODECS))
        mixed = _decode_lines(data, budget=_replace_budget(len(data)))
        if mixed is not None and (best is None or mixed.score > best.score + 0.05):
            best = mixed
    if best is None or best.score < MIN_SCORE or best.replaced > max(_MIN_REPLACED_ALLOWED, MAX_REPLACED_SHARE * best.scored):
        why = "no codec reads it" if best is None else (
            f"best reading ({best.codec}) looks like binary or mojibake "
            f"(score {best.score:.2f}, {best.replaced} undecodable sequences)"
        )
        raise DecodeError(f"cannot decode: {why}; tried {', '.join(tried)}", path=name)
    return best


#: NUL and the other C0 controls no report holds (tab, newline and form feed stay).
_DROP_CONTROLS = dict.fromkeys([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")  # one C scan spares clean text the translate


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _notes_of(d: Decoding) -> tuple[str, ...]:
    notes = list(d.notes)
    if d.dropped_tail:
        notes.append(f"dropped an incomplete final character ({d.dropped_tail} bytes): the file was cut")
    if d.replaced:
        notes.append(f"replaced {d.replaced} undecodable byte sequence(s) with U+FFFD")
    return tuple(notes)


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str, tuple[str, ...]]:
    """Decode report bytes of unknown codec: ``(text, encoding, notes)``, newlines as ``\\n``.

    >>> decode_bytes("一、加强学习\\r\\n".encode("utf-16"))[:2]
    ('一、加强学习\\n', 'utf-16-le')
    >>> head, tail = "一、加强学习\\n".encode("utf-8"), "二、维护权益".encode("gbk")
    >>> decode_bytes(head + tail)[:2]
    ('一、加强学习\\n二、维护权益', 'mixed(utf-8,gb18030)')
    """
    return _decode_bytes(data, name)


def _decode_bytes(data: bytes, name: str, declared: str | None = None) -> tuple[str, str, tuple[str, ...]]:
    if isinstance(data, str):
        raise TypeError("decode_bytes() takes bytes; text you already hold needs no decoding")
    data = bytes(data)
    if not data:
        return "", "utf-8", ("empty input",)
    d = _with_declared(data, name, declared) if declared else _detect(data, name)
    text = _normalise_newlines(d.text)
    clean = text.translate(_DROP_CONTROLS) if _CONTROL_RE.search(text) else text
    notes = _notes_of(d)
    if len(clean) != len(text):
        notes += (f"removed {len(text) - len(clean)} NUL/control character(s)",)
    return clean, d.codec, notes


@lru_cache(maxsize=1)
def _charset_aliases() -> dict[str, str]:
    return {row["label"].strip().lower(): row["codec"].strip() for row in read_table("decode_charsets.tsv")}


def _with_declared(data: bytes, name: str, declared: str) -> Decoding:
    """Decode with a declared charset (HTML meta) unless the bytes clearly say otherwise."""
    codec = _charset_aliases().get(declared.lower())
    if codec is None:
        d = _detect(data, name)
        return replace(d, notes=(f"declared charset {declared!r} not supported; detected instead",) + d.notes)
    if any(data.startswith(bom) for bom, _, _ in _BOMS):
        d = _detect(data, name)
        return replace(d, notes=d.notes + (f"byte-order mark overrides declared charset {declared!r}",))
    if codec == "utf-16":
        codec = _utf16_from_nuls(data) or "utf-16-le"
    own = _decode_as(data, codec)
    try:
        found = _detect(data, name)
    except DecodeError:
        found = None
    if own is None:
        if found is None:
            raise DecodeError(
                f"cannot decode: declared charset {declared!r} does not fit the bytes and detection failed", path=name)
        return replace(found, notes=(f"declared charset {declared!r} does not fit the bytes; detected instead",) + found.notes)
    own = _scored(own)
    if found is not None and found.codec != own.codec and found.score > own.score + 0.3:
        return replace(found, notes=(f"declared charset {declared!r} reads as mojibake; detected {found.codec}",) + found.notes)
    return replace(own, notes=(f"declared charset {declared!r}",))


# --------------------------------------------------------------------------- HTML

#: Elements never shown: their text is not part of the page.
_SKIP_TAGS = frozenset({"script", "style", "head", "noscript", "template", "svg", "iframe", "title"})
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK_TAGS = frozenset(
    """address article aside blockquote body caption center dd details dialog dir div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu ol p pre
    section summary table tbody tfoot thead tr ul""".split()
)
_CELL_TAGS = frozenset({"td", "th"})
#: Start tags that close an open element of the same kind (up to the given container), as browsers do.
_IMPLIED_END = {
    "li": ({"li"}, {"ul", "ol", "menu"}),
    "dt": ({"dt", "dd"}, {"dl"}),
    "dd": ({"dt", "dd"}, {"dl"}),
    "tr": ({"tr", "td", "th"}, {"table", "tbody", "thead", "tfoot"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "option": ({"option"}, {"select", "datalist"}),
}
_CLASS_SPLIT_RE = re.compile(r"[\s_\-]+")
_BLOCK, _BR = "\x1e", "\x1f"  # markers: paragraph break, hard line break
_SOFT = "\x1d"  # marker: a <br> inside a <p>, hard or soft as the page decides (_soft_breaks)
#: A page whose paragraphs are <p> elements: this many at least, and at most this share of them hold a <br>.
MIN_P_PARAGRAPHS = 3
MAX_P_WITH_BR_SHARE = 1 / 3
_SOFT_RE = re.compile(f"[ \\t\\r\\n\\f]*{_SOFT}[ \\t\\r\\n\\f]*")
#: A list or heading marker opening a line (一、 （二） 3. ① 第…): a <br> before such a line, or after such a
#: line without a sentence end, is a line break of a list.
_LIST_LINE_RE = re.compile(r"[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]{1,3}(?:[、．]|\.(?![0-9]))|[①-⑳]|第[一二三四五六七八九十0-9]+[部章节篇]")
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_SEGMENT_BREAK_RE = re.compile(f"(?<=[{_WIDE}])[ \\t\\r\\f]*\\n[ \\t\\r\\n\\f]*(?=[{_WIDE}])")
_SPACES_RE = re.compile(r"[ \t\r\n\f\xa0]+")
_BLOCK_RUN_RE = re.compile(f"{_BR}?(?: ?{_BLOCK})+ ?")  # one break for adjacent block edges (and a <br> before them)
_LINE_RE = re.compile(f" *[{_BLOCK}{_BR}] *")
_BLANKS_RE = re.compile(r"\n{3,}")
_SENTENCE_END_RE = re.compile(r"[。！？]")
_HTML_SNIFF_RE = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)|<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""",
    re.I,
)


@dataclass(frozen=True)
class HtmlFurniture:
    """The furniture rules of ``data/decode_html_furniture.tsv``: tags, class/id pieces and tokens."""

    tags: frozenset[str]
    parts: tuple[str, ...]
    tokens: frozenset[str]
    keep: frozenset[str]

    def by_names(self, attrs) -> bool:
        """True when an element's class/id names say it is furniture (and none says content).

        >>> rules = html_furniture()
        >>> rules.by_names([("class", "nav")]), rules.by_names([("id", "footer-links")])
        (True, True)
        >>> rules.by_names([("class", "article-header")]), rules.by_names([("class", "content")])
        (False, False)
        """
        names = " ".join(v.lower() for k, v in attrs if k in ("class", "id") and v)
        if not names:
            return False
        tokens = set(_CLASS_SPLIT_RE.split(names))
        if tokens & self.keep:
            return False
        return bool(tokens & self.tokens) or any(p in names for p in self.parts)


@lru_cache(maxsize=1)
def html_furniture() -> HtmlFurniture:
    """The HTML furniture rules, read once from ``data/decode_html_furniture.tsv``.

    >>> "nav" in html_furniture().tags and "sidebar" in html_furniture().parts
    True
    """
    got: dict[str, set[str]] = {"tag": set(), "part": set(), "token": set(), "keep": set()}
    for row in read_table("decode_html_furniture.tsv"):
        if row["kind"] not in got:
            raise ValueError(
                f"decode_html_furniture.tsv:{row.line}: bad row {dict(row)!r}; expected name<TAB>kind<TAB>note with kind in {sorted(got)}"
            )
        got[row["kind"]].add(row["name"].strip().lower())
    return HtmlFurniture(frozenset(got["tag"]), tuple(sorted(got["part"])), frozenset(got["token"]), frozenset(got["keep"]))


class _TextExtractor(HTMLParser):
    """Collects visible text; block elements become line breaks.

    Keeps a stack of open elements.  Hidden elements (script, style, head …) are
    skipped; furniture elements (by tag, and by class/id names when
    ``by_names``) are skipped too, except an ``<h1>`` inside them.
    """

    def __init__(self, by_names: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[tuple[str, str]] = []  # (tag, role): role "" | "hidden" | "furniture" | "h1"
        self.open: dict[str, int] = {}  # open elements per tag: a tag not open is never searched for
        self.hidden = self.furniture = self.h1 = 0
        self.pre = 0
        self.paragraphs = self.paragraphs_with_br = 0  # <p> elements, and those holding a <br>
        self.br_counted = False  # the open <p>'s <br> is counted
        self.rules = html_furniture()
        self.by_names = by_names

    @property
    def skipping(self) -> bool:
        return bool(self.hidden or (self.furniture and not self.h1))

    def _break(self) -> None:
        if self.out and self.out[-1] not in (_BLOCK, _BR):
            self.out.append(_BLOCK)

    def _line_break(self) -> None:
        """A <br>: a hard break, or a possibly soft one inside a <p> (``_SOFT``, decided by ``_soft_breaks``)."""
        if self.open.get("p") and not self.pre:
            self.out.append(_SOFT)
            if not self.br_counted:
                self.paragraphs_with_br += 1
                self.br_counted = True
        else:
            self.out.append(_BR)

    def paragraphs_are_p(self) -> bool:
        """True when the page's paragraphs are <p> elements (not <br> runs): ``MIN_P_PARAGRAPHS``
        of them at least, and at most ``MAX_P_WITH_BR_SHARE`` of them holding a <br>."""
        return self.paragraphs >= MIN_P_PARAGRAPHS and self.paragraphs_with_br <= MAX_P_WITH_BR_SHARE * self.paragraphs

    def _count(self, role: str, step: int) -> None:
        if role == "hidden":
            self.hidden += step
        elif role == "furniture":
            self.furniture += step
        elif role == "h1":
            self.h1 += step

    def _pop_to(self, index: int) -> None:
        """Close the open elements from ``index`` up."""
        while len(self.stack) > index:
            tag, role = self.stack.pop()
            self.open[tag] -= 1
            self._count(role, -1)
            if not self.skipping and tag in _BLOCK_TAGS:
                self._break()
            if tag == "pre" and self.pre:
                self.pre -= 1

    def _close_implied(self, tag: str) -> None:
        closes, container = _IMPLIED_END.get(tag, ((), ()))
        if not any(self.open.get(t) for t in closes):  # nothing to close: no search of the stack
            closes = ()
        for i in range(len(self.stack) - 1 if closes else -1, -1, -1):
            open_tag = self.stack[i][0]
            if open_tag in container:
                return
            if open_tag in closes:
                self._pop_to(i)
                return
        if tag in _BLOCK_TAGS and self.stack and self.stack[-1][0] == "p":
            self._pop_to(len(self.stack) - 1)  # a block closes an open <p>

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "body" and self.open.get("head"):  # a page that never closed <head>
            for i, (t, _) in enumerate(self.stack):
                if t == "head":
                    self._pop_to(i)
                    break
        if tag in _VOID_TAGS:
            if self.skipping:
                return
            if tag == "br":
                self._line_break()
            elif tag == "hr":
                self._break()
            return
        self._close_implied(tag)
        if tag in _SKIP_TAGS:
            role = "hidden"
        elif tag in self.rules.tags or (self.by_names and self.rules.by_names(attrs)):
            role = "furniture"
        elif tag == "h1" and self.furniture:
            role = "h1"
        else:
            role = ""
        if tag == "p":
            self.paragraphs += 1
            self.br_counted = False
        self.stack.append((tag, role))
        self.open[tag] = self.open.get(tag, 0) + 1
        self._count(role, 1)
        if self.skipping:
            return
        if role == "h1" or tag in _BLOCK_TAGS:
            self._break()
            self.pre += tag == "pre"
        elif tag in _CELL_TAGS:
            self.out.append(" ")

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1 if self.open.get(tag) else -1, -1, -1):
            if self.stack[i][0] == tag:
                self._pop_to(i)
                return
        if self.skipping:  # an end tag that was never opened
            return
        if tag in _BLOCK_TAGS:
            self._break()
        elif tag == "br":  # </br> is read as <br> by browsers
            self._line_break()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.pre:
            data = data.replace("\r\n", "\n").replace("\n", _BR).replace(" ", "\xa0")
        self.out.append(data)


def _extract(html: str, by_names: bool) -> str:
    parser = _TextExtractor(by_names)
    parser.feed(html)
    parser.close()
    text = "".join(parser.out)
    if _SOFT in text:
        text = _soft_breaks(text, parser.paragraphs_are_p())
    text = _SEGMENT_BREAK_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text)
    text = _BLOCK_RUN_RE.sub(_BLOCK, text)
    text = _LINE_RE.sub("\n", text)
    text = _BLANKS_RE.sub("\n\n", text)
    return text.strip("\n ")


def _soft_breaks(text: str, paragraphs_are_p: bool) -> str:
    r"""Decide each <br> inside a <p> (``_SOFT``): on a page whose paragraphs are <p> elements, a lone
    <br> with no indentation after it (no &nbsp; nor 　), after a line of prose (a sentence end or a
    comma in it) that is no heading, and not before a list line, is a soft break: the two lines are one paragraph (a blog editor's or Word's line break inside
    a paragraph).  Every other one is a hard line break.

    >>> S, B = _SOFT, _BR
    >>> _soft_breaks(f"发放慰问金9.12万元。{S}\n为11户申请救助。", True)
    '发放慰问金9.12万元。为11户申请救助。'
    >>> _soft_breaks(f"慰问金9.12万元。{S}\xa0\xa0为11户", True) == f"慰问金9.12万元。{B}\xa0\xa0为11户"
    True
    >>> _soft_breaks(f"一、加强学习{S}二、维护权益{S}{S}三", True) == f"一、加强学习{B}二、维护权益{B}{B}三"
    True
    >>> _soft_breaks(f"慰问金9.12万元。{S}为11户", False) == f"慰问金9.12万元。{B}为11户"
    True
    """
    if not paragraphs_are_p:
        return text.replace(_SOFT, _BR)

    def decide(m: re.Match) -> str:
        s, e = m.start(), m.end()
        before = text[s - 1] if s else _BLOCK
        after = text[e] if e < len(text) else _BLOCK
        if before in _MARKS or after in _MARKS or after in "\xa0\u3000" or _LIST_LINE_RE.match(text, e):
            return _BR
        line = text[max(text.rfind(c, 0, s) for c in _MARKS) + 1 : s].lstrip(" \t\r\n\f\xa0\u3000")
        if not _PROSE_RE.search(line) or (_LIST_LINE_RE.match(line) and not _SENTENCE_END_RE.search(line)):
            return _BR  # after a line that is no prose (联系人：张三, a title) or a heading line
        return "" if _is_wide(before) or _is_wide(after) else " "

    return _SOFT_RE.sub(decide, text)


_MARKS = frozenset((_BLOCK, _BR, _SOFT))
#: What a line of prose holds (a sentence end, a comma): a soft break splits prose only.
_PROSE_RE = re.compile(r"[。！？，；,;]")


def _is_wide(c: str) -> bool:
    """True for a CJK character or full-width form (no space joins two lines at one)."""
    return "\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\ufe30" <= c <= "\ufe4f" or "\uff00" <= c <= "\uffef"


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one block per line, without the page furniture.

    Scripts, styles and the head (with its <title>) are dropped; so are
    navigation, headers, footers, sidebars and the elements whose class/id
    names say they are furniture (``data/decode_html_furniture.tsv``), though
    an <h1> inside them is kept.  Entities are unescaped, whitespace collapsed
    as a browser does (a line break between two Chinese characters
    disappears), runs of blank lines collapsed to one.  Should the class/id
    rules drop most of the page's sentences, the page is read by tag alone.

    >>> html_to_text("<head><title>t</title></head><nav>首页</nav><p>工会&amp;职工</p><p>一、加强\\n学习<br>二、</p>")
    '工会&职工\\n一、加强学习\\n二、'
    >>> html_to_text('<div class="nav">首页 工作总结</div><header><h1>工会工作总结</h1></header><p>正文。</p>')
    '工会工作总结\\n正文。'
    """
    text = _extract(html, by_names=True)
    if "class" in html or "id" in html:
        plain = _extract(html, by_names=False)
        if len(_SENTENCE_END_RE.findall(text)) * 2 < len(_SENTENCE_END_RE.findall(plain)):
            text = plain
    if len(_SENTENCE_END_RE.findall(text)) < MIN_VISIBLE_SENTENCES and _SCRIPT_TAG_RE.search(html):
        return _script_article(html, text) or text
    return text


# --------------------------------------------------------------------------- an article inside a script

#: A page whose visible text has fewer sentence ends than this may hold its article in a script only.
MIN_VISIBLE_SENTENCES = 3
#: The hanzi a script's string must hold to be read as the article (and sentence ends, as a report has).
MIN_SCRIPT_HANZI = 150
_SCRIPT_RE = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.I | re.S)
_SCRIPT_TAG_RE = re.compile("<script", re.I)
#: A JS/JSON string literal of 100 characters at least: "…", '…' or `…`, escapes inside.
_JS_STRING_RE = re.compile(r'"((?:[^"\\\n]|\\.){100,})"|\'((?:[^\'\\\n]|\\.){100,})\'|`((?:[^`\\]|\\.){100,})`', re.S)
_JS_ESCAPE_RE = re.compile(r"\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])")
_JS_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "v": "\v", "0": "\0", "\n": "", "\r\n": "", "\r": ""}
_HANZI_RE = re.compile("[\u4e00-\u9fff]")
_MARKUP_RE = re.compile(r"<(?:p|br|div|span|strong|b|h[1-6]|table|tr|td|section|li|font)\b", re.I)


def _js_unescape(literal: str) -> str:
    r"""The text of a JS/JSON string literal's body: ``\uXXXX`` (surrogate pairs joined), ``\u{…}``,
    ``\xXX``, ``\n`` and the like, ``\"`` ``\/`` ``\\``; a line continuation is nothing.

    >>> _js_unescape(r"\u003Cp\u003E\u5de5\u4f1a\ud83d\ude00\x41\/\"x\"\n")
    '<p>工会😀A/"x"\n'
    """
    if "\\" not in literal:
        return literal

    def one(m: re.Match) -> str:
        e = m.group(1)
        if e[0] == "u" and len(e) > 1:
            return chr(int(e[2:-1] if e[1] == "{" else e[1:], 16))
        if e[0] == "x" and len(e) == 3:
            return chr(int(e[1:], 16))
        return _JS_SIMPLE.get(e, e)

    text = _JS_ESCAPE_RE.sub(one, literal)
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace") if re.search("[\ud800-\udfff]", text) else text


@lru_cache(maxsize=1)
def _title_key_re() -> re.Pattern:
    """``"title": "…"`` (and title: '…', title = "…") for the keys of ``data/decode_script_state.tsv``."""
    keys = "|".join(re.escape(row["key"].strip()) for row in read_table("decode_script_state.tsv"))
    return re.compile(rf"""["']?\b(?:{keys})["']?\s*[:=]\s*(?:"((?:[^"\\\n]|\\.){{1,300}})"|'((?:[^'\\\n]|\\.){{1,300}})')""")


def _script_article(html: str, visible: str) -> str | None:
    r"""The article of a page whose visible markup is furniture only and whose article a script holds
    (``window.__INITIAL_STATE__ = {…"content":"\u003Cp\u003E…"}``, ``var content = "…"``): the
    string literal of the page's inline scripts with the most hanzi, JSON/JS-unescaped and read as
    HTML when it is markup (also when written as entities, ``&lt;p&gt;``), after its title (the nearest title key before it, ``data/decode_script_state.tsv``).
    None when no string holds ``MIN_SCRIPT_HANZI`` hanzi and ``MIN_VISIBLE_SENTENCES`` sentence ends,
    or when the visible text holds a third as many hanzi as it (then the visible text is the article).

    >>> p = r"\u003Cp\u003E" + "全年发展会员812名，慰问困难职工41户。" * 4 + r"\u003C/p\u003E"
    >>> page = ('<div class="nav">首页</div><div id="app">加载中…</div><script>window.__INITIAL_STATE__='
    ...         r'{"article":{"title":"\u5de5\u4f1a\u603b\u7ed3","content":"' + p * 3 + '"}}</script>')
    >>> html_to_text(page).splitlines()[:2]
    ['工会总结', '全年发展会员812名，慰问困难职工41户。全年发展会员812名，慰问困难职工41户。全年发展会员812名，慰问困难职工41户。全年发展会员812名，慰问困难职工41户。']
    """
    best: tuple[int, str, str, int] | None = None  # (hanzi, text, script, start in script)
    for script in _SCRIPT_RE.finditer(html):
        code = script.group(1)
        if len(code) < 200:
            continue
        for m in _JS_STRING_RE.finditer(code):
            text = _js_unescape(m.group(m.lastindex))
            hanzi = len(_HANZI_RE.findall(text))
            if hanzi >= MIN_SCRIPT_HANZI and (best is None or hanzi > best[0]):
                best = (hanzi, text, code, m.start())
    if best is None or len(_HANZI_RE.findall(visible)) * 3 > best[0]:
        return None
    hanzi, text, code, start = best
    body = _string_body(text)
    if len(_SENTENCE_END_RE.findall(body)) < MIN_VISIBLE_SENTENCES:
        return None
    titles = [_js_unescape(m.group(1) or m.group(2)) for m in _title_key_re().finditer(code, 0, start)]
    title = next((_SPACES_RE.sub(" ", t).strip() for t in reversed(titles) if _HANZI_RE.search(t)), "")
    return f"{title}\n{body}" if title and not body.startswith(title) else body


def _string_body(text: str) -> str:
    r"""The text of an article held in a string (a script's JSON state, a JSON API answer, a CSV cell):
    read as HTML when it is markup (also when the markup is written as entities, ``&lt;p&gt;``), else
    as plain text with its line breaks.

    >>> _string_body("<p>一、概况</p><p>全年新建工会9个。</p>"), _string_body("&lt;p&gt;正文。&lt;/p&gt;")
    ('一、概况\n全年新建工会9个。', '正文。')
    >>> _string_body("　　一、概况\r\n　　全年新建工会9个。")
    '一、概况\n\u3000\u3000全年新建工会9个。'
    """
    if "&lt;" in text and not _MARKUP_RE.search(text):  # markup written as entities inside the string
        text = html_unescape(text)
    return _extract(text, by_names=True) if _MARKUP_RE.search(text) else _normalise_newlines(text).strip()


def _looks_like_html(head: str) -> bool:
    """True when a text starts like an HTML document.

    >>> _looks_like_html("<!DOCTYPE html><html>"), _looks_like_html("一、<p>不是网页")
    (True, False)
    """
    return bool(_HTML_SNIFF_RE.match(head.lstrip("\ufeff")[:4096]))


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta>`` (or an XML declaration), if any.

    >>> _declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    'gb2312'
    """
    m = _META_CHARSET_RE.search(data[:8192])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii").lower()


def _read_html(data: bytes, name: str) -> Source:
    declared = _declared_charset(data)
    html, encoding, notes = _decode_bytes(data, name, declared)
    return Source(name=name, text=html_to_text(html), encoding=encoding, format="html", notes=notes)


# --------------------------------------------------------------------------- .docx


def docx_to_text(data: bytes, name: str = "<bytes>") -> str:
    """The paragraphs of a .docx file in document order, one per line; a table row is one line, its
    cells joined by one space (the way the HTML reader reads a row: a row's label stays beside its
    figure, 会员人数 1486人).  The text is the document as Word shows it (:mod:`reportmine.wordml`):
    tracked insertions in, deletions and comments out, list numbers written before their paragraphs
    (一、 （一） 1.), footnote and endnote texts after the body.

    Raises :class:`DecodeError` for a file that is not a readable .docx, and
    :class:`InputTooLarge` for one that inflates past :func:`max_docx_inflated`.
    """
    _check_inflated(data, name)
    try:
        import docx

        from .wordml import Numbering, body_lines, note_texts

        document = docx.Document(io.BytesIO(data))
        parts = _related_parts(document.part)
        numbering = Numbering(parts.get("numbering"), parts.get("styles"))
    except ImportError as e:  # pragma: no cover - python-docx is a dependency
        raise DecodeError("cannot read .docx: python-docx is not installed", path=name,
                          hint="pip install python-docx") from e
    except Exception as e:  # python-docx raises zipfile, KeyError, lxml and its own errors
        raise DecodeError(
            f"cannot read as .docx ({type(e).__name__}: {e})", path=name,
            hint="The file is corrupt or not a Word document: open and re-save it in Word/LibreOffice, "
                 "or export it as UTF-8 text.") from e

    lines = body_lines(document.element.body, numbering.marker if numbering else None)
    lines += note_texts(parts.get("footnotes")) + note_texts(parts.get("endnotes"))
    return _normalise_newlines("\n".join(lines))


def _related_parts(document_part) -> dict[str, bytes]:
    """The XML of the main document's numbering, styles, footnotes and endnotes parts, by kind."""
    out = {}
    for rel in document_part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind in ("numbering", "styles", "footnotes", "endnotes") and not rel.is_external:
            out[kind] = rel.target_part.blob
    return out


#: Bytes a .docx or .odt may inflate to (all members together) unless ``REPORTMINE_MAX_DOCX_MB`` says otherwise.
MAX_DOCX_INFLATED = 256 * 2**20
_CHUNK = 1 << 20


def max_docx_inflated() -> int:
    """The inflated-size limit for .docx and .odt files, in bytes (env ``REPORTMINE_MAX_DOCX_MB`` raises it)."""
    mb = os.environ.get("REPORTMINE_MAX_DOCX_MB", "").strip()
    try:
        return int(float(mb) * 2**20) if mb else MAX_DOCX_INFLATED
    except ValueError:
        raise ValueError(f"REPORTMINE_MAX_DOCX_MB={mb!r}: give a number of megabytes") from None


def _check_inflated(data: bytes, name: str, kind: str = ".docx") -> None:
    """Refuse a zip bomb (a .docx, an .odt) before anything inflates it whole: by the sizes its
    members declare, then by the bytes they really inflate to (streamed, never held)."""
    limit = max_docx_inflated()

    def refuse(size: str) -> InputTooLarge:
        return InputTooLarge(
            f"the {kind} inflates to {size}, over the limit of {limit / 2**20:.0f} MB", path=name,
            hint="If you trust the file, raise the limit: REPORTMINE_MAX_DOCX_MB=2048 (megabytes).")

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            declared = sum(i.file_size for i in infos)
            if declared > limit:
                raise refuse(f"{declared / 2**20:.0f} MB (declared)")
            actual = 0
            for info in infos:
                with z.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        actual += len(chunk)
                        if actual > limit:
                            raise refuse(f"more than {actual / 2**20:.0f} MB")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError):
        return  # not a sound zip: python-docx says so below, in its own words


def _read_docx(data: bytes, name: str) -> Source:
    return Source(name=name, text=docx_to_text(data, name), encoding="utf-8", format="docx", notes=("read as .docx",))


# --------------------------------------------------------------------------- OpenDocument (.odt) and Word 2003 XML

_ODT_SUFFIXES = frozenset({".odt", ".ott", ".fodt"})
_ODF_TYPE = "application/vnd.oasis.opendocument."
_WORD2003_MARK = b"schemas.microsoft.com/office/word/2003/wordml"


def _zip_kind(data: bytes) -> str:
    """What a zip archive holds: ``docx``, ``odt`` (an OpenDocument text), the media type of another
    OpenDocument (a spreadsheet, a presentation), or ``zip``.

    >>> import io, zipfile
    >>> buf = io.BytesIO()
    >>> with zipfile.ZipFile(buf, "w") as z:
    ...     z.writestr("mimetype", "application/vnd.oasis.opendocument.text"); z.writestr("content.xml", "<x/>")
    >>> _zip_kind(buf.getvalue()), _zip_kind(b"PK\x03\x04 not a zip")
    ('odt', 'zip')
    """
    from .odf import ODF_TEXT_TYPES

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "content.xml" not in names:
                return "zip"
            if "mimetype" not in names:
                return "odt"  # a writer that left the media type out: content.xml says what it is
            with z.open("mimetype") as f:
                kind = f.read(200).decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError):
        return "zip"
    if kind in ODF_TEXT_TYPES:
        return "odt"
    return kind if kind.startswith(_ODF_TYPE) else "zip"


def odt_to_text(data: bytes, name: str = "<bytes>") -> str:
    """The text of an OpenDocument text (.odt, as LibreOffice, OpenOffice and WPS save it), one line
    per paragraph, heading, list item and table row (:mod:`reportmine.odf`); a flat one-file ``.fodt``
    (XML) is read the same way.

    Raises :class:`DecodeError` for a file that is not a readable OpenDocument text, and
    :class:`InputTooLarge` for an archive that inflates past :func:`max_docx_inflated` (as a .docx).
    """
    from .odf import odf_lines

    kind = "flat OpenDocument (.fodt)" if not data.startswith(b"PK\x03\x04") else ".odt"
    if kind == ".odt":
        _check_inflated(data, name, ".odt")
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                xml = z.read("content.xml")
        except KeyError:
            raise DecodeError("cannot read as .odt: the archive has no content.xml", path=name,
                              hint=_ODT_HINT) from None
        except Exception as e:  # zipfile and zlib errors of a damaged archive
            raise DecodeError(f"cannot read as .odt ({type(e).__name__}: {e})", path=name, hint=_ODT_HINT) from e
    else:
        xml = data
    try:
        lines = odf_lines(xml)
    except Exception as e:  # lxml's XMLSyntaxError, or no office:text body
        raise DecodeError(f"cannot read as {kind}: its content.xml is not a readable text document "
                          f"({type(e).__name__}: {e})", path=name, hint=_ODT_HINT) from e
    return _normalise_newlines("\n".join(lines))


_ODT_HINT = ("The file is corrupt or not a text document: open and re-save it in LibreOffice/WPS, "
             "or export it as .docx or UTF-8 text.")


def _read_odt(data: bytes, name: str) -> Source:
    return Source(name=name, text=odt_to_text(data, name), encoding="utf-8", format="odt",
                  notes=("read as an OpenDocument text (.odt)",))


def _xml_document_kind(data: bytes) -> str | None:
    """``word2003`` for a Word 2003 XML document (``<?mso-application progid="Word.Document"?>``,
    ``w:wordDocument``), ``fodt`` for a flat OpenDocument text, None for anything else; from the
    file's head, and only when the file opens as XML does (one look at its first bytes otherwise).

    >>> _xml_document_kind(b'<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">')
    'word2003'
    >>> _xml_document_kind(b'<?xml version="1.0"?><html><p>x</p></html>'), _xml_document_kind("一、".encode())
    (None, None)
    """
    head = data[:16384]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 XML: look at it as UTF-8
        head = head.decode("utf-16", "ignore").encode("utf-8")
    elif head[:3] == b"\xef\xbb\xbf":
        head = head[3:]
    if not head.lstrip()[:5] in (b"<?xml", b"<w:wo", b"<offi"):
        return None
    if _WORD2003_MARK in head and b"wordDocument" in head:
        return "word2003"
    if b"office:document" in head and (_ODF_TYPE + "text").encode() in head:
        return "fodt"
    return None


def word2003_to_text(data: bytes, name: str = "<bytes>") -> str:
    """The text of a Word 2003 XML document (WordprocessingML 2003: one ``.xml`` file Word 2003-2016
    saves as "XML Document"), one line per paragraph and table row, read as a .docx is
    (:func:`reportmine.wordml.word2003_lines`): runs joined, list markers as Word wrote them,
    footnotes after the body, properties, styles, headers and footers left out.

    Raises :class:`DecodeError` for XML that is not well formed.
    """
    from lxml import etree

    from .wordml import word2003_lines

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise DecodeError(f"cannot read as a Word 2003 XML document: the XML is not well formed ({e})", path=name,
                          hint="The file is cut or damaged: open and re-save it in Word/WPS (as .docx), "
                               "or export it as UTF-8 text.") from e
    return _normalise_newlines("\n".join(word2003_lines(root)))


def _read_word2003(data: bytes, name: str) -> Source:
    return Source(name=name, text=word2003_to_text(data, name), encoding="utf-8", format="wordxml",
                  notes=("read as a Word 2003 XML document",))


# --------------------------------------------------------------------------- MHTML (.mht)

#: a MIME message's header block that holds a saved web page: MIME-Version, then a multipart/related
#: body (Blink, Internet Explorer and Word's "single file web page" all write this)
_MHTML_HEAD_RE = re.compile(rb"(?im)^MIME-Version:[^\n]*\n(?:[^\n]+\n)*?Content-Type:[ \t]*multipart/related")


#: a header line (``Name: value``) or a folded one (opening with a blank)
_HEADER_LINE_RE = re.compile(rb"[!-9;-~]+:|[ \t]")


def _looks_like_mhtml(head: bytes) -> bool:
    r"""Whether ``head`` (a file's first bytes) opens a saved web page (MHTML): MIME headers with a
    multipart/related body before the first blank line.

    >>> _looks_like_mhtml(b"From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related;\n")
    True
    >>> _looks_like_mhtml("一、工会组建\nMIME-Version: 1.0\n".encode())
    False
    """
    block = head[:4096].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    if not all(map(_HEADER_LINE_RE.match, block.rstrip(b"\n").split(b"\n"))):
        return False  # a message's head is header lines only, from the first byte on
    return bool(_MHTML_HEAD_RE.search(block + b"\n"))


def mhtml_page(data: bytes, name: str = "<bytes>") -> tuple[bytes, str | None, str]:
    r"""The page inside a saved web page (MHTML): ``(bytes, charset it declares or None, its type)``.

    The page is the first ``text/html`` part (frames and images follow it), else the first
    ``text/plain`` one; its transfer encoding (quoted-printable, base64) is undone by the standard
    library's MIME parser.

    >>> mht = (b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\n'
    ...        b'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
    ...        b'<p>=E5=B7=A5=E4=BC=9A</p>\n--b--\n')
    >>> page, charset, kind = mhtml_page(mht)
    >>> page.decode(charset), kind
    ('<p>工会</p>', 'text/html')
    """
    import email  # only for a saved web page: the MIME parser costs 12 ms of start-up
    import email.policy

    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    parts = [p for p in msg.walk() if not p.is_multipart()]
    for kind in ("text/html", "text/plain"):
        for part in parts:
            if part.get_content_type() == kind:
                payload = part.get_payload(decode=True)
                if payload:
                    return payload, part.get_content_charset(), kind
    raise DecodeError("cannot read: a saved web page (MHTML) with no HTML or text part in it", path=name,
                      hint="Open it in a browser and save it as .html (\"Web page, HTML only\") instead.")


def _read_mhtml(data: bytes, name: str) -> Source:
    page, charset, kind = mhtml_page(data, name)
    note = f"read as a saved web page (MHTML): its {kind} part"
    if kind == "text/plain":
        text, encoding, notes = _decode_bytes(page, name, charset)
        return Source(name=name, text=text, encoding=encoding, format="mhtml", notes=(note, *notes))
    html, encoding, notes = _decode_bytes(page, name, charset or _declared_charset(page))
    return Source(name=name, text=html_to_text(html), encoding=encoding, format="mhtml", notes=(note, *notes))


# --------------------------------------------------------------------------- e-mail (.eml)

#: header fields a message's head opens with (a saved e-mail's first line is one of them; a client
#: that writes the message itself may open with its content type, date, subject or addressee)
_EMAIL_HEAD_RE = re.compile(rb"(?i)(?:Received|From|MIME-Version|Return-Path|Delivered-To|Message-ID|Content-Type|Date|Subject|To|X-[A-Za-z-]+):")
#: the fields only a message (not a saved web page, MHTML) has, of which its head holds one at least
_EMAIL_FIELD_RE = re.compile(rb"(?im)^(?:Received|Message-ID|To|Cc|Return-Path|Delivered-To):")


def _looks_like_email(head: bytes) -> bool:
    r"""Whether ``head`` (a file's first bytes) opens a saved e-mail: header lines only up to the first
    blank line, the first a field a message opens with (Received:, From:, MIME-Version: …), and a field
    only a sent message has among them (To:, Received:, Message-ID: …; a saved web page has none).

    >>> _looks_like_email(b"Received: from x\n\tby y;\nFrom: a@b.cn\nTo: c@d.cn\n\nbody")
    True
    >>> _looks_like_email(b"From: <Saved by Blink>\nSubject: x\nMIME-Version: 1.0\n\n")
    False
    >>> _looks_like_email(b"From: a@b.cn\n\nbody"), _looks_like_email("发件人：张三\n主题：总结\n".encode())
    (False, False)
    >>> _looks_like_email(b'Content-Type: text/plain; charset="gb2312"\nMIME-Version: 1.0\nTo: c@d.cn\n\nx')
    True
    """
    if not _EMAIL_HEAD_RE.match(head):
        return False
    block = head[:4096].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    if not all(map(_HEADER_LINE_RE.match, block.rstrip(b"\n").split(b"\n"))):
        return False
    return bool(_EMAIL_FIELD_RE.search(block))


def _read_email(data: bytes, name: str) -> Source:
    """A saved e-mail: its body (HTML part, else plain) without the mail client's furniture; when the
    body is only a cover note (or none) and a report file is attached (.docx, .rtf, .txt, a page),
    that attachment."""
    from .mail import body_text, is_cover_note, message_part, report_attachments

    try:
        part, charset, kind = message_part(data, name)
    except DecodeError:
        part, charset, kind = None, None, ""
    text, encoding, notes = "", "utf-8", ()
    if part is not None:
        text, encoding, notes = _decode_bytes(part, name, charset or (_declared_charset(part) if kind == "text/html" else None))
        text, dropped = body_text(html_to_text(text) if kind == "text/html" else text)
        notes = (f"read as an e-mail: its {kind} part", *notes, *dropped)
    if part is None or is_cover_note(text):
        for filename, payload in report_attachments(data):
            try:
                attached = read(payload, name=name)
            except DecodeError:
                continue
            why = "the message body is a cover note" if part is not None else "the message has no body"
            return replace(attached, format="email",
                           notes=(f"read as an e-mail: its attachment {filename!r} ({why})", *attached.notes))
    if part is None:
        message_part(data, name)  # raises the DecodeError naming the file
    return Source(name=name, text=text, encoding=encoding, format="email", notes=notes)


# --------------------------------------------------------------------------- RTF


def _read_rtf(data: bytes, name: str) -> Source:
    from .rtf import rtf_to_text

    text, codec, notes = rtf_to_text(data, name)
    clean = text.translate(_DROP_CONTROLS) if _CONTROL_RE.search(text) else text
    return Source(name=name, text=clean, encoding=codec, format="rtf", notes=("read as RTF", *notes))


#: an RTF document's first bytes (after a UTF-8 byte-order mark or blanks)
_RTF_HEAD_RE = re.compile(rb"(?:\xef\xbb\xbf)?[ \t\r\n]*\{\\rtf")


# --------------------------------------------------------------------------- data files (.json, .csv)

_JSON_SUFFIXES = frozenset({".json", ".jsonl"})
_CSV_SUFFIXES = frozenset({".csv"})
_DATA_SUFFIXES = _JSON_SUFFIXES | _CSV_SUFFIXES
#: the line printed between two reports of one data file (articles.py splits a page there, above a title)
ARTICLE_SEPARATOR = "******"


def join_articles(articles: list[tuple[str, str]]) -> str:
    r"""One page of several (title, body) reports, as the article split reads them: each titled report
    after a ``******`` line; when a report has no title, every report under a ``篇`` line (``篇2``,
    ``…总结 篇2``).  One report is its title line, then its body.

    >>> join_articles([("甲工会总结", "正文一。")])
    '甲工会总结\n正文一。'
    >>> join_articles([("甲工会总结", "正文一。"), ("乙工会总结", "正文二。")])
    '甲工会总结\n正文一。\n******\n乙工会总结\n正文二。'
    >>> join_articles([("甲工会总结", "正文一。"), ("", "正文二。")])
    '甲工会总结 篇1\n正文一。\n篇2\n正文二。'
    """
    def head(title: str, body: str) -> str:
        return f"{title}\n{body}" if title and not body.startswith(title) else body

    if len(articles) == 1:
        return head(*articles[0])
    if all(title for title, _ in articles):
        return f"\n{ARTICLE_SEPARATOR}\n".join(head(t, b) for t, b in articles)
    return "\n".join(f"{t + ' ' if t else ''}篇{n}\n{b}" for n, (t, b) in enumerate(articles, 1))


def data_file_to_text(data: bytes, name: str = "<bytes>", kind: str = "json") -> tuple[str, str, tuple[str, ...]]:
    r"""The report(s) of a data file (``kind`` ``json``: an API answer or saved article object; ``csv``: a
    CMS export) as one page, with the codec and notes: each report string (:mod:`reportmine.datafile`)
    read as a page's article is (:func:`_string_body`: HTML markup as HTML), under its title line;
    several are joined by :func:`join_articles`.  The other fields are no text of the report.

    Raises :class:`DecodeError` (no JSON/CSV) and :class:`UnsupportedFormat` (no report in it).

    >>> body = "全年发展会员812名，慰问困难职工41户。" * 12
    >>> text, codec, notes = data_file_to_text(('id,title,content\n1,工会总结,"<p>' + body + '</p>"\n').encode(), "a.csv", "csv")
    >>> text.splitlines()[0], codec, notes
    ('工会总结', 'utf-8', ('read as a CSV export: 1 report (row 2, column content)',))
    """
    from .datafile import csv_articles, json_articles

    text, codec, notes = _decode_bytes(data, name)
    found = (csv_articles if kind == "csv" else json_articles)(text.lstrip("\ufeff"), name)
    articles = [(a.title, _string_body(a.body)) for a in found]
    what = "a CSV export" if kind == "csv" else "JSON"
    where = ", ".join(a.where for a in found[:3]) + (", …" if len(found) > 3 else "")
    note = f"read as {what}: {len(found)} report{'s' if len(found) > 1 else ''} ({where})"
    return join_articles(articles), codec, (note, *notes)


def holds_report(path: str | os.PathLike) -> bool:
    """True when a ``.json``/``.csv`` file holds a report :func:`read` can read (a bulk run over a
    directory may take such files only: a data table, a config or an API answer without an article is
    no report); any other file is left to :func:`read`'s own checks (True).

    >>> holds_report("corpora/heldout25/raw/2502_district_cms_export.csv"), holds_report("no/such/figures.csv")
    (True, False)
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _DATA_SUFFIXES:
        return True
    try:
        data_file_to_text(path.read_bytes(), path.name, "csv" if suffix in _CSV_SUFFIXES else "json")
    except (OSError, ValueError):  # ReportmineError subclasses ValueError/OSError; json/csv errors are wrapped
        return False
    return True


def _read_data_file(data: bytes, name: str, kind: str) -> Source:
    text, codec, notes = data_file_to_text(data, name, kind)
    return Source(name=name, text=text, encoding=codec, format=kind, notes=notes)


#: a JSON object or array at a file's head (after a byte-order mark and blanks)
_JSON_HEAD_RE = re.compile(rb'(?:\xef\xbb\xbf)?[ \t\r\n]*(?:\{[ \t\r\n]*"|\[[ \t\r\n]*\{)')


# --------------------------------------------------------------------------- entry point


def read(source: str | os.PathLike | bytes, name: str | None = None) -> Source:
    """Read a report file (path) or its raw bytes into a :class:`~reportmine.model.Source`.

    Plain text in UTF-8, GB18030/GBK, Big5 or UTF-16, HTML (by extension or
    content), saved web pages (MHTML ``.mht``, by extension or content), ``.docx``
    (by extension or content), RTF (by content), saved e-mails (``.eml``, by
    extension or content) and reports held in data files (a JSON API answer ``.json``,
    a CMS export ``.csv``: :func:`data_file_to_text`; a JSON answer under another suffix by its
    content) are understood.  A ``.rtf`` file that is no RTF is read
    by its content.

    >>> src = read("一、加强学习".encode("gb18030"), name="demo")
    >>> src.name, src.text, src.encoding, src.format
    ('demo', '一、加强学习', 'gb18030', 'text')
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data, label, suffix = bytes(source), name or "<bytes>", ""
    elif isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if not path.exists():
            hint = "To analyse text you already hold, use reportmine.parse_text()." if isinstance(source, str) and (
                "\n" in source or len(source) > 255) else None
            raise ReportNotFound(f"no such report file: {str(source)[:120]!r}", hint=hint)
        if path.is_dir():
            raise IsADirectory(f"{str(path)!r} is a directory", hint="Pass a file path (or use reportmine.load_many).")
        data, label, suffix = path.read_bytes(), name or path.stem, path.suffix.lower()
    else:
        raise TypeError(f"read() takes a path or bytes, got {type(source).__name__}")

    zipped = data.startswith(b"PK\x03\x04")
    kind = _zip_kind(data) if zipped else ""
    if suffix == ".docx" and kind != "odt":  # an .odt saved under .docx (WPS users rename) is read as one
        return _read_docx(data, label)
    if zipped:
        if kind == "docx":
            return _read_docx(data, label)
        if kind == "odt" or suffix in _ODT_SUFFIXES:
            return _read_odt(data, label)
        if kind.startswith(_ODF_TYPE):
            raise DecodeError(f"cannot read: it is an OpenDocument {kind[len(_ODF_TYPE):]}, not a text document",
                              path=label, hint="Copy its text into a text document (.odt, .docx) or UTF-8 text.")
        raise DecodeError("cannot read: it is a zip archive, not a report text", path=label, hint="Unpack it first.")
    if (xml_kind := _xml_document_kind(data)) == "word2003":
        return _read_word2003(data, label)
    if xml_kind == "fodt":
        return _read_odt(data, label)
    if data.startswith(_OLE_MAGIC):
        raise DecodeError("cannot read: it is an old binary Office file (.doc/.xls)", path=label,
                          hint="Save it as .docx or UTF-8 text and read that.")
    if _RTF_HEAD_RE.match(data):
        return _read_rtf(data, label)
    if suffix in _EMAIL_SUFFIXES or (suffix not in _MHTML_SUFFIXES and _looks_like_email(data[:4096])):
        return _read_email(data, label)  # before MHTML: a mail with inline images is multipart/related too
    if suffix in _MHTML_SUFFIXES or _looks_like_mhtml(data[:4096]):
        return _read_mhtml(data, label)
    if suffix in _HTML_SUFFIXES or _looks_like_html(data[:4096].decode("latin-1")):
        return _read_html(data, label)
    if not suffix and name:  # bytes named as a data file (read(data, name="export.csv"))
        suffix = data_suffix if (data_suffix := os.path.splitext(name)[1].lower()) in _DATA_SUFFIXES else ""
    if suffix in _JSON_SUFFIXES:
        return _read_data_file(data, label, "json")
    if _JSON_HEAD_RE.match(data):  # an API answer saved as .txt, .do, .php or without a suffix
        try:
            return _read_data_file(data, label, "json")
        except (DecodeError, UnsupportedFormat):
            pass  # no JSON, or none holding a report: read as the text it is
    if suffix in _CSV_SUFFIXES:
        return _read_data_file(data, label, "csv")
    text, encoding, notes = _decode_bytes(data, label)
    if _looks_like_html(text[:4096]):  # e.g. an HTML page in UTF-16
        return Source(name=label, text=html_to_text(text), encoding=encoding, format="html", notes=notes)
    return Source(name=label, text=text, encoding=encoding, format="text", notes=notes)
