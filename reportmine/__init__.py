"""reportmine: figures from Chinese trade-union work reports, as clean, traceable tables."""

from .model import Article, Document, Metadata, Part, Record, Section, Source
from .textedit import Change, Edit, TrackedText

__all__ = [
    "Article", "Document", "Metadata", "Part", "Record", "Section", "Source",
    "Change", "Edit", "TrackedText",
]
__version__ = "0.1.0"
