"""Frames and files: records, articles, sections and changes as typed pandas tables and files.

Every frame has a fixed schema (:data:`RECORD_SCHEMA`, :data:`ARTICLE_SCHEMA`,
:data:`SECTION_SCHEMA`, :data:`CHANGE_SCHEMA`), the same on an empty input (a Dask ``meta``):

* counts and offsets are ``Int64``; ``year`` is ``Int64``;
* ``value`` and ``high`` are ``Float64`` in every frame: one column holds counts, money and
  rates (84.7), and a dtype chosen by the data would differ between runs and break ``concat``;
  CSV and Excel files write whole values without ``.0`` (``1342``, not ``1342.0``);
* ``metric``, ``unit``, ``part``, ``qualifier``, ``aspect``, ``org_level`` and ``report_type``
  are categoricals holding the FULL category set of the spec, so frames of two runs concat cleanly;
* text columns are pandas ``string``; every missing value is ``pd.NA`` (an empty string is missing:
  a record before the first heading has ``section`` NA);
* a record's flags are a list of strings (``[]`` when none) in the column ``record_flags``: a column
  called ``flags`` would be shadowed by ``DataFrame.flags``.  Files keep the spec's field name
  ``flags``: a list in JSON Lines, JSON and Parquet, ``;``-joined in CSV and Excel.

>>> import reportmine
>>> df = records_frame(reportmine.load("corpora/samples/001_96e591ef6d8e9382.txt"))
>>> row = df.iloc[0]
>>> row.metric, float(row.value), row.unit, row.mention, row.aspect
('unions', 68.0, 'org', '68家', 'new')
>>> str(df["year"].dtype), str(df["value"].dtype), str(df["metric"].dtype), str(records_frame([])["article"].dtype)
('Int64', 'Float64', 'category', 'Int64')

Files: :func:`write_records` picks the format from the extension (``.csv``, ``.jsonl``, ``.json``,
``.parquet``, ``.xlsx``); :class:`RecordWriter` streams rows into one as they come, and makes the file
appear only when it is complete (written to a temporary file beside it, renamed on ``close``).
CSV has a UTF-8 BOM (Excel reads it as UTF-8), and text cells starting with ``=``, ``+``, ``-``, ``@``
(or a tab or carriage return) are prefixed with ``'`` in CSV and Excel so a spreadsheet does not run
them as formulas; numeric columns stay numeric.  :func:`read_records` reads any of them back into
the typed frame.
"""

from __future__ import annotations

import csv
import datetime
import json
import math
import os
import pathlib
import re
import shutil
from typing import IO, Iterable, Union

from .model import METRICS, PART_ROLES, QUALIFIERS, UNITS, Article, Document, Record

__all__ = [
    "RECORD_COLUMNS", "RECORD_SCHEMA", "ARTICLE_SCHEMA", "SECTION_SCHEMA", "CHANGE_SCHEMA", "CATEGORIES",
    "records_frame", "articles_frame", "sections_frame", "changes_frame", "arrow_schema",
    "write_records", "read_records", "RecordWriter", "write_articles", "FORMATS",
]

FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".parquet": "parquet", ".json": "json", ".xlsx": "xlsx"}


def _categories() -> dict[str, tuple[str, ...]]:
    from .aspect import ASPECTS
    from .metadata import LEVELS, REPORT_TYPES

    return {"metric": METRICS, "unit": UNITS, "part": PART_ROLES, "qualifier": QUALIFIERS, "aspect": ASPECTS,
            "org_level": LEVELS, "report_type": REPORT_TYPES}


#: the full category set of every categorical column (spec: records.md, documents.md)
CATEGORIES = _categories()

# Column kinds: "str" (pandas string, "" is missing), "text" (pandas string, "" kept: a deletion's
# `after`), "int" (Int64; a negative offset is "unknown": missing), "count" (Int64), "float"
# (Float64), "bool" (boolean), "list" (list of str), or a key of CATEGORIES (categorical).
#: Columns of :func:`records_frame`, in order, with their kind.
RECORD_SCHEMA: dict[str, str] = {
    "doc_id": "str", "article": "count", "path": "str", "title": "str", "year": "count",
    "org_level": "org_level", "report_type": "report_type", "part": "part", "section": "str",
    "metric": "metric", "aspect": "aspect", "subject": "str", "value": "float", "high": "float",
    "unit": "unit", "raw_unit": "str", "qualifier": "qualifier", "period": "str", "mention": "str",
    "evidence": "str", "start": "int", "end": "int", "raw_start": "int", "raw_end": "int",
    "sentence_start": "int", "sentence_end": "int", "record_flags": "list", "why": "str",
    "duplicate_of": "str",
}
RECORD_COLUMNS = list(RECORD_SCHEMA)

#: Columns of :func:`articles_frame` (one row per article).
ARTICLE_SCHEMA: dict[str, str] = {
    "doc_id": "str", "article": "count", "path": "str", "title": "str", "year": "count",
    "org_level": "org_level", "report_type": "report_type", "encoding": "str", "format": "str",
    "chars": "count", "n_parts": "count", "n_sections": "count", "n_records": "count",
    "n_flagged": "count", "n_targets": "count", "n_changes": "count", "n_change_flags": "count",
    "parts": "list",
}

#: Columns of :func:`sections_frame` (one row per heading, document order).
SECTION_SCHEMA: dict[str, str] = {
    "doc_id": "str", "article": "count", "order": "count", "depth": "count", "marker": "str",
    "number": "count", "heading": "str", "section": "str", "part": "part", "start": "int", "end": "int",
    "heading_start": "int", "heading_end": "int", "chars": "count", "n_records": "count",
}

#: Columns of :func:`changes_frame` (one row per logged normalisation change).
CHANGE_SCHEMA: dict[str, str] = {
    "doc_id": "str", "article": "count", "step": "str", "raw_start": "int", "raw_end": "int",
    "before": "text", "after": "text", "note": "str", "flag": "bool",
}

Records = Union[Document, Article, Iterable[Union[Document, Article, Record, dict]]]
_FILE_NAMES = {"record_flags": "flags"}  # frame column -> spec field name in files


def _missing(v) -> bool:
    if v is None or type(v).__name__ == "NAType":
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    return isinstance(v, str) and v == ""


def _as_list(v) -> list[str]:
    if isinstance(v, (list, tuple)):
        return [str(x) for x in v]
    if hasattr(v, "tolist"):  # numpy / Arrow arrays read back from Parquet
        return [str(x) for x in v.tolist()]
    if _missing(v):
        return []
    return [x for x in str(v).split(";") if x]


def _strings(values: list, keep_empty: bool):
    """A pandas string array; None, NaN and NA are missing, and so is "" unless ``keep_empty``."""
    import pandas as pd

    arr = pd.array([v if isinstance(v, str) else (None if _missing(v) else str(v)) for v in values], dtype="string")
    if not keep_empty and len(arr):
        arr[arr == ""] = pd.NA
    return arr


def _column(values: list, kind: str):
    """One typed column (a pandas array) of ``values`` by kind."""
    import pandas as pd

    if kind in ("str", "text"):
        return _strings(values, keep_empty=kind == "text")
    if kind in ("int", "count", "float"):
        nums = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").astype("Float64")
        if kind == "float":
            return nums.array
        if kind == "int":
            nums = nums.mask(nums < 0)
        return nums.astype("Int64").array
    if kind == "bool":
        return pd.array([None if _missing(v) else bool(v) for v in values], dtype="boolean")
    if kind == "list":
        return [_as_list(v) for v in values]
    cats = list(CATEGORIES[kind])
    clean = [None if _missing(v) else str(v) for v in values]
    cats += sorted({v for v in clean if v is not None} - set(cats))  # never drop a value silently
    return pd.Categorical(clean, categories=cats)


def frame_of(rows: list[dict], schema: dict[str, str]):
    """A DataFrame of ``rows`` (dicts) with exactly ``schema``'s columns and dtypes.

    Keys missing from a row are missing values; a row's ``flags`` fills ``record_flags``.

    >>> df = frame_of([{"doc_id": "a", "value": 3, "flags": ["x"]}], RECORD_SCHEMA)
    >>> df.loc[0, "record_flags"], str(df["value"].dtype), bool(df["title"].isna().all())
    (['x'], 'Float64', True)
    """
    import pandas as pd

    data = {}
    for col, kind in schema.items():
        alias = _FILE_NAMES.get(col)
        values = [r.get(col, r.get(alias) if alias else None) for r in rows]
        data[col] = _column(values, kind)
    df = pd.DataFrame(data, columns=list(schema))
    if df.empty:  # an empty list column is object; keep it so
        df = df.astype({c: "object" for c, k in schema.items() if k == "list"})
    return df


def _records(obj) -> Iterable[dict]:
    """Record dicts (spec field names) of a Document, an Article, a DataFrame or an iterable of those."""
    if isinstance(obj, (Document, Article)):
        yield from (r.to_dict() for r in obj.records)
        return
    if hasattr(obj, "to_dict") and hasattr(obj, "columns"):  # a DataFrame
        for row in obj.to_dict("records"):
            yield _file_row(row)
        return
    for x in obj:
        if isinstance(x, (Document, Article)):
            yield from (r.to_dict() for r in x.records)
        elif isinstance(x, Record):
            yield x.to_dict()
        elif isinstance(x, dict):
            yield x
        else:
            raise TypeError(f"cannot make a record row of {type(x).__name__}")


def _file_row(row: dict) -> dict:
    """A frame row as a spec dict: ``record_flags`` -> ``flags`` (a list), missing -> None."""
    out = {}
    for k, v in row.items():
        k = _FILE_NAMES.get(k, k)
        if k == "flags":
            out[k] = _as_list(v)
        else:
            out[k] = None if _missing(v) and not isinstance(v, str) else v
    return out


def records_frame(obj: Records):
    """A pandas DataFrame with one row per record, typed by :data:`RECORD_SCHEMA`.

    ``obj`` is a Document, an Article, or an iterable of Documents, Articles, Records or record dicts.
    """
    return frame_of(list(_records(obj)), RECORD_SCHEMA)


def _articles(obj) -> Iterable[tuple[Article, Document | None]]:
    if isinstance(obj, Document):
        yield from ((a, obj) for a in obj.articles)
    elif isinstance(obj, Article):
        yield obj, None
    else:
        for x in obj:
            yield from _articles(x)


def articles_frame(obj) -> "pd.DataFrame":  # noqa: F821
    """One row per article: its metadata, source and counts, typed by :data:`ARTICLE_SCHEMA`.

    ``n_flagged`` counts records with a flag, ``n_targets`` records whose aspect is ``target``,
    ``n_change_flags`` normalisation spots flagged as doubtful; ``parts`` lists the part roles in order.

    >>> import reportmine
    >>> af = articles_frame(reportmine.load("corpora/samples/004_e50c7d9a74c650fc.txt"))
    >>> af.article.tolist(), bool(af.n_records.sum() > 0), str(af.n_records.dtype)
    ([1, 2, 3], True, 'Int64')
    """
    rows = []
    for a, doc in _articles(obj):
        md = a.metadata
        rows.append({
            "doc_id": a.doc_id, "article": a.index, "path": a.path or None, "title": a.title,
            "year": md.year if md else None, "org_level": md.org_level if md else None,
            "report_type": md.report_type if md else None,
            "encoding": doc.source.encoding if doc else None, "format": doc.source.format if doc else None,
            "chars": len(a.text), "n_parts": len(a.parts), "n_sections": len(a.sections),
            "n_records": len(a.records), "n_flagged": sum(1 for r in a.records if r.flags),
            "n_targets": sum(1 for r in a.records if r.aspect == "target"),
            "n_changes": len(a.changes), "n_change_flags": sum(1 for c in a.changes if c.flag),
            "parts": [p.role for p in a.parts],
        })
    return frame_of(rows, ARTICLE_SCHEMA)


def sections_frame(obj) -> "pd.DataFrame":  # noqa: F821
    """One row per heading, in document order, typed by :data:`SECTION_SCHEMA`.

    ``section`` is the heading path (as on records, so the two frames merge on doc_id, article,
    section); ``n_records`` counts the records inside the section, subsections included.

    >>> import reportmine
    >>> sf = sections_frame(reportmine.load("corpora/samples/001_96e591ef6d8e9382.txt"))
    >>> int(sf.depth.min()), sf.section.iloc[0] == sf.heading.iloc[0]
    (1, True)
    """
    import bisect

    rows = []
    for a, _ in _articles(obj):
        starts = sorted(r.start for r in a.records)

        def walk(sections, above: tuple[str, ...]) -> None:
            for s in sections:
                path = (*above, s.heading)
                rows.append({
                    "doc_id": a.doc_id, "article": a.index, "order": len(rows) + 1, "depth": s.depth,
                    "marker": s.marker, "number": s.number, "heading": s.heading, "section": " > ".join(path),
                    "part": s.part, "start": s.start, "end": s.end, "heading_start": s.heading_start,
                    "heading_end": s.heading_end, "chars": s.end - s.start,
                    "n_records": bisect.bisect_left(starts, s.end) - bisect.bisect_left(starts, s.start),
                })
                walk(s.children, path)

        first = len(rows)
        walk(a.sections.roots, ())
        for i, row in enumerate(rows[first:], 1):
            row["order"] = i
    return frame_of(rows, SECTION_SCHEMA)


def changes_frame(obj) -> "pd.DataFrame":  # noqa: F821
    """One row per normalisation change (raw offsets into the source), typed by :data:`CHANGE_SCHEMA`.

    >>> import reportmine
    >>> cf = changes_frame(reportmine.load("corpora/samples/000_b6a4e92746f443af.txt"))
    >>> len(cf) > 0, str(cf.flag.dtype), bool(cf.raw_start.le(cf.raw_end).all())
    (True, 'boolean', True)
    """
    rows = [{"doc_id": a.doc_id, "article": a.index, **c.to_dict(), "flag": c.flag}
            for a, _ in _articles(obj) for c in a.changes]
    return frame_of(rows, CHANGE_SCHEMA)


# --- files -------------------------------------------------------------------------------------

def arrow_schema(schema: dict[str, str] = RECORD_SCHEMA):
    """The explicit Arrow schema of a frame schema, as written to Parquet (file field names).

    An all-null ``high`` stays ``double``, so Parquet files of two runs read together.
    """
    import pyarrow as pa

    kinds = {"str": pa.string(), "text": pa.string(), "int": pa.int64(), "count": pa.int64(),
             "float": pa.float64(), "bool": pa.bool_(), "list": pa.list_(pa.string())}
    return pa.schema([pa.field(_FILE_NAMES.get(c, c), kinds.get(k) or pa.dictionary(pa.int32(), pa.string()))
                      for c, k in schema.items()])


def _format_of(path: str | os.PathLike, fmt: str | None) -> str:
    names = sorted(set(FORMATS.values()))
    if fmt:
        if fmt not in names:
            raise ValueError(f"unknown format {fmt!r}: use {', '.join(names)}")
        return fmt
    ext = pathlib.Path(path).suffix.lower()
    if ext not in FORMATS:
        raise ValueError(f"cannot tell the format of {str(path)!r} from its extension: name it "
                         + ", ".join(sorted(FORMATS)))
    return FORMATS[ext]


_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _safe_cell(v):
    """A text cell a spreadsheet shows as text: a leading = + - @ tab or CR gets a ``'`` before it."""
    if isinstance(v, str) and v.startswith(_FORMULA):
        return "'" + v
    return v


def _number_text(v) -> str:
    """``1342.0`` -> ``1342``; ``84.7`` -> ``84.7``; missing -> ``""``."""
    if _missing(v):
        return ""
    v = float(v)
    return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)


def _sheet_frame(df):
    """A records frame as CSV/Excel cells: file field names, flags joined, text neutralised."""
    out = df.copy()
    for col, kind in RECORD_SCHEMA.items():
        if kind == "list":
            out[col] = [";".join(v) for v in out[col]]
        if kind in ("str", "text", "list"):
            out[col] = out[col].astype(object).map(lambda v: None if _missing(v) else _safe_cell(v))
    return out.rename(columns=_FILE_NAMES)


class _Unusual(Exception):
    """A cell :func:`_sheet_cell` cannot be sure to convert exactly as the typed frame would."""


_EXACT_INT = 2 ** 53  # beyond it a count passes through a float and loses digits


def _plain_number(v) -> float | None:
    """The number a numeric column holds for a plain int or float ``v`` (None: missing)."""
    if v is None:
        return None
    if type(v) is int or type(v) is float:
        if v != v:
            return None  # NaN is missing
        if abs(v) > _EXACT_INT and v != math.inf and v != -math.inf:
            raise _Unusual
        return float(v)
    raise _Unusual  # a string, a bool, NA, a numpy scalar: pandas' coercion decides


def _sheet_cell(v, kind: str):
    """One spreadsheet cell (None, str, int or float) of a record value, as ``frame_of`` +
    ``_sheet_frame`` give it, without pandas (writing CSV or Excel must not load it); raises
    :class:`_Unusual` where unsure.  Whole floats are ints, as CSV and Excel write them."""
    if kind in ("int", "count"):
        x = _plain_number(v)
        if x is None or (kind == "int" and x < 0):
            return None
        if not x.is_integer():
            raise _Unusual  # the frame refuses a fractional count
        return int(x)
    if kind == "float":
        x = _plain_number(v)
        if x is None:
            return None
        return int(x) if x.is_integer() and abs(x) < 1e15 else x
    if kind == "list":
        text = ";".join(_as_list(v))
    elif _missing(v):
        return None
    else:
        text = v if isinstance(v, str) else str(v)
        if kind not in ("str", "text"):
            return text  # a categorical: written as it is
    return _safe_cell(text) if text else None


def _frame_csv(rows: list[dict], out: IO[str], header: bool = True) -> None:
    """Write ``rows`` as CSV through the typed frame (pandas): the reference of :func:`_sheet_cell`."""
    df = _sheet_frame(frame_of(rows, RECORD_SCHEMA))
    for col in ("value", "high"):
        df[col] = df[col].astype(object).map(_number_text)
    df.to_csv(out, header=header, index=False, lineterminator="\n")


_SHEET_COLUMNS = tuple((c, _FILE_NAMES.get(c), k) for c, k in RECORD_SCHEMA.items())


def _sheet_rows(rows: list[dict]) -> list[list] | None:
    """The spreadsheet cells of record dicts, or None if one holds a value only the typed frame
    converts."""
    try:
        return [[_sheet_cell(r.get(col, r.get(alias) if alias else None), kind) for col, alias, kind in _SHEET_COLUMNS]
                for r in rows]
    except _Unusual:
        return None


def _csv_text(cell) -> str:
    """A cell of :func:`_sheet_rows` as CSV text (a float that is not whole: its repr)."""
    if cell is None:
        return ""
    return cell if isinstance(cell, str) else str(cell) if isinstance(cell, int) else repr(cell)


def _csv_cell(kind: str):
    """A function: a record value of a column of ``kind`` -> its CSV text, the same as
    ``_csv_text(_sheet_cell(v, kind))`` (which it calls for any value but the plain ones a
    record dict holds: a str, an int, a float, a list, None)."""

    def other(v) -> str:
        return _csv_text(_sheet_cell(v, kind))

    if kind in ("str", "text"):
        def cell(v) -> str:
            if type(v) is str:
                return "'" + v if v.startswith(_FORMULA) else v
            return "" if v is None else other(v)
    elif kind in ("int", "count"):
        least = 0 if kind == "int" else -_EXACT_INT  # a negative offset is "unknown": missing

        def cell(v) -> str:
            if type(v) is int and least <= v <= _EXACT_INT:
                return str(v)
            if type(v) is int and -_EXACT_INT <= v < 0 == least:
                return ""
            return "" if v is None else other(v)
    elif kind == "float":
        def cell(v) -> str:
            if type(v) is float and abs(v) < 1e15:  # NaN fails the test: missing, below
                return str(int(v)) if v.is_integer() else repr(v)
            return "" if v is None else other(v)
    elif kind == "list":
        def cell(v) -> str:
            if type(v) is list and all(type(x) is str for x in v):
                text = ";".join(v)
                return "'" + text if text.startswith(_FORMULA) else text
            return other(v)
    elif kind in CATEGORIES:
        def cell(v) -> str:
            return v if type(v) is str else "" if v is None else other(v)
    else:
        cell = other
    return cell


_CSV_COLUMNS = tuple((c, _FILE_NAMES.get(c), _csv_cell(k)) for c, k in RECORD_SCHEMA.items())


def _csv_rows(rows: list[dict]) -> list[list[str]] | None:
    """The CSV text of every cell of record dicts (``_csv_text`` of :func:`_sheet_rows`' cells, by one
    converter per column chosen once), or None if one holds a value only the typed frame converts."""
    try:
        return [[cell(r[col] if col in r else r.get(alias) if alias else None) for col, alias, cell in _CSV_COLUMNS]
                for r in rows]
    except _Unusual:
        return None


class RecordWriter:
    """Streams records into one file, written atomically.

    ``write(obj)`` takes what :func:`records_frame` takes (Documents, Articles, Records, record dicts,
    a records DataFrame) and returns the number of rows written; ``close()`` finishes the file and
    renames it into place (until then ``path`` is untouched), returning the total row count.
    Leaving a ``with`` block by an exception calls ``abort()``: the temporary file is removed and
    ``path`` keeps what it had.  ``append=True`` starts from the rows already in ``path`` (CSV and
    JSON Lines bytes are copied as they are, so a resumed file equals an uninterrupted one).
    CSV and JSON Lines are written row by row; Parquet by row group (one per ``write``) with
    :func:`arrow_schema`; Excel by a write-only workbook; JSON as one array.

    >>> import os, tempfile, reportmine
    >>> path = os.path.join(tempfile.mkdtemp(), "out.csv")
    >>> with RecordWriter(path) as w:
    ...     n = w.write(reportmine.extract("慰问困难职工35人。"))
    ...     os.path.exists(path)
    False
    >>> w.rows, open(path, encoding="utf-8-sig").read().splitlines()[1].split(",")[9:13]
    (1, ['relief_recipients', 'total', '困难职工', '35'])
    """

    def __init__(self, path: str | os.PathLike, fmt: str | None = None, *, append: bool = False) -> None:
        self.path = pathlib.Path(path)
        self.format = _format_of(path, fmt)
        self.tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self.rows = 0
        self.closed = False
        self._fh = None
        self._pq = None
        self._book = self._sheet = None
        self._header = True
        existing = append and self.path.exists()
        if self.format in ("csv", "jsonl"):
            if existing:
                shutil.copyfile(self.path, self.tmp)
                with open(self.tmp, encoding="utf-8-sig", newline="") as f:
                    lines = sum(1 for _ in csv.reader(f)) if self.format == "csv" else sum(1 for _ in f)
                self._header = self.format == "csv" and lines == 0
                self.rows = max(lines - (1 if self.format == "csv" else 0), 0)
            enc = "utf-8-sig" if self.format == "csv" and self._header else "utf-8"
            self._fh = open(self.tmp, "a" if existing else "w", encoding=enc, newline="")
        elif self.format == "json":
            self._fh = open(self.tmp, "w", encoding="utf-8")
            self._fh.write("[")
        if existing and self.format not in ("csv", "jsonl"):
            self.write(read_records(self.path))

    def __enter__(self) -> "RecordWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def write(self, obj: Records) -> int:
        """Append the records of ``obj``; return how many rows that was."""
        if self.closed:
            raise ValueError(f"RecordWriter for {self.path} is closed")
        rows = list(_records(obj))
        if not rows:
            return 0
        getattr(self, f"_write_{self.format}")(rows)
        self.rows += len(rows)
        return len(rows)

    def _write_jsonl(self, rows: list[dict]) -> None:
        self._fh.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))

    def _write_json(self, rows: list[dict]) -> None:
        sep = "," if self.rows else ""
        self._fh.write(sep + ",".join("\n" + json.dumps(r, ensure_ascii=False) for r in rows))

    def _write_csv(self, rows: list[dict]) -> None:
        cells = _csv_rows(rows)
        if cells is None:  # a cell of an unusual type: let the typed frame decide, as it always did
            _frame_csv(rows, self._fh, self._header)
        else:
            out = csv.writer(self._fh, lineterminator="\n")
            if self._header:
                out.writerow([_FILE_NAMES.get(c, c) for c in RECORD_COLUMNS])
            out.writerows(cells)
        self._header = False

    def _write_parquet(self, rows: list[dict]) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise ImportError("writing Parquet needs pyarrow: pip install 'reportmine[parquet]'") from None
        schema = arrow_schema()
        df = frame_of(rows, RECORD_SCHEMA).rename(columns=_FILE_NAMES)
        table = pa.Table.from_pandas(df, schema=schema, preserve_index=False)
        if self._pq is None:
            self._pq = pq.ParquetWriter(self.tmp, table.schema)
        self._pq.write_table(table)

    def _write_xlsx(self, rows: list[dict]) -> None:
        if self._book is None:
            from openpyxl import Workbook

            self._book = Workbook(write_only=True)
            self._book.properties.created = self._book.properties.modified = XLSX_DATE
            self._sheet = self._book.create_sheet("records")
            self._sheet.append([_FILE_NAMES.get(c, c) for c in RECORD_COLUMNS])
        cells = _sheet_rows(rows)
        if cells is None:  # a cell of an unusual type: let the typed frame decide, as it always did
            cells = _sheet_frame(frame_of(rows, RECORD_SCHEMA)).itertuples(index=False)
        for row in cells:
            self._sheet.append([_xlsx_cell(v) for v in row])

    def close(self) -> int:
        """Finish the file and move it into place; return the number of rows it holds."""
        if self.closed:
            return self.rows
        if self.format == "json":
            self._fh.write("\n]\n" if self.rows else "]\n")
        if self.format == "csv" and self._header:  # no rows: the header alone
            self._fh.write(",".join(_FILE_NAMES.get(c, c) for c in RECORD_COLUMNS) + "\n")
        if self._fh is not None:
            self._fh.close()
        if self.format == "parquet":
            if self._pq is None:  # no rows: still a readable file with the schema
                import pyarrow.parquet as pq

                self._pq = pq.ParquetWriter(self.tmp, arrow_schema())
            self._pq.close()
        if self.format == "xlsx":
            if self._book is None:
                self._write_xlsx([])
            self._book.save(self.tmp)
            _fix_xlsx_dates(self.tmp)
        os.replace(self.tmp, self.path)
        self.closed = True
        return self.rows

    def abort(self) -> None:
        """Drop what was written: ``path`` keeps what it had."""
        if self.closed:
            return
        self.closed = True
        for h in (self._fh, self._pq):
            try:
                if h is not None:
                    h.close()
            except Exception:  # noqa: BLE001 - the file is discarded anyway
                pass
        self.tmp.unlink(missing_ok=True)


#: the date an .xlsx file says it was created and modified, and the date of every zip entry in it:
#: fixed, so two runs on the same input give the same bytes (1980-01-01 is the earliest a zip holds)
XLSX_DATE = datetime.datetime(1980, 1, 1)
_CORE_DATES = re.compile(r"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)")


def _fix_xlsx_dates(path: pathlib.Path) -> None:
    """Rewrite the workbook at ``path`` with :data:`XLSX_DATE` as its properties' dates (openpyxl
    stamps ``modified`` with the time of saving) and as every zip entry's date (openpyxl stamps the
    time of writing), entries and compression otherwise unchanged."""
    import zipfile

    stamp = XLSX_DATE.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w") as dst:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                text = _CORE_DATES.sub(lambda m: m.group(1) + stamp + m.group(3), data.decode("utf-8"))
                data = text.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=XLSX_DATE.timetuple()[:6])
            fixed.compress_type, fixed.external_attr = info.compress_type, info.external_attr
            dst.writestr(fixed, data)


def _xlsx_cell(v):
    if _missing(v) and not isinstance(v, str):
        return None
    if isinstance(v, str):  # no control characters; a cell holds at most 32,767 characters
        return _ILLEGAL_XLSX.sub("", v)[:32767]
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v


def write_records(obj: Records, path: str | os.PathLike, fmt: str | None = None) -> int:
    """Write flat records to ``path`` (format from ``fmt`` or the extension); return the row count.

    ``.csv`` (UTF-8 with BOM), ``.jsonl``, ``.json``, ``.parquet`` (needs pyarrow) or ``.xlsx``.
    """
    with RecordWriter(path, fmt) as w:
        w.write(obj)
    return w.rows


def read_records(path: str | os.PathLike, fmt: str | None = None):
    """A records file written by reportmine (any format), back as the typed :func:`records_frame`."""
    import pandas as pd

    fmt = _format_of(path, fmt)
    if fmt == "jsonl":
        with open(path, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
    elif fmt == "json":
        rows = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    elif fmt == "parquet":
        rows = pd.read_parquet(path).to_dict("records")
    else:
        if fmt == "csv":
            df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        else:
            df = pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl")
        rows = [{k: (v[1:] if isinstance(v, str) and v[:1] == "'" and v[1:2] in _FORMULA and v[1:2] else v)
                 for k, v in r.items()} for r in df.to_dict("records")]
    return frame_of(rows, RECORD_SCHEMA)


def write_articles(articles: Iterable[Article], out: IO[str], fmt: str = "jsonl") -> int:
    """Write one JSON object per article (``jsonl``) or a JSON array (``json``) to a text stream."""
    if fmt not in ("jsonl", "json"):
        raise ValueError(f"unknown format {fmt!r}: use jsonl or json")
    n = 0
    if fmt == "jsonl":
        for a in articles:
            out.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    else:
        items = [a.to_dict() for a in articles]
        json.dump(items, out, ensure_ascii=False, indent=1)
        out.write("\n")
        n = len(items)
    return n
