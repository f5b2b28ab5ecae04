"""reportmine: figures from Chinese trade-union work reports, as clean, traceable tables.

>>> import reportmine
>>> doc = reportmine.load("corpora/samples/001_96e591ef6d8e9382.txt")
>>> art = doc.articles[0]
>>> art.title, art.metadata.org_level
('县总工会精神文明工作总结', '市')
>>> r = art.records[0]
>>> r.metric, r.value, r.unit, art.text[r.start:r.end]
('unions', 68.0, 'org', '68家')
"""

from .model import Article, Document, Metadata, Part, Record, Section, Source
from .textedit import Change, Edit, TrackedText

__all__ = [
    "load", "parse_text", "extract", "load_many", "iter_records", "normalize", "normalize_and_explain",
    "records_frame", "articles_frame", "sections_frame", "changes_frame", "write_records", "read_records",
    "RecordWriter", "read_reports", "summary", "duplicates",
    "Article", "Document", "Metadata", "Part", "Record", "Section", "Source", "Change", "Edit", "TrackedText",
]
__version__ = "0.1.0"

_LAZY = {
    "load": "pipeline", "parse_text": "pipeline", "extract": "pipeline", "load_many": "pipeline",
    "iter_records": "bulk", "normalize": "normalize.pipeline", "normalize_and_explain": "normalize.pipeline",
    "records_frame": "output", "write_records": "output", "read_records": "output", "RecordWriter": "output",
    "articles_frame": "output", "sections_frame": "output", "changes_frame": "output",
    "read_reports": "bulk", "summary": "analysis", "duplicates": "dedupe",
}


def __getattr__(name):  # imported on first use: `import reportmine` stays cheap
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'reportmine' has no attribute {name!r}")
