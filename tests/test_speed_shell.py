"""The job's shell made cheaper (issue 9): light start-up, records placed in one constructor call,
slotted records.  Behaviour only: the timings live in benchmarks/bench_speed.py."""

import copy
import dataclasses
import json
import pickle
import subprocess
import sys

import pytest

import reportmine
from reportmine.aspect import aspect_of
from reportmine.extraction import extract_records
from reportmine.metadata import extract_metadata
from reportmine.model import RECORD_FIELDS, Record, SectionTree, _slot_init
from reportmine.normalize import normalize_tracked
from reportmine.pipeline import place_records
from reportmine.sections import parse_sections

from conftest import ROOT, SAMPLES

#: what neither `import reportmine` nor `reportmine extract` on a small text file may load
#: (numpy, about 0.1 s to import, only for pages long enough for its scans)
HEAVY = ("pandas", "pyarrow", "jieba", "sklearn", "scipy", "docx", "tqdm", "dask", "matplotlib", "numpy", "email.policy")


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_import_loads_nothing_heavy():
    assert _loaded_after("import reportmine") == []


def test_extract_of_a_small_file_loads_nothing_heavy(tmp_path):
    small = tmp_path / "small.txt"
    small.write_text("工会工作总结\n今年新建工会5家，发展会员120人。\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    code = f"from reportmine.cli import main\nassert main(['extract', {str(small)!r}, '-o', {str(out)!r}]) == 0"
    assert _loaded_after(code) == []
    assert out.read_text(encoding="utf-8-sig").count("\n") == 3  # header and two records


# -- records placed in their article --------------------------------------------------------


def _replaced(found, doc_id, index, title, offsets, metadata, path):
    """What analyse_article built before place_records: dataclasses.replace per record."""
    in_order = sorted(found, key=lambda r: r.start)
    out = []
    for r in found:
        rs, re_ = offsets.source_span(r.start, r.end)
        out.append(dataclasses.replace(
            r, doc_id=doc_id, article=index, raw_start=rs, raw_end=re_, aspect=aspect_of(r, offsets.text, in_order),
            title=title, year=metadata.year, org_level=metadata.org_level, report_type=metadata.report_type, path=path))
    return tuple(out)


@pytest.mark.parametrize("text", [
    "为145名困难职工发放救助资金24万元。",
    "一、基本情况\n全县共有会员3200人，其中农民工512人；新发展会员680人。\n二、明年计划\n力争新发展会员800人。",
    "今年以来，我们为困难职工送去慰问金12.5万元，惠及职工300余人次，走访企业3-5家。",
    "",
])
def test_place_records_matches_replace(text):
    offsets = normalize_tracked(text)
    parts, roots = parse_sections(offsets.text)
    sections = SectionTree(roots)
    metadata = extract_metadata("县总工会2023年工作总结", offsets.text, parts)
    found = extract_records(offsets.text, parts, sections)
    args = ("d#2", 2, "县总工会2023年工作总结", offsets, metadata, "a/d.txt")
    placed = place_records(found, *args)
    assert placed == _replaced(found, *args)
    assert [r.to_dict() for r in placed] == [r.to_dict() for r in _replaced(found, *args)]


def test_place_records_on_samples_matches_replace():
    for p in SAMPLES[:4]:
        for a in reportmine.load(p).articles:
            found = extract_records(a.text, a.parts, a.sections)
            args = (a.doc_id, a.index, a.title, a.offsets, a.metadata, a.path)
            assert a.records == _replaced(found, *args) == place_records(found, *args)



def test_place_records_consuming_found_gives_the_same_records():
    """consume=True (what analyse_article uses) frees each found record as it is placed: same records."""
    for p in SAMPLES[:4]:
        for a in reportmine.load(p).articles:
            found = extract_records(a.text, a.parts, a.sections)
            args = (a.doc_id, a.index, a.title, a.offsets, a.metadata, a.path)
            kept = place_records(found, *args)
            assert len(found) == len(kept)  # not consumed by default
            assert place_records(found, *args, consume=True) == kept == a.records
            assert found == []

def test_records_of_one_sentence_share_their_evidence():
    doc = reportmine.parse_text("为145名困难职工发放救助资金24万元。\n建会率达到84.7%。")
    a, b, c = doc.records
    assert a.evidence is b.evidence and a.evidence != c.evidence


# -- the slotted Record ---------------------------------------------------------------------


def _record(**kw):
    return Record("members", "会员", 1438.0, "person", "人", "exact", "1438人", 4, 9, **kw)


def test_record_init_keeps_the_dataclass_signature():
    r = _record(evidence="会员共计1438人。", flags=("approx",))
    assert r == Record(metric="members", subject="会员", value=1438.0, unit="person", raw_unit="人", qualifier="exact",
                       mention="1438人", start=4, end=9, evidence="会员共计1438人。", flags=("approx",))
    assert (r.period, r.part, r.sentence_start, r.aspect, r.year, r.duplicate_of) == (None, "summary", -1, "total", None, "")
    assert [p for p in __import__("inspect").signature(Record).parameters] == list(RECORD_FIELDS)
    with pytest.raises(TypeError):
        Record("members")  # required fields stay required
    with pytest.raises(TypeError):
        _record(colour="red")


def test_record_is_frozen_slotted_hashable_and_picklable():
    r = _record(why="cue 会员", flags=("x",))
    assert not hasattr(r, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.metric = "unions"
    assert hash(r) == hash(_record(why="cue 会员", flags=("x",))) and len({r, copy.copy(r)}) == 1
    for other in (pickle.loads(pickle.dumps(r)), copy.deepcopy(r), dataclasses.replace(r)):
        assert other == r
    assert dataclasses.replace(r, aspect="new").aspect == "new"


def test_record_to_dict_is_asdict_with_flags_as_a_list():
    r = _record(flags=("approx", "range"), year=2023, high=1500.0)
    d = r.to_dict()
    assert list(d) == [f.name for f in dataclasses.fields(Record)]
    assert d == {**dataclasses.asdict(r), "flags": ["approx", "range"]}


def test_records_of_an_article_share_one_tuple_of_its_fields():
    doc = reportmine.parse_text("为145名困难职工发放救助资金24万元。\n建会率达到84.7%。", name="d")
    a, b, c = doc.records
    assert a._article is b._article is c._article and "title" not in Record.__slots__
    assert (a.doc_id, a.article, a.title) == ("d", 1, doc[0].title) and a.year == doc[0].metadata.year
    assert [f.name for f in dataclasses.fields(Record)] == list(RECORD_FIELDS) and "title" in RECORD_FIELDS
    for other in (pickle.loads(pickle.dumps(a)), copy.deepcopy(a), dataclasses.replace(a)):
        assert other == a and other.to_dict() == a.to_dict() and hash(other) == hash(a)
    assert dataclasses.replace(a, title="t").title == "t" and a.title != "t"
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.title = "t"


def test_a_shared_article_tuple_never_changes_a_value():
    # equal but not the same objects (2023 and 2023.0) are not shared: each record reads back its own
    r, s = _record(year=2023, title="甲"), _record(year=2023.0, title="甲")
    assert type(r.year) is int and type(s.year) is float and r._article is not s._article
    assert _record(title="乙").title == "乙" and _record().title == "" and _record().year is None
    assert r != _record(year=2023, title="乙") and r == _record(year=2023, title="甲")
    assert r.to_dict() == {**dataclasses.asdict(r), "flags": []}


def test_slot_init_refuses_a_default_factory():
    with pytest.raises(TypeError):
        @_slot_init
        @dataclasses.dataclass(frozen=True, slots=True)
        class Bag:
            items: list = dataclasses.field(default_factory=list)


# -- the collector paused for a document ----------------------------------------------------


def test_collector_paused_restores_the_collector_state():
    import gc

    from reportmine.pipeline import collector_paused

    was = gc.isenabled()
    try:
        for before in (True, False):
            gc.enable() if before else gc.disable()
            with collector_paused():
                assert not gc.isenabled()
            assert gc.isenabled() is before
        gc.enable()
        with pytest.raises(ValueError):
            with collector_paused():
                raise ValueError("a failing stage")
        assert gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()


def test_collector_paused_by_overlapping_threads_is_resumed_by_the_last():
    # two threads' documents overlap (A in, B in, A out, B out): the collector must run again
    # afterwards, not stay paused because B saw it paused by A when it came in
    import gc
    import threading

    from reportmine.pipeline import collector_paused

    was = gc.isenabled()
    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()
    seen = []

    def a():
        with collector_paused():
            a_in.set()
            b_in.wait(5)
        a_out.set()

    def b():
        a_in.wait(5)
        with collector_paused():
            b_in.set()
            a_out.wait(5)
            seen.append(gc.isenabled())  # A has left; B is still inside: still paused

    try:
        gc.enable()
        threads = [threading.Thread(target=a), threading.Thread(target=b)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        assert seen == [False]
        assert gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()


def test_document_is_the_same_with_the_collector_off():
    import gc

    text = SAMPLES[0].read_bytes()
    on = reportmine.load(text, name="x")
    gc.disable()
    try:
        off = reportmine.load(text, name="x")
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
    assert on == off and [r.to_dict() for r in on.records] == [r.to_dict() for r in off.records]


# -- CSV cells by one converter per column ---------------------------------------------------

ODD_VALUES = [None, "", "a", "=x", "-1", "+1", "@a", "\tq", "\rq", "区总工会", 0, 1, -1, 2 ** 53, 2 ** 53 + 1, -2 ** 53,
              -2 ** 53 - 1, 10 ** 20, 1.0, -0.0, 1.5, 84.7, float("nan"), float("inf"), -float("inf"), 1e15, 1e15 - 1,
              9.1e15, 1e16, 1e300, True, False, [], ["a"], ["=a", "b"], [1, 2], ("a",), "a;b", 3.0, 12.25]


@pytest.mark.parametrize("column", list(__import__("reportmine.output", fromlist=["RECORD_SCHEMA"]).RECORD_SCHEMA))
def test_csv_rows_equal_the_sheet_cells_as_text(column):
    """Every column, every kind of value: the per-column converters give the text of the general
    cells, and give up (None: the typed frame decides) exactly where those do."""
    from reportmine.output import _csv_rows, _csv_text, _sheet_rows

    for key in {column, "flags" if column == "record_flags" else column}:
        for v in ODD_VALUES:
            rows = [{key: v}, {"metric": "members", "value": 3.0}]
            cells = _sheet_rows(rows)
            assert _csv_rows(rows) == (None if cells is None else [[_csv_text(c) for c in row] for row in cells]), (key, v)


def test_csv_rows_of_samples_equal_the_sheet_cells_as_text():
    from reportmine.output import _csv_rows, _csv_text, _sheet_rows

    rows = [r.to_dict() for p in SAMPLES for r in reportmine.load(p).records]
    assert _csv_rows(rows) == [[_csv_text(c) for c in row] for row in _sheet_rows(rows)]
