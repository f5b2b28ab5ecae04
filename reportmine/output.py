"""Frames and files: records as pandas tables, CSV, JSON Lines or Parquet.

>>> import reportmine
>>> from reportmine.output import records_frame
>>> df = records_frame(reportmine.load("corpora/samples/001_96e591ef6d8e9382.txt"))
>>> row = df.iloc[0]
>>> row.metric, float(row.value), row.unit, row.mention
('unions', 68.0, 'org', '68家')
"""

from __future__ import annotations

import json
import os
import pathlib
from typing import IO, Iterable, Union

from .model import Article, Document, Record

__all__ = ["RECORD_COLUMNS", "records_frame", "write_records", "write_articles", "FORMATS"]

#: Column order of flat record tables (every field of the spec, then extras).
RECORD_COLUMNS = [
    "doc_id", "article", "part", "section", "metric", "subject", "value", "high", "unit", "raw_unit",
    "qualifier", "period", "mention", "evidence", "start", "end", "raw_start", "raw_end",
    "sentence_start", "sentence_end", "flags",
]
FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".parquet": "parquet", ".json": "json"}

Records = Union[Document, Article, Iterable[Union[Document, Article, Record, dict]]]


def _records(obj) -> Iterable[dict]:
    if isinstance(obj, (Document, Article)):
        for r in obj.records:
            yield r.to_dict()
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


def records_frame(obj: Records):
    """A pandas DataFrame with one row per record, columns in :data:`RECORD_COLUMNS` order."""
    import pandas as pd

    rows = list(_records(obj))
    df = pd.DataFrame(rows, columns=RECORD_COLUMNS)
    return df


def _format_of(path: str | os.PathLike, fmt: str | None) -> str:
    if fmt:
        if fmt not in ("csv", "jsonl", "parquet", "json"):
            raise ValueError(f"unknown format {fmt!r}: use csv, jsonl, json or parquet")
        return fmt
    ext = pathlib.Path(path).suffix.lower()
    if ext not in FORMATS:
        raise ValueError(f"cannot tell the format of {str(path)!r} from its extension: name it .csv, .jsonl, .json or .parquet")
    return FORMATS[ext]


def write_records(obj: Records, path: str | os.PathLike, fmt: str | None = None) -> int:
    """Write flat records to ``path`` (format from ``fmt`` or the extension); return the row count."""
    fmt = _format_of(path, fmt)
    rows = list(_records(obj))
    if fmt == "jsonl":
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        return len(rows)
    if fmt == "json":
        pathlib.Path(path).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
        return len(rows)
    df = records_frame(rows)
    if fmt == "csv":
        df = df.assign(flags=df["flags"].map(lambda f: ";".join(f) if isinstance(f, list) else f))
        df.to_csv(path, index=False, encoding="utf-8")
    else:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ImportError("writing Parquet needs pyarrow: pip install 'reportmine[parquet]'") from None
        df.to_parquet(path, index=False)
    return len(rows)


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
