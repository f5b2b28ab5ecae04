"""Reports on a Dask cluster: a lazy records frame, one partition per group of files.

Needs the ``dask`` extra (``pip install 'reportmine[dask]'``).  Each partition
runs :func:`reportmine.bulk.process_file` on its files inside a Dask worker
(which builds its own OpenCC converter on first use) and returns a records
frame with the same typed schema as :func:`reportmine.output.records_frame`, so
``to_parquet`` writes one consistent dataset::

    from dask.distributed import Client
    import reportmine.dask

    client = Client(n_workers=2)
    ddf = reportmine.dask.read_reports("archive/", npartitions=8)
    reportmine.dask.to_parquet(ddf, "records/")   # ddf.to_parquet cannot type the list column
    ddf.groupby("metric").value.sum().compute()

A file that fails gives no rows: ``reportmine extract --errors FILE`` (or
:func:`reportmine.bulk.read_reports`, ``frame.attrs["errors"]``) names them.
"""

from __future__ import annotations

import os
from typing import Sequence

__all__ = ["read_reports", "to_parquet", "parquet_schema"]


def _chunks(files: list, n: int) -> list[list]:
    """``files`` cut into ``n`` contiguous groups of near-equal size (input order kept)."""
    n = max(1, min(n, len(files)))
    size, extra = divmod(len(files), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (i < extra)
        out.append(files[start:end])
        start = end
    return out


def parquet_schema():
    """The Arrow schema of the records frame's columns, for ``DataFrame.to_parquet(schema=...)``.

    Dask infers a Parquet schema from an empty frame, where the list column
    ``record_flags`` (object) has no type; this one says ``list<string>``.
    """
    import pyarrow as pa

    from .output import records_frame

    schema = pa.Schema.from_pandas(records_frame([]), preserve_index=False)
    i = schema.get_field_index("record_flags")
    return schema.set(i, pa.field("record_flags", pa.list_(pa.string())))


def to_parquet(ddf, path, **kwargs):
    """``ddf.to_parquet(path)`` with :func:`parquet_schema` (what a plain call cannot infer)."""
    kwargs.setdefault("schema", parquet_schema())
    kwargs.setdefault("write_index", False)
    return ddf.to_parquet(path, **kwargs)


def _records_partition(tasks: list[tuple]):
    from .bulk import process_file
    from .output import records_frame

    rows = []
    for t in tasks:
        rows.extend(process_file(t).records)
    return records_frame(rows)


def read_reports(paths: str | os.PathLike | Sequence[str | os.PathLike], npartitions: int | None = None,
                 root: str | os.PathLike | None = None):
    """A dask DataFrame of every record of every report under ``paths`` (files, directories, globs).

    ``npartitions`` groups of files (default: one per 20 files), rows in input
    order; every partition has the schema of ``records_frame([])`` (the meta).
    Write it with :func:`to_parquet` (or ``ddf.to_parquet(path, schema=parquet_schema())``).
    """
    import dask
    import dask.dataframe as dd

    from .output import records_frame

    from .bulk import expand_paths, make_tasks

    tasks = make_tasks(expand_paths(paths), root)
    n = npartitions or max(1, len(tasks) // 20)
    with dask.config.set({"dataframe.convert-string": False}):  # keep the frame's own dtypes
        return dd.from_map(_records_partition, _chunks(tasks, n), meta=records_frame([]), enforce_metadata=False)

