"""Headings, the section tree and the parts of a normalised article.

One compiled regular expression finds every marker that could open a heading
(一、 （一） 1、 1. （1） ① 第一部分 …); a single left-to-right state machine then
keeps those that stand where a heading can stand (a paragraph start; in a report
flattened onto one line also after a space or a sentence end; after a sentence
end when a glued heading continues its sequence) and whose number continues or
restarts the sequence of its family.  Depth comes from the order in which the
families first appear.  Parts (summary, experience, problems, plan) start at
headings and paragraphs that announce them (cue words in ``data/part_cues.tsv``).

Pages cut from longer reports and damaged layouts (documents.md, Sections):

- a page that begins inside a section (5、 6、 and later 五、): a family that ranks
  higher by convention (一、 above （一） above 1、 above （1） above ①) and numbers past
  one goes above the families seen before it; a first heading numbered past one stays
  only if its sequence goes on;
- a gap in the page (a paragraph cut mid-sentence) lets a family skip lost numbers;
- a heading is the first clause up to 。, or a short label closed by a colon
  (1、工会组建：今年新建… → 工会组建);
- flattened reports: paragraphs split at spaces after a sentence end or before a
  marker (every space where the spaces are trustworthy), or, with no space at all,
  at sentence ends; a sub-heading glued to its parent's heading (一、…加强（一）…)
  ends the parent; a glued heading after a sentence end and a space ends at a space;
- a part that starts without a heading does not close the section it stands in.

Everything is linear in the length of the text; :class:`SectionIndex` finds the
section of an offset by bisection.

>>> parts, roots = parse_sections("总结如下：\\n一、抓学习\\n（一）学理论。正文。\\n二、下一步打算\\n一是继续。")
>>> [(s.depth, s.marker, s.heading, s.part) for r in roots for s in r.walk()]
[(1, '一、', '抓学习', 'summary'), (2, '（一）', '学理论', 'summary'), (1, '二、', '下一步打算', 'plan')]
>>> [(p.role, p.start, p.end) for p in parts]
[('summary', 0, 23), ('plan', 23, 36)]
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Iterator

from .model import PART_ROLES, Part, Section
from .patterns import GramGate, required_strings
from .tables import read_table

__all__ = ["parse_sections", "find_headings", "Heading", "chinese_numeral", "part_cues"]

# --------------------------------------------------------------------------- markers

_CN = "一二三四五六七八九十"
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0, "两": 2}

MARKER_RE = re.compile(
    r"""
    [第（(一二三四五六七八九十0-9\u2460-\u249b \t\u3000]  # every marker starts with one of these: a fast scan skips the rest
    (?: (?<=[0-9])(?<![\d.．].)  # a number, not inside a longer number or after a decimal point
        (?: \d{0,2}[、.．](?![\d])(?P<ar>)
          | (?<![（(].)\d?[）)](?P<rp>)
          | (?<=[。！？ \u3000].)\d?(?=[\u4e00-\u9fff])(?P<bare2>) )
  | (?<=[一二三四五六七八九十])[一二三四五六七八九十]{0,2}[、.．](?P<cn>)
  | (?<=[（(])[ \u3000]?(?: (?P<pcn_n>[一二三四五六七八九十]{1,3})[ \u3000]?[）)](?P<pcn>)
                          | (?P<par_n>\d{1,3})[ \u3000]?[）)](?P<par>) )
  | (?<=第)(?P<di_n>[一二三四五六七八九十百]{1,4}|\d{1,4})(?P<di_k>部分|章|节)(?P<di>)
  | (?<=[\u2460-\u249b])(?: (?<=[\u2460-\u2473])(?P<circ>) | (?<=[\u2474-\u2487])(?P<pard>) | (?P<ard>) )
  | (?: (?<=^[ \t\u3000])[ \t\u3000]*\d | (?<=^[0-9]) )\d?(?=[\u4e00-\u9fff])(?P<bare>) )
    """,
    re.X | re.M,
)
"""A marker that may open a heading; the empty group named after its kind (``lastgroup``)
closes it.  The marker is the whole match, save a bare number's leading spaces."""

_MARKER_PUNCT = "、.．）) \t\u3000"


def _marker_number(m: re.Match) -> str:
    """The numeral of a marker match (五 of 五、, 12 of （12）, 3 of a bare 3)."""
    g = m.lastgroup
    if g in ("pcn", "par", "di"):
        return m.group(g + "_n")
    return m.group().strip(_MARKER_PUNCT)


def _marker_start(m: re.Match) -> int:
    """Where a marker starts: a bare number at a line start after spaces starts at its digits."""
    return m.start() if m.lastgroup != "bare" else m.end() - len(m.group().lstrip(" \t\u3000"))


# family keys: the depth of a heading comes from the order in which these first appear
FAMILY_OF_GROUP = {
    "cn": "cn",  # 一、
    "pcn": "pcn",  # （一）
    "ar": "ar",  # 1、 1. 1．
    "ard": "ar",  # ⒈
    "bare": "ar",  # 4 (a 1、 whose 、 was lost)
    "bare2": "ar",  # the same after a space or a sentence end (a report flattened onto one line)
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
_LABEL_MAX = 16  # a label heading closed by a colon (工会组建：…) is this short at most


def _small_numerals() -> dict[str, int]:
    """一 … 九十九 and 1 … 999 as markers write them, with their values (looked up, not parsed)."""
    digits = "零一二三四五六七八九"
    out = {str(n): n for n in range(1000)}
    for n in range(1, 100):
        t, u = divmod(n, 10)
        out[(digits[t] if t > 1 else "") + ("十" if t else "") + (digits[u] if u else "")] = n
    return out


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


_SMALL_NUMERALS = _small_numerals()


class Heading:
    """A heading found in the text (mutable while the tree is built)."""

    __slots__ = ("family", "depth", "marker", "number", "start", "heading_start", "heading_end", "heading",
                 "end", "part", "run_on", "children")

    def __init__(self, family: str, depth: int, marker: str, number: int, start: int, heading_start: int,
                 heading_end: int, heading: str, end: int = -1, part: str = "summary", run_on: bool = False,
                 children: list["Heading"] | None = None) -> None:
        self.family = family
        self.depth = depth
        self.marker = marker
        self.number = number
        self.start = start  # marker start
        self.heading_start = heading_start
        self.heading_end = heading_end
        self.heading = heading
        self.end = end  # end of the section
        self.part = part
        self.run_on = run_on  # on a flattened line where nothing but 。 ends a heading
        self.children = [] if children is None else children

    def __repr__(self) -> str:
        return f"Heading({self.depth}, {self.marker!r}, {self.heading!r}, {self.start}-{self.end}, {self.part})"

    def freeze(self) -> Section:
        return Section(  # by position (depth, marker, number, heading, part, start, end, heading span, children)
            self.depth, self.marker, self.number, self.heading, self.part, self.start, self.end,
            self.heading_start, self.heading_end, tuple(c.freeze() for c in self.children) if self.children else (),
        )


class _Line:
    """A non-empty line of the text, its surrounding spaces left out."""

    __slots__ = ("start", "end", "flat", "wrapped", "glued")

    def __init__(self, start: int, end: int, flat: bool, wrapped: bool = False, glued: bool = False) -> None:
        self.start = start  # first non-space character
        self.end = end  # end of line (before the newline and trailing spaces)
        self.flat = flat  # a report flattened onto this line: spaces (or sentence ends) separate paragraphs
        # a flattened line whose spaces do not end headings: PDF wrap spaces inside words (only spaces
        # after a sentence end or before a marker separate paragraphs), or no space at all
        self.wrapped = wrapped
        self.glued = glued  # a flattened line without any space: sentence ends are all it has


#: the text of a line without the spaces around it: from its first character that is not a
#: space to its last (a line of spaces only holds none)
_LINE_RE = re.compile("[^\n \t\u3000\u00a0](?:[^\n]*[^\n \t\u3000\u00a0])?")
_LONG_LINE = 200  # a line shorter than this is flattened only where the text has one or two lines


def _lines(text: str) -> list[_Line]:
    """The non-empty lines of ``text`` (spaces around them skipped) and whether each is flattened.

    >>> [(ln.start, ln.end, ln.flat) for ln in _lines("  一、抓学习 \\n\\n\\u3000正文。\\n")]
    [(2, 7, False), (11, 14, False)]
    """
    spans = [m.span() for m in _LINE_RE.finditer(text)]
    if len(spans) > 2:
        return [_Line(s, e, False) if e - s < _LONG_LINE else _line(text, s, e, False) for s, e in spans]
    return [_line(text, s, e, True) for s, e in spans]


def _line(text: str, s: int, e: int, single: bool) -> _Line:
    flat, wrapped = _is_flattened(text, s, e, single)
    return _Line(s, e, flat, wrapped, glued=wrapped and _INNER_SPACE_RE.search(text, s, e) is None)


_BLANKS = " \t\u3000\u00a0"
_INNER_SPACE_RE = re.compile(rf"(?<=\S)[{_BLANKS}]+(?=\S)")
_FLAT_NO_SPACE_MIN = 100  # a report flattened without spaces: one line at least this long …
_FLAT_NO_SPACE_MARKERS = 2  # … holding this many markers right after a sentence end


def _marker_at(text: str, pos: int) -> bool:
    """Whether a marker stands at ``pos`` (a bare number after a space, 50名, is no evidence)."""
    m = MARKER_RE.match(text, pos)
    return m is not None and m.lastgroup != "bare2"


def _is_break(text: str, m: re.Match) -> bool:
    """A space run that separates paragraphs: after a sentence end, or before a marker."""
    return text[m.start() - 1] in _BREAK_BEFORE or _marker_at(text, m.end())


def _between_chinese(text: str, m: re.Match) -> bool:
    """A space run with no ASCII letter or digit beside it (宣讲 78 场 is spacing, 理论学 习 a wrap)."""
    a, b = text[m.start() - 1], text[m.end()]
    return not (a.isascii() and a.isalnum() or b.isascii() and b.isalnum())


def _is_flattened(text: str, s: int, e: int, single: bool) -> tuple[bool, bool]:
    """(flattened, wrapped): a line holding many paragraphs (seed 002), and whether its spaces
    are mostly PDF wrap spaces inside words and around numbers (区 总工会, 宣讲 78 场).

    The spaces must stand where paragraphs break: after a sentence end, or before
    something that opens a paragraph (a marker); a stray space inside a sentence
    does not make a line flattened.  A report flattened without any space (every
    paragraph glued to the one before) is one long line with markers after sentence ends.
    """
    if e - s < _LONG_LINE and not single:
        return False, False
    if not single and all(text.find(c, s, e) < 0 for c in _BLANKS):
        return False, False  # no space at all: neither breaks nor strays (str.find, not re's scan)
    breaks = stray = 0
    for m in _INNER_SPACE_RE.finditer(text, s, e):
        if _is_break(text, m):
            breaks += 1
        elif _between_chinese(text, m) and not _ends_a_heading(text, s, m.start()):
            stray += 1  # a space inside Chinese text that neither breaks a paragraph nor ends a heading
    flat = breaks >= 3 or (single and breaks > 0 and e - s >= 100)
    if flat:
        return True, stray > breaks + 4
    if single and e - s >= _FLAT_NO_SPACE_MIN and not breaks:
        glued = 0
        for i in _SENTENCE_END_RE.finditer(text, s, e):
            if _marker_at(text, i.end()):
                glued += 1
                if glued >= _FLAT_NO_SPACE_MARKERS:
                    return True, True  # no space ends a heading here: it runs on to its 。
    return False, False


_SENTENCE_END_RE = re.compile(r"[。！？!?]")


def _ends_a_heading(text: str, s: int, a: int) -> bool:
    """Whether the space at ``a`` closes a heading: a marker opens the stretch before it
    (after a space, a sentence end or the line start ``s``) at most _GLUED_MAX back."""
    lo = max(s, a - _GLUED_MAX)
    j = a - 1
    while j >= lo and text[j] not in _SENTENCE_END and text[j] not in _SPACE:
        j -= 1
    if j < lo and lo > s:
        return False
    return _marker_at(text, j + 1)


def _breaks(text: str, ln: _Line) -> list[tuple[int, int]]:
    """Spans of the space runs that separate the paragraphs of a flattened line.

    A space right after a bare marker (第二部分 主要体会) is not a break.
    """
    out = []
    s = ln.start
    for m in _INNER_SPACE_RE.finditer(text, ln.start, ln.end):
        if (not ln.wrapped or _is_break(text, m)) and not MARKER_RE.fullmatch(text, s, m.start()):
            out.append((m.start(), m.end()))
            s = m.end()
    return out


def _segments(text: str, lines: list[_Line]) -> Iterator[tuple[int, int]]:
    """Paragraphs: lines, and the space-separated stretches of flattened lines."""
    for ln in lines:
        if not ln.flat:
            yield ln.start, ln.end
            continue
        s = ln.start
        for a, b in _breaks(text, ln):
            yield s, a
            s = b
        yield s, ln.end


# --------------------------------------------------------------------------- headings


_CODE_POINT_BASE = {"circ": 0x2460, "pard": 0x2474, "ard": 0x2488}  # ① ⑴ ⒈ number one


def _candidate(m: re.Match) -> tuple[str, int, str]:
    """(family, number, marker) of a marker match."""
    g = m.lastgroup
    if g in _CODE_POINT_BASE:
        ch = m.group()
        return FAMILY_OF_GROUP[g], ord(ch) - _CODE_POINT_BASE[g] + 1, ch
    if g == "di":
        return "di" + m.group("di_k"), chinese_numeral(m.group("di_n")), m.group()
    num = _marker_number(m)
    if g in _BARE:
        return "ar", int(num), num
    value = _SMALL_NUMERALS.get(num)
    return FAMILY_OF_GROUP[g], value if value is not None else chinese_numeral(num), m.group()


def _is_footnote_key(text: str, marker: str, before: int) -> bool:
    """True when the one-character ``marker`` (① ⑴ ⒈) at a line start also stands before ``before`` as a
    footnote mark: glued after a word or figure of a body line and followed by punctuation, a blank or the
    line end (会员总数52860人①，…).  The line it opens is then a note of a notes block (① 含…), no heading.
    An inline list (做法：①建会；②维权) puts the marker after punctuation and before words: no mark.

    >>> t = "会员总数52860人①，入会率95%。\\n注释：\\n① 含外派会员1420人。"
    >>> _is_footnote_key(t, "①", t.rindex("①")), _is_footnote_key("做法：①建会；②维权。\\n① 建会", "①", 12)
    (True, False)
    """
    first = _footnote_marks(text).get(marker)
    return first is not None and first < before


#: the one-character markers of the code-point families (① … ⑳, ⑴ … ⒇, ⒈ … ⒛)
_CODE_POINT_MARKER = re.compile("[" + "".join(f"{chr(b)}-{chr(b + 19)}" for b in _CODE_POINT_BASE.values()) + "]")


@functools.lru_cache(maxsize=4)
def _footnote_marks(text: str) -> dict[str, int]:
    """Where each one-character marker first stands in ``text`` as a footnote mark (see
    :func:`_is_footnote_key`): one scan of the text, not one per marker line (a report of thousands
    of ① items had each searched back over all the ① before it)."""
    first: dict[str, int] = {}
    for m in _CODE_POINT_MARKER.finditer(text):
        i, ch = m.start(), m.group()
        if ch in first or i == 0:
            continue
        nxt = text[i + 1:i + 2]
        if text[i - 1] not in _FOOTNOTE_NOT_AFTER and (not nxt or nxt in _FOOTNOTE_BEFORE):
            first[ch] = i
    return first


#: A footnote mark follows a word or figure (none of these) and precedes punctuation, a blank or the line end.
_FOOTNOTE_NOT_AFTER = frozenset("\n \t\u3000，。；：、！？,.;:!?（(“\"")
_FOOTNOTE_BEFORE = frozenset("\n \t\u3000，。；：、！？,.;:!?）)”\"[*①②③④⑤⑥⑦⑧⑨⑩")


_CN_RUN_RE = re.compile(rf"[{_CN}]+[、月季]")
_BARE = frozenset(("bare", "bare2"))  # a number whose 、 was lost
_DATE_LIKE = frozenset(("cn", "bare", "bare2"))  # the marker kinds that may be a date or a quantity


def _looks_like_figure(text: str, m: re.Match) -> bool:
    """Markers that are really dates, ranges or names: “五.一”, 一、二月份, 3月初."""
    g = m.lastgroup
    if g == "cn":
        end = m.end()
        if text[end - 1] in ".．" and end < len(text) and text[end] in _CN:
            return True
        return _CN_RUN_RE.match(text[end:end + 3]) is not None
    if g in ("bare", "bare2"):
        end = m.end()
        return end >= len(text) or text[end] in _QUANTITY_CHARS
    return False


_LABEL_RE = re.compile(rf"[^，,；;。（(：:]{{1,{_LABEL_MAX}}}?[：:](?=[^\s])")


def _heading_span(text: str, pos: int, seg_end: int) -> tuple[int, int]:
    """Span of a heading's text: from ``pos`` up to the first 。 of its paragraph, or a short
    label closed by a colon (``1、工会组建：今年新建…`` → 工会组建)."""
    while pos < seg_end and (text[pos] in _SPACE or text[pos] in "：:、"):
        pos += 1
    stop = text.find("。", pos, seg_end)
    end = seg_end if stop < 0 else stop
    label = _LABEL_RE.match(text, pos, end)
    if label and label.end() < end:
        return pos, label.end() - 1
    while end > pos and text[end - 1] in _SPACE:
        end -= 1
    if stop < 0 and end > pos + 1 and text[end - 1] in "：:，,；;":
        end -= 1  # 一、主要工作： on a line of its own; a heading whose line broke after its comma
    return pos, end


#: Conventional rank of the marker families (一、 above （一） above 1、 above （1） above ①);
#: 第N部分/章/节 rank above them all.  Depth comes from the order of first appearance; the
#: rank decides only where a page cut from a longer report begins inside a section.
_RANK = {"cn": 1, "pcn": 2, "ar": 3, "par": 4, "rp": 4, "circ": 5}
_CUT_MAX = 20  # a page cut from a longer report may begin at a heading numbered this high
_SKIP_MAX = 4  # after a gap in the text (a paragraph cut mid-sentence) a family may skip this many


def _rank(family: str) -> int:
    return 0 if family.startswith("di") else _RANK[family]


class _Order:
    """The marker families from the top of the tree down, in the order the article shows them.

    A family appears beneath the families seen before it, except where it ranks higher by
    convention and numbers past one (五、 after a run of 5、 6、: the page began inside a
    section): then it goes above the families that rank below it.

    >>> o = _Order(); o.place("ar", 5); o.place("cn", 5); o.place("par", 1); o.families
    ['cn', 'ar', 'par']
    """

    def __init__(self) -> None:
        self.families: list[str] = []

    def place(self, family: str, number: int) -> None:
        if number > 1:
            for i, f in enumerate(self.families):
                if _rank(f) > _rank(family):
                    self.families.insert(i, family)
                    return
        self.families.append(family)

    def depth(self, family: str) -> int:
        return self.families.index(family) + 1

    def outranks_a_seen_family(self, family: str) -> bool:
        return any(_rank(f) > _rank(family) for f in self.families)


#: a sub-heading numbered one glued to the end of its parent's heading text in a flattened
#: report (一、思想政治引领持续加强（一）深化理论学习。): the parent's heading ends before it
_CHAIN_RE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]*(?P<m>[（(]一[）)]|[（(]1[）)]|1、|\u2460)(?=[\u4e00-\u9fff“])")
_CHAIN_OPENER_RE = re.compile("[（(1\u2460]")  # cheap test before _CHAIN_RE
_CLOSING = set("。！？!?；;：:…”’）)》」』】")
_CUT_MIN = 20  # a line this long that ends without closing punctuation was cut mid-sentence


def _after_sentence_end(text: str, line_start: int, pos: int) -> bool:
    """Whether only spaces stand between a sentence end (。 or 。” …) and ``pos``."""
    i = pos - 1
    while i > line_start and text[i] in _SPACE:
        i -= 1
    while i > line_start and text[i] in "”’」』）)":
        i -= 1
    return text[i] in _SENTENCE_END


def _cut_line_ends(text: str, lines: list[_Line]) -> list[int]:
    """Ends of the lines that stop mid-sentence (a gap in the page: text lost after them).

    A line of body text (one that holds a sentence end, or a long one) ending without closing
    punctuation; a short heading or title line of its own is not such a line.
    """
    return [
        ln.end for ln in lines
        if not ln.flat and ln.end - ln.start >= _CUT_MIN and text[ln.end - 1] not in _CLOSING
        and (ln.end - ln.start >= 3 * _CUT_MIN or _SENTENCE_END_RE.search(text, ln.start, ln.end))
    ]


def find_headings(text: str, lines: list[_Line] | None = None) -> list[Heading]:
    """All headings of ``text`` in document order, with depth, marker and heading text.

    Section ends and parts are not set here (see :func:`parse_sections`).

    >>> [(h.depth, h.marker, h.heading) for h in find_headings("1、抓建会。建了3家。\\n2、抓维权\\n正文")]
    [(1, '1、', '抓建会'), (1, '2、', '抓维权')]

    A page cut from a longer report that begins at 5、 and later reaches 五、 has the
    一、 family on top (spec: documents.md, Sections):

    >>> [(h.depth, h.marker) for h in find_headings("5、建会。正文。\\n6、维权。正文。\\n五、活动\\n1、文体。正文。")]
    [(2, '5、'), (2, '6、'), (1, '五、'), (2, '1、')]
    """
    if lines is None:
        lines = _lines(text)
    headings: list[Heading] = []
    order = _Order()
    last: dict[str, int] = {}  # last number accepted per family
    carried: dict[str, int] = {}  # a deeper family's last number before a new parent reset it
    restarted: set[str] = set()  # deeper families seen restarting at one under a later parent
    last_start: dict[str, int] = {}  # where the family's last heading starts
    cut_ends = _cut_line_ends(text, lines)
    chained: set[int] = set()  # starts of sub-headings glued to their parent's heading text
    tentative: list[Heading] = []  # a page's first heading numbered past one, until continued
    confirmed_cut = False
    li = 0
    seg_ends: list[int] = []  # paragraph ends inside the current flattened line
    si = 0
    n_lines = len(lines)
    for m in MARKER_RE.finditer(text):
        group = m.lastgroup
        start = m.start() if group != "bare" else _marker_start(m)
        while li < n_lines and lines[li].end <= start:
            li += 1
            seg_ends, si = [], 0
        if li >= n_lines:
            break
        ln = lines[li]
        if start < ln.start:
            continue
        # where does the marker stand?  (checked first: most candidates stand inside a sentence)
        prev = text[start - 1] if start > ln.start else ""
        if start == ln.start or start in chained:
            where = "para"
        elif ln.flat and (prev in _SPACE or prev in _SENTENCE_END):
            where = "para"
        elif not ln.flat and (prev in _SENTENCE_END or prev in _SPACE and _after_sentence_end(text, ln.start, start)):
            where = "glued"
        else:
            continue
        if ln.flat and not seg_ends:
            seg_ends = [a for a, _ in _breaks(text, ln)] + [ln.end]
        if group in _BARE and where != "para" or group in _DATE_LIKE and _looks_like_figure(text, m):
            continue
        family, number, marker = _candidate(m)
        if group in _CODE_POINT_BASE and where == "para" and _is_footnote_key(text, marker, ln.start):
            continue  # a notes block's key (① 含…) repeating a footnote mark of the body (52860人①)
        # end of this paragraph (segment)
        if ln.flat:
            while si < len(seg_ends) and seg_ends[si] <= start:
                si += 1
            seg_end = seg_ends[si] if si < len(seg_ends) else ln.end
        else:
            seg_end = ln.end
        hs, he = _heading_span(text, m.end(), seg_end)
        if where == "glued":
            # a heading glued to the paragraph before it (its line break lost with furniture
            # removed between them: …技术能手”。 四、真情帮扶 春节期间…) ends at a space
            sp = _HAS_SPACE_RE.search(text, hs, min(he, hs + _GLUED_MAX))
            if sp and sp.start() > hs:
                he = sp.start()
        own_line = he == seg_end or text[he:he + 1] == "。" and he + 1 >= seg_end
        chain = None  # a sub-heading glued to this heading's text ends it (一、…加强（一）…)
        if where == "para" and _CHAIN_OPENER_RE.search(text, hs, he):
            chain = _CHAIN_RE.search(text, hs, he)
            if chain and chain.start() <= hs + 1:
                chain = None
        seen = family in last
        prev_n = last.get(family, 0)
        # a heading closed where headings close: its own line, or a run-in first clause ended by 。
        closed = own_line or not ln.flat and text[he:he + 1] == "。"
        how = _accept(family, number, where, group, seen, prev_n, he - start, closed)
        if how is None and where == "para" and not seen and 1 < number <= _CUT_MAX:
            if not headings:
                how = "page_start"  # the page begins inside a section (5、 …)
            elif order.outranks_a_seen_family(family) and (
                (he == seg_end or chain) and (chain.start() if chain else he) - start <= _GAP_MAX
                or _next_marker_follows(text, m, number, start)
            ):  # a heading on a line of its own (or ended by a glued sub-heading), or whose family goes on
                how = "cut"  # … and later reaches a higher family (五、)
        if (how is None and where == "para" and seen and prev_n == 0 and family not in restarted
                and _numbered_through(group, number, carried.get(family, 0))):
            how = "through"  # items numbered straight through their parents (一、 1. 2. 二、 3. 4.)
        if how is None and where == "para" and seen and prev_n + 1 < number <= prev_n + _SKIP_MAX:
            i = bisect.bisect_right(cut_ends, last_start[family])
            if i < len(cut_ends) and cut_ends[i] < start:
                how = "gap"  # headings lost with the text after a paragraph cut mid-sentence
        if how is None:
            continue
        if chain:
            chained.add(chain.start("m"))
            he = chain.start()
            while he > hs and text[he - 1] in _SPACE:
                he -= 1
        if not seen:
            order.place(family, number)
        elif number == 1 and family in carried:
            restarted.add(family)  # this document restarts its items under each parent
        depth = order.depth(family)
        last[family] = number
        last_start[family] = start
        for f in order.families[depth:]:
            if last.get(f):
                carried[f] = last[f]  # … unless it runs on through its parents
            last[f] = 0  # a deeper family restarts under a new parent
        h = Heading(family, depth, marker, number, start, hs, he, text[hs:he], run_on=ln.flat and ln.wrapped)
        if how == "page_start":
            tentative.append(h)
        confirmed_cut = confirmed_cut or how == "cut"
        headings.append(h)
    if tentative and not confirmed_cut:
        drop = {id(h) for h in tentative if not _continued(h, headings)}
        headings = [h for h in headings if id(h) not in drop]
    _set_depths(headings)
    return headings


def _cn_numeral(n: int) -> str:
    """一 … 九十九: the Chinese numeral of a marker number.

    >>> [_cn_numeral(n) for n in (1, 10, 12, 20, 35)]
    ['一', '十', '十二', '二十', '三十五']
    """
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else digits[t]) + "十" + (digits[u] if u else "")


def _next_marker_follows(text: str, m: re.Match, number: int, start: int) -> bool:
    """Whether the marker numbered one more, written the same way, opens a paragraph or follows a
    sentence end later in the text (五、… then 六、…): a higher family that a cut page reaches
    goes on, a stray 二、 in a sentence does not.

    >>> t = "5、建会。\\n二、维权。正文。\\n三、活动。"
    >>> m = MARKER_RE.search(t, t.index("二"))
    >>> _next_marker_follows(t, m, 2, m.start())
    True
    """
    marker = m.group(0)
    g = m.lastgroup
    if g in ("cn", "pcn"):
        nxt = marker.replace(_marker_number(m), _cn_numeral(number + 1), 1)
    elif g in ("ar", "par", "rp"):
        nxt = marker.replace(_marker_number(m), str(number + 1), 1)
    elif g in ("circ", "pard", "ard") and number < 20:
        nxt = chr(ord(marker) + 1)
    elif g == "di":
        nxt = "第" + _cn_numeral(number + 1) + m.group("di_k")
    else:
        return False
    return re.compile(rf"(?:^|[。！？!?\s])[ \t\u3000]*{re.escape(nxt)}", re.M).search(text, m.end()) is not None


def _continued(h: Heading, headings: list[Heading]) -> bool:
    """Whether the next heading of ``h``'s family continues its number."""
    nxt = next((x for x in headings if x.start > h.start and x.family == h.family), None)
    return nxt is not None and nxt.number == h.number + 1


def _set_depths(headings: list[Heading]) -> None:
    order = _Order()
    for h in headings:
        if h.family not in order.families:
            order.place(h.family, h.number)
    for h in headings:
        h.depth = order.depth(h.family)


def _numbered_through(group: str, number: int, before: int) -> bool:
    """Whether a deeper family's first marker under a new parent continues the number it reached
    under the parent before (一、 1. 2. 二、 3.): items numbered straight through a document, as
    工作要点 number them, continue their sequence rather than restart it (documents.md, Sections).
    A bare number (a 3 whose 、 was lost) is no such evidence.

    >>> _numbered_through("ar", 3, 2), _numbered_through("ar", 4, 2), _numbered_through("bare", 3, 2)
    (True, False, False)
    """
    return before > 0 and number == before + 1 and group not in _BARE


def _accept(family: str, number: int, where: str, group: str, seen: bool, prev: int, length: int, closed: bool) -> str | None:
    """Whether (and why) a marker continues or restarts the sequence of its family.

    A paragraph-start heading may skip one number (一、 二、 四、: a heading lost, or a report
    numbered carelessly) where it is short and ``closed``: a line of its own, or a run-in first
    clause ended by 。 (四、关心职工生活。为…) on a line that is not flattened.

    >>> _accept("cn", 4, "para", "cn", True, 2, 8, True), _accept("cn", 4, "para", "cn", True, 2, 8, False)
    ('skip', None)
    """
    if group in ("bare", "bare2"):  # a lost 、 is repaired only where the sequence demands it
        return "next" if seen and number == prev + 1 else None
    if where == "glued":  # “…氛围。5、抓活动载体” continues a running sequence only
        return "next" if seen and prev > 0 and number == prev + 1 and length <= _GLUED_MAX else None
    if number == 1 or (seen and number == prev + 1):
        return "next"
    # one lost heading: a short closed heading that skips a single number
    if seen and prev > 0 and number == prev + 2 and closed and length <= _GAP_MAX:
        return "skip"
    return None


# --------------------------------------------------------------------------- parts

_PAST_RE = re.compile(r"(?<![为除])了(?![解不])")
_FUTURE_RE = re.compile(r"将(?!近)|力争|争取|计划|打算|拟")


_CUE_PLACES = ("heading", "opening", "leadin", "done", "split", "question", "theme", "speech")


@dataclass(frozen=True)
class PartCue:
    where: str  # heading, opening, leadin, done, split, question, theme, speech
    role: str
    pattern: re.Pattern


@functools.lru_cache(maxsize=None)
def part_cues() -> tuple[PartCue, ...]:
    """The part cues of ``data/part_cues.tsv``, compiled, in file order.

    >>> sorted({c.where for c in part_cues()})
    ['done', 'heading', 'leadin', 'opening', 'question', 'speech', 'split', 'theme']
    """
    out = []
    for row in read_table("part_cues.tsv"):
        if row["role"] not in PART_ROLES or row["where"] not in _CUE_PLACES:
            raise ValueError(f"part_cues.tsv:{row.line}: role must be one of {PART_ROLES} and where one of {'/'.join(_CUE_PLACES)}, got {row}")
        out.append(PartCue(row["where"], row["role"], re.compile(row["cue"])))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def _cues_at(where: str) -> GramGate[tuple[str, re.Pattern]]:
    """The cues of one place in file order, each as (role, pattern), behind a gate that lets
    through the cues one of whose required strings (:func:`reportmine.patterns.required_strings`)
    a text holds: most headings and openings hold none, and name no part (so the gate searches for
    the strings instead of gathering the text's grams).  A cue whose strings are unknown is always
    let through.

    >>> gate = _cues_at("split")
    >>> gate.candidates("加强职工思想政治引领"), [role for role, _ in gate.items]
    ((), ['plan', 'plan', 'plan'])
    """
    cues = [c for c in part_cues() if c.where == where]
    return GramGate([(c.role, c.pattern) for c in cues], [required_strings(c.pattern.pattern, grams=True) for c in cues],
                    by_search=True)


def _match_role(where: str, s: str) -> str | None:
    """The role of the first cue of ``where`` (in file order) that ``s`` matches, or None."""
    if " " in s or "\u3000" in s:
        s = s.replace(" ", "").replace("\u3000", "")  # PDF wrap spaces (2024 年，区总工会将…)
    for role, pattern in _cues_at(where).candidates(s):
        if not pattern.search(s):
            continue
        if role == "plan" and where != "heading" and _PAST_RE.search(s):
            continue  # 重点开展了以下几项工作： tells of work done
        if role == "summary" and where == "opening" and _FUTURE_RE.search(s):
            continue  # 在上级工会的领导下，我们将… is a plan
        return role
    return None


_OPENING_END = re.compile(r"[。！？：:]")


def _opening(text: str, s: int, e: int) -> str:
    """The first sentence of a paragraph (to its first 。！？：), at most 120 characters."""
    m = _OPENING_END.search(text, s, min(e, s + 120))
    return text[s : m.end() if m else min(e, s + 120)]


#: A reported-speech lead (报告同时指出，) is at most this long.
_MAX_LEAD = 16


def _reported_role(text: str, s: int, e: int, role: str) -> str | None:
    """The role the opening cues give a paragraph of a news report after its reported-speech lead (a
    ``speech`` cue of ``data/part_cues.tsv``: 报告指出，会议强调，), or None (no lead, no cue, or a
    summary cue while the summary runs on).

    >>> t = "会议强调，今后五年，全区各级工会要聚焦主责主业。"
    >>> _reported_role(t, 0, len(t), "summary"), _reported_role("今后五年，工会要聚焦主业。", 0, 13, "summary")
    ('plan', None)
    >>> t = "报告显示，全区建会率94.5%。\\n报告同时指出，工会工作与职工群众的期待相比还有差距。"
    >>> _reported_role(t, 17, len(t), "summary")
    'problems'
    """
    head = text[s : s + _MAX_LEAD]
    lead = next((m for _, p in _cues_at("speech").candidates(head) if (m := p.match(head))), None)
    if lead is None:
        return None
    cue = _match_role("opening", _opening(text, s + lead.end(), e))
    return None if cue == "summary" and role == "summary" else cue


#: The end of a sentence or of a lead-in (：): a paragraph's theme text runs to its first ： or second sentence end.
_THEME_END = re.compile(r"[。！？]|[：:]")
#: A paragraph's theme text is at most this long.
_MAX_THEME = 120


def _theme(text: str, s: int, e: int) -> str:
    """The opening of a paragraph up to its first ： or the end of its second sentence (at most
    ``_MAX_THEME`` characters): what the ``theme`` cues see, a paragraph that names what its year is
    and then what the work of that year shall be (2025年是…收官之年。全区工会工作的总体要求是：).

    >>> t = "2025年是“十四五”规划收官之年。全区工会工作的总体要求是：坚持以职工为中心。"
    >>> _theme(t, 0, len(t))
    '2025年是“十四五”规划收官之年。全区工会工作的总体要求是：'
    >>> _theme("全年新建工会48个。会员4160人。培训5200人次。", 0, 27)
    '全年新建工会48个。会员4160人。'
    """
    stop = min(e, s + _MAX_THEME)
    pos, ends = s, 0
    while ends < 2:
        m = _THEME_END.search(text, pos, stop)
        if m is None:
            return text[s:stop]
        pos, ends = m.end(), ends + (2 if m.group() in "：:" else 1)
    return text[s:pos]


_QUESTION_END = re.compile(r"[。！？]")
#: An asker's label is short (记者：, 主持人：): its colon within this many characters of the turn's start.
_MAX_ASKER = 5
_LABEL_COLON = re.compile(r"[：:]")


def _question(text: str, s: int, e: int) -> str:
    """The first sentence of a paragraph with a label's colon kept (记者：您觉得还有哪些不足？), at most 120
    characters: what the ``question`` cues of an interview's turns see.

    >>> t = "记者：您觉得工作中还有哪些不足？"
    >>> _question(t, 0, len(t)), _opening(t, 0, len(t))
    ('记者：您觉得工作中还有哪些不足？', '记者：')
    """
    m = _QUESTION_END.search(text, s, min(e, s + 120))
    return text[s : m.end() if m else min(e, s + 120)]


def _is_title_line(text: str, s: int, e: int) -> bool:
    """A short marker-less line standing alone, like 镇总工会2023年工作思路."""
    return e - s <= 30 and text.find("。", s, e - 1) < 0


#: A label line in lenticular brackets, optionally numbered inside (【存在问题】, 【四、存在的不足】):
#: not a heading (the spec's marker table has no 【】), but its words name a part as a heading's do.
_LABEL_LINE_RE = re.compile(r"[【〖]\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?\s*([^【】〖〗\s]{2,24}?)\s*[】〗][：:]?")


#: A slide's section number before its label, a blank between (01 亮点, 02 不足, PART 2 2025年工作打算).
_SLIDE_NUMBER_RE = re.compile(r"^(?:PART|Part|part)?\s*0?[0-9]{1,2}[ \t\u3000]+(?=\S)")


def _line_cue_text(line: str) -> str:
    """The words of a short stand-alone line that the heading cues see: a bracketed label line's
    words without its brackets and number, any other line less a closing 。 or ：.

    >>> _line_cue_text("【四、存在的不足】"), _line_cue_text("【下一步打算】"), _line_cue_text("2025年工作思路：")
    ('存在的不足', '下一步打算', '2025年工作思路')
    >>> _line_cue_text("02 不足"), _line_cue_text("PART 2 2025年工作打算"), _line_cue_text("2024 年工作打算")
    ('不足', '2025年工作打算', '2024 年工作打算')
    """
    m = _LABEL_LINE_RE.fullmatch(line)
    return m.group(1) if m else _SLIDE_NUMBER_RE.sub("", line).rstrip("。：:")


def _last_sentence(text: str, s: int, e: int) -> int:
    """Start of the last sentence of the paragraph [s, e)."""
    lo = max(s, e - 120)
    for i in range(e - 2, lo - 1, -1):
        if text[i] in _SENTENCE_END:
            return i + 1
    return s if lo == s else lo


#: A report whose whole body is one paragraph at least this long (characters) has its parts opened by
#: lead-in sentences inside it (…。在肯定成绩的同时，…存在一些不足：…。2025年，镇总工会将…).
ONE_PARAGRAPH_REPORT = 300


def _sentence_stretches(text: str, lines: list[_Line]) -> Iterator[tuple[int, int]]:
    """Paragraphs, and in a report flattened without any space, or written as one long paragraph, each
    sentence: there a lead-in (明年，我们将…) can only be found at a sentence end.

    >>> t = "全年新建工会9个。" * 40 + "在肯定成绩的同时，也存在一些不足：一是活动少。2025年，我们将新建工会5个。"
    >>> [t[s:e] for s, e in _sentence_stretches(t, _lines(t))][-2:]
    ['在肯定成绩的同时，也存在一些不足：一是活动少。', '2025年，我们将新建工会5个。']
    """
    one_paragraph = len(lines) == 1 and lines[0].end - lines[0].start >= ONE_PARAGRAPH_REPORT
    for ln in lines:
        if not ln.flat and not one_paragraph:
            yield ln.start, ln.end
            continue
        if ln.flat and not ln.glued:
            yield from _segments(text, [ln])
            continue
        s = ln.start
        for m in _SENTENCE_END_RE.finditer(text, ln.start, ln.end):
            if m.end() < ln.end:
                yield s, m.end()
                s = m.end()
        yield s, ln.end


def _paragraphs(text: str, headings: list[Heading], lines: list[_Line]) -> Iterator[tuple[int, int]]:
    """Paragraphs for part detection: lines (or stretches of flattened lines), cut again
    where a heading starts inside one (a glued heading, a heading after a sentence end)."""
    hi = 0
    for s, e in _sentence_stretches(text, lines):
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
            # under a heading that names two parts only the second part can follow
            pos = _second_part_start(text, s, e, pending[0])
            if pos is not None:
                scoped.clear()
                switch(pending[0], pos)
                pending = None
            first = False
            continue
        if h is not None:
            named = h.heading
            cue = _match_role("heading", named)
            if cue is None:
                named = _heading_cue_text(h.heading, h.run_on)
                cue = _match_role("heading", named) if named != h.heading else None
            second = _match_role("split", named) if cue else None
            if second and second != cue:
                pending = (second, h.depth)
                # a run-in heading: the second part may start in the heading's own paragraph
                pos = _second_part_start(text, h.heading_end + 1, e, second) if h.heading_end + 1 < e else None
                if pos is not None:
                    switch(cue, s)
                    scoped.clear()
                    switch(second, pos)
                    pending = None
                    first = False
                    continue
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
                cue = _match_role("heading", _line_cue_text(text[s:e]))
            if cue is None:
                cue = _match_role("opening", _opening(text, s, e))
                if cue == "summary" and (role == "summary" or first):
                    cue = None
            if cue is None and role != "plan":
                cue = _match_role("theme", _theme(text, s, e))  # 2025年是…之年。总体要求是：
            if cue is None:
                cue = _reported_role(text, s, e, role)  # 报告同时指出，…还有差距 / 会议强调，今后五年…
            if cue is None and _LABEL_COLON.search(text, s, min(e, s + _MAX_ASKER + 1)):
                cue = _match_role("question", _question(text, s, e))  # an interview's turn: 记者：…哪些不足？
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
        # the preamble is (part of) the first paragraph: in a flattened report, its first stretch
        first_end = next(_segments(text, lines), (0, len(text)))[1]
        if parts[1][1] <= first_end:
            parts[:2] = [("plan", 0)]
    elif len(parts) > 1 and parts[0][0] == "plan" and parts[1][0] == "summary":
        # a plan's preamble (…制定本计划。) right above a review of the year (一、2024年工作回顾) opens that
        # review: the plan starts where the plan's own headings do
        first_end = next(_segments(text, lines), (0, len(text)))[1]
        if not text[first_end : parts[1][1]].strip():
            parts[:2] = [("summary", 0)]
    return parts


_HAS_SPACE_RE = re.compile(r"[ \t\u3000\u00a0]")


def _open_pattern(c: PartCue) -> str:
    """A cue's pattern without its closing ``$``: it then matches the opening of a longer text."""
    p = c.pattern.pattern
    return p[:-1] if p.endswith("$") and not p.endswith("\\$") else p


@functools.lru_cache(maxsize=None)
def _open_cues(where: str) -> tuple[re.Pattern, ...]:
    """The cues of one place, open-ended, each compiled."""
    return tuple(re.compile(_open_pattern(c)) for c in part_cues() if c.where == where)


@functools.lru_cache(maxsize=None)
def _any_open_cue(where: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p.pattern})" for p in _open_cues(where)) or "(?!)")


def _heading_cue_text(heading: str, run_on: bool = False) -> str:
    """The stretch of a heading that its part cues see, for a heading that as a whole matches
    no heading cue (else the heading itself).

    A heading naming two parts is specific enough to be read from the opening of any run-in
    heading (四、存在的问题与明年打算工会活动阵地偏小，…).  In a flattened report a heading
    may run on past a space that ended it (三、存在问题和 2024 年打算 工会服务…不够多): the
    longest stretch before a space that a heading cue matches, spaces dropped.  Where nothing
    but 。 ends a heading (``run_on``: a report flattened without spaces) the longest opening
    stretch that any heading cue matches; elsewhere one part's name in the opening is not
    enough (存在的问题得到解决 tells of work done).

    >>> _heading_cue_text("存在问题和 2024 年打算 工会服务不够多")
    '存在问题和2024年打算'
    >>> _heading_cue_text("存在的问题与明年打算部分职工参与不多", run_on=True)
    '存在的问题与明年打算'
    >>> _heading_cue_text("存在的问题得到解决")
    '存在的问题得到解决'
    """
    head = heading[:_GAP_MAX]  # a heading a cue names is short
    for where in ("split", "heading") if run_on else ("split",):  # two parts named first
        if not _any_open_cue(where).search(head):
            continue
        for i in sorted({m.end() for m in (p.search(head) for p in _open_cues(where)) if m}, reverse=True):
            if i and _match_role("heading", head[:i]):
                return "".join(c for c in head[:i] if c not in _SPACE)
    if run_on or not _HAS_SPACE_RE.search(heading):
        return heading
    for i in range(len(head) - 1, 0, -1):
        if head[i] in _SPACE and head[i - 1] not in _SPACE:
            s = "".join(c for c in head[:i] if c not in _SPACE)
            if _match_role("heading", s):
                return s
    return heading


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


#: An annex line: 附件 (a number) and a colon at a line start (附件：2024年工会工作主要指标完成情况表, 附件1：…).
_ANNEX_LINE_RE = re.compile(r"(?m)^[ \t\u3000]*附件[0-9一二三四五六七八九十]{0,2}[：:]")


def _close_sections(text: str, headings: list[Heading]) -> None:
    """Set every heading's section end: the next heading of equal or lower depth, else the end.

    A part that starts without a heading of its own (a lead-in 明年，我们将…：, a 存在的问题：
    label) does not close the section it stands in: its text lies in that section by position,
    as the gold reads it.  An annex line (附件：…完成情况表, on a line of its own) closes the sections
    opened above it: the annex stands outside the body's numbering.

    >>> hs = find_headings("一、建会\\n新建工会41家。\\n附件：指标完成情况表\\n新建工会 家 41")
    >>> _close_sections("一、建会\\n新建工会41家。\\n附件：指标完成情况表\\n新建工会 家 41", hs); hs[0].end
    13
    """
    stack: list[Heading] = []
    annexes = [m.start() for m in _ANNEX_LINE_RE.finditer(text)] if "附件" in text else []

    def close(h: Heading, pos: int) -> None:
        pos = min([pos] + [a for a in annexes if a > h.heading_end])
        while pos > h.heading_end and text[pos - 1].isspace():
            pos -= 1
        h.end = max(pos, h.heading_end)

    for h in headings:
        while stack and stack[-1].depth >= h.depth:
            close(stack.pop(), h.start)
        if stack:
            stack[-1].children.append(h)
        stack.append(h)
    while stack:
        close(stack.pop(), len(text))


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
    _close_sections(text, headings)
    return parts, tuple(h.freeze() for h in _roots(headings))
