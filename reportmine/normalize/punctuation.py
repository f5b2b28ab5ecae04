"""Punctuation, width and spacing in Chinese text.

Four steps, run in this order on simplified text:

* :func:`fix_punctuation` — half-width ``, ; : ( ) ! ?`` in Chinese context
  become ``，；：（）！？``; ``〞``/``〝`` become ``”``/``“`` by pairing; ``?``
  standing for ``·`` in a quoted slogan becomes ``·``; a half-width ``.``
  ending a sentence becomes ``。`` (kept in 1.6万, “6.16”, “五.一”); a
  copy-watermark ``.``, backtick or lone apostrophe inside a phrase is removed.
* :func:`fix_fullwidth` — full-width digits, Latin letters and ``％`` become
  ASCII; Chinese punctuation stays full width.
* :func:`fix_corner_quotes` — the corner quotation marks of Taiwan and Hong Kong
  pages ``「」『』`` become the mainland's ``“”‘’``.
* :func:`fix_spacing` — indentation, trailing spaces and spaces next to
  Chinese punctuation are removed; the single space that separates
  paragraphs in a report flattened onto one line, and spaces between Latin
  words, are kept.

"Chinese context" means a Chinese character or Chinese punctuation as the
nearest non-space neighbour on at least one side, and not a number or an
ASCII word on both sides (1,000, 10:30, 1.6).  Character classes live in
``data/punctuation.tsv``.

>>> from reportmine.textedit import TrackedText
>>> t = TrackedText("　　会员共计１４３８人, 建会率达到84.7% ;开展工作.按照“迎新春?送温暖〞活动")
>>> t.run([fix_punctuation, fix_fullwidth, fix_spacing]).text
'会员共计1438人，建会率达到84.7%；开展工作。按照“迎新春·送温暖”活动'
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
import re
from array import array
from functools import lru_cache

import regex

from ..textedit import Edit, drop_overlaps, identity_offsets
from ..tables import read_table

__all__ = ["fix_punctuation", "fix_fullwidth", "fix_group_commas", "fix_corner_quotes", "fix_spacing"]

_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}
_SPACES = " \t\u3000\u00a0\x0b\x0c"  # (a form feed: the page break of a Word export)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
#: Single characters are tested by set membership, not a regular expression (a call a mark).
_DIGITS = frozenset("0123456789０１２３４５６７８９")
#: Letters and digits, ASCII and full width (fix_fullwidth runs later).
_ASCII_ALNUMS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") | {chr(c) for c in range(0xFF10, 0xFF1A)} | {
    chr(c) for c in (*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
}
_HAN = regex.compile(r"\p{Han}")


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    return {row["name"]: row["value"] for row in read_table("punctuation.tsv", __package__)}


def _cls(name: str) -> str:
    return _classes()[name]


def _is_han(c: str) -> bool:
    # the common block first (every code point of U+4E00..U+9FFF is Han), the regex for the rest
    return "\u4e00" <= c <= "\u9fff" or (bool(c) and _HAN.match(c) is not None)


def _is_digit(c: str) -> bool:
    """``c`` (one character or '') is an ASCII or full-width digit."""
    return c in _DIGITS


def _is_chinese(c: str) -> bool:
    """A Chinese character or Chinese punctuation."""
    return bool(c) and ("\u4e00" <= c <= "\u9fff" or _HAN.match(c) is not None or c in _cls("chinese_punct"))


def _left(text: str, i: int, pending: dict[int, str] | None = None) -> str:
    """Nearest non-space character before ``i`` on the same line ('' if none).

    ``pending`` holds marks already decided in this pass (position -> new mark): the
    neighbour is seen as it will be, so a run of marks is fixed in one sweep.
    """
    j = i - 1
    while j >= 0 and (text[j] in _SPACES or text[j] in _ZERO_WIDTH):
        j -= 1
    if j < 0 or text[j] == "\n":
        return ""
    return pending.get(j, text[j]) if pending else text[j]


def _right(text: str, i: int, pending: dict[int, str] | None = None) -> str:
    """Nearest non-space character after ``i`` on the same line ('' if none)."""
    j, n = i + 1, len(text)
    while j < n and (text[j] in _SPACES or text[j] in _ZERO_WIDTH):
        j += 1
    if j >= n or text[j] == "\n":
        return ""
    return pending.get(j, text[j]) if pending else text[j]


_NUMBER_BEFORE = regex.compile(r"[0-9０-９][0-9０-９.．]*[%％‰]?\Z")
_NUMBER_AFTER = regex.compile(r"[0-9０-９][0-9０-９.．]*")


def _chinese_context(text: str, i: int, pending: dict[int, str] | None = None) -> bool:
    l_, r_ = text[i - 1 : i], text[i + 1 : i + 2]
    if l_ in _ASCII_ALNUMS and r_ in _ASCII_ALNUMS:
        return False  # 1,000  10:30  a,b
    if _is_chinese(_left(text, i, pending)) or _is_chinese(_right(text, i, pending)):
        return True
    # Look past a number next to the mark: 完成率达71%,4000多人.
    m = _NUMBER_BEFORE.search(text, max(0, i - 20), i)
    if m and _is_chinese(_left(text, m.start(), pending)):
        return True
    m = _NUMBER_AFTER.match(text, i + 1, i + 21)
    return bool(m) and _is_chinese(_right(text, m.end() - 1, pending))


# -- fix_punctuation --------------------------------------------------------
@lru_cache(maxsize=1)
def _slogan_dot() -> regex.Pattern:
    """``?`` between two short runs inside quotes or a book title: “迎新春?送温暖”."""
    return regex.compile(
        r"(?<=[“〝\"《][\p{Han}0-9]{1,12})\?(?=[\p{Han}0-9]{1,12}[”〞\"》])"
    )


@lru_cache(maxsize=1)
def _question_before() -> regex.Pattern:
    words = _cls("question_words")
    return regex.compile(rf"(?:{words})[^，。；！？,;!?\n]{{0,6}}$")


def _question_mark(text: str, i: int, pending: dict[int, str] | None = None) -> str | None:
    """Replacement for a half-width ``?`` at ``i``, or None to leave it."""
    if _slogan_dot().match(text, i):
        return "·"
    if not _chinese_context(text, i, pending):
        return None
    right = text[i + 1 : i + 2]
    line_start = text.rfind("\n", 0, i) + 1
    clause = text[max(line_start, i - 30) : i]
    # A real question: a question word before, or the ? ends the clause.
    if _question_before().search(clause) or not _is_han(right):
        return "？"
    return None  # ? between two characters: a lost character, not punctuation


def _dot(text: str, i: int, pending: dict[int, str] | None = None) -> Edit | None:
    """Edit for a half-width/full-width dot at ``i`` (sentence end or watermark), or None."""
    left, right = _left(text, i, pending), text[i + 1 : i + 2]
    if right and pending:
        right = pending.get(i + 1, right)
    if not left:
        return None
    if _is_digit(left) or _is_digit(right):
        return None  # 1.6万  6.16  “5.1”  1.加强
    numerals = _cls("chinese_numerals")
    if left in numerals and right in numerals:
        return None  # “五.一” “三.八”: a name as the author wrote it
    if right in (".", "．") or left in (".", "．"):
        return None  # ... or ．．: an ellipsis
    ends_clause = _is_han(left) or left in _cls("closing")
    next_ok = right == "" or right in "\n" + _SPACES + _ZERO_WIDTH or _is_han(right) or right in _cls("opening")
    if not (ends_clause and next_ok):
        return None
    if left in _cls("stray_dot_after") and _is_han(right):
        return Edit(i, i + 1, "", "stray dot inside a phrase (copy watermark)")
    return Edit(i, i + 1, "。", "half-width full stop")


def _quote_mark(text: str, i: int, c: str, open_: bool, pending: dict[int, str]) -> str:
    """The quote that ``〝``, ``〞`` or ASCII ``"`` at ``i`` stands for, given whether a quote is open."""
    left, right = _left(text, i, pending), _right(text, i, pending)
    punct = _cls("chinese_punct")
    before_text = left == "" or (left in punct and left not in _cls("closing"))
    after_text = right == "" or (right in punct and right not in _cls("opening"))
    if c == '"':
        close = open_
    elif c == "〞":  # a closing mark, unless it stands where a quote opens
        close = open_ or not (before_text and not after_text)
    else:  # 〝: an opening mark, unless it stands where a quote closes
        close = after_text and not before_text
    return "”" if close else "“"


_QUOTES = regex.compile(r'[“”〝〞"\n]')
_MARKS = re.compile(r'[“”〝〞"()\n,;:!?.．`\']')
#: The marks without the quotes and line ends: these only carry the pairing of 〝〞", so a text
#: without those is swept over the others alone.
_BARE_MARKS = re.compile(r'[(),;:!?.．`\']')
_PAIRED = re.compile(r'[〝〞"]')
_ZERO_WIDTH_RX = re.compile(f"[{_ZERO_WIDTH}]")
#: Everything a sweep may edit: a text without any of these has nothing to fix.  A dot beside a
#: digit (84.7%, 1.加强) is left as it is (:func:`_dot`), so it alone does not call for a sweep.
#: (One class first, so re scans for it; then a dot must have no digit on either side.)
_EDITABLE = re.compile(f'[〝〞"(),;:!?.．`\'{_ZERO_WIDTH}](?:(?<![.．])|(?<![0-9０-９].)(?![0-9０-９]))')


def _quote_states(text: str) -> dict[int, bool]:
    """For each ``〝〞"`` to decide, whether a quote is open before it (pairing runs left to right)."""
    states: dict[int, bool] = {}
    open_ = False
    for m in _QUOTES.finditer(text):
        c, i = m.group(), m.start()
        if c in "\n”":
            open_ = False
        elif c == "“":
            open_ = True
        elif c != '"' or _chinese_context(text, i):
            states[i] = open_
            open_ = _quote_mark(text, i, c, open_, {}) == "“"
    return states


def _paren_partners(text: str) -> dict[int, int | None]:
    """Each ASCII bracket's partner on its line (None when unmatched).

    Fixing a matched pair or an unmatched bracket leaves the pairing of the others
    as it was, so the partners hold for every pass.
    """
    partner: dict[int, int | None] = {}
    stack: list[int] = []
    for m in regex.finditer(r"[()\n]", text):
        c, i = m.group(), m.start()
        if c == "\n":
            partner.update((s, None) for s in stack)
            stack = []
        elif c == "(":
            stack.append(i)
        elif stack:
            s = stack.pop()
            partner[s], partner[i] = i, s
        else:
            partner[i] = None
    partner.update((s, None) for s in stack)
    return partner


@lru_cache(maxsize=1)
def _chinese_run() -> regex.Pattern:
    return regex.compile(rf"[\p{{Han}}{regex.escape(_cls('chinese_punct'))}]+")


class _ChineseRuns:
    """Where the text's runs of Chinese characters and marks lie: whether a bracket pair holds
    Chinese is two bisections, however deep the nesting (scanning each pair's inside was
    quadratic on nested floods); the runs are found on the first question."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] | None = None
        self.ends: list[int] = []

    def within(self, lo: int, hi: int) -> bool:
        """True when ``text[lo:hi]`` holds a Chinese character or mark."""
        if self.starts is None:
            spans = [m.span() for m in _chinese_run().finditer(self.text)]
            self.starts, self.ends = [a for a, _ in spans], [b for _, b in spans]
        k = bisect_right(self.ends, lo)  # the first run that ends after lo
        return k < len(self.starts) and max(self.starts[k], lo) < hi


def fix_punctuation(text: str) -> list[Edit]:
    """Edits making punctuation in Chinese text full-width and repairing damaged marks.

    A mark's context changes when its neighbour is fixed (``工,,``): a sweep sees the
    marks it has already decided as they will be, so a run of marks is fixed in one
    sweep; sweeps alternate direction (a run fixed from its right end: ``((工``) and
    repeat until nothing changes.  Every position is edited at most once, the result
    is idempotent, and a flood of marks costs a few linear sweeps (it cost one sweep
    per mark of the run: 4,000 ``(`` took 15 s).

    >>> from reportmine.textedit import TrackedText
    >>> fix = lambda s: TrackedText(s).run([fix_punctuation]).text
    >>> fix("建会率84.7%,共1,000人(次);时间10:30")
    '建会率84.7%，共1,000人（次）；时间10:30'
    >>> fix("在“五.一”期间,栏目的.编导,建立的`基础上,工作.按照")
    '在“五.一”期间，栏目的编导，建立的基础上，工作。按照'
    >>> fix("开展“双亮〞活动(简称“双比〞)")
    '开展“双亮”活动（简称“双比”）'
    >>> fix("((工,,,")
    '（（工，，，'
    """
    edits: list[Edit] = []
    if not _EDITABLE.search(text):
        return edits  # no mark the rules could touch (a clean page: one scan)
    work, origin = text, None  # origin: None while the work text is the text itself
    reverse = False
    while True:
        found = _punctuation_edits(work, reverse)
        if not found:  # nothing decided: the same in either direction
            break
        reverse = not reverse
        if origin is None:  # the first sweep's edits are in the text's offsets already
            edits.extend(found)
            origin = identity_offsets(0, len(work))  # 4 bytes a character (a list of ints is 36)
        else:
            for e in found:  # all edits cover one character
                edits.append(Edit(origin[e.start], origin[e.start] + 1, e.replacement, e.note))
        pieces, new_origin, pos = [], array(origin.typecode), 0
        for e in found:
            pieces.append(work[pos : e.start])
            new_origin.extend(origin[pos : e.start])
            pieces.append(e.replacement)
            new_origin.extend([origin[e.start]] * len(e.replacement))
            pos = e.end
        pieces.append(work[pos:])
        new_origin.extend(origin[pos:])
        work, origin = "".join(pieces), new_origin
    edits.sort(key=lambda e: e.start)
    return edits


def _punctuation_edits(text: str, reverse: bool = False) -> list[Edit]:
    """One sweep of the punctuation rules (single-character edits), left to right or back.

    Each decided mark is entered in ``pending``, so the marks after it in the sweep
    see it as fixed.
    """
    zero_width = [Edit(m.start(), m.end(), "", "zero-width character") for m in _ZERO_WIDTH_RX.finditer(text)]
    if zero_width:  # invisible noise: drop it first, then judge the marks without it
        return zero_width
    edits: list[Edit] = []
    pending: dict[int, str] = {}

    def fix(i: int, new: str, note: str) -> None:
        edits.append(Edit(i, i + 1, new, note))
        if new:
            pending[i] = new

    partner = _paren_partners(text) if "(" in text or ")" in text else {}
    runs = _ChineseRuns(text)
    states = _quote_states(text) if reverse else {}
    open_ = False  # a quote is open (left-to-right sweep)
    marks = [(m.start(), m.group()) for m in (_MARKS if _PAIRED.search(text) else _BARE_MARKS).finditer(text)]
    if reverse:
        marks.reverse()
    for i, c in marks:
        if c in "\n”":
            open_ = False
        elif c == "“":
            open_ = True
        elif c in '〝〞"':
            if c == '"' and not _chinese_context(text, i, pending):
                continue
            new = _quote_mark(text, i, c, states.get(i, False) if reverse else open_, pending)
            open_ = new == "“"
            fix(i, new, f"{c} as {'closing' if new == '”' else 'opening'} quote")
        elif c in "()":
            other = partner.get(i)
            if other is None:
                chinese = _chinese_context(text, i, pending)
            elif (c == ")") != reverse:
                continue  # a pair is decided at the end the sweep meets first
            else:
                s, e = (i, other) if c == "(" else (other, i)
                chinese = (
                    _is_chinese(_left(text, s, pending))
                    or _is_chinese(_right(text, e, pending))
                    or runs.within(s + 1, e)
                )
            if chinese:
                for k in (i,) if other is None else (i, other):
                    fix(k, _HALF_TO_FULL[text[k]], "half-width bracket in Chinese text")
        elif c in ",;:!":
            if _chinese_context(text, i, pending):
                fix(i, _HALF_TO_FULL[c], "half-width punctuation in Chinese text")
        elif c == "?":
            new = _question_mark(text, i, pending)
            if new is not None:
                fix(i, new, "? standing for · (damaged middle dot)" if new == "·" else "half-width question mark")
        elif c == "`":
            if _is_chinese(_left(text, i, pending)) and _is_chinese(_right(text, i, pending)):
                fix(i, "", "stray backtick (copy watermark)")
        elif c == "'":
            if _is_han(text[i - 1 : i]) and _is_han(text[i + 1 : i + 2]) and _lone_apostrophe(text, i):
                fix(i, "", "stray apostrophe inside a phrase (copy watermark)")
        else:
            e = _dot(text, i, pending)
            if e is not None:
                fix(i, e.replacement, e.note)
    edits.sort(key=lambda e: e.start)
    return edits


#: How far a sentence is searched for a partner quote (bounded, so the step stays linear).
_SENTENCE_REACH = 200


def _lone_apostrophe(text: str, i: int) -> bool:
    """True when the ``'`` at ``i`` has no partner in its sentence ('安康杯' is a quotation).

    >>> _lone_apostrophe("建立'劳资纠纷联调机制。", 2), _lone_apostrophe("开展'安康杯'竞赛。", 2)
    (True, False)
    """
    ends = _cls("sentence_end") + "\n"
    floor, ceil = max(0, i - _SENTENCE_REACH), min(len(text), i + _SENTENCE_REACH)
    lo = max(max(text.rfind(c, floor, i) for c in ends) + 1, floor)
    hi = min([k for k in (text.find(c, i, ceil) for c in ends) if k >= 0] or [ceil])
    return text.count("'", lo, hi) == 1


# -- fix_fullwidth ----------------------------------------------------------
#: Full-width digits, letters and ％, and a full-width ``．`` between digits (the decimal point; a
#: heading marker's dot, ``３．加强学习``, is punctuation and stays).
_FULLWIDTH = regex.compile(r"(?:[０-９Ａ-Ｚａ-ｚ％]|(?<=[0-9０-９])．(?=[0-9０-９]))+")
#: A character every match of ``_FULLWIDTH`` holds: a text without any has nothing to widen back.
_ANY_FULLWIDTH = re.compile(r"[０-９Ａ-Ｚａ-ｚ％．]")
#: A full-width comma between digit groups (the literal first, so re finds it at C speed).
_GROUP_COMMA = re.compile(r"，(?<=[0-9０-９]，)[0-9０-９]{3}(?![0-9０-９])")
#: A figure written with full-width commas between its groups: 1 to 3 digits, then groups of 3.
_GROUPED = regex.compile(r"(?<![0-9０-９.．,，])[0-9０-９]{1,3}(?:，[0-9０-９]{3})+(?![0-9０-９])")


def fix_group_commas(text: str) -> list[Edit]:
    """Edits turning the full-width commas between the digit groups of a figure into ASCII commas:
    ``３，５６０人`` → ``３,５６０人``, ``2，076名`` → ``2,076名`` (a thousands separator is no Chinese
    punctuation; the figure stage reads 1,318 and ignores the comma).  Not in a clause that lists
    figures one by one (``list_lead_ins`` of ``data/punctuation.tsv``: 分别为120，150人).  It runs
    after the last spacing step, which may bring a group beside its comma (``456 ，789``).

    >>> from reportmine.textedit import TrackedText
    >>> fix = lambda s: TrackedText(s).run([fix_group_commas]).text
    >>> fix("职工３，５６０人，会员1，234，567名；分别为120，150人；2023，2024年；第1，2期")
    '职工３,５６０人，会员1,234,567名；分别为120，150人；2023，2024年；第1，2期'
    """
    if not _GROUP_COMMA.search(text):
        return []
    lead_ins = _list_lead_ins()
    edits = []
    for m in _GROUPED.finditer(text):
        if lead_ins.search(text, max(0, m.start() - 20), m.start()):
            continue
        edits.extend(Edit(m.start() + k, m.start() + k + 1, ",", "full-width comma between digit groups (thousands separator)")
                     for k, c in enumerate(m.group()) if c == "，")
    return edits


@lru_cache(maxsize=1)
def _list_lead_ins() -> regex.Pattern:
    """Words that open a list of figures: a comma after them, up to the clause's end, is a comma."""
    return regex.compile(rf"(?:{_cls('list_lead_ins')})[^。；！？\n]*\Z")


def fix_fullwidth(text: str) -> list[Edit]:
    """Edits turning full-width digits, Latin letters and ％ into ASCII.

    A full-width ``．`` between digits becomes the decimal point ``.`` (a heading marker's dot stays:
    ``１．`` → ``1．``); Chinese punctuation stays full width (a full-width comma between digit
    groups: :func:`fix_group_commas`).

    >>> from reportmine.textedit import TrackedText
    >>> TrackedText("共１２３人，占８５．６％，ＱＱ群").run([fix_fullwidth]).text
    '共123人，占85.6%，QQ群'
    >>> TrackedText("１．职代会：到会代表１０８６名．\\n1．厂务公开").run([fix_fullwidth]).text
    '1．职代会：到会代表1086名．\\n1．厂务公开'
    """
    edits: list[Edit] = []
    if not _ANY_FULLWIDTH.search(text):
        return edits
    for m in _FULLWIDTH.finditer(text):
        s = m.group()
        new = "".join(chr(ord(c) - 0xFEE0) if c != "．" else "." for c in s)
        edits.append(Edit(m.start(), m.end(), new, "full-width digits/letters"))
    return edits


@lru_cache(maxsize=1)
def _corner_marks() -> tuple[re.Pattern, dict[int, str]]:
    """A scan for runs of corner marks, and what each becomes (``corner_quotes`` of
    ``data/punctuation.tsv``: each mark followed by the mainland one)."""
    pairs = _cls("corner_quotes")
    marks = pairs[::2]
    return re.compile(f"[{marks}]+"), str.maketrans(dict(zip(marks, pairs[1::2])))


def fix_corner_quotes(text: str) -> list[Edit]:
    """Edits turning the corner quotation marks of Taiwan and Hong Kong pages into the mainland's:
    ``「」`` become ``“”`` and ``『』`` (quotes inside quotes) ``‘’``.

    >>> from reportmine.textedit import TrackedText
    >>> TrackedText("開展「安康杯」競賽，「『五一』勞動獎章」").run([fix_corner_quotes]).text
    '開展“安康杯”競賽，“‘五一’勞動獎章”'
    """
    scan, table = _corner_marks()
    return [Edit(m.start(), m.end(), m.group().translate(table), "corner quotation marks") for m in scan.finditer(text)]


# -- fix_spacing --------------------------------------------------------------
_SP = _SPACES + _ZERO_WIDTH
# What indentation, trailing spaces and spaces inside a line are: fix_spacing finds all three in
# one scan of the runs of blanks (_SPACE_RUN); the tests hold it to these patterns.
_INDENT = re.compile(rf"(?m)^[{_SP}]+")
_TRAILING = regex.compile(rf"(?m)[{_SP}]+$")
_INNER = regex.compile(rf"(?<=[^{_SP}\n])[{_SP}]+(?=[^{_SP}\n])")
_SPACE_RUN = re.compile(f"[{_SP}]+")
#: Blanks are found one by one with str.find (a C scan about thirty times faster than re's scan
#: for a class over Chinese text) unless there is one in this many characters or more.
_FIND_BLANKS_BELOW = 16


def _space_runs(text: str) -> list[re.Match]:
    r"""The runs of blanks of ``text``, as ``_SPACE_RUN.finditer`` finds them.

    On a page with few blanks each is found by ``str.count``/``str.find`` and its run matched
    where it starts; a page without any costs a few fast scans.

    >>> [m.span() for m in _space_runs("\u3000\u3000工会 篇1  \n工\u200b会")]
    [(0, 2), (4, 5), (7, 9), (11, 12)]
    """
    counts = [(c, text.count(c)) for c in _SP]
    total = sum(n for _, n in counts)
    if not total:
        return []
    if total * _FIND_BLANKS_BELOW > len(text):
        return list(_SPACE_RUN.finditer(text))
    at: list[int] = []
    for c, n in counts:
        i = -1
        for _ in range(n):
            i = text.find(c, i + 1)
            at.append(i)
    at.sort()
    runs: list[re.Match] = []
    end = -1
    for i in at:
        if i >= end:  # the first blank after the last run starts a run
            m = _SPACE_RUN.match(text, i)
            runs.append(m)
            end = m.end()
    return runs


_NUM_AFTER = regex.compile(r"[0-9][0-9.]*%?")
_NUM_BEFORE = regex.compile(r"[0-9][0-9.]*%?\Z")
#: Han, a spaced ASCII number, Han: the spacing of a PDF copy (宣 讲 78 场, 在 2024 年).
_SPACED_NUMBER = regex.compile(r"\p{Han}[ \t\u3000\xa0]+[0-9][0-9.]*%?[ \t\u3000\xa0]+\p{Han}")
#: This many spaced numbers on a line mark it as copied from a PDF: its spaces between characters are wraps.
MIN_SPACED_NUMBERS = 3
@lru_cache(maxsize=1)
def _sentence_ends() -> regex.Pattern:
    return regex.compile(f"[{regex.escape(_cls('sentence_end'))}]")


#: How far back a heading that a space may close can start.
_HEADING_REACH = 60


def _number_space(text: str, s: int, e: int) -> Edit | None:
    """Edit removing a space between an ASCII number and a Chinese character, where it is spacing, not a break.

    Removed: both spaces of 宣 讲 78 场 (Han, number, Han); the space between a number that
    opens a paragraph or clause and its unit (2023 年是…, ，82 名); the space before a number
    that ends a clause (达到 91.5%。).  Kept: "2023 总工会 工作报告" (a keyword line).
    Kept: 加强学习 2023年我们… (a heading ends before a paragraph that opens with a year).
    """
    left, right = text[s - 1], text[e]
    if _is_han(left) and _is_digit(right):
        m = _NUM_AFTER.match(text, e)
        j = m.end()
        k = j
        while k < len(text) and text[k] in _SPACES:
            k += 1
        after = text[k] if k < len(text) else ""
        if after in "、．" and m.group().isdigit():
            return None  # 推进 2、开展: a list marker opens a paragraph
        if after and ((k > j and _is_han(after)) or after in _cls("chinese_punct")):
            return Edit(s, e, "", "space around a number in Chinese text (PDF copy)")
        return None
    if _is_han(right) and (_is_digit(left) or left == "%"):
        m = _NUM_BEFORE.search(text, max(0, s - 20), s)
        if m is None:
            return None
        i = m.start()
        before = text[i - 1] if i > 0 else "\n"
        if before in _SPACES:
            k = i - 1
            while k > 0 and text[k - 1] in _SPACES:
                k -= 1
            prev = text[k - 1] if k > 0 else "\n"
            if _is_han(prev) or prev == "\n" or prev in _cls("chinese_punct"):
                return Edit(s, e, "", "space around a number in Chinese text (PDF copy)")
            return None
        if (before == "\n" or (before in _cls("chinese_punct") and before not in _cls("closing"))) and _unit_follows(text, e):
            return Edit(s, e, "", "space after a number that opens a clause (PDF copy)")
    return None


def _unit_follows(text: str, e: int) -> bool:
    """True when a unit or a number word (年, 万元, 名, 户 …) starts at ``e``: 2023 年, 82 名 (not 2023 总工会)."""
    from .paragraphs import opens_with_number_word

    return opens_with_number_word(text[e : e + 8])


def _closes_heading(text: str, s: int, e: int, ends: list[int]) -> bool:
    """True when the space at ``s:e`` ends a heading (一、… （一）… 1、…) of a flattened line.

    The heading starts at the line start or after a sentence end and a space, holds no
    sentence end, and no dictionary word spans the space (学 习 is a wrap inside a word).
    ``ends`` holds the offsets of the text's sentence ends, in order.
    """
    from .paragraphs import HEADING_MARKER, spans_word

    reach = max(0, s - _HEADING_REACH)
    lo = max(text.rfind("\n", reach, s) + 1, reach)
    k = bisect_left(ends, s)
    start = max(lo, ends[k - 1] + 1) if k else lo
    seg = text[start:s].lstrip(_SPACES)
    if not seg or not HEADING_MARKER.match(seg):
        return False
    if start == lo and lo > 0 and text[lo - 1] != "\n":
        return False  # the heading would start beyond the reach
    return not spans_word(text[max(start, s - 6) : s].replace(" ", ""), text[e : e + 6])


def _pdf_lines(text: str) -> set[int]:
    """Start offsets of the lines that hold at least MIN_SPACED_NUMBERS spaced numbers (a PDF copy)."""
    out: set[int] = set()
    if text.count(" ") < MIN_SPACED_NUMBERS * 2:
        return out  # no line holds the spaces of that many spaced numbers
    pos = 0
    for line in text.split("\n"):
        if line.count(" ") >= MIN_SPACED_NUMBERS * 2 and len(_SPACED_NUMBER.findall(line, overlapped=True)) >= MIN_SPACED_NUMBERS:
            out.add(pos)
        pos += len(line) + 1
    return out


#: Prose lines (holding a comma or a sentence end) with a single space between two characters, at
#: least this many and this share of the page's prose lines with any inner blank: the page is OCR
#: text of a scan, whose spaces inside its prose are noise (县总工会 十六 届, 27 个, 286.5 万元).
MIN_OCR_LINES = 3
MIN_OCR_SHARE = 0.5
_PROSE = re.compile(r"[，。；,;]")


@lru_cache(maxsize=1)
def _ocr_number() -> re.Pattern:
    """A token of an OCR number: digits, and the characters OCR reads for them (2O96, l382, I5, 90%),
    the ones ``reportmine/data/ocr_digits.tsv`` lists (the table the figure stage reads them by).

    >>> _ocr_number().match("l382人").group()
    'l382'
    """
    chars = "0-9" + "".join(re.escape(r["char"]) for r in read_table("ocr_digits.tsv"))
    return re.compile(f"[{chars}][{chars}.]*%?")


def _ocr_lines(text: str, runs: list[re.Match], inner: list[bool]) -> set[int]:
    r"""Start offsets of the prose lines of an OCR page (none when the page does not show OCR spacing):
    the lines with a comma or a sentence end, where at least ``MIN_OCR_LINES`` such lines, and
    ``MIN_OCR_SHARE`` of those holding a blank inside, hold a single space between two characters.
    A table row (会员人数 1486人) holds no comma and keeps its cell spaces.

    >>> t = "全年 新建基层工会38家，其中 农民工会员1135人。\n截至年末，全县共有基 层工会612家。\n开展“入会集中行 动”4轮，吸纳会员27 个。\n会员人数 1486人"
    >>> sorted(_ocr_lines(t, list(_SPACE_RUN.finditer(t)), [True] * 5))
    [0, 28, 48]
    """
    if len(runs) < MIN_OCR_LINES:
        return set()
    # the single spaces between two characters first (a clean page has a few at most)
    single = [m.start() for m, inside in zip(runs, inner) if inside and m.end() - m.start() == 1 and text[m.start()] == " "]
    between = [s for s in single if "\u4e00" <= text[s - 1] <= "\u9fff" and "\u4e00" <= text[s + 1] <= "\u9fff"]
    if len(between) < MIN_OCR_LINES:
        return set()
    spaced = {text.rfind("\n", 0, s) + 1 for s in between}
    if len(spaced) < MIN_OCR_LINES:
        return set()
    blank = {text.rfind("\n", 0, m.start()) + 1 for m, inside in zip(runs, inner) if inside}
    ends = {lo: text.find("\n", lo) for lo in blank}
    prose = {lo for lo in blank if _PROSE.search(text, lo, ends[lo] if ends[lo] >= 0 else len(text))}
    ocr = spaced & prose
    if len(ocr) < MIN_OCR_LINES or len(ocr) < MIN_OCR_SHARE * len(prose):
        return set()
    return prose


def _ocr_space(text: str, s: int, e: int) -> Edit | None:
    """The edit for a single space of an OCR prose line: between two characters (十六 届), or between
    a character and a number (竞赛 I5项, 保持在 90%) or a number and its unit (27 个, 286.5 万元)."""
    if e - s > 2:
        return None
    left, right = text[s - 1], text[e]
    number = None if _is_han(right) else _ocr_number().match(text, e)
    if _is_han(left) and (_is_han(right) or number is not None and any(map(str.isdigit, number.group()))):
        return Edit(s, e, "", "space between characters of OCR text (a scan's noise)")
    if _is_han(right) and (_is_digit(left) or left == "%") and _unit_follows(text, e):
        return Edit(s, e, "", "space between a number and its unit in OCR text (a scan's noise)")
    return None


#: The last character of a heading marker that a blank may follow (1. 一． ① (1)); 、 and （） are
#: Chinese punctuation, whose blanks go anyway.
_MARKER_ENDS = frozenset(".．)）") | {chr(c) for c in range(0x2460, 0x2474)}


def _marker_space(text: str, s: int, e: int) -> Edit | None:
    r"""Edit removing a blank between a heading marker that opens a line and the Chinese text after
    it (a Word export's ``1.&nbsp; 规范…``): the marker families of the spec but 第N部分, whose
    blank separates two words.  A blank before a digit stays (1. 5万元 is no marker).

    >>> from reportmine.textedit import TrackedText
    >>> fix = lambda s: TrackedText(s).run([fix_spacing]).text
    >>> fix("1. 规范职代会制度\n　　① 建立台账\n二． 加强学习\n1. 5万元 用于慰问")
    '1.规范职代会制度\n①建立台账\n二．加强学习\n1. 5万元 用于慰问'
    """
    if text[s - 1] not in _MARKER_ENDS or not _is_han(text[e]):
        return None
    from .paragraphs import HEADING_MARKER

    start = text.rfind("\n", 0, s) + 1
    head = text[start:s].strip(_SPACES)
    if head.startswith("第") or not HEADING_MARKER.fullmatch(head):
        return None
    return Edit(s, e, "", "blank after a heading marker at a line's start")


#: What may stand on each side of a no-break space that goes: a digit, a decimal point or ％ of a
#: figure, or a Chinese character (its unit, or the word it was set inside).
_NBSP_SIDES = frozenset("0123456789.%")


def _no_break_space(run: str, s: int, e: int, left: str, right: str) -> Edit | None:
    r"""The edit deleting a run of no-break spaces (with any blanks beside them) inside a figure, between
    a figure and its unit, or between two Chinese characters: an anti-copy watermark or an HTML
    ``&nbsp;`` (``1\xa0035个``, ``218.\xa06万元``, ``2024\xa0年``, ``工作\xa0总结``).  No writer sets
    one there: the ordinary blanks of such places go by the rules after (PDF and OCR spacing);
    these need no evidence of a spaced page.  After a sentence end (a flattened page's paragraph
    break) and between Latin words the later rules decide.

    >>> from reportmine.textedit import TrackedText
    >>> fix = lambda s: TrackedText(s).run([fix_spacing]).text
    >>> fix("总数达1\xa0035个，损失218.\xa06万元，县总工会2024\xa0年工作\xa0总结")
    '总数达1035个，损失218.6万元，县总工会2024年工作总结'
    >>> fix("创新。\xa0一、加强学习\xa0PPT\xa0下载")  # (the later rules: one blank each)
    '创新。 一、加强学习 PPT 下载'
    """
    if not ((left in _NBSP_SIDES or _is_han(left)) and (right in _NBSP_SIDES or _is_han(right))):
        return None
    if left == "." and _is_han(right):
        return None  # a dot before Chinese ends a sentence (创新. 一、)
    return Edit(s, e, "", "no-break space inside a figure or between Chinese characters (anti-copy watermark, &nbsp;)")


def _inner_space(text: str, m: re.Match, pdf_ends: list[int] | None = None, ocr: bool = False) -> Edit | None:
    """The edit for a run of spaces inside a line; ``pdf_ends`` (the text's sentence ends) when the
    line is copied from a PDF; ``ocr`` when it is a prose line of an OCR page."""
    run, s, e = m.group(), m.start(), m.end()
    if not any(c in _SPACES for c in run):
        return Edit(s, e, "", "zero-width character")
    left, right = text[s - 1], text[e]
    if "\xa0" in run:
        spaced = _no_break_space(run, s, e, left, right)
        if spaced is not None:
            return spaced
    spaced = _number_space(text, s, e) or _marker_space(text, s, e)
    if spaced is not None:
        return spaced
    if ocr:
        spaced = _ocr_space(text, s, e)
        if spaced is not None:
            return spaced
    if pdf_ends is not None and _is_han(left) and _is_han(right) and not _closes_heading(text, s, e, pdf_ends):
        return Edit(s, e, "", "space inside a line copied from a PDF (a wrap, not a break)")
    before_left = text[s - 2 : s - 1]
    ends = _cls("sentence_end")
    punct = _cls("chinese_punct")
    if left in ends or (left in _cls("closing") and before_left in ends):
        # "…创新。 1、开展": a paragraph break in a flattened report.
        return None if run == " " else Edit(s, e, " ", "space run after a sentence end")
    if left in punct or right in punct:
        return Edit(s, e, "", "space next to Chinese punctuation")
    if _is_han(left) or _is_han(right):
        return None if run == " " else Edit(s, e, " ", "space run in Chinese text")
    return None  # between Latin words or numbers: as written


def fix_spacing(text: str) -> list[Edit]:
    """Edits removing indentation, trailing spaces and spaces that are noise in Chinese text.

    >>> from reportmine.textedit import TrackedText
    >>> fix = lambda s: TrackedText(s).run([fix_spacing]).text
    >>> fix("　　建设 ，推进 2、 在 进行 “送温暖”  ")
    '建设，推进 2、在 进行“送温暖”'
    >>> fix("镇总工会工作报告 2023年镇总工会在…创新。 一、积极争取 PPT 动画")
    '镇总工会工作报告 2023年镇总工会在…创新。 一、积极争取 PPT 动画'
    """
    # the runs of blanks: a run at a line start is indentation (_INDENT), one at a line end
    # trailing (_TRAILING), one between two characters of a line inside (_INNER)
    runs = _space_runs(text)
    if not runs:
        return []  # no space nor zero-width character: nothing to remove
    n = len(text)
    starts_line = [m.start() == 0 or text[m.start() - 1] == "\n" for m in runs]
    ends_line = [m.end() == n or text[m.end()] == "\n" for m in runs]
    edits = [Edit(m.start(), m.end(), "", "indentation") for m, first in zip(runs, starts_line) if first]
    # a blank line's run is indentation, not also trailing
    edits.extend(Edit(m.start(), m.end(), "", "trailing spaces") for m, first, last in zip(runs, starts_line, ends_line) if last and not first)
    pdf = _pdf_lines(text)
    ends = [m.start() for m in _sentence_ends().finditer(text)] if pdf else []
    ocr = _ocr_lines(text, runs, [not (first or last) for first, last in zip(starts_line, ends_line)])
    line_start, next_nl = 0, text.find("\n")
    for m, first, last in zip(runs, starts_line, ends_line):
        if first or last:
            continue
        while (pdf or ocr) and 0 <= next_nl < m.start():  # the line of this space, found in one pass
            line_start, next_nl = next_nl + 1, text.find("\n", next_nl + 1)
        e = _inner_space(text, m, ends if line_start in pdf else None, line_start in ocr)
        if e is not None:
            edits.append(e)
    edits.extend(_letter_spaced_lines(text, runs, starts_line, ends_line))
    return drop_overlaps(edits)


#: A line set with a space between every character: a title or heading letter-spaced by its layout
#: (梧 溪 县 总 工 会, 2024 年 度 工 作 报 告): single characters (a number may stand for one), four at least.
_LETTER_SPACED = regex.compile(r"[ \t\u3000\xa0]*(?:\p{Han}|[0-9]{1,4})(?:[ \t\u3000\xa0]{1,3}(?:\p{Han}|[0-9]{1,4})){3,}[ \t\u3000\xa0]*")


_LETTER_GAP = " \t\u3000\xa0"


def _letter_spaced_lines(text: str, runs: list[re.Match], starts_line: list[bool], ends_line: list[bool]) -> list[Edit]:
    r"""Edits joining the characters of the lines set with a space between every character (a title
    letter-spaced by its layout): the spaces between them go.  Only lines whose every blank sits
    between two characters, four characters at least, most of them Chinese.

    >>> from reportmine.textedit import TrackedText
    >>> TrackedText("梧 溪 县 总 工 会\n2024 年 度 工 作 报 告\n大 中 小\n工会 工作 报告").run([fix_spacing]).text
    '梧溪县总工会\n2024年度工作报告\n大 中 小\n工会 工作 报告'
    """
    out: list[Edit] = []
    done = -1
    for m, first, last in zip(runs, starts_line, ends_line):
        s = m.start()
        if first or last or s < done or s < 2 or text[s - 2] not in _LETTER_GAP:
            continue  # (the second blank of a letter-spaced line has a single character before it)
        lo = text.rfind("\n", 0, s) + 1
        hi = text.find("\n", s)
        hi = len(text) if hi < 0 else hi
        done = hi
        line = text[lo:hi]
        if hi - lo > 80 or not _LETTER_SPACED.fullmatch(line) or sum(map(_is_han, line)) < 4:
            continue
        out.extend(Edit(r.start(), r.end(), "", "letter-spaced line: a space between every character")
                   for r in _SPACE_RUN.finditer(text, lo, hi) if lo < r.start() and r.end() < hi)
    return out


