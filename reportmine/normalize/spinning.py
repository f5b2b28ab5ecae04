"""Spun synonyms: words a rewriting tool swapped in for the author's.

Template sites run reports through "伪原创" tools that replace words by
near-synonyms: 服务 → 效劳, 基础 → 根底, 发展 → 开展, 安全 → 平安 …  The
original can rarely be proved, so :func:`flag_spun_synonyms` only *reports*
them (flag edits: logged, text unchanged) — and only on a page that carries
clear evidence of spinning (two distinct strong words such as 效劳 and 根底),
so that an ordinary 开展 or 平安 in a normal report is never touched.  The
one kind of repair it makes is where the original is certain: a fixed term
no author writes otherwise (科学开展观 → 科学发展观).  The words live in
``data/spun.tsv``.

>>> text = "坚持以科学开展观为统领，效劳地方经济，夯实基层根底。"
>>> [(text[e.start:e.end], e.replacement, e.start == e.end or text[e.start:e.end] == e.replacement) for e in flag_spun_synonyms(text)]
[('科学开展观', '科学发展观', False), ('效劳', '效劳', True), ('根底', '根底', True)]
>>> flag_spun_synonyms("开展安全生产检查，确保平安。")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..textedit import Edit
from ..tables import read_table

__all__ = ["SpunWord", "spun_words", "flag_spun_synonyms", "MIN_EVIDENCE"]

#: Distinct certain/strong words a page needs before its weak words are flagged.
MIN_EVIDENCE = 2
STRENGTHS = ("certain", "strong", "weak")


@dataclass(frozen=True)
class SpunWord:
    spun: str
    original: str
    strength: str
    pattern: re.Pattern
    note: str


@lru_cache(maxsize=1)
def spun_words() -> tuple[SpunWord, ...]:
    """The table ``data/spun.tsv``, compiled."""
    out = []
    for r in read_table("spun.tsv", __package__):
        if r["strength"] not in STRENGTHS:
            raise ValueError(f"spun.tsv:{r.line}: strength {r['strength']!r} is not one of {STRENGTHS}")
        after = f"(?={r['after']})" if r["after"] else ""
        out.append(SpunWord(r["spun"], r["original"], r["strength"], re.compile(re.escape(r["spun"]) + after), r["note"]))
    return tuple(out)


def flag_spun_synonyms(text: str) -> list[Edit]:
    """Repair certain spun terms; on a page that shows spinning, flag the other spun words.

    The weak words are looked for only on such a page (elsewhere they are never edited).
    """
    hits = [(m.start(), m.end(), w) for w in spun_words() if w.strength != "weak" for m in w.pattern.finditer(text)]
    evidence = {w.spun for _, _, w in hits}
    spun_page = len(evidence) >= MIN_EVIDENCE
    if spun_page:
        hits += [(m.start(), m.end(), w) for w in spun_words() if w.strength == "weak" for m in w.pattern.finditer(text)]
    edits, last_end = [], -1
    for start, end, w in sorted(hits, key=lambda h: (h[0], -h[1])):
        if start < last_end:
            continue  # 科学开展观 already covers its 开展
        if w.strength == "certain":
            edits.append(Edit(start, end, w.original, note=f"spun synonym, certain: {w.spun} → {w.original} ({w.note})"))
        elif spun_page:
            edits.append(Edit(start, end, w.spun, note=f"spun synonym? {w.spun} probably for {w.original}"))
        else:
            continue
        last_end = end
    return edits
