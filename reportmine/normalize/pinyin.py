"""Remove pinyin annotations that template sites put after characters.

Pages copied from "phonetic" template sites carry a reading after many
characters: ``關(guān)于區(qū)總工會(huì)``.  :func:`strip_pinyin` deletes those
annotations and leaves every real parenthesis alone: ``(一)``, ``(街道)``,
``(10份)``, ``(PPT)``, ``(qq?)``.

An annotation is recognised by its content, never by its position alone:

* it is one or more valid pinyin syllables (table
  ``data/pinyin_syllables.txt``) and carries a tone mark (``guān``), or
* it is toneless (``de``, ``guan1``) and matches a reading of the character
  before it (pypinyin's table).

Tone-marked pinyin left behind by codec damage without its pair of brackets
(``?nèi)`` or ``(dòng`` next to Chinese text) is dropped as well: a tone-marked
syllable in running Chinese text can only be debris.

>>> from reportmine.textedit import TrackedText
>>> TrackedText("關(guān)于區(qū)總工會(huì)的(街道)社區").run([strip_pinyin]).text
'關于區總工會的(街道)社區'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import regex

from ..textedit import Cuts, Edit

__all__ = ["strip_pinyin", "is_pinyin", "split_syllables"]

#: Combining tone marks (macron, acute, caron, grave) after NFD.
_TONE_MARKS = "\u0304\u0301\u030c\u0300"
_TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ"
_LETTERS = "a-zA-ZüÜ" + _TONED_VOWELS
_CJK = r"\p{Han}"
_CJK_RE = regex.compile(_CJK)
_SEPARATORS = regex.compile(r"[\s'\-1-5]+")
_DIGITS = regex.compile(r"\d")

#: ``(content)`` with ASCII or full-width brackets; content = letters, tone digits, separators; a
#: line break may stand inside the brackets (a hard wrap: 劳动(láo\ndòng), (dòng\n)), and goes with them.
_ANNOTATION = re.compile(  # (the standard module: plain classes only, and it scans faster)
    rf"[(（][ \t\u3000\n]*(?P<body>[{_LETTERS}][{_LETTERS}1-5' \-]{{0,40}}?(?:\n[{_LETTERS}1-5' \-]{{1,40}}?)?)[ \t\u3000\n]*[)）]"
)
#: A tone-marked word with a bracket on one side only, e.g. ``nèi)`` or ``(dòng``.
_DEBRIS = regex.compile(
    rf"(?<![{_LETTERS}])(?:[(（][ \t\u3000]*(?P<a>[{_LETTERS}]{{1,7}})(?![{_LETTERS})）])"
    rf"|(?<![(（])(?P<b>[{_LETTERS}]{{1,7}})[ \t\u3000]*[)）])"
)


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    text = resources.files(__package__).joinpath("data/pinyin_syllables.txt").read_text("utf-8")
    out = set()
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(line.replace("ü", "v"))
    return frozenset(out)


@lru_cache(maxsize=4096)
def _toneless(word: str) -> str:
    """``'Lǜ'`` → ``'lv'``: lower case, tone marks removed, ü written v."""
    d = unicodedata.normalize("NFD", word.lower())
    d = "".join(c for c in d if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", d).replace("ü", "v")


def _has_tone_mark(word: str) -> bool:
    return any(c in _TONE_MARKS for c in unicodedata.normalize("NFD", word))


def split_syllables(text: str) -> list[str] | None:
    """Split pinyin into toneless syllables, or ``None`` if it is not pinyin.

    Spaces, apostrophes, hyphens and tone digits separate syllables; runs
    without separators are split by the syllable table (longest first).

    >>> split_syllables("zhōngguó")
    ['zhong', 'guo']
    >>> split_syllables("guan1 yu2")
    ['guan', 'yu']
    >>> split_syllables("qq") is None
    True
    """
    table = _syllables()
    out: list[str] = []
    for chunk in _SEPARATORS.split(_toneless(text)):
        if not chunk:
            continue
        parts = _segment(chunk, table)
        if parts is None:
            return None
        out.extend(parts)
    return out or None


def _segment(s: str, table: frozenset[str]) -> list[str] | None:
    """Segment ``s`` into syllables, preferring long ones (``xian`` over ``xi'an``)."""
    n = len(s)
    best: list[list[str] | None] = [None] * (n + 1)
    best[n] = []
    for i in range(n - 1, -1, -1):
        for j in range(min(n, i + 6), i, -1):
            if s[i:j] in table and best[j] is not None:
                best[i] = [s[i:j], *best[j]]
                break
    return best[0]


def is_pinyin(text: str) -> bool:
    """True if ``text`` is tone-marked pinyin (one or more syllables).

    >>> is_pinyin("guān"), is_pinyin("zhōng guó"), is_pinyin("qq"), is_pinyin("PPT")
    (True, True, False, False)
    """
    return _has_tone_mark(text) and split_syllables(text) is not None


@lru_cache(maxsize=1)
def pinyin_table() -> dict[int, str]:
    """pypinyin's reading table: code point -> its tone-marked readings, comma-separated.

    Read from pypinyin's own JSON file without importing the package: ``import pypinyin`` also
    loads its phrase dictionary, some 60 MB of memory in every worker that this table never uses.

    >>> pinyin_table()[ord("会")].split(",")[:2]
    ['huì', 'kuài']
    """
    import importlib.util
    import json
    import os

    spec = importlib.util.find_spec("pypinyin")
    path = os.path.join(next(iter(spec.submodule_search_locations)), "pinyin_dict.json") if spec else ""
    if not os.path.exists(path):  # a pypinyin that keeps its table elsewhere
        from pypinyin.pinyin_dict import pinyin_dict

        return pinyin_dict
    with open(path, encoding="utf-8") as f:
        return {int(k): v for k, v in json.load(f).items()}


@lru_cache(maxsize=8192)
def _readings(char: str) -> frozenset[str]:
    """Toneless readings of one character (pypinyin's table)."""
    raw = pinyin_table().get(ord(char), "")
    return frozenset(_toneless(r) for r in raw.split(",") if r)


def _matches_chars(syllables: list[str], before: str) -> bool:
    """True if the syllables are readings of the last ``len(syllables)`` chars of ``before``."""
    k = len(syllables)
    chars = before[-k:]
    if len(chars) < k or not all(_CJK_RE.match(c) for c in chars):
        return False
    return all(s in _readings(c) for s, c in zip(syllables, chars))


@lru_cache(maxsize=1 << 14)
def _syllables_of(body: str) -> tuple[str, ...] | None:
    """The syllables of an annotation's body (None: not pinyin, or more than six)."""
    syllables = split_syllables(body)
    return tuple(syllables) if syllables is not None and len(syllables) <= 6 else None


@lru_cache(maxsize=1 << 16)
def _judge(body: str, syllables: tuple[str, ...], before: str) -> str | None:
    """The note for an annotation ``body`` after the characters ``before`` (cached: a page
    repeats the same few hundred character + reading pairs)."""
    if _has_tone_mark(body) and not _DIGITS.search(body):
        if _matches_chars(syllables, before):
            return "pinyin annotation"
        if before and _CJK_RE.match(before[-1]):
            return f"pinyin annotation (not a reading of {before[-1]!r})"
        return "pinyin annotation (no character before it)"
    # Toneless or tone digits: only when it is a reading of the character(s) before.
    if body != body.lower() or not _matches_chars(syllables, before):
        return None
    return "pinyin annotation (toneless, matches the reading)"


def _without(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` without the (sorted, disjoint) ``spans``."""
    pieces, pos = [], 0
    for s, e, _ in spans:
        pieces.append(text[pos:s])
        pos = e
    pieces.append(text[pos:])
    return "".join(pieces)


def _kept_at(text: str, spans: list[tuple[int, int, str]]) -> list[int]:
    """The index in ``text`` of each character :func:`_without` keeps (only built when a
    second round finds something: its offsets are mapped back)."""
    at, pos = [], 0
    for s, e, _ in spans:
        at.extend(range(pos, s))
        pos = e
    at.extend(range(pos, len(text)))
    return at


#: Full-width Latin letters read as ASCII when looking for debris (the width step folds them later).
_FOLD = {c: c - 0xFEE0 for c in range(0xFF21, 0xFF5B) if chr(c - 0xFEE0).isalpha()}
_MAX_ROUNDS = 64


def _is_anchor(c: str) -> bool:
    """Debris is removed only beside Chinese text or codec debris (never inside a Latin phrase)."""
    return bool(_CJK_RE.match(c)) or c in "?？\ufffd"


def _debris(text: str) -> list[tuple[int, int, str]]:
    """Spans of tone-marked words that lost a bracket.  Touching pieces of debris
    (``nèi)nèi)``, ``nèi) (dòng``) are judged together, by what is around them,
    and spaces are looked through: the spacing step removes them later."""
    folded = _folded(text)
    found = [m.span() for m in _DEBRIS.finditer(folded) if is_pinyin(m.group("a") or m.group("b"))]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and not text[found[j][1] : found[j + 1][0]].strip():
            j += 1
        lo, hi = found[i][0], found[j][1]
        left = text[:lo].rstrip()[-1:] if lo else ""
        right = text[hi:].lstrip()[:1]
        if any(c and _is_anchor(c) for c in (left, right)):
            out.extend((s, e, "pinyin debris (bracket lost)") for s, e in found[i : j + 1])
        i = j + 1
    return out


def _round(text: str) -> list[tuple[int, int, str]]:
    """Annotations in ``text`` (a bracketed body of at most six pinyin syllables, judged by
    :func:`_judge` against the characters before it); or, when there are none, debris."""
    spans = []
    folded = _folded(text)
    syllables_of, judge = _syllables_of, _judge
    # (inline, not a function call per annotation: a page has thousands)
    for m in _ANNOTATION.finditer(folded):
        body = m.group(1)  # (the body: the only group)
        syllables = syllables_of(body)
        if syllables is None:
            continue
        start, end = m.span()
        k = start - len(syllables)
        note = judge(body, syllables, folded[k if k > 0 else 0 : start])
        if note is not None:
            spans.append((start, end, note))
    return spans or _debris(text)


_FULL_WIDTH_LETTER = regex.compile("[\uff21-\uff3a\uff41-\uff5a]")
#: brackets, and a letter (full-width ones too: they are folded) right inside an opening one
#: or before a closing one, spaces between allowed: where every annotation and every piece of
#: debris begins or ends
_BRACKET = re.compile("[()（）]")
_LETTER_AFTER_OPEN = re.compile(f"[(（][ \t\u3000\n]*[{_LETTERS}\uff21-\uff3a\uff41-\uff5a]")
_LETTER = re.compile(f"[{_LETTERS}\uff21-\uff3a\uff41-\uff5a]")


def _may_hold_pinyin(text: str) -> bool:
    """False if no bracket of ``text`` has a letter inside it: then there is no annotation
    and no debris (one scan for brackets; a clean page has a few, around Chinese or digits)."""
    for m in _BRACKET.finditer(text):
        i = m.start()
        if text[i] in "(（":
            if _LETTER_AFTER_OPEN.match(text, i):
                return True
            continue
        while i > 0 and text[i - 1] in " \t\u3000":
            i -= 1
        if i > 0 and _LETTER.match(text, i - 1):
            return True
    return False


def _folded(text: str) -> str:
    """``text`` with full-width Latin letters as ASCII (the same length)."""
    return text.translate(_FOLD) if _FULL_WIDTH_LETTER.search(text) else text


def strip_pinyin(text: str) -> Cuts | list[Edit]:
    """Edits deleting pinyin annotations ``字(zì)`` and tone-marked pinyin debris (as
    :class:`~reportmine.textedit.Cuts`: applied in bulk).

    Removing one annotation can leave another (``(q(guān)ū)``) or leave debris
    (``huì(qū))`` leaves ``huì)``): the text as it will read is searched again
    until nothing more is found, so that a second pass changes nothing.

    >>> from reportmine.textedit import TrackedText
    >>> TrackedText("總工會(huì)培训15人(次),會(hui)上").run([strip_pinyin]).text
    '總工會培训15人(次),會上'
    >>> TrackedText("組建qq群(qq?)和(PPT)").run([strip_pinyin]).text
    '組建qq群(qq?)和(PPT)'
    >>> TrackedText("会议huì(qū))下").run([strip_pinyin]).text
    '会议下'
    """
    if not _may_hold_pinyin(text):
        return []
    removed: list[tuple[int, int, str]] = []
    kept = text
    for _ in range(_MAX_ROUNDS):
        found = _round(kept) if not removed or _may_hold_pinyin(kept) else []
        if not found:
            break
        if removed:  # back to offsets in ``text``
            at = _kept_at(text, removed)
            found = [(at[s], at[e - 1] + 1, note) for s, e, note in found]
        removed = _merge(removed, found)
        kept = _without(text, removed)
    return Cuts(removed)


def _merge(old: list[tuple[int, int, str]], new: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Disjoint spans covering both lists: a new span swallows the old ones inside it."""
    if not old and all(a[1] <= b[0] for a, b in zip(new, new[1:])):
        return list(new)  # one scan's finds: in order and disjoint already
    out: list[tuple[int, int, str]] = []
    for s, e, note in sorted(old + new, key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:
            continue  # inside the span before (spans never cross: new ones run between kept characters)
        out.append((s, e, note))
    return out
