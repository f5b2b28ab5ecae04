r"""Page layout a copy leaves on the lines of a report (a normalising step, run first of the cleanup).

Some copies carry marks of the page they came from on every line, which hide the lines from every
later rule (a heading is no heading behind them, a wrap joiner sees no wrap):

* a line-numbered draft (a PDF circulated for comment): every line opens with its number
  (``12  全区…``), blank lines numbered too, the numbering restarting on each page;
* a quoted e-mail: the report quoted with ``> `` on every line (:func:`strip_quote_prefixes`);
* a page flattened onto one line: the paragraphs' indentation (two ideographic spaces, ``　　``)
  is all that is left of their line breaks (:func:`break_indent_runs`);
* a hard-wrapped page whose paragraphs open with an indent: a line that happens to end a sentence
  exactly at the wrap width goes on in the next, unindented line (:func:`join_unindented_wraps`);
* a bulletin's or a report's contents list (本期要目, 目录) whose entries are printed again below as
  headings (:func:`strip_contents_lists`).

Each must be seen before the spacing step folds the blanks that carry the evidence (the two spaces
after a line number, the ``　　`` runs, the indents); :func:`undo_page_layout` runs them (one scan
each; a page without digits at line starts, ``>`` at line starts or ideographic space runs pays
little more).

>>> from reportmine.textedit import TrackedText
>>> t = "\n".join(f"{i}  第{i}行的文字，" for i in range(1, 8))
>>> TrackedText(t).run([undo_page_layout]).text.split("\n")[:2]
['第1行的文字，', '第2行的文字，']
"""

from __future__ import annotations

import re
from typing import Iterator

from ..textedit import Edit, drop_overlaps
from .paragraphs import exact_wrap

__all__ = ["undo_page_layout", "undo_letter_spacing", "letter_spaced_line", "strip_line_numbers", "strip_quote_prefixes", "break_indent_runs",
           "break_blank_flattened", "join_unindented_wraps", "strip_contents_lists", "MIN_NUMBERED_RUN", "MIN_QUOTED_LINES", "MIN_INDENT_BREAKS"]

#: A line number: digits at the line's start, then blanks or the line's end (``12  全区…``, ``13``).
_LINE_NUMBER = re.compile(r"^[ \t\f\v]*([0-9]{1,4})(?:[ \t\u3000]+|$)", re.M)
#: A gap between the cells of a table row (a table's 序号 column counts up too: its rows keep their numbers).
_CELL_GAP = re.compile(r"\S(?:[ \t\u3000]{2,}|\t)\S")
#: A run of line numbers is this long at least (a page of a numbered draft holds tens).
MIN_NUMBERED_RUN = 6
#: Between two numbered lines of a run stand at most this many unnumbered lines of text (a watermark
#: line the PDF dropped between them) …
MAX_UNNUMBERED_BETWEEN = 2
#: … and this share of the run's steps are adjacent numbered lines (a list of items numbered
#: ``1 …`` with body text between them is no line numbering).
MIN_ADJACENT_SHARE = 0.75


def _line_starts(text: str) -> list[int]:
    out = [0]
    i = text.find("\n")
    while i >= 0:
        out.append(i + 1)
        i = text.find("\n", i + 1)
    return out


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def strip_line_numbers(text: str) -> list[Edit]:
    r"""Edits deleting the line numbers of a line-numbered draft, with the blanks after them.

    A line number is digits opening a line, followed by blanks or the line's end.  Only a run
    of such lines whose numbers count up by one (1, 2, 3 …; a new run starts at 1 on the next
    page) is numbering, and only when the run is long (:data:`MIN_NUMBERED_RUN` lines; a later page's
    run from 1 on may be short, after a run taken) and its
    numbered lines stand next to each other (an unnumbered line between two is a watermark; a
    list of items ``1 …``, ``2 …`` with paragraphs between is left alone, and so are the rows of a
    table, whose cells stand apart by gaps: its 序号 column).  A heading's ``1.`` or
    ``1、`` is no line number (a blank must follow the digits), nor a figure opening a line
    (``10名…`` has none).

    >>> t = "1  青山区总工会2024年工作报告\n2\n3  2024年，区总工会推动\n4  全区工会工作。\n5  一、服务大局\n6  （一）劳动竞赛。\n7  盖参建单位58家。"
    >>> from reportmine.textedit import TrackedText
    >>> print(TrackedText(t).run([strip_line_numbers]).text)
    青山区总工会2024年工作报告
    <BLANKLINE>
    2024年，区总工会推动
    全区工会工作。
    一、服务大局
    （一）劳动竞赛。
    盖参建单位58家。
    >>> strip_line_numbers("1 加强学习\n全年学习12次。\n2 组织建设\n新建工会3家。\n3 维权\n调解5件。")
    []
    >>> strip_line_numbers("\n".join(f"{i}  第{i}工会小组    {10 + i}人" for i in range(1, 9)))
    []
    """
    if text.count("\n") < MIN_NUMBERED_RUN - 1:
        return []
    starts = _line_starts(text)
    found = []  # (line index, value, span of the number and its blanks)
    li = 0
    for m in _LINE_NUMBER.finditer(text):
        while li + 1 < len(starts) and starts[li + 1] <= m.start():
            li += 1
        found.append((li, int(m.group(1)), m.span()))
    if len(found) < MIN_NUMBERED_RUN:
        return []
    edits: list[Edit] = []
    run: list[tuple[int, int, tuple[int, int]]] = []

    def close() -> None:
        # a page's numbering starting at 1 after a numbered page may be short (the last page)
        if len(run) >= MIN_NUMBERED_RUN or (edits and run[0][1] == 1 and len(run) >= 2):
            adjacent = sum(1 for a, b in zip(run, run[1:]) if b[0] == a[0] + 1)
            rows = sum(1 for _, _, (_, e) in run if _CELL_GAP.search(text, e, _line_end(text, e)))
            if adjacent >= MIN_ADJACENT_SHARE * (len(run) - 1) and 2 * rows <= len(run):
                note = f"line number of a numbered draft removed (lines numbered {run[0][1]}–{run[-1][1]})"
                edits.extend(Edit(s, e, "", note) for _, _, (s, e) in run)
        run.clear()

    for item in found:
        k, v, _ = item
        if run:
            pk, pv, _ = run[-1]
            between = sum(1 for j in range(pk + 1, k) if text[starts[j] : (starts[j + 1] - 1 if j + 1 < len(starts) else len(text))].strip())
            if v == pv + 1 and between <= MAX_UNNUMBERED_BETWEEN:
                run.append(item)
                continue
            close()
        run.append(item)
    close()
    return edits


#: A quote prefix of an e-mail client (``> ``, ``>> ``, ``> > ``).
_QUOTE = re.compile(r"^(?:>[ \t]?)+", re.M)
#: A quoted block is this many consecutive prefixed lines at least.
MIN_QUOTED_LINES = 3


def strip_quote_prefixes(text: str) -> list[Edit]:
    r"""Edits deleting the ``> `` quote prefixes of a block of quoted lines (an e-mail that quotes
    the report): a run of :data:`MIN_QUOTED_LINES` consecutive lines or more, every one prefixed
    (blank lines between them aside: some clients leave them unquoted).  A lone ``>`` opening a line
    or two (a breadcrumb's arrow, a comparison) stays.

    >>> t = "李主任：\n> 临江区总工会工作总结\n>\n> 全年受理劳动争议案件1624件，调解成功138\n> 7件。\n发自我的手机"
    >>> from reportmine.textedit import TrackedText
    >>> print(TrackedText(t).run([strip_quote_prefixes]).text)
    李主任：
    临江区总工会工作总结
    <BLANKLINE>
    全年受理劳动争议案件1624件，调解成功138
    7件。
    发自我的手机
    >>> strip_quote_prefixes("首页\n> 工作总结\n正文。")
    []
    >>> len(strip_quote_prefixes("> 一、维权服务\n\n> 全年调解劳动争议案件46件。\n\n> 二、帮扶工作"))
    3
    """
    if ">" not in text:
        return []
    edits: list[Edit] = []
    block: list[tuple[int, int]] = []
    last_line = -2

    def close() -> None:
        if len(block) >= MIN_QUOTED_LINES:
            edits.extend(Edit(s, e, "", "quote prefix of a quoted e-mail removed ('> ')") for s, e in block)
        block.clear()

    starts = None
    for m in _QUOTE.finditer(text):
        if starts is None:
            starts = _line_starts(text)
        k = _index_of(starts, m.start())
        if k != last_line + 1 and (last_line < 0 or text[starts[last_line + 1] : starts[k]].strip()):
            close()  # (empty lines between quoted ones: the client quoted the text, not its blank lines)
        block.append(m.span())
        last_line = k
    close()
    return edits


def _index_of(starts: list[int], pos: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, pos) - 1


#: An indent run inside a line: two ideographic spaces or more, or two no-break spaces or more (an HTML
#: page's &nbsp;&nbsp; indent), with any blanks around them.
_INDENT_RUN = re.compile(r"[ \t]*(?:\u3000{2,}|\xa0{2,})[ \t\u3000\xa0]*")
#: A line flattened from paragraphs holds this many paragraph breaks at least.
MIN_INDENT_BREAKS = 3
#: … and is this long at least.
MIN_FLAT_LINE = 80
#: What ends a paragraph before an indent run (a sentence end, closed quote or bracket after it allowed).
_ENDS_PARAGRAPH = re.compile(r"[。！？；：!?;:][”’」』）)]*\Z")
#: A heading marker opening the text after an indent run (一、 （一） 1. 1、 ① 第一部分).
_OPENS_HEADING = re.compile(r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]{1,2}(?:[、．]|\.(?![0-9]))|[①-⑳]|第[一二三四五六七八九十]+(?:部分|章|节))")
#: A segment before a run is a heading of its own when it is this short at most and opens with a marker.
MAX_HEADING = 40


def break_indent_runs(text: str) -> list[Edit]:
    r"""Edits putting a line break where a page flattened onto one line kept only the indentation of
    its paragraphs (``…如下。　　一、…　　（一）…``): each run of two ideographic spaces or more inside
    a long line, after a sentence end, before a heading marker, or after a short heading of its own
    (``一、群众安全监督网络持续健全　　``), when the line holds :data:`MIN_INDENT_BREAKS` such runs at
    least (the evidence that the runs are the paragraphs' indents).  A run standing elsewhere (spacing
    inside a sentence, between the cells of a table) stays for the spacing step.

    >>> t = "2024年，集团工会开展监督工作，现将工作报告如下。　　一、监督网络持续健全　　（一）组织体系完备。" + "配备群监员1348名，" * 20 + "成效明显。　　（二）隐患整改。全年整改4608项。"
    >>> from reportmine.textedit import TrackedText
    >>> [line[:12] for line in TrackedText(t).run([break_indent_runs]).text.split("\n")]
    ['2024年，集团工会开展', '一、监督网络持续健全', '（一）组织体系完备。配备', '（二）隐患整改。全年整改']
    >>> break_indent_runs("职工之家　　12个　　职工书屋　　5个")
    []
    """
    if "\u3000\u3000" not in text and "\xa0\xa0" not in text:
        return []
    edits: list[Edit] = []
    pos = 0
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        if end - pos >= MIN_FLAT_LINE and ("\u3000\u3000" in text[pos:end] or "\xa0\xa0" in text[pos:end]):
            edits.extend(_flat_line_breaks(text, pos, end))
        pos = end + 1
    return edits


def _flat_line_breaks(text: str, lo: int, hi: int) -> list[Edit]:
    """The indent runs of the line ``text[lo:hi]`` that are paragraph breaks (:func:`break_indent_runs`),
    with the breaks before a heading glued to the sentence before it (:func:`_inline_heading`) and, once the
    line is known to be a flattened page, those of its head (title, meta fields: :func:`_head_blank_breaks`)."""
    seg_start = lo
    while seg_start < hi and text[seg_start] in " \t\u3000\xa0":
        seg_start += 1
    first = seg_start
    runs = [m for m in _INDENT_RUN.finditer(text, seg_start, hi) if m.start() > seg_start and m.end() < hi]
    breaks, glued = [], []
    for m in runs:
        tail = text[max(seg_start, m.start() - 8) : m.start()]  # (only the segment's end and a short segment are read: linear)
        after = text[m.end() : min(hi, m.end() + 8)]
        heading = m.start() - seg_start <= MAX_HEADING and _OPENS_HEADING.match(text, seg_start) is not None
        inline = None if heading else _inline_heading(text, seg_start, m.start())
        if _ENDS_PARAGRAPH.search(tail) or _OPENS_HEADING.match(after) or heading or inline is not None:
            breaks.append(m)
            if inline is not None:
                glued.append(inline)
            seg_start = m.end()
    if len(breaks) < MIN_INDENT_BREAKS:
        return []
    edits = [Edit(m.start(), m.end(), "\n", "paragraph break: a page flattened onto one line kept only its paragraphs' indentation (　　)") for m in breaks]
    edits += [Edit(k, k, "\n", "paragraph break: a heading glued to the sentence before it on a flattened page") for k in glued]
    if runs and runs[0] not in breaks and _ENDS_SENTENCE.search(text, first, runs[0].start()) is None:
        head = runs[0]  # the page's head (site name, breadcrumb, title, meta line) before its first indent
        edits.append(Edit(head.start(), head.end(), "\n", "paragraph break: the head of a page flattened onto one line ends at its first indent"))
        edits += [Edit(b.start(), b.end(), "\n", "paragraph break: a page flattened onto one line kept a single blank between its lines")
                  for b in _head_blank_breaks(text, first, head.start())]
    tail = _LAST_SENTENCE_END.search(text, max(first, hi - 400), hi)
    if (tail is not None and (gap := _TAIL_GAP.match(text, tail.end(), hi)) is not None and gap.end() < hi
            and all(e.start != gap.start() for e in edits)):  # (an indent run there is a break already)
        # the page's tail (责任编辑, 【打印】, 主办：…) after its last sentence, for the furniture rows
        edits.append(Edit(gap.start(), gap.end(), "\n", "paragraph break: the tail of a page flattened onto one line after its last sentence"))
    return sorted(edits, key=lambda e: e.start)


_TAIL_GAP = re.compile(r"[ \t\u3000\xa0]+")


#: A sentence's end inside a flattened line (the head before a page's first indent holds none).
_ENDS_SENTENCE = re.compile(r"[。！？!?]")
_LAST_SENTENCE_END = re.compile(r"[。！？；!?;][”’」』）)]*(?=[^。！？；!?;]*\Z)")


def _inline_heading(text: str, lo: int, hi: int) -> int | None:
    r"""Where a heading starts that a flattened page glued to the sentence before it, the heading ending at
    ``hi`` (an indent run after it): ``…各项任务。一、扩面建会，把职工组织起来　　社区…`` → the offset of 一、.
    None where the text since the last sentence end (at most :data:`MAX_HEADING` characters) opens with no
    heading marker or holds a sentence end of its own.

    >>> t = "完成了各项任务。一、扩面建会，把职工组织起来"
    >>> t[_inline_heading(t, 0, len(t)):]
    '一、扩面建会，把职工组织起来'
    >>> _inline_heading("完成了任务。今年共新建工会12家", 0, 16) is None
    True
    """
    m = _LAST_SENTENCE_END.search(text, max(lo, hi - MAX_HEADING - 4), hi)
    if m is None or hi - m.end() > MAX_HEADING:
        return None
    k = m.end()
    if _OPENS_HEADING.match(text, k) is None or _IN_HEADING.fullmatch(text, k, hi) is None:
        return None
    return k


#: A line flattened with single blanks between its paragraphs (no indentation left) is this long at least …
MIN_BLANK_FLAT_LINE = 200
#: … and has this many Chinese heading markers at least standing right after a blank (``。 二、…``): the
#: evidence that its blanks were line breaks (a paragraph whose sentences a copy spaced has none).
MIN_BLANK_HEADINGS = 2
_BLANK = re.compile(r"(?<=\S)[ \t]+(?=\S)")
_BLANK_HEADING = re.compile(r"(?<=\S)[ \t]+(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]+(?:部分|章|节))")
#: A blank between these stays in the head of a flattened page (a breadcrumb's ``首页 > 动态``, a time
#: ``2025-01-09 10:20``, an English phrase): it separates items of one line, no lines.
_SEPARATOR = "|｜丨/／›»>＞→<‹«＜-–—·•:："
_TIME = re.compile(r"\d{1,2}[:：]\d{2}")
#: After a short heading's blank a sentence follows: three characters at least before its first mark, a mark
#: before the next blank (a PDF copy's blank inside a heading, ``（一）深化理论学 习。``, ``存在问题和 2024年打算``, is none).
#: A short heading of its own holds no blank and no sentence end (``（二）丰富文化供给。举办…`` is a run-in one;
#: a comma it may hold: ``一、抓组建，夯实工会根底``).
_IN_HEADING = re.compile(r"[^\s。！？；;!?]+")
_SENTENCE_AHEAD = re.compile(r"[^\s。！？；，、：,;:!?]{3}[^\s。！？；，、：,;:!?]*[。！？；，、：,;:!?]")
#: A meta field ahead (发布时间：, 来源：), a whole field (浏览次数：1562), the end of a report's title.
_FIELD_AHEAD = re.compile(r"[\u4e00-\u9fff]{2,6}\s?[:：]")
_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,6}\s?[:：]\S{1,30}$")
_TITLE_END = re.compile(r"(?:总结|报告|计划|要点|汇报|讲话|述职)$")
#: … and of a part's heading without a marker (镇总工会2023年工作思路, 下一步打算).
_PART_TITLE_END = re.compile(r"(?:总结|报告|计划|要点|汇报|思路|打算|安排|设想)$")


def _head_blank_breaks(text: str, lo: int, hi: int) -> list[re.Match]:
    """The blanks of ``text[lo:hi]`` (the head of a flattened page, before its first paragraph break) that
    were line breaks between a title, the fields of a meta line and the first sentence: a blank before a
    field (``… 发布时间：``), after one (``浏览次数：1562 2024年…``), after a report's title (``…工作总结
    发布…``) or after a breadcrumb's last item (``首页 > 动态 > 正文 某校工会…``).  A blank inside a sentence (a PDF copy's ``区 总工会``), beside a separator (a breadcrumb's
    ``首页 > 动态``) or before a time (``2025-01-09 10:20``) stays."""
    out = []
    token_start = lo
    before = ""  # the token before ``token``
    for m in _BLANK.finditer(text, lo, hi):
        token = text[token_start : m.start()]
        token_start = m.end()
        a, b = text[m.start() - 1], text[m.end()]
        after_crumbs = len(before) == 1 and before in _SEPARATOR
        before = token
        if a in _SEPARATOR or b in _SEPARATOR or _TIME.match(text, m.end()):
            continue
        if after_crumbs or _FIELD_AHEAD.match(text, m.end()) or _FIELD.search(token) or _TITLE_END.search(token):
            out.append(m)
    return out


#: A flattened line with more blanks than this between two Chinese characters inside its body that are no
#: line breaks is a PDF copy whose wrap left a blank inside its words (区 总工会, 深化理论学 习): its
#: blanks say nothing of its lines, and it stays for the spacing and paragraph steps.
MAX_WRAP_BLANKS = 2
_WRAP_BLANK = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff])")


def _wrap_blanks(text: str, breaks: list[re.Match]) -> int:
    """The blanks between two Chinese characters from the first line break to the last that are none.

    >>> import re
    >>> t = "如下。 一、组织建设 区 总工会新建工会。 二、帮扶 走访86户。"
    >>> _wrap_blanks(t, [m for m in re.finditer(" ", t) if m.start() in (3, 10, 21)])
    1
    """
    at = {m.start() for m in breaks}
    lo, hi = breaks[0].start(), breaks[-1].end()
    return sum(1 for m in _WRAP_BLANK.finditer(text, lo, hi) if m.start() not in at)


def _wraps_on(text: str, hi: int) -> bool:
    r"""Whether the line ending at ``hi`` runs on into the next line: it ends inside a sentence and text
    follows at once (a PDF copy wrapped at a width, ``…新就业形态劳`` / ``动者的手段…``): such a line is
    a wrapped one, not a page flattened onto one line, and the paragraph step joins it.

    >>> _wraps_on("开展宣\n讲78场。", 3), _wraps_on("开展宣讲。\n全年", 5), _wraps_on("开展宣讲", 4)
    (True, False, False)
    """
    if hi >= len(text) or _ENDS_PARAGRAPH.search(text[max(0, hi - 4) : hi]):
        return False
    nxt = text[hi + 1 : hi + 2]
    return bool(nxt) and not nxt.isspace()


def _long_lines(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the lines of ``text`` of :data:`MIN_BLANK_FLAT_LINE` characters at least (one split: a
    regular expression scanning for them costs five times more)."""
    pos = 0
    for line in text.split("\n"):
        if len(line) >= MIN_BLANK_FLAT_LINE:
            yield pos, pos + len(line)
        pos += len(line) + 1


def break_blank_flattened(text: str) -> list[Edit]:
    r"""Edits putting a line break where a page flattened onto one line kept only a single blank between
    its paragraphs (``…如下： 一、加强组织建设 学校现有…``; no ``　　`` indent left, which
    :func:`break_indent_runs` reads): in a line of :data:`MIN_BLANK_FLAT_LINE` characters at least with
    :data:`MIN_BLANK_HEADINGS` Chinese heading markers after a blank at least (and not wrapped on into the next
    line: :func:`_wraps_on`), each blank after a sentence
    end, before a heading marker or after a short heading of its own (opened by a marker or closed by a
    part's word, 镇总工会2023年工作思路; no blank inside it, a sentence
    following it: :data:`_SENTENCE_AHEAD`; a PDF copy's wrap blanks, ``三、存在问题和 2024年打算 工会服务…劳 动者…``,
    keep such a heading on its line); and in the page's head (before the
    first sentence's end) the blanks between its title, meta line and first sentence
    (:func:`_head_blank_breaks`).  The tail after the last sentence stays one line for the furniture
    rows (``（校工会 供稿） 【打印】 Copyright …``).

    >>> t = "某校工会2024年工作总结 发布时间：2025-01-09 浏览次数：1562 2024年，校工会各项工作稳步推进。现总结如下： 一、加强组织建设 " + "会员2968人，" * 30 + "入会137人。 二、推进民主治校 召开教代会。 三、关心教职工生活 慰问214人次。"
    >>> from reportmine.textedit import TrackedText
    >>> [line[:8] for line in TrackedText(t).run([break_blank_flattened]).text.split("\n")]
    ['某校工会2024', '发布时间：202', '浏览次数：156', '2024年，校工', '一、加强组织建设', '会员2968人，', '二、推进民主治校', '召开教代会。', '三、关心教职工生', '慰问214人次。']
    >>> break_blank_flattened("职工之家 12个 职工书屋 5个")
    []
    """
    if " " not in text:
        return []
    edits: list[Edit] = []
    for lo, hi in _long_lines(text):
        if "\u3000\u3000" in text[lo:hi] or _wraps_on(text, hi) or len(_BLANK_HEADING.findall(text, lo, hi)) < MIN_BLANK_HEADINGS:
            continue
        seg_start = lo
        breaks = []
        for m in _BLANK.finditer(text, lo, hi):
            tail = text[max(seg_start, m.start() - 8) : m.start()]
            after = text[m.end() : min(hi, m.end() + 8)]
            heading = (m.start() - seg_start <= MAX_HEADING and (_OPENS_HEADING.match(text, seg_start) is not None or _PART_TITLE_END.search(text, seg_start, m.start()) is not None)
                       and _IN_HEADING.fullmatch(text, seg_start, m.start()) is not None and _SENTENCE_AHEAD.match(text, m.end()))
            if _ENDS_PARAGRAPH.search(tail) or _OPENS_HEADING.match(after) or heading:
                breaks.append(m)
                seg_start = m.end()
        if len(breaks) < MIN_INDENT_BREAKS or _wrap_blanks(text, breaks) > MAX_WRAP_BLANKS:
            continue
        first = next((m for m in breaks if _ENDS_PARAGRAPH.search(text, max(lo, m.start() - 8), m.start())), breaks[0])  # the first sentence's end
        at = {m.start() for m in breaks}
        head = [m for m in _head_blank_breaks(text, lo, first.start()) if m.start() not in at]
        edits.extend(Edit(m.start(), m.end(), "\n", "paragraph break: a page flattened onto one line kept a single blank between its lines") for m in sorted(head + breaks, key=lambda m: m.start()))
    return edits


#: A paragraph's indent: two ideographic spaces or four blanks and more opening a line.
_INDENT = re.compile(r"(?:\u3000{2,}| {4,}|\t)")
#: A page's paragraphs open with an indent when this many lines do at least.
MIN_INDENTED_LINES = 3


def join_unindented_wraps(text: str) -> list[Edit]:
    r"""Edits re-joining a line of a hard-wrapped page whose paragraphs open with an indent to the
    unindented line after it: the line fills the wrap width exactly (its sentence happened to end
    at the wrap, …返还比例为60%。 / 年内追缴…), so the page's break there is a wrap, not a paragraph
    end (the page's paragraphs start with the indent, and this line has none).  Not before a heading
    or a blank line, nor after a line that does not fill the wrap.

    >>> para = "　　全县应拨缴工会经费的单位共1286个，拨缴面达到96.8%。全年共收缴工会经费3268.47万元，返还比例为60%。年内追缴欠缴经费86.5万元。"
    >>> wrap = lambda p: [p[i : i + 20] for i in range(0, len(p), 20)]
    >>> t = "\n".join(wrap(para) + ["　　二、经费审查审计情况"] + wrap("　　全年共审计基层工会58个，审计资金总额5826.39万元；对12名离任基层工会主席开展经济责任审计。"))
    >>> [t[e.start - 4 : e.end + 2] for e in join_unindented_wraps(t)]
    ['60%。\n年内']
    """
    if "\u3000\u3000" not in text and "    " not in text and "\t" not in text:
        return []
    starts = _line_starts(text)
    lines = [text[s : (starts[i + 1] - 1 if i + 1 < len(starts) else len(text))] for i, s in enumerate(starts)]
    if sum(1 for line in lines if _INDENT.match(line) and line.strip()) < MIN_INDENTED_LINES:
        return []
    wrap = exact_wrap([line.rstrip() for line in lines if line.strip()])
    if wrap is None:
        return []
    edits = []
    for k in range(len(lines) - 1):
        line, nxt = lines[k].rstrip(), lines[k + 1]
        if not line.strip() or not _ENDS_PARAGRAPH.search(line) or not nxt.strip() or nxt[:1].isspace():
            continue  # (a line not ending a sentence is the wrap joiner's; an indented next line opens a paragraph)
        if len(line) < wrap - 1 or _OPENS_HEADING.match(nxt):
            continue
        e = starts[k] + len(line)
        edits.append(Edit(e, starts[k + 1], "", "hard-wrapped line re-joined: it fills the wrap width and the next line has no paragraph indent"))
    return edits


#: The label of a contents list at the head of a bulletin or a printed report (本期要目, 目　录).
_CONTENTS_LABEL = re.compile(r"^[ \t\u3000]*(?:本期要目|本期目录|要\s*目|目\s*录|目\s*次)[ \t\u3000]*$", re.M)
#: A line drawn across the page between the list and the text (─────, ━━━, ====).
_RULE_LINE = re.compile(r"[─━—―=＝_＿\-]{5,}")
#: At most this many entries are read under a contents label, and this many labels on a page.
MAX_CONTENTS_ENTRIES = 60
MAX_CONTENTS_LABELS = 3


def strip_contents_lists(text: str) -> list[Edit]:
    r"""Edits that remove a contents list: its label (本期要目, 目录) and the entries under it, each a
    line the page prints again further down as a heading (a bulletin's 本期要目 over its items,
    a report's 目录 without page numbers).  The list ends at the first line not printed again; two
    entries at least, or nothing goes (a 目录 over text of its own stays).

    >>> t = "本期要目\n1.市总工会启动助学活动\n2.区总工会举办入会活动\n\n1.市总工会启动助学活动\n资助436名。\n2.区总工会举办入会活动\n吸纳356人。"
    >>> from reportmine.textedit import TrackedText
    >>> TrackedText(t).run([strip_contents_lists]).text.split("\n")[:2]
    ['', '1.市总工会启动助学活动']
    """
    if "目" not in text:
        return []
    edits: list[Edit] = []
    n = len(text)
    for k, m in enumerate(_CONTENTS_LABEL.finditer(text)):
        if k == MAX_CONTENTS_LABELS:  # a page holds one contents list or two: a search per entry stays bounded
            break
        entries: list[tuple[int, int]] = []
        pos = m.end() + 1
        while pos < n and len(entries) < MAX_CONTENTS_ENTRIES:
            e = text.find("\n", pos)
            e = n if e < 0 else e
            line = text[pos:e].strip()
            if line and not _RULE_LINE.fullmatch(line):
                again = re.compile(r"^[ \t\u3000]*" + re.escape(line) + r"[ \t\u3000]*$", re.M)
                if again.search(text, e) is None:
                    break
                entries.append((pos, min(e + 1, n)))
            pos = e + 1
        if len(entries) >= 2:
            edits.append(Edit(m.start(), min(m.end() + 1, n), "", "layout: a contents list's label (本期要目, 目录)"))
            edits.extend(Edit(a, b, "", "layout: a contents list's entry, printed again below as a heading") for a, b in entries)
    return edits


#: A letter-spaced stretch holds this many letter-spaced lines at least (blank lines between them do not
#: break it) and this many characters in them: a lone spaced title (工 作 总 结) is the spacing step's.
MIN_LETTER_SPACED_LINES = 3
MIN_LETTER_SPACED_CHARS = 30
#: A line is letter-spaced only if it holds this many characters (its blanks not counted).
MIN_LETTER_SPACED_LINE = 3
#: … and at most this share of its characters stand next to another without a blank (a PDF's
#: kerning may join a pair now and then; a normal line's words join every character).
MAX_JOINED_SHARE = 0.05
_CJK = re.compile(r"[\u3400-\u9fff]")
_JOINED = re.compile(r"[^ \r\n][^ \r\n]")
#: The blanks between two characters of a line (one: the spacing; more: a real blank spaced too).
_BLANK_RUN = re.compile(r"(?<=[^ \r\n]) +(?=[^ \r\n])")


def letter_spaced_line(line: str) -> bool:
    """Whether ``line`` is letter-spaced: an ASCII blank after every character (a PDF copy with
    character spacing), its characters Chinese among others.  A real blank shows as two blanks or
    three (``5 2 2 3   1 0 2 6``: blank, the real one, blank).

    >>> letter_spaced_line("新 增 会 员 1 2 8 6 人 ， 占 比 5 7 . 9 % 。")
    True
    >>> letter_spaced_line("会 员  总 数 达 3 . 5 2 万 人")
    True
    >>> letter_spaced_line("新增会员14 862人，新建 318 家")
    False
    >>> letter_spaced_line("1 2 3 4 5 6")
    False
    """
    return _spaced(line) and _CJK.search(line) is not None


def _spaced(line: str) -> bool:
    s = line.strip(" \r")
    blanks = s.count(" ")
    chars = len(s) - blanks
    if chars < MIN_LETTER_SPACED_LINE or blanks < (1 - MAX_JOINED_SHARE) * (chars - 1):
        return False  # (most lines of a page: two counts)
    return len(_JOINED.findall(s)) <= MAX_JOINED_SHARE * chars


def undo_letter_spacing(text: str) -> list[Edit]:
    r"""Edits deleting the blank after every character of a letter-spaced stretch (a PDF copied with
    character spacing: ``1 2 8 6 人`` would read as 6人, every figure losing all but its last digit).

    A stretch is :data:`MIN_LETTER_SPACED_LINES` letter-spaced lines or more (:func:`letter_spaced_line`;
    blank lines between them belong to it) holding :data:`MIN_LETTER_SPACED_CHARS` characters; a
    single blank between two characters goes, a longer run (a real blank, spaced) becomes one
    (a phone number's ``0736-5223 1026``).  A normal page whose figures hold a blank
    (14 862人, 新建 318 家) has no such line.  A page with few ASCII blanks pays one count.

    >>> t = "全 年 新 建 工 会 3 7 家 。\n\n新 增 会 员 1 2 8 6 人 。\n\n热 线 0 7 3 6 - 5 2 2 3   1 0 2 6 畅 通 。"
    >>> from reportmine.textedit import TrackedText
    >>> print(TrackedText(t).run([undo_letter_spacing]).text)
    全年新建工会37家。
    <BLANKLINE>
    新增会员1286人。
    <BLANKLINE>
    热线0736-5223 1026畅通。
    >>> undo_letter_spacing("新增会员14 862人，新建 318 家，\n热线0736-5223 1026。")
    []
    """
    if text.count(" ") < MIN_LETTER_SPACED_LINES * MIN_LETTER_SPACED_LINE:
        return []
    edits: list[Edit] = []
    run: list[tuple[int, str]] = []

    def close() -> None:
        chars = sum(len(s) - s.count(" ") for _, s in run)
        if len(run) >= MIN_LETTER_SPACED_LINES and chars >= MIN_LETTER_SPACED_CHARS:
            note = f"letter spacing removed: a blank after every character ({len(run)} letter-spaced lines)"
            for start, s in run:
                edits.extend(Edit(start + m.start(), start + m.end() - (m.end() - m.start() > 1), "", note)
                             for m in _BLANK_RUN.finditer(s))
        run.clear()

    pos = 0
    for line in text.split("\n"):
        if _spaced(line) and (run or _CJK.search(line)):  # (a spaced page footer — 1 — goes on a stretch)
            run.append((pos, line))
        elif line.strip():
            close()
        pos += len(line) + 1
    close()
    return edits


def undo_page_layout(text: str) -> list[Edit]:
    """The edits of :func:`strip_quote_prefixes`, :func:`strip_line_numbers`, :func:`break_indent_runs`,
    :func:`break_blank_flattened`, :func:`join_unindented_wraps` and :func:`strip_contents_lists`, all read off ``text`` as it stands
    (they touch different places: a line's start, an indent run inside a line, a line's end, a page's
    contents list; where two would meet, the first kept).
    """
    found: list[Edit] = []
    for step in (strip_quote_prefixes, strip_line_numbers, break_indent_runs, break_blank_flattened, join_unindented_wraps, strip_contents_lists):
        found.extend(step(text))
    return drop_overlaps(found)
