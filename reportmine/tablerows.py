"""Tables whose header row names each column and whose cells are bare numbers.

A table pasted from Excel (tab-separated), aligned by spaces, or copied from a PDF one cell per
line has a header row (单位 / 会员数 / 入会率（%） / 慰问金额（万元）) and rows of a label and
numbers (机关分工会 412 99.3% 12.36): the unit of a cell is in its column's header, not after the
number.  :func:`table_cells` finds such tables and returns one :class:`Cell` per numeric cell,
with its column's label, the unit the header gives and the row's label; the figure stage makes
each a figure and the typing stage types it by its column (``reportmine/figures.py``,
``reportmine/extraction.py``).

Only where the table is evident: a header of at least 3 cells starting a line, then at least 2
rows, each a label and exactly one number per remaining column.  A bare number in prose, a list
of years, phone numbers or a schedule (8:30, 3月5日) is never a cell.

This module reads text only (no figures): what a column's unit word means is read by the caller.

>>> t = "单位\\t会员数\\t入会率\\n机关\\t412\\t99.3%\\n后勤\\t344\\t97.4%\\n"
>>> [(c.mention, c.column, c.unit_word, c.row) for c in table_cells(t)]
[('412', '会员数', '人', '机关'), ('99.3%', '入会率', '%', '机关'), ('344', '会员数', '人', '后勤'), ('97.4%', '入会率', '%', '后勤')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .tables import read_table

__all__ = ["Cell", "table_cells"]


class Cell(NamedTuple):
    """A numeric cell: ``text[start:end]`` is its mention (412, 99.3%, 12.36)."""

    start: int
    end: int
    mention: str
    column: str  # the header cell without its bracket: 慰问金额
    unit_word: str  # the unit to read the number with: 万元 (written in the header), 人 (from 会员数), %, or ""
    written: bool  # the unit word is written (in the header's bracket or the cell: 万元, %): the raw_unit
    row: str  # the row's label: 机关分工会
    before: str  # the label of the column this one continues (新增 after 会员), else ""


#: at most this many columns (a longer run of short words is prose or a menu, not a header)
MAX_COLUMNS = 10
#: a header or label cell: no digit, no white space, no sentence punctuation; at most 12 characters
_CELL = r"[^\s\d，。；：、！？,;:!?]{1,12}"
#: header cells whose space was lost after their brackets (晋升人数（人）占参评人数比例（%）: a
#: Word table's cells joined by one space, the space after ） then dropped by normalising): one
#: token that :func:`_header` splits; each cell a name and its bracket
_GLUED = rf"(?:[^\s\d，。；：、！？,;:!?（）()]{{1,12}}[（(][^\s\d（）()]{{1,6}}[）)]){{2,{MAX_COLUMNS}}}"
#: a header (at least 3 cells) then a row label, then a digit: where a table may start (line start)
#: (at most 2 * MAX_COLUMNS header cells and brackets and the label: a page of short lines is not
#: read on from every line to its end); a glued token stands for two cells or more, after the
#: first cell (the column of row names: 单位, 等级), which is plain, so a line of prose fails at
#: its first cell as before (a glued branch tried at every line start cost twice the scan)
_START = re.compile(rf"(?m)^[ \t\u3000]*{_CELL}\s+(?:(?:{_CELL}\s+){{3,{2 * MAX_COLUMNS}}}"
                    rf"|(?:{_CELL}\s+){{0,{MAX_COLUMNS}}}{_GLUED}\s+(?:{_CELL}\s+){{1,{MAX_COLUMNS}}})[+-]?\d")
_TOKEN = re.compile(r"\S+")
_NUMBER = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[+-]?\d+(?:\.\d+)?%?")
_LABEL = re.compile(_CELL)
_HEAD_LABEL = re.compile(rf"{_GLUED}|{_CELL}")
_BRACKET = re.compile(r"[（(]([^（）()]{1,6})[）)]")
_SLASH = re.compile(r"[/／]([^/／\s]{1,3})$")
_AFTER_BRACKET = re.compile(r"(?<=[）)])(?=[^（）()])")
_EMPTY = re.compile(r"[—–\-－/／]{1,2}")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _columns() -> tuple[tuple[str, str, str], ...]:
    """Rows of ``data/table_columns.tsv``: (word, role, unit_word), longest word first."""
    rows = ((r["word"], r["role"], r["unit_word"]) for r in read_table("table_columns.tsv"))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _tokens(text: str, pos: int):
    """The cells from ``pos`` on: runs of non-space, a number glued to the label after it split off
    (12.36文理学院: a PDF or paste lost the line break), (start, end) pairs.

    >>> t = "单位 412\\t12.36文理 5"
    >>> [t[a:b] for a, b in _tokens(t, 0)]
    ['单位', '412', '12.36', '文理', '5']
    """
    for m in _TOKEN.finditer(text, pos):
        a, b = m.span()
        n = _NUMBER.match(text, a, b)
        if n is not None and n.end() < b and _HAN.match(text, n.end()):
            yield a, n.end()
            yield n.end(), b
        else:
            yield a, b


def _is_number(text: str, a: int, b: int) -> bool:
    return _NUMBER.fullmatch(text, a, b) is not None


def _is_value(text: str, a: int, b: int) -> bool:
    """A row's cell after its label: a number, or a dash standing for no figure (— / - / /)."""
    return _NUMBER.fullmatch(text, a, b) is not None or _EMPTY.fullmatch(text, a, b) is not None


def _header(text: str, cells: list[tuple[int, int]]) -> list[str]:
    """The header cells, a bracket on its own (会员 / （人）: a wrapped header cell) joined to
    the cell before it, two cells the space between which was lost split after the bracket
    (建会率（%）经费（万元）).

    >>> t = "单位 会员\\n（人） 建会率（%）经费（万元）"
    >>> _header(t, [m.span() for m in _TOKEN.finditer(t)])
    ['单位', '会员（人）', '建会率（%）', '经费（万元）']
    """
    out: list[str] = []
    for a, b in cells:
        for s in _AFTER_BRACKET.split(text[a:b]):
            if out and _BRACKET.fullmatch(s):
                out[-1] += s
            elif s:
                out.append(s)
    return out


def _column(header: str, before: str, shared: str = "") -> tuple[str, str, bool, str]:
    """(label, unit word, written, label continued) of a header cell; the unit is the header's
    bracket or slash (入会率/%), else ``shared`` (the caption's 单位：万元), else the header word's.

    >>> _column("慰问金额（万元）", ""), _column("会员数", ""), _column("新增（人）", "会员"), _column("备注", "")
    (('慰问金额', '万元', True, ''), ('会员数', '人', False, ''), ('新增', '人', True, '会员'), ('备注', '', False, ''))
    >>> _column("经费/万元", ""), _column("本年", "", "万元")
    (('经费', '万元', True, ''), ('本年', '万元', True, ''))
    """
    m = _BRACKET.search(header) or _SLASH.search(header)
    label = _SLASH.sub("", _BRACKET.sub("", header))
    unit, written, cont = (m.group(1), True, "") if m else (shared, bool(shared), "")
    for word, role, unit_word in _columns():
        if role in ("unit", "change") and label.endswith(word):
            if role == "change":
                cont = before
            elif not unit:
                unit = unit_word
            break
    return label, unit, written, cont


def _table_at(text: str, pos: int) -> tuple[list[Cell], int]:
    """The cells of the table whose header starts at ``pos`` and where it ends; ``([], pos)`` when
    no table is evident there.  A first column 序号 (data/table_columns.tsv role ``serial``) numbers
    the rows: each row is then its number, its label and the figures.

    >>> t = "序号 单位 会员数 入会率\\n1 机关 412 99.3%\\n2 后勤 344 97.4%\\n"
    >>> [(c.mention, c.row) for c in _table_at(t, 0)[0]]
    [('412', '机关'), ('99.3%', '机关'), ('344', '后勤'), ('97.4%', '后勤')]
    """
    toks = _tokens(text, pos)
    head: list[tuple[int, int]] = []
    first = None
    for a, b in toks:
        if _is_number(text, a, b):
            first = (a, b)
            break
        if not _HEAD_LABEL.fullmatch(text, a, b) or len(head) > 2 * MAX_COLUMNS:
            return [], pos
        head.append((a, b))
    if first is None or len(head) < 2:
        return [], pos
    serial = text[head[0][0]:head[0][1]] in _serial_words()
    lead = 2 if serial else 1  # the cells before the figures: (number,) label
    # a 单位 column right after the label (指标 单位 完成数): each row's cell there is the unit of
    # its figures; without a serial the row's label and unit cell end the tokens read so far
    unit_col = len(head) >= lead + (2 if serial else 4) and text[head[lead][0]:head[lead][1]] in _unit_column_words()
    if serial:
        row = [first]
    elif unit_col:
        row = [head[-2], head[-1], first]
        del head[-2:]
    else:
        row = [head.pop(), first]
    names = _header(text, head)
    width = len(names)
    if not 2 + lead <= width <= MAX_COLUMNS or not all(_HAN.search(h) for h in names):
        return [], pos
    if unit_col:
        lead += 1  # the cells before the figures: (number,) label, unit
    columns, before = [], ""
    shared = _caption_unit(text, pos)
    for h in names[lead:]:
        col = _column(h, before, shared)
        columns.append(col)
        before = col[0]
    rows: list[list[tuple[int, int]]] = []
    end = pos
    for a, b in toks:
        if len(row) == width:
            rows.append(row)
            end = row[-1][1]
            row = []
        k = len(row)
        if serial and k == 0:
            ok = _is_number(text, a, b) and "." not in text[a:b]
        elif k == lead - 1 - unit_col:
            ok = not _is_value(text, a, b) and _LABEL.fullmatch(text, a, b) is not None
        elif unit_col and k == lead - 1:
            ok = _UNIT_CELL.fullmatch(text, a, b) is not None
        else:
            ok = _is_value(text, a, b)
        if not ok:
            break
        row.append((a, b))
    if len(row) == width:
        rows.append(row)
        end = row[-1][1]
    if len(rows) < 2:
        return [], pos
    cells = []
    for r in rows:
        name = text[r[lead - 1 - unit_col][0]:r[lead - 1 - unit_col][1]]
        for (a, b), (col, unit, written, cont) in zip(r[lead:], columns):
            mention = text[a:b]
            if not _is_number(text, a, b):
                continue  # — : no figure in this cell
            if unit_col and not written:
                # the row's unit cell (家, 万元) is written: the raw_unit; the column (完成数,
                # 目标数) names which figure of the row, the row's label what is counted
                # (read as 新吸纳会员2316人: the label stands where a continued column's name does)
                col, unit, written, cont = "", text[r[lead - 1][0]:r[lead - 1][1]], True, name
            if mention.endswith("%"):
                unit, written = "%", True
            if unit:
                cells.append(Cell(a, b, mention, col, unit, written, name, cont))
    return cells, end


#: a caption's statement of the unit of every column: 单位：万元, （单位：人）
_CAPTION_UNIT = re.compile(r"单位[：:]\s*([^\s，。；、,;（）()]{1,3})[）)]?\s*$")


def _caption_unit(text: str, pos: int) -> str:
    """The unit the line before a header states for every column (表2 经费使用情况（单位：万元）),
    or ``""``; one unit only (单位：人、万元 names two: none).

    >>> t = "表2 经费情况（单位：万元）\\n单位 上年 本年 增减\\n"
    >>> _caption_unit(t, t.index("单位 上年")), _caption_unit("单位：人、万元\\n", 8)
    ('万元', '')
    """
    lo = text.rfind("\n", 0, max(pos - 1, 0)) + 1
    m = _CAPTION_UNIT.search(text, lo, pos)
    return m.group(1) if m else ""


#: a row's cell in a 单位 column: a unit word (家, 万元, 人次, %), no digit, at most 4 characters
_UNIT_CELL = re.compile(r"[^\s\d，。；：、！？,;:!?]{1,4}")


@lru_cache(maxsize=1)
def _unit_column_words() -> frozenset[str]:
    """Header words of a column whose cells are the units of their row's figures (单位, 计量单位)."""
    return frozenset(w for w, role, _ in _columns() if role == "unit_column")


@lru_cache(maxsize=1)
def _serial_words() -> frozenset[str]:
    """Header words of a first column that numbers the rows (序号)."""
    return frozenset(w for w, role, _ in _columns() if role == "serial")


#: a numbered row of a table whose header is lost (a page dropped it, or it never had one):
#: serial, label, unit cell, one to four figures (1 新建工会组织 家 41)
_SERIAL_ROW = re.compile(r"(?m)^[ \t]*(\d{1,2})[ \t]+([^\s\d，。；：、！？,;:!?]{2,16})[ \t]+"
                         r"([^\s\d，。；：、！？,;:!?]{1,4})((?:[ \t]+[+-]?\d+(?:\.\d+)?%?){1,4})[ \t]*$")


def _serial_rows(text: str) -> list[Cell]:
    """The cells of runs of numbered rows with a unit cell and no header (附件 rows of indicators
    whose header line is gone): at least two lines in a row, numbered 1, 2, 3 …; each figure
    read with its row's unit, the row's label saying what is counted.

    >>> t = "附件：主要指标\\n1 新建工会组织 家 41\\n2 新吸纳会员 人 2316\\n正文3 月 5"
    >>> [(c.mention, c.unit_word, c.row) for c in _serial_rows(t)]
    [('41', '家', '新建工会组织'), ('2316', '人', '新吸纳会员')]
    >>> _serial_rows("1 新建工会组织 家 41\\n3 新吸纳会员 人 2316\\n")
    []
    """
    out: list[Cell] = []
    run: list[re.Match] = []
    for m in [*_SERIAL_ROW.finditer(text), None]:
        if m is not None and run and int(m.group(1)) == int(run[-1].group(1)) + 1 \
                and text.count("\n", run[-1].end(), m.start()) == 1:
            run.append(m)
            continue
        if len(run) >= 2:
            for r in run:
                label, unit = r.group(2), r.group(3)
                for n in _NUMBER.finditer(text, r.start(4), r.end(4)):
                    out.append(Cell(n.start(), n.end(), n.group(), "", "%" if n.group().endswith("%") else unit,
                                    True, label, label))
        run = [m] if m is not None else []
    return out


def table_cells(text: str) -> list[Cell]:
    """The numeric cells of every evident header table of ``text``, in text order.

    >>> t = "表1\\n单位\\n会员\\n（人）\\n新增\\n（人）\\n入会率\\n（%）\\n城关镇\\n5286\\n612\\n94.8\\n河口镇\\n3147\\n356\\n91.2数据来源：略"
    >>> [(c.mention, c.unit_word, c.before) for c in table_cells(t)][:3]
    [('5286', '人', ''), ('612', '人', '会员'), ('94.8', '%', '')]
    >>> len(table_cells(t))
    6
    >>> table_cells("年份 2021 2022 2023\\n电话 0571 88123456\\n")
    []
    """
    out: list[Cell] = []
    pos = 0
    while True:
        m = _START.search(text, pos)
        if m is None:
            break
        cells, end = _table_at(text, m.start())
        out.extend(cells)
        pos = max(end, m.start() + 1)
    bare = _serial_rows(text)
    if bare:  # rows a header table has not read already
        taken = {c.start for c in out}
        out = sorted(out + [c for c in bare if c.start not in taken])
    return out
