"""One reader for the TSV data tables shipped with reportmine.

Domain knowledge (cue words, unit tables, furniture patterns …) lives in
tab-separated files under ``reportmine/data/`` and ``reportmine/normalize/data/``.
They all share one format:

* blank lines and lines starting with ``#`` (after optional spaces) are ignored;
* the first remaining line is the header: the column names;
* every other line is a row; missing trailing cells read as ``""``, and a row
  with more cells than the header is an error naming ``file:line``.

Cells are returned as written (not stripped, no quoting rules: a ``"`` is an
ordinary character, which regular expressions need).  Each module keeps its
own post-processing (compiling, validating, caching with ``functools.lru_cache``).
"""

from __future__ import annotations

from importlib import resources

__all__ = ["TableRow", "read_table", "parse_table"]


class TableRow(dict[str, str]):
    """One row of a table: a dict from column name to cell, plus the file ``line`` it came from.

    >>> row = TableRow({"a": "1"}, line=7)
    >>> row["a"], row.line, row == {"a": "1"}
    ('1', 7, True)
    """

    line: int

    def __init__(self, cells: dict[str, str], line: int) -> None:
        super().__init__(cells)
        self.line = line


def parse_table(text: str, origin: str) -> list[TableRow]:
    """The rows of TSV ``text``; ``origin`` names it in error messages (``units.tsv``).

    >>> rows = parse_table("# units\\nraw\\tunit\\tnote\\n\\n人\\tperson\\n", "t.tsv")
    >>> rows, rows[0].line
    ([{'raw': '人', 'unit': 'person', 'note': ''}], 4)
    >>> parse_table("a\\tb\\n1\\t2\\t3\\n", "t.tsv")
    Traceback (most recent call last):
    ...
    ValueError: t.tsv:2: 3 cells but the header has 2 (a, b); remove the extra tab or add a column to the header
    """
    header: list[str] | None = None
    rows: list[TableRow] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        if len(cells) > len(header):
            raise ValueError(
                f"{origin}:{lineno}: {len(cells)} cells but the header has {len(header)} ({', '.join(header)}); "
                "remove the extra tab or add a column to the header"
            )
        cells += [""] * (len(header) - len(cells))
        rows.append(TableRow(dict(zip(header, cells)), lineno))
    return rows


def read_table(name: str, package: str = "reportmine") -> list[TableRow]:
    """The rows of the table ``data/NAME`` inside ``package`` (see :func:`parse_table`).

    ``package`` is the package whose ``data/`` directory holds the file:
    ``"reportmine"`` for ``reportmine/data/``, ``"reportmine.normalize"`` for
    ``reportmine/normalize/data/``.

    >>> read_table("units.tsv")[0]["unit"]
    'person_time'
    >>> read_table("punctuation.tsv", "reportmine.normalize")[0]["name"]
    'chinese_punct'
    """
    source = resources.files(package).joinpath("data", name)
    if not source.is_file():
        raise FileNotFoundError(f"no table {name!r} in {package}/data; the tables there are data/*.tsv files")
    return parse_table(source.read_text(encoding="utf-8"), name)
