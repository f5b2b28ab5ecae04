"""reportmine.dask: the same records as a local run, on a LocalCluster of 2 worker processes."""

import pandas as pd
from test_bulk import make_archive

from reportmine.bulk import read_reports as local_read_reports
from reportmine.dask import _chunks, read_reports, to_parquet
from reportmine.output import read_records, records_frame


def test_chunks_keep_order_and_size():
    assert _chunks(list(range(7)), 3) == [[0, 1, 2], [3, 4], [5, 6]]
    assert _chunks([1, 2], 5) == [[1], [2]]


def test_meta_is_the_records_frame_schema(tmp_path):
    make_archive(tmp_path, 2, broken=False)
    ddf = read_reports(tmp_path, npartitions=2)
    assert ddf.npartitions == 2
    assert list(ddf.columns) == list(records_frame([]).columns)
    assert dict(ddf.dtypes) == dict(records_frame([]).dtypes)


def test_local_cluster_gives_the_local_rows_and_writes_parquet(tmp_path):
    from dask.distributed import Client, LocalCluster

    src = tmp_path / "in"
    make_archive(src, 6)  # with its three broken files: they give no rows
    local = local_read_reports(src, progress=False)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        ddf = read_reports(src, npartitions=3)
        got = ddf.compute().reset_index(drop=True)
        to_parquet(ddf, tmp_path / "pq")
    local = local.reset_index(drop=True)
    assert len(got) > 20
    pd.testing.assert_frame_equal(got, local, check_dtype=True)
    back = pd.read_parquet(tmp_path / "pq")
    assert len(back) == len(local) and list(back["doc_id"].unique()) == list(local["doc_id"].unique())
    assert [list(f) for f in back["record_flags"]] == list(local["record_flags"])
    parts = sorted((tmp_path / "pq").glob("*.parquet"))
    pd.testing.assert_frame_equal(pd.concat([read_records(p) for p in parts], ignore_index=True), local)
