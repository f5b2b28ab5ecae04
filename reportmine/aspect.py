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

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import regex

from .tables import read_table

__all__ = ["ASPECTS", "PRECEDENCE", "aspect_of", "aspect_cues", "AspectCue"]

#: every aspect, in the order the README documents them
ASPECTS = ("total", "new", "part", "change", "target")
#: the order in which cues are tried; a figure no cue fits is a ``total``
PRECEDENCE = ("target", "change", "new", "part")
WHERE = ("part", "unit", "before", "clause", "sentence", "whole_sentence", "whole_lead", "unless")

_CLAUSE_END = regex.compile(r"[，,。；;！!？?\n]")
_SENTENCE_END = regex.compile(r"[。；;！!？?\n]")
_ITEM_END = regex.compile(r"[，,。；;！!？?\n、]")


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
def _by_aspect() -> dict[str, dict[str, list[AspectCue]]]:
    table: dict[str, dict[str, list[AspectCue]]] = {a: {w: [] for w in WHERE} for a in PRECEDENCE}
    for c in aspect_cues():
        table[c.aspect][c.where].append(c)
    return table


def _sentence_start(text: str, record) -> int:
    if 0 <= record.sentence_start <= record.start:
        return record.sentence_start
    i = record.start
    while i > 0 and not _SENTENCE_END.match(text, i - 1):
        i -= 1
    return i


def _clause_start(text: str, lo: int, at: int, ends: regex.Pattern = _CLAUSE_END) -> int:
    i = at
    while i > lo and not ends.match(text, i - 1):
        i -= 1
    return i


def aspect_of(record, text: str = "", records: Sequence = (), skip: Sequence[str] = ()) -> str:
    """The aspect of ``record`` in its article ``text`` (its evidence when ``text`` is empty).

    ``records`` (the article's other records) is accepted for cues that look at neighbours;
    aspects in ``skip`` are not considered (a target's underlying aspect: ``skip=("target",)``).

    >>> from types import SimpleNamespace as R
    >>> r = R(evidence="力争新发展会员800人。", mention="800人", raw_unit="人", part="plan")
    >>> aspect_of(r), aspect_of(r, skip=("target",))
    ('target', 'new')
    """
    if not text:
        text, start = record.evidence, record.evidence.find(record.mention)
        lo = 0
        start = max(start, 0)
    else:
        start = record.start
        lo = _sentence_start(text, record)
    lo = _clause_start(text, lo, start, _SENTENCE_END)  # a ；-joined sentence: its own stretch
    sentence = text[lo:start]
    clause = text[_clause_start(text, lo, start):start]
    item = text[_clause_start(text, lo, start, _ITEM_END):start]
    texts = {"before": clause, "clause": clause, "sentence": sentence}
    table = _by_aspect()
    for aspect in PRECEDENCE:
        if aspect in skip:
            continue
        cues = table[aspect]
        if any(c.cue == record.part for c in cues["part"]):
            return aspect
        if any(c.pattern.fullmatch(record.raw_unit or "") for c in cues["unit"]):
            return aspect
        if any(c.pattern.search(sentence) for c in cues["unless"]):
            continue
        if any(c.pattern.search(texts[w]) for w in ("before", "clause", "sentence") for c in cues[w]):
            return aspect
        if (any(c.pattern.search(sentence) for c in cues["whole_sentence"])
                or any(c.pattern.fullmatch(item) for c in cues["whole_lead"])) and _has_whole(record, records, lo):
            return aspect
    return "total"


def _has_whole(record, records: Sequence, lo: int) -> bool:
    """An earlier, larger figure of the same metric and unit in the record's sentence.

    Rates are never wholes: 94% then 91% in one sentence are two rates, not a rate and its part.
    """
    if record.unit == "percent":
        return False
    return any(lo <= o.start < record.start and o.metric == record.metric and o.unit == record.unit
               and o.value is not None and record.value is not None and o.value > record.value for o in records)
