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

import bisect
import unicodedata
from functools import lru_cache
from importlib import resources

import regex

from ..textedit import Edit

__all__ = ["strip_pinyin", "is_pinyin", "split_syllables"]

#: Combining tone marks (macron, acute, caron, grave) after NFD.
_TONE_MARKS = "\u0304\u0301\u030c\u0300"
_TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ"
_LETTERS = "a-zA-ZüÜ" + _TONED_VOWELS
_CJK = r"\p{Han}"
_CJK_RE = regex.compile(_CJK)
_SEPARATORS = regex.compile(r"[\s'\-1-5]+")
_DIGITS = regex.compile(r"\d")

#: ``(content)`` with ASCII or full-width brackets; content = letters, tone digits, separators.
_ANNOTATION = regex.compile(
    rf"[(（](?P<body>[{_LETTERS}][{_LETTERS}1-5' \-]{{0,40}})[)）]"
)
#: A tone-marked word with a bracket on one side only, e.g. ``nèi)`` or ``(dòng``.
_DEBRIS = regex.compile(
    rf"(?<![{_LETTERS}])(?:[(（](?P<a>[{_LETTERS}]{{1,7}})(?![{_LETTERS})）])"
    rf"|(?<![(（])(?P<b>[{_LETTERS}]{{1,7}})[)）])"
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


@lru_cache(maxsize=8192)
def _readings(char: str) -> frozenset[str]:
    """Toneless readings of one character (pypinyin's table)."""
    from pypinyin.pinyin_dict import pinyin_dict

    raw = pinyin_dict.get(ord(char), "")
    return frozenset(_toneless(r) for r in raw.split(",") if r)


def _matches_chars(syllables: list[str], before: str) -> bool:
    """True if the syllables are readings of the last ``len(syllables)`` chars of ``before``."""
    k = len(syllables)
    chars = before[-k:]
    if len(chars) < k or not all(_CJK_RE.match(c) for c in chars):
        return False
    return all(s in _readings(c) for s, c in zip(syllables, chars))


def _annotation_edit(text: str, m: regex.Match) -> Edit | None:
    body = m.group("body")
    syllables = split_syllables(body)
    if syllables is None or len(syllables) > 6:
        return None
    before = text[max(0, m.start() - len(syllables)) : m.start()]
    if _has_tone_mark(body) and not _DIGITS.search(body):
        if _matches_chars(syllables, before):
            note = "pinyin annotation"
        elif before and _CJK_RE.match(before[-1]):
            note = f"pinyin annotation (not a reading of {before[-1]!r})"
        else:
            note = "pinyin annotation (no character before it)"
        return Edit(m.start(), m.end(), "", note)
    # Toneless or tone digits: only when it is a reading of the character(s) before.
    if body != body.lower() or not _matches_chars(syllables, before):
        return None
    return Edit(m.start(), m.end(), "", "pinyin annotation (toneless, matches the reading)")


def strip_pinyin(text: str) -> list[Edit]:
    """Edits deleting pinyin annotations ``字(zì)`` and tone-marked pinyin debris.

    >>> from reportmine.textedit import TrackedText
    >>> TrackedText("總工會(huì)培训15人(次),會(hui)上").run([strip_pinyin]).text
    '總工會培训15人(次),會上'
    >>> TrackedText("組建qq群(qq?)和(PPT)").run([strip_pinyin]).text
    '組建qq群(qq?)和(PPT)'
    """
    if "(" not in text and "（" not in text and ")" not in text and "）" not in text:
        return []
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []
    for m in _ANNOTATION.finditer(text):
        e = _annotation_edit(text, m)
        if e is not None:
            edits.append(e)
            taken.append((e.start, e.end))
    for m in _DEBRIS.finditer(text):
        word = m.group("a") or m.group("b")
        if not is_pinyin(word):
            continue
        k = bisect.bisect_left(taken, (m.end(), m.end()))
        if k and taken[k - 1][1] > m.start():
            continue  # inside (or touching) an annotation already removed
        # Only next to Chinese text or codec debris, never inside a Latin phrase.
        left = text[m.start() - 1 : m.start()]
        right = text[m.end() : m.end() + 1]
        if not any(c and (_CJK_RE.match(c) or c in "?？") for c in (left, right)):
            continue
        edits.append(Edit(m.start(), m.end(), "", "pinyin debris (bracket lost)"))
    edits.sort(key=lambda e: e.start)
    return edits
