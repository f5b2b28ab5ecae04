"""The data classes that flow between reportmine's stages.

source bytes -> :class:`Source` (decoded text) -> normalised text with an offset
map (:class:`~reportmine.textedit.TrackedText`) -> :class:`Article` ->
:class:`Part` / :class:`Section` / :class:`Metadata` -> :class:`Record`.

All offsets are half-open character offsets.  ``start``/``end`` index the
normalised article text (``Article.text``); ``raw_start``/``raw_end`` index the
decoded source text (``Source.text``).
"""

from __future__ import annotations

import bisect
from dataclasses import MISSING, dataclass, field, asdict, fields
from collections.abc import Iterator, Sequence
from operator import attrgetter, itemgetter

from .textedit import Change, TrackedText

__all__ = [
    "PART_ROLES",
    "Source",
    "Part",
    "Section",
    "Metadata",
    "Record",
    "Article",
    "Document",
    "part_at",
    "section_at",
    "section_path",
    "iter_sections",
    "SectionTree",
]

PART_ROLES = ("summary", "experience", "problems", "plan")
QUALIFIERS = ("exact", "approx", "more_than", "less_than")
UNITS = ("person", "person_time", "household", "org", "yuan", "percent", "item", "case", "session", "other")
METRICS = (
    "members", "unions", "enterprises", "workers", "coverage_rate", "completion_rate", "share",
    "relief_amount", "relief_recipients", "training_sessions", "trainees", "contracts", "cases",
    "recovered_amount", "insured", "honours", "jobs", "activities", "funds", "other",
)


@dataclass(frozen=True)
class Source:
    """A decoded input file: its text and how it was read."""

    name: str  # file stem (or "<bytes>")
    text: str  # decoded text: the coordinate space of raw offsets
    encoding: str  # codec used, e.g. "utf-8", "gb18030", "mixed(utf-8,gb18030)"
    format: str = "text"  # "text", "html", "mhtml", "docx", "odt", "wordxml", "json", "csv", "rtf" or "email"
    notes: tuple[str, ...] = ()  # what the reader tried or noticed


@dataclass(frozen=True)
class Part:
    """A stretch of an article with one role: summary, experience, problems or plan."""

    role: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"part": self.role, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Section:
    """A heading and everything under it, up to the next heading of equal or lower depth.

    ``start``/``end`` span the whole section (heading, body, subsections);
    ``heading_start``/``heading_end`` the heading text itself (marker excluded).
    """

    depth: int
    marker: str
    number: int
    heading: str
    part: str
    start: int
    end: int
    heading_start: int
    heading_end: int
    children: tuple["Section", ...] = ()

    def walk(self) -> Iterator["Section"]:
        """This section and all below it, in document order."""
        yield self
        for c in self.children:
            yield from c.walk()

    def to_dict(self) -> dict:
        return {
            "depth": self.depth,
            "marker": self.marker,
            "number": self.number,
            "heading": self.heading,
            "part": self.part,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Metadata:
    title: str
    year: int | None
    org_level: str
    report_type: str  # half_year, annual, plan, other

    def to_dict(self) -> dict:
        return asdict(self)


def _slot_init(cls: type) -> type:
    """Give a frozen, slotted dataclass an ``__init__`` that stores each field through its slot.

    Same parameters, order and defaults as the one :func:`dataclasses.dataclass` writes, without
    its ``object.__setattr__`` call per field (which a frozen class needs): a :class:`Record` is
    built per figure, twice (found, then placed in its article), some 8,400 times per MB of reports.

    >>> @_slot_init
    ... @dataclass(frozen=True, slots=True)
    ... class P:
    ...     x: int
    ...     y: str = "a"
    >>> P(1), P(2, y="b") == P(2, "b"), hash(P(1)) == hash(P(1, "a"))
    (P(x=1, y='a'), True, True)
    """
    return _with_init(cls, _init_code(cls, ()))


def _init_code(cls: type, shared: tuple[str, ...]) -> tuple[str, dict]:
    """The source of an ``__init__`` that takes every field of the dataclass ``cls`` (same order
    and defaults as the generated one) and stores each through its slot's setter ``_set_<name>``,
    except the ``shared`` fields (see :func:`_shared_slots`); and the defaults it reads."""
    env: dict[str, object] = {}
    params, body = [], []
    for f in fields(cls):
        if f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: a default factory needs the generated __init__")
        if f.default is MISSING:
            params.append(f.name)
        else:
            env[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        if f.name not in shared:
            body.append(f"    _set_{f.name}(self, {f.name})\n")
    return f"def __init__(self, {', '.join(params)}):\n{''.join(body)}", env


def _with_init(cls: type, code: tuple[str, dict]) -> type:
    """``cls`` with the ``__init__`` of ``code`` (:func:`_init_code`), given its slots' setters."""
    source, env = code
    for name in cls.__slots__:
        env[f"_set_{name}"] = vars(cls)[name].__set__  # the slot's member descriptor
    exec(source, env)
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init
    return cls


def _shared_slots(holder: str, shared: tuple[str, ...]):
    """Make a frozen (not slotted) dataclass slotted, with its ``shared`` fields held together in
    one tuple slot ``holder`` and read back through properties: fields that are the same for
    many instances in a row (a record's article: doc_id, title, year …) then cost one slot, and
    consecutive instances with the very same objects there share one tuple.

    The class stays a dataclass with every field (``fields``, ``replace``, ``asdict``, equality,
    hashing and keyword construction see no difference), frozen, without a ``__dict__``, and
    pickles by its field values.

    >>> @_shared_slots("_where", ("page", "book"))
    ... @dataclass(frozen=True)
    ... class Q:
    ...     x: int
    ...     page: int = 0
    ...     book: str = ""
    >>> a, b = Q(1, 7, "b"), Q(2, 7, "b")
    >>> a.page, a.book, a._where is b._where, Q(1, page=7, book="b") == a, Q.__slots__
    (7, 'b', True, True, ('x', '_where'))
    """
    def decorate(cls: type) -> type:
        names = [f.name for f in fields(cls)]
        d = {k: v for k, v in vars(cls).items() if k not in names and k not in ("__dict__", "__weakref__")}
        d["__slots__"] = tuple(n for n in names if n not in shared) + (holder,)
        values = attrgetter(*names)
        d["__reduce__"] = lambda self: (type(self), values(self))
        new = type(cls)(cls.__name__, cls.__bases__, d)
        new.__qualname__ = cls.__qualname__
        for i, name in enumerate(shared):
            setattr(new, name, property(_item_of(holder, i), doc=f"(held in {holder})"))
        source, env = _init_code(new, shared)
        same = " and ".join(f"last[{i}] is {n}" for i, n in enumerate(shared))
        source += (f"    last = _last[0]\n    if not ({same}):\n"
                   f"        last = _last[0] = ({', '.join(shared)},)\n    _set_{holder}(self, last)\n")
        env["_last"] = [(object(),) * len(shared)]  # the tuple of the last instance built
        return _with_init(new, (source, env))
    return decorate


def _item_of(holder: str, i: int):
    get = attrgetter(holder)
    return lambda self: get(self)[i]


#: the fields of :class:`Record` that are the same for every record of an article
_ARTICLE_FIELDS = ("doc_id", "article", "title", "year", "org_level", "report_type", "path")


@_shared_slots("_article", _ARTICLE_FIELDS)
@dataclass(frozen=True)
class Record:
    """One figure of a report with what it counts and where it stands (spec: records.md).

    Slotted (no per-record ``__dict__``: an MB of reports holds some 8,400 of them), the fields of
    its article (doc_id, article, title, year, org_level, report_type, path) in one tuple that the
    records of an article share; frozen, hashable and picklable like any dataclass.
    """

    metric: str
    subject: str
    value: float
    unit: str
    raw_unit: str
    qualifier: str
    mention: str
    start: int
    end: int
    evidence: str = ""
    period: str | None = None
    part: str = "summary"
    section: str = ""
    flags: tuple[str, ...] = ()
    high: float | None = None  # upper bound of a range (3—5人), else None
    sentence_start: int = -1
    sentence_end: int = -1
    doc_id: str = ""
    article: int = 0
    raw_start: int = -1
    raw_end: int = -1
    #: what kind of figure: ``total`` (a stock), ``new`` (added in the period), ``part`` (a subset
    #: of a stated whole), ``change`` (增长12%, 提高2个百分点) or ``target`` (in a plan part)
    aspect: str = "total"
    #: why the metric was chosen: the cue or the model features that decided it
    why: str = ""
    # the article's metadata and the source, copied on each record so flat tables can be grouped
    title: str = ""
    year: int | None = None
    org_level: str = ""
    report_type: str = ""
    path: str = ""  # source path relative to the run's root ("" for text and bytes)
    duplicate_of: str = ""  # doc_id of the first occurrence of this record's paragraph, if recycled

    def to_dict(self) -> dict:
        """The record as a flat dict, fields in order, flags as a list (the spec's field names).

        A Record's fields are flat, so its values are read in one call (``dataclasses.asdict``
        deep-copies every value: a tenth of a bulk run's time).
        """
        d = dict(zip(RECORD_FIELDS, _record_values(self)))
        d["flags"] = list(self.flags)
        return d

    def __eq__(self, other) -> bool:  # field by field, as the dataclass's, reading the slots at once
        if other.__class__ is self.__class__:
            return _record_slots(self) == _record_slots(other)
        return NotImplemented

    def __hash__(self) -> int:  # of the values __eq__ compares
        return hash(_record_slots(self))

    def __repr__(self) -> str:
        flags = f" flags={list(self.flags)}" if self.flags else ""
        return (f"Record({self.metric} {self.value:g} {self.unit} {self.aspect} {self.mention!r}"
                f" {self.doc_id} @{self.start}{flags})")

    def _repr_html_(self) -> str:
        from .display import record_html

        return record_html(self)


#: the field names of :class:`Record`, in order
RECORD_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Record))
_record_slots = attrgetter(*Record.__slots__)  # the fields held in slots, then the article's tuple
_in_field_order = itemgetter(*[(Record.__slots__[:-1] + _ARTICLE_FIELDS).index(n) for n in RECORD_FIELDS])


def _record_values(r: Record) -> tuple:
    """The values of a record's fields, in order (three calls, not a property call per article field)."""
    v = _record_slots(r)
    return _in_field_order(v[:-1] + v[-1])


class SectionTree(Sequence[Section]):
    """An article's sections: iterable (and indexable) in document order; ``roots`` is the tree.

    Lookups by offset (:meth:`at`, :meth:`path`) bisect each level of the tree, O(depth · log n),
    so an article of 100,000 run-in sections with a figure in each stays linear.

    >>> leaf = Section(2, "（一）", 1, "学理论", "summary", 6, 12, 9, 12)
    >>> top = Section(1, "一、", 1, "抓学习", "summary", 0, 12, 2, 5, (leaf,))
    >>> tree = SectionTree((top,))
    >>> [s.heading for s in tree], len(tree), tree.roots == (top,)
    (['抓学习', '学理论'], 2, True)
    >>> tree.path(7), tree.at(3).heading, tree.path(20)
    ('抓学习 > 学理论', '抓学习', '')
    """

    __slots__ = ("roots", "_flat", "_starts")

    def __init__(self, roots: Sequence[Section] = ()) -> None:
        self.roots = tuple(roots)
        self._flat = tuple(s for r in self.roots for s in r.walk())
        self._starts: dict[int, list[int]] = {}  # id(parent) (0: the roots) -> its children's starts

    def __getitem__(self, i):
        return self._flat[i]

    def __len__(self) -> int:
        return len(self._flat)

    def __eq__(self, other) -> bool:
        return isinstance(other, SectionTree) and self.roots == other.roots

    def __hash__(self) -> int:
        return hash(self.roots)

    def __repr__(self) -> str:
        return f"SectionTree({len(self.roots)} roots, {len(self._flat)} sections)"

    def _repr_html_(self) -> str:
        from .display import sections_html

        return sections_html(self)

    def _child(self, key: int, level: Sequence[Section], offset: int) -> Section | None:
        starts = self._starts.get(key)
        if starts is None:
            starts = self._starts[key] = [s.start for s in level]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and level[i].start <= offset < level[i].end:
            return level[i]
        return None

    def chain(self, offset: int) -> list[Section]:
        """The sections holding ``offset``, outermost first."""
        out: list[Section] = []
        s = self._child(0, self.roots, offset)
        while s is not None:
            out.append(s)
            s = self._child(id(s), s.children, offset) if s.children else None
        return out

    def at(self, offset: int) -> Section | None:
        """The innermost section holding ``offset``, or None before the first heading."""
        chain = self.chain(offset)
        return chain[-1] if chain else None

    def path(self, offset: int) -> str:
        """Heading path to ``offset``, outermost first, joined with `` > ``."""
        return " > ".join(s.heading for s in self.chain(offset))


def _tree(sections) -> SectionTree:
    return sections if isinstance(sections, SectionTree) else SectionTree(sections)


def iter_sections(roots: Sequence[Section]) -> Iterator[Section]:
    """All sections of a tree, in document order."""
    return iter(_tree(roots))


def part_at(parts: Sequence[Part], offset: int) -> str:
    """Role of the part holding ``offset`` (``summary`` where no part says otherwise)."""
    i = bisect.bisect_right([p.start for p in parts], offset) - 1
    if i >= 0 and parts[i].start <= offset < max(parts[i].end, parts[i].start + 1):
        return parts[i].role
    return "summary"


def section_at(sections: Sequence[Section], offset: int) -> Section | None:
    """The innermost section holding ``offset``, or None before the first heading.

    ``sections`` is a :class:`SectionTree` (lookups bisect its cached index) or its roots.
    """
    return _tree(sections).at(offset)


def section_path(sections: Sequence[Section], offset: int) -> str:
    """Heading path to ``offset``, outermost first, joined with `` > ``.

    ``sections`` is a :class:`SectionTree` (lookups bisect its cached index) or its roots.
    """
    return _tree(sections).path(offset)


@dataclass(frozen=True)
class Article:
    """One report: its normalised text and everything found in it.

    >>> import reportmine
    >>> doc = reportmine.load("corpora/samples/000_b6a4e92746f443af.txt")
    >>> art = doc.articles[0]
    >>> art.text[:4]
    '今年以来'
    >>> art.raw_span(0, 4)
    '今年以來'
    >>> i = art.text.index("区总工会")
    >>> art.raw_span(i, i + 4)
    '區(qū)總工會'
    """

    doc_id: str
    index: int  # 1-based position in its source file
    title: str
    text: str
    offsets: TrackedText = field(repr=False)  # text + map into the source
    source_text: str = field(repr=False)
    parts: tuple[Part, ...] = ()
    sections: SectionTree = field(default_factory=SectionTree)  # document order; .roots is the tree
    metadata: Metadata | None = None
    records: tuple[Record, ...] = ()
    path: str = ""  # source path relative to the run's root ("" for text and bytes)

    @property
    def changes(self) -> tuple[Change, ...]:
        """The normalisation log of this article (raw offsets into the source)."""
        return self.offsets.changes

    def raw_offsets(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of ``text[start:end]``."""
        return self.offsets.source_span(start, end)

    def raw_span(self, start: int, end: int) -> str:
        """The source text that produced ``text[start:end]``."""
        rs, re_ = self.raw_offsets(start, end)
        return self.source_text[rs:re_]

    def section_at(self, offset: int) -> Section | None:
        return section_at(self.sections, offset)

    def part_at(self, offset: int) -> str:
        return part_at(self.parts, offset)

    def iter_sections(self) -> Iterator[Section]:
        return iter_sections(self.sections)

    def __repr__(self) -> str:
        md = self.metadata
        meta = f" {md.year or '-'} {md.org_level or '-'} {md.report_type}" if md else ""
        return (f"Article({self.doc_id!r} #{self.index} {self.title[:30]!r}{meta}, {len(self.text)} chars,"
                f" {len(self.sections)} sections, {len(self.records)} records)")

    def _repr_html_(self) -> str:
        from .display import article_html

        return article_html(self)

    def to_dict(self) -> dict:
        md = self.metadata.to_dict() if self.metadata else {}
        return {
            "doc_id": self.doc_id,
            "article": self.index,
            "path": self.path,
            "title": self.title,
            **{k: v for k, v in md.items() if k != "title"},
            "metadata": md,
            "text": self.text,
            "parts": [p.to_dict() for p in self.parts],
            "sections": [s.to_dict() for s in self.iter_sections()],
            "records": [r.to_dict() for r in self.records],
            "changes": [c.to_dict() for c in self.changes],
        }


@dataclass(frozen=True)
class Document(Sequence[Article]):
    """A source file and the articles found in it; a sequence of its articles.

    >>> import reportmine
    >>> doc = reportmine.load("corpora/samples/004_e50c7d9a74c650fc.txt")
    >>> len(doc), doc[0].index, [a.index for a in doc]
    (3, 1, [1, 2, 3])
    """

    source: Source
    articles: tuple[Article, ...]
    changes: tuple[Change, ...] = field(default=(), repr=False)  # the whole page's log
    #: normalised text that belongs to no article (e.g. a line before 篇1), with its raw span
    leftover: tuple[tuple[int, int, str], ...] = ()

    @property
    def name(self) -> str:
        return self.source.name

    @property
    def records(self) -> list[Record]:
        return [r for a in self.articles for r in a.records]

    def __len__(self) -> int:
        return len(self.articles)

    def __getitem__(self, i):
        return self.articles[i]

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __eq__(self, other) -> bool:
        return (isinstance(other, Document) and (self.source, self.articles, self.changes, self.leftover)
                == (other.source, other.articles, other.changes, other.leftover))

    __hash__ = None  # type: ignore[assignment]  # holds lists of records: not a dict key

    def __repr__(self) -> str:
        return (f"Document({self.source.name!r}, {self.source.encoding}, {len(self.articles)} articles,"
                f" {len(self.records)} records)")

    def _repr_html_(self) -> str:
        from .display import document_html

        return document_html(self)
