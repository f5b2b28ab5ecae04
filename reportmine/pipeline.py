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

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from typing import Iterable, Iterator

from .articles import split_page
from .decode import read
from .extraction import extract_records
from .metadata import extract_metadata
from .model import Article, Document, Record, SectionTree, Source
from .normalize.pipeline import normalize_tracked
from .sections import parse_sections
from .textedit import TrackedText

__all__ = ["load", "parse_text", "extract", "load_many", "iter_records"]


def load(source: str | os.PathLike | bytes, name: str | None = None) -> Document:
    """Read a report file (or its bytes) and run every stage on it.

    ``source`` is a path to a plain-text (UTF-8, GB18030/GBK, Big5, UTF-16),
    HTML or .docx file, or the raw bytes of one.  Text you already hold as a
    ``str`` goes to :func:`parse_text` instead.
    """
    return build_document(read(source, name=name))


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


def build_document(src: Source) -> Document:
    """Normalise a decoded source, split it into articles and analyse each."""
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
    articles = []
    for i, sp in enumerate(spans):
        lo, hi = bounds[i], bounds[i + 1]
        offsets = replace(page.slice(sp.start, sp.end), changes=tuple(c for c in page.changes if lo <= c.raw_start < hi))
        doc_id = f"{src.name}#{i + 1}" if multi else src.name
        articles.append(analyse_article(doc_id, i + 1, sp.title, offsets, src.text))
    return Document(src, tuple(articles), page.changes, leftover)


def analyse_article(doc_id: str, index: int, title: str, offsets: TrackedText, source_text: str) -> Article:
    """Parts, sections, metadata and records of one normalised article."""
    text = offsets.text
    parts, sections = parse_sections(text)
    metadata = extract_metadata(title, text, parts)
    records = []
    for r in extract_records(text, parts, sections):
        rs, re_ = offsets.source_span(r.start, r.end)
        records.append(replace(r, doc_id=doc_id, article=index, raw_start=rs, raw_end=re_))
    return Article(
        doc_id=doc_id,
        index=index,
        title=title,
        text=text,
        offsets=offsets,
        source_text=source_text,
        parts=tuple(parts),
        sections=SectionTree(sections),
        metadata=metadata,
        records=tuple(records),
    )


def _records_of(path) -> list[dict]:
    return [r.to_dict() for r in load(path).records]


def load_many(paths: Iterable[str | os.PathLike], workers: int | None = None) -> Iterator[Document]:
    """Load many files, in parallel processes when ``workers`` > 1 (order kept)."""
    paths = list(paths)
    if not workers or workers <= 1 or len(paths) < 2:
        for p in paths:
            yield load(p)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(load, paths, chunksize=max(1, len(paths) // (workers * 8)))


def iter_records(paths: Iterable[str | os.PathLike], workers: int | None = None) -> Iterator[dict]:
    """Flat record dicts of many files; only records cross process boundaries."""
    paths = list(paths)
    if not workers or workers <= 1 or len(paths) < 2:
        for p in paths:
            yield from _records_of(p)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for recs in pool.map(_records_of, paths, chunksize=max(1, len(paths) // (workers * 8))):
            yield from recs
