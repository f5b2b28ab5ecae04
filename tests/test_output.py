"""Frames with fixed schemas and the files written from them (issue 8: the data model for analysis)."""

import json

import pandas as pd
import pytest

import reportmine
from reportmine.output import (
    ARTICLE_SCHEMA, CATEGORIES, CHANGE_SCHEMA, RECORD_COLUMNS, SECTION_SCHEMA, RecordWriter,
    articles_frame, changes_frame, read_records, records_frame, sections_frame, write_records,
)

from conftest import SAMPLES

TEXT = "2023年镇总工会工作总结\n一、组织建设\n全镇共有会员1342人，新发展会员80人，建会率达92.5%。\n二、帮扶\n为12户困难职工发放慰问金3.5万元。"


@pytest.fixture(scope="module")
def doc():
    return reportmine.parse_text(TEXT, name="town")


@pytest.fixture(scope="module")
def sample_docs():
    return [reportmine.load(p) for p in SAMPLES[:2]]


def dtypes(df):
    return {c: str(t) for c, t in df.dtypes.items()}


@pytest.mark.parametrize("make", [records_frame, articles_frame, sections_frame, changes_frame])
def test_empty_input_has_the_full_schema(make, sample_docs):
    """An empty input gives the same columns and dtypes as a full one (Dask meta)."""
    empty, full = make([]), make(sample_docs)
    assert len(empty) == 0 and len(full) > 0
    assert dtypes(empty) == dtypes(full)


def test_record_dtypes(doc):
    df = records_frame(doc)
    assert list(df.columns) == RECORD_COLUMNS
    t = dtypes(df)
    assert t["value"] == t["high"] == "Float64"
    assert t["article"] == t["year"] == t["start"] == t["raw_end"] == "Int64"
    for col in CATEGORIES:
        assert t[col] == "category", col
        assert list(df[col].cat.categories)[: len(CATEGORIES[col])] == list(CATEGORIES[col])
    assert t["subject"] == t["doc_id"] == "string"
    assert "flags" not in df.columns and isinstance(df.flags, pd.Flags)


def test_every_missing_value_is_na():
    df = records_frame([{"doc_id": "a", "metric": "members", "value": 3, "section": "", "period": None,
                         "high": float("nan"), "flags": [], "sentence_start": -1}])
    row = df.iloc[0]
    for col in ("section", "period", "high", "title", "year", "org_level", "sentence_start", "path", "why"):
        assert pd.isna(row[col]), col
    assert row["record_flags"] == []


def test_frames_of_two_runs_concat_without_losing_types(doc, sample_docs):
    both = pd.concat([records_frame(doc), records_frame(sample_docs)], ignore_index=True)
    assert dtypes(both) == dtypes(records_frame(doc))


def test_unknown_category_value_is_kept_not_dropped():
    df = records_frame([{"metric": "brand_new_metric", "unit": "person"}])
    assert df.metric.iloc[0] == "brand_new_metric"


def test_records_carry_article_metadata_and_path(doc):
    df = records_frame(doc)
    assert set(df.title) == {"2023年镇总工会工作总结"}
    assert set(df.year) == {2023} and set(df.org_level) == {"乡镇"}


def test_articles_frame_counts(doc):
    af = articles_frame(doc)
    assert list(af.columns) == list(ARTICLE_SCHEMA)
    row = af.iloc[0]
    assert row.n_records == len(doc.records) and row.n_sections == 2 and row.year == 2023
    assert row.chars == len(doc[0].text) and row.encoding == "str"


def test_sections_frame_paths_and_record_counts(doc):
    sf = sections_frame(doc)
    assert list(sf.columns) == list(SECTION_SCHEMA)
    assert list(sf.heading) == ["组织建设", "帮扶"] and list(sf.section) == ["组织建设", "帮扶"]
    assert list(sf.n_records) == [3, 2]
    rf = records_frame(doc)
    assert set(rf.section.dropna()) <= set(sf.section)


def test_changes_frame_keeps_empty_after(sample_docs):
    cf = changes_frame(sample_docs)
    assert list(cf.columns) == list(CHANGE_SCHEMA)
    assert (cf.after == "").any()  # a deletion is an empty string, not missing
    assert not cf.after.isna().any()


# --- files --------------------------------------------------------------------------------------

@pytest.mark.parametrize("ext", ["csv", "jsonl", "json", "parquet", "xlsx"])
def test_every_format_reads_back_to_the_same_frame(tmp_path, doc, ext):
    path = tmp_path / f"r.{ext}"
    assert write_records(doc, path) == len(doc.records)
    back = read_records(path)
    pd.testing.assert_frame_equal(back, records_frame(doc))


def test_csv_has_bom_whole_numbers_and_joined_flags(tmp_path):
    path = tmp_path / "r.csv"
    write_records([{"metric": "members", "value": 1342.0, "flags": ["a", "b"]},
                   {"metric": "coverage_rate", "value": 84.7}], path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    cols = lines[0].split(",")
    assert "flags" in cols and "record_flags" not in cols
    first = dict(zip(cols, lines[1].split(",")))
    assert first["value"] == "1342" and first["flags"] == "a;b"
    assert dict(zip(cols, lines[2].split(",")))["value"] == "84.7"


def test_spreadsheet_formulas_are_neutralised_value_stays_numeric(tmp_path):
    rows = [{"metric": "members", "value": 5.0, "section": "=HYPERLINK(\"http://x\")", "evidence": "+1 会员",
             "subject": "@SUM(A1)", "mention": "-5人"}]
    csv = tmp_path / "r.csv"
    write_records(rows, csv)
    plain = pd.read_csv(csv, encoding="utf-8-sig")
    assert plain.section[0].startswith("'=") and plain.evidence[0] == "'+1 会员" and plain.subject[0] == "'@SUM(A1)"
    assert plain.value.dtype.kind in "if"
    assert read_records(csv).section[0] == "=HYPERLINK(\"http://x\")"  # read_records undoes the guard
    xlsx = tmp_path / "r.xlsx"
    write_records(rows, xlsx)
    from openpyxl import load_workbook

    ws = load_workbook(xlsx).active
    header = [c.value for c in ws[1]]
    cells = {h: c for h, c in zip(header, ws[2])}
    assert cells["section"].data_type == "s" and cells["section"].value.startswith("'=")
    assert cells["value"].data_type == "n" and cells["value"].value == 5


def test_jsonl_keeps_the_spec_field_flags(tmp_path, doc):
    path = tmp_path / "r.jsonl"
    write_records(doc, path)
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert "flags" in first and isinstance(first["flags"], list) and "record_flags" not in first


def test_parquet_all_null_high_reads_with_another_run(tmp_path, doc):
    """An all-null column keeps its type, so files from two runs read as one dataset."""
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    (tmp_path / "runs").mkdir()
    write_records([{"metric": "members", "value": 3.0}], tmp_path / "runs" / "a.parquet")
    write_records([{"metric": "members", "value": 3.0, "high": 5.0, "flags": ["x"]}], tmp_path / "runs" / "b.parquet")
    assert pq.read_schema(tmp_path / "runs" / "a.parquet").field("high").type == pa.float64()
    both = pd.read_parquet(tmp_path / "runs")
    assert len(both) == 2 and sorted(both.high.dropna()) == [5.0]


def test_writer_is_atomic_and_streams(tmp_path, sample_docs):
    path = tmp_path / "r.jsonl"
    path.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with RecordWriter(path) as w:
            w.write(sample_docs[0])
            raise RuntimeError("killed midway")
    assert path.read_text(encoding="utf-8") == "old\n"  # untouched by the failed run
    assert not list(tmp_path.glob(".*.tmp"))
    with RecordWriter(path) as w:
        for d in sample_docs:
            w.write(d)
    assert w.rows == sum(len(d.records) for d in sample_docs) == len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("ext", ["csv", "jsonl", "parquet"])
def test_append_continues_a_file_as_one_run_would(tmp_path, sample_docs, ext):
    whole, parts = tmp_path / f"whole.{ext}", tmp_path / f"parts.{ext}"
    write_records(sample_docs, whole)
    write_records(sample_docs[:1], parts)
    with RecordWriter(parts, append=True) as w:
        w.write(sample_docs[1])
    assert w.rows == sum(len(d.records) for d in sample_docs)
    if ext == "parquet":
        pd.testing.assert_frame_equal(read_records(parts), read_records(whole))
    else:
        assert parts.read_bytes() == whole.read_bytes()


def test_empty_run_still_writes_a_readable_file(tmp_path):
    for ext in ("csv", "parquet", "jsonl", "json", "xlsx"):
        path = tmp_path / f"e.{ext}"
        assert write_records([], path) == 0
        assert dtypes(read_records(path)) == dtypes(records_frame([]))


def test_unknown_extension_is_refused(tmp_path):
    with pytest.raises(ValueError, match="extension"):
        write_records([], tmp_path / "r.xls")


def test_append_counts_csv_rows_not_lines(tmp_path):
    """A cell holding a line break is one row: appending counts rows as a CSV reader does."""
    path = tmp_path / "r.csv"
    write_records([{"metric": "members", "value": 1.0, "evidence": "第一行\n第二行"}], path)
    with RecordWriter(path, append=True) as w:
        w.write([{"metric": "members", "value": 2.0}])
    assert w.rows == 2 and list(read_records(path).value) == [1.0, 2.0]


def test_xlsx_drops_control_characters_and_caps_cells(tmp_path):
    path = tmp_path / "r.xlsx"
    write_records([{"metric": "members", "value": 1.0, "evidence": "会员\x00120人" + "长" * 40000}], path)
    ev = read_records(path).evidence[0]
    assert ev.startswith("会员120人") and len(ev) == 32767


def test_every_records_section_is_a_row_of_sections_frame(sample_docs):
    """Records and sections merge on (doc_id, article, section): the paths are built the same way."""
    rf, sf = records_frame(sample_docs), sections_frame(sample_docs)
    known = set(zip(sf.doc_id, sf.article, sf.section))
    with_section = rf[rf.section.notna()]
    assert len(with_section) > 20
    assert all(k in known for k in zip(with_section.doc_id, with_section.article, with_section.section))
    assert list(sf.groupby(["doc_id", "article"]).order.min().unique()) == [1]


@pytest.mark.parametrize("ext", ["csv", "jsonl", "json", "parquet", "xlsx"])
def test_a_typed_frame_writes_and_reads_back_unchanged(tmp_path, doc, ext):
    """A frame (e.g. filtered by an analyst, or read back to resume) is itself writable."""
    df = records_frame(doc)
    df = df[df.aspect != "new"].reset_index(drop=True)
    write_records(df, tmp_path / f"r.{ext}")
    pd.testing.assert_frame_equal(read_records(tmp_path / f"r.{ext}"), df)


# --- CSV without pandas (issue 9: start-up) ------------------------------------------------------

def _csv_by_frame(rows) -> str:
    """The CSV the typed frame writes (the reference the pandas-free writer must equal)."""
    import io

    from reportmine.output import _frame_csv

    out = io.StringIO()
    _frame_csv(rows, out)
    return "\ufeff" + out.getvalue()


ODD_ROWS = [
    {"doc_id": "镇/a", "article": 2, "metric": "members", "value": 1342, "high": 1500.0, "unit": "person",
     "section": "=一、组织 > （一）建会", "evidence": "他说：\"会员,1342人\"\n新的一行", "flags": ["x", "y"],
     "start": -1, "end": 7, "year": None, "aspect": "new", "qualifier": "more_than", "why": "-负数"},
    {"doc_id": 17, "article": 3.0, "value": 84.7, "high": float("nan"), "flags": "a;b", "subject": "",
     "mention": "@5人", "metric": "没有这个指标", "raw_unit": 5.5, "period": "\t上半年"},
    {"value": float("inf"), "flags": [], "title": "+标题", "year": 2023.0, "end": 10 ** 6, "start": 0},
    {},
]


def test_csv_written_without_pandas_equals_the_typed_frame(tmp_path):
    """Every kind of cell (missing, "", ints, floats, lists, categories off the spec's list, formula
    leads, quotes and newlines) is written exactly as the typed frame writes it."""
    from reportmine.output import _sheet_rows

    assert _sheet_rows(ODD_ROWS) is not None  # the pandas-free path writes them all
    path = tmp_path / "r.csv"
    write_records(ODD_ROWS, path)
    assert path.read_bytes().decode("utf-8") == _csv_by_frame(ODD_ROWS)


@pytest.mark.parametrize("cell", [{"value": "12"}, {"article": 1.5}, {"start": True}, {"year": 10 ** 20}])
def test_csv_cells_only_pandas_coerces_go_through_the_frame(tmp_path, cell):
    """A number written as text, a fractional count, a bool or a huge int: pandas' coercion
    (or its refusal) decides, as before."""
    path = tmp_path / "r.csv"
    from reportmine.output import _sheet_rows

    rows = [{"metric": "members", "value": 1.0}, {"metric": "members", **cell}]
    assert _sheet_rows(rows) is None
    try:
        expected = _csv_by_frame(rows)
    except (TypeError, ValueError) as e:
        with pytest.raises(type(e)):
            write_records(rows, path)
        return
    write_records(rows, path)
    assert path.read_bytes().decode("utf-8") == expected


def test_samples_csv_equals_the_typed_frame(tmp_path, sample_docs):
    rows = [r.to_dict() for d in sample_docs for r in d.records]
    path = tmp_path / "r.csv"
    write_records(rows, path)
    assert path.read_bytes().decode("utf-8") == _csv_by_frame(rows)


@pytest.mark.parametrize("ext", ["csv", "jsonl", "json"])
def test_writing_text_formats_does_not_import_pandas(tmp_path, ext):
    """pandas costs a third of a second to import: a command line writing CSV or JSON needs none."""
    import subprocess
    import sys

    code = ("import sys, reportmine.output as o\n"
            f"o.write_records([{{'metric': 'members', 'value': 3.0, 'flags': ['a']}}], {str(tmp_path / ('r.' + ext))!r})\n"
            "print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_xlsx_is_deterministic(tmp_path, doc):
    """Two runs on the same input give the same bytes: the workbook's created/modified properties and
    every zip entry's date are fixed (XLSX_DATE), not the time of writing."""
    import zipfile

    from openpyxl import load_workbook

    from reportmine.output import XLSX_DATE

    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write_records(doc, a)
    write_records(doc, b)
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as z:
        assert {i.date_time for i in z.infolist()} == {XLSX_DATE.timetuple()[:6]}
        assert z.testzip() is None
    props = load_workbook(a).properties
    assert props.created == XLSX_DATE and props.modified == XLSX_DATE
    pd.testing.assert_frame_equal(read_records(a), records_frame(doc))  # still the same workbook


@pytest.mark.parametrize("which", ["odd", "samples"])
def test_xlsx_written_without_pandas_equals_the_typed_frame(tmp_path, monkeypatch, sample_docs, which):
    """The pandas-free cells make the same workbook, byte for byte, as the typed frame's cells."""
    import reportmine.output as o

    rows = ODD_ROWS if which == "odd" else [r.to_dict() for d in sample_docs for r in d.records]
    fast, framed = tmp_path / "fast.xlsx", tmp_path / "framed.xlsx"
    write_records(rows, fast)
    monkeypatch.setattr(o, "_sheet_rows", lambda rows: None)  # every batch through the frame
    write_records(rows, framed)
    assert fast.read_bytes() == framed.read_bytes()
