"""Site furniture: navigation, banners, download-page blocks, footers, page counters.

Template and download sites print the same furniture around every report they
host: a navigation bar, a breadcrumb, 下载文档 / ID: / 大小: blocks, a
温馨提示 notice, 热门推荐 link lists, 微信扫码 prompts, "第9页 共9页" glued to
the last line, and the title of the collection a report was filed under
("乡镇工会上半年工作总结(精选4篇)"), sometimes repeated inside an article.

:func:`remove_furniture` deletes it.  Each deletion is an
:class:`~reportmine.textedit.Edit` whose note names the pattern family, so the
normalisation log records what was removed.  The patterns live in
``data/furniture.tsv`` (``pattern``, ``kind``, ``note``); the *kind* says how
strong the evidence is:

``line``
    the whole line matches: removed wherever it stands;
``notice``
    like ``line``, and the numbered items right after it go too (温馨提示：1. … 2. …);
``list``
    like ``line``; in the page tail everything after it goes too (the linked titles
    under 热门推荐, 相关文章 …);
``edge``
    weak evidence (a bare number, a site-name line, a line of keywords): removed
    only in the page head (before the first body paragraph) or tail (after the
    last one), never between body paragraphs;
``watermark``
    like ``line``, and the same text is cut wherever else it stands on the page, even
    inside a sentence (a site stamps "某某范文宝典:www.example.com" into the report);
``page``
    like ``line``, for a page number or counter standing where a page broke: when the
    line before it does not end a sentence and the line after goes on, the sentence ran
    across the page and the break goes too (…百人 / - 2 - / 以上企业… → …百人以上企业…);
``post``
    the header of a post in a forum thread (楼主 | 发表于 …, 沙发 | 发表于 …): removed with the
    user-name line right above it; from the second post header on, the rest of the page goes
    (the replies under the post that holds the report);
``head``
    furniture glued to the start of a line that goes on with text (精品文档---下载后可任意编辑…):
    only that span is removed;
``inline``
    unmistakable furniture inside a line (第1页共5页, ……此处隐藏2316个字……): only
    that span is removed, wherever it stands;
``tail``
    furniture glued to the end of a body line: only that span is removed.  Tail rows
    never end in a sentence end (。！？), so a line closing its sentence is not searched.

A head or inline row that matches a whole line removes the line.  Besides the table,
two page-level checks use the page itself as evidence: a later copy of the page's
first title line is removed (the site prints its heading, then the report's), and a
head line that previews the report (its title and first sentence, cut and closed
with 。) is removed when the report itself follows.

A line is matched with a leading list bullet (``- ``, ``• ``, ``· ``) set aside, so
"- 格式:docx" and "• 相关推荐" are the furniture they would be without it.

A row of kind ``define`` names a sub-pattern (name in the ``note`` column) that
later rows use as ``<<name>>``: the fields of an article meta line (发布时间：…,
浏览：…) are written once and combined in any order.

Body text is never touched by the line kinds: patterns must match the whole
line, so a sentence that mentions 下载 or 分享 stays.

>>> text = "首页 > 其他 >\\n县总工会工作总结\\n今年以来，我们做了三件事。 第9页 共9页\\n热门推荐\\n某某工作总结"
>>> edits = remove_furniture(text)
>>> [text[e.start:e.end].strip() for e in edits]
['首页 > 其他 >', '第9页 共9页', '热门推荐', '某某工作总结']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Iterator

from ..patterns import may_hold, required_strings
from ..tables import parse_table
from ..textedit import Edit
from .paragraphs import NEVER_OPENING, hidden_gap, is_heading_line, runs_on
from .paragraphs import join_broken_paragraphs as _paragraph_joins
from .pinyin import strip_pinyin
from .titles import find_piece_lines, is_contributor_line, is_entry_head, is_piece_line, is_title_shaped

__all__ = ["FurniturePattern", "load_furniture_patterns", "remove_furniture", "is_body_line", "is_link_line", "is_furniture_line"]

KINDS = ("line", "edge", "notice", "list", "watermark", "page", "post", "continued", "comments", "comment", "head", "inline", "tail")

#: A reference to a ``define`` row inside a pattern: ``<<name>>``.
_MACRO = re.compile(r"<<(\w+)>>")

#: Lines longer than this are never whole-line furniture (a cheap pre-filter).
MAX_FURNITURE_LINE = 300

#: A body paragraph: it holds a sentence end, or is long and holds a comma.
_SENTENCE_END = re.compile(r"[。！？!?]")
_COMMA = re.compile(r"[，,；;]")

#: A numbered item of a notice (1. 2、 ① (3) …).
_NOTICE_ITEM = re.compile(r"\s*(?:\d{1,2}\s*[.．、）)]|[（(]\d{1,2}[)）]|[①-⑳])")


@dataclass(frozen=True)
class FurniturePattern:
    """One row of ``furniture.tsv``: its pattern, its kind and what it removes.

    ``pattern`` is compiled on first use: a page is tested against one alternation per
    kind, and a row's own pattern is needed only where that alternation matched (a clean
    page compiles none of the 160 rows: start-up).
    """

    source: str | re.Pattern | None
    kind: str
    note: str
    where: str = ""

    @cached_property
    def pattern(self) -> re.Pattern | None:
        if self.source is None or isinstance(self.source, re.Pattern):
            return self.source
        try:
            return re.compile(self.source)
        except re.error as exc:
            raise ValueError(f"{self.where}: bad regular expression {self.source!r}: {exc}") from exc


def _compile_rows(rows: list[FurniturePattern]) -> re.Pattern:
    """One alternation of ``rows``' patterns; a bad row is named (its own compile explains it)."""
    try:
        return re.compile("|".join(f"(?:{p.source})" for p in rows))
    except re.error:
        for p in rows:
            p.pattern  # noqa: B018 - raises the explained ValueError for the bad row
        raise


def _expand(pat: str, defines: dict[str, str], origin: str, lineno: int) -> str:
    """``pat`` with every ``<<name>>`` replaced by its ``define`` row (as a non-capturing group).

    >>> _expand("a<<x>>b", {"x": "[0-9]+"}, "t", 1)
    'a(?:[0-9]+)b'
    """

    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in defines:
            raise ValueError(f"{origin}:{lineno}: <<{name}>> is used before a 'define' row names it")
        return f"(?:{defines[name]})"

    return _MACRO.sub(sub, pat)


def _read_table(text: str, origin: str) -> tuple[FurniturePattern, ...]:
    """The furniture patterns of a ``pattern<TAB>kind<TAB>note`` table, ``define`` rows expanded."""
    rows = []
    defines: dict[str, str] = {}
    table = parse_table(text, origin)
    if table and list(table[0]) != ["pattern", "kind", "note"]:
        raise ValueError(f"{origin}: the header must name 3 tab-separated columns (pattern, kind, note), got {list(table[0])}")
    for row in table:
        lineno = row.line
        pat, kind, note = row["pattern"], row["kind"], row["note"]
        if not kind:
            raise ValueError(f"{origin}:{lineno}: expected 3 tab-separated columns (pattern, kind, note), got no kind")
        pat = _expand(pat, defines, origin, lineno)
        if kind == "define":
            defines[note.strip()] = pat
            continue
        if kind == "gap":  # a hidden-text gap: inline furniture (paragraphs.gap_breaks reads the row too)
            kind = "inline"
        if kind not in KINDS:
            raise ValueError(f"{origin}:{lineno}: unknown kind {kind!r}; use one of {', '.join(KINDS)}")
        if kind == "tail":
            rx = rf"\s*(?:{pat})\s*$"
        elif kind == "head":
            rx = rf"\s*(?:{pat})\s*"
        else:
            rx = rf"(?:{pat})"
        rows.append(FurniturePattern(rx, kind, note, f"{origin}:{lineno}"))
    return tuple(rows)


#: The tables of furniture rows: site furniture, and the apparatus of a printed or drafted page.
FURNITURE_TABLES = ("furniture.tsv", "layout.tsv")


@lru_cache(maxsize=1)
def load_furniture_patterns() -> tuple[FurniturePattern, ...]:
    """The furniture patterns of ``reportmine/normalize/data/furniture.tsv`` and ``layout.tsv``, compiled once.

    >>> kinds = {p.kind for p in load_furniture_patterns()}
    >>> sorted(kinds)
    ['comment', 'comments', 'continued', 'edge', 'head', 'inline', 'line', 'list', 'notice', 'page', 'post', 'tail', 'watermark']
    """
    data = resources.files("reportmine.normalize").joinpath("data")
    return tuple(row for name in FURNITURE_TABLES for row in _read_table(data.joinpath(name).read_text(encoding="utf-8"), name))


@lru_cache(maxsize=1)
def _combined() -> dict[str, re.Pattern]:
    """One alternation per kind, for a fast first test of every line."""
    out = {}
    for kind in KINDS:
        rows = [p for p in load_furniture_patterns() if p.kind == kind]
        if rows:
            out[kind] = _compile_rows(rows)
    return out


#: A list bullet before a line of furniture ("- 格式:docx", "• 相关推荐").
_BULLET = re.compile(r"[-•·▪●◆■]\s+")


@lru_cache(maxsize=None)
def _combined_of(kinds: tuple[str, ...]) -> re.Pattern:
    """One alternation of the patterns of all ``kinds``."""
    rows = [p for p in load_furniture_patterns() if p.kind in kinds]
    return _compile_rows(rows) if rows else re.compile(r"(?!)")


# -- which rows could match a line: the literal strings every match of a row holds ----------
# A row can match a line only if the line holds one of the row's *factors*: strings read off
# the row's regular expression, one of which every match contains (热门推荐 or 相关文章 for the
# link-list row; 第 for a page counter).  A page is scanned for the factors once, and a line
# is tried only against the rows whose factor it holds (and the few rows without factors),
# instead of one alternation of 160 patterns a line: on a clean page most lines hold none.

def row_factors(source: str) -> frozenset[str] | None:
    r"""Strings one of which every match of the regular expression ``source`` holds, or None
    (:func:`reportmine.patterns.required_strings`, whole strings, case folded as ``re`` does).

    Matches are looked for inside a line only, so a factor holding a line break is dropped
    (``\s`` stands for the other blanks).

    >>> sorted(row_factors(r"[^\n]{0,120}(?:小编|本站编辑)[^\n]{0,160}"))
    ['小编', '本站编辑']
    >>> sorted(row_factors(r"第\s*\d+\s*页")), row_factors(r"\d{3,12}"), sorted(row_factors("a\n?b|c\nd|c"))
    (['第'], None, ['ab', 'c'])
    """
    return frozenset(f for f in required_strings(source, fold_case=True) or () if "\n" not in f) or None


#: A sentence end: most body lines hold one, and most whole-line rows cannot.
_STOP = "。"


class _FactorIndex:
    """The rows' factors, indexed for a scan of a page.

    ``by_first``: first character -> ((factor, row numbers), …); ``free``: the rows without
    factors.  For the page scan, one-character factors (第, ：) are found by a numpy table
    over code points, longer ones by their first two characters (a numpy table over pairs of
    numbered characters), then checked where such a pair stands; a line's rows are gathered as
    the bits of an int.
    """

    def __init__(self, patterns: tuple[FurniturePattern, ...]) -> None:
        by_factor: dict[str, set[int]] = {}
        free, stop_rows = set(), set()
        for i, p in enumerate(patterns):
            source = p.source if isinstance(p.source, str) else None
            if source is None or may_hold(source, _STOP):
                stop_rows.add(i)
            found = row_factors(source) if source is not None else None
            if found is None:
                free.add(i)
                continue
            for f in found:
                by_factor.setdefault(f, set()).add(i)
        self.free = frozenset(free)
        #: the rows a whole line holding 。 may match
        self.stop_rows = frozenset(stop_rows)
        by_first: dict[str, list] = {}
        self.singles: dict[int, frozenset[int]] = {}
        pairs: dict[int, list] = {}
        for f, rows in by_factor.items():
            by_first.setdefault(f[0], []).append((f, frozenset(rows)))
            if len(f) == 1:
                self.singles[ord(f)] = frozenset(rows)
            else:
                pairs.setdefault(_pair(ord(f[0]), ord(f[1])), []).append((f, frozenset(rows)))
        self.by_first = {ch: tuple(v) for ch, v in by_first.items()}
        self.pairs = {k: tuple(v) for k, v in pairs.items()}

    # the numpy tables of the page scan: built when a page long enough for it comes
    @cached_property
    def single_table(self):
        return _code_table(self.singles)

    @cached_property
    def single_masks(self) -> dict[int, int]:
        """code point -> the rows of its one-character factor, as a bit mask"""
        return {c: _mask(rows) for c, rows in self.singles.items()}

    @cached_property
    def pair_scan(self):
        """The tables that find the pairs a longer factor starts with, in a few numpy passes:
        (ids, width, table, by_pair).  ``ids`` numbers (from 1) the characters that stand in such
        a pair, over code points (the last slot stands for every code point above, id 0); the
        pair of the characters numbered a, b is ``a * width + b``; ``table`` is True at the
        pairs that start a factor, and ``by_pair`` gives their ((factor, row mask), …)."""
        import numpy as np

        chars = sorted({k >> 21 for k in self.pairs} | {k & 0x1FFFFF for k in self.pairs})
        ids = np.zeros(max(chars, default=0) + 2, dtype=np.uint32)
        ids[chars] = np.arange(1, len(chars) + 1, dtype=np.uint32)
        width = len(chars) + 1
        table = np.zeros(width * width, dtype=bool)
        by_pair = {}
        for key, factors in self.pairs.items():
            pid = int(ids[key >> 21]) * width + int(ids[key & 0x1FFFFF])
            table[pid] = True
            by_pair[pid] = tuple((f, _mask(rows)) for f, rows in factors)
        return ids, width, table, by_pair


def _pair(a: int, b: int) -> int:
    return a << 21 | b  # code points fit in 21 bits


def _mask(rows) -> int:
    """Row numbers as the bits of an int (a line's rows are the union of its factors' rows)."""
    out = 0
    for i in rows:
        out |= 1 << i
    return out


@lru_cache(maxsize=4096)
def _rows_of_mask(mask: int) -> frozenset[int]:
    """The row numbers of a bit mask (the lines of a page share a few hundred masks at most)."""
    out, i = [], 0
    while mask:
        if mask & 1:
            out.append(i)
        mask >>= 1
        i += 1
    return frozenset(out)


def _code_table(codes):
    """A numpy table over code points, True at ``codes`` (the last slot stands for every code point above)."""
    import numpy as np

    codes = list(codes)
    table = np.zeros(max(codes, default=0) + 2, dtype=bool)
    table[codes] = True
    return table


@lru_cache(maxsize=1)
def _factor_index() -> _FactorIndex:
    return _FactorIndex(load_furniture_patterns())


def _rows_in(line: str) -> frozenset[int]:
    """Numbers of the rows with a factor in ``line`` (rows without factors not included)."""
    index = _factor_index().by_first
    out: set[int] = set()
    for ch in set(line).intersection(index):
        for f, rows in index[ch]:
            if f in line:
                out |= rows
    return frozenset(out)


_NO_ROWS: frozenset[int] = frozenset()
#: The page length from which the rows are found by one numpy scan of the page (below it,
#: line by line costs about as much: 38 against 34 us for 300 characters).
_SCAN_FROM = 1000


def _rows_by_line(text: str, spans: list[tuple[int, int]]) -> list[frozenset[int]]:
    """For each line of ``text``, the numbers of the rows with a factor in it: one numpy scan
    of the page for the one-character factors and the first pairs of the longer ones, each
    longer factor then checked where its pair stands; the rows of a line gathered as bits of an
    int, and read out as a frozenset shared by the lines with the same rows.  A page shorter than ``_SCAN_FROM``
    characters is looked at line by line (:func:`_rows_in`): as fast there, and numpy (about
    0.1 s to import) is not needed for a small file."""
    if len(text) < _SCAN_FROM:
        return [_rows_in(text[s:e]) for s, e in spans]
    import numpy as np

    index = _factor_index()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    breaks = np.flatnonzero(codes == 10)
    found: dict[int, int] = {}  # line -> the rows of its factors, as a bit mask
    get = found.get
    table = index.single_table
    at = np.flatnonzero(table[np.minimum(codes, len(table) - 1)])
    if len(at):
        masks = index.single_masks
        # (line, character), each once: how many line breaks come before it, and the code point
        for key in set((np.searchsorted(breaks, at) << 21 | codes[at]).tolist()):
            k = key >> 21
            found[k] = get(k, 0) | masks[key & 0x1FFFFF]
    ids, width, table, by_pair = index.pair_scan
    if len(codes) > 1:
        pid = ids[np.minimum(codes, len(ids) - 1)]
        pid = pid[:-1] * width + pid[1:]
        at = np.flatnonzero(table[pid])
        if len(at):
            for p, k, key in zip(at.tolist(), np.searchsorted(breaks, at).tolist(), pid[at].tolist()):
                for f, mask in by_pair[key]:
                    if text.startswith(f, p):
                        found[k] = get(k, 0) | mask
    return [_rows_of_mask(found[k]) if k in found else _NO_ROWS for k in range(len(spans))]


@lru_cache(maxsize=None)
def _free_of(kinds: tuple[str, ...]) -> re.Pattern:
    """One alternation of the rows of ``kinds`` without factors (tried on every line)."""
    free = _factor_index().free
    rows = [p for i, p in enumerate(load_furniture_patterns()) if p.kind in kinds and i in free]
    return _compile_rows(rows) if rows else re.compile(r"(?!)")


@lru_cache(maxsize=None)
def _rows_of(kind: str) -> frozenset[int]:
    """Numbers of the rows of ``kind``; empty when one of them has no factors (it is tried everywhere)."""
    rows = frozenset(i for i, p in enumerate(load_furniture_patterns()) if p.kind == kind)
    return _NO_ROWS if rows & _factor_index().free else rows


def _none_of(kind: str, rows: frozenset[int] | None) -> bool:
    """True when no row of ``kind`` can match in a line holding the factors of ``rows`` only."""
    own = _rows_of(kind)
    return rows is not None and bool(own) and own.isdisjoint(rows)


@lru_cache(maxsize=None)
def _has_free(kinds: tuple[str, ...]) -> bool:
    """True when a row of ``kinds`` has no factors (it is tried on every line)."""
    free = _factor_index().free
    return any(p.kind in kinds and i in free for i, p in enumerate(load_furniture_patterns()))


@lru_cache(maxsize=4096)
def _alternation(kind: str, rows: frozenset[int] | None) -> re.Pattern | None:
    """The alternation of the rows of ``kind`` that may match in a line holding the factors of
    ``rows`` (all rows of ``kind`` when ``rows`` is None or some row of it has no factors): the
    rows left out cannot match there, so a search finds what the whole alternation finds.
    (Cached: the lines of a page share their row sets, :func:`_rows_of_mask`.)"""
    own = _rows_of(kind)
    if rows is None or not own:
        return _combined().get(kind)
    return _alternation_of(kind, rows & own)


@lru_cache(maxsize=512)
def _alternation_of(kind: str, rows: frozenset[int]) -> re.Pattern | None:
    """One alternation of the rows numbered ``rows`` (all of ``kind``), in table order."""
    picked = [p for i, p in enumerate(load_furniture_patterns()) if i in rows]
    return _compile_rows(picked) if picked else None


@lru_cache(maxsize=1)
def _glue_rows() -> frozenset[int] | None:
    """The head, inline and tail rows; None when one of them has no factors (no line is ruled out)."""
    kinds = ("head", "inline", "tail")
    if any(not _rows_of(kind) for kind in kinds):
        return None
    return frozenset().union(*(_rows_of(kind) for kind in kinds))


#: The kinds of furniture removed wherever they stand (pass 1 of :func:`remove_furniture`).
_STRONG = ("post", "comments", "comment", "line", "notice", "list", "watermark", "page", "head", "inline")


@lru_cache(maxsize=4096)
def _no_strong_row_fits(rows: frozenset[int], holds_stop: bool) -> bool:
    """True when no strong row (head furniture included) can match in a line holding the factors
    of ``rows`` (and 。 when ``holds_stop``): what pass 1 asks of every line holding a factor,
    answered once per row set (the lines of a page share them)."""
    whole = rows & _factor_index().stop_rows if rows and holds_stop else rows
    return not whole and _none_of("head", rows) and not _has_free(_STRONG)


def _whole_line_rows(line: str, rows: frozenset[int]) -> frozenset[int]:
    """Of ``rows`` (those whose factors ``line`` holds), the ones that may match the whole line."""
    return rows & _factor_index().stop_rows if rows and _STOP in line else rows


def _may_match(candidates: tuple[str, ...], kinds: tuple[str, ...], rows: frozenset[int]) -> bool:
    """False when no row of ``kinds`` can fullmatch a candidate: the rows without factors and
    the rows in ``rows`` (those whose factor the line holds) are the only ones that could."""
    tests = _fullmatch_tests(kinds, rows)
    for c in candidates:
        for rx in tests:
            if rx.fullmatch(c):
                return True
    return False


@lru_cache(maxsize=4096)
def _fullmatch_tests(kinds: tuple[str, ...], rows: frozenset[int]) -> tuple[re.Pattern, ...]:
    """The patterns :func:`_may_match` tries: the alternation of the rows of ``kinds`` without
    factors, and the rows of ``kinds`` among ``rows`` (read once per row set: the lines of a page
    share them)."""
    patterns = load_furniture_patterns()
    return (_free_of(kinds), *(patterns[i].pattern for i in sorted(rows) if patterns[i].kind in kinds))


def _match_line(line: str, kinds: tuple[str, ...], rows: frozenset[int] | None = None) -> FurniturePattern | None:
    """The first whole-line pattern of one of ``kinds`` that ``line`` (stripped) matches.

    ``rows``: the rows whose factors the line holds, when the page has been scanned for them
    (:func:`_rows_by_line`); else they are looked up in ``line``.

    >>> _match_line("- 大小:31.26 KB", ("line",)).note
    'file size'
    """
    if not line or len(line) > MAX_FURNITURE_LINE:
        return None
    m = _BULLET.match(line)
    candidates = (line, line[m.end() :]) if m is not None and m.end() < len(line) else (line,)
    if not _may_match(candidates, kinds, _rows_in(line) if rows is None else rows):
        return None  # most lines are body text, and hold the factors of few rows
    combined = _combined()
    for kind in kinds:
        rx = combined.get(kind)
        if rx is None:
            continue
        for cand in candidates:
            if not rx.fullmatch(cand):
                continue
            for p in load_furniture_patterns():
                if p.kind == kind and p.pattern.fullmatch(cand):
                    return p
    return None


def is_furniture_line(line: str) -> bool:
    """True for a line that is furniture wherever it stands (a ``line``, ``notice`` or ``list`` row).

    Later stages use it to refuse such a line as a title even when it holds a
    title word (首页 | 工作报告 | 工会工作).

    >>> is_furniture_line("首页 | 工作报告 | 工会工作 | 范文大全"), is_furniture_line("镇总工会2023年工作报告")
    (True, False)
    """
    return _match_line(line.strip(), ("line", "notice", "list", "watermark", "page", "post", "comments", "comment")) is not None


def is_title_line(line: str) -> bool:
    """True for a line that names a report: title-shaped (short, no sentence punctuation or heading
    marker, a title cue: :func:`~reportmine.normalize.titles.is_title_shaped`) and no furniture line.

    >>> is_title_line("范文：2023年镇总工会工作总结"), is_title_line("六、下一步打算")
    (True, False)
    >>> is_title_line("首页 | 工作报告 | 工会工作")  # a navigation bar holds 报告 but is furniture
    False
    """
    return is_title_shaped(line) and not is_furniture_line(line)


def is_body_line(line: str) -> bool:
    """True for a line that reads as a body paragraph (a sentence end, or long with commas).

    >>> is_body_line("今年以来，我们做了三件事。"), is_body_line("热门推荐")
    (True, False)
    """
    line = line.strip()
    if _SENTENCE_END.search(line):
        return True
    return len(line) >= 40 and bool(_COMMA.search(line))


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, newline excluded."""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        yield pos, end
        if nl < 0:
            break
        pos = nl + 1


#: Punctuation a linked title does not hold.
_LINK_PUNCT = re.compile(r"[。！？!?；;，,]")
MAX_LINK = 60


def is_link_line(line: str) -> bool:
    """True for a line that reads as a linked title: short, no sentence punctuation, no heading marker.

    >>> is_link_line("社区工会工作计划范文"), is_link_line("一、加强学习"), is_link_line("今年以来，工作顺利。")
    (True, False, False)
    """
    line = line.strip()
    return 0 < len(line) <= MAX_LINK and not _LINK_PUNCT.search(line) and not is_heading_line(line)


def _link_run(text: str, spans: list[tuple[int, int]], head: int, removed: dict) -> list[int]:
    """Line indexes of the linked titles under the link-list header at line ``head``.

    The run of link lines after the header, up to a body line, a heading or a ``篇``
    line.  When body text follows the run at once, the run's last line is the title
    of that text, not a link, and is kept.
    """
    run: list[int] = []
    k = head + 1
    while k < len(spans):
        s, e = spans[k]
        line = text[s:e].strip()
        if not line or k in removed:
            k += 1
            continue
        if not is_link_line(line):
            if run and is_body_line(line):
                run.pop()
            break
        run.append(k)
        k += 1
    return run


#: A line that ends where a sentence may end (a page break after it is a paragraph break too).
_ENDS_SENTENCE = re.compile(r"[。！？!?：:；;”’）)】]\s*$")
_GOES_ON = re.compile(r"[\u3400-\u9fff0-9A-Za-z，、。；：）”%％]")


def _page_break_edit(text: str, spans: list[tuple[int, int]], i: int, p: FurniturePattern) -> Edit:
    r"""Delete the page line at ``i``; with the break before it when a sentence runs across the page.

    >>> t = "全区建会率达到96.3%，百人\n- 2 -\n以上企业全部建会。"
    >>> e = _page_break_edit(t, list(_lines(t)), 1, FurniturePattern(None, "page", "page number"))
    >>> t[:e.start] + t[e.end:]
    '全区建会率达到96.3%，百人以上企业全部建会。'
    """
    s, e = spans[i]
    # the text around the page line (a title or linked title above it is not a sentence running on)
    before = next((k for k in range(i - 1, -1, -1) if text[spans[k][0] : spans[k][1]].strip()), None)
    after = next((k for k in range(i + 1, len(spans)) if text[spans[k][0] : spans[k][1]].strip()), None)
    if before is not None and after is not None:
        if _runs_across(text[spans[before][0] : spans[before][1]], text[spans[after][0] : spans[after][1]]):
            return Edit(spans[before][1], spans[after][0], "", f"furniture (page): {p.note}; the sentence runs on across the page")
    return _line_edit(text, s, e, p)


def _runs_across(prev: str, nxt: str) -> bool:
    """True when the sentence of line ``prev`` runs on into line ``nxt`` across furniture cut between them:
    ``prev`` ends in no sentence end and is no heading (a run-in heading whose sentence goes on is
    text: 1.做好送温暖。春节前，…合计), piece line or title; ``nxt`` is no heading and goes on.

    >>> _runs_across("1.做好送温暖。春节前，发放慰问金合计", "11.6万元，其中县总工会下拨7万元。")
    True
    >>> _runs_across("一、抓组织建设", "1.推进企业建会。"), _runs_across("发放慰问金11.6万元。", "其中县总工会下拨7万元。")
    (False, False)
    """
    ends = (
        _ENDS_SENTENCE.search(prev)
        or (is_heading_line(prev.strip()) and not runs_on(prev))
        or is_piece_line(prev)
        or is_title_line(prev)
    )
    nxt = nxt.lstrip()
    return not ends and not is_heading_line(nxt) and bool(_GOES_ON.match(nxt))


_SENTENCE_OR_COMMA = re.compile(r"[。！？!?，,；;]")


def _cut_inside_sentence(text: str, spans: list[tuple[int, int]], removed: dict, stripped: list[str]) -> dict[int, Edit]:
    r"""Whole furniture lines cut from inside a sentence: an ad line of a document site between the
    two halves of one sentence (…合计\n<ad>\n11.6万元…).  The cut is taken as a page break is
    (:func:`_page_break_edit`): where sentence text (a comma or a sentence end in it) stands right above
    the cut lines and text right below them (no blank line between) and the sentence runs on
    (:func:`_runs_across`), the line break above them goes too.
    Returns the first cut line's edit, widened.

    >>> t = "春节前，发放慰问金和物资合计\n限时特价：VIP年卡5折\n11.6万元，其中县总工会下拨7万元。"
    >>> sp = list(_lines(t)); st = [t[s:e].strip() for s, e in sp]
    >>> e = _cut_inside_sentence(t, sp, {1: _line_edit(t, *sp[1], FurniturePattern(None, "line", "ad"))}, st)[1]
    >>> t[:e.start] + t[e.end:]
    '春节前，发放慰问金和物资合计11.6万元，其中县总工会下拨7万元。'
    """
    out: dict[int, Edit] = {}
    n = len(spans)
    for k in sorted(removed):
        v = removed[k]
        if not isinstance(v, Edit) or v.start != spans[k][0] or k == 0 or (k - 1) in removed or not stripped[k - 1]:
            continue  # not the first of a run of whole cut lines right under a text line
        a = k + 1
        while a < n and a in removed:
            a += 1
        if a >= n or not stripped[a] or not _SENTENCE_OR_COMMA.search(stripped[k - 1]) or not isinstance(removed[a - 1], Edit):
            continue
        if removed[a - 1].end != spans[a][0] or not _runs_across(stripped[k - 1], stripped[a]):
            continue
        out[k] = Edit(spans[k - 1][1], v.end, "", f"{v.note}; the sentence runs on across the cut")
    return out


def _line_edit(text: str, start: int, end: int, p: FurniturePattern) -> Edit:
    """Delete a whole line together with its newline."""
    stop = end + 1 if end < len(text) else end
    return Edit(start, stop, "", f"furniture ({p.kind}): {p.note}")


def remove_furniture(text: str) -> list[Edit]:
    """Edits that delete the site furniture of a page.

    Whole lines are deleted with their newline; furniture glued to the end of a
    body line (" 第9页 共9页") is cut from that line.  A sentence that only
    mentions 下载 or 分享 is body text and stays.

    >>> text = "分享\\n2023年工作报告.docx\\n下载文档\\nID:658860\\n会员可在网上下载文档、分享经验。"
    >>> [e.note for e in remove_furniture(text)][:2]
    ['furniture (line): action buttons (分享, 下载文档, 收起, 展开, 打印本页, 关闭窗口 …)', "furniture (file name): the extension of a file name that is the report's title"]
    >>> len(remove_furniture(text))
    4
    """
    spans = list(_lines(text))
    rows = _rows_by_line(text, spans)  # per line: the rows whose factors it holds
    stripped = [text[s:e].strip() for s, e in spans]
    strong = _STRONG
    removed: dict[int, Edit | list[Edit]] = {}  # line index -> edit(s)
    list_heads: list[int] = []
    post_heads: list[int] = []
    comment_heads: list[int] = []
    watermarks: set[str] = set()
    heads: dict[int, re.Match | None] = {}  # line index -> head furniture at its start (asked twice)
    page_lines: list[int] = []  # the lines removed as page numbers or counters (where a page broke)

    # pass 1: strong whole-line furniture, anywhere; only the lines holding a factor can
    # hold any (unless a row has none: then every line is tried)
    todo = range(len(spans)) if _has_free(strong) else [k for k, r in enumerate(rows) if r]
    after = 0  # the lines before this were taken by a notice
    for i in todo:
        if i < after:
            continue
        line = stripped[i]
        if _no_strong_row_fits(rows[i], _STOP in line):
            continue  # no row can match in this line (most lines)
        s, e = spans[i]
        whole = _whole_line_rows(line, rows[i])
        heads[i] = _head_match(text, s, e, rows[i])
        p = None if _glued_to_body(heads[i], text, e) else _match_line(line, strong, whole)
        if p is None and heads[i] is not None and heads[i].end() < e:
            p = _strong_after_head(text, heads[i].end(), e)
        if p is not None:
            removed[i] = _page_break_edit(text, spans, i, p) if p.kind == "page" else _line_edit(text, s, e, p)
            if p.kind == "watermark":
                watermarks.add(line)
            elif p.kind == "page":
                page_lines.append(i)
            if p.kind == "list":
                list_heads.append(i)
            elif p.kind == "post":
                post_heads.append(i)
            elif p.kind == "comments":
                comment_heads.append(i)
            elif p.kind == "notice":
                j = i + 1
                while j < len(spans):
                    js, je = spans[j]
                    item = text[js:je]
                    if not item.strip():
                        j += 1
                        continue
                    if not _NOTICE_ITEM.match(item) or len(item) > MAX_FURNITURE_LINE:
                        break
                    removed[j] = Edit(js, je + 1 if je < len(text) else je, "", f"furniture (notice item): {p.note}")
                    j += 1
                after = j

    for k, edit in _file_name_titles(text, spans, removed, stripped).items():
        removed[k] = edit
    if comment_heads:
        removed.update(_comment_section(text, spans, comment_heads, removed, stripped))
    if post_heads:
        removed.update(_forum_posts(text, spans, post_heads, removed, stripped))
    for k, edit in _repeated_title_lines(text, spans, removed, stripped).items():
        removed[k] = edit
    for k, edit in _preview_lines(text, spans, removed, watermarks, stripped).items():
        removed[k] = edit
    if "【" in text:
        removed.update(_yearbook_overrun(text, spans, removed, stripped))

    # the body: from the first to the last body-like line left
    def body_like(k: int) -> bool:
        return k not in removed and is_body_line(stripped[k])

    first_body = next((k for k in range(len(spans)) if body_like(k)), len(spans))
    last_body = next((k for k in range(len(spans) - 1, first_body - 1, -1) if body_like(k)), -1)

    # pass 2: the page tail under a link-list header, and weak furniture in head and tail
    tail_start = None
    for h in list_heads:
        if h > last_body:
            tail_start = h
            break
    for h in list_heads:
        if tail_start is None or h < tail_start:
            for k in _link_run(text, spans, h, removed):
                s, e = spans[k]
                removed[k] = Edit(s, e + 1 if e < len(text) else e, "", "furniture (list item): link under a link-list header")
    glue = _glue_rows()
    if tail_start is None and not watermarks and glue is not None:
        # only the head and tail lines (edge rows) and the lines holding a head, inline or tail factor
        todo = sorted({*range(first_body), *range(last_body + 1, len(spans))} | {k for k, r in enumerate(rows) if not r.isdisjoint(glue)})
    else:
        todo = range(len(spans))
    for k in todo:
        s, e = spans[k]
        if k in removed:
            continue
        line = stripped[k]
        if not line:
            continue
        if tail_start is not None and k > tail_start:
            removed[k] = Edit(s, e + 1 if e < len(text) else e, "", "furniture (list item): link under a link-list header")
            continue
        if k < first_body or k > last_body:
            p = _match_line(line, ("edge",), _whole_line_rows(line, rows[k]))
            if p is not None and not _number_between_words(stripped, k, removed):
                removed[k] = _line_edit(text, s, e, p)
                continue
        if not watermarks and glue is not None and rows[k].isdisjoint(glue):
            continue  # nothing can be glued to this line
        glued = _glued_edits(text, s, e, watermarks, heads.get(k, _ASK), rows[k])
        if glued:
            rest, pos = [], s
            for g in glued:
                rest.append(text[pos : g.start])
                pos = g.end
            rest.append(text[pos:e])
            left = "".join(rest).strip()
            kinds = ("line", "notice", "list", "watermark", "page", "head", "inline")
            if k < first_body or k > last_body:
                kinds += ("edge",)
            p = _match_line(left, kinds) if left else None
            # what the cuts leave may be furniture itself ("? 第1页 共3页"): then the whole line goes
            if p is not None:
                removed[k] = _line_edit(text, s, e, p)
            elif not left:
                removed[k] = Edit(s, e + 1 if e < len(text) else e, "", "; ".join(g.note for g in glued))
            else:
                removed[k] = glued
    removed.update(_repeated_head_edges(text, spans, removed, stripped, first_body))
    breaks = sorted({*page_lines, *_heads_inside_sentences(text, spans, removed, stripped, first_body)})
    if breaks:
        _page_apparatus(text, spans, removed, stripped, breaks)
    if removed:
        removed.update(_cut_inside_sentence(text, spans, removed, stripped))
    found: list[Edit] = []
    for k in sorted(removed):
        v = removed[k]
        found.extend(v if isinstance(v, list) else [v])
    found.extend(scraper_tokens(text))
    return _merge_overlaps(found)


#: A candidate for a scraper's random token: 4–8 lower-case letters and digits glued before a
#: Chinese character (the context before it is checked in :func:`scraper_tokens`).
_TOKEN = re.compile(r"[a-z][a-z0-9]{3,7}(?=[\u4e00-\u9fff])")
#: What a real word has: a vowel (wifi, ipad, excel); or it is one of the few without (html, www).
_WORD_LIKE = re.compile(r"[aeiouy]|https?|html|www|xml|sql|pdf|ktv|mtv|cctv|css|cdn|dll")
#: What stands before a token glued inside Chinese text: a Chinese character or , 、 ; : (then up to 4 digits).
_BEFORE_TOKEN = re.compile(r"[\u4e00-\u9fff，、；：]\d{0,4}$")
#: A page must hold this many such tokens: a scraper stamps several, a report writes none.
MIN_SCRAPER_TOKENS = 2


def scraper_tokens(text: str) -> list[Edit]:
    """Edits cutting the random letter tokens an anti-scraping site inserts inside sentences
    (活动，kq3f吸纳…, 职工之家32rtvq个): 4–8 lower-case letters and digits without a vowel, glued
    between Chinese text (or a number after it) and a Chinese character, at least
    ``MIN_SCRAPER_TOKENS`` on the page.  Real words stay: APP, PDCA, QC (capitals), e家 (one
    letter), wifi, ipad (vowels), 12351 (digits).

    >>> t = "建成职工之家32rtvq个，kq3f吸纳骑手387人。"
    >>> [t[e.start:e.end] for e in scraper_tokens(t)]
    ['rtvq', 'kq3f']
    >>> scraper_tokens("通过wifi和ipad开展培训，推行PDCA管理，建成e家驿站32个，拨打12351热线。")
    []
    >>> scraper_tokens("新建工会12个，kq3f吸纳会员。")  # one alone: not certain
    []
    """
    found = []
    for m in _TOKEN.finditer(text):
        if _WORD_LIKE.search(m.group()) or not _BEFORE_TOKEN.search(text, max(0, m.start() - 5), m.start()):
            continue
        found.append(Edit(m.start(), m.end(), "", f"furniture (scraper token): a random letter token stamped inside a sentence ({m.group()})"))
    return found if len(found) >= MIN_SCRAPER_TOKENS else []


def _repeated_head_edges(text: str, spans: list[tuple[int, int]], removed: dict, stripped: list[str], first_body: int) -> dict[int, Edit]:
    """The page head's weak furniture (an ``edge`` row: the site name 东坪区总工会网) standing again
    between body lines: a post over several web pages copied into one file repeats each page's head,
    so the same line goes wherever it stands (it is no body line); a sentence cut there runs on.

    >>> t = "东坪区总工会网\\n全年新建工会63个。\\n组织读书活动120余场，参与\\n东坪区总工会网\\n职工4300多人次。"
    >>> [t[e.start:e.end] for e in remove_furniture(t)]
    ['东坪区总工会网\\n', '\\n东坪区总工会网\\n']
    """
    heads = {stripped[k] for k in range(first_body)
             if isinstance(removed.get(k), Edit) and removed[k].note.startswith("furniture (edge)")}
    if not heads:
        return {}
    out: dict[int, Edit] = {}
    for k in range(first_body, len(spans)):
        if k not in removed and stripped[k] in heads and not is_body_line(stripped[k]):
            s, e = spans[k]
            out[k] = Edit(s, e + 1 if e < len(text) else e, "", "furniture (edge, repeated): the page head's line again where the next web page of the post begins")
    return out


# -- the apparatus of a printed page: running heads, footnotes, sentences running on across it -----------

#: A running head is this short at most (the report's short title, 市总工会工作报告).
MAX_RUNNING_HEAD = 40
#: … and stands at the top of this many pages at least (one page break says nothing).
MIN_RUNNING_HEADS = 2
#: The rule above a page's footnotes: a short line drawn with dashes.
_FOOTNOTE_RULE = re.compile(r"[─━—–＿_\-－]{3,}")
#: A footnote: a circled numeral opening a line at the page's bottom (①数据截至…).
_FOOTNOTE = re.compile(r"[①-⑳]")
#: A footnote mark in the text: a circled numeral right after a word, a figure or a closing mark.
_FOOTNOTE_MARK = re.compile(r"(?<=[\u3400-\u9fff0-9%％”’）)》A-Za-z])[①-⑳]")


_RUNNING_HEAD = FurniturePattern(None, "page", "running head of a printed page (the same short line at the top of every page)")


def _page_apparatus(text: str, spans: list[tuple[int, int]], removed: dict, stripped: list[str], page_lines: list[int]) -> None:
    r"""What a page break of a printed page (a PDF copy) brings besides its page number, found from the
    lines removed as page numbers (``page_lines``), into ``removed``:

    * running heads: the same short line at the top of :data:`MIN_RUNNING_HEADS` pages or more (the
      first line after a page number, 市总工会工作报告); a rule under it goes as a line of ``layout.tsv``;
    * footnotes: at a page's bottom (above its page number, or at the page's end), lines opening with a
      circled numeral under a short rule (———— / ①数据截至…); their marks in the text (增长①, 64个③)
      go too: they are no heading markers and no figures;
    * a sentence running on across the page: where all between its two halves is furniture now and
      blank lines, the break goes with the furniture (…为职 / footnote / — 2 — / head / 工挽回…).

    >>> t = "各项工作迈上新台阶①。全年新建工会12家，为职\n———\n①平台于2023年6月上线。\n— 2 —\n市总工会工作报告\n工挽回损失。\n— 3 —\n市总工会工作报告\n三、工作安排"
    >>> [t[e.start:e.end] for e in remove_furniture(t)]  # doctest: +NORMALIZE_WHITESPACE
    ['①', '\n———\n①平台于2023年6月上线。\n— 2 —\n市总工会工作报告\n', '— 3 —\n', '市总工会工作报告\n']
    """
    tops: dict[str, list[int]] = {}
    for i in page_lines:
        j = next((j for j in range(i + 1, len(stripped)) if stripped[j]), None)  # (removed or not: a later copy may be)
        if j is not None and len(stripped[j]) <= MAX_RUNNING_HEAD and not _SENTENCE_OR_COMMA.search(stripped[j]) and not is_heading_line(stripped[j]):
            tops.setdefault(stripped[j], []).append(j)
    for head, where in tops.items():
        if len(where) >= MIN_RUNNING_HEADS:
            for j in where:
                if not isinstance(removed.get(j), Edit):
                    removed[j] = _line_edit(text, *spans[j], _RUNNING_HEAD)
    marks: set[str] = set()
    for i in [*page_lines, len(spans)]:
        marks |= _footnotes_above(text, spans, removed, stripped, i)
    if marks:
        _cut_footnote_marks(text, spans, removed, stripped, marks)
    done = -1  # the page lines up to here share a stretch of furniture already judged (linear)
    for i in page_lines:
        if i > done:
            done = _run_on_across(text, spans, removed, stripped, i)


def _heads_inside_sentences(text: str, spans: list[tuple[int, int]], removed: dict, stripped: list[str], first_body: int) -> list[int]:
    r"""Running heads of a copy whose page breaks left no page number (a form feed, gone by now): the
    same short line (no sentence punctuation, no heading) standing :data:`MIN_RUNNING_HEADS` times or
    more inside a sentence that runs on across it (…为职 / 县总工会工作报告 / 工挽回…), removed into
    ``removed`` wherever it stands (but where it stands first, atop the body and outside a sentence:
    there it is the page's title; the copies below may be cut already as the title printed again).
    Returns the lines removed (the page breaks: the sentences run on across them).  One scan of the
    short lines (a page has few that repeat).

    >>> t = "县总工会工作报告\n一、回顾\n全年新建工会组织86家，为职\n县总工会工作报告\n工挽回损失。\n手段不多，作用发挥不\n县总工会工作报告\n够充分。"
    >>> [t[e.start:e.end] for e in remove_furniture(t)]
    ['\n县总工会工作报告\n', '\n县总工会工作报告\n']
    """
    seen: dict[str, list[int]] = {}
    for k, line in enumerate(stripped):
        if line and len(line) <= MAX_RUNNING_HEAD and not isinstance(removed.get(k), list) and not _SENTENCE_OR_COMMA.search(line):
            seen.setdefault(line, []).append(k)
    out: list[int] = []
    before = after = None  # the kept text lines around each line, found at first need (one pass each way)
    for line, where in seen.items():
        if len(where) < MIN_RUNNING_HEADS or is_heading_line(line):
            continue
        if before is None:
            before, after = _kept_around(removed, stripped)
        inside = []
        for k in where:
            b, a = before[k], after[k]
            # (the text above is a sentence's: it holds a comma or a sentence end, as a cut's in _cut_inside_sentence)
            inside.append(b >= 0 and a >= 0 and stripped[b] != line and _SENTENCE_OR_COMMA.search(stripped[b]) is not None
                          and _runs_across(stripped[b], stripped[a]))
        if sum(inside) >= MIN_RUNNING_HEADS:
            heads = [k for k, mid in zip(where, inside) if mid or k != where[0] or k > first_body]  # (the first, atop the body, is the title)
            for k in heads:
                removed.setdefault(k, _line_edit(text, *spans[k], _RUNNING_HEAD))  # (a later copy of the title may be cut already)
            out.extend(heads)
    return out


def _kept_around(removed: dict, stripped: list[str]) -> tuple[list[int], list[int]]:
    """For each line, the nearest line above and below it that holds text and is not removed whole (-1: none).

    >>> from reportmine.textedit import Edit
    >>> _kept_around({1: Edit(0, 1, "")}, ["a", "b", "", "c"])
    ([-1, 0, 0, 0], [3, 3, 3, -1])
    """
    n = len(stripped)
    kept = [bool(stripped[k]) and not isinstance(removed.get(k), Edit) for k in range(n)]
    before, after = [-1] * n, [-1] * n
    last = -1
    for k in range(n):
        before[k] = last
        if kept[k]:
            last = k
    last = -1
    for k in range(n - 1, -1, -1):
        after[k] = last
        if kept[k]:
            last = k
    return before, after


def _next_kept(removed: dict, stripped: list[str], k: int, step: int = 1) -> int | None:
    """The first line from ``k`` on (``step`` -1: back) that holds text and is not removed whole."""
    while 0 <= k < len(stripped):
        if stripped[k] and not isinstance(removed.get(k), Edit):
            return k
        k += step
    return None


def _footnotes_above(text: str, spans: list[tuple[int, int]], removed: dict, stripped: list[str], i: int) -> set[str]:
    """The footnotes at the bottom of the page ending at line ``i`` (its page number, or the end),
    removed into ``removed``: the lines opening with a circled numeral right above ``i`` (blank lines
    aside), under a short rule.  Returns their numerals."""
    notes: list[int] = []
    k = i - 1
    while k >= 0 and (not stripped[k] or (_FOOTNOTE.match(stripped[k]) and not isinstance(removed.get(k), Edit))):
        if stripped[k]:
            notes.append(k)
        k -= 1
    if not notes or k < 0 or not _FOOTNOTE_RULE.fullmatch(stripped[k]):
        return set()
    removed.setdefault(k, _line_edit(text, *spans[k], FurniturePattern(None, "line", "rule above footnotes")))
    for j in notes:
        removed[j] = _line_edit(text, *spans[j], FurniturePattern(None, "page", "footnote at a page's bottom (under a rule, opening with ①)"))
    return {stripped[j][0] for j in notes}


def _cut_footnote_marks(text: str, spans: list[tuple[int, int]], removed: dict, stripped: list[str], marks: set[str]) -> None:
    """The footnote marks ``marks`` (①②③ whose notes were found) cut from the kept lines, where one
    stands right after a word or a figure (a ① opening a line is a heading's marker)."""
    for k, (s, e) in enumerate(spans):
        v = removed.get(k)
        if isinstance(v, Edit) or not stripped[k]:
            continue
        cuts = [Edit(m.start(), m.end(), "", "footnote mark (its note at the page's bottom was removed)")
                for m in _FOOTNOTE_MARK.finditer(text, s, e) if m.group() in marks]
        if cuts:
            removed[k] = sorted([*(v or []), *cuts], key=lambda x: x.start)


_RUNS_ON = "; the sentence runs on across the page"


def _run_on_across(text: str, spans: list[tuple[int, int]], removed: dict, stripped: list[str], i: int) -> int:
    """Where a sentence runs on across the page break at line ``i`` and nothing but furniture removed
    whole and blank lines stands between its halves, the line break goes with them (one edit).
    Returns the line up to which the stretch of furniture around ``i`` reaches (its page lines are judged)."""
    a = _next_kept(removed, stripped, i + 1)
    b = _next_kept(removed, stripped, i - 1, -1)
    if b is None or a is None or not _runs_across(stripped[b], stripped[a]):
        return len(stripped) if a is None else a
    inside = [k for k in range(b + 1, a) if k in removed]
    if len(inside) == 1 and (removed[inside[0]].start, removed[inside[0]].end) == (spans[b][1], spans[a][0]):
        return a  # the page line's own edit took the break already (its neighbours are text)
    note = "; ".join(dict.fromkeys(removed[k].note.removesuffix(_RUNS_ON) for k in inside)) + _RUNS_ON
    for k in inside:
        del removed[k]
    removed[inside[0]] = Edit(spans[b][1], spans[a][0], "", note)
    return a


def _yearbook_overrun(text: str, spans: list[tuple[int, int]], removed: dict, stripped: list[str]) -> dict[int, Edit]:
    r"""Edits deleting the next yearbook entry after an entry's contributor line (（撰稿：…）): the
    page copied from a yearbook's PDF ran on into the next entry, whose name line and 【概况】…
    paragraph (:func:`~reportmine.normalize.titles.is_entry_head`) open the rest of the page.

    >>> t = "【概况】全市有工会5872个。\n（撰稿：周晓岚）\n\n云州市妇女联合会\n【概况】全市有妇联组织3126个，"
    >>> spans = list(_lines(t))
    >>> [t[e.start:e.end] for e in _yearbook_overrun(t, spans, {}, [t[s:e].strip() for s, e in spans]).values()]
    ['\n', '云州市妇女联合会\n', '【概况】全市有妇联组织3126个，']
    """
    live = [k for k in range(len(spans)) if stripped[k] and (k not in removed or is_contributor_line(stripped[k]))]
    for i, k in enumerate(live[:-2]):
        line = stripped[k]
        if ("：" not in line and ":" not in line) or not is_contributor_line(line):
            continue  # (a contributor line holds a colon: most lines are passed over by one scan)
        name, first = live[i + 1], live[i + 2]
        if name in removed or not is_entry_head(stripped[name], stripped[first]):
            continue
        note = "furniture (yearbook overrun): the next entry after an entry's contributor line"
        return {j: Edit(spans[j][0], spans[j][1] + 1 if spans[j][1] < len(text) else spans[j][1], "", note)
                for j in range(k + 1, len(spans)) if j not in removed}
    return {}


#: A user-name line above a post header: short, no sentence punctuation.
MAX_USER_NAME = 24


def _comment_section(text: str, spans: list[tuple[int, int]], heads: list[int], removed: dict, stripped: list[str]) -> dict[int, Edit]:
    """The reader comment section under a report: from the first ``comments`` header (网友评论（3条）)
    that has body text above it and a comment's floor or byline (a ``comment`` row, removed in pass 1)
    as its next line, to the end of the page (the comments, a figure one of them quotes, the comment
    box and the related links under it).  A header without a comment under it removes only itself.

    >>> t = "全年新建工会12个。\\n网友评论（1条）\\n1楼  老张  2025-01-09 14:20\\n新建12个不容易！\\n相关文章"
    >>> "".join(t[e.start:e.end] for e in remove_furniture(t))
    '网友评论（1条）\\n1楼  老张  2025-01-09 14:20\\n新建12个不容易！\\n相关文章'
    """
    out: dict[int, Edit] = {}
    for h in heads:
        if not any(k not in removed and is_body_line(stripped[k]) for k in range(h)):
            continue  # a counter in the page head (评论（0）), not a section under the report
        nxt = next((k for k in range(h + 1, len(spans)) if stripped[k]), None)
        if nxt is None or not isinstance(removed.get(nxt), Edit) or not removed[nxt].note.startswith("furniture (comment)"):
            continue
        for k in range(h + 1, len(spans)):
            if k not in removed and stripped[k]:
                s, e = spans[k]
                out[k] = Edit(s, e + 1 if e < len(text) else e, "", "furniture (comment section): a line under a reader comment header")
        break
    return out


def _user_name_line(spans: list[tuple[int, int]], head: int, removed: dict, stripped: list[str]) -> int | None:
    """The line right above the post header at ``head`` when it reads as a user name (short, no
    sentence punctuation, no heading marker, no report title), else None."""
    k = head - 1
    while k >= 0 and not stripped[k]:
        k -= 1
    if k < 0 or k in removed:
        return None
    line = stripped[k]
    if len(line) > MAX_USER_NAME or not is_link_line(line) or is_title_line(line):
        return None
    return k


def _forum_posts(text: str, spans: list[tuple[int, int]], post_heads: list[int], removed: dict, stripped: list[str]) -> dict[int, Edit]:
    r"""The user names over the post headers of a forum thread, and the replies after its first post.

    The first post header opens the post that holds the report; the user-name line right above
    each header goes with it; a later post is a reply (沙发, 板凳 … with their text: every line
    of it goes, the reply box after the last one too) unless it goes on with the report: written
    by the first post's author (and reading as report text: :func:`_reads_as_report`), or opening
    with 续上, 接上楼, （续） (rows of kind ``continued``).
    Such a post's text stays, as the next paragraphs of the report (its opening mark cut); the
    signature under a kept post goes (:func:`_post_signature`).

    >>> t = "健康卫士\nX\n本会新建工会12家。\n白衣小天使\nY\n学习了！\n返回列表"
    >>> sp = list(_lines(t)); st = [t[s:e].strip() for s, e in sp]
    >>> sorted(_forum_posts(t, sp, [1, 4], {}, st))
    [0, 3, 5, 6]
    >>> t = "健康卫士\nX\n本会新建工会12家。\n健康卫士\nY\n接上楼：二、发展会员300名。\n白衣小天使\nZ\n学习了！"
    >>> sp = list(_lines(t)); st = [t[s:e].strip() for s, e in sp]
    >>> out = _forum_posts(t, sp, [1, 4, 7], {}, st)
    >>> sorted(out), t[out[5].start:out[5].end]
    ([0, 3, 5, 6, 8], '接上楼：')
    """
    out: dict[int, Edit] = {}
    names: dict[int, int | None] = {}
    for h in post_heads:
        k = names[h] = _user_name_line(spans, h, removed, stripped)
        if k is not None:
            s, e = spans[k]
            out[k] = Edit(s, e + 1 if e < len(text) else e, "", "furniture (post): the user name over a forum post")
    author = stripped[names[post_heads[0]]] if names[post_heads[0]] is not None else None
    starts = [names[h] if names[h] is not None else h for h in post_heads] + [len(spans)]
    for n, h in enumerate(post_heads):
        if n == 0:
            continue
        first = next((k for k in range(h + 1, starts[n + 1]) if stripped[k] and k not in removed), None)
        mark = _continued_mark(text, spans, first) if first is not None else None
        by_author = author is not None and names[h] is not None and stripped[names[h]] == author and _reads_as_report(
            [stripped[k] for k in range(first, starts[n + 1]) if stripped[k] and k not in removed] if first is not None else [])
        if by_author or mark is not None:
            out.update(_post_signature(text, spans, starts[n - 1], starts[n], removed, stripped))
            if mark is not None:
                out[first] = mark
            continue
        for k in range(starts[n], starts[n + 1]):
            if k in removed or k in out or k == h or not stripped[k]:
                continue
            s, e = spans[k]
            out[k] = Edit(s, e + 1 if e < len(text) else e, "", "furniture (post): a reply after the first post of a forum thread")
    return out


#: How long the text of a later post by the thread's author is at least to go on with the report
#: (shorter, it is the author's answer to a reply: 谢谢大家支持！), unless it opens with a heading.
MIN_CONTINUATION = 40


def _reads_as_report(lines: list[str]) -> bool:
    """True for the lines of a post that go on with a report: opening with a heading (二、…) or
    holding at least :data:`MIN_CONTINUATION` characters.

    >>> _reads_as_report(["二、维权帮扶", "走访慰问困难教职工86人。"]), _reads_as_report(["谢谢大家支持，欢迎交流！"])
    (True, False)
    """
    return bool(lines) and (is_heading_line(lines[0]) or sum(map(len, lines)) >= MIN_CONTINUATION)


def _continued_mark(text: str, spans: list[tuple[int, int]], k: int) -> Edit | None:
    """The cut of a mark (续上, 接上楼：, （续）) opening line ``k``, the first of a forum post that goes on
    with the report (the whole line where it holds nothing else); None where the line opens without one."""
    rx = _combined().get("continued")
    s, e = spans[k]
    lead = len(text[s:e]) - len(text[s:e].lstrip())
    m = rx.match(text, s + lead, e) if rx is not None else None
    if m is None or m.end() == m.start():
        return None
    if not text[m.end():e].strip():
        return Edit(s, e + 1 if e < len(text) else e, "", "furniture (continued): the mark of a post that goes on with the report")
    return Edit(m.start(), m.end(), "", "furniture (continued): the mark of a post that goes on with the report")


def _post_signature(text: str, spans: list[tuple[int, int]], lo: int, hi: int, removed: dict, stripped: list[str]) -> dict[int, Edit]:
    """The signature block at the end of the kept post in lines ``lo:hi`` (a ------ line, 签名：…): the
    page-edge rows that match its last lines (they would stand between report paragraphs, where
    edge rows are not applied, once the next post is kept)."""
    out: dict[int, Edit] = {}
    k = hi - 1
    while k >= lo:
        if stripped[k] and k not in removed:
            if _match_line(stripped[k], ("edge",)) is None:
                break
            s, e = spans[k]
            out[k] = Edit(s, e + 1 if e < len(text) else e, "", "furniture (post): the signature under a forum post")
        k -= 1
    return out


def _merge_overlaps(edits: list[Edit]) -> list[Edit]:
    """Deletions in order, overlapping ones merged (a page break taken with its neighbour lines).

    >>> [(e.start, e.end) for e in _merge_overlaps([Edit(0, 5, "", "a"), Edit(3, 8, "", "b"), Edit(8, 9, "", "c")])]
    [(0, 8), (8, 9)]
    """
    out: list[Edit] = []
    for e in sorted(edits, key=lambda x: (x.start, x.end)):
        if out and e.start < out[-1].end:
            last = out[-1]
            out[-1] = Edit(last.start, max(last.end, e.end), "", f"{last.note}; {e.note}")
        else:
            out.append(e)
    return out


#: Head lines checked for a preview of the report, and how long a preview is at least (characters compared).
PREVIEW_HEAD_LINES = 5
MIN_PREVIEW = 20
_BLANKS = re.compile(r"\s+")
_CLOSING_MARKS = "。！？；，、…."


def _preview_lines(text: str, spans: list[tuple[int, int]], removed: dict, watermarks: set[str], stripped: list[str] | None = None) -> dict[int, Edit]:
    r"""Head lines that preview the report: its title and first sentence, cut short, printed before it.

    A line (its site watermarks set aside, its closing marks dropped) is a preview when the
    text of the next lines starts with it, blanks ignored, and goes on there inside the
    sentence the preview cuts short (…保持良。 before …保持良好态势。).

    >>> t = "镇总工会2021年工作总结2021年，镇总工会团结带领全镇职工建功。\n镇总工会2021年工作总结\n2021年，镇总工会团结带领全镇职工建功立业。"
    >>> [t[e.start:e.end] for e in _preview_lines(t, list(_lines(t)), {}, set()).values()]
    ['镇总工会2021年工作总结2021年，镇总工会团结带领全镇职工建功。\n']
    """
    if stripped is None:
        stripped = [text[s:e].strip() for s, e in spans]
    live = [k for k, line in enumerate(stripped) if line and k not in removed]

    def key(k: int) -> str:
        line = text[spans[k][0] : spans[k][1]]
        for mark in watermarks:
            line = line.replace(mark, "")
        return _BLANKS.sub("", line)

    out: dict[int, Edit] = {}
    for n, k in enumerate(live[:PREVIEW_HEAD_LINES]):
        if spans[k][1] - spans[k][0] > MAX_FURNITURE_LINE:
            continue
        head = key(k).rstrip(_CLOSING_MARKS)
        if len(head) < MIN_PREVIEW:
            continue
        after = ""
        for j in live[n + 1 :]:
            after += key(j)
            if len(after) >= len(head) or after and not head.startswith(after[: len(head)]):
                break
        closed = text[spans[k][0] : spans[k][1]].rstrip()[-1:] in _CLOSING_MARKS  # cut, then closed with a mark
        if closed and len(after) > len(head) and after.startswith(head) and after[len(head)].isalnum():
            s, e = spans[k]
            out[k] = Edit(s, e + 1 if e < len(text) else e, "", "furniture (preview): the start of the report printed before it")
    return out


def _repeated_title_lines(text: str, spans: list[tuple[int, int]], removed: dict, stripped: list[str] | None = None) -> dict[int, Edit]:
    r"""Later copies of a page's first title line (the site prints its heading, then the report's).

    Not on a page of several articles (篇1 …), whose titles may repeat one stem.

    >>> t = "街道工会年度工作总结\n今年，工会新建工会12家。\n街道工会年度工作总结\n一、加强组织建设"
    >>> [t[e.start:e.end] for e in _repeated_title_lines(t, list(_lines(t)), {}).values()]
    ['街道工会年度工作总结\n']
    """
    first = None
    out: dict[int, Edit] = {}
    if stripped is None:
        stripped = [text[s:e].strip() for s, e in spans]
    live = [k for k, line in enumerate(stripped) if line and k not in removed]
    for n, k in enumerate(live):
        s, e = spans[k]
        line = stripped[k]
        if first is None:
            goes_on = n + 1 < len(live) and stripped[live[n + 1]][:1] in NEVER_OPENING
            if is_title_line(line) and not goes_on:  # a line the next one continues is no title
                first = _BLANKS.sub("", _without_glued(text, s, e))
            continue
        # a copy starts with the title's first character and is no shorter (blanks aside)
        if line[0] == first[:1] and len(line) >= len(first) and _BLANKS.sub("", line) == first:
            out[k] = Edit(s, e + 1 if e < len(text) else e, "", "furniture (repeat): the page's title printed again")
    if out and find_piece_lines(text, is_title_line):
        return {}
    return out


def _without_glued(text: str, s: int, e: int) -> str:
    """The line ``s:e`` with the furniture glued to it cut (【分类】…[复制链接] of a thread title).

    >>> t = "【年终总结】区工会2023年工作总结 [复制链接]"
    >>> _without_glued(t, 0, len(t))
    '区工会2023年工作总结'
    """
    rest, pos = [], s
    for g in _glued_edits(text, s, e, rows=_rows_in(text[s:e])):  # (only the rows it may hold: no compile of all)
        rest.append(text[pos : g.start])
        pos = g.end
    rest.append(text[pos:e])
    return "".join(rest).strip()


#: A line closed by a sentence end: tail rows never end in one, so such a line is not searched for them.
SENTENCE_CLOSED = re.compile(r"[。！？!?]\s*$")

#: A body glued after head furniture is at least this long (a lone closing sentence of a blurb is not).
MIN_GLUED_BODY = 20


def _head_match(text: str, s: int, e: int, rows: frozenset[int] | None = None) -> re.Match | None:
    """Head furniture at the start of the line ``s:e`` (``rows``: the rows whose factors it holds, when known)."""
    rx = _alternation("head", rows)
    return rx.match(text, s, e) if rx is not None else None


def _strong_after_head(text: str, a: int, e: int) -> FurniturePattern | None:
    """The strong row the rest of a line matches after its head furniture (【转】赞同 123: a vote line),
    or None: the line is then that furniture whole, as a second pass (the head cut) would find it.

    >>> _strong_after_head("【转】赞同 123", 3, 9).kind
    'post'
    """
    rest = text[a:e].strip()
    return _match_line(rest, _STRONG) if rest and len(rest) <= MAX_FURNITURE_LINE else None


def _glued_to_body(m: re.Match | None, text: str, e: int) -> bool:
    """True when head furniture ``m`` opens the line and a body paragraph follows it on the same line.

    Such a line is not removed whole (a blurb row would match it): only its head is cut.
    """
    if m is None:
        return False
    rest = text[m.end() : e].strip()
    return len(rest) >= MIN_GLUED_BODY and is_body_line(rest)


def _pattern_of(kind: str, m: re.Match, text: str) -> FurniturePattern:
    """The row of ``kind`` whose own pattern matches where the combined pattern ``m`` did."""
    for p in load_furniture_patterns():
        if p.kind == kind:
            pm = p.pattern.match(text, m.start(), m.end())
            if pm is not None and pm.end() == m.end():
                return p
    return FurniturePattern(m.re, kind, "site furniture")


_ASK = object()


#: A download page's file name that names a report (…工作总结.doc): the stem and the extension.
_REPORT_FILE = re.compile(r"(\S{2,80}(?:总结|报告|计划|要点|讲话|汇报|方案|思路|述职))(\.(?i:docx?|pdf|wps))")


#: A year in a title (2023年, 2023年度): a file name and the page's title line may differ in it.
_TITLE_YEAR = re.compile(r"\d{4}\s*年度?")


def _named_again(stem: str, k: int, removed: dict, stripped: list[str]) -> bool:
    """True when a line other than ``k`` (and not removed) opens with the characters of ``stem``, in
    any order and years aside (the body's own title line: 镇总工会2022年工作总结 or 镇总工会工作总结
    for 2022年镇总工会工作总结.docx).

    >>> _named_again("2022年镇总工会工作总结", 0, {}, ["", "镇总工会工作总结 2022年，…"])
    True
    >>> _named_again("街道总工会2023年工作总结", 0, {}, ["", "2023年，新建工会17家。"])
    False
    """
    key = _TITLE_YEAR.sub("", stem)
    want = sorted(key)
    return any(
        j != k and j not in removed and sorted(_TITLE_YEAR.sub("", line[: len(stem) + 6])[: len(key)]) == want
        for j, line in enumerate(stripped)
    )


def _file_name_titles(text: str, spans: list[tuple[int, int]], removed: dict, stripped: list[str]) -> dict[int, Edit]:
    """The file-name lines (removed as furniture) that are the report's only title: there only
    the extension goes (a name that ends in a report word: 总结, 报告, 计划 …, over the body).
    A document-site preview may show the report's title nowhere but in the file name
    (街道总工会2023年工作总结.doc); where a line opens with the name again, the file-name line goes,
    and so does a second file-name line of the same name (a second pass would take it for the title
    printed again).

    >>> t = "街道总工会2023年工作总结.doc\\n2023年，新建工会17家。"
    >>> [(t[e.start:e.end], e.note) for e in remove_furniture(t)]
    [('.doc', "furniture (file name): the extension of a file name that is the report's title")]
    """
    found: dict[int, Edit] = {}
    kept: set[str] = set()  # the stems kept so far: a second line of the same name goes whole
    for k, edit in sorted(removed.items()):
        if isinstance(edit, Edit) and edit.note.startswith("furniture (line): file-name line"):
            m = _REPORT_FILE.fullmatch(stripped[k])
            if m is None or any(j not in removed and is_body_line(stripped[j]) for j in range(k)):
                continue  # not a report's name, or under the body (a list of other files)
            if m.group(1) not in kept and not _named_again(m.group(1), k, removed, stripped):
                kept.add(m.group(1))
                at = spans[k][0] + text[spans[k][0]:spans[k][1]].index(m.group(2))
                found[k] = Edit(at, at + len(m.group(2)), "", "furniture (file name): the extension of a file name that is the report's title")
    return found


def _left_for_the_joiner(text: str, lo: int, a: int, b: int, e: int) -> bool:
    """True where the cut span ``text[a:b]`` of the line ``text[lo:e]`` is a hidden-text gap glued to
    text with more text beyond it: :func:`~reportmine.normalize.paragraphs.gap_breaks` puts a line
    break there (after this step, so that no re-join rule reads across it: 折合2 | 余名职工).

    >>> t = "折合2…此处隐藏1,286字…余名职工"
    >>> _left_for_the_joiner(t, 0, 3, 15, len(t)), _left_for_the_joiner("新建12家第1页共5页工会", 0, 5, 11, 15)
    (True, False)
    """
    before, after = text[lo:a].strip(), text[b:e].strip()
    if not ((before and (after or text[e:].strip())) or (after and text[:lo].strip())):
        return False  # at the page's edge: it just goes
    while a < b and text[a] in " \t\u3000\xa0":  # the blanks before a gap at the line's end go with it
        a += 1
    return hidden_gap()[0].fullmatch(text, a, b) is not None


def _glued_edits(text: str, s: int, e: int, watermarks: set[str] = frozenset(), head=_ASK, rows: frozenset[int] | None = None) -> list[Edit]:
    """Furniture glued to the start (``head``), inside (``inline``) or end (``tail``) of a line with other text.

    Only the matched spans are cut; what is left of the line must be text of its own.
    ``rows``: the rows whose factors the line holds, when known (a kind none of whose rows
    can match is not searched).

    >>> t = "精品文档---下载后可任意编辑县总工会全年新建工会12家。第1页共3页新发展会员300名。 第 2 页 共 3 页"
    >>> [t[x.start:x.end] for x in _glued_edits(t, 0, len(t))]
    ['精品文档---下载后可任意编辑', '第1页共3页', ' 第 2 页 共 3 页']
    """
    edits: list[Edit] = []
    lo, hi = s, e
    m = _head_match(text, s, e, rows) if head is _ASK else head
    while m is not None and m.end() > m.start() and text[m.end() : e].strip():
        # one head after another (【转】• 标题: the repost mark goes, then the bullet is the line's head)
        p = _pattern_of("head", m, text)
        edits.append(Edit(m.start(), m.end(), "", f"furniture (head): {p.note}"))
        lo = m.end()
        m = _head_match(text, lo, e, rows)
    spans: list[tuple[int, int, str]] = []
    rx = _alternation("inline", rows)
    if rx is not None:
        for m in rx.finditer(text, lo, hi):
            if m.end() > m.start():
                spans.append((m.start(), m.end(), f"furniture (inline): {_pattern_of('inline', m, text).note}"))
    for mark in watermarks:
        at = text.find(mark, lo, hi)
        while at >= 0:
            spans.append((at, at + len(mark), "furniture (watermark): a site watermark standing elsewhere on the page"))
            at = text.find(mark, at + len(mark), hi)
    end = lo
    for a, b, note in sorted(spans):
        if a >= end:
            if not text[b:e].strip():  # at the line end: the blanks before it go too
                while a > end and text[a - 1] in " \t\u3000\xa0":
                    a -= 1
            if not _left_for_the_joiner(text, lo, a, b, e):
                edits.append(Edit(a, b, "", note))
            end = b
    rx = _alternation("tail", rows)
    if rx is not None and not SENTENCE_CLOSED.search(text, max(s, e - 2), e):
        # after the inline spans, so a cut mark does not eat the end of a gap (……此处隐藏N个字……);
        # a line that closes its sentence (…。) holds no tail furniture, which never ends in 。！？
        m = rx.search(text, max(end, e - MAX_FURNITURE_LINE), e)  # tail furniture is short: look only at the end
        if m is not None and m.end() == e and m.start() > lo and text[lo : m.start()].strip():
            p = _pattern_of("tail", m, text)
            edits.append(Edit(m.start(), m.end(), "", f"furniture (tail): {p.note}"))
    return edits


#: The whole-line kinds a line made by a join or a gap break is tested with (as ``is_furniture_line``).
_MADE_LINE_KINDS = ("line", "notice", "list", "watermark", "page", "post")


def _pinyin_side(text: str, e: Edit) -> bool:
    """True when a join ``e`` has a Latin letter or a bracket right beside it (pinyin debris the
    join can bring beside Chinese: 网路huì | ) → 网路huì), which a second pass would strip)."""
    sides = text[e.start - 1 : e.start] + text[e.end : e.end + 1]
    return any(c.isascii() and (c.isalpha() or c in "()") or c in "àáǎèéěìíǐòóǒùúǔǖǘǚǜāēīōūü" for c in sides)


def join_broken_paragraphs(text: str) -> list[Edit]:
    r"""The paragraph step (:func:`~reportmine.normalize.paragraphs.join_broken_paragraphs`), and then
    the lines its joins and gap breaks make meet the whole-line furniture rows, as every line of the
    page met them before (normalising is idempotent: a second pass would cut them).  A line so made
    that is furniture goes, with its line break; most pages make none, and the test is one match
    a made line.  Where a hidden-text gap became a line break, or a join has Latin letters or a
    bracket beside it, the pinyin step looks at the text again: the break or join can bring debris
    beside Chinese (下……此处隐藏N字……nèi) → 下 | nèi); 网路huì + ) → 网路huì)), which a second pass
    would strip (both are rare: other pages pay one look at each join's two sides).

    >>> t = "第1页……此处隐藏1200字……今年以来，工会工作顺利。"
    >>> e = join_broken_paragraphs(t)
    >>> "".join(t[a.end : b.start] for a, b in zip([Edit(0, 0, "")] + e, e + [Edit(len(t), len(t), "")]))
    '今年以来，工会工作顺利。'
    >>> [x.note for x in e]  # doctest: +ELLIPSIS
    ['furniture (page): page marker ...; a line a join or a gap break made']
    >>> t = "会员12人，\n其中女职工3人。"
    >>> join_broken_paragraphs(t) == _paragraph_joins(t)
    True
    >>> [x.note for x in join_broken_paragraphs("下……此处隐藏1200字……nèi)")]  # doctest: +ELLIPSIS
    ['paragraph break: a document site hid text here ...', "pinyin debris (bracket lost); beside a join or a gap's line break"]
    """
    edits = sorted(_paragraph_joins(text), key=lambda x: (x.start, x.end))
    if not edits:
        return edits
    pieces, made, segments, pos, n = [], [], [], 0, 0  # segments: (new_lo, new_hi, orig_lo, orig_hi, copied)
    for e in edits:
        pieces.append(text[pos : e.start])
        segments.append((n, n + e.start - pos, pos, e.start, True))
        n += e.start - pos
        pieces.append(e.replacement)
        segments.append((n, n + len(e.replacement), e.start, e.end, False))
        made.extend(range(n, n + len(e.replacement) + 1))
        n += len(e.replacement)
        pos = e.end
    pieces.append(text[pos:])
    segments.append((n, n + len(text) - pos, pos, len(text), True))
    new = "".join(pieces)
    # the joined text, piece by piece (ascending, contiguous; the last piece kept even where empty)
    segs = [g for g in segments[:-1] if g[0] < g[1]] + segments[-1:]
    starts = [g[0] for g in segs]
    cuts: list[tuple[int, int, str]] = []
    if any(e.replacement or _pinyin_side(text, e) for e in edits):  # a gap's line break, or a join beside Latin letters
        cuts.extend((_orig_at(segs, starts, c.start, False), _orig_at(segs, starts, c.end, True), f"{c.note}; beside a join or a gap's line break") for c in strip_pinyin(new))
    lo, hi = -1, -2  # the made line last judged (made is ascending: each line is judged once)
    body: list[int] | None = None  # starts of the body lines of the joined text, found at first need
    for p in made:
        if lo <= p <= hi or p > len(new):
            continue
        lo = new.rfind("\n", 0, p) + 1
        hi = new.find("\n", lo)
        hi = len(new) if hi < 0 else hi
        line = new[lo:hi].strip()
        fp = _match_line(line, _MADE_LINE_KINDS) if line else None
        if fp is None and line:
            if body is None:
                body = [a for a, b in _lines(new) if is_body_line(new[a:b])]
            if _in_head_or_tail(body, lo):
                fp = _match_line(line, ("edge",))
        if fp is not None:
            a, b = (lo, hi + 1) if hi < len(new) else (max(lo - 1, 0), hi)
            cuts.append((_orig_at(segs, starts, a, False), _orig_at(segs, starts, b, True),
                         f"furniture ({fp.kind}): {fp.note}; a line a join or a gap break made"))
    if not cuts:
        return edits
    return _merge_cuts([Edit(s, e, "", note) for s, e, note in cuts] + _outside(edits, cuts))


def _in_head_or_tail(body: list[int], lo: int) -> bool:
    r"""True when the line starting at ``lo`` stands before the first body line of its text or after
    its last (where :func:`remove_furniture` tries the ``edge`` rows), the line itself not counted;
    ``body``: the starts of the text's body lines (:func:`is_body_line`), ascending.

    >>> t = "合计2\n记者 周伟 摄工会"
    >>> body = [a for a, b in _lines(t) if is_body_line(t[a:b])]
    >>> _in_head_or_tail(body, 4)
    True
    >>> t = "工会工作顺利。\n2023 总工会 报告\n会员12人。"
    >>> _in_head_or_tail([a for a, b in _lines(t) if is_body_line(t[a:b])], 8)
    False
    """
    i = bisect_left(body, lo)
    above = i > 0  # a body line starts before this one
    below = (i + 1 if i < len(body) and body[i] == lo else i) < len(body)
    return not (above and below)


def _outside(edits: list[Edit], cuts: list[tuple[int, int, str]]) -> list[Edit]:
    """The ``edits`` (ascending) that no cut holds whole (a sweep: pages of many joins and cuts stay linear).

    >>> [(e.start, e.end) for e in _outside([Edit(1, 2, ""), Edit(5, 6, ""), Edit(9, 12, "")], [(0, 6, ""), (10, 20, "")])]
    [(9, 12)]
    """
    spans = sorted((a, b) for a, b, _ in cuts)
    out, k, reach = [], 0, -1  # reach: the furthest end of the cuts starting at or before the edit
    for e in edits:
        while k < len(spans) and spans[k][0] <= e.start:
            reach = max(reach, spans[k][1])
            k += 1
        if e.end > reach:
            out.append(e)
    return out


_BARE_NUMBER = re.compile(r"\d[\d,.]*")


def _number_between_words(stripped: list[str], k: int, removed: dict) -> bool:
    """Whether line ``k`` is a bare number standing between its words and its unit: after a kept
    line (not removed whole: see ``removed``) that does not end its sentence and before a unit alone
    on its line (培训职工 / 315 / 人次, a slide deck's or a PDF copy's cut figure), not an ID or a
    counter that an edge row removes.

    >>> _number_between_words(["• 培训职工", "315", "人次"], 1, {}), _number_between_words(["报告下载", "20240115", "工会工作总结"], 1, {})
    (True, False)
    """
    if not _BARE_NUMBER.fullmatch(stripped[k]) or sum(map(str.isdigit, stripped[k])) > _CUT_FIGURE_DIGITS:
        return False
    j = next((j for j in range(k - 1, -1, -1) if stripped[j]), -1)
    nxt = next((stripped[i] for i in range(k + 1, len(stripped)) if stripped[i]), "")
    if j < 0 or isinstance(removed.get(j), Edit) or not nxt:  # (a list: only a mark of it was cut)
        return False
    return stripped[j][-1] not in "。！？；：:;!?" and _UNIT_LINE.fullmatch(nxt) is not None


#: the most digits a figure cut from its words may have (an ID or a date stamp, 20240115, has more)
_CUT_FIGURE_DIGITS = 7
#: a unit standing alone on its line (人, 人次, 期, 万元): one to three Chinese characters
_UNIT_LINE = re.compile("[\u4e00-\u9fff]{1,3}")


def _orig_at(segs: list[tuple[int, int, int, int, bool]], starts: list[int], p: int, end: bool) -> int:
    r"""The offset in the step's input of position ``p`` of the joined text: of the character at ``p``
    (a start), or after the one before ``p`` (an exclusive ``end``); a character an edit put in
    stands for the whole span it replaced.  ``segs``: the non-empty pieces of the joined text
    (ascending, contiguous), ``starts`` their starts (a bisection per position).

    >>> seg = [(0, 2, 0, 2, True), (2, 3, 2, 5, False), (3, 5, 5, 7, True)]  # "ab" + "\n" for "xyz" + "cd"
    >>> st = [g[0] for g in seg]
    >>> _orig_at(seg, st, 2, False), _orig_at(seg, st, 3, True), _orig_at(seg, st, 4, False)
    (2, 5, 6)
    """
    i = (bisect_left(starts, p) if end else bisect_right(starts, p)) - 1
    if 0 <= i < len(segs):
        nlo, nhi, olo, ohi, copy = segs[i]
        if (nlo < p <= nhi) if end else (nlo <= p < nhi):
            return olo + (p - nlo) if copy else (ohi if end else olo)
    return segs[-1][3] if p else 0


def _merge_cuts(edits: list[Edit]) -> list[Edit]:
    """Edits in order, a join or gap edit overlapping a cut taken into it."""
    out: list[Edit] = []
    for e in sorted(edits, key=lambda x: (x.start, -x.end)):
        if out and e.start < out[-1].end:
            last = out[-1]
            out[-1] = Edit(last.start, max(last.end, e.end), "", last.note if not last.replacement else e.note)
        else:
            out.append(e)
    return out
