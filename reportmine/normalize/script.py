"""Traditional → simplified script, and undoing Taiwan-style machine wording.

Many archived reports were machine-converted to traditional script with
Taiwan vocabulary (OpenCC ``s2twp`` and similar: 网络→網路, 程序→程式,
支持→支援 …).  :func:`to_simplified` converts the characters back (OpenCC
``t2s``, which changes characters, not vocabulary), and
:func:`fix_taiwan_wording` undoes the vocabulary from the table
``data/wording.tsv``, with context guards so that words that were right stay
(建立, 核心, 执行, 档案管理, 蚌埠, 简讯, 指标 — OpenCC's own ``tw2sp`` would
break those).

The OpenCC converters are not picklable, so they are built lazily, once per
process (:func:`converter`), never at import time.  ``opencc_pyo3`` (about
100× faster) is used when importable; the environment variable
``REPORTMINE_OPENCC=pure|pyo3`` overrides the choice.

>>> from reportmine.textedit import TrackedText
>>> t = TrackedText("組織網路,隨著")
>>> has_traditional(t.text)
True
>>> t = t.run([to_simplified, fix_taiwan_wording])
>>> t.text
'组织网络,随着'
>>> [(c.step, c.before, c.after) for c in t.changes]
[('to_simplified', '組織網', '组织网'), ('to_simplified', '隨', '随'), ('fix_taiwan_wording', '网路', '网络'), ('fix_taiwan_wording', '著', '着')]
"""

from __future__ import annotations

import difflib
import os
import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable

import regex

from ..tables import read_table
from ..textedit import Edit, Runs
from .compat import HIRAGANA, japanese_line

__all__ = [
    "converter",
    "has_traditional",
    "to_simplified",
    "fix_taiwan_wording",
    "WordingRule",
    "wording_rules",
]

_OPENCC_DICT = "dictionary/TSCharacters.txt"
#: Characters the converter may change although they are also simplified;
#: 著 → 着 is a wording decision (著名 stays), left to :func:`fix_taiwan_wording`.
_KEEP_IN_CONVERSION = {("著", "着")}


# -- data loading -----------------------------------------------------------
# -- converters -------------------------------------------------------------
def converter(kind: str | None = None) -> Callable[[str], str]:
    """The OpenCC ``t2s`` conversion function, built once per process.

    ``kind`` is ``"pyo3"`` (opencc_pyo3), ``"pure"`` (opencc-python-reimplemented)
    or ``None``: the environment variable ``REPORTMINE_OPENCC``, else pyo3 when
    installed, else pure.

    >>> converter("pure")("關於")
    '关于'
    """
    kind = kind or os.environ.get("REPORTMINE_OPENCC", "").strip().lower() or "auto"
    if kind not in ("auto", "pure", "pyo3"):
        raise ValueError(f"REPORTMINE_OPENCC={kind!r}: use 'pure' or 'pyo3' (or leave it unset)")
    return _build_converter(kind)


@lru_cache(maxsize=3)
def _build_converter(kind: str) -> Callable[[str], str]:
    if kind in ("auto", "pyo3"):
        try:
            import opencc_pyo3
        except ImportError:
            if kind == "pyo3":
                raise ImportError(
                    "REPORTMINE_OPENCC=pyo3 but opencc_pyo3 is not installed: "
                    "pip install opencc-pyo3, or set REPORTMINE_OPENCC=pure"
                ) from None
        else:
            return opencc_pyo3.OpenCC("t2s").convert
    import opencc

    return opencc.OpenCC("t2s").convert


@lru_cache(maxsize=1)
def _traditional_chars() -> str:
    """Characters that are traditional only: t2s maps them, and not to themselves."""
    import opencc

    path = resources.files(opencc).joinpath(_OPENCC_DICT)
    chars = []
    for line in path.read_text("utf-8").splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1 and values and key not in values.split(" "):
            chars.append(key)
    return "".join(sorted(chars))


@lru_cache(maxsize=1)
def _traditional_set() -> frozenset[str]:
    return frozenset(_traditional_chars())


@lru_cache(maxsize=1)
def _traditional_table():
    """A table over code points: True for a traditional-only character (numpy, one lookup a character)."""
    import numpy as np

    codes = [ord(c) for c in _traditional_chars()]
    table = np.zeros(max(codes) + 2, dtype=bool)  # the last slot stands for every code point above
    table[codes] = True
    return table


#: CJK ideographs (basic, extension A, compatibility, extensions B–G): ranges keep the scan fast.
_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))

_NO_POSITIONS = array("q")
#: Below this length a text is looked up character by character in a set (about 45 ns a
#: character) and numpy (about 0.1 s to import) is not needed for it; from it, the numpy table
#: (about 3 ns a character: the pages this long load numpy for the furniture scan anyway).
_SET_SCAN_BELOW = 1000


#: The last text looked at and where its traditional-only characters stand: has_traditional
#: and to_simplified ask about the same page one after the other.
_last_scan: list = [None, None]


def _traditional_positions(text: str):
    """Offsets of the traditional-only characters of ``text`` (a numpy array, in order; an empty
    ``array`` for a short text the set finds none in).

    One pass in C (a code point table), not a Python loop over the characters.

    >>> _traditional_positions("关于區總工會").tolist()
    [2, 3, 5]
    """
    if _last_scan[0] is text:
        return _last_scan[1]
    if len(text) < _SET_SCAN_BELOW and _traditional_set().isdisjoint(text):
        _last_scan[0], _last_scan[1] = text, _NO_POSITIONS
        return _NO_POSITIONS
    import numpy as np

    table = _traditional_table()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    found = np.flatnonzero(table[np.minimum(codes, len(table) - 1)])
    _last_scan[0], _last_scan[1] = text, found
    return found


def _count_traditional(text: str) -> int:
    return len(_traditional_positions(text))


def _count_han(text: str) -> int:
    """How many CJK ideographs ``text`` holds (the characters of ``_HAN_RANGES``).

    >>> _count_han("关于 ABC 區，")
    3
    """
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return int(sum(np.count_nonzero((codes >= lo) & (codes <= hi)) for lo, hi in _HAN_RANGES))


def has_traditional(text: str, min_share: float = 0.1, min_count: int = 2) -> bool:
    """True if ``text`` is in traditional script.

    At least ``min_count`` traditional-only characters, making up at least
    ``min_share`` of the Chinese characters (a converted page has 30–40 %):
    a mainland text quoting a traditional name does not count.

    >>> has_traditional("關於區總工會"), has_traditional("关于区总工会"), has_traditional("本届乾隆杯")
    (True, False, False)
    """
    n_trad = _count_traditional(text)
    if n_trad < min_count:
        return False
    return n_trad >= min_share * _count_han(text)


# -- to_simplified ----------------------------------------------------------
_SEGMENTS = regex.compile(r"[^，。；：！？、,;:!?\s]*[，。；：！？、,;:!?\s]*")


def _char_edits(src: str, dst: str, offset: int) -> list[Edit]:
    """Edits for runs of differing characters between equal-length strings."""
    edits: list[Edit] = []
    i, n = 0, len(src)
    while i < n:
        if src[i] == dst[i] or (src[i], dst[i]) in _KEEP_IN_CONVERSION:
            i += 1
            continue
        j = i + 1
        while j < n and src[j] != dst[j] and (src[j], dst[j]) not in _KEEP_IN_CONVERSION:
            j += 1
        edits.append(Edit(offset + i, offset + j, dst[i:j], "t2s"))
        i = j
    return edits


def _diff_edits(src: str, dst: str, offset: int) -> list[Edit]:
    """Edits between strings of different length (a phrase conversion changed the length)."""
    edits: list[Edit] = []
    sm = difflib.SequenceMatcher(None, src, dst, autojunk=False)
    for op, a1, a2, b1, b2 in sm.get_opcodes():
        if op == "equal":
            continue
        if op == "replace" and a2 - a1 == b2 - b1:
            edits.extend(_char_edits(src[a1:a2], dst[b1:b2], offset + a1))
        else:
            edits.append(Edit(offset + a1, offset + a2, dst[b1:b2], "t2s (phrase)"))
    return edits


def to_simplified(text: str) -> list[Edit]:
    """Edits converting traditional characters to simplified (OpenCC ``t2s``).

    Only lines holding traditional-only characters are converted, so a
    simplified text comes back unchanged.  Each edit covers one run of changed
    characters.  著 is left for :func:`fix_taiwan_wording` (著名 vs 随着).
    When no phrase changed a length the edits come as one
    :class:`~reportmine.textedit.Runs` (applied in bulk).

    A line written in Japanese (hiragana in it: a quoted name or sentence) keeps its kanji, as
    the compatibility step keeps its Japanese forms.

    Lines are converted one by one, not the page at once: opencc_pyo3 converts a
    long text on a pool of threads, and a process forked after that pool started
    (``load_many(workers=…)``) hangs in its next long conversion.

    >>> to_simplified("关于区总工会的工作") == []
    True
    >>> [(e.start, e.end, e.replacement) for e in to_simplified("區總工會的工作")]
    [(0, 2, '区总'), (3, 4, '会')]
    >>> [(e.start, e.replacement) for e in to_simplified("題字\\n労働組合の活動について")]
    [(0, '题')]
    """
    found = _traditional_positions(text)
    if not len(found):
        return []
    import numpy as np

    convert = converter()
    kana = HIRAGANA.search(text) is not None  # a line in Japanese keeps its kanji (one scan a page)
    lines = _LINES.findall(text)  # each with its line break
    ends = np.cumsum(np.fromiter(map(len, lines), dtype=np.int64, count=len(lines)))
    # the lines holding a traditional character (their numbers, each once: ``found`` is in order)
    at = np.searchsorted(ends, found, side="right")
    with_trad = np.zeros(len(lines), dtype=bool)
    with_trad[at] = True
    pieces: list[str] = []
    edits: list[Edit] = []
    for line, trad, end in zip(lines, with_trad.tolist(), ends.tolist()):
        if not trad or (kana and japanese_line(line)):
            pieces.append(line)
            continue
        out = convert(line)
        if len(out) == len(line):
            pieces.append(out)
            continue
        # Rare: a phrase changed length.  Convert clause by clause to keep diffs local.
        pieces.append(line)
        at = end - len(line)
        for s in _SEGMENTS.finditer(line):
            seg = s.group()
            conv = convert(seg) if seg else seg
            if conv == seg:
                continue
            if len(conv) == len(seg):
                edits.extend(_char_edits(seg, conv, at + s.start()))
            else:
                edits.extend(_diff_edits(seg, conv, at + s.start()))
    runs = _run_edits(text, "".join(pieces))
    if not edits:
        return runs
    edits.extend(runs)
    edits.sort(key=lambda e: e.start)
    return edits


#: A line with its line break (the last line may have none); never empty but at the very end.
_LINES = re.compile(r"[^\n]*\n|[^\n]+\Z")


def _run_edits(src: str, dst: str) -> Runs | list:
    """Edits for runs of differing characters between equal-length strings (vectorised), as
    :class:`~reportmine.textedit.Runs`; a character pair of ``_KEEP_IN_CONVERSION`` stays as in ``src``."""
    import numpy as np

    a = np.frombuffer(src.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    b = np.frombuffer(dst.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    changed = a != b
    if not len(changed):
        return []
    kept = [k for x, y in _KEEP_IN_CONVERSION if x in src for k in np.flatnonzero(changed & (a == ord(x))) if b[k] == ord(y)]
    if kept:  # a pair to keep as in src: 著 → 着 is left to fix_taiwan_wording
        changed[kept] = False
        b = b.copy()
        b[kept] = a[kept]
        dst = b.tobytes().decode("utf-32-le", "surrogatepass")
    edge = np.flatnonzero(changed[1:] != changed[:-1]) + 1  # where a run starts or ends
    if changed[0]:
        edge = np.concatenate(([0], edge))
    if changed[-1]:
        edge = np.concatenate((edge, [len(changed)]))
    if not len(edge):
        return []
    return Runs(edge[0::2].tolist(), edge[1::2].tolist(), dst, "t2s")


# -- Taiwan wording ---------------------------------------------------------
@dataclass(frozen=True)
class WordingRule:
    """One row of ``wording.tsv``: replace ``wrong`` by ``right`` where the context allows.

    ``before``/``after`` are regexes that must match right before/after the
    word (empty: anything); ``unless`` is a regex which, if one of its matches
    near the word overlaps it, blocks the change.  ``example``/``fixed`` and
    ``counter`` document (and test) the rule.
    """

    wrong: str
    right: str
    before: str = ""
    after: str = ""
    unless: str = ""
    example: str = ""
    fixed: str = ""
    counter: str = ""
    note: str = ""

    @property
    def pattern(self) -> str:
        pat = regex.escape(self.wrong)
        if self.before:
            pat = f"(?<=(?:{self.before}))" + pat
        if self.after:
            pat = pat + f"(?=(?:{self.after}))"
        return pat


@lru_cache(maxsize=1)
def wording_rules() -> tuple[WordingRule, ...]:
    """The rules of ``data/wording.tsv``, longest ``wrong`` first."""
    rules = []
    for row in read_table("wording.tsv", __package__):
        rule = WordingRule(**{k: v.strip() for k, v in row.items()})
        if not rule.wrong or not rule.right:
            raise ValueError(f"wording.tsv: rule without wrong/right word: {row!r}")
        rules.append(rule)
    rules.sort(key=lambda r: -len(r.wrong))
    return tuple(rules)


@lru_cache(maxsize=1)
def _compiled_rules() -> tuple[tuple[WordingRule, regex.Pattern, regex.Pattern | None], ...]:
    out = []
    for r in wording_rules():
        out.append((r, regex.compile(r.pattern), regex.compile(r.unless) if r.unless else None))
    return tuple(out)


@lru_cache(maxsize=1)
def _trigger() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """One alternation of every ``wrong`` word, longest first (a cheap first scan), and for each
    word the words it starts with (itself included)."""
    words = sorted({r.wrong for r in wording_rules()}, key=len, reverse=True)
    starts_with = {w: frozenset(v for v in words if w.startswith(v)) for w in words}
    return re.compile("|".join(re.escape(w) for w in words)), starts_with


def _words_in(text: str) -> set[str]:
    """The ``wrong`` words of the rules that ``text`` holds.

    >>> sorted(_words_in("规范工作程式,网路"))
    ['程式', '网路']
    """
    return set(_word_positions(text))


def _word_positions(text: str) -> dict[str, list[int]]:
    """Where each ``wrong`` word of the rules stands in ``text`` (every start, in order).

    Searched again one character after each word found, so overlapping words are all seen
    (程式 inside 工作程式 …); a scan of the page, not one scan a rule.  At each start the
    alternation finds the longest word; the shorter ones there are its prefixes.

    >>> _word_positions("规范工作程式,网路,程式")
    {'程式': [4, 10], '网路': [7]}
    """
    rx, starts_with = _trigger()
    found: dict[str, list[int]] = {}
    m = rx.search(text)
    while m is not None:
        p = m.start()
        for w in starts_with[m.group()]:
            found.setdefault(w, []).append(p)
        m = rx.search(text, p + 1)
    return found


_UNLESS_WINDOW = 8


def _blocked(text: str, start: int, end: int, unless: regex.Pattern) -> bool:
    lo = max(0, start - _UNLESS_WINDOW)
    window = text[lo : end + _UNLESS_WINDOW]
    for m in unless.finditer(window, overlapped=True):
        if lo + m.start() < end and start < lo + m.end():
            return True
    return False


def fix_taiwan_wording(text: str) -> list[Edit]:
    """Edits undoing Taiwan-style wording left by machine conversion (table ``wording.tsv``).

    Run it only on text that arrived in traditional script (see
    :func:`has_traditional`): in a mainland text 支援 or 资讯 may be meant.

    >>> from reportmine.textedit import TrackedText
    >>> TrackedText("规范工作程式,加强档案管理,市委51号档案精神").run([fix_taiwan_wording]).text
    '规范工作程序,加强档案管理,市委51号文件精神'
    """
    present = _word_positions(text)
    if not present:
        return []
    edits: list[Edit] = []
    taken = bytearray(len(text))  # 1 where an earlier (longer) rule's edit stands
    for rule, pat, unless in _compiled_rules():
        at = present.get(rule.wrong)
        if at is None:
            continue
        # the rule's matches: its word where the context holds, each after the last (as
        # finditer finds them), tried only where the page scan found the word
        after = 0
        for s in at:
            if s < after or pat.match(text, s) is None:
                continue
            e = after = s + len(rule.wrong)
            if unless is not None and _blocked(text, s, e, unless):
                continue
            if 1 in taken[s:e]:
                continue
            taken[s:e] = b"\x01" * (e - s)
            if rule.right == rule.wrong:
                note = f"doubtful wording {rule.wrong} (kept): {rule.note}"
            else:
                note = f"Taiwan wording {rule.wrong}→{rule.right} ({rule.note})"
            edits.append(Edit(s, e, rule.right, note))
    edits.sort(key=lambda x: x.start)
    return edits
