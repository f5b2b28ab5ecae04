"""Headings, the section tree and the parts of a normalised article.

One compiled regular expression finds every marker that could open a heading
(一、 （一） 1、 1. （1） ① 第一部分 …); a single left-to-right state machine then
keeps those that stand where a heading can stand (a paragraph start; in a report
flattened onto one line also after a space or a sentence end; after a sentence
end when a glued heading continues its sequence) and whose number continues or
restarts the sequence of its family.  Depth comes from the order in which the
families first appear.  Parts (summary, experience, problems, plan) start at
headings and paragraphs that announce them (cue words in ``data/part_cues.tsv``).

Everything is linear in the length of the text.

>>> parts, roots = parse_sections("总结如下：\\n一、抓学习\\n（一）学理论。正文。\\n二、下一步打算\\n一是继续。")
>>> [(s.depth, s.marker, s.heading, s.part) for r in roots for s in r.walk()]
[(1, '一、', '抓学习', 'summary'), (2, '（一）', '学理论', 'summary'), (1, '二、', '下一步打算', 'plan')]
>>> [(p.role, p.start, p.end) for p in parts]
[('summary', 0, 23), ('plan', 23, 36)]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Iterator

from .model import PART_ROLES, Part, Section
from .tables import read_table

__all__ = ["parse_sections", "find_headings", "Heading", "chinese_numeral", "part_cues"]

# --------------------------------------------------------------------------- markers

_CN = "一二三四五六七八九十"
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0, "两": 2}

MARKER_RE = re.compile(
    r"""
    (?=[第（(一二三四五六七八九十0-9\u2460-\u249b \t\u3000])  # fast rejection of other characters
    (?: (?P<di>第(?P<di_n>[一二三四五六七八九十百]{1,4}|\d{1,4})(?P<di_k>部分|章|节))
  | (?P<pcn>[（(][ \u3000]?(?P<pcn_n>[一二三四五六七八九十]{1,3})[ \u3000]?[）)])
  | (?P<par>[（(][ \u3000]?(?P<par_n>\d{1,3})[ \u3000]?[）)])
  | (?P<cn>(?P<cn_n>[一二三四五六七八九十]{1,3})[、.．])
  | (?P<ar>(?<![\d.．])(?P<ar_n>\d{1,3})[、.．](?![\d]))
  | (?P<rp>(?<![\d.．（(])(?P<rp_n>\d{1,2})[）)])
  | (?P<circ>[\u2460-\u2473])
  | (?P<pard>[\u2474-\u2487])
  | (?P<ard>[\u2488-\u249b])
  | (?P<bare>^[ \t\u3000]*(?P<bare_n>\d{1,2})(?=[\u4e00-\u9fff])) )
    """,
    re.X | re.M,
)

# family keys: the depth of a heading comes from the order in which these first appear
FAMILY_OF_GROUP = {
    "cn": "cn",  # 一、
    "pcn": "pcn",  # （一）
    "ar": "ar",  # 1、 1. 1．
    "ard": "ar",  # ⒈
    "bare": "ar",  # 4 (a 1、 whose 、 was lost)
    "par": "par",  # （1）
    "pard": "par",  # ⑴
    "rp": "rp",  # 1）
    "circ": "circ",  # ①
}

# characters that make a bare number a quantity or a date rather than a damaged marker
_QUANTITY_CHARS = set("年月日号时点分秒万亿千百十元角人名个家次项户件条位份期批届天周岁所座台辆套本册场篇倍成多余来")
_SENTENCE_END = set("。！？!?")
_SPACE = set(" \t\u3000\u00a0")
_BREAK_BEFORE = set("。！？!?；;：:”）)")
_GLUED_MAX = 40  # a heading glued to the end of a paragraph is short
_GAP_MAX = 40  # an own-line heading may skip one number (a lost heading) if this short


def chinese_numeral(s: str) -> int:
    """Value of a Chinese numeral such as 三, 十一, 二十, 二十三 or a run of digits.

    >>> [chinese_numeral(x) for x in ("一", "十", "十一", "二十", "二十三", "一百零五", "12")]
    [1, 10, 11, 20, 23, 105, 12]
    """
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch in _CN_DIGITS:
            cur = cur * 10 + _CN_DIGITS[ch] if cur and ch in "〇○零" else _CN_DIGITS[ch]
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return total + cur


@dataclass
class Heading:
    """A heading found in the text (mutable while the tree is built)."""

    family: str
    depth: int
    marker: str
    number: int
    start: int  # marker start
    heading_start: int
    heading_end: int
    heading: str
    end: int = -1  # end of the section
    part: str = "summary"
    children: list["Heading"] = field(default_factory=list)

    def freeze(self) -> Section:
        return Section(
            depth=self.depth, marker=self.marker, number=self.number, heading=self.heading, part=self.part,
            start=self.start, end=self.end, heading_start=self.heading_start, heading_end=self.heading_end,
            children=tuple(c.freeze() for c in self.children),
        )


@dataclass(frozen=True)
class _Line:
    start: int  # first non-space character
    end: int  # end of line (before the newline)
    flat: bool  # a report flattened onto this line: spaces separate paragraphs


def _lines(text: str) -> list[_Line]:
    """The non-empty lines of ``text`` (leading spaces skipped) and whether each is flattened."""
    out = []
    pos, n = 0, len(text)
    raw = []
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        s = pos
        while s < nl and text[s] in _SPACE:
            s += 1
        e = nl
        while e > s and text[e - 1] in _SPACE:
            e -= 1
        if e > s:
            raw.append((s, e))
        pos = nl + 1
    single = len(raw) <= 2
    for s, e in raw:
        out.append(_Line(s, e, _is_flattened(text, s, e, single)))
    return out


_INNER_SPACE_RE = re.compile(r"(?<=\S)[ \t\u3000\u00a0]+(?=\S)")


def _is_flattened(text: str, s: int, e: int, single: bool) -> bool:
    """A line holding many paragraphs separated by spaces (seed 002).

    The spaces must stand where paragraphs break: after a sentence end, or before
    something that opens a paragraph (a marker); a stray space inside a sentence
    does not make a line flattened.
    """
    if e - s < 200 and not single:
        return False
    runs = 0
    for m in _INNER_SPACE_RE.finditer(text, s, e):
        if text[m.start() - 1] in _BREAK_BEFORE or MARKER_RE.match(text, m.end()):
            runs += 1
        if runs >= 3 or (single and runs and e - s >= 100):
            return True
    return False


def _segments(text: str, lines: list[_Line]) -> Iterator[tuple[int, int]]:
    """Paragraphs: lines, and the space-separated stretches of flattened lines."""
    for ln in lines:
        if not ln.flat:
            yield ln.start, ln.end
            continue
        s = ln.start
        for m in _INNER_SPACE_RE.finditer(text, ln.start, ln.end):
            yield s, m.start()
            s = m.end()
        yield s, ln.end


# --------------------------------------------------------------------------- headings


def _candidate(m: re.Match) -> tuple[str, int, str] | None:
    """(family, number, marker) of a marker match."""
    g = m.lastgroup
    if g == "di":
        return "di" + m.group("di_k"), chinese_numeral(m.group("di_n")), m.group("di")
    if g in ("circ", "pard", "ard"):
        ch = m.group(g)
        base = {"circ": 0x2460, "pard": 0x2474, "ard": 0x2488}[g]
        return FAMILY_OF_GROUP[g], ord(ch) - base + 1, ch
    if g == "bare":
        return "ar", int(m.group("bare_n")), m.group("bare_n")
    num = m.group(g + "_n")
    return FAMILY_OF_GROUP[g], chinese_numeral(num), m.group(g)


def _looks_like_figure(text: str, m: re.Match, family: str) -> bool:
    """Markers that are really dates, ranges or names: “五.一”, 一、二月份, 3月初."""
    g = m.lastgroup
    nxt = text[m.end() : m.end() + 3]
    if g == "cn":
        if m.group(0)[-1] in ".．" and nxt[:1] and nxt[0] in _CN:
            return True
        if re.match(rf"[{_CN}]+[、月季]", nxt):
            return True
    if g == "bare":
        return not nxt or nxt[0] in _QUANTITY_CHARS
    return False


def _heading_span(text: str, pos: int, seg_end: int) -> tuple[int, int]:
    """Span of a heading's text: from ``pos`` up to the first 。 of its paragraph."""
    while pos < seg_end and (text[pos] in _SPACE or text[pos] in "：:、"):
        pos += 1
    stop = text.find("。", pos, seg_end)
    end = seg_end if stop < 0 else stop
    while end > pos and text[end - 1] in _SPACE:
        end -= 1
    if stop < 0 and end > pos + 1 and text[end - 1] in "：:":
        end -= 1  # 一、主要工作： on a line of its own
    return pos, end


def find_headings(text: str, lines: list[_Line] | None = None) -> list[Heading]:
    """All headings of ``text`` in document order, with depth, marker and heading text.

    Section ends and parts are not set here (see :func:`parse_sections`).

    >>> [(h.depth, h.marker, h.heading) for h in find_headings("1、抓建会。建了3家。\\n2、抓维权\\n正文")]
    [(1, '1、', '抓建会'), (1, '2、', '抓维权')]
    """
    if lines is None:
        lines = _lines(text)
    headings: list[Heading] = []
    depth_of: dict[str, int] = {}
    last: dict[str, int] = {}  # last number accepted per family
    li = 0
    seg_ends: list[int] = []  # space positions of the current flattened line
    si = 0
    for m in MARKER_RE.finditer(text):
        start = m.start() if m.lastgroup != "bare" else m.start("bare_n")
        while li < len(lines) and lines[li].end <= start:
            li += 1
            seg_ends, si = [], 0
        if li >= len(lines):
            break
        ln = lines[li]
        if start < ln.start:
            continue
        # where does the marker stand?  (checked first: most candidates stand inside a sentence)
        prev = text[start - 1] if start > ln.start else ""
        if start == ln.start:
            where = "para"
        elif ln.flat and (prev in _SPACE or prev in _SENTENCE_END):
            where = "para"
        elif prev in _SENTENCE_END and not ln.flat:
            where = "glued"
        else:
            continue
        if ln.flat and not seg_ends:
            seg_ends = [x.start() for x in _INNER_SPACE_RE.finditer(text, ln.start, ln.end)] + [ln.end]
        cand = _candidate(m)
        if cand is None:
            continue
        family, number, marker = cand
        if _looks_like_figure(text, m, family):
            continue
        if m.lastgroup == "bare" and where != "para":
            continue
        # end of this paragraph (segment)
        if ln.flat:
            while si < len(seg_ends) and seg_ends[si] <= start:
                si += 1
            seg_end = seg_ends[si] if si < len(seg_ends) else ln.end
        else:
            seg_end = ln.end
        hs, he = _heading_span(text, m.end(), seg_end)
        if not _accept(family, number, where, m.lastgroup, depth_of, last, he - start, he == seg_end or text[he:he + 1] == "。" and he + 1 >= seg_end):
            continue
        if family not in depth_of:
            depth_of[family] = len(depth_of) + 1
        depth = depth_of[family]
        last[family] = number
        for f, d in depth_of.items():
            if d > depth:
                last[f] = 0  # a deeper family restarts under a new parent
        headings.append(Heading(family, depth, marker, number, start, hs, he, text[hs:he]))
    return headings


def _accept(family: str, number: int, where: str, group: str, depth_of: dict, last: dict, length: int, own_line: bool) -> bool:
    """Whether a marker continues or restarts the sequence of its family."""
    seen = family in depth_of
    prev = last.get(family, 0)
    if group == "bare":  # a lost 、 is repaired only where the sequence demands it
        return seen and number == prev + 1
    if where == "glued":  # “…氛围。5、抓活动载体” continues a running sequence only
        return seen and prev > 0 and number == prev + 1 and length <= _GLUED_MAX
    if number == 1 or (seen and number == prev + 1):
        return True
    # one lost heading: an own-line heading that skips a single number
    return seen and prev > 0 and number == prev + 2 and own_line and length <= _GAP_MAX


# --------------------------------------------------------------------------- parts

_PAST_RE = re.compile(r"(?<![为除])了(?![解不])")
_FUTURE_RE = re.compile(r"将(?!近)|力争|争取|计划|打算|拟")


_CUE_PLACES = ("heading", "opening", "leadin", "done", "split")


@dataclass(frozen=True)
class PartCue:
    where: str  # heading, opening, leadin, done, split
    role: str
    pattern: re.Pattern


@functools.lru_cache(maxsize=None)
def part_cues() -> tuple[PartCue, ...]:
    """The part cues of ``data/part_cues.tsv``, compiled, in file order.

    >>> sorted({c.where for c in part_cues()})
    ['done', 'heading', 'leadin', 'opening', 'split']
    """
    out = []
    for row in read_table("part_cues.tsv"):
        if row["role"] not in PART_ROLES or row["where"] not in _CUE_PLACES:
            raise ValueError(f"part_cues.tsv:{row.line}: role must be one of {PART_ROLES} and where one of {'/'.join(_CUE_PLACES)}, got {row}")
        out.append(PartCue(row["where"], row["role"], re.compile(row["cue"])))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def _any_cue(where: str) -> re.Pattern:
    """All cues of one place in one pattern: most paragraphs match none, and one search says so."""
    return re.compile("|".join(f"(?:{c.pattern.pattern})" for c in part_cues() if c.where == where))


def _match_role(where: str, s: str) -> str | None:
    if not _any_cue(where).search(s):
        return None
    for c in part_cues():
        if c.where == where and c.pattern.search(s):
            if c.role == "plan" and where != "heading" and _PAST_RE.search(s):
                continue  # 重点开展了以下几项工作： tells of work done
            if c.role == "summary" and where == "opening" and _FUTURE_RE.search(s):
                continue  # 在上级工会的领导下，我们将… is a plan
            return c.role
    return None


_OPENING_END = re.compile(r"[。！？：:]")


def _opening(text: str, s: int, e: int) -> str:
    """The first sentence of a paragraph (to its first 。！？：), at most 120 characters."""
    m = _OPENING_END.search(text, s, min(e, s + 120))
    return text[s : m.end() if m else min(e, s + 120)]


def _is_title_line(text: str, s: int, e: int) -> bool:
    """A short marker-less line standing alone, like 镇总工会2023年工作思路."""
    return e - s <= 30 and text.find("。", s, e - 1) < 0


def _last_sentence(text: str, s: int, e: int) -> int:
    """Start of the last sentence of the paragraph [s, e)."""
    lo = max(s, e - 120)
    for i in range(e - 2, lo - 1, -1):
        if text[i] in _SENTENCE_END:
            return i + 1
    return s if lo == s else lo


def _paragraphs(text: str, headings: list[Heading], lines: list[_Line]) -> Iterator[tuple[int, int]]:
    """Paragraphs for part detection: lines (or stretches of flattened lines), cut again
    where a heading starts inside one (a glued heading, a heading after a sentence end)."""
    hi = 0
    for s, e in _segments(text, lines):
        while hi < len(headings) and headings[hi].start < s:
            hi += 1
        while hi < len(headings) and headings[hi].start < e:
            if headings[hi].start > s:
                yield s, headings[hi].start
                s = headings[hi].start
            hi += 1
        yield s, e


def _find_parts(text: str, headings: list[Heading], lines: list[_Line]) -> list[tuple[str, int]]:
    """(role, start) of each part, in order; the first starts at 0."""
    at = {h.start: h for h in headings}
    role = "summary"
    parts: list[tuple[str, int]] = [(role, 0)]
    scoped: list[tuple[int, str]] = []  # (depth, role before) of parts opened by deeper headings

    def switch(new: str, pos: int) -> None:
        nonlocal role
        if new == role:
            return
        role = new
        if parts[-1][1] == pos:
            parts.pop()
            if parts and parts[-1][0] == new:
                return
            parts.append((new, pos))
        else:
            parts.append((new, pos))

    first = True
    pending: tuple[str, int] | None = None  # (second role, depth) of a heading that names two parts
    for s, e in _paragraphs(text, headings, lines):
        h = at.get(s)
        if h is not None and pending is not None and h.depth <= pending[1]:
            pending = None
        if h is None and pending is not None:
            pos = _second_part_start(text, s, e, pending[0])
            if pos is not None:
                scoped.clear()
                switch(pending[0], pos)
                pending = None
                first = False
                continue
        if h is not None:
            cue = _match_role("heading", h.heading)
            second = _match_role("split", h.heading) if cue else None
            if second and second != cue:
                pending = (second, h.depth)
            # leaving a sub-part opened by a deeper heading (二、存在问题 under 一、 …)
            while scoped and h.depth < scoped[-1][0]:
                _, before = scoped.pop()
                if not cue:
                    switch(before, s)
            if cue:
                if h.depth > 1 and not (scoped and scoped[-1][0] == h.depth):
                    scoped.append((h.depth, role))
                switch(cue, s)
        else:
            cue = None
            if _is_title_line(text, s, e):
                cue = _match_role("heading", text[s:e].rstrip("。：:"))
            if cue is None:
                cue = _match_role("opening", _opening(text, s, e))
                if cue == "summary" and (role == "summary" or first):
                    cue = None
            if cue:
                scoped.clear()
                switch(cue, s)
            elif text[e - 1 : e] in ("：", ":") and e - s > 1:
                ls = _last_sentence(text, s, e)
                cue = _match_role("leadin", text[ls:e]) if ls > s else None
                if cue:
                    scoped.clear()
                    switch(cue, ls)
        first = False
    if len(parts) > 1 and parts[0][0] == "summary" and parts[1][0] == "plan" and _plan_preamble(text[: parts[1][1]]):
        parts[:2] = [("plan", 0)]
    return parts


def _second_part_start(text: str, s: int, e: int, role: str) -> int | None:
    """Where the second part named by a heading (五、存在的问题和2024年打算) starts in the
    paragraph [s, e): the first sentence whose opening is a cue of ``role``, else None.

    >>> t = "人员流动大，接续难。2024年，我们将力争新建工会10家。"
    >>> t[_second_part_start(t, 0, len(t), "plan"):]
    '2024年，我们将力争新建工会10家。'
    """
    pos = s
    while pos < e:
        if _match_role("opening", _opening(text, pos, e)) == role:
            return pos
        nxt = next((i + 1 for i in range(pos, e) if text[i] in _SENTENCE_END), e)
        pos = nxt
    return None


def _plan_preamble(s: str) -> bool:
    """True when ``s``, the text before a plan lead-in, is a plan document's preamble, not an account.

    It must be within the first paragraph and tell of nothing done: no past tense
    (了) and no ``done`` cue of ``data/part_cues.tsv`` (一年来, 今年以来, 回顾 …).
    A page that opens "2024年是…关键之年。总体要求是：…。全年重点抓好以下工作：" is a plan
    from its first word.

    >>> _plan_preamble("2024年是工会工作的关键之年。总体要求是：服务职工。")
    True
    >>> _plan_preamble("一年来，工会工作取得新成效。"), _plan_preamble("今年工会做了大量工作。")
    (False, False)
    """
    s = s.strip()
    if not s or "\n" in s or _PAST_RE.search(s):
        return False
    return not any(c.pattern.search(s) for c in part_cues() if c.where == "done")


# --------------------------------------------------------------------------- tree


def _close_sections(text: str, headings: list[Heading], part_starts: list[int]) -> None:
    """Set every heading's section end: the next heading of equal or lower depth or the next part."""
    stack: list[Heading] = []
    bounds = sorted(p for p in part_starts if p > 0)
    bi = 0

    def close(h: Heading, pos: int) -> None:
        while pos > h.heading_end and text[pos - 1].isspace():
            pos -= 1
        h.end = max(pos, h.heading_end)

    for h in headings:
        while bi < len(bounds) and bounds[bi] <= h.start:
            while stack:
                close(stack.pop(), bounds[bi])
            bi += 1
        while stack and stack[-1].depth >= h.depth:
            close(stack.pop(), h.start)
        if stack:
            stack[-1].children.append(h)
        stack.append(h)
    end = len(text)
    while stack:
        h = stack.pop()
        nb = [b for b in bounds[bi:] if b > h.start][:1]
        close(h, nb[0] if nb else end)


def _roots(headings: list[Heading]) -> list[Heading]:
    children = {id(c) for h in headings for c in h.children}
    return [h for h in headings if id(h) not in children]


def parse_sections(text: str) -> tuple[tuple[Part, ...], tuple[Section, ...]]:
    """Parts and the heading tree of a normalised article.

    Returns the parts, contiguous and in order (the first starts at 0, the last
    ends at ``len(text)``), and the roots of the section tree.

    >>> parts, roots = parse_sections("一、抓建会\\n正文。\\n二、抓维权\\n1、签合同。签了5份。\\n2、调解")
    >>> [(s.depth, s.marker, s.number, s.heading) for r in roots for s in r.walk()]
    [(1, '一、', 1, '抓建会'), (1, '二、', 2, '抓维权'), (2, '1、', 1, '签合同'), (2, '2、', 2, '调解')]
    >>> roots[1].start, roots[1].end, len(roots[1].children)
    (10, 32, 2)
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_sections() takes the article text as a str, got {type(text).__name__}")
    lines = _lines(text)
    headings = find_headings(text, lines)
    starts = _find_parts(text, headings, lines)
    parts = tuple(
        Part(role, s, starts[i + 1][1] if i + 1 < len(starts) else len(text)) for i, (role, s) in enumerate(starts)
    )
    pi = 0
    for h in headings:
        while pi + 1 < len(parts) and parts[pi + 1].start <= h.start:
            pi += 1
        h.part = parts[pi].role
    _close_sections(text, headings, [p.start for p in parts])
    return parts, tuple(h.freeze() for h in _roots(headings))
