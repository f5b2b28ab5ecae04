"""The whole job, source to records: the public entry points.

>>> import reportmine
>>> doc = reportmine.load("corpora/samples/004_e50c7d9a74c650fc.txt")
>>> [a.title for a in doc.articles]
['街道总工会工作总结 篇1', '街道总工会工作总结 篇2', '街道总工会工作总结 篇3']
>>> r = doc.articles[0].records[3]
>>> r.metric, r.value, r.unit, r.mention
('members', 1438.0, 'person', '1438人')
>>> doc.source.text[r.raw_start:r.raw_end]
'1438人'
"""

from __future__ import annotations

import gc
from bisect import bisect_right
import os
import threading
import pathlib
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterable, Iterator

from .aspect import aspect_of
from .articles import split_page
from .decode import read
from .errors import ProcessingError, ReportmineError
from .extraction import extract_records
from .metadata import extract_metadata
from .model import Article, Document, Metadata, Record, SectionTree, Source
from .normalize.pipeline import normalize_tracked
from .sections import parse_sections
from .textedit import TrackedText

__all__ = ["load", "parse_text", "extract", "load_many", "run_names"]


def load(source: str | os.PathLike | bytes, name: str | None = None,
         root: str | os.PathLike | None = None) -> Document:
    """Read a report file (or its bytes) and run every stage on it.

    ``source`` is a path to a plain-text (UTF-8, GB18030/GBK, Big5, UTF-16),
    HTML or .docx file, or the raw bytes of one.  Text you already hold as a
    ``str`` goes to :func:`parse_text` instead.

    Every record's ``path`` is the file's path relative to ``root`` (``/``-separated), and its
    ``doc_id`` that path without the extension (``#N`` added where a page holds several
    articles), so files of one run never share a doc_id.  Without ``root`` the doc_id is the
    file stem (or ``name``) and ``path`` the path as given.

    >>> doc = load("corpora/samples/001_96e591ef6d8e9382.txt", root="corpora")
    >>> doc[0].doc_id, doc.records[0].path
    ('samples/001_96e591ef6d8e9382', 'samples/001_96e591ef6d8e9382.txt')
    """
    path = ""
    if isinstance(source, (str, os.PathLike)):
        path = pathlib.Path(source).as_posix()
        if root is not None:
            path = _relative(source, root)
            name = name or _without_suffix(path)
    return build_document(read(source, name=name), path=path)


def _relative(path: str | os.PathLike, root: str | os.PathLike) -> str:
    return pathlib.Path(os.path.relpath(os.path.abspath(path), os.path.abspath(root))).as_posix()


def _without_suffix(rel: str) -> str:
    head, _, last = rel.rpartition("/")
    stem = last.rsplit(".", 1)[0] if "." in last.lstrip(".") else last
    return f"{head}/{stem}" if head else stem


def run_names(paths: Iterable[str | os.PathLike], root: str | os.PathLike | None = None) -> list[tuple[str, str]]:
    """``(doc name, relative path)`` of each file of a run: unique within the run.

    ``root`` defaults to the deepest directory holding every file, so a run over one
    directory names its files by their stems.  Two files differing only by extension
    keep it in the name.

    >>> run_names(["a/x.txt", "b/x.txt", "b/y.txt", "b/y.html"])
    [('a/x', 'a/x.txt'), ('b/x', 'b/x.txt'), ('b/y.txt', 'b/y.txt'), ('b/y.html', 'b/y.html')]
    """
    paths = [pathlib.Path(p) for p in paths]
    if not paths:
        return []
    if root is None:
        root = os.path.commonpath([os.path.abspath(p.parent) for p in paths])
    rels = [_relative(p, root) for p in paths]
    names = [_without_suffix(r) for r in rels]
    seen: dict[str, int] = {}
    for n in names:
        seen[n] = seen.get(n, 0) + 1
    return [(n if seen[n] == 1 else r, r) for n, r in zip(names, rels)]


def parse_text(text: str, name: str = "<text>") -> Document:
    """Run every stage on text already decoded into a ``str``."""
    if not isinstance(text, str):
        raise TypeError(f"parse_text() takes a str, got {type(text).__name__}; use load() for paths and bytes")
    return build_document(Source(name=name, text=text.replace("\r\n", "\n").replace("\r", "\n"), encoding="str"))


def extract(text: str) -> list[Record]:
    """The figure records of a plain string (all articles in it).

    >>> [(r.metric, r.value, r.unit) for r in extract("为145名困难职工发放救助资金24万元。")]
    [('relief_recipients', 145.0, 'person'), ('relief_amount', 240000.0, 'yuan')]
    """
    return parse_text(text).records


def build_document(src: Source, path: str = "") -> Document:
    """Normalise a decoded source, split it into articles and analyse each.

    The cyclic garbage collector is paused meanwhile (see :func:`collector_paused`).
    """
    with collector_paused():
        return _build_document(src, path)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector inside the block (resumed after it if it ran before;
    with threads, when the last block of any thread ends).

    The job allocates some 10^5 short-lived containers per MB of text and frees them by reference
    counting; the collector's passes over the growing heap find nothing to free, and cost 13% of
    the job on a 1 MB article (more as it grows): memory stays the same without them.
    """
    global _paused, _was_enabled
    with _pause_lock:  # threads share the collector: the first in pauses it, the last out resumes it
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _pause_lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()


_pause_lock = threading.Lock()
_paused = 0  # how many blocks (in any thread) are inside collector_paused
_was_enabled = False


#: a page at least this long (characters) hands the memory its normalising freed back to the system
TRIM_FROM = 1 << 17


@lru_cache(maxsize=1)
def _malloc_trim():
    """glibc's ``malloc_trim``, or None where the C library has none (macOS, Windows, musl)."""
    try:
        import ctypes
        import ctypes.util

        trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def release_freed_memory() -> bool:
    """Hand the C heap's free pages back to the operating system (glibc only); True if it could.

    Normalising a long page makes a new text and offset map per step and frees the old ones. glibc
    raises its mmap threshold when such a block is freed, so later blocks of that size come from the
    main heap, where freed pages stay resident: a 10 MB report then peaked at 13.6x its size instead
    of 9.4x. Called once per long page (``TRIM_FROM``), after normalising, as dask.distributed's
    workers do to trim memory; elsewhere it does nothing.

    >>> isinstance(release_freed_memory(), bool)
    True
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


#: a page at least this long (characters) keeps its articles' offset maps as stretches (numpy does it,
#: loaded for a page this long by the learned typing anyway); a shorter one keeps the plain arrays
COMPACT_FROM = 1 << 16


def _build_document(src: Source, path: str) -> Document:
    page = normalize_tracked(src.text)
    split = split_page(page.text)
    spans = split.articles
    leftover = tuple((*page.source_span(s, e), page.text[s:e]) for s, e in split.leftover)
    if not spans:
        return Document(src, (), page.changes, leftover)
    # every change belongs to exactly one article: the one whose raw extent holds it
    bounds = [0] + [page.source_span(sp.title_start if sp.title_end > sp.title_start else sp.start, sp.end)[0] for sp in spans[1:]]
    bounds.append(page.source_length + 1)
    multi = len(spans) > 1
    # each article's text and map, taken before any is analysed, so the page's map can go: on a long
    # page every article keeps its map as stretches (TrackedText.compact), not 8 bytes a character
    pieces = []
    long_page = len(page.text) >= COMPACT_FROM
    # (the one article of a page holds every change: the page's log itself, not a copy)
    kept = _changes_by_article(page.changes, bounds) if multi else [page.changes]
    for i, sp in enumerate(spans):
        offsets = page.slice(sp.start, sp.end, changes=kept[i])
        if long_page:  # every article of it, a short one too
            offsets = offsets.compact(0)
        title_block = page.text[sp.title_end:sp.start] if sp.title_end > sp.title_start else ""
        pieces.append((sp.title, offsets, title_block, sp.collection))
    changes = page.changes
    del page
    if len(src.text) >= TRIM_FROM:
        release_freed_memory()  # the steps' freed copies: else they stay resident (see there)
    articles = []
    for i, (title, offsets, title_block, collection) in enumerate(pieces):
        doc_id = f"{src.name}#{i + 1}" if multi else src.name
        pieces[i] = None  # type: ignore[call-overload]  # the article holds its map from here
        articles.append(analyse_article(doc_id, i + 1, title, offsets, src.text, path=path, title_block=title_block,
                                        collection=collection))
    return Document(src, tuple(articles), changes, leftover)


def _changes_by_article(changes: tuple, bounds: list[int]) -> list[tuple]:
    """The changes whose ``raw_start`` lies in ``bounds[i] .. bounds[i + 1] - 1``, for each article ``i``
    (in log order; one pass with a bisection each, not a pass over the log per article).

    >>> from reportmine.textedit import Change
    >>> cs = (Change("s", 5, 6, "a", "b"), Change("s", 0, 1, "c", "d"), Change("s", 9, 9, "", "e"))
    >>> [[c.raw_start for c in part] for part in _changes_by_article(cs, [0, 4, 9, 11])]
    [[0], [5], [9]]
    """
    per: list[list] = [[] for _ in range(len(bounds) - 1)]
    last = len(per)
    for c in changes:
        i = bisect_right(bounds, c.raw_start) - 1
        if 0 <= i < last:
            per[i].append(c)
    return [tuple(p) for p in per]


def analyse_article(doc_id: str, index: int, title: str, offsets: TrackedText, source_text: str,
                    path: str = "", title_block: str = "", collection: str = "") -> Article:
    """Parts, sections, metadata and records of one normalised article.

    ``title_block`` is the page text between the article's title and its body (a date line under a
    congress report's title dates it); ``collection`` the title of the collection the article was cut
    from (its year and kind hold for a report in it that names none).

    Each record gets its place (doc_id, article, raw offsets), its aspect, and a copy of the
    article's title, year, org_level, report_type and source ``path`` (so flat tables group).
    """
    text = offsets.text
    parts, roots = parse_sections(text)
    sections = SectionTree(roots)  # one index for every record's section lookup
    metadata = extract_metadata(title, text, parts, title_block=title_block, collection=collection)
    found = extract_records(text, parts, sections)
    return Article(
        doc_id=doc_id,
        index=index,
        title=title,
        text=text,
        offsets=offsets,
        source_text=source_text,
        parts=tuple(parts),
        sections=sections,
        metadata=metadata,
        records=place_records(found, doc_id, index, title, offsets, metadata, path, consume=True),
        path=path,
    )


def place_records(found: list[Record], doc_id: str, index: int, title: str, offsets: TrackedText,
                  metadata: Metadata, path: str = "", consume: bool = False) -> tuple[Record, ...]:
    """The records extraction ``found`` in an article, each with its place (doc_id, article, raw
    offsets), its aspect, and the article's title, year, org_level, report_type and ``path``.

    Each record is built once, by a direct constructor call (``dataclasses.replace`` costs five
    times as much), and keeps the strings of the found one (extraction already made equal strings
    of an article one object).

    With ``consume``, ``found`` is emptied as the records are placed: each found record is freed
    once its placed copy is made, so the two lists (some 270 bytes a record, 2x the input of a
    figure-dense article) are never alive together.
    """
    text = offsets.text
    year, org_level, report_type = metadata.year, metadata.org_level, metadata.report_type
    in_order = sorted(found, key=_start)  # aspect looks back for a whole by offset
    aspects = [aspect_of(r, text, in_order) for r in found]  # first: then found can go record by record
    del in_order
    span = offsets.source_span
    out = []
    for i, r in enumerate(found):
        if consume:
            found[i] = None  # type: ignore[call-overload]  # r is the last reference
        rs, re_ = span(r.start, r.end)
        out.append(Record(  # positionally, in Record's field order (keywords cost a quarter more)
            r.metric, r.subject, r.value, r.unit, r.raw_unit, r.qualifier, r.mention,
            r.start, r.end, r.evidence, r.period, r.part, r.section,
            r.flags, r.high, r.sentence_start, r.sentence_end,
            doc_id, index, rs, re_, aspects[i], r.why,  # doc_id … aspect, why
            title, year, org_level, report_type, path, r.duplicate_of,  # the article's metadata and source
        ))
    if consume:
        found.clear()
    return tuple(out)


def _start(r: Record) -> int:
    return r.start


def _load_named(task: tuple) -> Document:
    source, name, rel = task
    return build_document(read(source, name=name), path=rel)


def _load_or_error(task: tuple) -> Document | ReportmineError:
    """:func:`_load_named`, with a failure returned (a foreign one as :class:`ProcessingError` naming
    the file) instead of raised, so that one bad file does not end a run of many."""
    try:
        return _load_named(task)
    except ReportmineError as e:
        return e
    except (MemoryError, RecursionError) as e:
        return ProcessingError(f"{type(e).__name__}: the file exhausted reportmine ({str(e)[:200] or 'no detail'})", path=task[2] or task[1])
    except Exception as e:  # a bug or a foreign error: named, and the run goes on
        return ProcessingError(f"{type(e).__name__}: {str(e)[:500]}", path=task[2] or task[1])


def _tasks(paths, root) -> list[tuple]:
    paths = list(paths)
    return [(p, name, rel) for p, (name, rel) in zip(paths, run_names(paths, root))]


def load_many(paths: Iterable[str | os.PathLike], workers: int | None = None,
              root: str | os.PathLike | None = None, errors: str = "raise") -> Iterator[Document]:
    """Load many files, in parallel processes when ``workers`` > 1 (order kept).

    Files are named relative to ``root`` (default: the deepest directory holding them all),
    so doc_ids are unique within the run: see :func:`run_names`.

    ``errors="raise"`` (the default) stops at the first file that cannot be read or analysed,
    raising its :class:`~reportmine.errors.ReportmineError`.  ``errors="yield"`` goes on: that
    file's error takes its place in the output (a foreign failure as
    :class:`~reportmine.errors.ProcessingError` naming the file), so a run over an archive keeps
    every file it can read and can say which it could not:

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("镇总工会工作总结\\n今年新建工会12家。", encoding="utf-8")
    >>> _ = (d / "b.txt").write_bytes(b"PK\\x03\\x04" + bytes(40))  # a zip archive, not a report
    >>> [type(x).__name__ for x in load_many([d / "a.txt", d / "b.txt"], errors="yield")]
    ['Document', 'DecodeError']
    """
    if errors not in ("raise", "yield"):
        raise ValueError(f"errors={errors!r}: use 'raise' (stop at the first bad file) or 'yield' (its error in its place)")
    yield from _map(_load_named if errors == "raise" else _load_or_error, _tasks(paths, root), workers)


def _map(fn, tasks: list, workers: int | None) -> Iterator:
    if not workers or workers <= 1 or len(tasks) < 2:
        yield from map(fn, tasks)
        return
    from concurrent.futures import ProcessPoolExecutor  # multiprocessing loads only for a parallel run

    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(fn, tasks, chunksize=max(1, len(tasks) // (workers * 8)))
