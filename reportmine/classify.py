"""Typing of figures: metric, subject, period (records.md).

The metric comes from cue words kept as data (``data/metrics.tsv``): each row says which
metric a cue speaks for, which units that metric accepts, how specific it is (priority) and
how far it reaches (its own clause, the sentence, or the paragraph's lead).  A figure takes
the best cue of the closest context that has one: first its own phrase (between its
neighbours in the clause), then the clause, the sentence, the paragraph lead; where no cue
fits, a default by unit (``data/metric_defaults.tsv``).  A cue may name a *context* that its
sentence must hold (惠及 counts relief recipients only in a sentence about relief).

Readings chosen where the taxonomy leaves room (documented in ``data/metrics.tsv``): a change in
percent (同比增长12%) is ``other``, a change in percentage points keeps the metric of the rate it
changes; fulfilment rates (办结率, 完成…任务的) are ``completion_rate``; rates of a target population
reached (体检率, 帮扶率, 入会率) are ``coverage_rate``; success, pass and satisfaction rates and any
other named rate are ``share``; teams, groups and facilities counted are ``other``.

>>> from reportmine.figures import find_figures
>>> text = "续签企业270家，覆盖职工2195人。"
>>> [classify_metric(text, f, Window.whole(text))[0] for f in find_figures(text)]
['contracts', 'workers']
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import InitVar, dataclass
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import Sequence

import regex

from .figures import Figure, cell_gap
from .model import _slot_init
from .patterns import CATEGORIES, GramGate, parse as parse_pattern, required_strings, sre
from .tables import read_table

__all__ = [
    "Cue", "Window", "cues", "candidate_cues", "window_safe", "match_spans", "classify_metric", "best_cue", "cue_hits", "cue_evidence", "sentence_matches", "find_subject", "find_periods", "governing_periods",
    "mask_titles", "SCOPES",
]

#: the level of each scope of ``data/metrics.tsv``; ``next_clause`` governs at clause level, and
#: also the clause after its own (:attr:`Cue.next_clause`)
SCOPES = {"clause": 0, "next_clause": 0, "sentence": 1, "paragraph": 2}


@dataclass(frozen=True)
class Cue:
    """One row of ``data/metrics.tsv``."""

    metric: str
    pattern: regex.Pattern | LazyRegex  # the `regex` module (a look-behind may have any width), compiled at first use
    units: frozenset[str]  # empty = any
    priority: int
    scope: int  # 0 clause, 1 sentence, 2 paragraph
    context: re.Pattern | None = None  # must occur in the sentence for the cue to count
    #: strings of one or two characters one of which every match holds (None: unknown, always
    #: searched); see :func:`reportmine.patterns.required_strings`
    triggers: frozenset[str] | None = None
    #: its matches in a window are those of its sentence inside the window (see :func:`window_safe`)
    window_safe: bool = False
    #: scope ``next_clause``: it also governs a figure in the clause after its own, in the same
    #: sentence, whose clause names nothing (入会率偏低，约为43%: :func:`_clause_before`)
    next_clause: bool = False
    #: a scanner to use instead of :attr:`scanner`'s (tests)
    scan_with: InitVar[re.Pattern | regex.Pattern | None] = None

    def __post_init__(self, scan_with) -> None:
        if scan_with is not None:
            self.__dict__["scanner"] = scan_with

    @cached_property
    def scanner(self) -> re.Pattern | regex.Pattern:
        """What scans for ``pattern``: the faster of ``re`` and ``regex`` for it (:func:`_scanner`),
        same matches; made at its first search (compiling every cue's costs a third of start-up)."""
        return _scanner(self.pattern)

    def fits(self, fig: Figure) -> bool:
        """Does the cue speak for ``fig``'s unit?  A change in percentage points (提高了2.3个百分点)
        is a difference of levels, so it keeps the metric of the rate it changes: the growth cues
        (metric ``other`` on percents) do not apply to it, save those whose units name ``points``
        (a gap between two growth rates, 工资增幅高于管理人员0.8个百分点, is no rate's level)."""
        return (not self.units or fig.unit in self.units) and not (
            self.metric == "other" and fig.in_points and "points" not in self.units)


@_slot_init  # built per figure: each field through its slot
@dataclass(frozen=True, slots=True)
class Hit:
    """A cue found near a figure."""

    cue: Cue
    start: int
    end: int
    score: tuple  # larger is better


@dataclass(frozen=True)
class Window:
    """The text spans around one figure, from narrowest to widest (offsets into the text)."""

    local: tuple[int, int]  # between the neighbouring figures of the same clause
    clause: tuple[int, int]
    sentence: tuple[int, int]
    lead: str = ""  # paragraph lead and heading: the topic the paragraph is about

    @classmethod
    def whole(cls, text: str) -> "Window":
        """Every level spans the whole text (for single phrases and doctests)."""
        span = (0, len(text))
        return cls(span, span, span, "")


#: what a key of a key-value line may not hold: a mark, a digit (a key is a name, not a sentence)
_KEY_STOP = re.compile(r"[，。；：！？、,;:!?（）()0-9０-９]")
#: the longest key read (会员总数, 全年工会经费收入, 帮扶困难职工)
KEY_MAX = 12


def line_key(text: str, fig: Figure, win: Window) -> str:
    """The key of a short key-value line whose value ``fig`` is (基层分会：14个 → 基层分会), else "".

    A key-value line names what it counts before a colon, then gives the figure alone: the colon
    ends a clause, so without this the figure's clause names nothing.  It holds where the figure
    opens the clause right after a colon (nothing but blanks between them, no figure before it in
    the clause) and what stands before the colon in the sentence is one short key (2 to
    :data:`KEY_MAX` characters, no mark or digit: 统计截止日期 before a date is no figure's key).

    >>> from reportmine.figures import find_figures
    >>> t = "帮扶困难职工：68人"
    >>> line_key(t, find_figures(t)[0], Window((7, 10), (7, 10), (0, 10)))
    '帮扶困难职工'
    >>> t = "一是强化帮扶，慰问困难职工：68人"
    >>> line_key(t, find_figures(t)[0], Window((14, 17), (14, 17), (0, 17)))
    ''
    """
    ca = win.clause[0]
    if ca < 3 or text[ca - 1] not in "：:" or win.local[0] != ca or not text[ca:fig.start].isspace() and ca != fig.start:
        return ""
    key = text[win.sentence[0]:ca - 1].strip()
    if not 2 <= len(key) <= KEY_MAX or _KEY_STOP.search(key):
        return ""
    return key


def key_line_window(text: str, fig: Figure, win: Window) -> Window:
    """``win`` with its phrase and clause widened back over the key of a key-value line
    (:func:`line_key`), so that the key's cues are read as those of 基层分会14个; else ``win``.

    >>> from reportmine.figures import find_figures
    >>> t = "基层分会：14个"
    >>> w = key_line_window(t, find_figures(t)[0], Window((5, 8), (5, 8), (0, 8)))
    >>> w.local, w.clause
    ((0, 8), (0, 8))
    """
    if not line_key(text, fig, win):
        return win
    s = win.sentence[0]
    return Window((s, win.local[1]), (s, win.clause[1]), win.sentence, win.lead)


class LazyRegex:
    """A ``regex`` pattern compiled at its first use: ``pattern`` (the source) is read without
    compiling, everything else (``search``, ``finditer``, ``flags`` …) compiles it once.  The cue
    table's rows are many and a page meets few of them: compiling all of them cost a tenth of
    start-up.

    >>> p = LazyRegex("会员|职工")
    >>> p.pattern, p.search("新发展会员12人").group()
    ('会员|职工', '会员')
    """

    __slots__ = ("pattern", "_compiled")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: regex.Pattern | None = None

    def __getattr__(self, name: str):
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(self.pattern)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r})"


#: re's flags a pattern without inline flags has (a str pattern: unicode)
_PLAIN_FLAGS = re.compile("").flags


def _scanner(pattern: regex.Pattern | LazyRegex) -> re.Pattern | regex.Pattern:
    """The faster of the two engines for ``pattern`` (they match the same): Python's ``re`` where it
    can skip ahead to the characters a match opens with (:func:`_opens_with_a_character`), else
    ``pattern`` itself: ``regex`` looks for what a match needs before trying a position, where ``re``
    would try each one; and ``regex`` where ``re`` cannot read the pattern (a look-behind of variable
    width).

    >>> _scanner(regex.compile("会员|职工")).__class__ is re.Pattern
    True
    >>> _scanner(regex.compile("(?<!(?:开展|进行)[^，。]{0,6})合同")).__class__ is re.Pattern
    False
    """
    parsed = parse_pattern(pattern.pattern)
    if parsed is None:
        return pattern
    if parsed.state.flags != _PLAIN_FLAGS:  # inline flags ((?i) …): ``regex`` as written
        return pattern
    source = pattern.pattern
    if not _opens_with_a_character(list(parsed)):
        source = _literal_first(parsed)  # the same pattern written so that every choice opens with a character
        if source is None:
            return pattern
    try:
        return re.compile(source)
    except re.error:
        return pattern


#: at most this many choices in a pattern rewritten by :func:`_literal_first`
_MAX_CHOICES = 256


def _literal_first(parsed) -> str | None:
    """The parsed pattern written as choices that each open with a character, matching what it
    matches (same spans, same order of trial), so that ``re`` skips ahead to those characters; None
    where it cannot be written so (a choice opens with a repeat, an optional word, a wide class …).

    Three rewrites, each exact for a backtracking engine: a choice of words that opens a choice is
    spread over it (``(?:专职|兼职)干部`` → ``专职干部|兼职干部``: tried in the same order); a class of a
    few characters that opens it is one choice per character (only one of them can match there); and
    a look-behind before the first character moves after it, holding that character
    (``(?<![会职])委员`` → ``委(?<![会职]委)员``: the character just matched).  Each choice is written
    out and read back, and must give the same tree.

    >>> [_literal_first(parse_pattern(p)) for p in ("(?<![会职])委员|[一二]等奖", "(?:同比)?增长", "组建率|(?:参加|入会)[^，。]{0,4}比例")]
    ['委(?<![会职]委)员|一等奖|二等奖', None, '组建率|参加(?:[^，。]){0,4}比例|入会(?:[^，。]){0,4}比例']
    """
    choices = _open_with_literals(list(parsed))
    if not choices or len(choices) > _MAX_CHOICES:
        return None
    out = []
    for items in choices:
        source = _unparse(items)
        if source is None:
            return None
        back = parse_pattern(source)
        if back is None or _dump(back) != _dump(items):
            return None  # (not written faithfully: a group number, a flag …)
        out.append(source)
    return "|".join(out)


def _open_with_literals(items: list) -> list[list] | None:
    """``items`` (a sequence) as choices that each open with a LITERAL (see :func:`_literal_first`)."""
    if not items:
        return None
    behind = []
    while items and str(items[0][0]) in ("ASSERT", "ASSERT_NOT") and items[0][1][0] < 0:
        behind.append(items[0])  # look-behinds before the first character
        items = items[1:]
    if not items:
        return None
    op, av = items[0]
    op = str(op)
    if op == "LITERAL":
        heads = [items]
    elif op == "IN" and all(str(o) == "LITERAL" for o, _ in av) and len(av) <= 16:
        heads = [[(o, a)] + items[1:] for o, a in av]  # [一二]等奖: one choice per character
    elif op == "BRANCH":
        heads = []
        for choice in av[1]:
            spread = _open_with_literals(list(choice) + items[1:])  # (?:专职|兼职)干部: spread over the choice
            if spread is None or len(heads) + len(spread) > _MAX_CHOICES:
                return None
            heads.extend(spread)
    else:
        return None
    if behind:
        literal = heads[0][0][0]  # the LITERAL operator
        out = []
        for h in heads:
            if str(h[0][0]) != "LITERAL" or h[0][0] is not literal:
                return None
            moved = [(o, (d, list(sub) + [h[0]])) for o, (d, sub) in behind]  # (?<!X)c → c(?<!Xc)
            out.append([h[0]] + moved + list(h[1:]))
        heads = out
    return heads


_AT = {"AT_BEGINNING": "^", "AT_END": "$", "AT_BOUNDARY": r"\b", "AT_NON_BOUNDARY": r"\B",
       "AT_BEGINNING_STRING": r"\A", "AT_END_STRING": r"\Z"}


def _unparse(items) -> str | None:
    """A pattern for a parsed sequence (None: an item not written here); :func:`_literal_first`
    reads it back to check it."""
    out = []
    for op, av in items:
        op = str(op)
        if op == "LITERAL":
            out.append(re.escape(chr(av)))
        elif op == "NOT_LITERAL":
            out.append("[^" + re.escape(chr(av)) + "]")
        elif op == "ANY":
            out.append(".")
        elif op == "IN":
            part = []
            for o, a in av:
                o = str(o)
                if o == "NEGATE":
                    part.append("^")
                elif o == "LITERAL":
                    part.append(re.escape(chr(a)))
                elif o == "RANGE":
                    part.append(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
                elif o == "CATEGORY" and str(a) in CATEGORIES:
                    part.append(CATEGORIES[str(a)])
                else:
                    return None
            out.append("[" + "".join(part) + "]")
        elif op == "CATEGORY" and str(av) in CATEGORIES:
            out.append(CATEGORIES[str(av)])
        elif op == "AT" and str(av) in _AT:
            out.append(_AT[str(av)])
        elif op == "BRANCH":
            subs = [_unparse(b) for b in av[1]]
            if any(x is None for x in subs):
                return None
            out.append("(?:" + "|".join(subs) + ")")
        elif op in ("MAX_REPEAT", "MIN_REPEAT"):
            lo, hi, sub = av
            inner = _unparse(sub)
            if inner is None:
                return None
            most = "" if hi == sre()[1].MAXREPEAT else str(hi)
            out.append("(?:" + inner + ")" + "{" + str(lo) + "," + most + "}" + ("?" if op == "MIN_REPEAT" else ""))
        elif op in ("ASSERT", "ASSERT_NOT"):
            direction, sub = av
            inner = _unparse(sub)
            if inner is None:
                return None
            out.append("(?" + ("<" if direction < 0 else "") + ("=" if op == "ASSERT" else "!") + inner + ")")
        else:  # a group (its number), GROUPREF, a possessive repeat …
            return None
    return "".join(out)


def _dump(tree):
    """A parse tree as plain nested lists and tuples (operators by name), to compare two trees."""
    if hasattr(tree, "data"):
        tree = tree.data
    if isinstance(tree, (list, tuple)):
        return [_dump(x) for x in tree] if isinstance(tree, list) else tuple(_dump(x) for x in tree)
    return str(tree) if type(tree).__name__ == "_NamedIntConstant" else tree


def _opens_with_a_character(items: list) -> bool:
    """Does a match open with one of a known set of characters that ``re`` skips ahead to: a character,
    a class, or a choice whose every branch opens with a character (in a group or not)?  A look-behind
    of one character before it is a quick test too.

    >>> [_opens_with_a_character(list(parse_pattern(p))) for p in ("会员|职工", "(?:同比)?增长", "[一二]等奖|奖杯", "(?<=[%成])企业")]
    [True, False, False, True]
    """
    if not items:
        return False
    op, av = items[0]
    op = str(op)
    if op == "SUBPATTERN":
        return not av[1] & re.IGNORECASE and _opens_with_a_character(list(av[-1]))
    if op == "ASSERT" and av[0] < 0:
        behind = list(av[1])
        return len(behind) == 1 and str(behind[0][0]) in ("LITERAL", "IN")
    if op == "BRANCH":
        return all(b and str(list(b)[0][0]) == "LITERAL" for b in av[1])
    return op in ("LITERAL", "IN")


@lru_cache(maxsize=None)
def cues() -> tuple[Cue, ...]:
    """The cue table.

    >>> any(c.metric == "members" and c.pattern.search("会员共计") for c in cues())
    True
    """
    out = []
    rows = read_table("metrics.tsv")
    # a character many cues share (工, 会, 员, 职 …) is common in the reports too: a pair without it
    # is the better trigger (员率, not 会员, for 会员率), so fewer cues are searched in vain
    shared = Counter(c for r in rows for c in set(r["cue"]))
    for r in rows:
        units = frozenset(u.strip() for u in r["units"].split(",") if u.strip() and u.strip() != "*")
        context = (r.get("context") or "").strip()
        triggers = required_strings(r["cue"], grams=True, shared=shared)
        if triggers is None and context:
            # a pattern whose matches hold no string for sure (its words stand in a look-behind: 会员中，…)
            # is searched only where its context, which must occur in the sentence, may
            triggers = required_strings(context, grams=True, shared=shared)
        out.append(Cue(r["metric"], LazyRegex(r["cue"]), units, int(r["priority"]), SCOPES[r["scope"]],
                       re.compile(context) if context else None, triggers, window_safe(r["cue"]),
                       r["scope"] == "next_clause"))
    return tuple(out)


def window_safe(pattern: str) -> bool:
    """Are the matches of ``pattern`` in a window of a span exactly its matches in the whole span that
    lie inside the window, wherever no match of the span crosses the window's edges?  So where the
    pattern has no look-ahead and no anchor (^, $, \\b …): what it matches then depends on no text
    after the match, and a look-behind sees the text before the window either way.

    >>> window_safe("困难职工|特困户"), window_safe("(?<=协会)会员"), window_safe("就业(?!形态)"), window_safe("^会员")
    (True, True, False, False)
    """
    parsed = parse_pattern(pattern)
    return parsed is not None and _no_lookahead(list(parsed))


def _no_lookahead(items: list) -> bool:
    for op, av in items:
        op = str(op)
        if op == "AT" or (op in ("ASSERT", "ASSERT_NOT") and av[0] > 0):
            return False
        subs = []
        if op in ("ASSERT", "ASSERT_NOT"):
            subs = [av[1]]
        elif op == "SUBPATTERN":
            subs = [av[-1]]
        elif op == "BRANCH":
            subs = av[1]
        elif op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            subs = [av[2]]
        elif op == "GROUPREF_EXISTS":
            subs = [x for x in av[1:] if x is not None]
        elif op in ("ATOMIC_GROUP",):
            subs = [av]
        if not all(_no_lookahead(list(x)) for x in subs):
            return False
    return True


def candidate_cues(text: str, lo: int, hi: int) -> tuple[Cue, ...]:
    """The cues that may match somewhere in ``text[lo:hi]``, in table order: those none of whose
    triggers (:attr:`Cue.triggers`) occurs there are left out (no search).

    >>> t = "慰问困难职工120户"
    >>> all(c.pattern.search(t) is None for c in cues() if c not in candidate_cues(t, 0, len(t)))
    True
    """
    return _trigger_index().candidates(text, lo, hi)


@lru_cache(maxsize=None)
def _trigger_index() -> GramGate[Cue]:
    """The cue table indexed by its triggers (:class:`reportmine.patterns.GramGate`)."""
    table = cues()
    return GramGate(table, [c.triggers for c in table])


@lru_cache(maxsize=None)
def _defaults() -> dict[str, str]:
    return {r["unit"]: r["metric"] for r in read_table("metric_defaults.tsv")}


_TITLE = re.compile(r"《[^《》\n]{0,60}》|〈[^〈〉\n]{0,30}〉|“[^“”\n]{11,80}”")


def mask_titles(text: str) -> str:
    """``text`` with the inside of 《》 titles and of long quoted slogans blanked (names, not cues).

    >>> mask_titles("学习《工会法》，会员")
    '学习《□□□》，会员'
    """
    return _TITLE.sub(lambda m: m.group()[0] + "□" * (len(m.group()) - 2) + m.group()[-1], text)


def _scan(text: str, lo: int, hi: int, fig: Figure, level: int, *, local: bool, fitting: Sequence[Cue],
          spans: dict[int, list[tuple[int, int]]] | None = None, context_in_window: bool = False) -> list[tuple]:
    """The matches in ``text[lo:hi]`` of the cues of ``fitting`` (:func:`_fitting`) that may govern
    at ``level``, each as (score, cue, start, end), the larger score the better; ``spans``: the
    matches of each cue (by ``id``) in a span holding ``text[lo:hi]`` (:func:`match_spans`), reused
    where exact (:func:`_window_matches`; inline for a cue of few matches, as is :func:`_adjacent`).
    ``context_in_window``: the figure's statement was empty, so a cue's context must occur in the
    window itself."""
    hits = []
    start, end = fig.start, fig.end
    first_de = -1
    if local:
        if end < hi:
            first_de = text.find("的", end, min(hi, end + 12))
        strip = _subject_words()["tail"].strip_prefixes
    for cue in fitting:
        if cue.scope < level:
            continue
        if context_in_window and cue.context is not None and not cue.context.search(text[lo:hi]):
            continue
        found = spans.get(id(cue)) if spans is not None and cue.window_safe else None
        if not local and found is not None and len(found) > 8:
            near = _nearest_outside(found, lo, hi, start, end)
            if near is not None:  # only the nearest match on each side can win (a score is priority, distance)
                for a, b in near:
                    hits.append(((cue.priority, -(start - b if b <= start else a - end)), cue, a, b))
                continue
        if found is not None and len(found) <= 8:  # _window_matches of a short sentence, inline
            inside: list | None = []
            for a, b in found:
                if a < lo < b or a < hi < b:
                    inside = None  # a match crosses an edge: the window is searched
                    break
                if lo <= a and b <= hi:
                    inside.append((a, b))
            if inside is None:
                inside = [m.span() for m in cue.scanner.finditer(text, lo, hi)]
        else:
            inside = _window_matches(text, lo, hi, cue, spans)
        for a, b in inside:
            if a < end and b > start:
                continue
            dist = start - b if b <= start else a - end
            prio = cue.priority
            if first_de >= 0 and end <= a and b <= first_de:
                prio -= 3  # a modifier before 的 (三家建工会的外商独资企业): not the head
            elif local and (_right_after(text, end, a) if a >= end else not strip(text[b:start - cell_gap(text, start)])):  # _adjacent
                prio += ADJACENT_BONUS  # the counted noun itself: 走访2023多家企业, 会员共计1438人
            hits.append(((prio, -dist), cue, a, b))
    return hits


def _nearest_outside(found: list[tuple[int, int]], lo: int, hi: int, start: int, end: int) -> list[tuple[int, int]] | None:
    """Of the matches ``found`` (ascending, not overlapping) that lie in ``text[lo:hi]``, the nearest
    one ending before ``start`` and the nearest one starting at ``end`` or after (in that order), or
    None where a match crosses the window's edge (the window must be searched in place: see
    :func:`_window_matches`).  Outside the figure's phrase a hit scores by its cue's priority and its
    distance only, so no other match of the cue can win; bisections, so that a sentence of
    thousands of figures stays linear.

    >>> _nearest_outside([(0, 2), (5, 7), (12, 14), (20, 22)], 0, 30, 9, 11)
    [(5, 7), (12, 14)]
    >>> _nearest_outside([(0, 2), (5, 7)], 1, 30, 9, 11) is None
    True
    """
    i = bisect.bisect_left(found, (lo,))  # the first match starting at lo or after
    j = bisect.bisect_left(found, (hi,))  # the first starting at hi or after
    if i and found[i - 1][1] > lo or j and found[j - 1][1] > hi:
        return None
    j = bisect.bisect_left(found, (hi + 1,), j)
    while j > i and found[j - 1][1] > hi:
        j -= 1
    out = []
    k = bisect.bisect_right(found, start, i, j, key=_END)  # the first ending after start
    if k > i:
        out.append(found[k - 1])
    k = bisect.bisect_left(found, end, i, j, key=_START)  # the first starting at end or after
    if k < j:
        out.append(found[k])
    return out


_START, _END = itemgetter(0), itemgetter(1)  # of a match's (start, end)


def _fitting(text: str, fig: Figure, win: Window, cands: Sequence[Cue],
             spans: dict[int, list[tuple[int, int]]] | None) -> tuple[list[Cue], str | None]:
    """The cues of ``cands`` (in order) that may give ``fig`` a hit, and its statement
    (:func:`_statement`; None where no cue asked): those that fit its unit, whose context (if any)
    occurs in the statement, and, where ``spans`` of the sentence are known, that match in the
    sentence or are not :func:`window_safe` (a window may hold a match its sentence has not)."""
    unit, points = fig.unit, fig.in_points
    fitting = [cue for cue in _active_cues(cands, spans) if (not cue.units or unit in cue.units)  # Cue.fits, inline: per figure
               and not (points and cue.metric == "other" and "points" not in cue.units)]
    if all(cue.context is None for cue in fitting):
        return fitting, None  # no fitting cue asks for the statement
    statement = _statement(text, fig, win)
    if not statement:
        return fitting, statement
    held = _contexts_held(text, statement)
    return [cue for cue in fitting if cue.context is None or _holds(held, cue.context, statement)], statement


#: the statement last asked about (its text, by identity, and its string) and, per context
#: pattern, whether it occurs there: the figures of one statement ask the same question (a run-on
#: page of 24,000 figures is one statement, which each figure's context search read whole)
_last_statement: tuple = (None, None, {})


def _contexts_held(text: str, statement: str) -> dict:
    """The memo of context searches in ``statement`` (kept while the figures stay in it)."""
    global _last_statement
    last = _last_statement
    if last[0] is text and last[1] == statement:
        return last[2]
    _last_statement = (text, statement, {})
    return _last_statement[2]


def _holds(held: dict, context: re.Pattern, statement: str) -> bool:
    found = held.get(context)
    if found is None:
        found = held[context] = context.search(statement) is not None
    return found


#: the sentence last asked about (its cands and spans, by identity) and its :func:`_active_cues`
_last_sentence: tuple = (None, None, ())


def _active_cues(cands: Sequence[Cue], spans: dict[int, list[tuple[int, int]]] | None
                 ) -> Sequence[Cue]:
    """The cues of ``cands`` that may match in windows of the sentence (where ``spans`` of the sentence
    are known, the window-safe ones without a match there are left out); worked out once per sentence."""
    global _last_sentence
    last = _last_sentence
    if last[0] is cands and last[1] is spans:
        return last[2]
    active = cands if spans is None else [cue for cue in cands if not cue.window_safe or id(cue) in spans]
    _last_sentence = (cands, spans, active)
    return active


def _first_best(hits: list[tuple]) -> tuple:
    """The first of the hits with the highest score (as ``max`` by score)."""
    best = hits[0]
    for h in hits:
        if h[0] > best[0]:
            best = h
    return best


ADJACENT_BONUS = 2


def _window_matches(text: str, lo: int, hi: int, cue: Cue, spans: dict[int, list[tuple[int, int]]] | None):
    """The matches of ``cue`` in ``text[lo:hi]``: those of the span around it that lie inside where that
    is exact (:func:`window_safe`, none crossing an edge), else searched in place (so a look-behind sees
    the text before the window: 会员 of a 协会 named earlier)."""
    if spans is not None and cue.window_safe:
        found = spans.get(id(cue), ())
        if len(found) > 8:  # a long sentence: bisected (the spans ascend), not read through per window
            i = bisect.bisect_left(found, (lo,))  # the first span starting at lo or after
            j = bisect.bisect_left(found, (hi,))  # the first starting at hi or after
            if not (i and found[i - 1][1] > lo or j and found[j - 1][1] > hi):  # (the last before them ends latest)
                return [ab for ab in found[i:bisect.bisect_left(found, (hi + 1,), j)] if ab[1] <= hi]
        else:
            inside = []
            for a, b in found:
                if a < lo < b or a < hi < b:
                    break
                if lo <= a and b <= hi:
                    inside.append((a, b))
            else:
                return inside
    global _window_memo
    memo = _window_memo
    if memo[0] is not text:
        memo = _window_memo = (text, {})
    elif len(memo[1]) > 4096:
        memo[1].clear()
    key = (id(cue), lo, hi)
    found = memo[1].get(key)
    if found is None:  # the figures of a clause or sentence search the same window: once
        found = memo[1][key] = [m.span() for m in cue.scanner.finditer(text, lo, hi)]
    return found


#: the text last searched in place (by identity) and its window searches: (id of cue, lo, hi) -> spans
_window_memo: tuple = (None, {})


def match_spans(matches: Sequence[tuple[Cue, int, int]]) -> dict[int, list[tuple[int, int]]]:
    """:func:`sentence_matches` grouped by cue (``id``), for :func:`best_cue`."""
    out: dict[int, list[tuple[int, int]]] = {}
    for cue, a, b in matches:
        out.setdefault(id(cue), []).append((a, b))
    return out


def _adjacent(text: str, fig: Figure, a: int, b: int) -> bool:
    """Does the cue at ``text[a:b]`` stand right by the figure (the noun it counts)?"""
    if a >= fig.end:
        return _right_after(text, fig.end, a)
    return not _subject_words()["tail"].strip_prefixes(text[b:fig.start - cell_gap(text, fig.start)])


def _right_after(text: str, end: int, a: int) -> bool:
    """Does a cue opening at ``a`` stand right after a figure ending at ``end``: within two
    characters, no mark between (企业120家、工会组织80个: 工会 counts the 80, not the 120)?"""
    return a - end <= 2 and (a == end or _MARK_BETWEEN.search(text, end, a) is None)


_MARK_BETWEEN = re.compile("[、，；。：,;:]")


NOUN_METRICS = frozenset({"unions", "enterprises", "workers", "members"})


def _head_noun(text: str, fig: Figure, hi: int, hits: list[tuple]) -> tuple | None:
    """Between plain noun classes, the noun right after the classifier is what is counted
    (检查了三家建工会的外商独资企业 counts 企业, not the 工会 that did the checking); but a best
    hit that starts at that noun and reads on past it reads the noun in its role (把近200名快递员
    吸纳入会: members, not the workers its noun names) and stays."""
    right = text[fig.end:hi]
    m = _SUBJ_PUNCT.search(right)
    cut = m.start() if m else len(right)
    i = _subject_words()["stop"].first(right, 1)
    if 0 < i < cut:
        cut = i
    de = right.rfind("的", 0, cut)
    head_lo, head_hi = fig.end + (de + 1 if de >= 0 else 0), fig.end + cut
    best = _first_best(hits)
    if best[2] <= head_lo < best[3] and best[3] > head_hi:
        return best
    in_head = [h for h in hits if h[1].metric in NOUN_METRICS and head_lo <= h[2] and h[3] <= head_hi]
    return _first_best(in_head) if in_head else None


def _statement(text: str, fig: Figure, win: Window) -> str:
    """The part of ``fig``'s sentence between semicolons: the context a cue's ``context`` must hold
    (文体活动…参与职工2000人次；组织…宣讲5场 — the 宣讲 of the next statement says nothing of it).

    >>> t = "举办讲座3场，受益职工500人次；开展活动，参与职工800人次。"
    >>> w = Window((0, len(t)), (0, len(t)), (0, len(t)))
    >>> _statement(t, Figure(26, 31, 800, "person_time", "人次", "exact"), w)
    '开展活动，参与职工800人次。'
    """
    lo, hi = win.sentence
    marks = _semicolons(text, lo, hi)  # found once a sentence: a search back from each figure was quadratic
    k = bisect.bisect_left(marks, fig.start)
    a = marks[k - 1] if k > 0 else -1
    k = bisect.bisect_left(marks, fig.end, k)
    b = marks[k] if k < len(marks) else -1
    return text[(a + 1 if a >= 0 else lo):(b if b >= 0 else hi)]


#: the sentence last asked about (its text, by identity, and span) and its semicolons' offsets
_last_semicolons: tuple = (None, None, None, [])


def _semicolons(text: str, lo: int, hi: int) -> list[int]:
    """The offsets of ``；`` and ``;`` in ``text[lo:hi]``, ascending (kept while the figures stay in one sentence)."""
    global _last_semicolons
    last = _last_semicolons
    if last[0] is text and last[1] == lo and last[2] == hi:
        return last[3]
    marks = [m.start() for m in _SEMICOLON.finditer(text, lo, hi)]
    _last_semicolons = (text, lo, hi, marks)
    return marks


_SEMICOLON = re.compile("[；;]")


def best_cue(text: str, fig: Figure, win: Window, cands: Sequence[Cue] | None = None,
             spans: dict[int, list[tuple[int, int]]] | None = None) -> Hit | None:
    """The best cue for ``fig``: the closest context that holds one, the highest priority in it.
    ``cands``: :func:`candidate_cues` of its sentence (computed here if not given); ``spans``:
    :func:`match_spans` of its sentence, if known.

    >>> from reportmine.figures import find_figures
    >>> t = "慰问市级劳模16人"
    >>> best_cue(t, find_figures(t)[0], Window.whole(t)).cue.metric
    'relief_recipients'
    """
    if cands is None:
        cands = candidate_cues(text, *win.sentence)
    fitting, statement = _fitting(text, fig, win, cands, spans)
    if fitting:
        levels = ((win.local, 0, True), (win.clause, 0, False), (win.sentence, 1, False))
        empty = None  # a window that gave no hit: at the same or a higher level it gives none either
        for (lo, hi), level, local in levels:
            if level == 1:  # its clause names nothing: a rate named in the clause before it
                hit = _next_clause_hit(text, fig, win, fitting, spans, statement == "")
                if hit is not None:
                    return hit
            if (lo, hi) == empty:
                continue
            hits = _scan(text, lo, hi, fig, level, local=local, fitting=fitting, spans=spans,
                         context_in_window=statement == "")
            if hits:
                best = _first_best(hits)
                if local and best[1].metric in NOUN_METRICS:
                    best = _head_noun(text, fig, hi, hits) or best
                score, cue, a, b = best
                return Hit(cue, a, b, score)
            empty = (lo, hi)
    if win.lead:
        hits = [((cue.priority, 0), cue, -1, -1) for cue in _lead_cues(win.lead)
                if cue.scope >= 2 and cue.fits(fig) and cue.context is None]
        if hits:
            score, cue, a, b = _first_best(hits)
            return Hit(cue, a, b, score)
    return None


def _clause_before(text: str, win: Window) -> tuple[int, int] | None:
    """The span of the clause before the figure's own, in its sentence (without the mark that
    ends it), or None where the figure's clause opens the sentence.

    >>> t = "职工入会率偏低，约为43%"
    >>> a, b = _clause_before(t, Window((8, 13), (8, 13), (0, 13)))
    >>> t[a:b]
    '职工入会率偏低'
    """
    s0, c0 = win.sentence[0], win.clause[0]
    if c0 - 1 <= s0:
        return None
    hi = c0 - 1
    k = hi - 1  # back from the mark that ends it to the mark before (the clause's figures share the walk's length)
    while k >= s0:
        ch = text[k]
        if ch in _CLAUSE_MARKS or ch == "," and not (k > 0 and "0" <= text[k - 1] <= "9" and k + 1 < hi and "0" <= text[k + 1] <= "9"):
            break
        k -= 1
    lo = k + 1
    return (lo, hi) if lo < hi else None


#: The marks that end a clause, and an ASCII comma not between two digits (1,268 is one number):
#: :func:`_clause_before` walks back to one; extraction splits sentences into clauses at them.
CLAUSE_MARKS = "，；：;:（）()"
CLAUSE_END = re.compile(f"[{re.escape(CLAUSE_MARKS)}]|(?<![0-9]),|,(?![0-9])")
_CLAUSE_MARKS = frozenset(CLAUSE_MARKS)


def _next_clause_hit(text: str, fig: Figure, win: Window, fitting: Sequence[Cue],
                     spans: dict[int, list[tuple[int, int]]] | None, context_in_window: bool) -> Hit | None:
    """The best hit, in the clause before ``fig``'s own, of the fitting cues of scope
    ``next_clause`` (a rate named, then its value: 满意度较高，达96%), or None.

    >>> from reportmine.figures import find_figures
    >>> t = "职工满意度较高，达96%"
    >>> fig = find_figures(t)[0]
    >>> _next_clause_hit(t, fig, Window((8, 12), (8, 12), (0, 12)), cues(), None, False).cue.metric
    'share'
    """
    nxt = [cue for cue in fitting if cue.next_clause]
    span = _clause_before(text, win) if nxt else None
    if span is None:
        return None
    hits = _scan(text, span[0], span[1], fig, 0, local=False, fitting=nxt, spans=spans,
                 context_in_window=context_in_window)
    if not hits:
        return None
    score, cue, a, b = _first_best(hits)
    return Hit(cue, a, b, score)


def sentence_matches(text: str, lo: int, hi: int, cands: Sequence[Cue] | None = None) -> list[tuple[Cue, int, int]]:
    """Every cue match in ``text[lo:hi]`` (one scan per sentence, shared by its figures);
    ``cands``: its :func:`candidate_cues` if known."""
    if cands is None:
        cands = candidate_cues(text, lo, hi)
    return [(cue, m.start(), m.end()) for cue in cands for m in cue.scanner.finditer(text, lo, hi)]


@lru_cache(maxsize=1024)
def _lead_cues(lead: str) -> tuple[Cue, ...]:
    return tuple(cue for cue in candidate_cues(lead, 0, len(lead)) if cue.scanner.search(lead)) if lead else ()


def cue_hits(text: str, fig: Figure, win: Window,
             matches: list[tuple[Cue, int, int]] | None = None) -> list[tuple[str, str, bool, bool, int]]:
    """Every cue around ``fig``, as evidence for the learned model: (level, metric, fits the unit,
    stands right by the number, distance).  Level ``p`` phrase, ``c`` clause, ``s`` sentence,
    ``l`` paragraph lead (distance 99).  ``matches``: :func:`sentence_matches` of its sentence.

    >>> from reportmine.figures import find_figures
    >>> t = "慰问困难职工120户，发放慰问金3万元"
    >>> sorted({(lv, m, adj) for lv, m, fits, adj, d in cue_hits(t, find_figures(t)[0], Window.whole(t)) if fits})
    [('p', 'relief_recipients', False), ('p', 'relief_recipients', True)]
    """
    if matches is None:
        matches = sentence_matches(text, *win.sentence)
    win = key_line_window(text, fig, win)
    (pa, pb), (ca, cb) = win.local, win.clause
    start, end = fig.start, fig.end
    statement = None
    out = []
    for cue, a, b in matches:
        if a < end and b > start:
            continue
        if cue.context is not None:
            if statement is None:
                statement = _statement(text, fig, win)
                held = _contexts_held(text, statement)
            if not _holds(held, cue.context, statement):
                continue
        if pa <= a and b <= pb:
            out.append(("p", cue.metric, cue.fits(fig), _adjacent(text, fig, a, b), start - b if b <= start else a - end))
        else:
            out.append(("c" if ca <= a and b <= cb else "s", cue.metric, cue.fits(fig), False, start - b if b <= start else a - end))
    out.extend(("l", cue.metric, cue.fits(fig), False, 99) for cue in _lead_cues(win.lead))
    return out


#: a sentence with at most this many cue matches is read match by match (:func:`cue_evidence`); a
#: longer one through its index (each cue's matches bisected), so a figure costs the same in both
_FEW_MATCHES = 24


class _SentenceCues:
    """One sentence's cue matches (:func:`sentence_matches`) arranged for the evidence of its figures,
    each part worked out when first needed: the semicolons
    of the sentence and each cue's context test per statement, and for a long sentence the matches of
    each cue (first seen first) as starts and ends, and whether they ascend (a :func:`sentence_matches`
    list's do: one scan per cue)."""

    __slots__ = ("matches", "text", "span", "semis", "contexts", "cues", "starts", "ends", "ordered")

    def __init__(self, text: str, span: tuple[int, int], matches: Sequence[tuple[Cue, int, int]]):
        self.matches, self.text, self.span = matches, text, span
        self.semis: list[int] | None = None
        self.contexts: dict[tuple[int, int, int], bool] = {}
        self.cues: list[Cue] | None = None

    def index(self) -> None:
        """The matches of each cue as ascending starts and ends (:attr:`ordered`: they do)."""
        at: dict[int, int] = {}
        self.cues, self.starts, self.ends = [], [], []
        for cue, a, b in self.matches:
            k = at.get(id(cue))
            if k is None:
                k = at[id(cue)] = len(self.cues)
                self.cues.append(cue)
                self.starts.append([])
                self.ends.append([])
            self.starts[k].append(a)
            self.ends[k].append(b)
        self.ordered = all(s == sorted(s) and e == sorted(e) for s, e in zip(self.starts, self.ends))

    def statement(self, fig: Figure) -> tuple[int, int]:
        """The span of :func:`_statement` of ``fig``, from the semicolons found once."""
        lo, hi = self.span
        if self.semis is None:
            self.semis = [m.start() for m in _SEMICOLON.finditer(self.text, lo, hi)]
        semis = self.semis
        k = bisect.bisect_left(semis, fig.start)  # the semicolons before the figure: semis[:k]
        a = semis[k - 1] + 1 if k else lo
        j = bisect.bisect_left(semis, fig.end, k)
        return a, semis[j] if j < len(semis) else hi

    def context_ok(self, cue: Cue, fig: Figure) -> bool:
        """Does ``cue``'s context occur in ``fig``'s statement (looked up once per statement)?"""
        if cue.context is None:
            return True
        a, b = self.statement(fig)
        ok = self.contexts.get((id(cue), a, b))
        if ok is None:
            ok = self.contexts[(id(cue), a, b)] = cue.context.search(self.text[a:b]) is not None
        return ok


_SEMICOLON = re.compile("[；;]")

#: per (unit, a change in percentage points) the :meth:`Cue.fits` of every cue, by ``id``
_fits: dict[tuple[str, bool], dict[int, bool]] = {}


def _fits_of(fig: Figure) -> dict[int, bool]:
    """:meth:`Cue.fits` of every cue of the table (by ``id``) for ``fig``: it depends only on the unit
    and whether the raw unit is percentage points, so it is worked out once per unit."""
    key = (fig.unit, fig.in_points)
    out = _fits.get(key)
    if out is None:
        out = _fits[key] = {id(c): c.fits(fig) for c in cues()}
    return out

#: the sentence last asked about by :func:`cue_evidence`
_last_cues: list = [None]


def forget_last_sentence() -> None:
    """Drop the cue evidence kept of the last sentence asked about (it holds its article's masked
    text, some 0.7x a long article's size): extraction calls it when an article is done."""
    _last_cues[0] = None


def _sentence_cues(text: str, span: tuple[int, int], matches: Sequence[tuple[Cue, int, int]]) -> _SentenceCues:
    last = _last_cues[0]
    if last is not None and last.matches is matches and last.text is text and last.span == span:
        return last
    _last_cues[0] = out = _SentenceCues(text, span, matches)
    return out


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    """How many indices the ranges ``a0..a1 - 1`` and ``b0..b1 - 1`` share."""
    n = min(a1, b1) - max(a0, b0)
    return n if n > 0 else 0


def cue_evidence(text: str, fig: Figure, win: Window, matches: Sequence[tuple[Cue, int, int]] | None = None,
                 encode=None) -> tuple[set, set[str], dict[str, int]]:
    """:func:`cue_hits` summed up as the learned model reads it: the set of (level, metric, fits the
    unit) of the hits, the metrics of the fitting cues standing right by the number, and per metric
    the least distance of a fitting one (the paragraph lead counts 99).

    ``encode(metric, fits)``, if given, names the hits instead: it gives what stands for a hit of
    that metric and fit at the levels ``p``, ``c``, ``s`` and ``l`` (the learned model: the rows of
    those features), worked out once per cue and unit (:func:`_evidence_table`).

    Computed once per sentence and figure from the sentence's ``matches``: a sentence of few matches
    is read match by match; in a longer one where the cues match again and again (:data:`_REPEATS`
    times each on average) each cue's matches are counted by bisection (they ascend) and only those
    of the figure's phrase are looked at, so that a figure of a run-on sentence with hundreds of
    figures costs no more than one of a short sentence (tests/test_classify.py holds the result to
    :func:`cue_hits`).

    >>> from reportmine.figures import find_figures
    >>> t = "慰问困难职工120户，发放慰问金3万元"
    >>> hits, adjacent, nearest = cue_evidence(t, find_figures(t)[0], Window.whole(t))
    >>> sorted(h for h in hits if h[2]), adjacent, nearest
    ([('p', 'relief_recipients', True)], {'relief_recipients'}, {'relief_recipients': 0})
    """
    if matches is None:
        matches = sentence_matches(text, *win.sentence)
    win = key_line_window(text, fig, win)
    table = _evidence_table(fig, encode)
    start, end = fig.start, fig.end
    (pa, pb), (ca, cb) = win.local, win.clause
    hits: set = set()
    adjacent: set[str] = set()
    nearest: dict[str, int] = {}
    idx = None
    if len(matches) > _FEW_MATCHES:
        idx = _sentence_cues(text, win.sentence, matches)
        if idx.cues is None:
            idx.index()
    if idx is None or not idx.ordered or len(matches) < _REPEATS * len(idx.cues):
        statement = None
        add, far, get = hits.add, 1 << 30, table.get
        for cue, a, b in matches:
            if b <= start:
                d = start - b
            elif a >= end:
                d = a - end
            else:
                continue  # on the figure
            if cue.context is not None:
                if statement is None:
                    statement = _statement(text, fig, win)
                    held = _contexts_held(text, statement)
                if not _holds(held, cue.context, statement):
                    continue
            at_p, at_c, at_s, _, fits, metric = get(id(cue)) or _evidence_entry(cue, fig, encode)
            if pa <= a and b <= pb:
                add(at_p)
                if fits and metric not in adjacent and _adjacent(text, fig, a, b):
                    adjacent.add(metric)
            elif ca <= a and b <= cb:
                add(at_c)
            else:
                add(at_s)
            if fits and d < nearest.get(metric, far):
                nearest[metric] = d
    else:
        left, right = bisect.bisect_left, bisect.bisect_right
        for k, cue in enumerate(idx.cues):
            if cue.context is not None and not idx.context_ok(cue, fig):
                continue
            starts, ends = idx.starts[k], idx.ends[k]
            n = len(starts)
            # index ranges (the matches ascend): overlapping the figure, inside the phrase, inside the clause
            o0, o1 = right(ends, start), left(starts, end)
            l0, l1 = left(starts, pa), right(ends, pb)
            c0, c1 = left(starts, ca), right(ends, cb)
            n_o, n_l, n_c = max(o1 - o0, 0), max(l1 - l0, 0), max(c1 - c0, 0)
            lc0, lc1 = max(l0, c0), min(l1, c1)
            n_lc, n_lo, n_co = max(lc1 - lc0, 0), _overlap(l0, l1, o0, o1), _overlap(c0, c1, o0, o1)
            n_lco = _overlap(lc0, lc1, o0, o1)
            e = table.get(id(cue)) or _evidence_entry(cue, fig, encode)
            fits, metric = e[4], e[5]
            if n_l > n_lo:
                hits.add(e[0])
                if fits and metric not in adjacent:
                    for i in range(l0, l1):
                        a, b = starts[i], ends[i]
                        if not (a < end and b > start) and _adjacent(text, fig, a, b):
                            adjacent.add(metric)
                            break
            if n_c - n_lc - n_co + n_lco > 0:
                hits.add(e[1])
            if n - (n_c + n_l + n_o - n_lc - n_co - n_lo + n_lco) > 0:
                hits.add(e[2])
            if fits and n > n_o:
                d = start - ends[o0 - 1] if o0 > 0 else 1 << 30
                if o1 < n and starts[o1] - end < d:
                    d = starts[o1] - end
                if d < nearest.get(metric, 1 << 30):
                    nearest[metric] = d
    if win.lead:
        items, fitting = _lead_evidence(win.lead, fig, encode, table)
        hits.update(items)
        for metric in fitting:
            if 99 < nearest.get(metric, 1 << 30):
                nearest[metric] = 99
    return hits, adjacent, nearest


#: a long sentence is read through its index (:func:`cue_evidence`) only where its cues match at
#: least this many times each on average: a cue costs about as much through the index as this many
#: matches read one by one (sentences of 25-40 matches by 6 cues: 30 -> 12 µs per figure read by match)
_REPEATS = 8


def _plain_hits(metric: str, fits: bool) -> tuple[tuple[str, str, bool], ...]:
    """:func:`cue_evidence`'s own names of the hits: (level, metric, fits) at each level."""
    return ("p", metric, fits), ("c", metric, fits), ("s", metric, fits), ("l", metric, fits)


#: per (unit, a change in percentage points, encoding) the :func:`_evidence_entry` of every cue, by ``id``
_evidence_tables: dict[tuple, dict[int, tuple]] = {}


def _evidence_table(fig: Figure, encode) -> dict[int, tuple]:
    """The :func:`_evidence_entry` of every cue of the table for ``fig`` (by ``id``), made once per
    unit (what :meth:`Cue.fits` depends on) and encoding."""
    key = (fig.unit, fig.in_points, encode)
    table = _evidence_tables.get(key)
    if table is None:
        if len(_evidence_tables) > 512:  # models come and go (cross-validation)
            _evidence_tables.clear()
            _lead_tables.clear()  # keyed by the tables' ids
        fits = _fits_of(fig)
        enc = encode or _plain_hits
        table = _evidence_tables[key] = {id(c): (*enc(c.metric, fits[id(c)]), fits[id(c)], c.metric) for c in cues()}
    return table


def _evidence_entry(cue: Cue, fig: Figure, encode) -> tuple:
    """What a hit of ``cue`` gives for ``fig``: its names at the levels p, c, s, l (``encode``,
    default :func:`_plain_hits`), whether it fits the unit, its metric."""
    fits = cue.fits(fig)
    return (*(encode or _plain_hits)(cue.metric, fits), fits, cue.metric)


#: per paragraph lead and evidence table (:func:`_evidence_table`), what :func:`_lead_evidence` gives
_lead_tables: dict[tuple[str, int], tuple[tuple, tuple[str, ...]]] = {}


def _lead_evidence(lead: str, fig: Figure, encode, table: dict[int, tuple]) -> tuple[tuple, tuple[str, ...]]:
    """The hits of the cues of the paragraph ``lead`` at level ``l`` and the metrics of those that
    fit ``fig``'s unit, once per lead and ``table``."""
    key = (lead, id(table))
    out = _lead_tables.get(key)
    if out is None:
        if len(_lead_tables) > 4096:
            _lead_tables.clear()
        entries = [table.get(id(cue)) or _evidence_entry(cue, fig, encode) for cue in _lead_cues(lead)]
        out = _lead_tables[key] = tuple(e[3] for e in entries), tuple(e[5] for e in entries if e[4])
    return out


def classify_metric(text: str, fig: Figure, win: Window, cands: Sequence[Cue] | None = None,
                    spans: dict[int, list[tuple[int, int]]] | None = None) -> tuple[str, Hit | None]:
    """Metric key of ``fig`` and the cue that decided it (None: the unit's default); ``cands``:
    :func:`candidate_cues` of its sentence, if known; ``spans``: :func:`match_spans` of its sentence.

    >>> from reportmine.figures import find_figures
    >>> t = "受理女职工投诉案件48起，追回损失11.02万元，占总投诉案件的46.1%"
    >>> [classify_metric(t, f, Window.whole(t))[0] for f in find_figures(t)]
    ['cases', 'recovered_amount', 'share']
    """
    hit = best_cue(text, fig, key_line_window(text, fig, win), cands, spans)
    if hit is not None:
        return hit.cue.metric, hit
    return default_metric(fig.unit), None


def default_metric(unit: str) -> str:
    """Metric of a figure no cue speaks for.

    >>> default_metric("household"), default_metric("yuan")
    ('relief_recipients', 'funds')
    """
    return _defaults().get(unit, "other")


# --------------------------------------------------------------------------- subject

class _Words:
    """One role's words of ``data/subject.tsv`` (longest first), with the look-ups the subject
    needs, each a dictionary probe per length or one compiled search instead of a loop over words."""

    def __init__(self, words: Sequence[str]):
        self.words = tuple(sorted(words, key=len, reverse=True))
        lengths = sorted({len(w) for w in self.words}, reverse=True)
        self.by_length = tuple((n, frozenset(w for w in self.words if len(w) == n)) for n in lengths)
        self._rx = re.compile("|".join(map(re.escape, self.words))) if self.words else None
        self._stripped: dict[str, str] = {}
        self._by_first: dict[str, list[tuple[int, str]]] = {}
        for rank, w in enumerate(self.words):
            self._by_first.setdefault(w[:1], []).append((rank, w))
        self._firsts = frozenset(self._by_first)
        # the first and last characters of the words: a string that opens (ends) with none of them
        # opens (ends) with no word, one test instead of one per length (None: an empty word, in any string)
        self._opens = None if "" in self.words else self._firsts
        self._lasts = None if "" in self.words else frozenset(w[-1] for w in self.words)

    def present(self, s: str) -> list[str]:
        """The words that occur in ``s``, in the order of :attr:`words` (a word listed twice, twice):
        what a loop over every word would find, looking only at those that start with a character of ``s``.

        >>> _Words(["其中", "对", "其"]).present("对其中的")
        ['其中', '对', '其']
        """
        found = [rw for c in self._firsts.intersection(s) for rw in self._by_first[c] if rw[1] in s]
        if len(found) > 1:
            found.sort()
        return [w for _, w in found]

    def first(self, s: str, pos: int = 0) -> int:
        """Where the first of the words starts in ``s`` at or after ``pos`` (-1: nowhere)."""
        m = self._rx.search(s, pos) if self._rx else None
        return m.start() if m else -1

    def occurs(self, s: str) -> bool:
        return self.first(s) >= 0

    def prefix(self, s: str, keep: int = 0) -> str:
        """The longest word that starts ``s`` and leaves at least ``keep`` characters after it."""
        if self._opens is not None and s[:1] not in self._opens:
            return ""
        for n, ws in self.by_length:
            if len(s) - n >= keep and s[:n] in ws:
                return s[:n]
        return ""

    def suffix(self, s: str) -> str:
        """The longest word that ends ``s``."""
        if self._lasts is not None and s[-1:] not in self._lasts:
            return ""
        for n, ws in self.by_length:
            if s[-n:] in ws:
                return s[-n:]
        return ""

    def strip_prefixes(self, s: str) -> str:
        """``s`` without the words that open it, one after the other (longest first)."""
        done = self._stripped.get(s)
        if done is None:
            done = s
            while done and (w := self.prefix(done)):
                done = done[len(w):]
            if len(self._stripped) < 4096:
                self._stripped[s] = done
        return done


@lru_cache(maxsize=None)
def _subject_words() -> dict[str, _Words]:
    out: dict[str, list[str]] = {"stop": [], "lead": [], "tail": [], "verb": [], "word": [], "inner_verb": [], "before_tail": [],
                                 "noun_tail": []}
    for r in read_table("subject.tsv"):
        out.setdefault(r["role"], []).append(r["word"])
    out["tails"] = out["tail"] + out["before_tail"]  # 不少于 too
    return {k: _Words(v) for k, v in out.items()}


_SUBJ_PUNCT = re.compile(r"[，。；：！？、,;:!?（）()“”\"\s]")


def find_subject(text: str, fig: Figure, win: Window, periods: Sequence[tuple[int, int]] = (),
                 hit: Hit | None = None) -> str:
    """The noun phrase ``fig`` counts: after the unit (145名困难职工) or before the number (会员共计1438人).

    >>> from reportmine.figures import find_figures
    >>> t = "为145名困难职工和农民工发放救助资金24万元"
    >>> [find_subject(t, f, Window.whole(t)) for f in find_figures(t)]
    ['困难职工和农民工', '救助资金']
    >>> t = "全矿在册职工4120人"
    >>> find_subject(t, find_figures(t)[0], Window.whole(t))
    '在册职工'
    """
    words = _subject_words()
    lo, hi = win.local
    after_verb = ""
    if fig.unit != "percent":
        right = text[fig.end:hi]
        if right.startswith("的"):
            right = right[1:]
        if len(right) >= 2:  # (it is only cut below: a shorter one names nothing)
            right = _right_phrase(right, words)
        if len(right) >= 2 and not right.startswith(words["tail"].words):
            if not _opens_verb(right, words) or "的" in right:
                return right[:20]
            # 42人发放困难补助: a phrase that opens with a verb tells what is done, not what is counted;
            # it is the subject only where nothing names one before the number (其中460人实现就业)
            after_verb = right[:20]

    left = text[lo:fig.start - cell_gap(text, fig.start)]  # a table row's label cell: 会员人数 1486人
    # blank out the time expressions inside the window (periods are sorted: look only there)
    for k in range(bisect.bisect_left(periods, (lo, -1)), len(periods)):  # no copy of the rest of the list
        a, b = periods[k]
        if a >= fig.start:
            break
        if b <= fig.start:
            left = left[: a - lo] + " " * (b - a) + left[b - lo:]
    left = _CLAUSE_MARK.split(left)[-1] or line_key(text, fig, win)  # 基层分会：14个: the key
    while left and (w := words["tails"].suffix(left)) and not words["noun_tail"].suffix(left):
        left = left[: -len(w)]  # linking words before the number (共计, 达到), not 总数 of 会员总数
    if words["lead"].occurs(left):
        quoted = [m.span() for m in _QUOTED.finditer(left)]
        for w in words["lead"].present(left):  # left only shrinks to a part of itself: no other word turns up
            i = left.rfind(w)
            # 在册职工, 到期续签率: the lead word is part of a word here; “和谐企业”: of a name
            while i >= 0 and (left.startswith(words["word"].words, i) or any(a < i < b for a, b in quoted)):
                i = left.rfind(w, 0, i)
            if i >= 0 and i + len(w) < len(left):
                left = left[i + len(w):]
    left = _strip_quotes(left)
    left = _drop_verbs(left, words)  # verbs in a row (评选表彰优秀工会干部)
    if words["inner_verb"].occurs(left):
        for w in words["inner_verb"].present(left):  # 联合心理科举办…心理健康讲座3场: the noun starts after the verb
            i = left.rfind(w)
            if i >= 0 and len(left) - i - len(w) >= 2:
                left = _drop_verbs(left[i + len(w):], words)  # 走访慰问退休职工
    if after_verb and (not left or words["lead"].prefix(left) == left):
        return after_verb
    if len(left) >= 1:
        return left[-20:]
    if hit is not None and hit.start >= 0:
        return text[hit.start:hit.end]
    return ""


def _right_phrase(right: str, words: dict[str, "_Words"]) -> str:
    """The noun phrase that opens ``right`` (the text after a figure's unit): up to a mark or a stop
    word, without 的 and linking words at its ends, and before a 的 that does not follow a verb."""
    cut = len(right)
    m = _SUBJ_PUNCT.search(right)
    if m:
        cut = m.start()
    i = words["stop"].first(right, 1)
    if 0 < i < cut:
        cut = i
    right = right[:cut].strip().lstrip("的").rstrip("和及、与的")
    de = right.find("的")
    if de >= 2 and not _opens_verb(right, words):
        right = right[:de]  # 21家企业的劳动保护情况: the count is of the noun before 的
    return right


_QUOTED = re.compile(r"“[^“”]*”?")
_CLAUSE_MARK = re.compile(r"[，。；：！？,;:!?（）()\s]")


def _drop_verbs(phrase: str, words: dict[str, "_Words"]) -> str:
    """``phrase`` without the verbs that open it, keeping two characters at least; a word that only
    begins like a verb (慰问金, 培训班: role word) is kept."""
    while not phrase.startswith(words["word"].words) and (w := words["verb"].prefix(phrase, keep=2)):
        phrase = phrase[len(w):]
    return phrase


def _opens_verb(phrase: str, words: dict[str, "_Words"]) -> bool:
    return len(words["verb"].prefix(phrase)) >= 2


def _strip_quotes(s: str) -> str:
    """``s`` without the quote marks and 、 at its ends that close or open nothing in it: a quoted name
    keeps its quotes (命名市级“模范职工之家”20家 → 市级“模范职工之家”).

    >>> _strip_quotes("市级“模范职工之家”"), _strip_quotes("“岗位能手”"), _strip_quotes("职工之家”"), _strip_quotes("“书屋")
    ('市级“模范职工之家”', '“岗位能手”', '职工之家', '书屋')
    """
    s = s.strip("\"、")
    while s.endswith("”") and "“" not in s:
        s = s[:-1]
    while s.startswith("“") and "”" not in s:
        s = s[1:]
    return s


# --------------------------------------------------------------------------- period

@lru_cache(maxsize=None)
def _period_res() -> tuple[re.Pattern | regex.Pattern, ...]:
    """The patterns of ``data/periods.tsv``, each compiled by the faster engine (:func:`_scanner`):
    ``regex`` looks for what a match needs (年, 月, 季度) before trying a position, where Python's
    ``re`` tries every position for a pattern that opens with a digit or an optional word."""
    return tuple(_scanner(regex.compile(r["pattern"])) for r in read_table("periods.tsv"))


def find_periods(text: str) -> list[tuple[int, int]]:
    """Spans of the time expressions of ``text`` (``data/periods.tsv``), merged.

    >>> t = "今年1—6月份，全市…；2月17日、2月18日分别在…；春节前夕，"
    >>> [t[a:b] for a, b in find_periods(t)]
    ['今年1—6月份', '2月17日、2月18日', '春节前夕']
    >>> t = "截至年底，会员4.1万人；元旦、春节期间走访468人次。年内，新建工会12家。目前，入会率达98.4%。"
    >>> [t[a:b] for a, b in find_periods(t)]  # 截至 and the holidays named together belong to the period
    ['截至年底', '元旦、春节期间', '年内', '目前']
    """
    spans = sorted({m.span() for rx in _period_res() for m in rx.finditer(text) if m.end() > m.start()})
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and (a <= merged[-1][1] or (text[merged[-1][1]:a] == "、" and _is_date_like(text[a:b]))):
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    quotes = [m.span() for m in _QUOTE.finditer(text)] if "“" in text or "《" in text else []
    return [(a, b) for a, b in merged if not _bare_number_period(text[a:b]) and not _quoted(quotes, a, b)]


@lru_cache(maxsize=1)
def _baselines() -> dict[str, re.Pattern | None]:
    """``data/period_baselines.tsv``: the character before a time expression that makes it what a change is
    measured against (较上年, 比2023年), with what must follow it (与去年相比), or None where nothing is asked."""
    return {r["before"]: re.compile(r["after"]) if r["after"] else None for r in read_table("period_baselines.tsv")}


def governing_periods(text: str, periods: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``periods`` of ``text`` that can govern a figure: without the ones a change is measured against
    (较上年, 比去年同期, 与2023年相比), which still bound a subject but date no figure.

    >>> t = "全年新建工会12家，较上年增长9%；会员比2023年多860人，与去年相比提高3个百分点。"
    >>> [t[a:b] for a, b in governing_periods(t, find_periods(t))]
    ['全年']
    """
    baselines, out = _baselines(), []
    for a, b in periods:
        before = text[a - 1] if a else ""
        if before in baselines and (baselines[before] is None or baselines[before].match(text, b)):
            continue
        out.append((a, b))
    return out


def _quoted(quotes: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether ``[a, b)`` lies strictly inside one of ``quotes`` (in text order, not overlapping: only
    the last quote opening before ``a`` can hold it).

    >>> q = [(0, 5), (10, 20)]
    >>> [_quoted(q, a, b) for a, b in ((1, 4), (11, 19), (11, 20), (6, 8), (21, 22))]
    [True, True, False, False, False]
    """
    i = bisect.bisect_left(quotes, (a, -1)) - 1  # the last quote opening before a
    return i >= 0 and b < quotes[i][1]


_QUOTE = re.compile(r"“[^“”\n]{1,30}”|《[^《》\n]{1,60}》")
_DATE_CHAR = re.compile(r"[月日号]")
_PERIOD_CHAR = re.compile(r"[年月日号季节期春夏秋冬今去本初底末前后以至来]")


def _is_date_like(s: str) -> bool:
    return _DATE_CHAR.search(s) is not None


def _bare_number_period(s: str) -> bool:
    """A match like ``12月`` standing alone is fine; ``3`` alone is no period."""
    return _PERIOD_CHAR.search(s) is None
