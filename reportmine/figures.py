"""Candidate figures: a number with its unit, minus the numbers that are no record.

A *figure* is a quantity as written (``145名``, ``24万元``, ``96%以上``, ``五十多家``): a
number from :mod:`reportmine.numbers`, the unit after it (``data/units.tsv``), and any
trailing qualifier (左右, 以上).  Numbers that only name, date, order or enumerate
something (``第九届``, ``1月28日``, ``“6.16”``, ``四个结合``, ``一名`` as "a") are dropped using
the patterns in ``data/exclusions.tsv``.  A bare number whose classifier was lost in the
source (``吸纳会员98``) and a number carrying a year from a global year replacement
(``签订率达20230%``) are kept with the flag ``garbled_number``.

The rulings of records.md decided here: vague amounts (十几, 几十, 上千, 过万) and scores
(得分96分) are no figures; fractions are percentages to two decimals (三分之一 33.33, 1/4 25);
a decimal point damaged into 、 before money (1310、00元) is a decimal, flagged; 万/亿 with no
unit after a money noun is yuan (补贴3.8万, raw_unit 万); a range written with its unit twice
(2000元至4000元) is one figure with ``high``; 个/家/所 count what the noun beside them names
(``data/nouns.tsv``).  Huge inputs are bounded: a numeral run longer than
:data:`reportmine.numbers.MAX_RUN` is no number, and exclusions are looked up by bisection.

>>> t = "为145名困难职工发放救助资金24万元。"
>>> [(t[f.start:f.end], f.value, f.unit, f.qualifier) for f in find_figures(t)]
[('145名', 145.0, 'person', 'exact'), ('24万元', 240000.0, 'yuan', 'exact')]
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Iterable

import regex

from . import numbers as _numbers
from .patterns import parse as parse_pattern, required_strings, sre
from .tables import read_table
from .tablerows import table_cells

__all__ = ["Figure", "find_figures", "counted_class", "excluded_spans", "cell_gap"]


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity in the text: ``text[start:end]`` is the number with its unit; the record's mention
    is ``text[start - lead:end]``, which also holds the leading qualifier word a mention keeps
    (约860万元, 不足七成: ``data/numeral_words.tsv`` column ``mention``)."""

    start: int
    end: int
    value: float
    unit: str  # canonical unit key (records.md)
    raw_unit: str  # as written, with 万/亿 folded back in ("万元")
    qualifier: str  # exact | approx | more_than | less_than
    high: float | None = None  # upper bound of a range
    num_start: int = -1  # where the digits start (start of the mention)
    unit_start: int = -1  # where the unit starts (== end for a bare number)
    flags: tuple[str, ...] = ()
    kind: str = "number"
    lead: int = 0  # characters of a leading qualifier kept in the mention, right before start
    cell: tuple[str, str] | None = None  # a header table's cell: (subject, its column's words and the cell: 会员数412人)

    @property
    def mention_start(self) -> int:
        """Where the record's mention starts: ``start``, or the kept qualifier before it (约860万元)."""
        return self.start - self.lead

    @property
    def in_points(self) -> bool:
        """A change in percentage points (提高2.3个百分点): it keeps the metric of the rate it changes."""
        return self.raw_unit.endswith("百分点")


# --------------------------------------------------------------------------- data tables

@dataclass(frozen=True)
class _Lexicon:
    """A two-column table as the lookups figures need: rows longest word first, and a dict."""

    rows: tuple[tuple[str, str], ...]
    of: dict


@lru_cache(maxsize=None)
def _lexicon(name: str, word: str, value: str) -> _Lexicon:
    rows = tuple(sorted(((r[word], r[value]) for r in read_table(name)), key=lambda r: -len(r[0])))
    return _Lexicon(rows, dict(rows))


def _nouns() -> tuple[tuple[str, str], ...]:
    return _lexicon("nouns.tsv", "noun", "class").rows


def _noun_class() -> dict[str, str]:
    return _lexicon("nouns.tsv", "noun", "class").of


@lru_cache(maxsize=1)
def _noun_re() -> re.Pattern:
    """Any noun of ``data/nouns.tsv``, the longest at a place: the words as a trie (what the
    longest-first alternation of the words matches, found with less backtracking; tested)."""
    return re.compile(_numbers._trie_pattern(n for n, _ in _nouns()))


def _noun_at_end(s: str) -> str:
    """The longest noun of ``data/nouns.tsv`` that ends ``s`` (``""`` if none): what the search
    ``(?:noun|…)$`` finds, read as suffixes of ``s`` instead of trying every noun at every place.

    >>> _noun_at_end("参赛班组"), _noun_at_end("接听职工来电"), _noun_at_end("发出")
    ('班组', '来电', '')
    """
    nouns = _noun_class()
    # only the lengths of the nouns ending with its last character, longest first (most phrases
    # end with a character no noun ends with: one look-up decides)
    for k in _noun_lengths_by_last().get(s[-1:], ()):
        if k <= len(s) and s[-k:] in nouns:
            return s[-k:]
    return ""


@lru_cache(maxsize=1)
def _noun_lengths_by_last() -> dict[str, tuple[int, ...]]:
    """Per character a noun of ``data/nouns.tsv`` ends with, the lengths of those nouns, longest first."""
    lengths: dict[str, set[int]] = {}
    for n, _ in _nouns():
        if n:
            lengths.setdefault(n[-1], set()).add(len(n))
    return {ch: tuple(sorted(ks, reverse=True)) for ch, ks in lengths.items()}


@lru_cache(maxsize=None)
def _exclusion_patterns() -> tuple[str, ...]:
    """The patterns of ``data/exclusions.tsv``, in the table's order."""
    return tuple(r["pattern"] for r in read_table("exclusions.tsv"))


@lru_cache(maxsize=None)
def _exclusion_res() -> tuple[regex.Pattern, ...]:
    """Every exclusion pattern compiled by ``regex``: the engine a row scanned whole uses (a
    pattern opening with a look-behind scans a page about 1.6x faster there than with ``re``),
    same matches as ``re`` (tested per row)."""
    return tuple(regex.compile(p) for p in _exclusion_patterns())


def _compiled_row(pattern: str):
    """A row compiled with ``re`` (what the run-led and word-led finders try at a place), or
    with ``regex`` when it holds a construct only ``regex`` reads."""
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern)


@lru_cache(maxsize=1)
def _whole_rows() -> dict[int, tuple[regex.Pattern, tuple[str, ...]]]:
    """The rows neither run-led nor word-led (scanned whole), by index: the row compiled by
    ``regex`` (only these rows: compiling every row twice was a fifth of the figures' start-up)
    and strings one of which every match holds (:func:`reportmine.patterns.required_strings`; empty:
    none known), so that a text holding none of them is not scanned."""
    word_rows = _word_led()[0]
    return {k: (regex.compile(rx.pattern), tuple(sorted(required_strings(rx.pattern) or ())))
            for k, (rx, _, led) in enumerate(_exclusion_plan())
            if led is None and k not in word_rows}


#: a row opening with a numeral run: ``(?<![C])(?P<x>[C]+)`` and the rest of the pattern
_RUN_LED = re.compile(r"\(\?<!(\[[^\]]+\])\)\(\?P<x>\1\+\)(.+)", re.S)


@dataclass(frozen=True)
class _RunLed:
    """How to find the matches of a row opening with a run of class C without trying every
    position: a match starts where a C-run starts and the rest of the pattern matches right
    after a C character.  ``run`` is C, ``first`` the characters the rest can start with (and
    ``space``: any white space), ``rest`` the rest of the pattern and ``row`` the whole pattern
    (compiled with ``re``: tried at a place, it answers faster than ``regex``)."""

    run: frozenset[str]
    first: frozenset[str]
    space: bool
    rest: re.Pattern
    row: re.Pattern


@lru_cache(maxsize=None)
def _exclusion_plan() -> tuple[tuple[re.Pattern, bool, _RunLed | None], ...]:
    """Per row of ``data/exclusions.tsv``: (compiled, :func:`_compiled_row`; has group ``x``; its
    run-led finder or None)."""
    return tuple((rx, "x" in rx.groupindex, _run_led(rx.pattern)) for rx in map(_compiled_row, _exclusion_patterns()))


@lru_cache(maxsize=1)
def _word_led() -> tuple[dict[int, re.Pattern], re.Pattern | None, dict[str, tuple[int, ...]]]:
    """The rows (not run-led) whose matches open with one of a few words (《, 第, 不足|不到…,
    一期保护…): per row index the row compiled with ``re``; one search for every place where such
    a word starts (group 1: the longest word there); and per word the rows that can start there
    (those opening with it or with a word it begins with)."""
    rows: dict[int, re.Pattern] = {}
    words_of: dict[int, set[str]] = {}
    for k, (rx, _, led) in enumerate(_exclusion_plan()):
        if led is not None:
            continue
        try:
            words, _ = _leading_words(parse_pattern(rx.pattern))
        except Exception:  # a construct only ``regex`` reads: the row is scanned whole
            continue
        if words and "" not in words:
            rows[k], words_of[k] = re.compile(rx.pattern), words
    every = set().union(*words_of.values())
    rows_of: dict[str, set[int]] = {}
    for k, ws in words_of.items():
        for w in ws:
            rows_of.setdefault(w, set()).add(k)
    # a row can start where a word of its own begins the word found there (its prefixes)
    starting = {w: tuple(sorted(set().union(*(rows_of.get(w[:i], ()) for i in range(1, len(w) + 1)))))
                for w in every}
    # a first character, then (looking back at it) the longest word starting there: the class
    # lets the search skip ahead, where a bare look-ahead is tried at every place (5x slower)
    first = "".join(re.escape(ch) for ch in sorted({w[0] for w in every}))
    finder = re.compile(f"[{first}](?<=(?=({_numbers._trie_pattern(every)})).)") if every else None
    return rows, finder, starting


#: at most this many opening words per row (a longer list: the row is read with fewer, shorter words);
#: 160 lets a row read its verb and the numeral after it (做好三, 推进一: 12 verbs x 11 numerals), a
#: third fewer places to try than the verbs alone
MAX_OPENING_WORDS = 160


def _leading_words(seq) -> tuple[set[str], bool]:
    """Words every match of a parsed pattern opens with (``{""}``: none known), and whether
    the pattern is read to its end.

    >>> from reportmine.patterns import parse
    >>> sorted(_leading_words(parse("(?:不足|超过)[0-9]+人"))[0])
    ['不足', '超过']
    >>> sorted(_leading_words(parse("[一二]期保护"))[0])
    ['一期保护', '二期保护']
    """
    c = sre()[1]

    acc = {""}
    for op, av in seq:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # takes no character
        if op is c.LITERAL:
            got, complete = {chr(av)}, True
        elif op is c.IN and av and all(o is c.LITERAL for o, _ in av):
            got, complete = {chr(a) for _, a in av}, True
        elif op is c.SUBPATTERN:
            got, complete = _leading_words(av[-1])
        elif op is c.BRANCH:
            alts = [_leading_words(alt) for alt in av[1]]
            got, complete = set().union(*(a[0] for a in alts)), all(a[1] for a in alts)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            got, complete = _leading_words(av[2])[0], False
        else:
            return acc, False
        longer = {a + b for a in acc for b in got}
        if len(longer) > MAX_OPENING_WORDS:
            return acc, False
        acc = longer
        if not complete:
            return acc, False
    return acc, True


def _word_led_hits(text: str) -> dict[int, list[int]]:
    """Per word-led row (its index), the places where one of its opening words starts."""
    _, finder, starting = _word_led()
    hits: dict[int, list[int]] = {}
    if finder is not None:
        for m in finder.finditer(text):
            for k in starting[m.group(1)]:
                hits.setdefault(k, []).append(m.start())
    return hits


def _word_led_matches(row: re.Pattern, text: str, hits: Iterable[int]) -> Iterable:
    """The matches ``row.finditer(text)`` gives, tried only where an opening word starts."""
    last_end = 0
    for at in hits:
        if at >= last_end:
            m = row.match(text, at)
            if m is not None:
                last_end = m.end()
                yield m


def _run_led(pattern: str) -> _RunLed | None:
    """The run-led finder of ``pattern``, or None when it is no run-led row or the first
    characters of its rest cannot be told (then the row is scanned as a whole)."""
    m = _RUN_LED.fullmatch(pattern)
    if m is None:
        return None
    try:
        run = _first_chars(parse_pattern(m.group(1)))
        first = _first_chars(parse_pattern(m.group(2)))
    except Exception:  # a construct only ``regex`` reads, or another Python: scan as a whole
        return None
    if run is None or first is None or run[1] or first[1] or run[2]:
        return None
    chars, _, space = first
    return _RunLed(frozenset(run[0]), frozenset(chars), space, re.compile(m.group(2)), re.compile(pattern))


@lru_cache(maxsize=1)
def _run_led_finder() -> tuple[re.Pattern, dict[str, tuple[tuple[int, frozenset[str]], ...]]]:
    """One search for all run-led rows: a character some row's rest can start with, right
    after a character of some row's run; and, per such character, the rows (index, run) whose
    rest can start with it."""
    rows = [(k, led) for k, (_, _, led) in enumerate(_exclusion_plan()) if led is not None]
    by_char: dict[str, list] = {}
    for k, led in rows:
        for ch in led.first:
            by_char.setdefault(ch, []).append((k, led.run))
    spaced = [(k, led.run) for k, led in rows if led.space]
    rows_of = _RowsOf({ch: tuple(v) for ch, v in by_char.items()}, tuple(spaced))
    first = "".join(re.escape(ch) for ch in sorted(by_char)) + ("\\s" if spaced else "")
    runs = "".join(re.escape(ch) for ch in sorted(frozenset().union(*(led.run for _, led in rows))))
    return re.compile(f"[{first}](?<=[{runs}].)"), rows_of


class _RowsOf(dict):
    """character -> the run-led rows whose rest can start with it (white space: the rows whose
    rest opens with ``\\s``, as ``re`` reads it); filled as characters are met."""

    def __init__(self, by_char: dict, spaced: tuple) -> None:
        super().__init__()
        self._by_char, self._spaced = by_char, spaced

    def __missing__(self, ch: str):
        rows = self._by_char.get(ch, ())
        if ch.isspace():
            rows = tuple(dict.fromkeys(rows + self._spaced))
        self[ch] = rows
        return rows


def _run_led_hits(text: str) -> dict[int, list[int]]:
    """Per run-led row (its index), the places where its rest may begin: one search for all."""
    finder, rows_of = _run_led_finder()
    hits: dict[int, list[int]] = {}
    for m in finder.finditer(text):
        p = m.start()
        prev = text[p - 1]
        for k, run in rows_of[text[p]]:
            if prev in run:
                hits.setdefault(k, []).append(p)
    return hits


def _first_chars(seq) -> tuple[set[str], bool, bool] | None:
    """(characters a match of a parsed pattern can start with, can it be empty, can it start
    with whitespace), or None when a construct is met this reading does not know.

    >>> from reportmine.patterns import parse
    >>> chars, empty, space = _first_chars(parse("(?:个|项)?[人名](?:以[上下])?"))
    >>> sorted(chars), empty, space
    (['个', '人', '名', '项'], False, False)
    """
    c = sre()[1]

    out: set[str] = set()
    space = False
    for op, av in seq:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # takes no character
        if op is c.LITERAL:
            return out | {chr(av)}, False, space
        if op is c.IN:
            if av == [(c.CATEGORY, c.CATEGORY_SPACE)]:
                return out, False, True
            if not all(o is c.LITERAL or o is c.RANGE and av_[1] - av_[0] < 256
                       for o, av_ in av):
                return None
            for o, a in av:
                out |= {chr(a)} if o is c.LITERAL else {chr(k) for k in range(a[0], a[1] + 1)}
            return out, False, space
        if op is c.SUBPATTERN:
            got = _first_chars(av[-1])
        elif op is c.BRANCH:
            alts = [_first_chars(alt) for alt in av[1]]
            if any(a is None for a in alts):
                return None
            got = (set().union(*(a[0] for a in alts)), any(a[1] for a in alts), any(a[2] for a in alts))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            got = _first_chars(av[2])
            if got is not None and av[0] == 0:
                got = (got[0], True, got[2])
        else:
            return None
        if got is None:
            return None
        out |= got[0]
        space = space or got[2]
        if not got[1]:
            return out, False, space
    return out, True, space


# --------------------------------------------------------------------------- helpers

_DATE_AFTER = set("年月日号时点分秒周岁天日旬")
_PUNCT = set("，。；、！？,.;!?：:）)」』\n")


def counted_class(phrase: str, *, last: bool = False) -> str:
    """Class of the first (or last) counted noun in ``phrase`` (``data/nouns.tsv``), or ``""``.

    >>> counted_class("区域性、行业性联合工会发出要约")
    'org'
    >>> counted_class("联系户发放帮扶金")
    'household'
    """
    matches = list(_noun_re().finditer(phrase))
    if not matches:
        return ""
    m = matches[-1] if last else matches[0]
    return _noun_class()[m.group()]


def excluded_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` whose numbers are no record (``data/exclusions.tsv``).

    >>> text = "开展“6.16”活动，做到四个结合。"
    >>> [text[a:b] for a, b in excluded_spans(text)]
    ['“6.16”', '四']
    """
    plan, word_rows = _exclusion_plan(), _word_led()[0]
    # only the rows with a place to try (most rows have none in an article); the spans are
    # sorted at the end, so the order the rows are read in does not matter
    found = [(k, _run_led_matches(plan[k][2], text, at)) for k, at in _run_led_hits(text).items()]
    found += [(k, _word_led_matches(word_rows[k], text, at)) for k, at in _word_led_hits(text).items()]
    found += [(k, rx.finditer(text)) for k, (rx, needs) in _whole_rows().items()
              if not needs or any(w in text for w in needs)]
    spans = []
    for k, matches in found:
        if plan[k][1]:  # the row has group x: its span, where it took part
            for m in matches:
                span = m.span("x")
                spans.append(span if span[0] >= 0 else m.span())
        else:
            spans.extend(m.span() for m in matches)
    spans.sort()
    return spans


def _run_led_matches(led: _RunLed, text: str, hits: Iterable[int]) -> Iterable:
    """The matches finditer gives for a run-led row, tried only at the starts of the runs after
    which its rest can begin (``hits``, from :func:`_run_led_hits`; tested against finditer)."""
    run, rest, row = led.run, led.rest.match, led.row.match
    last_end = 0
    prev_at = prev_start = -1
    tried = -1
    for at in hits:
        if rest(text, at) is None:
            continue  # the rest does not follow this run character: no match ends its run here
        i = at - 1  # a run character: walk back to the start of its run
        while i > 0 and text[i - 1] in run:
            if i == prev_at:  # the previous place was in this run: its start is known
                i = prev_start
                break
            i -= 1
        prev_at, prev_start = at, i
        if i < last_end or i == tried:
            continue
        tried = i
        m = row(text, i)
        if m is not None:
            last_end = m.end()
            yield m


def _merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted spans merged into disjoint ones, as (starts, ends) for :func:`_in_spans`."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(spans):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _in_spans(pos: int, merged: tuple[list[int], list[int]]) -> bool:
    """Is ``pos`` inside one of the merged spans?  (bisect: a page has thousands of spans)

    >>> m = _merged([(5, 9), (0, 3), (8, 12)])
    >>> [p for p in range(14) if _in_spans(p, m)]
    [0, 1, 2, 5, 6, 7, 8, 9, 10, 11]
    """
    starts, ends = merged
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and pos < ends[k]


def _match_unit(text: str, pos: int) -> tuple[str, str] | None:
    """(raw_unit, unit key) of the unit starting at ``pos``: the longest unit of
    ``data/units.tsv`` written there (what the longest-first alternation matches), read as a
    few slices of the text looked up in a dict, after one set test of the first character.

    >>> _match_unit("慰问职工50人次", 6), _match_unit("慰问职工50人次", 5)
    (('人次', 'person_time'), None)
    """
    of, lengths_at, _ = _unit_index()
    for k in lengths_at.get(text[pos:pos + 1], ()):
        raw = text[pos:pos + k]
        if raw in of:
            return raw, of[raw]
    return None


@lru_cache(maxsize=1)
def _units() -> _Lexicon:
    return _lexicon("units.tsv", "raw_unit", "unit")


@lru_cache(maxsize=1)
def _unit_index() -> tuple[dict[str, str], dict[str, tuple[int, ...]], frozenset[str]]:
    """The units as :func:`_match_unit` reads them: raw unit -> key; per first character, the
    lengths of the units starting with it (longest first); and the characters that may follow a
    number with a unit after it (a unit's first, or the space a PDF copy left: 8 个)."""
    of = _units().of
    lengths: dict[str, set[int]] = {}
    for w in of:
        lengths.setdefault(w[0], set()).add(len(w))
    lengths_at = {ch: tuple(sorted(ks, reverse=True)) for ch, ks in lengths.items()}
    return of, lengths_at, frozenset(lengths_at) | {" ", "\u3000"}


@lru_cache(maxsize=None)
def _phrase_stops() -> tuple[str, ...]:
    """Words that end the noun phrase after a classifier (the ``stop`` role of ``data/subject.tsv``)."""
    return tuple(r["word"] for r in read_table("subject.tsv") if r["role"] == "stop")


def _stops_in(s: str) -> list[str]:
    """The stop words (:func:`_phrase_stops`) that occur in ``s`` after its first character, in
    the table's order: the only ones the cut in :func:`noun_after` can use.

    >>> _stops_in("非公企业组建工会"), _stops_in("分拨中心分别成立")
    ([], ['中', '分别', '成立'])
    """
    order, lengths, first = _stop_order()
    found = {s[m.start():m.start() + k] for m in first.finditer(s, 1) for k in lengths}
    return sorted((w for w in found if w in order), key=order.__getitem__)


@lru_cache(maxsize=1)
def _stop_order() -> tuple[dict[str, int], tuple[int, ...], re.Pattern]:
    """Each stop word's place in the table (its first), the lengths stop words have, and the
    class of their first characters (where one may start)."""
    order: dict[str, int] = {}
    for k, w in enumerate(_phrase_stops()):
        order.setdefault(w, k)
    first = re.compile("[" + "".join(re.escape(w[0]) for w in sorted(order)) + "]")
    return order, tuple(sorted({len(w) for w in order})), first


# a second quantity starts a new phrase: 二十多个处室近300名干部 (处室 is what 个 counts)
# (a bracket of alternative names inside the noun, :func:`alternative_brackets`, is no end: the noun goes
# on after it)
_CLAUSE_END = re.compile(r"[，。；：！？,;:\n]")

#: a bracket of a few names inside a noun, one or more alternatives joined by 、 (县（区）分公司, 镇（街道）工会,
#: 县（市、区）工会, 村（社区）活动室): a name character on both sides, no digit inside
_ALTERNATIVES = re.compile(r"(?<=[\u4e00-\u9fff])[（(]([\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4}){0,4})[）)](?=[\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _aside_words() -> tuple[str, ...]:
    """Words that open a bracket which is an aside (含, 其中, 同比 …: the ``aside`` role of ``data/subject.tsv``)."""
    return tuple(r["word"] for r in read_table("subject.tsv") if r["role"] == "aside")


def alternative_brackets(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """The spans of the brackets in ``text[lo:hi]`` that give alternative names inside a noun: the noun
    reads through them (57个乡镇（街道）工会 counts 工会), while an aside (（含农民工）, （其中…）,
    （同比…）, a bracketed figure) ends the noun before it.

    >>> t = "走访57个乡镇（街道）工会和6个县（市、区）工会，职工（含农民工）1200人，企业（3家）"
    >>> [t[a:b] for a, b in alternative_brackets(t)]
    ['（街道）', '（市、区）']
    """
    hi = len(text) if hi is None else hi
    if "（" not in text[lo:hi] and "(" not in text[lo:hi]:
        return []
    asides = _aside_words()
    return [m.span() for m in _ALTERNATIVES.finditer(text, lo, hi) if not m.group(1).startswith(asides)]


def _through_brackets(after: str) -> str:
    """``after`` up to its clause's end or a bracket that is no alternative name (:func:`alternative_brackets`).

    >>> _through_brackets("县（市、区）工会专职干部（含兼职）"), _through_brackets("服务站（点），")
    ('县（市、区）工会专职干部', '服务站')
    """
    end = _CLAUSE_END.search(after)
    cut = end.start() if end else len(after)
    through = {a for a, _ in alternative_brackets(after, 0, cut)}
    stop = next((m.start() for m in _OPEN_BRACKET.finditer(after, 0, cut) if m.start() not in through), cut)
    return after[:stop]


_OPEN_BRACKET = re.compile(r"[（(]")
_SENTENCE_END = re.compile(r"[。！？\n]")
_NEXT_QUANTITY = re.compile(r"[近约逾超共达]?[0-9０-９]|[近约逾超共达]?[一二三四五六七八九十两百千]+[名人个家户位余多]")


def noun_after(text: str, unit_end: int) -> str:
    """The noun phrase right after a classifier, cut at punctuation, a verb or the next quantity.

    >>> noun_after("对68个非公企业发出单独要约", 4)
    '非公企业'
    >>> noun_after("二十多个处室近300名干部职工参赛", 4)
    '处室'
    >>> noun_after("在3个分拨中心分别成立工会小组", 3)
    '分拨中心'
    >>> noun_after("覆盖全部十二个县（区）分公司", 7), noun_after("建成3个服务站（点），", 4)
    ('县（区）分公司', '服务站')
    """
    return _cut_phrase(_phrase_window(text, unit_end))


def _cut_phrase(window: str) -> str:
    """The phrase window cut at the stop words it holds (:func:`noun_after`'s last step)."""
    stops = _stops_in(window)
    return _cut_at_stops(window, stops) if stops else window


def _phrase_window(text: str, unit_end: int, past_verb: bool = False) -> str:
    """What may belong to the phrase after a classifier: up to 14 characters, cut at the clause's
    end or the next quantity (``""`` when punctuation follows the classifier, or a verb unless
    ``past_verb``: then the phrase after the verb is read, the last resort of :func:`_resolve_unit`)."""
    after = text[unit_end:unit_end + 14]
    if after[:1] in _PUNCT or after[:1] in "、（(":
        return ""  # 参赛班组86个、职工4,500余人: nothing follows the classifier
    if not past_verb and _opens_with_verb(after):
        return ""  # 38个基层工会中的21个开展了审计: a verb follows, the count names nothing after it
    # a 、 inside the phrase joins its modifiers: 19个区域性、行业性联合工会
    after = _through_brackets(after)
    m = _NEXT_QUANTITY.search(after, 1)
    return after[:m.start()] if m else after


def _opens_with_verb(after: str) -> bool:
    """Does the text after a classifier open with a stop word of two characters or more (a verb that
    ends a phrase: 开展, 实现, 设立 …; ``data/subject.tsv``) that no counted noun there begins with?

    >>> _opens_with_verb("开展了经费审计"), _opens_with_verb("培训班"), _opens_with_verb("中心"), _opens_with_verb("企业开展")
    (True, False, False, False)
    """
    order, lengths, _ = _stop_order()
    return any(k >= 2 and after[:k] in order for k in lengths) and _noun_re().match(after) is None


def _cut_at_stops(after: str, stops: Iterable[str]) -> str:
    """``after`` cut before the first place of each stop word in turn (after its first
    character, not inside a counted noun)."""
    # a stop word inside a counted noun does not cut it: 3个分拨中心 (中 of 中心)
    inside = [m.span() for m in _noun_re().finditer(after)]
    for w in stops:
        i = after.find(w, 1)
        while i > 0 and any(a < i < b or (a == i and i + len(w) < b) for a, b in inside):
            i = after.find(w, i + 1)
        if i > 0:
            after = after[:i]
    return after


def counted_by(text: str, num_start: int, unit_end: int, past_verb: bool = False) -> str:
    """Class of what a classifier counts: the head (last) noun of the phrase after it
    (N个X: 3个户外劳动者服务站点 counts 站点), else the last noun before the number
    (X N个: 参赛班组86个 counts 班组).  A verb right after the classifier (21个开展了审计) leaves nothing
    counted after it, unless ``past_verb``: then the noun after the verb is read.

    >>> t = "表彰“工人先锋号”集体二十个，参赛班组86个，建成3个户外劳动者服务站点，8个科室的干部，7个母婴室"
    >>> [counted_by(t, t.index(n), t.index(n) + len(n)) for n in ("二十个", "86个", "3个", "8个", "7个")]
    ['org', 'org', 'org', 'org', 'other']
    """
    window = _phrase_window(text, unit_end, past_verb)
    if _noun_re().search(window) is None:
        return counted_before(text, num_start)  # no noun after it at all (most): the phrase names none
    phrase = _cut_phrase(window)  # noun_after(text, unit_end)
    de = phrase.find("的")
    if de > 0:
        # N个X的Y counts X when X is a noun (三十个科室的干部: 科室); else the head Y (三个建会的企业)
        noun = _noun_at_end(phrase[:de])
        if noun:
            return _noun_class()[noun]
    cls = counted_class(phrase, last=True)
    if cls == "person" and _people_counted_next(text, unit_end + len(window)):
        # 6个县工会专职干部不足10人: the people are counted by the next figure, the classifier counts
        # the organisation that holds them (工会), as 5个班组职工120人 counts 班组
        return "org" if _org_before_head(phrase) else cls
    if cls:
        return cls
    return counted_before(text, num_start)


#: a count of people right after a phrase (不足10人, 共120名, 近三十人), past a few linking words
_PEOPLE_NEXT = re.compile(r"[^，。；：！？,;:\n0-9０-９]{0,4}?[近约逾超共达]?[0-9０-９.]+\s?[人名位]|[^，。；：！？,;:\n]{0,4}?[一二三四五六七八九十两百千]+[余多]?[人名位]")


def _org_before_head(phrase: str) -> bool:
    """Does an organisation noun stand before the phrase's head noun (区县工会专职干部: 工会)?

    >>> _org_before_head("区县工会专职干部"), _org_before_head("企业职工代表"), _org_before_head("困难职工")
    (True, True, False)
    """
    nouns = _noun_class()
    return any(nouns[m.group()] == "org" for m in list(_noun_re().finditer(phrase))[:-1])


def _people_counted_next(text: str, at: int) -> bool:
    """Does a count of people follow at ``at`` (the end of a classifier's phrase window), a few
    linking words apart?

    >>> t = "有6个县工会专职干部不足10人，3个班组职工代表"
    >>> _people_counted_next(t, t.index("不足")), _people_counted_next(t, t.index("代表") + 2)
    (True, False)
    """
    return _PEOPLE_NEXT.match(text, at, at + 14) is not None


@lru_cache(maxsize=None)
def _before_tails() -> tuple[str, ...]:
    """Words between a noun and its count (共计, 达到, 不少于 …): the ``tail`` role of
    ``data/subject.tsv`` and the leading qualifiers (``before_tail`` role)."""
    rows = read_table("subject.tsv")
    words = {r["word"] for r in rows if r["role"] in ("tail", "before_tail")}
    return tuple(sorted(words, key=len, reverse=True))


def counted_before(text: str, num_start: int) -> str:
    """Class of the noun a count after it counts (X N个): the noun must END the phrase before
    the number (linking words like 共计/达到/不少于 dropped), so 接听职工来电1376个 counts
    来电 (``other``), not the 职工 inside it; a noun the table does not know gives ``""``.

    >>> t = "参赛班组86个，接听职工来电1376个，参赛项目部不少于2000个，基层工会配备专职主席的有963个"
    >>> [counted_before(t, t.index(n)) for n in ("86", "1376", "2000", "963")]
    ['org', 'other', 'org', 'org']
    """
    end = num_start - cell_gap(text, num_start)  # 基层工会组织 1856个: a row's label cell counts too
    before = text[max(0, end - 12):end]
    # a quoted name right before the count is what it counts: 新建“模范教工之家”3个
    before = before[:-1] if before.endswith(("”", "\"")) else before
    before = _PHRASE_MARK.split(before)[-1]
    tails, longest, last = _before_tail_set()
    headless = False
    while before and before[-1] in last:  # drop the longest linking word that ends the phrase, again and again
        tail = next((before[-k:] for k in range(min(longest, len(before)), 0, -1) if before[-k:] in tails), "")
        if not tail:
            break
        headless = tail == "的"
        before = before[: -len(tail)]
    noun = _noun_at_end(before)
    if noun and headless:
        # X配备Y的有N个: a clause closed by 的 names no head; N counts its topic X, not the object Y
        return counted_class(before) or _noun_class()[noun]
    if noun:
        return _noun_class()[noun]
    # an unlisted noun with a suffix that names people (调解员, 建设者, 讲师, 能手)
    # (the pattern [\u4e00-\u9fff][员者师手匠]$, read as two tests: the phrase holds no line break)
    return "person" if before[-1:] in _PERSON_ENDS and "\u4e00" <= before[-2:-1] <= "\u9fff" else ""


#: the one space that joins the cells of a table row (a row is a line, its cells joined by a space:
#: 基层工会组织 1856个 增长3.2%): between a label cell and its figure it cuts nothing
CELL_SPACES = frozenset(" \u3000")


def cell_gap(text: str, num_start: int) -> int:
    """1 where one space (a table row's cell separator) stands between a hanzi label and the number
    starting at ``num_start``, else 0: the label is read as if it stood right before the number, as
    the same words do in a sentence (基层工会组织1856个).

    >>> t = "基层工会组织 1856个 增长3.2%"
    >>> cell_gap(t, t.index("1856")), cell_gap(t, t.index("3.2")), cell_gap("2023 2024", 5)
    (1, 0, 0)
    >>> t = "会员人数 1486人"
    >>> counted_before("基层工会组织 1856个", 7), find_figures(t)[0].value
    ('org', 1486.0)
    """
    return 1 if (num_start >= 2 and text[num_start - 1] in CELL_SPACES
                 and "\u4e00" <= text[num_start - 2] <= "\u9fff") else 0


_PHRASE_MARK = re.compile(r"[，。；：！？,;:\n）)、“”\"]")
_PERSON_ENDS = frozenset("员者师手匠")


@lru_cache(maxsize=None)
def _before_tail_set() -> tuple[frozenset[str], int, frozenset[str]]:
    """:func:`_before_tails` as a set, with the length of the longest and the characters they end
    with (a phrase ending with another holds none at its end)."""
    tails = _before_tails()
    return frozenset(tails), max(map(len, tails), default=0), frozenset(t[-1] for t in tails if t)


#: what opens the parts of a whole before it: 其中, or 分别 (新建职工小家20个，分别在普速线路站段建12个、
#: 高铁站段建10个)
_PART_LEAD = re.compile(r"(?:其中[^，。；：！？,;:0-9]{0,8}|分别[^，。；：！？,;:0-9]{0,10})$")


def _lead_at(left: str) -> int:
    """Where the last word opening a whole's parts (其中, 分别) stands in ``left``, or -1."""
    return max(left.rfind("其中"), left.rfind("分别"))


def _part_of_whole(text: str, num_start: int, raw: str) -> str:
    """Class of a part that names no noun: what the whole it belongs to counts, read from the last
    ``N<raw>`` before it in the sentence; ``""`` if none.  A part is one after 其中
    (工作室7个，其中省级2个) or the next item of a 、 list named by a level or grade only
    (“工人先锋号”3个、区级5个).

    >>> t = "现有劳模创新工作室7个，其中省级2个。"
    >>> _part_of_whole(t, t.index("2个"), "个")
    'org'
    >>> t = "获得市级“工人先锋号”3个、区级5个、镇级4个。"
    >>> _part_of_whole(t, t.index("5个"), "个"), _part_of_whole(t, t.index("4个"), "个")
    ('org', 'org')
    >>> t = "现有劳模创新工作室7个，其中省级2个、市级3个。"
    >>> _part_of_whole(t, t.index("3个"), "个")
    'org'
    >>> t = "新建职工小家20个，分别在普速站段建12个、高铁站段建10个。"
    >>> _part_of_whole(t, t.index("12个"), "个"), _part_of_whole(t, t.index("10个"), "个")
    ('org', 'org')
    """
    left = _SENTENCE_END.split(text[max(0, num_start - 60):num_start])[-1]
    base = num_start - len(left)
    number = r"[0-9一二三四五六七八九十百千万两余多]+" + re.escape(raw)
    # the next item of a 、 list named by a level only counts what the item before counts: step back
    # over such items (“工人先锋号”3个、区级5个、镇级4个) to one that names it, or to 其中 and its whole
    while not _PART_LEAD.search(left):
        m = _level_item().search(left)
        if m is None:
            if not _later_part(left, number):
                return ""
            break  # 其中A95个、B38个: B is a part of the whole before 其中 too
        left = left[:m.start()]
        item = re.search(number + "$", left)
        if item is None:
            return ""
        cls = counted_by(text, base + item.start(), base + item.end())
        if cls:
            return cls
        left = left[:item.start()]
    wholes = list(re.finditer(number, left[:_lead_at(left)]))
    return counted_by(text, base + wholes[-1].start(), base + wholes[-1].end()) if wholes else ""


_CLAUSE_MARKS = re.compile(r"[，。；：！？,;:]")


#: the numeral of a count before, decimal point and thousands comma included (1.27万个, 12,700个: the
#: noun before it is read from the number's first character)
_COUNT_RUN = r"[0-9.．,一二三四五六七八九十百千万两余多]+"


def _count_before(text: str, num_start: int, raw: str) -> str:
    """Class of a count that names nothing itself (no noun after or before it, no 其中 whole): what
    the last count of the same classifier before it in the sentence counts, which it goes on
    counting (基层工会达到2156个，比上年增加98个; 38个基层工会中的21个; 新建的68个服务站中，有51个), through counts
    naming nothing either (站点58个，新增12个，其中9个); ``""`` if none.

    >>> t = "全市建立女职工委员会的基层工会达到2156个，比上年增加98个。对38个基层工会中的21个开展审计。"
    >>> _count_before(t, t.index("98个"), "个"), _count_before(t, t.index("21个"), "个"), _count_before(t, t.index("38个"), "个")
    ('org', 'org', '')
    >>> t = "年末共有基层工会组织1.27万个，比上年末增加486个。"
    >>> _count_before(t, t.index("486个"), "个")
    'org'
    >>> t = "新建女职工委员会三十七个，5家企业建立了“妈咪小屋”，全区“妈咪小屋”累计达到63个。"
    >>> _count_before(t, t.index("63个"), "个")
    ''
    """
    left = _SENTENCE_END.split(text[max(0, num_start - 60):num_start])[-1]
    base = num_start - len(left)
    upto = num_start
    parts = _closed_parts(left)
    for count in reversed(list(re.finditer(_COUNT_RUN + re.escape(raw), left))):
        if parts[0] <= count.start() < parts[1]:
            upto = base + parts[0]  # a part of the whole before 其中: the count after goes on counting the whole
            continue
        a, b = base + count.start(), base + count.end()
        between = text[b:upto]
        if _noun_re().search(between, len(noun_after(text, b))) is not None:
            return ""  # something else is named between (…三十七个，…“妈咪小屋”累计达到63个): not the same count
        cls = counted_by(text, a, b)
        if cls:
            return cls
        upto = a  # it names nothing either: what the count before it counts
    return ""


def _closed_parts(left: str) -> tuple[int, int]:
    """Where the clause of parts that the last 其中 of ``left`` opens stands, ``(start, end)``, when
    a clause mark closes it before the end of ``left``; else ``(0, 0)``.  A count that names nothing
    after it (新建“爱心妈咪小屋”24个，其中省级示范点3个、市级示范点6个，全县累计建成127个) goes on
    counting the whole before 其中, not its last part.

    >>> t = "新建小屋24个，其中省级示范点3个、市级示范点6个，全县累计建成"
    >>> a, b = _closed_parts(t); t[a:b]
    '其中省级示范点3个、市级示范点6个'
    >>> _closed_parts("服务站412个，其中依托银行网点建设95个、")
    (0, 0)
    """
    k = left.rfind("其中")
    if k < 0:
        return 0, 0
    m = _CLAUSE_MARKS.search(left, k)
    return (k, m.start()) if m else (0, 0)


def _later_part(left: str, number: str) -> bool:
    """Is the count after ``left`` a later item of a 、 list of parts that 其中 opens, each item before
    it ending in a count of the same classifier (其中依托银行网点建设95个、依托加油站建设38个)?

    >>> n = "[0-9]+个"
    >>> _later_part("服务站412个，其中依托银行网点建设95个、依托加油站建设", n), _later_part("其中依托银行网点建设", n)
    (True, False)
    >>> _later_part("其中省级2个，另建成", n)
    False
    """
    k = _lead_at(left)
    if k < 0 or _CLAUSE_MARKS.search(left, k):
        return False
    items = left[k + 2:].split("、")
    return len(items) >= 2 and all(re.search(number + "$", item) for item in items[:-1])


@lru_cache(maxsize=1)
def _level_item() -> re.Pattern:
    """The next item of a 、 list named only by a level or grade (、区级5个, 、四星级3家: the words
    of ``data/levels.tsv``) at the end of a phrase: a part of what the item before counts.

    >>> [bool(_level_item().search(s)) for s in ("3个、区级", "3家、四星级", "3个、先进")]
    [True, True, False]
    """
    words = sorted((r["word"] for r in read_table("levels.tsv")), key=len, reverse=True)
    return re.compile("、(?:" + "|".join(map(re.escape, words)) + ")$")


#: the words that join two counts sharing what comes after the last (12个和9个基层工会)
_JOINERS = frozenset("和与及、")
_COUNT_DIGITS = "0-9０-９.．零〇一二两三四五六七八九十百千"
#: more counts of 个 joined to a change in percentage points: 、2.6个 … 和1.2个百分点
_POINTS_AFTER = re.compile(f"(?:[和与及、][{_COUNT_DIGITS}]+个)*[和与及、][{_COUNT_DIGITS}]+个?百分点")


def _points_after(text: str, unit_end: int) -> bool:
    """Does a change in percentage points that this ``N个`` shares its unit with follow it
    (分别提高3.1个和2.6个百分点: 3.1 is percentage points too, written once for both)?

    >>> t = "分别提高3.1个和2.6个百分点，新建12个和9个工会"
    >>> [(t[f.start:f.end], f.unit, f.raw_unit) for f in find_figures(t)]
    [('3.1个', 'percent', '个百分点'), ('2.6个百分点', 'percent', '个百分点'), ('12个', 'org', '个'), ('9个', 'org', '个')]
    """
    return _POINTS_AFTER.match(text, unit_end) is not None


def _shared_noun(text: str, num_start: int, unit_end: int, raw: str) -> str:
    """Class of what a count counts when it is joined by 和/与/及/、 to the next count of the same
    classifier, which names it for both (分别新建12个和9个基层工会: 12个 counts 工会 too); ``""``
    when no count of the same classifier follows that way.

    >>> t = "两镇分别新建12个和9个基层工会，分别建成3个、5个和2个服务站"
    >>> [(t[f.start:f.end], f.unit) for f in find_figures(t)]
    [('12个', 'org'), ('9个', 'org'), ('3个', 'org'), ('5个', 'org'), ('2个', 'org')]
    """
    found = ""
    for _ in range(MAX_SHARED_COUNTS):  # along the chain of joined counts, to the one a noun follows
        if text[unit_end:unit_end + 1] not in _JOINERS:
            return found
        m = _SHARED_COUNT.match(text, unit_end)
        if m is None or not text.startswith(raw, m.end()):
            return found
        num_start, unit_end = m.start(1), m.end() + len(raw)
        found = counted_by(text, num_start, unit_end)
        if found:
            return found
    return found


_SHARED_COUNT = re.compile(f"[和与及、]([{_COUNT_DIGITS}]+)")
#: Joined counts followed this far at most for the noun after the last (a list of hundreds: no deeper)
MAX_SHARED_COUNTS = 12


def _resolve_unit(key: str, raw: str, text: str, num_start: int, unit_end: int) -> str | None:
    """The canonical unit of an ambiguous classifier (个, 家, 块, 件, 例, 分), from what it counts.

    >>> t = "调解劳动纠纷12例，查出疑似病例6例"
    >>> [_resolve_unit("@li", "例", t, t.index(n), t.index(n) + len(n)) for n in ("12例", "6例")]
    ['case', 'other']
    """
    if not key.startswith("@"):
        return key
    if key == "@score":
        return None  # 分 after a number is a score (考核得98分) or a time: no record (records.md)
    cls = (counted_by(text, num_start, unit_end) or _shared_noun(text, num_start, unit_end, raw) or _part_of_whole(text, num_start, raw) or _count_before(text, num_start, raw)
           or counted_by(text, num_start, unit_end, past_verb=True)  # 8个设立了职工书屋: nothing else names it
           or _item_label(text, num_start))  # 1.基层工会组建：…新建300个: the item's label names it
    if key == "@ci":
        return "other" if cls == "views" else "session"  # 阅读量3.2万次: views, not sessions
    if key == "@jia":
        # 家 counts households or establishments: whatever a phrase names, 家 makes it one (6家基地被评为
        # 五星级, 2家子公司隐患整改率低于90%, 职工书屋12家: org; the gold of all sets: 366 of 368)
        return "household" if cls == "household" else "org"
    if key == "@count":
        return {"person": "person", "org": "org", "household": "household", "session": "session"}.get(cls, "other")
    if key == "@kuai":
        return "item" if cls == "item" else "yuan"
    if key == "@jian":
        wider = _SENTENCE_END.split(text[max(0, num_start - 30):num_start])[-1]
        return "case" if cls == "case" or counted_class(wider, last=True) == "case" else "item"
    if key == "@li":
        # 例 counts cases of a dispute or complaint (调解纠纷12例, 受理争议30件，调解成功12例);
        # sick people found (疑似病例6例) are other
        wider = _SENTENCE_END.split(text[max(0, num_start - 30):num_start])[-1]
        if cls:
            return "case" if cls == "case" else "other"
        return "case" if counted_class(wider, last=True) == "case" else "other"
    return "other"


#: the label of a list item that opens its line (1.基层工会组建：, （二）职工书屋：): a marker, then
#: at most 12 characters up to a colon
#: (the marker is required: a speaker's line 主席：今年新建了15个 names no counted thing)
_ITEM_LABEL = re.compile(r"(?:[0-9]{1,2}[.．、]|[（(][一二三四五六七八九十0-9]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)([^，。；：:\n0-9]{2,12})[：:]")


def _item_label(text: str, num_start: int) -> str:
    """Class of what the label of the list item holding a count names (1.基层工会组建：规划目标为
    新建300个: 基层工会), when the count names nothing itself; ``""`` when its line opens with no label.

    >>> t = "各项指标如下：\\n1.基层工会组建：规划目标为新建300个；已新建268个。"
    >>> _item_label(t, t.index("300")), _item_label(t, t.index("如下")), _item_label("主席：今年新建了15个", 9)
    ('org', '', '')
    """
    line = text.rfind("\n", 0, num_start) + 1
    m = _ITEM_LABEL.match(text, line, min(num_start, line + 20))
    return counted_class(m.group(1), last=True) if m else ""


#: a year stated in the text, ``(19|20)\d\d\s?年``, found from its 年 looking back (a scan for
#: one character is ~4x faster than trying the digits at every place; same years, tested)
_YEAR = re.compile(r"年(?<=((?:19|20)\d\d)年)|年(?<=((?:19|20)\d\d)\s年)")


@lru_cache(maxsize=64)
def _years_in(text: str) -> frozenset[str]:
    """The years the text states (``2023年``, ``2023 年``).

    >>> sorted(_years_in("2022年和2023 年，12023年，1999年，2100年，年"))
    ['1999', '2022', '2023']
    """
    return frozenset(a or b for a, b in _YEAR.findall(text))


def _year_damaged(numeral: str, years: frozenset[str]) -> bool:
    """Digits that carry a stated year (global year replacement: 走访2023多家企业); ``years``: the
    four-character years the article states (:func:`_years_in`).

    >>> _year_damaged("20230", {"2023"}), _year_damaged("2195", {"2023"})
    (True, False)
    """
    digits = numeral.replace(",", "").split(".")[0]
    return len(digits) >= 4 and digits[:4] in years  # a stated year: four characters (_years_in)


def _is_ascii_int(s: str) -> bool:
    """Is ``s`` one to five ASCII digits (``[0-9]{1,5}``)?

    >>> [_is_ascii_int(s) for s in ("98", "12345", "123456", "", "９８", "3.5", "²")]
    [True, True, False, False, False, False, False]
    """
    return 0 < len(s) <= 5 and s.isascii() and s.isdigit()


@lru_cache(maxsize=1)
def _garble_verbs() -> tuple[str, ...]:
    """Verbs whose bare number at a clause end is a count that lost its classifier (信访接待2，)."""
    return tuple(r["word"] for r in read_table("subject.tsv") if r["role"] == "count_verb")


_SENTENCE_END_ASCII = re.compile(r"[。！？!?\n]")
_CLAUSE_MARK = re.compile(r"[，；：,;:（(]")


#: what, right after ASCII digits, says no classifier was lost there (2021年, 20xx, 5%): the
#: characters :func:`_garbled_bare` turns away first
_NO_LOST_CLASSIFIER = frozenset(
    {chr(c) for c in range(128)} - set(",.;!?") | _DATE_AFTER | set("%％‰—－~～·/"))


def _garbled_bare(text: str, start: int, end: int) -> str | None:
    """Unit class of a bare number whose classifier was evidently lost, else None.

    ``吸纳会员98。`` → person; ``全镇3基层工会`` → org; ``有8是外来民工`` → other.
    ``建设1、工会组建`` is a list marker glued to a heading on a page flattened onto one line.

    >>> _garbled_bare("覆盖职工986人0组织体检", 9, 10) is None
    True
    """
    nxt = text[end:end + 1]
    prev = text[start - 1:start] if start else ""
    if not prev or not ("\u4e00" <= prev <= "\u9fff"):
        return None
    if text[start:end] == "1" and nxt in ("、", ".", "．"):
        return None  # 1、 / 1. opens a list: a heading marker, not a count that lost its unit
    if text[start:end] == "0":
        return None  # 覆盖职工986人0组织体检: an OCR's 。 read as 0, no count of nothing
    if nxt in _NO_LOST_CLASSIFIER:
        return None
    sentence_left = _SENTENCE_END_ASCII.split(text[max(0, start - 60):start])[-1]
    clause_left = _CLAUSE_MARK.split(sentence_left)[-1]
    if not nxt or nxt in _PUNCT:
        # the count closes its clause: 吸纳会员98， / 信访接待2，
        cls = counted_class(clause_left[-6:], last=True)
        if not cls and not clause_left.endswith(_garble_verbs()):
            return None
        return cls or counted_class(sentence_left, last=True) or "other"
    if prev == "有" and nxt == "是":
        return "other"  # 有8是外来民工: a proportion that lost 成/%
    after = text[end:end + 6]
    m = _noun_re().search(after)
    if m and m.start() <= 2:
        return _noun_class()[m.group()]
    if prev == "有":
        return counted_class(sentence_left, last=True) or "other"
    return None


_CLASS_UNIT = {"person": "person", "org": "org", "household": "household", "case": "case",
               "item": "item", "money": "yuan", "goods": "item", "session": "session",
               "person_time": "person_time", "other": "other"}
#: the unit of a bare 万/亿 after a noun of each class (:func:`_scaled_bare`): the worth of goods
#: (慰问品价值20万) is money, as is money itself; people and attendances are counted
_SCALED_UNIT = {"money": "yuan", "goods": "yuan", "person_time": "person_time", "person": "person"}

#: the key in ``data/units.tsv`` of a word that begins with a unit's character but is no unit
#: (首届, 元旦, 门店): the number before it has no unit there
NO_UNIT = "none"
_LOST_DECIMAL = re.compile(f"[0-9][.．](?=[{_numbers.SCALE_CHARS}])")


# --------------------------------------------------------------------------- main entry

def find_figures(text: str) -> list[Figure]:
    """Every candidate figure of ``text`` in document order.

    >>> [text[f.start:f.end] for text in ["今年以来新建工会17家，组建率达98%，入会率达96%以上。"] for f in find_figures(text)]
    ['17家', '98%', '96%以上']
    >>> find_figures("5月初，由一名副主席担任，开展了一次问卷调查。")
    []
    """
    spans = _merged(excluded_spans(text))
    years = _years_in(text)
    out: list[Figure] = []
    numbers = _numbers.find_numbers(text)
    ocr = _numbers.ocr_numbers(text)  # 2O96人: a scan's OCR wrote a letter for a digit (one search)
    if ocr:
        numbers, ocr = _with_ocr_numbers(text, numbers, ocr)
    count = len(numbers)
    unit_follow, reject = _unit_index()[2], REJECT_BY_NEXT_CHAR
    i = 0
    while i < count:
        n = numbers[i]
        numbers[i] = None  # read once: the numbers (all the article's, 4x the input) go as figures come
        # both joins below need the next number one character after this one (1310、00, 1.8和2.3%)
        joined = i + 1 < count and numbers[i + 1].start == n.end + 1
        if joined and text[n.end] in GROUP_SPACES:
            grouped = _spaced_thousands(text, n, numbers, i + 1)  # 14 862人: one number, not 14 and 862
            if grouped is not None:
                n, used = grouped
                for k in range(i + 1, i + used):
                    numbers[k] = None
                i += used - 1
                joined = i + 1 < count and numbers[i + 1].start == n.end + 1
        merged = _garbled_decimal(text, n, numbers[i + 1]) if joined else None
        i += 1
        if merged is not None:
            n = merged
            numbers[i] = None
            joined = i + 1 < count and numbers[i + 1].start == merged.end + 1
            i += 1
            fig = _figure_of(text, n, spans, years, ("garbled_number",))
        elif ocr and n.start in ocr:
            fig = _figure_of(text, n, spans, years, ("garbled_number",))  # l382人: 1382, as written
        elif reject and n.kind == "number" and text[n.end:n.end + 1] not in unit_follow and _nothing_after(text, n):
            fig = None  # a list marker (一、, 二是), an ordinal, a date …: half the numbers a page holds
        else:
            fig = _figure_of(text, n, spans, years)
        if fig is None and joined:
            fig = _shared_sign(text, n, numbers, i, spans, years)
        if fig is None or (out and fig.start < out[-1].end):
            continue
        # a range's separator is one character (至, 到, —, ~ …: _RANGE_SEP)
        if out and fig.start == out[-1].end + 1 and _is_unit_range(text, out[-1], fig):
            lo = out.pop()  # 2000元至4000元: one record, the bounds in value and high
            fig = replace(fig, start=lo.start, value=lo.value, high=fig.value, num_start=lo.start, lead=lo.lead,
                          qualifier=lo.qualifier if fig.qualifier == "exact" else fig.qualifier)
        out.append(fig)
    masked = _masked_figures(text, spans, years)
    if masked:
        out = _with_masked(out, masked)
    cells = table_cells(text)
    return _table_figures(out, cells) if cells else out


def _masked_figures(text: str, spans, years) -> list[Figure]:
    """The figures of the numbers a site masked (:func:`reportmine.numbers.masked_numbers`) that a
    unit follows: value from the digits left, mention as written, flag ``garbled_number``
    (records.md ruling; heldout30 3003).  A masked year (20XX年), phone number or view counter
    (阅读：2**次, an excluded span) gives none.

    >>> t = "新建基层工会3X个，发展会员1**人，挽回经济损失3**万元，疗休养1X批次，电话0871-6532XXXX，20XX年"
    >>> [(t[f.start:f.end], f.value, f.unit, f.raw_unit, f.flags) for f in find_figures(t)]
    [('3X个', 3.0, 'org', '个', ('garbled_number',)), ('1**人', 1.0, 'person', '人', ('garbled_number',)), ('3**万元', 30000.0, 'yuan', '万元', ('garbled_number',)), ('1X批次', 1.0, 'session', '批次', ('garbled_number',))]
    """
    out = []
    for n in _numbers.masked_numbers(text):
        got = _match_unit(text, n.end)
        if got is None or got[1] == NO_UNIT:
            continue  # a unit must follow: 20XX年, 6532XXXX are no counts
        fig = _figure_of(text, n, spans, years, ("garbled_number",))
        if fig is not None:
            out.append(fig)
    return out


def _with_masked(figures: list[Figure], masked: list[Figure]) -> list[Figure]:
    """``figures`` with the masked figures in document order, in place of any figure they overlap
    (the 3 of 3**万元, the ○○个 of 1○○个)."""
    starts = [f.mention_start for f in masked]
    kept = [f for f in figures
            if not (0 <= (k := bisect_right(starts, f.end - 1) - 1) and masked[k].end > f.mention_start)]
    return sorted(kept + masked, key=lambda f: f.start)


@lru_cache(maxsize=256)
def _cell_reading(number: str, unit_word: str, label: str = "") -> Figure | None:
    """The figure of a bare cell read with its column's unit word (412 + 人, 12.36 + 万元), or None;
    ``label`` is the row's label read before it where the unit is the row's own (a 单位 column:
    新组建基层工会 + 25 + 个 -> org, as 个 after an organisation noun is).

    >>> _cell_reading("25", "个", "新组建基层工会").unit, _cell_reading("25", "个").unit
    ('org', 'other')
    """
    found = [f for f in find_figures(label + number + unit_word) if f.end > len(label)]
    f = found[0] if len(found) == 1 else None
    return f if f is not None and f.start == len(label) and f.end == len(label + number + unit_word) else None


def _table_figures(figures: list[Figure], cells) -> list[Figure]:
    """``figures`` with each numeric cell of a header table (:func:`reportmine.tablerows.table_cells`)
    in place of what was read there: the value and unit come from the number and its column's unit
    (慰问金额（万元） 12.36 -> 123600 yuan, raw_unit 万元; 会员数 412 -> 412 person, raw_unit ""), the
    mention is the cell as written, and ``cell`` holds the subject (row label + column) and what
    the column counts, which the typing stage reads.

    >>> t = "单位 会员数 入会率 慰问金额（万元）\\n机关 412 99.3% 12.36\\n后勤 344 97.4% 10.32\\n"
    >>> [(t[f.start:f.end], f.value, f.unit, f.raw_unit, f.cell) for f in find_figures(t)][:3]
    [('412', 412.0, 'person', '', ('机关会员数', '会员数412人')), ('99.3%', 99.3, 'percent', '%', ('机关入会率', '入会率99.3%')), ('12.36', 123600.0, 'yuan', '万元', ('机关慰问金额', '慰问金额12.36万元'))]
    """
    made = []
    for c in cells:
        number = c.mention[:-1] if c.mention.endswith("%") else c.mention
        f = _cell_reading(number.lstrip("+"), c.unit_word, "" if c.column else c.before)
        if f is None:
            continue
        made.append(Figure(c.start, c.end, f.value, f.unit, f.raw_unit if c.written else "", "exact",
                           num_start=c.start, unit_start=c.end, cell=(c.row + c.column, c.before + c.column + number.lstrip("+") + c.unit_word)))
    if not made:
        return figures
    starts = [f.start for f in made]
    kept = [f for f in figures
            if not (0 <= (k := bisect_right(starts, f.end - 1) - 1) and made[k].end > f.start)]
    return sorted(kept + made, key=lambda f: f.start)


def _with_ocr_numbers(text: str, numbers: list, ocr: list) -> tuple[list, frozenset[int]]:
    """``numbers`` with the OCR-damaged runs of ``ocr`` (:func:`reportmine.numbers.ocr_numbers`) that a
    unit follows in place of the numbers they overlap (3〇6.2万元 is one number, not 3 and 〇6.2万),
    and the starts of those runs (their figures carry ``garbled_number``).

    >>> t = "发放互助金3〇6.2万元，资助l96名，编号l5"
    >>> [(t[f.start:f.end], f.value, f.unit, f.flags) for f in find_figures(t)]
    [('3〇6.2万元', 3062000.0, 'yuan', ('garbled_number',)), ('l96名', 196.0, 'person', ('garbled_number',))]
    """
    kept = []
    for n in ocr:
        got = _match_unit(text, n.end)
        if got is not None and got[1] != NO_UNIT:
            kept.append(n)
    if not kept:
        return numbers, frozenset()
    merged = _merged([(n.start, n.end) for n in kept])
    out = [x for x in numbers if not any(_in_spans(p, merged) for p in (x.start, x.end - 1))] + kept
    out.sort(key=lambda x: x.start)
    return out, frozenset(n.start for n in kept)


def _spaced_scale(text: str, n_end: int) -> tuple[str, str] | None:
    """The unit after ``万``/``亿`` where a scan or PDF copy left a space between a number and
    them (286.5 万元): (raw_unit, unit key) of a real unit two characters after the number, else None.

    >>> t = "追回工资286.5 万元，筹集3 亿"
    >>> [(t[f.start:f.end], f.value, f.raw_unit) for f in find_figures(t)]
    [('286.5 万元', 2865000.0, '万元')]
    """
    got = _match_unit(text, n_end + 2)
    return got if got is not None and got[1] != NO_UNIT else None


def _shared_sign(text: str, n, numbers: list, i: int, spans, years) -> Figure | None:
    """A bare number joined by 和/与/及 to a percentage shares its sign: 分别提高1.8和2.3个百分点
    gives 1.8 percentage points, 95.2和92.6% gives 95.2%.  Joined by 、 it does so after 分别 in its
    clause (分别为95.2、92.6%: respectively; 三、95%的企业 is a heading marker), and through more
    bare numbers joined the same way (分别为95.2、93.6和92.6%).  ``numbers[i]`` is the number after ``n``.

    >>> t = "入会率分别提高1.8和2.3个百分点，3和4号楼"
    >>> [(t[f.start:f.end], f.value, f.unit, f.raw_unit) for f in find_figures(t)]
    [('1.8', 1.8, 'percent', '个百分点'), ('2.3个百分点', 2.3, 'percent', '个百分点')]
    >>> t = "建会率、入会率分别为95.2、93.6和92.6%。三、95%的企业"
    >>> [(t[f.start:f.end], f.value, f.unit) for f in find_figures(t)]
    [('95.2', 95.2, 'percent'), ('93.6', 93.6, 'percent'), ('92.6%', 92.6, 'percent'), ('95%', 95.0, 'percent')]
    """
    if n.kind != "number" or n.unit_hint:
        return None
    end, k = n.end, i
    while k < len(numbers):
        nxt = numbers[k]
        joiner = text[end:end + 1]
        if nxt is None or nxt.start != end + 1 or joiner not in _JOINERS:
            return None
        if joiner == "、" and not _respectively_before(text, n.start):
            return None
        if nxt.kind in ("percent", "percentage_point"):
            return _figure_of(text, n._replace(kind=nxt.kind, marker=nxt.marker), spans, years)
        if nxt.kind != "number" or nxt.unit_hint or nxt.high is not None:
            return None
        end, k = nxt.end, k + 1
    return None


def _respectively_before(text: str, start: int) -> bool:
    """Does 分别 stand in the clause before ``start`` (numbers said respectively of the things named)?"""
    return "分别" in _CLAUSE_END.split(text[max(0, start - 20):start])[-1]


_RANGE_SEP = ("至", "到", "—", "－", "-", "~", "～", "–")

#: the spaces that group thousands (14 862人, 8\u2009600余人次): an ASCII space, a thin space, a
#: narrow no-break space and a no-break space
GROUP_SPACES = frozenset(" \u2009\u202f\u00a0")
_HEAD_GROUP = re.compile(r"[1-9][0-9]{0,2}")
_THREE_DIGITS = re.compile(r"[0-9]{3}")
_LAST_GROUP = re.compile(r"[0-9]{3}(?:\.[0-9]+)?")


def _spaced_thousands(text: str, n, numbers: list, i: int):
    """``(number, how many numbers it joins)`` where ``n`` (followed by ``numbers[i:]``) is the head of a number whose
    thousands are set apart by a space (14 862人, 8 600余人次, 1 234 567元): one to three digits,
    then groups of exactly three digits each after one of :data:`GROUP_SPACES`, and a unit, a
    qualifier or 万/亿 right after the last group (two cells of a table row, 120 135, or a year
    beside a year, 2023 2024, join nothing); else None.

    >>> t = "会员总数14 862人，参与职工8 600余人次，筹集1 234 567元"
    >>> [(t[f.start:f.end], f.value, f.qualifier) for f in find_figures(t)]
    [('14 862人', 14862.0, 'exact'), ('8 600余人次', 8600.0, 'more_than'), ('1 234 567元', 1234567.0, 'exact')]
    >>> t = "指标 2023 2024；会员 120 135；2024年 1 月；服务站 12 3456个"
    >>> [t[f.start:f.end] for f in find_figures(t)]
    ['3456个']
    """
    head = text[n.start + len(n.lead):n.end]
    if n.kind != "number" or n.trail or n.high is not None or not _HEAD_GROUP.fullmatch(head):
        return None
    value, k, end = int(head), i, n.end
    while k < len(numbers):
        g = numbers[k]
        if (g.start != end + 1 or text[g.start - 1] not in GROUP_SPACES or g.lead
                or g.kind != "number" or g.high is not None):
            return None
        core = g.text[:len(g.text) - len(g.trail)]
        core = core[:len(core) - len(g.unit_hint)] if g.unit_hint else core
        if _THREE_DIGITS.fullmatch(core) and not g.trail and not g.unit_hint and g.end < len(text) \
                and text[g.end] in GROUP_SPACES and k + 1 < len(numbers) and numbers[k + 1].start == g.end + 1:
            value, k, end = value * 1000 + int(core), k + 1, g.end  # a middle group: 1 234 567
            continue
        if not _LAST_GROUP.fullmatch(core) or not (g.trail or g.unit_hint or _match_unit(text, g.end)):
            return None
        whole = (Decimal(value) * 1000 + Decimal(core)) * _numbers.multiplier(g.unit_hint)
        qualifier = n.qualifier if n.lead and n.qualifier != "approx" or g.qualifier == "exact" else g.qualifier
        return n._replace(end=g.end, text=text[n.start:g.end], value=float(whole), unit_hint=g.unit_hint,
                          trail=g.trail, qualifier=qualifier), k + 2 - i
    return None


def _is_unit_range(text: str, lo: Figure, hi: Figure) -> bool:
    """Do two figures written ``A元至B元`` make one range (records.md: a range is one record)?

    >>> t = "每人资助1000元至3000元，走访58家增至65家，占百分之五十至百分之六十"
    >>> f = find_figures(t)
    >>> [(t[x.start:x.end], x.value, x.high) for x in f]
    [('1000元至3000元', 1000.0, 3000.0), ('58家', 58.0, None), ('65家', 65.0, None), ('百分之五十至百分之六十', 50.0, 60.0)]
    """
    sep = text[lo.end:hi.start]
    marked = lo.unit_start < lo.end or lo.unit == "percent"  # 百分之五十至百分之六十
    return (sep in _RANGE_SEP and lo.high is None and hi.high is None and lo.unit == hi.unit
            and lo.raw_unit == hi.raw_unit and marked and lo.value < hi.value)


_GARBLED_POINT = re.compile(f"、([0-9]{{2}})[{_numbers.SCALE_CHARS}]?")


def _garbled_decimal(text: str, n, nxt):
    """``1310、00元``: a decimal point damaged into 、 between digits, exactly two digits after it
    and money after them (a money unit, or a money noun before the number: 捐款1310、00) is a
    decimal point (records.md ruling).  Returns the merged number, else None.

    >>> t = "募集善款5260、50元，发放奖金86、00万元，捐款1310、00。分发1、2、3号，参加10、20人"
    >>> [(t[f.start:f.end], f.value, f.unit, f.raw_unit) for f in find_figures(t) if f.unit == "yuan"]
    [('5260、50元', 5260.5, 'yuan', '元'), ('86、00万元', 860000.0, 'yuan', '万元'), ('1310、00', 1310.0, 'yuan', '')]
    """
    if nxt is None or n.kind != "number" or n.trail or n.high is not None or nxt.start != n.end + 1:
        return None
    whole = text[n.start + len(n.lead):n.end]
    m = _GARBLED_POINT.fullmatch(text, n.end, nxt.end)
    if not whole.isdigit() or not whole.isascii() or m is None or nxt.lead or nxt.kind != "number":
        return None
    got = _match_unit(text, nxt.end)
    if not (got and got[1] == "yuan") and not _money_before(text, n.start):
        return None
    value = (Decimal(whole) + Decimal(m.group(1)) / 100) * _numbers.multiplier(nxt.unit_hint)
    return n._replace(end=nxt.end, text=text[n.start:nxt.end], value=float(value),
                   unit_hint=nxt.unit_hint, trail=nxt.trail, qualifier=nxt.qualifier)


_CLAUSE_END = re.compile(r"[，。；：！？,;:!?\n]")


def _money_before(text: str, num_start: int) -> bool:
    """Is the number preceded, in its clause, by a money noun (捐款, 资金, 经费 …: class ``money``
    of ``data/nouns.tsv``)?"""
    clause = _CLAUSE_END.split(text[max(0, num_start - 16):num_start])[-1]
    return counted_class(clause, last=True) == "money"


#: drop a plain number at once when no unit (nor a space before one) follows it and nothing else
#: could make it a figure: no 万/亿 ending, no joined decimal, not the ASCII digits a lost
#: classifier leaves; most of them are list markers (一、, 二是), ordinals and dates (False: the
#: whole reading decides; the tests compare the two)
REJECT_BY_NEXT_CHAR = True


def _scaled_bare(text: str, start: int, n) -> tuple[str, str] | None:
    """(unit, raw_unit) of a number ending in 万/亿 with no unit after it, from the noun before it:
    money or goods (补贴3.8万, 经费1.2亿, 慰问品价值20万: yuan, records.md ruling), 人次 (参保人次突破6万: person_time),
    人数 (person).  None when nothing before says what it counts.

    >>> t = "发放补贴3.8万，参保人次突破6万，奋斗十万"
    >>> [(t[f.start:f.end], f.value, f.unit, f.raw_unit) for f in find_figures(t)]
    [('3.8万', 38000.0, 'yuan', '万'), ('6万', 60000.0, 'person_time', '万')]
    """
    if n.unit_hint not in _numbers.SCALES or n.kind != "number":
        return None
    unit = _SCALED_UNIT.get(counted_before(text, start), "")
    return (unit, n.unit_hint) if unit else None


def _nothing_after(text: str, n) -> bool:
    """Is a plain number (kind ``number``, no joined decimal) that no unit (nor a space before
    one) follows no figure by the character after it alone?  It ends in no 万/亿, and it is not
    the ASCII digits a lost classifier leaves (:func:`_garbled_bare`).  Decided before
    :func:`_figure_of`, which would drop it too (:data:`REJECT_BY_NEXT_CHAR`; the tests compare
    the two)."""
    n_end = n.end
    return n.unit_hint not in _numbers.SCALES and (
        text[n_end:n_end + 1] in _NO_LOST_CLASSIFIER or not _is_ascii_int(text[n.start + len(n.lead):n_end]))


def _figure_of(text: str, n, spans, years, extra_flags: tuple[str, ...] = ()) -> Figure | None:
    n_start, n_end, _, n_value, n_high, qualifier, kind, _, hint, marker, lead, _, vague = n
    start = n_start + len(lead)  # the figure starts at the numeral: 约/近/超过 are the qualifier
    span_starts, span_ends = spans  # _in_spans, inline (every candidate asks)
    k = bisect_right(span_starts, start) - 1
    if (k >= 0 and start < span_ends[k]) or vague:
        return None  # excluded, or a vague amount (十几, 上千, 几万: records.md)
    written = text[start:n_end]
    numeral = _NUMERAL_TAIL.sub("", written) if written[-1:] in _TAIL_LAST else written  # _core_numeral
    if kind == "number":
        if numeral in ("一", "壹") and not _counts_after_noun(text, n_end):
            return None  # 一 as the article "a": 由一名副主席担任
        if numeral in ("百", "千", "万") and not lead:
            return None  # 百名女职工…表演赛, 千人签字活动: names, not counts (but 近千名 is one)
        if start and text[start - 1] in "第前后":
            return None
        if numeral[:1] in "○〇" and not numeral.strip("○〇" + _numbers.SCALE_CHARS):
            return None  # ○○个, ○○万元: a number masked whole (field f015, f024: no record), no count of zero
    flags = tuple(extra_flags)
    if ("." in written or "．" in written) and _LOST_DECIMAL.search(text, start, n_end):
        flags += ("garbled_number",)  # 1.万人: the digit after the point is lost
    value = float(n_value)
    if kind == "fraction":
        if not _is_share_fraction(n):
            return None  # 一半 is a word; 24/7, 3/12 are no shares
        # 约占三分之一, 1/4的学员: a share, valued in percent (two decimals) like every other share
        value, unit, raw, end, unit_start = round(float(n_value) * 100, 2), "percent", marker, n_end, n_end
    elif kind in ("percent", "chengshu", "percentage_point"):
        end = n_end
        raw = "%" if "%" in written else "％" if "％" in written else "成" if kind == "chengshu" else (
            "个百分点" if kind == "percentage_point" else "百分之" if "百分" in written else "%")
        unit = "percent"
        unit_start = end
    else:
        # 8 个: a space a PDF copy left between number and unit
        got = _match_unit(text, n_end + 1) if text[n_end:n_end + 1] in (" ", "\u3000") else None
        gap = 0 if got is None else 1
        if (got is None and not hint and n_high is None and text[n_end + 1:n_end + 2] in _numbers.SCALES
                and text[n_end:n_end + 1] in (" ", "\u3000")):
            got = _spaced_scale(text, n_end)  # 286.5 万元: the space before 万 too
            if got is not None:
                hint, gap = text[n_end + 1], 2
                value *= float(_numbers.multiplier(hint))
        if got is None:
            got = _match_unit(text, n_end)
        if got is not None and got[1] == NO_UNIT:
            if not _noun_re().match(text, n_end):
                return None  # 2023首届, 2024元旦: a year (or nothing) before a word, no count
            got = None  # 12门店: a count of the noun, its classifier lost (read below)
        scaled = _scaled_bare(text, start, n) if got is None else None
        if scaled is not None:
            (unit, raw), end, unit_start = scaled, n_end, n_end
        elif got is None and "garbled_number" in extra_flags:
            unit, raw, end, unit_start = "yuan", "", n_end, n_end  # 捐款1310、00: money by its context
        elif got is None:
            cls = _garbled_bare(text, start, n_end) if _is_ascii_int(written) else None
            if cls is None:
                return None
            unit, raw, end, unit_start = _CLASS_UNIT.get(cls, "other"), "", n_end, n_end
            flags += ("garbled_number",)
        else:
            raw, key = got
            unit_start = n_end + gap
            end = unit_start + len(raw)
            if raw == "个" and text[end:end + 1] in _JOINERS and _points_after(text, end):
                kind, unit, raw = "percentage_point", "percent", "个百分点"  # 提高3.1个和2.6个百分点
            else:
                unit = _resolve_unit(key, raw, text, start, end) if key[:1] == "@" else key
            if unit is None:
                return None
            raw = hint + raw
            # most units are followed by no qualifier word (左右, 以上 …): one set test decides
            tq = _numbers.trailing_qualifier(text, end) if text[end:end + 1] in _post_first() else None
            if tq and qualifier == "exact":
                qualifier, end = tq
    if unit == "percent" and qualifier == "exact" and _about_share().search(text, max(0, start - 20), start):
        qualifier = "approx"  # 约占全镇职工总数的三分之二: 约 governs the share it introduces
    if (years and len(numeral) >= 4 and "garbled_number" not in flags and _year_damaged(numeral, years)
            and not _is_year_use(text, n_end)):  # a year has four digits: a shorter numeral carries none
        flags += ("garbled_number",)
    kept = len(lead) if lead and _numbers.lead_in_mention(lead) else 0  # 约860万元: the mention holds 约
    return _new_figure(start, end, value, unit, _raw_units(raw, raw), qualifier,
                       None if n_high is None else float(n_high), start, unit_start, flags, kind, kept)


#: one str per distinct raw unit as written (the units table times 万/亿 and the classifier hints:
#: a few hundred), not a slice of the text per figure (half the input's size on a long report)
_raw_units = {}.setdefault

_post_first = _numbers._post_first_chars  # what trailing_qualifier tests first

_FIGURE_SLOTS = tuple(getattr(Figure, name).__set__ for name in Figure.__slots__)


def _new_figure(start, end, value, unit, raw_unit, qualifier, high, num_start, unit_start, flags, kind, lead=0) -> Figure:
    """``Figure(...)`` with every field given, made by filling its slots directly: the frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__`` by name, about twice
    the time (thousands of figures a page).  Same object (tested)."""
    fig = object.__new__(Figure)
    (s_start, s_end, s_value, s_unit, s_raw, s_qual, s_high, s_num, s_unit_start, s_flags, s_kind, s_lead,
     s_cell) = _FIGURE_SLOTS
    s_start(fig, start)
    s_end(fig, end)
    s_value(fig, value)
    s_unit(fig, unit)
    s_raw(fig, raw_unit)
    s_qual(fig, qualifier)
    s_high(fig, high)
    s_num(fig, num_start)
    s_unit_start(fig, unit_start)
    s_flags(fig, flags)
    s_kind(fig, kind)
    s_lead(fig, lead)
    s_cell(fig, None)
    return fig


#: the largest denominator of a slash fraction read as a share (1/4, 2/3); 3/12 or 24/7 are
#: more often dates, times or codes than shares
MAX_SLASH_DENOMINATOR = 10


def _is_share_fraction(n) -> bool:
    """Is a fraction a share?  三分之一 always; a slash fraction only when proper, with a small
    denominator (1/4, 2/3); 一半 never (a word, not a figure).

    >>> from reportmine.numbers import parse_number
    >>> [_is_share_fraction(parse_number(s)) for s in ("三分之一", "1/4", "24/7", "3/12", "一半")]
    [True, True, False, False, False]
    """
    if n.marker == "分之":
        return True
    if n.marker != "/":
        return False
    num, den = n.text[len(n.lead):len(n.text) - len(n.trail)].split("/")
    return 0 < int(num) < int(den) <= MAX_SLASH_DENOMINATOR


_LINE_MARKERS = frozenset("一二三四五六七八九十第")  # a next line opening with a heading or list marker


@lru_cache(maxsize=1)
def _about_share() -> re.Pattern:
    """约占/近占 … 的 right before a share: an approximate share whose 约 stands before its whole."""
    words = "|".join(re.escape(w) for w in sorted(_numbers.lead_words("approx"), key=len, reverse=True))
    return re.compile(f"(?:{words})占[^，。；：,;:!?！？\n]{{0,14}}的$")


def _counts_after_noun(text: str, end: int) -> bool:
    """Is 一 + classifier at ``end`` a count standing AFTER its noun (培训班一期，)?  一 + classifier
    is the article "a" only before a noun (举办了一期培训班, 由一名副主席担任); where the classifier
    closes the clause nothing follows for it to introduce, so it counts what came before, when it
    is an item of a tally of the same classifier (:func:`_tallied`).

    >>> t = "举办了一期培训班，技能培训班五期，为期两天的工会干部培训班一期。开展健康讲座一次，参加65人。"
    >>> [_counts_after_noun(t, t.find(w) + w.index("一") + 1) for w in ("一期培训班", "培训班一期", "讲座一次")]
    [False, True, False]
    """
    got = _match_unit(text, end)
    if got is None or got[1] == NO_UNIT:
        return False
    after = end + len(got[0])
    prev = text[max(0, end - 2):end - 1]
    if not prev or not ("\u4e00" <= prev <= "\u9fff"):
        return False  # nothing before it to count: a clause that opens with 一名…
    if after < len(text) and text[after] == "\n":
        # a line that breaks off mid-clause (召开了一次\n集体协商会) is a hard wrap, not a clause end
        nxt = text[after + 1:after + 2]
        closes = not nxt or not ("\u4e00" <= nxt <= "\u9fff") or nxt in _LINE_MARKERS
    else:
        closes = after >= len(text) or text[after] in "，。；、！？,;!?）)"
    # an event held once (讲座一次, 筛查一次) is 一 as "a" unless it is an item of a tally
    return closes and (got[1] not in _EVENT_UNITS or _tallied(text, end - 1, got[0]))


#: the unit keys of events held (次, 场, 期 …): one held once is "a", not a count (records.md ruling)
_EVENT_UNITS = frozenset({"@ci", "session"})


def _tallied(text: str, one: int, unit: str) -> bool:
    """Does the sentence of the 一 at ``one`` count the same classifier with another number
    (培训班五期，…培训班一期: an item of a tally)?  An event held once and named alone
    (开展健康讲座一次，参加女职工65人) is 一 as "a" (records.md ruling; the field and heldout gold).
    """
    lo = max(0, one - 60)
    left = _SENTENCE_END.split(text[lo:one])[-1]
    right = _SENTENCE_END.split(text[one + 1 + len(unit):one + 61])[0]
    count = re.compile("(?:[0-9０-９]+|[两二三四五六七八九十百千][零〇一二两三四五六七八九十百千]*)" + re.escape(unit))
    return count.search(left) is not None or count.search(right) is not None


_TAIL_LAST = frozenset("余多上下右余%％成")  # the last characters of the tails below
_NUMERAL_TAIL = re.compile(r"(?:余|多|以上|以下|左右|上下|有余|%|％|成)+$")


def _core_numeral(s: str) -> str:
    """The numeral itself, without 余/多/以上 or the percent sign: ``60余`` → ``60``."""
    return _NUMERAL_TAIL.sub("", s) if s[-1:] in _TAIL_LAST else s


def _is_year_use(text: str, end: int) -> bool:
    return text[end:end + 1] in ("年",)


