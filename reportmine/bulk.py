"""Bulk runs: many files to records, in worker processes, never stopped by a bad file.

:func:`iter_results` reads files in worker processes (a process pool fed one
file at a time, two in flight per worker, so progress moves per file) and
yields one :class:`FileResult` per file *in input order*: its record dicts and
article rows, or the reason it failed.  Only plain dicts cross process
boundaries; no :class:`~reportmine.model.Document` is kept once its records are
taken, so memory stays bounded whatever the archive size.

:func:`read_reports` is the one-call entry point for an analyst (a records
frame, failed files in ``frame.attrs["errors"]``); :func:`run_extract` is the
``reportmine extract`` job: records streamed to the output as files finish, a
journal that lets ``--resume`` finish an interrupted run (``kill -9``
included), an errors file, an atomic output.

>>> from reportmine.bulk import iter_results
>>> [(r.name, r.ok, len(r.records) > 10) for r in iter_results(["corpora/samples/001_96e591ef6d8e9382.txt"])]
[('001_96e591ef6d8e9382.txt', True, True)]
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import pathlib
import signal
import sys
import time
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

from .errors import EmptyInput, ReportmineError, ReportNotFound

__all__ = ["SUFFIXES", "FileResult", "expand_paths", "iter_results", "iter_records", "read_reports", "run_extract", "ExtractSummary"]

#: Suffixes of report files searched for under a directory.
SUFFIXES = frozenset({".txt", ".text", ".htm", ".html", ".mht", ".mhtml", ".docx", ".odt", ".fodt", ".rtf", ".eml"})


# --------------------------------------------------------------------------- inputs


def expand_paths(paths: str | os.PathLike | Sequence[str | os.PathLike]) -> list[pathlib.Path]:
    """Files named, report files under directories named and files matching globs, in order.

    Raises :class:`~reportmine.errors.ReportNotFound` for a path that names
    nothing, a directory without report files or a glob that matches none.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out: list[pathlib.Path] = []
    for p in paths:
        path = pathlib.Path(p)
        if path.is_dir():
            found = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not found:
                raise ReportNotFound(f"no report files ({', '.join(sorted(SUFFIXES))}) under directory {p}", path=None)
            out.extend(found)
        elif path.exists():
            out.append(path)
        elif glob.has_magic(str(p)):
            found = sorted(pathlib.Path(f) for f in glob.glob(str(p), recursive=True) if os.path.isfile(f))
            if not found:
                raise ReportNotFound(f"no file matches {p}", hint="Check the pattern (quote it so the shell leaves it alone).")
            out.extend(found)
        else:
            raise ReportNotFound(f"no such file: {p}")
    return out


def make_tasks(files: Sequence[pathlib.Path], root=None, timeout: float | None = None,
               paragraphs: bool = False) -> list[tuple]:
    """One task per file for :func:`process_file`: ``(index, path, name, doc_name, timeout, paragraphs)``.

    ``name`` is the path relative to ``root`` (default: the deepest directory holding every
    file) and ``doc_name`` the doc_id it gives, unique within the run (pipeline.run_names).
    """
    from .pipeline import run_names

    names = run_names(files, root)
    return [(i, str(p), rel, doc, timeout, paragraphs) for i, (p, (doc, rel)) in enumerate(zip(files, names))]


# --------------------------------------------------------------------------- one file (runs in a worker)


@dataclass
class FileResult:
    """What one file gave: its records and article rows, or why it failed."""

    index: int  # position in the run's input list
    path: str  # the path as given
    name: str  # relative to the run's root ('/'-separated): the file's name in the output
    size: int  # bytes read
    records: list[dict] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    error: str | None = None  # the reason, for a file that failed
    seconds: float = 0.0
    paragraphs: list[str] | None = None  # with ``paragraphs=True``: the paragraph of each record

    @property
    def ok(self) -> bool:
        return self.error is None


def article_row(a, name: str) -> dict:
    """One article's metadata and counts (a row of the articles table)."""
    md = a.metadata
    return {
        "doc_id": a.doc_id, "article": a.index, "path": name, "title": a.title,
        "year": md.year if md else None, "org_level": md.org_level if md else "",
        "report_type": md.report_type if md else "", "n_records": len(a.records),
        "n_sections": len(a.sections), "n_changes": len(a.changes), "chars": len(a.text),
    }


def record_paragraphs(article) -> list[str]:
    """The paragraph (a line of the normalised text) holding each record of ``article``."""
    text = article.text
    out = []
    for r in article.records:
        lo = text.rfind("\n", 0, r.start) + 1
        hi = text.find("\n", r.end)
        out.append(text[lo : hi if hi >= 0 else len(text)].strip())
    return out


class _Timeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Timeout()


def process_file(task: tuple) -> FileResult:
    """Run the whole job on one file; never raises (a failure becomes ``FileResult.error``)."""
    index, path, name, doc_name, timeout, want_paragraphs = task
    res = FileResult(index=index, path=path, name=name, size=0)
    t0 = time.perf_counter()
    alarm = bool(timeout) and hasattr(signal, "setitimer")
    previous = None
    try:
        res.size = os.path.getsize(path)
        if alarm:
            previous = signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        from .decode import read
        from .pipeline import build_document

        doc = build_document(read(path, name=doc_name), path=name)
        if not doc.source.text.strip():
            raise EmptyInput("holds no text", path=name)
        res.records = [r.to_dict() for r in doc.records]
        res.articles = [article_row(a, name) for a in doc.articles]
        if want_paragraphs:
            res.paragraphs = [p for a in doc.articles for p in record_paragraphs(a)]
        del doc
    except _Timeout:
        res.error = f"took longer than {timeout:g} s (raise --timeout, or split the file)"
    except ReportmineError as e:
        res.error = f"{type(e).__name__}: {e}"
    except (MemoryError, RecursionError) as e:
        res.error = f"{type(e).__name__}: the file exhausted reportmine ({str(e)[:200] or 'no detail'})"
    except Exception as e:  # a bug or a foreign error: report it and go on with the next file
        res.error = f"{type(e).__name__}: {str(e)[:500]}"
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous or signal.SIG_DFL)
    res.seconds = time.perf_counter() - t0
    return res


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


# --------------------------------------------------------------------------- many files


def iter_results(
    paths: str | os.PathLike | Sequence[str | os.PathLike],
    workers: int | None = None,
    root: str | os.PathLike | None = None,
    *,
    skip: Iterable[int] = (),
    timeout: float | None = None,
    paragraphs: bool = False,
) -> Iterator[FileResult]:
    """One :class:`FileResult` per file, in input order.

    ``workers`` None (or 0) runs the files in this process; N runs them in N
    worker processes (so the caller's own memory stays apart from the pipeline's).

    ``paths`` may hold files, directories and globs.  ``root`` names files in
    the output (doc_id, ``path``) relative to it; by default the deepest
    directory holding them all.  ``skip`` holds indices (into the expanded
    list) not to process (a resumed run); ``timeout`` gives up a file after
    that many seconds; ``paragraphs`` also returns each record's paragraph
    (for :mod:`reportmine.dedupe`).
    """
    yield from _iter_tasks(make_tasks(expand_paths(paths), root, timeout, paragraphs), workers, set(skip))


def _iter_tasks(tasks: list[tuple], workers: int | None, skip: set) -> Iterator[FileResult]:
    tasks = [t for t in tasks if t[0] not in skip]
    if not workers or len(tasks) < 2:  # in this process; workers=1 is one worker process, keeping
        for t in tasks:                  # the parent (writer, dedupe) apart from the pipeline's memory
            yield process_file(t)
        return
    order = [t[0] for t in tasks]
    waiting: dict[int, FileResult] = {}
    k = 0
    for res in _unordered(tasks, min(workers, len(tasks))):
        waiting[res.index] = res
        while k < len(order) and order[k] in waiting:  # order restored as results arrive
            yield waiting.pop(order[k])
            k += 1


def _unordered(tasks: list[tuple], workers: int) -> Iterator[FileResult]:
    """Results of ``tasks`` as they finish in ``workers`` processes, a few files in flight per worker.

    A worker that dies (killed for memory, a crash inside a library) breaks the pool: the
    files then in flight are run again one at a time, each in a fresh process, so the one
    that kills its process becomes an error result and the run goes on.
    """
    from collections import deque
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    def new_pool(n):
        return ProcessPoolExecutor(n, initializer=_init_worker)

    pending = deque(tasks)
    suspects: deque = deque()
    inflight: dict = {}
    pool = new_pool(workers)
    finished = False
    try:
        while pending or inflight or suspects:
            if suspects and not inflight:
                yield _alone(suspects.popleft(), new_pool)
                continue
            while pending and not suspects and len(inflight) < 2 * workers:
                t = pending.popleft()
                inflight[pool.submit(process_file, t)] = t
            done, _ = wait(inflight, return_when=FIRST_COMPLETED)
            for f in done:
                t = inflight.pop(f)
                try:
                    yield f.result()
                except BrokenProcessPool:
                    suspects.append(t)
            if suspects:  # the pool is broken: every file still in flight is a suspect
                suspects.extend(inflight.values())
                inflight.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool(workers)
        finished = True
    finally:  # workers are reaped after a complete run; an interrupted one does not wait for them
        pool.shutdown(wait=finished, cancel_futures=True)


def _alone(task: tuple, new_pool) -> FileResult:
    from concurrent.futures.process import BrokenProcessPool

    with new_pool(1) as pool:
        try:
            return pool.submit(process_file, task).result()
        except BrokenProcessPool:
            index, path, name = task[:3]
            return FileResult(index=index, path=path, name=name, size=_size(path), error=(
                "WorkerDied: the process reading it died (out of memory, or a crash inside a library); "
                "run `reportmine extract` on this file alone to see more"))


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def iter_records(paths: str | os.PathLike | Sequence[str | os.PathLike], workers: int | None = None,
                 root: str | os.PathLike | None = None) -> Iterator[dict]:
    """Flat record dicts of many files, in input order; only records cross process boundaries.

    Files are named as in :func:`iter_results`.  A file that cannot be read raises a
    :class:`~reportmine.errors.ReportmineError` naming it (:func:`read_reports` and
    ``reportmine extract`` go on past it instead).

    >>> recs = list(iter_records("corpora/samples/001_96e591ef6d8e9382.txt"))
    >>> recs[0]["doc_id"], recs[0]["metric"], recs[0]["mention"]
    ('001_96e591ef6d8e9382', 'unions', '68家')
    """
    for res in iter_results(paths, workers, root):
        if not res.ok:
            raise ReportmineError(f"cannot extract {res.name}: {res.error}", path=res.path)
        yield from res.records


def read_reports(path_or_glob_or_dir, workers: int | None = None, progress: bool = True, errors: str = "collect"):
    """Every record of every report under a path, glob or directory, as one records frame.

    ``errors="collect"`` (default) goes on past a file that cannot be read and
    lists it in ``frame.attrs["errors"]`` (dicts with ``path`` and ``reason``);
    ``errors="raise"`` raises a :class:`~reportmine.errors.ReportmineError`
    naming the first such file.  ``progress`` shows a bar per file (tqdm).

    >>> df = read_reports("corpora/samples", progress=False)
    >>> len(df) > 150, df.attrs["errors"]
    (True, [])
    """
    if errors not in ("collect", "raise"):
        raise ValueError(f"errors must be 'collect' or 'raise', not {errors!r}")
    from .output import records_frame

    files = expand_paths(path_or_glob_or_dir)
    rows: list[dict] = []
    failed: list[dict] = []
    bar = _progress(len(files), progress)
    try:
        for res in _iter_tasks(make_tasks(files), workers, set()):
            bar.done(res)
            if res.ok:
                rows.extend(res.records)
                continue
            if errors == "raise":
                raise ReportmineError(f"cannot extract {res.name}: {res.error}", path=res.path)
            failed.append({"path": res.name, "reason": res.error})
    finally:
        bar.close()
    frame = records_frame(rows)
    frame.attrs["errors"] = failed
    return frame


# --------------------------------------------------------------------------- progress


class _progress:
    """A tqdm bar that advances per file and shows files/s and MB/s (or nothing)."""

    def __init__(self, total: int, enabled: bool, initial: int = 0):
        self.bar = None
        self.bytes = 0
        self.t0 = time.perf_counter()
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, initial=initial, unit="file", file=sys.stderr, dynamic_ncols=True)

    def done(self, res: FileResult) -> None:
        self.bytes += res.size
        if self.bar is not None:
            dt = max(time.perf_counter() - self.t0, 1e-9)
            self.bar.set_postfix_str(f"{self.bytes / 1e6 / dt:.2f} MB/s", refresh=False)
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# --------------------------------------------------------------------------- the extract job


@dataclass
class ExtractSummary:
    """What :func:`run_extract` did."""

    files: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)
    records: int = 0
    duplicates: int = 0  # records whose paragraph recycles an earlier file's (dropped unless marked)
    resumed: int = 0  # files taken from the journal of an earlier run
    seconds: float = 0.0
    bytes: int = 0


class Journal:
    """The spool and journal next to an output, so an interrupted run can be finished.

    ``OUT.partial`` holds one JSON line per finished file (its records, or its
    error) in input order; ``OUT.journal`` starts with a header naming the
    inputs and options, then one line per finished file with the size of the
    spool after it.  A run killed at any point leaves at worst an incomplete
    last line, which :meth:`resume` cuts off.
    """

    def __init__(self, output: pathlib.Path, header: dict):
        self.spool_path = output.with_name(output.name + ".partial")
        self.journal_path = output.with_name(output.name + ".journal")
        self.header = header
        self.spool = self.journal = None

    def resume(self) -> list[dict]:
        """Entries of files finished by an earlier run of the same job (and reopen for appending)."""
        entries: list[dict] = []
        end = 0
        if self.journal_path.exists() and self.spool_path.exists():
            with open(self.journal_path, "rb") as f:
                lines = f.read().split(b"\n")
            try:
                head = json.loads(lines[0])
            except ValueError:
                head = None
            if head != self.header:
                raise ReportmineError(
                    f"the journal {self.journal_path} is of another job (other inputs or options)",
                    hint="Run without --resume to start again, or repeat the first command's inputs and options.",
                )
            done = []
            for line in lines[1:]:
                try:
                    done.append(json.loads(line))
                except ValueError:
                    break  # the line being written when the run was killed
            with open(self.spool_path, "rb") as f:
                for j in done:
                    raw = f.readline()
                    if not raw.endswith(b"\n") or f.tell() != j["end"]:
                        break
                    entries.append(json.loads(raw))
                    end = j["end"]
        self._open(end, entries)
        return entries

    def start(self) -> None:
        """A fresh job: any earlier spool and journal are discarded."""
        self._open(0, [])

    def _open(self, end: int, entries: list[dict]) -> None:
        mode = "r+b" if end else "wb"
        self.spool = open(self.spool_path, mode)
        self.spool.truncate(end)
        self.spool.seek(end)
        self.journal = open(self.journal_path, "wb")  # rewritten: header + the entries kept
        self.journal.write(json.dumps(self.header, sort_keys=True).encode() + b"\n")
        pos = 0
        for e in entries:
            pos += len(_entry_line(e))
            self.journal.write(_journal_line(e, pos))
        self.journal.flush()

    def add(self, entry: dict) -> None:
        """Record one finished file: spool line first, then the journal line that vouches for it."""
        self.spool.write(_entry_line(entry))
        self.spool.flush()
        self.journal.write(_journal_line(entry, self.spool.tell()))
        self.journal.flush()

    def entries(self) -> Iterator[dict]:
        """Every spooled entry, in order (for a second pass over the run)."""
        self.spool.flush()
        with open(self.spool_path, "rb") as f:
            for line in f:
                yield json.loads(line)

    def close(self, remove: bool) -> None:
        for f in (self.spool, self.journal):
            if f is not None:
                f.close()
        if remove:
            for p in (self.spool_path, self.journal_path):
                p.unlink(missing_ok=True)


def _entry_line(entry: dict) -> bytes:
    return json.dumps(entry, ensure_ascii=False).encode("utf-8") + b"\n"  # key order kept: replay = live


def _journal_line(entry: dict, end: int) -> bytes:
    return json.dumps({"i": entry["i"], "name": entry["name"], "ok": entry["error"] is None,
                       "records": len(entry["records"]), "end": end}, ensure_ascii=False).encode("utf-8") + b"\n"


def _entry(res: FileResult) -> dict:
    e = {"i": res.index, "name": res.name, "size": res.size, "error": res.error, "records": res.records}
    if res.paragraphs is not None:
        e["paragraphs"] = res.paragraphs
    return e


def _job_header(tasks, fmt, dedupe) -> dict:
    h = hashlib.sha256()
    for t in tasks:
        st = os.stat(t[1])
        h.update(f"{t[2]}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return {"reportmine_journal": 1, "inputs": h.hexdigest(), "files": len(tasks), "format": fmt, "dedupe": dedupe or False}


def _atomic_text(path: pathlib.Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def run_extract(
    paths: Sequence[str | os.PathLike],
    output: str | os.PathLike,
    fmt: str | None = None,
    workers: int | None = None,
    *,
    errors_path: str | os.PathLike | None = None,
    resume: bool = False,
    dedupe: bool | str = False,
    progress: bool = False,
    timeout: float | None = None,
    root: str | os.PathLike | None = None,
) -> ExtractSummary:
    """The ``reportmine extract`` job: every record of every file to ``output``.

    Records are written in input order whatever ``workers`` is (so the output
    is byte-identical), through a spool and journal next to the output
    (``OUT.partial``, ``OUT.journal``) that ``resume=True`` continues after an
    interruption; the output (and ``errors_path``: one ``name<TAB>reason`` line
    per failed file) appear atomically when the job ends, and the spool and
    journal are then removed.  With ``dedupe`` the records whose paragraph
    recycles an earlier file's are dropped (see :mod:`reportmine.dedupe`); with
    ``dedupe="mark"`` they are kept with ``duplicate_of`` naming that file.
    """
    from .output import RecordWriter

    output = pathlib.Path(output)
    tasks = make_tasks(expand_paths(paths), root, timeout, bool(dedupe))
    writer = RecordWriter(output, fmt)  # a temporary file beside the output until close()
    journal = Journal(output, _job_header(tasks, writer.format, dedupe))
    summary = ExtractSummary(files=len(tasks))
    t0 = time.perf_counter()
    finished = False
    bar = None
    try:
        done = journal.resume() if resume else (journal.start() or [])
        summary.resumed = len(done)
        bar = _progress(len(tasks), progress, initial=len(done))
        live = None if dedupe else writer  # with dedupe, records are written after the second pass
        for e in done:
            _take(e, summary, live)
        skip = {e["i"] for e in done}
        for res in _iter_tasks(tasks, workers, skip):
            entry = _entry(res)
            journal.add(entry)
            _take(entry, summary, live)
            summary.bytes += res.size
            bar.done(res)
        bar.close()
        if dedupe:
            summary.records = 0
            summary.duplicates = _write_deduplicated(journal, writer, summary, drop=dedupe != "mark")
        writer.close()
        if errors_path is not None:
            _atomic_text(pathlib.Path(errors_path), "".join(f"{n}\t{_one_line(r)}\n" for n, r in summary.failed))
        finished = True
    finally:
        if bar is not None:
            bar.close()
        if not finished:
            writer.abort()
        journal.close(remove=finished)
    summary.seconds = time.perf_counter() - t0
    return summary


def _one_line(reason: str) -> str:
    return " ".join(str(reason).split())


def _take(entry: dict, summary: ExtractSummary, writer) -> None:
    if entry["error"] is not None:
        summary.failed.append((entry["name"], entry["error"]))
        return
    summary.records += len(entry["records"])
    if writer is not None and entry["records"]:
        writer.write(entry["records"])


def _write_deduplicated(journal: Journal, writer, summary: ExtractSummary, drop: bool) -> int:
    """Second pass over the spool: find recycled paragraphs, then write the records with
    ``duplicate_of`` set (``drop=False``) or without the duplicates; return the count found."""
    from .dedupe import DuplicateFinder

    finder = DuplicateFinder()
    for e in journal.entries():
        if e["error"] is None:
            finder.add_records(e["records"], e.get("paragraphs") or [""] * len(e["records"]))
    first = iter(finder.first_occurrences())
    found = 0
    for e in journal.entries():
        if e["error"] is not None:
            continue
        keep = []
        for r in e["records"]:
            dup = next(first)
            found += bool(dup)
            if dup and drop:
                continue
            keep.append({**r, "duplicate_of": dup})
        summary.records += len(keep)
        if keep:
            writer.write(keep)
    return found
