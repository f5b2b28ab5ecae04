"""What kind of figure a record is: ``total``, ``new``, ``part``, ``change`` or ``target``.

A report's figures are not all stocks: beside a union's members (``total``: 会员1342人) it states
members added in the year (``new``: 新发展会员680人), subsets of a whole (``part``: 其中农民工会员512人),
differences from last year (``change``: 增长12%, 提高2个百分点) and aims (``target``: any figure in a
plan part, or 力争/计划… before it).  Adding them up as one ``members`` column is wrong, so every
record says which it is.  The cues are data: ``reportmine/data/aspect_cues.tsv``.

>>> import reportmine
>>> text = "全市共有会员3200人，其中农民工会员512人，新发展会员680人，入会率比上年提高2个百分点，明年力争再发展会员500人。"
>>> [(r.mention, r.aspect) for r in reportmine.extract(text)]
[('3200人', 'total'), ('512人', 'part'), ('680人', 'new'), ('2个百分点', 'change'), ('500人', 'target')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import regex

from .patterns import any_of, required_strings
from .tables import read_table

__all__ = ["ASPECTS", "PRECEDENCE", "aspect_of", "aspect_cues", "AspectCue"]

#: every aspect, in the order the README documents them
ASPECTS = ("total", "new", "part", "change", "target")
#: the order in which cues are tried; a figure no cue fits is a ``total``
PRECEDENCE = ("target", "change", "new", "part")
WHERE = ("part", "unit", "before", "clause", "sentence", "whole_sentence", "whole_lead", "unless", "unless_clause")

#: how far before a figure its cues are looked for: an unpunctuated page is one "sentence", and
#: reading all of it for every figure would make a page's cost grow with the square of its size
WINDOW = 300
#: a ``before`` cue ends where the figure starts: only this many characters before it are read
BEFORE = 24

# searched backwards (REVERSE): the last end mark before a figure, in one call
_CLAUSE_END = regex.compile(r"[，,。；;！!？?\n]", regex.REVERSE)
_SENTENCE_END = regex.compile(r"[。；;！!？?\n]", regex.REVERSE)
_ITEM_END = regex.compile(r"[，,。；;！!？?\n、]", regex.REVERSE)


@dataclass(frozen=True)
class AspectCue:
    aspect: str
    where: str
    cue: str
    example: str
    line: int

    @property
    def pattern(self) -> regex.Pattern:
        return _compile(self.where, self.cue)


@lru_cache(maxsize=None)
def _compile(where: str, cue: str) -> regex.Pattern:
    if where == "before":
        return regex.compile(f"(?:{cue})$")
    if where == "unit":
        return regex.compile(f"(?:{cue})")
    return regex.compile(cue)


@lru_cache(maxsize=None)
def aspect_cues() -> tuple[AspectCue, ...]:
    """The rows of ``aspect_cues.tsv``, checked.

    >>> {c.aspect for c in aspect_cues()} == set(PRECEDENCE)
    True
    """
    out = []
    for r in read_table("aspect_cues.tsv"):
        if r["aspect"] not in PRECEDENCE or r["where"] not in WHERE:
            raise ValueError(f"aspect_cues.tsv:{r.line}: aspect must be one of {PRECEDENCE} and where one of {WHERE};"
                             f" got {r['aspect']!r}, {r['where']!r}")
        try:
            cue = AspectCue(r["aspect"], r["where"], r["cue"], r.get("example", ""), r.line)
            cue.pattern
        except regex.error as e:
            raise ValueError(f"aspect_cues.tsv:{r.line}: bad regular expression {r['cue']!r}: {e}") from None
        out.append(cue)
    return tuple(out)


@lru_cache(maxsize=None)
def _by_aspect() -> dict[str, dict[str, object]]:
    """Per aspect and place: the part roles, and one compiled alternation of the place's cues."""
    table: dict[str, dict[str, object]] = {}
    for a in PRECEDENCE:
        rows = [c for c in aspect_cues() if c.aspect == a]
        places: dict[str, object] = {"part": {c.cue for c in rows if c.where == "part"}}
        for w in WHERE[1:]:
            cues = [c.cue for c in rows if c.where == w]
            places[w] = _compile(w, "|".join(f"(?:{c})" for c in cues)) if cues else None
        table[a] = places
    return table


#: the texts the ``before``/``clause``/``sentence`` cues read, by index in :func:`aspect_of`
_READS = {"before": 0, "clause": 1, "sentence": 2}


class _Gated:
    """A cue pattern and, when :func:`reportmine.patterns.required_strings` knows them, a plain
    ``re`` search for the short strings every match of it holds (:func:`reportmine.patterns.any_of`):
    a text holding none of them is not searched with the (slower) pattern.

    Not a :class:`reportmine.patterns.GramGate`: aspect asks one yes or no of one short text per
    cue or row (the clause, the sentence before a figure), where one search for the strings in C
    costs less than gathering the text's grams (the four row searches of a gold sentence: 0.6 us;
    one ``GramGate.mask`` of the four rows: 1.8 us).

    >>> g = _Gated(regex.compile("其中|(?<![包蕴])含(?![量金义])"))
    >>> g.search("全厂职工860人"), g.search("其中女职工") is not None, g.search("含金量")
    (None, True, None)
    """

    __slots__ = ("pattern", "grams", "gate", "search", "fullmatch")

    def __init__(self, pattern: regex.Pattern) -> None:
        self.pattern = pattern
        self.grams = grams = required_strings(pattern.pattern, grams=True)
        self.gate = any_of(grams) if grams else None
        self.search = pattern.search if self.gate is None else self._search
        self.fullmatch = pattern.fullmatch if self.gate is None else self._fullmatch

    def _search(self, text: str):
        return self.pattern.search(text) if self.gate.search(text) else None

    def _fullmatch(self, text: str):
        return self.pattern.fullmatch(text) if self.gate.search(text) else None


def _row_gate(cues: Sequence[_Gated]) -> re.Pattern | None:
    """One search for the grams of every cue an aspect reads in the sentence or a part of it: where
    the sentence before the figure holds none of them, none of those cues matches there (each of
    its texts is a stretch of the sentence), so the aspect is passed over with one search instead of
    one per cue.  None where a cue's grams are unknown (it must be searched)."""
    if not cues or any(c.gate is None for c in cues):
        return None
    return any_of(frozenset().union(*(c.grams for c in cues)))


@lru_cache(maxsize=None)
def _plan() -> tuple[tuple, ...]:
    """:func:`_by_aspect` in the order cues are tried, as flat rows: ``(aspect, part roles, unit,
    row gate, unless, unless_clause, ((text index, cue) of the present before/clause/sentence cues),
    whole_sentence, whole_lead)``; the cues searched in texts are :class:`_Gated`, and the row gate
    (:func:`_row_gate`) searches for all of their grams at once."""
    rows = []
    for aspect in PRECEDENCE:
        c = {w: _Gated(p) if isinstance(p, regex.Pattern) and w != "unit" else p for w, p in _by_aspect()[aspect].items()}
        reads = tuple((i, c[w]) for w, i in _READS.items() if c[w] is not None)
        searched = [c[w] for w in ("unless", "unless_clause", "whole_sentence", "whole_lead") if c[w] is not None]
        rows.append((aspect, c["part"], c["unit"], _row_gate(searched + [cue for _, cue in reads]), c["unless"],
                     c["unless_clause"], reads, c["whole_sentence"], c["whole_lead"]))
    return tuple(rows)


def _sentence_start(text: str, record) -> int:
    if 0 <= record.sentence_start <= record.start:
        return max(record.sentence_start, record.start - WINDOW)
    return _clause_start(text, max(0, record.start - WINDOW), record.start, _SENTENCE_END)


def _clause_start(text: str, lo: int, at: int, ends: regex.Pattern = _CLAUSE_END) -> int:
    """Where the stretch ending at ``at`` starts: just after the last mark of ``ends`` in
    ``text[lo:at]``, else ``lo``.

    >>> t = "会员3200人，其中农民工512人；新发展680人"
    >>> [_clause_start(t, 0, t.index(n), e) for n, e in (("512", _CLAUSE_END), ("680", _SENTENCE_END), ("680", _ITEM_END))]
    [8, 18, 18]
    >>> _clause_start(t, 9, t.index("512")), _clause_start(t, 5, 5)
    (9, 5)
    """
    m = ends.search(text, lo, at)
    return m.end() if m else min(at, lo)


def aspect_of(record, text: str = "", records: Sequence = (), skip: Sequence[str] = ()) -> str:
    """The aspect of ``record`` in its article ``text`` (its evidence when ``text`` is empty).

    ``records`` (the article's records, in text order) serve the cues that look for a whole before it;
    aspects in ``skip`` are not considered (a target's underlying aspect: ``skip=("target",)``).

    >>> from types import SimpleNamespace as R
    >>> r = R(evidence="力争新发展会员800人。", mention="800人", raw_unit="人", part="plan")
    >>> aspect_of(r), aspect_of(r, skip=("target",))
    ('target', 'new')
    """
    if not text:
        text, start = record.evidence, max(record.evidence.find(record.mention), 0)
        lo = max(0, start - WINDOW)
    else:
        start = record.start
        lo = _sentence_start(text, record)
    lo = _clause_start(text, lo, start, _SENTENCE_END)  # a ；-joined sentence: its own stretch
    sentence = text[lo:start]
    at = _clause_start(text, lo, start)
    clause = text[at:start]
    item = None  # read only when a whole_lead cue is tried
    texts = (clause[-BEFORE:], clause, sentence)
    raw_unit = record.raw_unit or ""
    for aspect, roles, unit, gate, unless, unless_clause, reads, whole_sentence, whole_lead in _plan():
        if aspect in skip:
            continue
        if record.part in roles:
            return aspect
        if unit is not None and unit.fullmatch(raw_unit):
            return aspect
        if gate is not None and not gate.search(sentence):
            continue  # no cue of this aspect can match in the sentence or a part of it
        if (unless is not None and unless.search(sentence)) or (unless_clause is not None and unless_clause.search(clause)):
            continue
        for i, cue in reads:
            if cue.search(texts[i]):
                return aspect
        whole = whole_sentence is not None and whole_sentence.search(sentence)
        if not whole and whole_lead is not None:
            if item is None:  # the list item: after the last mark of ``_ITEM_END`` (these include the clause's)
                item = text[_clause_start(text, at, start, _ITEM_END):start]
            whole = whole_lead.fullmatch(item)
        if whole and _has_whole(record, records, lo):
            return aspect
    return "total"


def _has_whole(record, records: Sequence, lo: int) -> bool:
    """An earlier, larger figure of the same metric and unit in the record's sentence.

    Rates are never wholes: 94% then 91% in one sentence are two rates, not a rate and its part.
    """
    if record.unit == "percent" or record.value is None:
        return False
    i = bisect.bisect_left(records, record.start, key=lambda o: o.start)
    while i > 0 and records[i - 1].start >= lo:
        i -= 1
        o = records[i]
        if o.metric == record.metric and o.unit == record.unit and o.value is not None and o.value > record.value:
            return True
    return False
