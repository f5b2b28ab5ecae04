"""Reports held in data files: a scraped JSON API response (``.json``) or a CMS export (``.csv``).

A site's API answers ``{"code":0,"data":{"title":…,"content":"<p>…</p>",…}}``; a CMS exports its
articles as a CSV table ``id,title,author,pub_date,content``.  The report is one string of the file (a
JSON string, a CSV cell); the other fields (ids, dates, counts, URLs, authors) are no text of it.  This
module finds the report strings and their titles in the decoded text of such a file;
:func:`reportmine.decode.read` turns each string into text (HTML markup read as a page's) and hands
the articles on.

A string is report-like when it holds ``MIN_REPORT_HANZI`` hanzi and ``MIN_REPORT_SENTENCES`` sentence
ends (as an article in a page's script state must, :mod:`reportmine.decode`).  A file with no such
string is a data table (or an API answer without an article) and is refused with
:class:`~reportmine.errors.UnsupportedFormat`; a file that is no well-formed JSON/CSV with
:class:`~reportmine.errors.DecodeError`.

>>> body = "<p>" + "全年发展会员812名，慰问困难职工41户。" * 12 + "</p>"
>>> api = '{"code":0,"data":{"id":7,"title":"\\\\u5de5\\\\u4f1a\\\\u603b\\\\u7ed3","content":"%s"}}' % body
>>> [(a.title, a.body[:12]) for a in json_articles(api, "api.json")]
[('工会总结', '<p>全年发展会员812')]
>>> csv_text = 'id,标题,正文\\r\\n1,工会总结,"' + '发放""慰问金""9万元。' * 40 + '"\\r\\n'
>>> [(a.title, a.body[:12]) for a in csv_articles(csv_text, "export.csv")]
[('工会总结', '发放"慰问金"9万元。发')]
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from .decode import MIN_SCRIPT_HANZI, MIN_VISIBLE_SENTENCES  # decode.py reads data files through this module, lazily
from .errors import DecodeError, UnsupportedFormat
from .tables import read_table

__all__ = ["DataArticle", "json_articles", "csv_articles", "is_report_like", "MIN_REPORT_HANZI", "MIN_REPORT_SENTENCES"]

#: The hanzi and the sentence ends (。！？) a string must hold to be read as a report: the thresholds an
#: article held in a page's script is read by (decode.py), one definition for both.
MIN_REPORT_HANZI, MIN_REPORT_SENTENCES = MIN_SCRIPT_HANZI, MIN_VISIBLE_SENTENCES
#: A title longer than this is no title (a summary or a body).
MAX_TITLE = 120

_HANZI_RE = re.compile("[\u4e00-\u9fff]")
_SENTENCE_END_RE = re.compile("[。！？]")
_BLANKS_RE = re.compile(r"\s+")
_HEADER_NOISE_RE = re.compile(r"[\s*＊]|[（(][^()（）]*[)）]$")
_NOT_REPORT_HINT = ("reportmine reads reports: a .json/.csv is read when one of its strings (a content/正文 field) "
                    "holds a report's text. A data table of figures is no report: export the report itself "
                    "as .txt, .docx or .html.")


@dataclass(frozen=True)
class DataArticle:
    """One report found in a data file: its ``title`` ("" when the file names none) and its ``body``
    string as the file holds it (HTML markup or plain text), ``where`` it was (a JSON key path such as
    ``data.content``, or ``row 2, column content``)."""

    title: str
    body: str
    where: str


def is_report_like(text: str) -> bool:
    """True when ``text`` holds enough hanzi and sentence ends to be a report (or an HTML one).

    >>> is_report_like("全年发展会员812名。" * 30), is_report_like("临川市总工会"), is_report_like("工会" * 200)
    (True, False, False)
    """
    if len(text) < MIN_REPORT_HANZI:
        return False
    return len(_HANZI_RE.findall(text)) >= MIN_REPORT_HANZI and len(_SENTENCE_END_RE.findall(text)) >= MIN_REPORT_SENTENCES


def _hanzi(text: str) -> int:
    return len(_HANZI_RE.findall(text))


@lru_cache(maxsize=1)
def _columns() -> dict[str, str]:
    """Header name (folded) -> role (``body`` / ``title``), from ``data/decode_data_columns.tsv``."""
    return {_fold(row["name"]): row["role"].strip() for row in read_table("decode_data_columns.tsv")}


@lru_cache(maxsize=1)
def _title_keys() -> tuple[str, ...]:
    """JSON keys naming a title, nearest first: ``data/decode_script_state.tsv`` then the title names of
    ``data/decode_data_columns.tsv`` (folded)."""
    keys = [_fold(row["key"]) for row in read_table("decode_script_state.tsv")]
    keys += [name for name, role in _columns().items() if role == "title" and name not in keys]
    return tuple(keys)


def _fold(name: str) -> str:
    """A header cell or key as the tables name it: case, blanks, ``*`` and a trailing remark dropped.

    >>> _fold(" Content "), _fold("正文（必填）"), _fold("Title*"), _fold("post_content")
    ('content', '正文', 'title', 'post_content')
    """
    return _HEADER_NOISE_RE.sub("", name).lower()


def _clean_title(value: object) -> str:
    if not isinstance(value, str):
        return ""
    title = _BLANKS_RE.sub(" ", value).strip()
    return title if _HANZI_RE.search(title) and len(title) <= MAX_TITLE and "<" not in title else ""


# --------------------------------------------------------------------------- JSON


def _json_load(text: str, name: str) -> object:
    """The JSON value of ``text``; JSON Lines (one value a line) as a list of them."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":
            try:
                return [json.loads(line) for line in text.splitlines() if line.strip()]
            except json.JSONDecodeError:
                pass
        raise DecodeError(f"cannot read as JSON: {e.msg} at line {e.lineno} column {e.colno}", path=name,
                          hint="The file is cut or is no JSON: download it again, or save the report as text.") from None


def _strings(value: object, path: tuple[str, ...], holders: tuple[dict, ...], out: list, depth: int = 0) -> None:
    """Every string of a JSON value, as (path with ``*`` for list items, string, enclosing objects
    innermost last); a list of strings is one string, its items one line each (an article held as a
    list of paragraphs); a string that is JSON itself (a doubly encoded answer) is walked into."""
    if depth > 64:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            _strings(item, (*path, str(key)), (*holders, value), out, depth + 1)
    elif isinstance(value, list):
        if value and all(isinstance(item, str) for item in value):  # paragraphs: {"content": ["…", "…"]}
            out.append(((*path, "*"), "\n".join(value), holders))
            return
        for item in value:
            _strings(item, (*path, "*"), holders, out, depth + 1)
    elif isinstance(value, str):
        s = value.lstrip()
        if s[:1] in "{[" and len(s) > 1 and _hanzi(s) >= MIN_REPORT_HANZI:
            try:
                inner = json.loads(s)
            except ValueError:
                inner = None
            if isinstance(inner, (dict, list)):
                _strings(inner, path, holders, out, depth + 1)
                return
        out.append((path, value, holders))


def _json_title(holders: tuple[dict, ...]) -> str:
    """The title of a string: the first title key (``_title_keys`` order) holding hanzi in the object
    that holds the string, else in the objects around it, nearest first."""
    keys = _title_keys()
    for obj in reversed(holders):
        folded = {_fold(str(k)): v for k, v in obj.items() if isinstance(v, str)}
        for key in keys:
            if title := _clean_title(folded.get(key)):
                return title
    return ""


def _key_path(path: tuple[str, ...]) -> str:
    """A JSON key path as written in notes.

    >>> _key_path(("data", "list", "*", "content")), _key_path(("*", "content"))
    ('data.list[*].content', '[*].content')
    """
    return ".".join(path).replace(".*", "[*]").replace("*.", "[*].")


def json_articles(text: str, name: str = "<json>") -> list[DataArticle]:
    """The reports of a JSON document (an API answer, a saved article object, JSON Lines): the string
    holding the most hanzi, titled by the nearest title key; when that string is one item of a list
    (``data.list[*].content``), every report-like string at the same key path, in order.  A list of
    strings (``"content": ["…", "…"]``) is one string of paragraphs.

    Raises :class:`DecodeError` for text that is no JSON and :class:`UnsupportedFormat` when no string
    is report-like.

    >>> body = "<p>" + "新建基层工会214个。" * 30 + "</p>"
    >>> doc = json.dumps({"data": {"list": [{"title": "甲工会总结", "content": body}, {"title": "乙工会总结", "content": body}]}})
    >>> [(a.title, a.where) for a in json_articles(doc)]
    [('甲工会总结', 'data.list[*].content'), ('乙工会总结', 'data.list[*].content')]
    >>> json_articles('{"rows": [{"单位": "临川市总工会", "会员": 2841}]}', "t.json")
    Traceback (most recent call last):
    ...
    reportmine.errors.UnsupportedFormat: t.json: cannot read as a report: no string of the JSON holds a report's text (its longest holds 6 hanzi). ...
    """
    found: list = []
    _strings(_json_load(text, name), (), (), found)
    best = max(found, key=lambda f: _hanzi(f[1]), default=None)
    if best is None or not is_report_like(best[1]):
        most = _hanzi(best[1]) if best else 0
        raise UnsupportedFormat(f"cannot read as a report: no string of the JSON holds a report's text "
                                f"(its longest holds {most} hanzi)", path=name, hint=_NOT_REPORT_HINT)
    chosen = [f for f in found if f[0] == best[0] and is_report_like(f[1])] if "*" in best[0] else [best]
    return [DataArticle(_json_title(holders), body, _key_path(path))
            for path, body, holders in chosen]


# --------------------------------------------------------------------------- CSV


def _delimiter(text: str) -> str:
    """The delimiter of a CSV text, from its first line: the most frequent of , TAB ; (comma on a tie).

    >>> _delimiter("id\\ttitle\\tcontent\\n"), _delimiter('id,title,"a;b"\\n')
    ('\\t', ',')
    """
    head = re.sub(r'"[^"\n]*"', "", text[: text.find("\n") if "\n" in text else 4096])
    return max(",\t;", key=head.count)


@lru_cache(maxsize=1)
def _allow_long_cells() -> None:
    """Let one CSV cell hold a long report (the csv module stops at 131,072 characters)."""
    if csv.field_size_limit() < 1 << 26:
        csv.field_size_limit(1 << 26)


def _csv_rows(text: str, name: str) -> list[list[str]]:
    _allow_long_cells()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    try:
        return [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as e:
        raise DecodeError(f"cannot read as CSV: {e} (row {reader.line_num})", path=name,
                          hint="A quoted cell is not closed or the file is cut: export it again "
                               "(RFC 4180: quotes doubled inside quoted cells).") from None


def _body_column(header: list[str], rows: list[list[str]]) -> int | None:
    """The column holding the reports: the first named a body column (``data/decode_data_columns.tsv``)
    with a report-like cell, else the column with the most hanzi when a cell of it is report-like."""
    roles = _columns()
    width = max(map(len, rows), default=0)

    def report_like(i: int) -> bool:
        return any(i < len(r) and is_report_like(r[i]) for r in rows)

    named = [i for i, h in enumerate(header) if roles.get(_fold(h)) == "body"]
    for i in named:
        if report_like(i):
            return i
    totals = [sum(_hanzi(r[i]) for r in rows if i < len(r)) for i in range(width)]
    best = max(range(width), key=totals.__getitem__, default=None)
    return best if best is not None and report_like(best) else None


def _one_column(rows: list[list[str]]) -> list[str] | None:
    """The cells of a CSV whose rows hold one cell each (a report saved from a spreadsheet, one
    paragraph a row), else None.

    >>> _one_column([["一、概况"], ["全年新建工会9个。", ""]]), _one_column([["a", "b"]])
    (['一、概况', '全年新建工会9个。'], None)
    """
    cells = [[c for c in row if c.strip()] for row in rows]
    return [c[0] for c in cells] if cells and all(len(c) == 1 for c in cells) else None


def csv_articles(text: str, name: str = "<csv>") -> list[DataArticle]:
    """The reports of a CSV export (RFC 4180: quoted cells with line breaks and doubled quotes; comma,
    tab or semicolon separated): one per row whose body cell is report-like, titled by the row's
    title cell (``data/decode_data_columns.tsv``).  A first row is a header unless a cell of it is a
    report itself.  A file of one cell a row is one report, a paragraph a row (its first line the
    title, as in a text file).

    Raises :class:`DecodeError` for a CSV that is not well formed and :class:`UnsupportedFormat` for a
    table without a report-like column (a data table).

    >>> rows = "单位,会员数,入会率\\n临川市总工会,2841,91.3%\\n"
    >>> csv_articles(rows, "t.csv")
    Traceback (most recent call last):
    ...
    reportmine.errors.UnsupportedFormat: t.csv: cannot read as a report: it is a data table (2 rows; columns 单位, 会员数, 入会率) and no cell of it holds a report's text. ...
    """
    rows = _csv_rows(text, name)
    if (lines := _one_column(rows)) is not None and is_report_like(joined := "\n".join(lines)):
        return [DataArticle("", joined, "column 1, one paragraph a row")]
    header = rows[0] if rows and not any(is_report_like(c) for c in rows[0]) else []
    data = rows[1:] if header else rows
    body = _body_column(header, data)
    if body is None:
        columns = ", ".join(c.strip()[:20] for c in (header or (rows[0] if rows else []))[:8])
        raise UnsupportedFormat(f"cannot read as a report: it is a data table ({len(rows)} rows; columns {columns}) "
                                "and no cell of it holds a report's text", path=name, hint=_NOT_REPORT_HINT)
    roles = _columns()
    titles = [i for i, h in enumerate(header) if roles.get(_fold(h)) == "title" and i != body]
    label = header[body].strip() if header else f"{body + 1}"
    out = []
    for n, row in enumerate(data, 2 if header else 1):
        if body < len(row) and is_report_like(row[body]):
            title = next((t for i in titles if i < len(row) and (t := _clean_title(row[i]))), "")
            out.append(DataArticle(title, row[body], f"row {n}, column {label}"))
    return out
