"""Codec damage: whole runs in the wrong codec, and byte-level GBK damage.

Two normalisation steps (``step(text) -> list[Edit]``) that run first, on the
decoded source text (traditional script and pinyin annotations still in):

``fix_codec_confusion``
    undoes runs of text decoded with the wrong codec: UTF-8 bytes read as GBK
    (鍏充簬 → 关于), GBK bytes read as Latin-1/cp1252 (¹ØÓÚ → 关于) and UTF-8
    read as cp1252 (å…³äºŽ → 关于).  A run is re-decoded and replaced only if
    the character language model (:mod:`.charlm`) finds the result clearly
    more probable.

``repair_gbk_damage``
    repairs GBK byte streams that lost or hid single bytes, leaving the rest of
    the stream misaligned (,F(xiàn)將 → 。現(xiàn)將).  Suspicious *zones* are found
    with a fast regex scan; inside a zone the zone is turned back into GBK
    bytes, hidden/lost bytes are re-inserted (every value is tried), every
    candidate is decoded, checked against the pinyin annotations left behind
    and ranked by the character model.  A zone is repaired only when one
    reading wins clearly and is supported; otherwise it is flagged.

The damage models (see the notes of corpora/gold/000):

* **lost byte** – one byte vanished; the following double-byte characters are
  read as (trail, next lead) pairs until an ASCII byte resynchronises.  A
  misread pair ``A3 xx`` is a full-width ASCII form (！ ， Ｆ …) that the site
  then made half-width.
* **annotation inside a character** – an annotator working byte-wise inserted
  ``(pinyin)`` between the two bytes of a character; the decoder turned the
  lone byte plus ``(`` into ``?`` (or dropped it).  The orphan ``?nèi)`` still
  tells which byte hid there: the two bytes before the insertion read ``nèi``.

>>> [e.replacement for e in repair_gbk_damage("取得了一定進(jìn)展,F(xiàn)將近期重點(diǎn)工作")]
['現']

(Here the comma was kept: after a clause this short the model prefers ，to 。;
the lost byte was the lead AC of 現, whose trail 0x46 surfaced as "F".)
>>> [e.replacement for e in fix_codec_confusion("鍏充簬鍖烘?诲伐浼氱殑宸ヤ綔")]
['关于区总工会的工作']
"""

from __future__ import annotations

import collections
import heapq
from bisect import bisect_right
import itertools
import math
from itertools import accumulate, compress, repeat
from operator import is_not, itemgetter, not_
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

from ..textedit import Edit, drop_overlaps
from .charlm import PUNCTUATION, CharLM

__all__ = ["fix_codec_confusion", "repair_gbk_damage", "readings", "reading_matches"]

# -- pinyin ---------------------------------------------------------------------

_TONE_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_SYL = f"[a-z{_TONE_LETTERS}]{{1,6}}"
#: an annotation "(guān)" and an orphan "?nèi)" whose "(" went into a "?".
_ANNOT_RE = re.compile(rf"\(({_SYL})\)")
_ORPHAN_RE = re.compile(rf"\?({_SYL})\)")


@lru_cache(maxsize=8192)
def _toneless(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).replace("ü", "v")


def _pinyin_dict() -> dict[int, str]:
    from .pinyin import pinyin_table

    return pinyin_table()


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every toneless pinyin syllable pypinyin knows."""
    return frozenset(_toneless(r) for v in _pinyin_dict().values() for r in v.split(","))


@lru_cache(maxsize=65536)
def readings(ch: str) -> frozenset[str]:
    """Tone-marked readings of ``ch`` (empty for characters pypinyin does not know).

    >>> sorted(readings("現"))
    ['xiàn']
    """
    v = _pinyin_dict().get(ord(ch)) if len(ch) == 1 else None
    return frozenset(unicodedata.normalize("NFC", r) for r in v.split(",")) if v else frozenset()


@lru_cache(maxsize=65536)
def reading_matches(ch: str, syl: str) -> int:
    """2 if ``syl`` is a reading of ``ch`` with its tone, 1 if only without tone, else 0.

    >>> reading_matches("動", "dòng"), reading_matches("動", "dong"), reading_matches("趧", "dòng")
    (2, 1, 0)
    """
    syl = unicodedata.normalize("NFC", syl)
    rs = readings(ch)
    if syl in rs:
        return 2
    t = _toneless(syl)
    return 1 if any(_toneless(r) == t for r in rs) else 0


@lru_cache(maxsize=1)
def _chars_by_toneless() -> dict[str, frozenset[str]]:
    """Toneless reading -> every character with that reading (one pass over the table)."""
    out: dict[str, set[str]] = {}
    for o, v in _pinyin_dict().items():
        for r in v.split(","):
            out.setdefault(_toneless(r), set()).add(chr(o))
    return {t: frozenset(chs) for t, chs in out.items()}


@lru_cache(maxsize=4096)
def _fitting(syls: tuple) -> frozenset[str]:
    """The characters one of the syllables ``syls`` is a reading of (tone or not): the
    characters ``c`` with ``reading_matches(c, s)`` for some ``s`` in ``syls``."""
    table = _chars_by_toneless()
    return frozenset().union(*(table.get(_toneless(s), ()) for s in syls))


def _is_pinyin(syl: str) -> bool:
    return _toneless(syl) in _syllables()


def _has_tone(syl: str) -> bool:
    return any(c in _TONE_LETTERS and c != "ü" for c in syl)


# -- character classes -------------------------------------------------------------

_CJK = "\u3400-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")


def _is_cjk(ch: str) -> bool:
    o = ord(ch[0])
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


@lru_cache(maxsize=1)
def _lm() -> CharLM:
    return CharLM.load()


#: :func:`_frequent_chars` as shipped, so that a page without damage never loads the model.
FREQUENT_PATH = Path(__file__).with_name("data") / "frequent_chars.txt"


@lru_cache(maxsize=1)
def _frequent_chars() -> frozenset[str]:
    """Frequent characters of the model, plus every variant that OpenCC maps to one
    (爲 羣 衆 are rare in the dictionary but ordinary traditional text).

    Read from ``data/frequent_chars.txt`` (written by ``python -m
    reportmine.normalize.codec --rebuild``; tests check it against the model)."""
    if FREQUENT_PATH.exists():
        return frozenset(FREQUENT_PATH.read_text(encoding="utf-8").strip())
    return _compute_frequent_chars()


def _compute_frequent_chars() -> frozenset[str]:
    lm = _lm()
    freq = {c for c in lm.rank if lm.is_frequent(c)}
    every = "".join(chr(o) for o in range(0x4E00, 0xA000))
    for conf in ("t2s", "tw2s", "hk2s"):
        simple = _convert(every, conf)
        if len(simple) == len(every):
            freq.update(c for c, s in zip(every, simple) if s != c and s in freq)
    return frozenset(freq)


def _convert(text: str, conf: str) -> str:
    try:
        import opencc_pyo3

        return opencc_pyo3.OpenCC(conf).convert(text)
    except Exception:
        import opencc

        return opencc.OpenCC(conf).convert(text)


def _has_rare(text: str) -> bool:
    """Whether ``text`` holds a CJK character outside the frequent set: one set difference, so that a page
    without one never builds :func:`_rare_run_re` (a class of some 6,000 ranges: 20 ms to compile).

    >>> _has_rare("今年新建工会5家。"), _has_rare("今年新建工会5家。\u4e42")
    (False, True)
    """
    return any(("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff") for c in set(text).difference(_frequent_chars()))


def _rare_runs(text: str) -> Iterator[re.Match]:
    """The matches of :func:`_rare_run_re` in ``text``; until a page has needed the pattern, a page without
    a rare character (:func:`_has_rare`) does not build it (a small file's start-up), and once it is built
    its scan (1 ms a 0.5 MB) is cheaper than the test (10 ms)."""
    if _rare_run_re.cache_info().currsize == 0 and not _has_rare(text):
        return iter(())
    return _rare_run_re().finditer(text)


@lru_cache(maxsize=1)
def _rare_run_re() -> re.Pattern:
    """Matches CJK characters outside the frequent set (both scripts)."""
    frequent = sorted(ord(c) for c in _frequent_chars())
    ranges, lo = [], 0x3400
    for o in frequent:
        if o > lo:
            ranges.append((lo, o - 1))
        lo = max(lo, o + 1)
    ranges.append((lo, 0x9FFF))
    cls = "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges if a <= b)
    return re.compile(f"[{cls}\uf900-\ufaff]")


# ==================================================================================
# 1. whole runs in the wrong codec
# ==================================================================================

_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_HIGH = f"\u00a0-\u00ff\u0080-\u009f{_CP1252_HIGH}"
#: a run of Latin-1/cp1252 "high" characters, ASCII trail bytes allowed inside.
_LATIN_RUN_RE = re.compile(f"[{_HIGH}](?:[{_HIGH}]|[\\x40-\\x7e](?=[{_HIGH}]))+[{_HIGH}\\x40-\\x7e]?")
_LATIN1_RE = re.compile("[\u00a0-\u00ff]")
#: a run of non-ASCII, non-space characters (candidate UTF-8-read-as-GBK text).
_WIDE_RUN_RE = re.compile(r"[^\x00-\x7f\s\u3000][^\x00-\x3e\x40-\x7f\s\u3000]+")

_MIN_GAIN = 2.0  # nats per character the re-decoded run must gain
_MIN_SCORE = -9.0  # and the re-decoded run must look like language


def _to_bytes_1252(s: str) -> bytes | None:
    out = bytearray()
    for ch in s:
        o = ord(ch)
        if o < 0x100:
            out.append(o)
        else:
            try:
                out += ch.encode("cp1252")
            except UnicodeEncodeError:
                return None
    return bytes(out)


def _cjk_share(s: str) -> float:
    return sum(1 for c in s if _is_cjk(c)) / len(s) if s else 0.0


def _better(original: str, decoded: str, before: str) -> bool:
    """True if ``decoded`` is clearly more probable than ``original``."""
    lm = _lm()
    if not decoded or decoded == original or _cjk_share(decoded) < 0.5:
        return False
    s_new = lm.score(decoded, before)
    return s_new > _MIN_SCORE and s_new - lm.score(original, before) > _MIN_GAIN


def _redecode_latin(run: str) -> list[tuple[str, str]]:
    raw = _to_bytes_1252(run)
    if raw is None:
        return []
    out = []
    for codec in ("gbk", "utf-8"):
        try:
            out.append((raw.decode(codec), codec))
        except UnicodeDecodeError:
            pass
    return out


@lru_cache(maxsize=1)
def _utf8_lead_chars() -> frozenset[str]:
    """Characters whose GBK lead byte is a UTF-8 lead byte of CJK text or punctuation
    (E2..EF): the only ones a UTF-8 run read as GBK starts with."""
    pairs = _gbk_pairs()
    return frozenset(c for lead in range(0xE2, 0xF0) for c in pairs[lead << 8 | 0x40 : lead << 8 | 0xFF] if c)


@lru_cache(maxsize=1)
def _utf8_lead_re() -> re.Pattern:
    """One of :func:`_utf8_lead_chars` not right after a character that goes on a run of
    ``_WIDE_RUN_RE`` (other than ``?``): a character that may start such a run."""
    return re.compile("[" + "".join(sorted(_utf8_lead_chars())) + "](?<![^\\x00-\\x7f\\s\\u3000].)")


#: a character that ends a run of ``_WIDE_RUN_RE``
_RUN_END_RE = re.compile(r"[\x00-\x3e\x40-\x7f\s\u3000]")


def _utf8_runs(text: str):
    """The matches of ``_WIDE_RUN_RE`` that start with one of :func:`_utf8_lead_chars` (the
    only runs :func:`_redecode_wide` may re-read), found from those characters: a scan for
    them costs a fifth of a scan for every run of Chinese text, and finds none in most pages.

    A run starts at the first character other than ``?`` after a character that ends runs."""
    for m in _utf8_lead_re().finditer(text):
        i = j = m.start()
        while j > 0 and text[j - 1] == "?":
            j -= 1
        if j > 0 and not _RUN_END_RE.match(text, j - 1):
            continue  # inside a run that started before
        run = _WIDE_RUN_RE.match(text, i)
        if run:
            yield run


def _redecode_wide(run: str, after: str = "", before: str = "\n", page: "_LazyPage | None" = None) -> str | None:
    """UTF-8 text that was read as GBK, or None.  A ``?`` or U+FFFD stands for one byte the GBK
    decoder could not pair: the character it belonged to is read from its other bytes, what the
    decoder's refusal allows and the language (:func:`_fill_lost_bytes`); ``after`` is the
    character after the run (the byte the decoder refused to pair the last lost one with),
    ``before`` the one before it ("\\n" at a line start); ``page`` the pairs of characters the page
    holds intact (:func:`_page_pairs`)."""
    try:
        if not 0xE2 <= run[0].encode("gbk")[0] <= 0xEF:  # UTF-8 CJK/punctuation lead bytes
            return None
    except UnicodeEncodeError:
        return None
    if "?" not in run and "\ufffd" not in run:  # fast path: no byte was lost
        try:
            text = run.encode("gbk").decode("utf-8", errors="replace")
        except UnicodeEncodeError:
            return None
        return None if text.count("\ufffd") * 8 > len(text) else text
    slots = _run_slots(run)
    if slots is None:
        return None
    text = _fill_lost_bytes(slots, after, before, page)
    if text is None or text.count("\ufffd") * 4 > len(text):
        return None
    return text


#: What a lost byte may have been: the lead of a 3-byte UTF-8 character (CJK, punctuation, full-width
#: forms: E2..EF), or a continuation byte.
_LOST_LEADS = range(0xE2, 0xF0)
_LOST_TRAILS = range(0x80, 0xC0)


def _refused(b: int, nxt: int | None) -> bool:
    """True when a GBK decoder meeting the byte ``b`` before ``nxt`` (None: the end of the text)
    writes a replacement for ``b`` alone: ``b`` is no lead (0x80, 0xFF) or the pair is no character.

    >>> _refused(0xA5, 0x8B), _refused(0xA5, 0xE5), _refused(0x80, 0xE5), _refused(0xE5, ord("3"))
    (True, False, True, True)
    """
    if nxt is None or b in (0x80, 0xFF):
        return True
    return not _gbk_pairs()[b << 8 | nxt] if nxt >= 0x40 else True


def _utf8_chars(slots: list[int | None]) -> list[tuple[int, int]] | None:
    """The spans of ``slots`` (bytes, None where one was lost) that hold one UTF-8 character each,
    or None where the bytes do not parse as UTF-8.  A lost byte where a character starts is the
    lead of a 3-byte character (the CJK text and punctuation that gets read as GBK)."""
    spans, i, n = [], 0, len(slots)
    while i < n:
        b = slots[i]
        if b is None or 0xE0 <= b <= 0xEF:
            size = 3
        elif 0xC2 <= b <= 0xDF:
            size = 2
        elif 0xF0 <= b <= 0xF4:
            size = 4
        else:
            return None  # a continuation byte (or ASCII) where a character starts
        if i + size > n or any(c is not None and not 0x80 <= c <= 0xBF for c in slots[i + 1 : i + size]):
            return None
        spans.append((i, i + size))
        i += size
    return spans


@lru_cache(maxsize=1)
def _traditional_only() -> frozenset[str]:
    """Characters that only traditional text writes (OpenCC's t2s changes them): 個 進 為."""
    return frozenset(_changed_by("t2s"))


@lru_cache(maxsize=1)
def _figure_classes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The characters that stand before and after a figure, and heading numerals (``punctuation.tsv``)."""
    from ..tables import read_table

    rows = {r["name"]: r["value"] for r in read_table("punctuation.tsv", __package__)}
    return frozenset(rows["figure_neighbours_before"]), frozenset(rows["figure_neighbours_after"]), frozenset(rows["heading_numerals"])


#: What a fitting neighbour adds to a guess for a lost byte (nats): the bigram model has seen no digits.
_FIGURE_BONUS = 3.0


def _context_bonus(ch: str, out: list[str], right: str, after: str, before: str = "\n") -> float:
    """What the characters beside a guessed character say that the model cannot: a unit after a digit
    (62个), a verb before one (为432名), a heading numeral before 、 at a line start, and a quote
    mark that closes the quote open before it (“机关大讲堂” rather than “机关大讲堂“)."""
    leads_in, units, numerals = _figure_classes()
    left = out[-1] if out else before[-1:]
    nxt = right[:1] or after[:1]
    bonus = 0.0
    if left.isdigit() and ch in units:
        bonus += _FIGURE_BONUS
    if nxt.isdigit() and ch in leads_in:
        bonus += _FIGURE_BONUS
    if not out and before in ("", "\n") and nxt == "、" and ch in numerals:
        bonus += _FIGURE_BONUS
    if ch in "“”":
        opened = "".join(out).count("“") > "".join(out).count("”")
        bonus += _FIGURE_BONUS if (ch == "”") == opened else -_FIGURE_BONUS
    return bonus


def _run_slots(run: str) -> list[int | None] | None:
    """The bytes of a run read as GBK, None for each ``?`` or U+FFFD (a byte lost); None when a
    character of the run has no GBK bytes."""
    slots: list[int | None] = []
    for ch in run:
        if ch in "?\ufffd":
            slots.append(None)
            continue
        try:
            slots += ch.encode("gbk")
        except UnicodeEncodeError:
            return None
    return slots


#: The longest stretch of a page's own text that speaks for a guess (a guess and three neighbours).
_PAGE_SPAN = 4
#: On a longer page only pairs are counted (a guess and one neighbour).
_PAGE_LONG = 300_000


def _page_pairs(text: str, runs: list) -> collections.Counter:
    """The stretches of two to four adjacent characters of a page as it can be read for sure: its
    intact text and the characters of its mojibake runs that lost no byte (a NUL stands for each
    that did).  A report repeats its words (职工之家, 人次): the page's own text decides a guess the
    model cannot.

    >>> p = _page_pairs("职工之家", [])
    >>> p["之家"], p["职工之家"], p["工之"]
    (1, 1, 1)
    """
    pieces = [text]
    for m in runs:
        slots = _run_slots(m.group())
        spans = _utf8_chars(slots) if slots else None
        if spans:
            pieces.append("".join("\x00" if None in slots[a:b] else bytes(slots[a:b]).decode("utf-8", errors="replace") for a, b in spans))
    joined = "\n".join(pieces)
    counts: collections.Counter = collections.Counter()
    for n in range(2, _PAGE_SPAN + 1 if len(joined) < _PAGE_LONG else 3):
        counts.update(map("".join, zip(*(joined[k:] for k in range(n)))))
    return counts


#: What each neighbour of a guess that the page shows beside it elsewhere adds (nats).
_PAGE_WEIGHT = 1.5


def _page_support(page: collections.Counter, left: str, ch: str, right: str) -> int:
    """How many neighbours of ``ch`` (up to three on each side) the page shows with it elsewhere:
    the longest stretch ending in ``ch`` plus the longest starting with it."""
    n = 0
    for k in range(min(len(left), _PAGE_SPAN - 1), 0, -1):
        if page[left[-k:] + ch]:
            n += k
            break
    for k in range(min(len(right), _PAGE_SPAN - 1), 0, -1):
        if page[ch + right[:k]]:
            n += k
            break
    return n


class _LazyPage:
    """:func:`_page_pairs` of a page, counted when first asked for."""

    def __init__(self, text: str, runs: list) -> None:
        self.text, self.runs, self._counts = text, runs, None

    def counts(self) -> collections.Counter:
        if self._counts is None:
            self._counts = _page_pairs(self.text, self.runs)
        return self._counts


def _fill_lost_bytes(slots: list[int | None], after: str = "", before: str = "\n", page: _LazyPage | None = None) -> str | None:
    r"""UTF-8 text from ``slots`` (the bytes of a run read as GBK, None for each byte lost as ``?``).

    Each character is read on its own, so one lost byte costs one character at most: a character
    with a lost byte gets the likeliest (by the model, between the characters beside it) of those
    its other bytes allow, where the GBK decoder would have refused each lost byte with the byte
    after it (宸ュ?嬪彂: the byte lost between ュ and 嬪 is 0xA5, the ``A5 8B`` no GBK pair,
    奋); none fitting, U+FFFD.  None when the bytes do not parse as UTF-8 at all.

    >>> raw = list("职工奋发".encode("utf-8")); raw[7] = None
    >>> _fill_lost_bytes(raw)
    '职工奋发'
    """
    spans = _utf8_chars(slots)
    if spans is None:
        return None
    try:
        nxt_after = after.encode("gbk")[0] if after else None
    except UnicodeEncodeError:
        nxt_after = None
    lm = _lm()
    known = "".join(bytes(slots[a:b]).decode("utf-8", errors="replace") for a, b in spans if None not in slots[a:b])
    simplified = not any(c in _traditional_only() for c in known)  # a simplified text: no traditional guess
    out: list[str] = []
    for k, (a, b) in enumerate(spans):
        lost = [i for i in range(a, b) if slots[i] is None]
        if not lost:
            out.append(bytes(slots[a:b]).decode("utf-8", errors="replace"))
            continue
        if len(lost) > 2:
            out.append("\ufffd")
            continue
        right = ""  # the whole characters after it, up to the next lost byte (three at most)
        for c, d in spans[k + 1 : k + 4]:
            if None in slots[c:d]:
                break
            right += bytes(slots[c:d]).decode("utf-8", errors="replace")
        left = "".join(out[-3:])
        fitting: list[str] = []
        choices = [_LOST_LEADS if i == a else _LOST_TRAILS for i in lost]
        for values in itertools.product(*choices):
            cand = list(slots[a:b])
            for i, v in zip(lost, values):
                cand[i - a] = v
            fits = True
            for i in lost:  # the decoder refused each lost byte with the byte after it
                nxt = cand[i + 1 - a] if i + 1 < b else (slots[i + 1] if i + 1 < len(slots) else nxt_after)
                if not _refused(cand[i - a], nxt):
                    fits = False
                    break
            if not fits:
                continue
            try:
                ch = bytes(cand).decode("utf-8")
            except UnicodeDecodeError:
                continue
            if not (_is_cjk(ch) or ch in PUNCTUATION) or (simplified and ch in _traditional_only()):
                continue
            fitting.append(ch)
        if len(fitting) < 2:
            out.append(fitting[0] if fitting else "\ufffd")
            continue
        counts = page.counts() if page is not None else None
        best, best_score = "\ufffd", -math.inf
        for ch in fitting:
            score = _score(lm, left, ch, right, 30) + _context_bonus(ch, out, right, after, before)
            if counts:
                score += _PAGE_WEIGHT * _page_support(counts, left, ch, right)
            if score > best_score:
                best, best_score = ch, score
        out.append(best)
    return "".join(out)


def _outside(taken: list[tuple[int, int]], matches) -> Iterator[re.Match]:
    """The matches that overlap none of the ``taken`` spans (sorted, disjoint): a bisection per
    match, not a test of every span.

    >>> [m.group() for m in _outside([(2, 4)], re.finditer("[a-z]+", "ab cd ef"))]
    ['ab', 'ef']
    """
    ends = [e for _, e in taken]
    for m in matches:
        i = bisect_right(ends, m.start())  # the first span ending after the match starts
        if i < len(taken) and taken[i][0] < m.end():
            continue
        yield m


#: Runs re-decoded as GBK-read-as-cp1252 a page must hold before its short leftover runs are re-read on that evidence.
_PAGE_EVIDENCE = 3
#: What a short leftover run may re-decode to: hanzi, CJK and full-width punctuation, the ideographic space.
_SHORT_GBK_RE = re.compile(f"[{_CJK}\u3000-\u303f\uff01-\uff5e\u2014\u2015\u2018-\u201d\u2026\u00b7]+")


def _leftover_gbk_runs(text: str, edits: list[Edit]) -> list[Edit]:
    r"""On a page where ``_PAGE_EVIDENCE`` runs or more were GBK bytes read as cp1252/Latin-1, the runs
    left because they are too short for the language model to vouch for (¡¡¡¡ the full-width
    indentation, ¡£ a full stop after 91.3%, ´Î 次 after 1867): each re-decoded when its bytes
    read strictly as GBK into hanzi and CJK punctuation only (the page's evidence stands for them).

    >>> page = "¹ØÓÚÇø×Ü¹¤»á\n¡¡¡¡2023Äê£¬¹¤»á\nÈë»áÂÊ´ï91.3%¡£\nä¯ÀÀ£º1867´Î"
    >>> [e.replacement for e in fix_codec_confusion(page)]
    ['关于区总工会', '\u3000\u3000', '年，工会', '入会率达', '。', '浏览：', '次']

    Without that evidence (two repaired runs here) the short runs stay as they are:

    >>> [e.replacement for e in fix_codec_confusion("¹ØÓÚÇø×Ü¹¤»á\nÈë»áÂÊ91.3%¡£")]
    ['关于区总工会', '入会率']
    """
    out = []
    for m in _outside([(e.start, e.end) for e in edits], _LATIN_RUN_RE.finditer(text)):
        run = m.group()
        if any(ch.isascii() for ch in run):  # letters inside: not a run of two-byte characters alone
            continue
        raw = _to_bytes_1252(run)
        try:
            decoded = raw.decode("gbk") if raw else ""
        except UnicodeDecodeError:
            continue
        if decoded and _SHORT_GBK_RE.fullmatch(decoded):
            out.append(Edit(m.start(), m.end(), decoded,
                            "GBK bytes read as cp1252/Latin-1: re-decoded as GBK (a short run, on the page's evidence)"))
    return out


def fix_codec_confusion(text: str) -> list[Edit]:
    """Re-decode runs of text that were decoded with the wrong codec.

    >>> [e.replacement for e in fix_codec_confusion("¹ØÓÚÇø×Ü¹¤»áµÄ¹¤×÷")]
    ['关于区总工会的工作']
    >>> [e.replacement for e in fix_codec_confusion("å…³äºŽåŒºæ€»å·¥ä¼š")]
    ['关于区总工会']
    >>> fix_codec_confusion("关于区总工会的工作, DOCX 下载")
    []
    """
    edits: list[Edit] = []
    # a run needs two Latin-1 characters: a text without one has none
    for m in _LATIN_RUN_RE.finditer(text) if _LATIN1_RE.search(text) else ():
        run = m.group()
        if len(_LATIN1_RE.findall(run)) < 2:
            continue
        before = text[max(0, m.start() - 3) : m.start()]
        best = None
        for decoded, codec in _redecode_latin(run):
            if _better(run, decoded, before) and (best is None or _lm().score(decoded) > _lm().score(best[0])):
                best = (decoded, codec)
        if best:
            src = "cp1252/Latin-1"
            edits.append(Edit(m.start(), m.end(), best[0],
                              f"{best[1].upper()} bytes read as {src}: re-decoded as {best[1].upper()}"))
    if sum(e.note.startswith("GBK bytes read as") for e in edits) >= _PAGE_EVIDENCE:
        edits += _leftover_gbk_runs(text, edits)
        edits.sort(key=lambda e: e.start)
    runs = list(_outside([(e.start, e.end) for e in edits], _utf8_runs(text)))
    page = _LazyPage(text, runs)  # counted on the first guess that has a rival (most runs have none)
    for m in runs:
        run = m.group()
        decoded = _redecode_wide(run, text[m.end() : m.end() + 1], text[m.start() - 1] if m.start() else "\n", page)
        if decoded is None:
            continue
        before = text[max(0, m.start() - 3) : m.start()]
        if _better(run, decoded, before):
            holes = run.count("?") + run.count("\ufffd")
            guess = f"; {holes} unreadable byte(s) guessed by the model, check them" if holes else ""
            edits.append(Edit(m.start(), m.end(), decoded, "UTF-8 bytes read as GBK: re-decoded as UTF-8" + guess))
    edits.sort(key=lambda e: e.start)
    return edits


# ==================================================================================
# 2. byte-level GBK damage
# ==================================================================================

_LEADS = range(0x81, 0xFF)
_WINDOW_LEFT = 5  # characters of plausible misalignment before the first seed
_MERGE = 4  # seeds closer than this belong to one zone
_MAX_ZONE = 40

#: seeds: a wrong or orphan annotation, an ASCII letter (or full-width letter or
#: digit, a misread A3 xx pair) glued inside CJK text.
_SEED_ANNOT_RE = re.compile(rf"(.)\(({_SYL})\)")  # (the scan below finds the same, faster)
#: ASCII bytes that are GBK trail bytes (0x40-0x7E) besides letters: a lost lead
#: byte leaves them glued inside Chinese text (开 = E9 5F → "_").
_TRAIL_MARKS = "@[\\]^_`{|}~"
#: (the letter is tested first and the character before it after: most characters fail fast)
_SEED_GLUED_RE = re.compile(f"[A-Za-z{re.escape(_TRAIL_MARKS)}\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"
                            f"(?<=[{_CJK}].)(?=[{_CJK}])")
#: a "?" inside Chinese text: a byte the GBK decoder could not pair.
_SEED_QMARK_RE = re.compile(r"\?(?<=[^\x00-\x7f]\?)(?=[^\x00-\x7f])")
_HALF_TO_FULL = {c: chr(ord(c) + 0xFEE0) for c in "!,;:"}


class _Seed(NamedTuple):
    """A spot that looks like byte damage (a named tuple: a page may have thousands)."""

    start: int
    end: int
    strong: bool
    what: str


def _find_seeds(text: str) -> list[_Seed]:
    """Spots that look like byte damage (fast regex scans over the whole text)."""
    seeds: list[_Seed] = []
    if "(" in text:
        anns = _annotated(text)
        # the verdicts of every annotation at C speed (most fit: None), the others one by one
        said = list(map(_ANNOTATION_VERDICTS.get, anns.keys, repeat(0)))
        for k in compress(range(len(said)), map(is_not, said, repeat(None))):
            v = said[k] or _annotation_verdict(*anns.keys[k])
            if v is not None:
                # an unreadable character (U+FFFD) is no part of a byte stream: the zone starts after it
                at, end = anns.span(k)
                seeds.append(_Seed(at + v[0], end, v[1], v[2]))
    for m in _ORPHAN_RE.finditer(text) if "?" in text else ():
        if _is_pinyin(m.group(1)):
            seeds.append(_Seed(m.start(), m.end(), _has_tone(m.group(1)), f"orphan annotation {m.group()!r}"))
    for m in _SEED_GLUED_RE.finditer(text):
        seeds.append(_Seed(m.start(), m.end(), False, f"letter {m.group()!r} glued inside Chinese"))
    for m in _SEED_QMARK_RE.finditer(text) if "?" in text else ():
        seeds.append(_Seed(m.start(), m.end(), False, "'?' inside Chinese"))
    for m in _rare_runs(text):
        seeds.append(_Seed(m.start(), m.end(), False, f"rare character {m.group()!r}"))
    seeds.sort(key=lambda s: s.start)
    return seeds


#: (character, syllable) -> what :func:`_annotation_verdict` said (most annotations of a page
#: repeat: a dict look-up instead of the pinyin tests for each of them)
_ANNOTATION_VERDICTS: dict[tuple[str, str], tuple[int, bool, str] | None] = {}


def _annotation_verdict(ch: str, syl: str) -> tuple[int, bool, str] | None:
    """None if the annotation ``(syl)`` after ``ch`` is no seed (not pinyin, or it fits ``ch``),
    else the seed's shift of start, strength and description (remembered)."""
    if len(_ANNOTATION_VERDICTS) > 1 << 16:
        _ANNOTATION_VERDICTS.clear()
    if ch == "" or ch == "\n" or not _is_pinyin(syl) or reading_matches(ch, syl):
        v = None  # (no character before it, as _annotated says: no seed)
    else:
        strong = _has_tone(syl) and (_is_cjk(ch) or ch.isascii() and ch.isalpha() or ch in _TRAIL_MARKS + "?")
        v = (int(ch == "\ufffd"), strong, f"annotation ({syl}) does not fit {ch!r}")
    _ANNOTATION_VERDICTS[ch, syl] = v
    return v


def _annotated(text: str) -> "_Annotations":
    """The annotations of ``text`` and the character before each, as ``_SEED_ANNOT_RE`` finds them."""
    return _Annotations(text)


_LAST = itemgetter(slice(-1, None))


class _Annotations:
    """The annotations ``(syl)`` of a text and the character before each (not a newline, nor the
    ``)`` of an annotation found right before it): iterated, ``(start, character, syllable, end)``,
    what ``_SEED_ANNOT_RE`` finds.  ``keys`` holds ``(character, syllable)`` of *every* annotation (the
    character is "" or a newline where the regex finds none), :meth:`span` the span of the
    ``k``-th.  Read from one split of the text by the annotations: no match object per
    annotation (a page has thousands), offsets counted only when a span is asked for."""

    __slots__ = ("keys", "_parts", "_ends")

    def __init__(self, text: str) -> None:
        self._parts = parts = _ANNOT_RE.split(text)  # text, syllable, text, syllable, ..., text
        heads = parts[0:-1:2]
        self.keys = keys = list(zip(map(_LAST, heads), parts[1::2]))
        # an annotation right after another: the regex took that one's ")" for a character
        # before it unless it found that one (its bracket was taken by the match before)
        for k in compress(range(len(heads)), map(not_, heads)):
            if k and keys[k - 1][0] in ("", "\n"):
                keys[k] = (")", keys[k][1])
        self._ends: list[int] = []

    def span(self, k: int) -> tuple[int, int]:
        """From the character before the ``k``-th annotation to its ``)``."""
        ends = self._ends
        if not ends:  # the length of the text up to each part's end (the brackets not counted)
            ends.extend(accumulate(map(len, self._parts)))
        return ends[2 * k] + 2 * k - 1, ends[2 * k + 1] + 2 * k + 2

    def __iter__(self):
        for k, (ch, syl) in enumerate(self.keys):
            if ch != "" and ch != "\n":
                at, end = self.span(k)
                yield at, ch, syl, end


def _clusters(seeds: list[_Seed]) -> list[list[_Seed]]:
    out: list[list[_Seed]] = []
    for s in seeds:
        if out and s.start - out[-1][-1].end <= _MERGE:
            out[-1].append(s)
        else:
            out.append([s])
    # a zone needs a strong seed, three weak ones, or two weak ones one of which
    # is an unreadable byte ("?") or a trail byte glued inside Chinese
    return [c for c in out if any(s.strong for s in c) or len(c) >= 3
            or len(c) == 2 and any(not s.what.startswith("rare") for s in c)
            or len(c) == 1 and c[0].what.startswith("'?'")]


# -- tokens of a zone -------------------------------------------------------------------

class _Tok(NamedTuple):
    """A piece of a line: its span and the GBK byte readings it may stand for (a named tuple:
    a zone is tokenised from 80 characters before its first seed).

    ``kind`` is "char" (``options``: its possible bytes), "ann" (an annotation
    ``(syl)``), "orphan" (``?syl)``: a hidden byte, then an annotation) or
    "hidden" (a lone ``?``: a byte the decoder could not read).
    """

    start: int
    end: int
    kind: str
    options: tuple[bytes, ...] = ()
    syl: str = ""  # the syllable of an annotation; the character itself for "char"


_TOKEN_RE = re.compile(rf"\(({_SYL})\)|\?({_SYL})\)|\?|.")


def _char_options(text: str, i: int) -> tuple[bytes, ...]:
    """GBK bytes the character at ``i`` may stand for (empty: not GBK at all).

    A lone half-width mark or letter glued to Chinese may be a misread full-width
    pair ``A3 xx`` that the site made half-width.
    """
    ch = text[i]
    if not ch.isascii():
        try:
            return (ch.encode("gbk"),)
        except UnicodeEncodeError:
            return ()
    if ch in _HALF_TO_FULL:
        return (_HALF_TO_FULL[ch].encode("gbk"),)
    if ch.isalnum():
        lone = not (i > 0 and text[i - 1].isascii() and text[i - 1].isalnum()) and not (
            i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalnum())
        raw = (ch.encode(),)
        return raw + ((chr(ord(ch) + 0xFEE0).encode("gbk"),) if lone else ())
    return (ch.encode(),) if 0x20 <= ord(ch) < 0x7F else ()


def _tokenise(text: str, start: int, end: int, options: bool = True) -> list[_Tok]:
    """The tokens of ``text[start:end]`` (``options``: else a character's options are None, to be
    read for the few tokens kept: see :func:`_zone`)."""
    toks: list[_Tok] = []
    put, new = toks.append, tuple.__new__  # (a _Tok without its __new__ call: a zone reads ~100)
    for m in _TOKEN_RE.finditer(text, start, end):
        s, e = m.span()
        ann, orphan = m.group(1, 2)
        if ann is not None:
            if _is_pinyin(ann):
                put(_Tok(s, e, "ann", syl=ann))
                continue
        elif orphan is not None:
            if _is_pinyin(orphan):
                put(_Tok(s, e, "orphan", syl=orphan))
                continue
        elif text[s] == "?":
            put(_Tok(s, e, "hidden"))
            continue
        # a character, or each character of "(abc)" that is no pinyin
        for j in range(s, e):
            put(new(_Tok, (j, j + 1, "char", _char_options(text, j) if options else None, text[j])))
    return toks


def _scan_bounds(text: str, first: int, last: int, lo: int, hi: int) -> tuple[int, int]:
    """Where to tokenise for :func:`_zone` the seeds from ``first`` to ``last``, instead of all of
    ``text[lo:hi]``, for the same tokens where the zone is taken: a Chinese character is a token
    of its own (no annotation holds one), so the tokens from one on are those of the scan from
    ``lo``, and those up to one are those of the scan to ``hi``.  From the fifth Chinese character
    before the seeds (the zone keeps five characters before them), to the fourth after them (it
    keeps two and an annotation); ``lo`` and ``hi`` where there are fewer."""
    start, n = first, 0
    while start > lo and n < _WINDOW_LEFT:
        start -= 1
        o = ord(text[start])
        if 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF:
            n += 1
    end, m = last, 0
    while end < hi and m < 4:
        o = ord(text[end])
        end += 1
        if 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF:
            m += 1
    return (start if n == _WINDOW_LEFT else lo), end


def _zone(text: str, cluster: list[_Seed]) -> tuple[int, int, list[_Tok]] | None:
    """Tokens of the zone around ``cluster``: a few characters of possible
    misalignment before the seeds, and the annotation that resynchronised after."""
    first, last = cluster[0].start, cluster[-1].end
    ls = text.rfind("\n", 0, first) + 1
    le = text.find("\n", last)
    le = len(text) if le < 0 else le
    lo = max(ls, first - 80)
    if lo > ls:  # start on a token boundary: not inside an annotation
        while lo < first and text[lo] in "()" + _TONE_LETTERS or text[lo].isascii() and text[lo].isalpha():
            lo += 1
    toks = _tokenise(text, *_scan_bounds(text, first, last, lo, min(le, last + 40)), options=False)
    i0 = next(i for i, t in enumerate(toks) if t.end > first)
    i1 = next(i for i, t in enumerate(toks) if t.end >= last)
    k = 0
    while i0 > 0 and k < _WINDOW_LEFT:
        i0 -= 1
        if toks[i0].kind == "char":
            k += 1
    k = 0
    while i1 + 1 < len(toks) and k < 2:
        i1 += 1
        if toks[i1].kind == "char":
            k += 1
    if i1 + 1 < len(toks) and toks[i1 + 1].kind == "ann":
        i1 += 1
    # (the options of the characters kept only: most tokens lead up to the zone)
    zone = [_Tok(t.start, t.end, "char", _char_options(text, t.start), t.syl) if t.kind == "char" else t
            for t in toks[i0 : i1 + 1]]
    # a character that is not GBK at all cannot be inside the damaged stream
    bad = [i for i, t in enumerate(zone) if t.kind == "char" and not t.options]
    seed_i = next(i for i, t in enumerate(zone) if t.end > first)
    before = [i for i in bad if i < seed_i]
    after = [i for i in bad if i >= seed_i]
    zone = zone[(before[-1] + 1 if before else 0) : (after[0] if after else len(zone))]
    # the seed itself not GBK (a U+FFFD beside pinyin): no byte reading to rank
    if not zone or len(zone) > _MAX_ZONE or zone[-1].end <= first:
        return None
    return zone[0].start, zone[-1].end, zone


# -- byte streams -------------------------------------------------------------------------

class _Debris(str):
    """The syllable of an orphan annotation ``?syl)``: dropped unless it fits."""


@dataclass
class _Stream:
    """One reading of the zone as bytes; ``None`` parts are hidden bytes to fill."""

    parts: list
    anns: list  # (byte offset where the annotation was inserted, syllable)
    offsets: list  # byte offset where each token starts
    marks: tuple | None = None  # byte spans of its half-width marks (see _kept)


def _fits_before(toks: list[_Tok], i: int) -> bool:
    """True if the annotation ``toks[i]`` fits the character right before it: no byte hid
    before it (a silent hidden byte there would make that character another one)."""
    return i > 0 and toks[i - 1].kind == "char" and bool(reading_matches(toks[i - 1].syl, toks[i].syl))


def _streams(toks: list[_Tok]) -> list[_Stream]:
    """Byte readings of the zone: each character's options, a silent hidden
    byte (dropped by the decoder) possibly sitting before each annotation that does not fit
    the character before it, and each lone ``?`` either a byte the decoder could not read
    or a question mark."""
    char_idx = [i for i, t in enumerate(toks) if t.kind == "char"]
    choices = [toks[i].options for i in char_idx]
    if math.prod(len(c) for c in choices) > 16:
        choices = [c[:1] for c in choices]
    ann_idx = [i for i, t in enumerate(toks) if t.kind == "ann" and not _fits_before(toks, i)][:3]
    hid_idx = [i for i, t in enumerate(toks) if t.kind == "hidden"][:3]
    out = []
    for combo, silent, literal in itertools.product(
            itertools.product(*choices), itertools.product((False, True), repeat=len(ann_idx)),
            itertools.product((False, True), repeat=len(hid_idx))):
        pick = dict(zip(char_idx, combo))
        literal_set = {hid_idx[k] for k, v in enumerate(literal) if v}
        if True:
            silent_set = {ann_idx[k] for k, v in enumerate(silent) if v}
            parts: list = []
            anns: list = []
            offsets: list = []
            pos = 0
            for i, t in enumerate(toks):
                offsets.append(pos)
                if t.kind == "char" or i in literal_set:
                    parts.append(pick[i] if t.kind == "char" else b"?")
                    pos += len(parts[-1])
                    continue
                if t.kind in ("orphan", "hidden") or i in silent_set:
                    parts.append(None)
                    pos += 1
                if t.kind != "hidden":
                    anns.append((pos, _Debris(t.syl) if t.kind == "orphan" else t.syl))
            offsets.append(pos)
            out.append(_Stream(parts, anns, offsets))
    return out


def _fill_hidden(st: _Stream) -> list[tuple[bytes, int]]:
    """All fillings of the hidden bytes that make each annotation fit the two
    bytes before it.  An unannotated hidden byte is one the decoder could not
    pair with the byte after it (so FC before C0, but not C8 before C0).

    Returns ``(bytes, lost_at)``: ``lost_at`` >= 0 when the hidden byte was the
    trail of a character whose lead byte was lost right there (挑戰(zhàn) seen
    as 挑?(zhàn)): the whole character is put back, chosen by the annotation.
    """
    whole = _whole_char_fills(st)
    pos, offs = 0, []
    for p in st.parts:
        offs.append(pos)
        pos += 1 if p is None else len(p)
    per_hole: list[list[bytes]] = []
    holes = [i for i, p in enumerate(st.parts) if p is None]
    for h in holes:
        syls = [s for p, s in st.anns if p == offs[h] + 1]
        prev = next((p[-1] for p in reversed(st.parts[:h]) if p), None) if syls else None
        if syls and (prev is None or prev < 0x81):
            return whole
        if syls:
            cands = _trails_read(prev, tuple(syls))
        else:
            rest = st.parts[h + 1 :]
            cands = _unpairable_leads(next((p[0] for p in rest if p), None) if rest and rest[0] else None)
        if not cands or len(cands) > 8 and any(p == offs[h] + 1 for p, _ in st.anns):
            return whole
        per_hole.append(cands[:8] if syls else cands)
    if math.prod(len(c) for c in per_hole) > 64:
        return whole
    out = []
    for combo in itertools.product(*per_hole):
        filled = list(st.parts)
        for h, b in zip(holes, combo):
            filled[h] = b
        out.append((b"".join(filled), -1))
    return out + whole


@lru_cache(maxsize=1 << 14)
def _trails_read(lead: int, syls: tuple) -> list[bytes]:
    """Trail bytes that make ``lead`` a character with every reading of ``syls``."""
    fit = frozenset.intersection(*(_fitting((s,)) for s in syls))
    return [bytes([b]) for b, ch in _pairs_with_lead(lead) if ch in fit]


@lru_cache(maxsize=1 << 8)
def _pairs_with_lead(lead: int) -> tuple[tuple[int, str], ...]:
    """Every (trail byte, character) of GBK whose lead byte is ``lead``."""
    pairs = _gbk_pairs()
    return tuple((b, c) for b in range(0x40, 0xFF) if (c := pairs[lead << 8 | b]))


@lru_cache(maxsize=512)
def _unpairable_leads(nxt: int | None) -> list[bytes]:
    """Lead bytes the decoder cannot pair with the byte ``nxt`` (None: unknown, any)."""
    if nxt is None or nxt < 0x40:
        return [bytes([b]) for b in range(0x81, 0xFF)]
    pairs = _decodes_pair()[nxt::256]  # [b]: b nxt decodes
    return [bytes([b]) for b in range(0x81, 0xFF) if not pairs[b]]


def _whole_char_fills(st: _Stream) -> list[tuple[bytes, int]]:
    """The single hidden byte as a whole character whose lead byte was lost and
    whose trail the decoder could not pair with the next byte: one that fits the
    annotation right after it, or else the likeliest few by the model."""
    holes = [i for i, p in enumerate(st.parts) if p is None]
    if len(holes) != 1:
        return []
    h = holes[0]
    at = sum(1 if p is None else len(p) for p in st.parts[:h])
    syls = [s for p, s in st.anns if p == at + 1 and not isinstance(s, _Debris)]
    if syls:
        chars = [ch for ch in _chars_read(syls[0]) if all(reading_matches(ch, s) for s in syls[1:])]
    else:
        chars = _likely_unpaired(st.parts[:h], st.parts[h + 1 :])
    out = []
    for ch in chars:
        if True:
            filled = list(st.parts)
            filled[h] = ch.encode("gbk")
            out.append((b"".join(filled), at))
    return out


def _changed_by(conf: str) -> frozenset[str]:
    """Frequent characters that the OpenCC conversion ``conf`` (``t2s``, ``s2t``) changes."""
    chars = sorted(_frequent_chars())
    converted = _convert("".join(chars), conf)
    if len(converted) != len(chars):  # the conversion changed the length: map one by one
        converted = "".join(_convert(c, conf) for c in chars)
    return frozenset(c for c, s in zip(chars, converted) if c != s)


@lru_cache(maxsize=1)
def _converted_chars() -> frozenset[str]:
    """Frequent characters that OpenCC t2s changes (the ones annotators mark)."""
    return _changed_by("t2s")


def _neighbour(parts: list, last: bool) -> str | None:
    """The character a neighbouring part decodes to (None if unknown)."""
    if not parts or parts[-1 if last else 0] is None:
        return None
    try:
        return parts[-1 if last else 0].decode("gbk")
    except UnicodeDecodeError:
        return None


def _likely_unpaired(before: list, after: list, k: int = 6) -> list[str]:
    """The ``k`` likeliest characters (by the model, between their neighbours)
    whose trail byte cannot pair with the next byte (else it would have been read)."""
    nxt = next((p[0] for p in after if p), None) if after and after[0] else None
    if nxt is None or nxt < 0x40:
        return []
    return list(_likeliest_unpaired(_neighbour(before, True), _neighbour(after, False), nxt, k))


@lru_cache(maxsize=1 << 12)
def _likeliest_unpaired(a: str | None, b: str | None, nxt: int, k: int) -> tuple[str, ...]:
    """:func:`_likely_unpaired` between the characters ``a`` and ``b``, before the byte ``nxt``
    (cached: the streams of a zone share their neighbours)."""
    lm = _lm()
    pool, cs = _unpaired_chars(nxt)
    p = lm.cond_from_array(a, cs)
    if b:
        p = p * lm.cond_to_array(cs, b)
    return tuple(pool[i] for i in _top_k(p, k))


def _top_k(p, k: int) -> list[int]:
    """Indices of the ``k`` largest values of the array ``p``, largest first, ties in index order
    (as a stable sort of the whole array, or heapq.nlargest, gives them): the values at least the
    k-th largest, in index order, sorted stably (no sort of the whole array)."""
    import numpy as np

    n = len(p)
    idx = np.arange(n) if n <= k else np.nonzero(p >= np.partition(p, n - k)[n - k])[0]
    return idx[np.argsort(-p[idx], kind="stable")][:k].tolist()


def _unpaired_chars(nxt: int):
    """Frequent characters and Chinese punctuation whose trail byte cannot pair with ``nxt``
    (and the model's arrays about them; next bytes that leave the same trail bytes unpaired
    share them)."""
    return _unpaired_by_next()[nxt]


@lru_cache(maxsize=1)
def _unpaired_by_next() -> tuple:
    """:func:`_unpaired_chars` of every byte (built at once: only 27 distinct sets, ~1 ms
    each, that a damaged spot would otherwise build on first meeting its next byte)."""
    ok = _decodes_pair()
    return tuple(_chars_with_trails(tuple(b for b in range(0x40, 0x100) if nxt < 0x40 or not ok[b << 8 | nxt]))
                 for nxt in range(0x100))


@lru_cache(maxsize=64)
def _chars_with_trails(trails: tuple[int, ...]):
    """The characters of :func:`_two_byte_chars` whose trail byte is one of ``trails``, and the
    model's arrays about them."""
    import numpy as np

    lone = np.zeros(256, dtype=bool)
    lone[list(trails)] = True
    picks = np.nonzero(lone[_two_byte_trails()])[0]
    cs = _lm().subset(_two_byte_candidates(), picks)
    return cs.chars, cs


@lru_cache(maxsize=1)
def _two_byte_trails():
    """The trail byte of each character of :func:`_two_byte_chars`, as an array."""
    import numpy as np

    return np.array([raw[1] for _, raw in _two_byte_chars()], dtype=np.int64)


@lru_cache(maxsize=1)
def _two_byte_candidates():
    """The model's arrays about every character of :func:`_two_byte_chars` (built once)."""
    return _lm().candidates(tuple(ch for ch, _ in _two_byte_chars()))


@lru_cache(maxsize=1)
def _two_byte_chars() -> tuple[tuple[str, bytes], ...]:
    """Frequent characters and Chinese punctuation that are two GBK bytes, with their bytes."""
    out = []
    for ch in sorted(_frequent_chars() | set("，。、；：？！“”《》（）")):
        try:
            raw = ch.encode("gbk")
        except UnicodeEncodeError:
            continue
        if len(raw) == 2:
            out.append((ch, raw))
    return tuple(out)


def _chars_read(syl: str) -> tuple[str, ...]:
    """Frequent GBK characters with the reading ``syl`` (tone must match) that
    simplification changes: annotators mark only the characters they converted."""
    return _by_reading().get(unicodedata.normalize("NFC", syl), ())


@lru_cache(maxsize=1)
def _by_reading() -> dict[str, tuple[str, ...]]:
    """Tone-marked reading -> the characters :func:`_chars_read` gives for it (one pass, built once)."""
    out: dict[str, list[str]] = {}
    for ch in sorted(_converted_chars()):
        try:
            if len(ch.encode("gbk")) != 2:
                continue
        except UnicodeEncodeError:
            continue
        for r in readings(ch):
            out.setdefault(r, []).append(ch)
    return {r: tuple(chs) for r, chs in out.items()}


def _unpairable(b: int, rest: list) -> bool:
    """True if lead byte ``b`` cannot pair with the first known byte of ``rest``."""
    nxt = next((p[0] for p in rest if p), None) if rest and rest[0] else None
    if nxt is None or nxt < 0x40:
        return True
    return not _decodes_pair()[b << 8 | nxt]


@lru_cache(maxsize=1)
def _gbk_pairs() -> tuple[str, ...]:
    """``[b << 8 | n]``: the character the two bytes ``b n`` decode to as GBK, or "" (none; and
    "" wherever ``b`` < 0x80 or ``n`` < 0x40).  The one table of GBK pairs that the others are read
    from: one decode of all pairs, each followed by a NUL byte (no GBK character ends in one, so
    a pair that does not decode cannot take the next one with it); a pair decodes when the text
    between two NULs holds no replacement character (GBK maps no pair to U+FFFD).  ~3 ms, once."""
    # b n 0 for every b from 0x80 and n from 0x40 (bytes, not numpy: the UTF-8 leads of the first
    # page, clean or not, are read from this table, and a clean page does not load numpy)
    stream = bytearray(0x80 * 0xC0 * 3)
    stream[0::3] = b"".join(bytes([b]) * 0xC0 for b in range(0x80, 0x100))
    stream[1::3] = bytes(range(0x40, 0x100)) * 0x80
    texts = stream.decode("gbk", "replace").split("\x00")
    table = [""] * (1 << 16)
    for b in range(0x80, 0x100):
        row = texts[(b - 0x80) * 0xC0 : (b - 0x7F) * 0xC0]
        table[b << 8 | 0x40 : (b + 1) << 8] = ["" if "\ufffd" in t else t for t in row]
    return tuple(table)


@lru_cache(maxsize=1)
def _decodes_pair() -> bytes:
    """``[b << 8 | n]``: 1 if the two bytes ``b n`` decode as GBK (``n`` >= 0x40; 0 below): an
    ASCII ``b`` decodes alone, so with ``n`` < 0x80; the others as :func:`_gbk_pairs` says."""
    ok = bytearray(map(bool, _gbk_pairs()))
    for b in range(0x80):
        ok[b << 8 | 0x40 : b << 8 | 0x80] = b"\x01" * 0x40
    return bytes(ok)


#: characters of the user-defined area: no text
_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")


@lru_cache(maxsize=1 << 16)
def _decode_text(data: bytes) -> str | None:
    """GBK ``data`` decoded strictly (None: it does not decode, or holds a user-defined
    character).  One call of the codec: it pairs bytes as a byte-by-byte reading would."""
    try:
        chars = data.decode("gbk")
    except UnicodeDecodeError:
        return None
    return None if _PRIVATE_USE_RE.search(chars) else chars


def _decode(data: bytes) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """Decode GBK strictly; the text and each character's byte span."""
    chars = _decode_text(data)
    if chars is None:
        return None
    spans, i = [], 0
    for c in chars:
        j = i + (1 if c < "\x80" else 2)
        spans.append((i, j))
        i = j
    return chars, tuple(spans)


@lru_cache(maxsize=1 << 14)
def _ends_of(chars: str) -> dict[int, str]:
    """Byte offset where each character of the GBK text ``chars`` ends -> the character."""
    out, i = {}, 0
    for c in chars:
        i += 1 if c < "\x80" else 2
        out[i] = c
    return out


# -- ranking -------------------------------------------------------------------------------

def _sentence_gap(text: str, pos: int) -> int:
    """CJK characters since the last sentence end (or line start) before ``pos`` (at most 200).

    >>> _sentence_gap("工作。今年新建工会5家，发展", 14), _sentence_gap("工作\\n今年", 5), _sentence_gap("今年", 0)
    (9, 2, 0)
    """
    start = max(map(text.rfind, _SENTENCE_BREAKS, repeat(0), repeat(pos))) + 1
    return min(200, len(_CJK_RE.findall(text, start, pos)))


#: what ends a sentence for :func:`_sentence_gap` (a line end too)
_SENTENCE_BREAKS = tuple("。！？!?\n")


def _strip_annotations(s: str) -> str:
    return _ANNOT_RE.sub("", s)


def _plain(s: str) -> str:
    """Text as the model should see it: annotations gone, punctuation full-width."""
    s = _ORPHAN_RE.sub("?", _strip_annotations(s))
    return "".join(_HALF_TO_FULL.get(c, c) for c in s)


_SENTENCE_END_RE = re.compile("[。！？]")


def _score(lm: CharLM, left: str, chars: str, right: str, gap: int, head: tuple | None = None) -> float:
    """Log-probability of ``chars`` between its contexts, the mean of two views
    (character bigrams, dictionary words); a sentence end grows likelier the
    longer the sentence before it has run.  ``head``, if given, is ``(k, lm.logprob(chars[:k],
    left))`` (k >= 1), computed once for the readings that share those characters."""
    return _score_on(_bigrams(lm, left, chars, right, head), _words_view(left, chars, right), chars, gap)


def _bigrams(lm: CharLM, left: str, chars: str, right: str, head: tuple | None = None) -> float:
    """The character-bigram view of :func:`_score` (``head`` as there)."""
    if head is None:
        return lm.logprob(chars + right[:1], left)
    k, lp_head = head
    return lm.logprob_on(lp_head, chars[k - 1], chars[k:] + right[:1])


def _words_view(left: str, chars: str, right: str) -> float:
    """The dictionary-word view of :func:`_score`."""
    return _word_logprob(left[-2:] + chars + right[:2])


def _score_on(bigrams: float, words: float, chars: str, gap: int) -> float:
    """:func:`_score` from its two views."""
    lp = 0.5 * bigrams + 0.5 * words
    if not _SENTENCE_END_RE.search(chars):
        return lp
    for c in chars:
        if c in "。！？":
            lp += max(-2.0, min(1.5, math.log(max(gap, 1) / 30.0)))
            gap = 0
        elif _is_cjk(c):
            gap += 1
    return lp


#: the most a sentence end may add to a score (see :func:`_score_on`)
_END_BONUS = 1.5


class _Reading(NamedTuple):
    """One reading of a zone (a named tuple: a zone makes a few hundred of them)."""

    score: float
    chars: str  # decoded characters, annotations removed
    data: bytes  # the byte stream before the damage
    anns: tuple  # annotation insertion points in ``data``
    lost_at: int  # where a lost byte was put back (-1: none)
    kept: tuple = ()  # (byte start, byte end, text) of characters as observed


def _kept(st: _Stream, toks: list[_Tok], lost_at: int) -> tuple:
    """Byte spans of the observed half-width marks (in the repaired stream)."""
    if st.marks is None:  # once per stream: where its half-width marks stand
        st.marks = tuple((st.offsets[i], st.offsets[i + 1]) for i, t in enumerate(toks)
                         if t.kind == "char" and t.syl in _HALF_TO_FULL)
    return tuple((a + 1, b + 1, None) if 0 <= lost_at <= a else (a, b, None) for a, b in st.marks)


#: a lost byte is looked for at most this many bytes before the seed: the stream it misaligns
#: shows a trace (a rare character, a '?', a glued letter) within a few characters
_LOST_BACK = 8


def _direct(st: _Stream, data: bytes, lost_at: int = -1) -> tuple[str, tuple, float] | None:
    """The reading of ``data`` as it is (``lost_at`` >= 0: with a lost byte already put back at
    that offset), if it decodes: its characters, annotations and cost."""
    dec = _decode_text(data)
    if dec is None:
        return None
    if lost_at >= 0:
        anns = tuple((q + (1 if q > lost_at else 0), s) for q, s in st.anns)
        return dec, anns, _LOST_COST + _PHANTOM * _phantoms(data, anns)
    anns = tuple(st.anns)
    return dec, anns, _PHANTOM * _phantoms(data, anns)


def _lost_positions(st: _Stream, data: bytes, seed_off: int):
    """Where a lost lead byte may be put back in ``data``: at most ``_LOST_BACK`` bytes before
    the seeds, before a byte that may be a trail, with GBK text on both sides.  Yields
    ``(p, trail, pre, suf, misfit, here)`` (see :func:`_misfits_around`)."""
    for p in range(max(0, seed_off - _LOST_BACK), min(seed_off + 2, len(data) - 1) + 1):
        trail = data[p]
        if trail < 0x40 or trail == 0x7F or trail == 0xFF:
            continue
        pre = _decode_text(data[:p])
        if pre is None:
            continue
        suf = _decode_text(data[p + 1 :])
        if suf is None:
            continue
        misfit, here = _misfits_around(st.anns, p, pre, suf) if st.anns else (0, ())
        yield p, trail, pre, suf, misfit, here


def _at_position(st: _Stream, data: bytes, toks: list[_Tok], score, p: int, trail: int, pre: str, suf: str,
                 misfit: int, here: tuple) -> list[_Reading]:
    """The readings of ``data`` with a lost lead byte put back at ``p`` (one of
    :func:`_lost_positions`): the ``_LEADS_TRIED`` likeliest."""
    out = []
    anns = tuple((q + (1 if q > p else 0), s) for q, s in st.anns)
    kept = _kept(st, toks, p)
    head, tail = data[:p], data[p:]
    for lead, c in _best_leads(pre[-1] if pre else None, suf[0] if suf else None, trail, here):
        chars = pre + c + suf
        k = misfit + sum(1 for s in here if not reading_matches(c, s)) if here else misfit
        v = score(chars, len(pre), _LOST_COST + _PHANTOM * k)
        if v is not None:
            out.append(_Reading(v, chars, head + bytes([lead]) + tail, anns, p, kept))
    return out


def _misfits_around(anns: list, p: int, pre: str, suf: str) -> tuple[int, tuple]:
    """With a lost byte put back at byte ``p`` (the restored character spans bytes p..p+2,
    between the GBK texts ``pre`` and ``suf``): the annotations ``anns`` (their offsets
    before it) that do not fit the character they follow, and the syllables of those right
    after the restored character (judged per lead byte, not here)."""
    pre_ends = suf_ends = None
    misfit, here = 0, []
    for q, s in anns:
        if q > p:
            q += 1
        if q == p + 2:
            here.append(s)
            continue
        if q <= p:
            if pre_ends is None:
                pre_ends = _ends_of(pre)
            c = pre_ends.get(q)
        else:
            if suf_ends is None:
                suf_ends = _ends_of(suf)
            c = suf_ends.get(q - p - 2)
        if not (c is not None and reading_matches(c, s)):
            misfit += 1
    return misfit, tuple(here)


@lru_cache(maxsize=1 << 8)
def _chars_with_trail(trail: int) -> tuple[tuple[int, str], ...]:
    """Every (lead byte, character) of GBK whose trail byte is ``trail`` (no user-defined area)."""
    pairs = _gbk_pairs()
    return tuple((lead, c) for lead in _LEADS if (c := pairs[lead << 8 | trail]) and not "\ue000" <= c <= "\uf8ff")


#: lost lead bytes tried per position: the three likeliest (a fourth never changed a repair,
#: a flag or a rival on any bundled or benchmark page, and cost a fifth of the search)
_LEADS_TRIED = 3


@lru_cache(maxsize=1 << 14)
def _best_leads(a: str | None, b: str | None, trail: int, syls: tuple) -> tuple[tuple[int, str], ...]:
    """The ``_LEADS_TRIED`` likeliest lost lead bytes before ``trail``, between ``a`` and ``b``:
    by the model, and by the annotations ``syls`` right after the restored character
    (cached: the readings of a zone ask the same question many times).

    Each lead's value is ``log P(c | a) + log P(b | c)``, plus the cost of a phantom if an
    annotation fits ``c``, ranked as tuples ``(value, lead, c)``.  numpy's logarithm may
    differ from ``math.log`` in the last bit: it only picks the few leads that may be among
    the best (all within a millionth of the last of them), whose values are then computed as
    ever and ranked."""
    import numpy as np

    pairs = _chars_with_trail(trail)
    before = _probs_from(a, trail)
    after = _probs_to(trail, b) if b else None
    rough = np.log(before) if after is None else np.log(before) + np.log(after)
    fit = _fitting(syls) if syls else frozenset()
    if syls:
        rough = rough + np.where(_fit_mask(trail, syls), _PHANTOM, 0.0)
    picks = range(len(pairs))
    k = _LEADS_TRIED
    if len(pairs) > k:
        picks = np.nonzero(rough >= np.partition(rough, -k)[-k] - 1e-6)[0].tolist()
    log = math.log
    logs = _lm()._logs  # the model's log(cond()) memo: the readings' bigram sums read these pairs
    options = []
    for i in picks:
        lead, c = pairs[i]
        lb = logs[a, c] = log(float(before[i]))
        if b:
            la = logs[c, b] = log(float(after[i]))
            v = lb + la
        else:
            v = lb + 0.0
        if c in fit:
            v += _PHANTOM
        options.append((v, lead, c))
    return tuple((lead, c) for _, lead, c in heapq.nlargest(k, options))


@lru_cache(maxsize=1 << 13)
def _probs_from(a: str | None, trail: int):
    """``P(c | a)`` for each character ``c`` of :func:`_chars_with_trail`, as an array (cached:
    a character before a lost byte comes back with other characters after it)."""
    return _lm().cond_from_array(a, _trail_candidates(trail))


@lru_cache(maxsize=1 << 13)
def _probs_to(trail: int, b: str):
    """``P(b | c)`` for each character ``c`` of :func:`_chars_with_trail`, as an array."""
    return _lm().cond_to_array(_trail_candidates(trail), b)


#: the trail bytes of the sentence ends 。！？ (a restored character may be one)
_END_TRAILS = frozenset(c.encode("gbk")[1] for c in "。！？")


def _closer(pre: str, suf: str, trail: int) -> float:
    """What a lost-byte position's bound (see ``bound`` in :func:`_search`) gains from the
    bigram view of the restored character (at most 0): half the log-probability of the
    likeliest one after the character before it and before the character after it, read from
    the arrays :func:`_best_leads` ranks the lead bytes on (0 where they are not its
    neighbours: at the zone's edges)."""
    gain = 0.0
    if pre:
        m = float(_probs_from(pre[-1], trail).max())
        gain += math.log(m) if m > 0 else -math.inf
    if suf:
        m = float(_probs_to(trail, suf[0]).max())
        gain += math.log(m) if m > 0 else -math.inf
    return 0.5 * gain


@lru_cache(maxsize=1 << 12)
def _fit_mask(trail: int, syls: tuple):
    """Which characters of :func:`_chars_with_trail` one of ``syls`` is a reading of."""
    import numpy as np

    fit = _fitting(syls)
    return np.array([c in fit for _, c in _chars_with_trail(trail)], dtype=bool)


def _trail_candidates(trail: int):
    """The model's arrays about :func:`_chars_with_trail` (a part of :func:`_gbk_candidates`)."""
    return _gbk_candidates()[2][trail]


def _by_trail(chars, place: dict) -> dict:
    """Trail byte -> :func:`_trail_candidates` (all built with :func:`_gbk_candidates`: a
    damaged spot would otherwise build a few of them, ~0.1 ms each)."""
    lm = _lm()
    return {t: lm.subset(chars, [place[c] for _, c in _chars_with_trail(t)]) for t in range(0x40, 0xFF)}


@lru_cache(maxsize=1)
def _gbk_candidates():
    """The model's arrays about every two-byte GBK character (no user-defined area), built
    once, each character's place among them, and the part of them for each trail byte."""
    chars = tuple(sorted({c for t in range(0x40, 0xFF) for _, c in _chars_with_trail(t)}))
    cs, place = _lm().candidates(chars), {c: i for i, c in enumerate(chars)}
    return cs, place, _by_trail(cs, place)


#: cost of an annotation that does not follow a character it fits: the annotator
#: read the bytes out of step (about 1 annotation in 200 in damaged pages)
_PHANTOM = math.log(200)


#: cost of a lost byte: one of 126 lead bytes
_LOST_COST = math.log(126)


def _phantoms(data: bytes, anns) -> int:
    """Annotations that do not follow a character (of GBK ``data``) they fit."""
    ends = _ends_of(_decode_text(data))
    return sum(1 for p, s in anns if not (p in ends and reading_matches(ends[p], s)))


def _render(r: _Reading) -> str:
    """Replacement text: decoded characters, annotations kept where they fit."""
    chars, spans = _decode(r.data)
    by_end: dict[int, list[str]] = {}
    for p, s in r.anns:
        by_end.setdefault(p, []).append(s)
    observed_marks = {(a, b) for a, b, _ in r.kept}
    out = []
    for c, (s, e) in zip(chars, spans):
        # a mark the text showed half-width stays so (the punctuation step decides)
        out.append(_FULL_TO_HALF.get(c, c) if (s, e) in observed_marks else c)
        # an annotation that does not fit is kept where it stands (the pinyin
        # step judges it); only the debris of an orphan ``?syl)`` goes
        out.extend(f"({syl})" for syl in by_end.get(e, [])
                   if reading_matches(c, syl) or not isinstance(syl, _Debris))
    return "".join(out)


def _support(r: _Reading) -> int:
    """Annotations that fit the repaired character they follow."""
    chars, spans = _decode(r.data)
    ends = {e: c for c, (_, e) in zip(chars, spans)}
    return sum(1 for p, s in r.anns if p in ends and reading_matches(ends[p], s))


_FULL_TO_HALF = {v: k for k, v in _HALF_TO_FULL.items()}


#: what :func:`_search` found, by all it depends on (see :func:`_ranked`): a damaged article
#: that comes back (a site repeats its reports) is not searched again
_SEARCHED: dict[tuple, tuple] = {}
_MAX_SEARCHED = 1 << 12


def _ranked(text: str, cluster: list[_Seed]):
    """The zone, the score of the text as it stands, and the best ``_TOP`` readings (one per
    distinct Chinese text), best first: they decide the zone (see :func:`_zone_edits`)."""
    z = _zone(text, cluster)
    if z is None:
        return None
    zs, ze, toks = z
    seed_tok = next((i for i, t in enumerate(toks) if t.end > cluster[0].start), None)
    if seed_tok is None:
        return None
    left = _strip_annotations(text[max(0, zs - 12) : zs])[-4:]
    right = _plain(text[ze : ze + 12])[:3]
    gap = _sentence_gap(text, zs)
    foreign = _foreign_script(text[max(0, zs - 300) : ze + 300])
    # the search reads the tokens (not where they stand), the seed's token and the context
    key = (text[zs:ze], tuple((t.kind, t.options, t.syl) for t in toks), seed_tok, left, right, gap, foreign)
    found = _SEARCHED.get(key)
    if found is None:
        if len(_SEARCHED) >= _MAX_SEARCHED:
            _SEARCHED.clear()
        found = _SEARCHED[key] = _search(text[zs:ze], toks, seed_tok, left, right, gap, foreign)
    return (zs, ze) + found


def _search(observed: str, toks: list[_Tok], seed_tok: int, left: str, right: str, gap: int,
            foreign: frozenset[str]) -> tuple[float, list[_Reading]]:
    """The score of the zone's text ``observed`` (tokens ``toks``) as it stands, and its best
    ``_TOP`` readings, best first, between the contexts ``left`` and ``right``."""
    lm = _lm()
    _PREFIX_BEST.clear()  # (see there)
    memo: dict[str, float] = {}
    bounds: dict[str, tuple[float, float, float]] = {}
    heads: dict[str, float] = {}
    top: list = []  # [score, key] of the best readings of distinct texts so far (see _keep_top)
    words_seen = [-math.inf]  # the best word view of a reading scored so far
    as_it_stands = _key(_plain(observed))

    def deciding() -> float | None:
        """The score a reading must exceed to change the zone's decision (None: any may): the
        best reading and the best other one whose text is not the text as it stands decide it
        (see :func:`_zone_edits`), so the second best, or the third when the second is the text
        as it stands."""
        if len(top) >= 2 and top[1][1] != as_it_stands:
            return top[1][0]
        return top[2][0] if len(top) == _TOP else None

    def view(chars: str, k: int = 0) -> tuple[float, float, float]:
        """``(bound, bigram view, script cost)`` of ``chars``: the bound of its score less half
        its word view (at most 0: see ``_WORD_ROOM``) and its cost."""
        b = bounds.get(chars)
        if b is None:
            head = None
            if k:
                h = chars[:k]
                lp_head = heads.get(h)
                if lp_head is None:
                    lp_head = heads[h] = lm.logprob(h, left)
                head = (k, lp_head)
            bigrams = _bigrams(lm, left, chars, right, head)
            script = _SCRIPT_COST * (sum(map(foreign.__contains__, chars)) if foreign else 0)
            ends = _END_BONUS * len(_SENTENCE_END_RE.findall(chars))
            b = bounds[chars] = (0.5 * bigrams + ends - script, bigrams, script)
        return b

    def score(chars: str, k: int = 0, cost: float = 0.0, rank: bool = True) -> float | None:
        """The score of a reading of ``chars`` that costs ``cost``; ``k``: its first ``k``
        characters are shared by other readings (their bigram sum is computed once).  A reading
        (``rank``) whose bound is below what it must pass to decide anything (``deciding``) is
        left out (None): see ``_WORD_ROOM``."""
        v = memo.get(chars)
        if v is None:
            b = view(chars, k)
            if rank:
                least = deciding()
                if least is not None and b[0] + 0.5 * (words_seen[0] + _WORD_ROOM) - cost < least:
                    return None
            words = _words_view(left, chars, right)
            if rank and words > words_seen[0]:
                words_seen[0] = words
            v = memo[chars] = _score_on(b[1], words, chars, gap) - b[2]
        v -= cost
        if rank:
            _keep_top(top, _key(chars), v)
        return v

    tails: dict[str, float] = {}

    def bound(pre: str, suf: str, trail: int, cost: float) -> float:
        """A bound of the score of every reading ``pre + c + suf`` (``c``: a character whose
        trail byte is ``trail``) that costs at least ``cost``, less half its word view (see
        ``_WORD_ROOM``): the bigram view of ``c`` between its neighbours is at most 0, the
        rest as ``score`` bounds it."""
        if pre:
            lp_pre = heads.get(pre)
            if lp_pre is None:
                lp_pre = heads[pre] = lm.logprob(pre, left)
        else:
            lp_pre = 0.0
        lp_suf = tails.get(suf)
        if lp_suf is None:
            lp_suf = tails[suf] = lm.logprob_on(0.0, suf[0], suf[1:] + right[:1]) if suf else 0.0
        rest = pre + suf
        ends = _END_BONUS * (len(_SENTENCE_END_RE.findall(rest)) + (trail in _END_TRAILS))
        script = _SCRIPT_COST * (sum(map(foreign.__contains__, rest)) if foreign else 0)
        return 0.5 * (lp_pre + lp_suf) + ends - script - cost

    best: dict[str, _Reading] = {}

    def keep(readings: list[_Reading]) -> None:
        for r in readings:
            key = _key(r.chars)
            if key not in best or r.score > best[key].score:
                best[key] = r

    # every reading of a byte stream as it is, and every position where a lead byte may have
    # been lost, bounded; then tried from the highest bound down, until none can pass what
    # decides (``deciding``)
    tries = []
    for st in _streams(toks):
        for data, lost_at in _fill_hidden(st):
            d = _direct(st, data, lost_at)
            if d is not None:
                tries.append((view(d[0])[0] - d[2], len(tries), st, data, lost_at, d))
            if lost_at < 0:
                for pos in _lost_positions(st, data, st.offsets[seed_tok]):
                    tries.append((bound(pos[2], pos[3], pos[1], _LOST_COST + _PHANTOM * pos[4]),
                                  len(tries), st, data, None, pos))
    tries.sort(key=lambda t: (-t[0], t[1]))
    for b, _, st, data, lost_at, x in tries:
        least = deciding()
        if least is not None:
            floor = least - _BOUND_SLACK - 0.5 * (words_seen[0] + _WORD_ROOM)
            if b < floor:
                break  # (and every one after it)
        if lost_at is None:
            if least is not None and b + _closer(x[2], x[3], x[1]) < floor:
                continue
            keep(_at_position(st, data, toks, score, *x))
            continue
        chars, anns, cost = x
        v = score(chars, 0, cost)
        if v is not None:
            keep([_Reading(v, chars, data, anns, lost_at, _kept(st, toks, lost_at))])
    base = score(_plain(observed), rank=False) - _PHANTOM * _misfits(toks)
    return base, sorted(best.values(), key=lambda r: -r.score)[:_TOP]


#: readings of distinct texts that decide a zone: the best, and the best other repair (the
#: text as it stands may be the second); a reading that cannot be among the best and that
#: repair needs no word view (see ``deciding`` in :func:`_search`)
_TOP = 3
#: nats by which a reading's word view is taken to exceed at most the best word view of the
#: zone's readings scored before it (they are the same text but for a few bytes, of about the
#: same length).  A reading whose score could not pass the reading that decides (the second
#: best, or the third: see ``deciding`` in :func:`_search`) even so is not scored whole, and a
#: lost-byte position none of whose readings could is not tried.  On every page
#: of the bundled corpora (held-out sets included) and of the bench, a room of 0 gives the
#: edits and notes of no bound at all (infinite room); 5 leaves room, and spares ~65% of the
#: word segmentations (the costliest part of a reading; 10 spared ~50%).
_WORD_ROOM = 5.0
#: rounding room between a bound and the score it bounds (the same terms added in another order)
_BOUND_SLACK = 1e-6


def _keep_top(top: list, key: str, v: float) -> None:
    """Keep in ``top`` the ``_TOP`` best ``[score, key]`` of distinct keys, best first, given
    that a reading of ``key`` scores ``v`` (scores of a key only grow: the best is kept)."""
    for e in top:
        if e[1] == key:
            if v > e[0]:
                e[0] = v
                top.sort(key=lambda e: -e[0])
            return
    if len(top) < _TOP:
        top.append([v, key])
    elif v > top[-1][0]:
        top[-1] = [v, key]
    else:
        return
    top.sort(key=lambda e: -e[0])


@lru_cache(maxsize=1)
def _words() -> tuple[dict, float, object]:
    """jieba's word frequencies, their log total, and a t2s converter (loaded on the
    first damaged zone only: about a second)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.dt.check_initialized()
    try:
        import opencc_pyo3

        conv = opencc_pyo3.OpenCC("t2s").convert
    except Exception:  # pragma: no cover
        import opencc

        conv = opencc.OpenCC("t2s").convert
    return jieba.dt.FREQ, math.log(jieba.dt.total), conv


#: a punctuation mark as a word: ，and 。 cost the same (which of them fits is for
#: the character bigrams and the sentence length to say), rarer marks cost more
_PUNCT_COST = {"，": math.log(0.03), "。": math.log(0.03), "、": math.log(0.01), "“": math.log(0.01),
               "”": math.log(0.01)}
_RARE_PUNCT_COST = math.log(0.002)


@lru_cache(maxsize=65536)
def _word_logprob(chars: str) -> float:
    """Log-probability of the best segmentation of ``chars`` into dictionary words
    (a unigram word model; it knows 立足 and 劳模 where the character bigrams hesitate).

    >>> _word_logprob("立足双湾镇") > _word_logprob("、足双湾镇")
    True
    """
    freq, log_total, conv = _words()
    s = conv(chars)
    if len(s) != len(chars):
        s = chars
    return _best_segmentation(s, freq, log_total)


#: the best segmentation's log-probability of each (converted) text seen, by its prefixes:
#: the readings of a zone share their beginnings, so most of a reading's table is known.
#: Cleared when a zone's search begins (the prefixes of other zones are seldom met again):
#: kept small, it is quicker to read, and never cleared whole at 65,536 entries inside a
#: spot (that clear alone took ~1 ms)
_PREFIX_BEST: dict[str, float] = {}
_MAX_PREFIXES = 1 << 16


@lru_cache(maxsize=4096)
def _word_cost(c: str) -> float:
    """The cost of a character that is no Chinese one: a punctuation mark, or else a symbol."""
    c = _HALF_TO_FULL.get(c, c)
    return _PUNCT_COST.get(c, _RARE_PUNCT_COST if c in PUNCTUATION or c == "·" else math.log(1e-4))


def _best_segmentation(s: str, freq: dict, log_total: float) -> float:
    """The dynamic programme of :func:`_word_logprob`: ``best[j]``, the best segmentation of
    ``s[:j]``, is the best of ``best[i]`` plus the word ``s[i:j]`` (i >= j - 6).  A word
    starts at a Chinese character; no longer word starts at ``i`` once ``s[i:j]`` is not even a
    prefix of one (jieba keeps every prefix of its words); any other character is a word of
    its own.  ``best[j]`` depends on ``s[:j]`` only: the longest prefix already seen is looked
    up, and the programme goes on from there (from the six positions before it)."""
    n = len(s)
    memo = _PREFIX_BEST
    if len(memo) > _MAX_PREFIXES:
        memo.clear()
    v = memo.get(s)
    if v is not None:
        return v
    # the prefixes kept are closed downwards (each is stored with every shorter one): bisect
    lo, hi = 0, n - 1  # s[:lo] is known (the empty prefix is), s[:hi + 1] may be
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if s[:mid] in memo:
            lo = mid
        else:
            hi = mid - 1
    j0 = lo + 1  # the first position to compute
    start = max(0, j0 - 6)  # the first position a word ending at j0 or later may start at
    best = [-math.inf] * (n + 1)
    best[0] = 0.0
    for k in range(max(1, start), j0):
        best[k] = memo[s[:k]]
    get, log, inf = freq.get, math.log, -math.inf
    unknown = math.log(0.5) - log_total
    # (v > best[j] keeps the larger as max() would: the same values, fewer calls)
    for i in range(start, n):
        b = best[i]
        if b == inf:
            continue
        o = ord(s[i])
        if not (0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF):
            if i + 1 >= j0:
                v = b + _word_cost(s[i])
                if v > best[i + 1]:
                    best[i + 1] = v
            continue
        first = i + 1
        if first < j0:  # words from i ending before j0 are counted: go on if one may be longer
            if get(s[i : j0 - 1]) is None:  # (jieba keeps every prefix of a word: one look)
                continue
            first = j0
        for j in range(first, min(n, i + 6) + 1):
            f = get(s[i:j])
            if f:
                v = b + log(f) - log_total
            elif f is None:
                if j == i + 1:
                    v = b + unknown
                    if v > best[j]:
                        best[j] = v
                break
            elif j == i + 1:
                v = b + unknown
            else:
                continue
            if v > best[j]:
                best[j] = v
    for j in range(j0, n + 1):
        memo[s[:j]] = best[j]
    return best[n]


#: cost of a character in the other script than the text around it (a page is
#: converted as a whole: 总 inside traditional text, 總 inside simplified text)
_SCRIPT_COST = math.log(30)


@lru_cache(maxsize=1)
def _simplified_only() -> frozenset[str]:
    """Frequent characters that OpenCC s2t changes (written so only in simplified script)."""
    return _changed_by("s2t")


@lru_cache(maxsize=1)
def _script_res() -> tuple[re.Pattern, re.Pattern]:
    """One character of :func:`_converted_chars`, one of :func:`_simplified_only`: a context's
    characters of each counted by a scan (a fourth of the time of a set look-up per character)."""
    return tuple(re.compile("[" + "".join(sorted(chars)) + "]") for chars in (_converted_chars(), _simplified_only()))


@lru_cache(maxsize=512)
def _foreign_script(context: str) -> frozenset[str]:
    """Characters of the script the ``context`` is clearly *not* written in (empty if unclear;
    remembered: a zone met again has the same context).

    >>> "总" in _foreign_script("區總工會關於職工權益的決定"), "總" in _foreign_script("区总工会关于职工权益的决定")
    (True, True)
    """
    trad_re, simp_re = _script_res()
    trad, simp = len(trad_re.findall(context)), len(simp_re.findall(context))
    if trad >= 3 and trad > 4 * simp:
        return _simplified_only()
    if simp >= 3 and simp > 4 * trad:
        return _converted_chars()
    return frozenset()


def _misfits(toks: list[_Tok]) -> int:
    """Annotations of the zone as observed that do not fit the character before them."""
    n, prev = 0, None
    for t in toks:
        if t.kind == "orphan" or t.kind == "ann" and not (prev and reading_matches(prev, t.syl)):
            n += 1
        prev = t.syl if t.kind == "char" else None if t.kind == "hidden" else prev
    return n


_KEY_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W_]")


@lru_cache(maxsize=1 << 16)
def _key(s: str) -> str:
    """The Chinese characters, letters and digits of ``s`` (what tells readings apart)."""
    return "".join(_KEY_RE.findall(s))


def _zone_edits(text: str, cluster: list[_Seed]) -> list[Edit]:
    suspect = "; ".join(s.what for s in cluster)
    if all(s.what.startswith("annotation") and _is_cjk(text[s.start]) for s in cluster):
        # Only annotations that do not fit the Chinese character before them, and no trace of
        # a byte lost beside them (a lost byte leaves a '?', an orphan, a glued letter or a rare
        # character until the next ASCII byte): a wording conversion (社区 -> 社群(qū)), not
        # damage.  Never repaired on any corpus, so not searched (a third of the zones of
        # pinyin pages).
        if not any(s.strong for s in cluster):
            return []
        return _flag(text, cluster, f"suspected GBK damage ({suspect}); no byte is missing beside it "
                                    "(a wording conversion?), left as it stands")
    if all(s.what.startswith("letter") for s in cluster) and len({text[s.start:s.end] for s in cluster}) == 1:
        # the same letter glued inside Chinese again and again (示范点X家，为X家): a template's
        # placeholder, not the varied trail bytes that misaligned damage surfaces; weak
        # evidence that never led to a repair, and the first such zone of a clean page
        # would load both models (a second)
        return []
    z = _ranked(text, cluster)
    if z is None or not z[3]:
        return _flag(text, cluster, f"suspected GBK damage ({suspect}); no byte reading decodes")
    zs, ze, base, ranked = z
    observed = text[zs:ze]
    r1 = ranked[0]
    out = _render(r1)
    # the runner-up is the best *other repair*; the text as it stands is judged by the gain
    obs_key = _key(_plain(observed))
    rivals = [r for r in ranked[1:] if _key(r.chars) != obs_key]
    s2 = rivals[0].score if rivals else -math.inf
    margin, gain = r1.score - s2, r1.score - base
    support = _support(r1)
    strong = any(s.strong for s in cluster)
    if out == observed:
        if not strong:  # weak hints only, and the model likes the text as it is
            return []
        return _flag(text, cluster, f"suspected GBK damage ({suspect}); best reading is the text as it stands")
    # a letter or mark carrying a toned reading it cannot have (f(wàn)) is damage for certain: the
    # text as it stands is no rival, so a confirmed reading needs no gain over it
    certain = support and all(s.strong and s.what.startswith("annotation") and not _is_cjk(text[s.start]) for s in cluster)
    needed = 0.0 if certain else _MIN_SUPPORTED_GAIN if support else _MIN_REPAIR_GAIN
    if margin < _MIN_MARGIN or gain < needed or not (support or gain > 4 * _MIN_REPAIR_GAIN):
        if not strong:  # weak hints only: not worth a flag
            return []
        alt = rivals[0].chars if rivals else ""
        return _flag(text, cluster, f"suspected GBK damage ({suspect}); best reading {r1.chars!r} is not "
                                    f"decisive (margin {margin:.1f} over {alt!r}, gain {gain:.1f})")
    p = 0  # minimal edit: trim the common prefix and suffix
    while p < min(len(observed), len(out)) and observed[p] == out[p]:
        p += 1
    q = 0
    while q < min(len(observed), len(out)) - p and observed[-1 - q] == out[-1 - q]:
        q += 1
    why = (f"GBK byte lost (0x{r1.data[r1.lost_at]:02X} put back)" if r1.lost_at >= 0
           else "GBK bytes hidden by an inserted annotation")
    new = out[p : len(out) - q]
    codes = " ".join(f"{c}={c.encode('gbk').hex().upper()}" for c in _strip_annotations(new)
                     if not c.isascii())
    note = (f"{why}: {observed[p:len(observed) - q]!r} re-read as GBK gives {new!r} ({codes}); "
            f"evidence: {suspect}; {support} annotation(s) confirm; "
            f"model margin {margin:.1f} over {rivals[0].chars if rivals else '-'!r}, gain {gain:.1f}")
    return [Edit(zs + p, zs + len(observed) - q, out[p : len(out) - q], note)]


_MIN_MARGIN = 3.0  # nats between the best reading and the next different one
_MIN_REPAIR_GAIN = 3.0  # nats the best reading must gain over the text as it stands
_MIN_SUPPORTED_GAIN = 1.5  # the same when an annotation confirms the repaired character


def _flag(text: str, cluster: list[_Seed], note: str) -> list[Edit]:
    s, e = cluster[0].start, cluster[-1].end
    return [Edit(s, e, text[s:e], note)]


def repair_gbk_damage(text: str) -> list[Edit]:
    """Repair GBK byte damage where the evidence decides it; flag it where it does not.

    >>> [e.replacement for e in repair_gbk_damage("法律咨詢?nèi)栈顒?dòng)。")]
    ['日活動(']
    >>> repair_gbk_damage("區(qū)總工會(huì)的工作")
    []
    """
    seeds = _find_seeds(text)
    found = [e for cluster in _clusters(seeds) for e in _zone_edits(text, cluster)]
    if "\ufffd" in text:
        found.extend(filter(None, (_unreadable_fill(text, s) for s in seeds if text[s.start - 1:s.start] == "\ufffd")))
    return drop_overlaps(found)


def _unreadable_fill(text: str, seed: _Seed) -> Edit | None:
    """The character an unreadable one (U+FFFD) before the annotation of ``seed`` stood for, or
    None where the evidence does not decide it (the U+FFFD stays: it shows the damage itself).

    A lost lead byte leaves its trail byte unpaired; a decoder that cannot pair it writes U+FFFD
    for it, one character gone, and the annotation after it (``運\ufffd(shū)局``) still gives
    its reading.  The characters with that reading which conversion changes (annotators mark
    those) are scored in their context by the character model.  The best is put back where it
    leads the next one by :data:`_MIN_MARGIN` and costs at most :data:`_MAX_FILL_COST` over the
    text without it: a character the context does not expect (``咨詢\ufffd(nèi)日活動``: 內) is
    no evidence, the annotation may be debris of misread bytes.

    >>> [e.replacement for e in repair_gbk_damage("市交通運(yùn)\ufffd(shū)局黨(dǎng)組(zǔ)的領導下")]
    ['輸']
    >>> repair_gbk_damage("工會開展法律咨詢\ufffd(nèi)日活動(dòng)。")
    []
    """
    m = _ANNOT_RE.match(text, seed.start)
    chars = _chars_read(m.group(1)) if m is not None else ()
    if not chars:
        return None
    at = seed.start - 1
    left = _strip_annotations(text[max(0, at - 12):at])[-4:]
    right = _plain(text[seed.end:seed.end + 12])[:3]
    gap, lm = _sentence_gap(text, at), _lm()
    foreign = _foreign_script(text[max(0, at - 300):seed.end + 300])
    scored = sorted(((_score(lm, left, c, right, gap), c) for c in chars if c not in foreign), reverse=True)
    if not scored:
        return None
    (best_score, best), margin = scored[0], scored[0][0] - scored[1][0] if len(scored) > 1 else math.inf
    cost = _score(lm, left, "", right, gap) - best_score
    if margin < _MIN_MARGIN or cost > _MAX_FILL_COST:
        return None
    return Edit(at, at + 1, best, f"unreadable character (U+FFFD) before ({m.group(1)}) read as {best!r}: "
                                  f"model margin {'%.1f' % margin if margin != math.inf else '-'} over the other "
                                  f"characters read {m.group(1)}, cost {cost:.1f} over none")


#: nats a character put back for a U+FFFD may cost over the text without it (the characters put
#: back on the corpora cost 0.1-1.9; characters the context does not expect, 6 and more)
_MAX_FILL_COST = 3.0


if __name__ == "__main__":  # pragma: no cover
    import sys

    if "--rebuild" in sys.argv[1:]:
        FREQUENT_PATH.write_text("".join(sorted(_compute_frequent_chars())) + "\n", encoding="utf-8")
        print(f"wrote {FREQUENT_PATH}")
    else:
        print(__doc__)
