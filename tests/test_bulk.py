"""Bulk runs: a broken file never stops the run, output is the same for any --workers,
an interrupted run (kill -9) is finished by --resume with the same output, output is atomic."""

import json
import os
import pathlib
import signal
import subprocess
import sys
import time

import pytest

import reportmine.bulk as bulk
from reportmine.bulk import Journal, expand_paths, iter_results, make_tasks, read_reports
from reportmine.cli import EXIT_ERROR, EXIT_OK, EXIT_SOME_FAILED, main
from reportmine.errors import ReportmineError, ReportNotFound

_process_file = bulk.process_file


def interrupt_after(monkeypatch, n: int) -> None:
    """Make the in-process run raise KeyboardInterrupt (Ctrl-C) when it starts its ``n``-th file."""
    calls = []

    def interrupted(task):
        calls.append(task)
        if len(calls) == n:
            raise KeyboardInterrupt
        return _process_file(task)

    monkeypatch.setattr(bulk, "process_file", interrupted)

ROOT = pathlib.Path(__file__).resolve().parents[1]

DISTRICTS = ["东城", "西湖", "南山", "北塘", "青山", "白河", "金水", "石桥", "龙泉", "柳林", "松江", "梅岭"]


def invented_report(i: int) -> str:
    """A short report of an invented district union, its figures varied by ``i``."""
    d = DISTRICTS[i % len(DISTRICTS)]
    return (
        f"{d}区总工会{2019 + i % 5}年工作总结\n"
        "一、基本情况\n"
        f"全区共有基层工会{30 + i}家，会员{4000 + 17 * i}人，今年新发展会员{200 + i}人。\n"
        "二、帮扶工作\n"
        f"春节期间走访慰问困难职工{90 + i}户，发放慰问金{12 + i}万元。\n"
        f"举办职工技能培训班{3 + i % 4}期，培训职工{500 + 10 * i}人次。\n"
        "三、下一步打算\n"
        f"力争建会率达到{90 + i % 9}%。\n"
    )


def make_archive(d: pathlib.Path, n: int, broken: bool = True) -> list[pathlib.Path]:
    d.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = d / f"r{i:03d}.txt"
        enc = "gb18030" if i % 3 == 1 else "utf-8"
        p.write_bytes(invented_report(i).encode(enc))
        paths.append(p)
    if broken:
        (d / "r900_empty.txt").write_bytes(b"")
        (d / "r901_junk.txt").write_bytes(bytes(range(256)) * 8)
        (d / "r902_cut.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    return paths


BROKEN = {"r900_empty.txt", "r901_junk.txt", "r902_cut.docx"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    d = tmp_path_factory.mktemp("archive") / "in"
    make_archive(d, 8)
    return d


@pytest.fixture(scope="module")
def clean_jsonl(archive, tmp_path_factory):
    out = tmp_path_factory.mktemp("clean") / "out.jsonl"
    errs = out.with_name("errors.tsv")
    assert main(["extract", str(archive), "-o", str(out), "--errors", str(errs), "--no-progress"]) == EXIT_SOME_FAILED
    return out, errs


def test_broken_files_go_to_the_errors_file_and_the_run_goes_on(clean_jsonl):
    out, errs = clean_jsonl
    lines = errs.read_text(encoding="utf-8").splitlines()
    assert {l.split("\t")[0] for l in lines} == BROKEN
    assert all(len(l.split("\t")) == 2 and l.split("\t")[1] for l in lines)  # name, reason
    rows = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert {r["path"] for r in rows} == {f"r{i:03d}.txt" for i in range(8)}
    assert len({r["doc_id"] for r in rows}) == 8


def test_records_come_in_input_order(clean_jsonl):
    out, _ = clean_jsonl
    paths = [json.loads(l)["path"] for l in out.read_text(encoding="utf-8").splitlines()]
    firsts = list(dict.fromkeys(paths))
    assert firsts == sorted(firsts)


def test_exit_code_says_all_ok_or_some_failed(archive, tmp_path):
    good = sorted(str(p) for p in archive.glob("r00[0-2].txt"))
    assert main(["extract", *good, "-o", str(tmp_path / "ok.csv"), "--no-progress"]) == EXIT_OK
    assert main(["extract", *good, str(archive / "r901_junk.txt"), "-o", str(tmp_path / "some.csv"), "--no-progress"]) == EXIT_SOME_FAILED
    assert (tmp_path / "some.csv").exists()
    assert main(["extract", str(archive / "nope.txt"), "-o", str(tmp_path / "none.csv")]) == EXIT_ERROR
    assert not (tmp_path / "none.csv").exists()


def test_help_names_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    out = capsys.readouterr().out
    assert "exit codes" in out and "some files failed" in out and "--resume" in out


def test_same_output_whatever_the_workers(archive, clean_jsonl, tmp_path):
    out2 = tmp_path / "w2.jsonl"
    assert main(["extract", str(archive), "-o", str(out2), "--workers", "2", "--no-progress"]) == EXIT_SOME_FAILED
    assert out2.read_bytes() == clean_jsonl[0].read_bytes()


@pytest.mark.parametrize("ext", ["csv", "parquet"])
def test_same_bytes_whatever_the_workers_in_other_formats(archive, tmp_path, ext):
    files = [str(p) for p in sorted(archive.glob("r00[0-3].txt"))]
    a, b = tmp_path / f"a.{ext}", tmp_path / f"b.{ext}"
    assert main(["extract", *files, "-o", str(a), "--no-progress"]) == EXIT_OK
    assert main(["extract", *files, "-o", str(b), "--workers", "2", "--no-progress"]) == EXIT_OK
    assert a.read_bytes() == b.read_bytes()


def test_iter_results_gives_each_file_in_order_with_its_error(archive):
    results = list(iter_results(archive, workers=2))
    names = [r.name for r in results]
    assert names == sorted(names) and len(names) == 11
    assert {r.name for r in results if not r.ok} == BROKEN
    assert all(r.records for r in results if r.ok)
    assert all(r.articles and r.articles[0]["n_records"] == len(r.records) for r in results if r.ok)


def test_read_reports_collects_or_raises(archive):
    df = read_reports(str(archive / "*.txt"), progress=False)
    assert {e["path"] for e in df.attrs["errors"]} == {"r900_empty.txt", "r901_junk.txt"}
    assert df["doc_id"].nunique() == 8
    with pytest.raises(ReportmineError, match="r90[01]_"):
        read_reports(archive, progress=False, errors="raise")


def test_paths_glob_and_missing(archive):
    assert len(expand_paths(str(archive / "r00*.txt"))) == 8
    with pytest.raises(ReportNotFound):
        expand_paths(str(archive / "zz*.txt"))
    tasks = make_tasks([archive / "sub" / "a.txt", archive / "b" / "a.txt", archive / "b" / "a.html"], archive)
    assert [t[2:4] for t in tasks] == [("sub/a.txt", "sub/a"), ("b/a.txt", "b/a.txt"), ("b/a.html", "b/a.html")]


def test_output_is_atomic_no_partial_file_on_failure(archive, tmp_path, monkeypatch):
    out = tmp_path / "out.csv"
    out.write_text("old output\n", encoding="utf-8")
    interrupt_after(monkeypatch, 3)
    assert main(["extract", str(archive), "-o", str(out), "--no-progress"]) == 130
    assert out.read_text(encoding="utf-8") == "old output\n"  # untouched until the run completes
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left
    journal = out.with_name("out.csv.journal").read_text(encoding="utf-8").splitlines()
    assert len(journal) == 1 + 2  # header + the two files finished


def test_journal_cuts_a_half_written_entry(tmp_path):
    out = tmp_path / "o.jsonl"
    j = Journal(out, {"h": 1})
    j.start()
    for i in range(3):
        j.add({"i": i, "name": f"f{i}", "size": 1, "error": None, "records": [{"v": i}]})
    j.close(remove=False)
    with open(j.spool_path, "ab") as f:
        f.write(b'{"i": 3, "name": "f3", "rec')  # killed mid-line
    with open(j.journal_path, "ab") as f:
        f.write(b'{"i": 3')
    j2 = Journal(out, {"h": 1})
    assert [e["i"] for e in j2.resume()] == [0, 1, 2]
    j2.add({"i": 3, "name": "f3", "size": 1, "error": None, "records": []})
    assert [e["i"] for e in j2.entries()] == [0, 1, 2, 3]
    j2.close(remove=True)
    assert not j2.spool_path.exists() and not j2.journal_path.exists()
    j3 = Journal(out, {"h": 2})
    j3.start()
    j3.close(remove=False)
    with pytest.raises(ReportmineError, match="another job"):
        Journal(out, {"h": 1}).resume()


def _journal_lines(p: pathlib.Path) -> int:
    try:
        return sum(1 for l in p.read_bytes().split(b"\n")[1:] if l.endswith(b"}"))
    except FileNotFoundError:
        return 0


def test_kill_9_midway_then_resume_gives_the_clean_output(tmp_path):
    src = tmp_path / "in"
    make_archive(src, 24)
    clean = tmp_path / "clean.jsonl"
    assert main(["extract", str(src), "-o", str(clean), "--no-progress"]) == EXIT_SOME_FAILED

    out = tmp_path / "run.jsonl"
    journal = tmp_path / "run.jsonl.journal"
    cmd = [sys.executable, "-m", "reportmine", "extract", str(src), "-o", str(out), "--no-progress"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _journal_lines(journal) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = _journal_lines(journal)
    assert proc.returncode == -signal.SIGKILL and 3 <= done < 27, "the run was not killed midway"
    assert not out.exists()

    r = subprocess.run(cmd + ["--resume"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert r.returncode == EXIT_SOME_FAILED, r.stderr
    assert "from the journal" in r.stderr
    assert out.read_bytes() == clean.read_bytes()
    assert not journal.exists() and not out.with_name("run.jsonl.partial").exists()


def test_stdout_gets_the_same_bytes_as_a_file(archive, tmp_path, capsysbinary):
    files = [str(p) for p in sorted(archive.glob("r00[0-2].txt"))]
    assert main(["extract", *files, "-o", str(tmp_path / "f.csv"), "--no-progress"]) == EXIT_OK
    capsysbinary.readouterr()
    assert main(["extract", *files, "--no-progress"]) == EXIT_OK
    assert capsysbinary.readouterr().out == (tmp_path / "f.csv").read_bytes()


def test_progress_bar_moves_per_file_with_rates(archive, tmp_path, capsys):
    files = [str(p) for p in sorted(archive.glob("r00[0-2].txt"))]
    assert main(["extract", *files, "-o", str(tmp_path / "p.jsonl"), "--progress"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "3/3" in err and "file/s" in err and "MB/s" in err


def test_a_stale_journal_is_dropped_without_resume(archive, tmp_path, capsys):
    out = tmp_path / "s.jsonl"
    out.with_name("s.jsonl.journal").write_text('{"other": 1}\n', encoding="utf-8")
    out.with_name("s.jsonl.partial").write_text("junk\n", encoding="utf-8")
    assert main(["extract", str(archive / "r000.txt"), "-o", str(out), "--no-progress"]) == EXIT_OK
    assert "starting afresh" in capsys.readouterr().err
    assert not out.with_name("s.jsonl.journal").exists() and out.exists()
    assert main(["extract", str(archive / "r000.txt"), "-o", str(tmp_path / "t.jsonl"), "--resume", "--no-progress"]) == EXIT_OK


def die_on_crash_files(task):  # module level: a worker process finds it by name
    if "crash" in task[1]:
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
    return _process_file(task)


def test_a_worker_killed_by_a_file_is_an_error_and_the_run_goes_on(tmp_path, monkeypatch):
    src = tmp_path / "in"
    make_archive(src, 5, broken=False)
    (src / "r002_crash.txt").write_text(invented_report(40), encoding="utf-8")
    monkeypatch.setattr(bulk, "process_file", die_on_crash_files)
    results = list(iter_results(src, workers=2))
    assert [r.name for r in results] == sorted(p.name for p in src.iterdir())
    assert [r.name for r in results if not r.ok] == ["r002_crash.txt"]
    assert "WorkerDied" in results[3].error
    assert all(r.records for r in results if r.ok)


def test_timeout_gives_up_a_file_and_goes_on(archive, tmp_path):
    import reportmine.pipeline  # noqa: F401  (imports are not the file's time)

    errs = tmp_path / "e.tsv"
    files = [str(archive / "r000.txt"), str(archive / "r001.txt")]
    code = main(["extract", *files, "-o", str(tmp_path / "t.csv"), "--timeout", "0.000001", "--errors", str(errs), "--no-progress"])
    assert code == EXIT_SOME_FAILED
    lines = errs.read_text(encoding="utf-8").splitlines()
    assert [l.split("\t")[0] for l in lines] == ["r000.txt", "r001.txt"]
    assert all("took longer than" in l for l in lines)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)


@pytest.mark.parametrize("ext", ["csv", "parquet"])
def test_resume_after_an_interrupt_gives_the_clean_bytes_in_other_formats(archive, tmp_path, monkeypatch, ext):
    clean, out = tmp_path / f"clean.{ext}", tmp_path / f"out.{ext}"
    assert main(["extract", str(archive), "-o", str(clean), "--no-progress"]) == EXIT_SOME_FAILED
    interrupt_after(monkeypatch, 5)
    assert main(["extract", str(archive), "-o", str(out), "--no-progress"]) == 130
    monkeypatch.setattr(bulk, "process_file", _process_file)
    assert main(["extract", str(archive), "-o", str(out), "--resume", "--no-progress"]) == EXIT_SOME_FAILED
    assert out.read_bytes() == clean.read_bytes()


def many_records(task):  # module level: a worker process finds it by name
    index, path, name = task[:3]
    rec = {"doc_id": name, "article": 1, "path": name, "metric": "members", "subject": "会员", "value": 1.0,
           "unit": "person", "raw_unit": "人", "qualifier": "exact", "mention": "1人", "evidence": "会员" * 200,
           "start": 0, "end": 2, "flags": []}
    return bulk.FileResult(index=index, path=path, name=name, size=1, records=[dict(rec, start=k) for k in range(400)])


def test_parent_memory_does_not_grow_with_the_archive(tmp_path, monkeypatch):
    """Only a few files' records at a time live in the parent: 4x the files, about the same peak."""
    import tracemalloc

    from reportmine.output import records_frame

    records_frame([])  # imports and tables loaded before measuring
    monkeypatch.setattr(bulk, "process_file", many_records)
    peaks = []
    for n in (5, 20):
        src = tmp_path / f"in{n}"
        make_archive(src, n, broken=False)
        tracemalloc.start()
        summary = bulk.run_extract([src], tmp_path / f"o{n}.jsonl", workers=2)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert summary.records == 400 * n
    assert peaks[1] < 1.5 * peaks[0], peaks  # holding every record would make it 4x


def test_record_rows_are_asdict_without_the_deep_copy():
    """Record.to_dict copies the attribute dict instead of dataclasses.asdict's deep copy: the same keys,
    order and values as asdict (a Record field that is not flat would break this first)."""
    import dataclasses

    import reportmine

    doc = reportmine.parse_text(invented_report(3), name="x")
    assert doc.records
    for r in doc.records:
        row = r.to_dict()
        expected = dataclasses.asdict(r)
        expected["flags"] = list(r.flags)
        assert list(row.items()) == list(expected.items())
        assert all(not dataclasses.is_dataclass(v) and not isinstance(v, (dict, set)) for v in row.values())
        assert isinstance(row["flags"], list)
