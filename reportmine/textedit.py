"""Offset-tracked text editing: the mechanism every normalisation step runs on.

A normalisation *step* is a small named function ``step(text) -> list[Edit]``.
It never rewrites the text itself; it says which spans to replace.  The
:class:`TrackedText` applies those edits, keeps for every character of the new
text the span of the *source* text it came from, and logs one
:class:`Change` per edit, so that every normalised character can be traced
back and every change explained.

An edit whose replacement equals the text it covers changes nothing; it is
logged as a *flag* (a span a step found suspicious but would not repair).

>>> t = TrackedText("關(guān)于")
>>> t = t.apply("strip_pinyin", [Edit(1, 7, "")])
>>> t.text
'關于'
>>> t.source_span(0, 2)
(0, 8)
>>> t.changes[0].before, t.changes[0].after
('(guān)', '')
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from operator import attrgetter, le, lt
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence

__all__ = ["Edit", "Change", "TrackedText", "Step", "Runs", "Cuts", "OffsetRuns", "drop_overlaps"]


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement`` (offsets into the step's input)."""

    start: int
    end: int
    replacement: str
    note: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad edit span {self.start}:{self.end}")


_span_key = attrgetter("start", "end")  # the order edits are applied in


class Change(NamedTuple):
    """One logged normalisation change.

    ``raw_start``/``raw_end`` index the decoded source text; ``before`` is the
    text the step saw (which may already differ from the raw text when an
    earlier step touched the same span), ``after`` what it wrote.
    ``flag`` is True when the step only marked the span as doubtful.

    An immutable named tuple: a Traditional page logs one change per run of converted
    characters (about 80,000 a MB), and a tuple is made in a third of the time of a
    frozen dataclass.
    """

    step: str
    raw_start: int
    raw_end: int
    before: str
    after: str
    note: str = ""
    flag: bool = False

    def to_dict(self) -> dict:
        d = {
            "step": self.step,
            "raw_start": self.raw_start,
            "raw_end": self.raw_end,
            "before": self.before,
            "after": self.after,
        }
        if self.note:
            d["note"] = self.note
        if self.flag:
            d["flag"] = True
        return d


Step = Callable[[str], list[Edit]]


class _Bulk(Sequence[Edit]):
    """Edits held in bulk (:class:`Runs`, :class:`Cuts`): they read, and compare, as the list of
    :class:`Edit` they stand for; :meth:`TrackedText.apply` takes them without making one."""

    __slots__ = ()

    def _edit(self, i: int) -> Edit:  # pragma: no cover - each kind says
        raise NotImplementedError

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._edit(k) for k in range(*i.indices(len(self)))]
        return self._edit(i)

    def __eq__(self, other) -> bool:  # equal to the list of edits it stands for
        if isinstance(other, (_Bulk, list, tuple)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # compared by value, like a list


class Runs(_Bulk):
    """Many same-length edits at once: ``text[s:e]`` becomes ``result[s:e]`` for every run ``(s, e)``.

    A step that rewrites many runs character for character (t2s on a Traditional page:
    hundreds of runs) returns this instead of a list of :class:`Edit`.  It reads as that
    list (iterating makes the edits), and :meth:`TrackedText.apply` takes it in bulk: the
    new text is ``result`` as it is, and no Edit object is made.  ``starts``/``ends`` are
    in order and do not overlap; ``result`` is the whole text with every run replaced
    (and nothing else changed); every edit carries ``note``.

    >>> r = Runs([0, 3], [2, 4], "区总工会", "t2s")
    >>> [(e.start, e.end, e.replacement) for e in r]
    [(0, 2, '区总'), (3, 4, '会')]
    >>> TrackedText("區總工會").apply("to_simplified", r).text
    '区总工会'
    >>> r == [Edit(0, 2, "区总", "t2s"), Edit(3, 4, "会", "t2s")]
    True
    """

    __slots__ = ("starts", "ends", "result", "note")

    def __init__(self, starts: Sequence[int], ends: Sequence[int], result: str, note: str = "") -> None:
        if len(starts) != len(ends):
            raise ValueError("runs: as many starts as ends")
        self.starts, self.ends, self.result, self.note = starts, ends, result, note

    def __len__(self) -> int:
        return len(self.starts)

    def _edit(self, i: int) -> Edit:
        s, e = self.starts[i], self.ends[i]
        return Edit(s, e, self.result[s:e], self.note)

    def __iter__(self) -> Iterator[Edit]:
        result, note = self.result, self.note
        return (Edit(s, e, result[s:e], note) for s, e in zip(self.starts, self.ends))

    def __repr__(self) -> str:
        return f"Runs({len(self)} runs, note={self.note!r})"


class Cuts(_Bulk):
    """Many deletions at once: ``text[s:e]`` goes for every ``(s, e, note)`` of ``spans``.

    A step that deletes many spans (the pinyin annotations of a page: ~70,000 a MB) returns
    this instead of a list of :class:`Edit`.  It reads as that list (iterating makes the edits),
    and :meth:`TrackedText.apply` takes it in bulk: no Edit object is made (the text, the offset
    map and the log are built in one loop over the spans).  The spans are non-empty, in order
    and do not overlap.

    >>> c = Cuts([(1, 7, "pinyin"), (8, 12, "pinyin")])
    >>> [(e.start, e.end, e.replacement) for e in c]
    [(1, 7, ''), (8, 12, '')]
    >>> TrackedText("关(guān)于(yú)").apply("strip_pinyin", c).text
    '关于'
    >>> c == [Edit(1, 7, "", "pinyin"), Edit(8, 12, "", "pinyin")]
    True
    """

    __slots__ = ("spans",)

    def __init__(self, spans: Sequence[tuple[int, int, str]]) -> None:
        self.spans = spans

    def __len__(self) -> int:
        return len(self.spans)

    def _edit(self, i: int) -> Edit:
        s, e, note = self.spans[i]
        return Edit(s, e, "", note)

    def __iter__(self) -> Iterator[Edit]:
        return (Edit(s, e, "", note) for s, e, note in self.spans)

    def __repr__(self) -> str:
        return f"Cuts({len(self)} spans)"


#: Offsets are stored as 32-bit integers: 8 bytes a character for the two maps, not 16
#: (texts past 2**31 characters are far beyond what one page holds).
_OFFSET = "i" if array("i").itemsize >= 4 else "l"
#: 0, 1, 2, … up to the longest text seen (at most ``_IDENTITY_CAP`` offsets, 256 KB)
_IDENTITY = [array(_OFFSET)]
_IDENTITY_CAP = 1 << 16


def drop_overlaps(edits: list[Edit]) -> list[Edit]:
    """``edits`` in text order (by start, then end), each that overlaps one kept before it left out:
    the edits of several rules of one step, where two would meet, the first kept.

    >>> [(e.start, e.end) for e in drop_overlaps([Edit(4, 6, ""), Edit(0, 3, ""), Edit(2, 5, "")])]
    [(0, 3), (4, 6)]
    """
    edits.sort(key=lambda e: (e.start, e.end))
    out: list[Edit] = []
    for e in edits:
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


def identity_offsets(start: int, stop: int) -> array:
    """``array(_OFFSET, range(start, stop))``, sliced from one identity map kept per process
    (a Python ``range`` fed to an array costs about 70 ns a character: a tenth of normalising a
    clean page; a slice is a copy in C).  Past ``_IDENTITY_CAP`` it is built with numpy (a text that
    long has numpy loaded anyway, by the learned typing's batches), so the map kept per process stays
    small: grown to a long article's length it would be held for the process's life (1.4x a 1 MB
    Chinese input, doubled by its growth).

    >>> identity_offsets(2, 6).tolist()
    [2, 3, 4, 5]
    """
    if 0 <= start and stop <= _IDENTITY_CAP:
        ident = _IDENTITY[0]
        if stop > len(ident):  # grown by doubling (a new array: threads may share the old one)
            have = len(ident)
            ident = ident + array(_OFFSET, range(have, min(max(stop, 2 * have, 4096), _IDENTITY_CAP)))
            _IDENTITY[0] = ident
        return ident[start:stop]
    import numpy as np

    out = array(_OFFSET)
    out.frombytes(memoryview(np.arange(start, stop, dtype=np.dtype(_OFFSET))).cast("B"))  # one copy, no bytes
    return out


class OffsetRuns(Sequence[int]):
    """An offset map held as stretches that step by one: ``m[i] == i + shift`` within a stretch.

    Reads as the array it stands for (an index gives an int, a slice an ``array``), in a fraction of
    its memory: a normalised page steps by one almost everywhere, so a MB of Chinese text (8 bytes a
    character for its two maps) holds some tens of thousands of stretches.  An index costs a bisection.

    >>> m = OffsetRuns.of(array("i", [0, 1, 2, 5, 5, 5, 6, 7]))
    >>> len(m), m[2], m[4], m[-1], m[2:6].tolist(), m.tolist() == [0, 1, 2, 5, 5, 5, 6, 7]
    (8, 2, 5, 7, [2, 5, 5, 5], True)
    >>> len(m.firsts)
    4
    """

    __slots__ = ("firsts", "shifts", "length")

    def __init__(self, firsts: array, shifts: array, length: int) -> None:
        self.firsts, self.shifts, self.length = firsts, shifts, length  # where each stretch starts, its shift

    @classmethod
    def of(cls, offsets: array) -> "OffsetRuns":
        """The stretches of ``offsets`` (an ``array`` of :data:`_OFFSET`), found with numpy."""
        import numpy as np

        values = np.frombuffer(offsets, dtype=np.dtype(_OFFSET)) if len(offsets) else np.zeros(0, np.dtype(_OFFSET))
        shift = values - np.arange(len(values), dtype=values.dtype)
        firsts = np.flatnonzero(np.diff(shift)) + 1 if len(values) else np.zeros(0, np.intp)
        firsts = np.concatenate(([0], firsts)).astype(values.dtype) if len(values) else firsts.astype(values.dtype)
        return cls(_as_array(firsts), _as_array(shift[firsts]), len(values))

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._range(*i.indices(self.length))
        if i < 0:
            i += self.length
        if not 0 <= i < self.length:
            raise IndexError("offset map index out of range")
        return i + self.shifts[bisect_right(self.firsts, i) - 1]

    def _range(self, start: int, stop: int, step: int = 1) -> array:
        if step != 1:
            return self.to_array()[start:stop:step]
        if stop <= start:
            return array(_OFFSET)
        import numpy as np

        firsts = np.frombuffer(self.firsts, dtype=np.dtype(_OFFSET))
        shifts = np.frombuffer(self.shifts, dtype=np.dtype(_OFFSET))
        k = np.searchsorted(firsts, np.arange(start, stop, dtype=firsts.dtype), side="right") - 1
        return _as_array(np.arange(start, stop, dtype=shifts.dtype) + shifts[k])

    def to_array(self) -> array:
        """The whole map as an ``array``."""
        return self._range(0, self.length)

    def tolist(self) -> list[int]:
        return self.to_array().tolist()

    def __iter__(self) -> Iterator[int]:
        return iter(self.to_array())

    def __repr__(self) -> str:
        return f"OffsetRuns({self.length} offsets, {len(self.firsts)} stretches)"


def _as_array(values) -> array:
    """A numpy vector as an ``array`` of :data:`_OFFSET` (one copy)."""
    import numpy as np

    out = array(_OFFSET)
    out.frombytes(memoryview(np.ascontiguousarray(values, dtype=np.dtype(_OFFSET))).cast("B"))
    return out

@dataclass(frozen=True)
class TrackedText:
    """Text plus, for each character, the half-open source span that produced it.

    ``starts[i]``/``ends[i]`` are source offsets for ``text[i]``.  A character
    written by an edit carries the span of everything that edit replaced (one
    character per character when the lengths agree).  Edits preserve order, so
    both arrays are non-decreasing and a span lookup is O(1).
    """

    text: str
    starts: array = field(default_factory=lambda: array(_OFFSET), repr=False, compare=False)
    ends: array = field(default_factory=lambda: array(_OFFSET), repr=False, compare=False)
    changes: tuple[Change, ...] = field(default=(), repr=False)
    source_length: int = -1

    def __post_init__(self) -> None:
        if self.source_length < 0:  # fresh text: the identity map
            n = len(self.text)
            object.__setattr__(self, "starts", identity_offsets(0, n))
            object.__setattr__(self, "ends", identity_offsets(1, n + 1))
            object.__setattr__(self, "source_length", n)
        elif not (len(self.starts) == len(self.ends) == len(self.text)):
            raise ValueError("offset map does not match the text")

    # -- mapping -----------------------------------------------------------
    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source span that produced ``text[start:end]`` (empty span at a boundary)."""
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise IndexError(f"span {start}:{end} outside text of length {n}")
        if start == end:
            if start < n:
                return self.starts[start], self.starts[start]
            return (self.ends[-1], self.ends[-1]) if n else (0, 0)
        # edits keep the map monotone, so the extremes sit at the ends
        return self.starts[start], self.ends[end - 1]

    # -- editing -----------------------------------------------------------
    def apply(self, step: str, edits: Iterable[Edit]) -> "TrackedText":
        """Apply non-overlapping ``edits`` made by ``step``; return the new text."""
        if isinstance(edits, Runs):
            return self._apply_runs(step, edits) if len(edits) else self
        if isinstance(edits, Cuts):
            return self._apply_cuts(step, edits) if len(edits) else self
        edits = sorted(edits, key=_span_key)
        if not edits:
            return self
        if all(len(e.replacement) == e.end - e.start for e in edits):
            return self._apply_in_place(step, edits)
        text, starts, ends = self.text, self.starts, self.ends
        n = len(text)
        out: list[str] = []
        new_starts = array(_OFFSET)
        new_ends = array(_OFFSET)
        log = list(self.changes)
        # one tight loop (a pinyin page brings ~70,000 deletions a MB): no method call per edit
        put, put_starts, put_ends, record = out.append, new_starts.extend, new_ends.extend, log.append
        new = tuple.__new__  # a Change without its __new__ call (as in _apply_runs)
        share = {}.setdefault  # equal texts of the changes are one str (as in _apply_runs)
        pos = 0
        for e in edits:
            s, t, rep = e.start, e.end, e.replacement
            if s < pos:
                raise ValueError(f"{step}: overlapping edits at {s}")
            if t > n:
                raise ValueError(f"{step}: edit {s}:{t} past end {n}")
            if s > pos:
                put(text[pos:s])
                put_starts(starts[pos:s])
                put_ends(ends[pos:s])
            before = text[s:t]
            # the source span of text[s:t] (source_span); a pure insertion anchors on its neighbour
            if s < t:
                rs, re_ = starts[s], ends[t - 1]
            elif s > 0:
                rs = re_ = ends[s - 1]
            else:
                rs = re_ = starts[0] if n else 0
            flag = before == rep
            record(new(Change, (step, rs, re_, share(before, before), share(rep, rep), e.note, flag)))
            if rep:
                put(rep)
                if flag or len(rep) == t - s:
                    # a flag, or a character-for-character rewrite (t2s, width):
                    # each character keeps its own source span
                    put_starts(starts[s:t])
                    put_ends(ends[s:t])
                else:
                    put_starts(array(_OFFSET, [rs]) * len(rep))
                    put_ends(array(_OFFSET, [re_]) * len(rep))
            pos = t
        out.append(text[pos:])
        new_starts.extend(starts[pos:])
        new_ends.extend(ends[pos:])
        return TrackedText(
            "".join(out),
            new_starts,
            new_ends,
            tuple(log),
            self.source_length,
        )

    def _apply_in_place(self, step: str, edits: list[Edit]) -> "TrackedText":
        """Edits that keep every length (t2s, width, flags): each character keeps its
        source span, so the offset map is shared as it is and only the text is rebuilt.

        One tight loop (a Traditional page brings hundreds of t2s edits): no per-edit method calls.
        """
        text, starts, ends = self.text, self.starts, self.ends
        out: list[str] = []
        log = list(self.changes)
        pos = 0
        n = len(text)
        append, record = out.append, log.append
        share = {}.setdefault  # equal texts of the changes are one str (as in _apply_runs)
        for e in edits:
            s, end, new = e.start, e.end, e.replacement
            if s < pos:
                raise ValueError(f"{step}: overlapping edits at {s}")
            if end > n:
                raise ValueError(f"{step}: edit {s}:{end} past end {n}")
            before = text[s:end]
            if s == end:  # an empty flag: anchor on the neighbour, as apply() does
                rs, re_ = self.source_span(s, s)
                if s > 0:
                    rs = re_ = ends[s - 1]
            else:
                rs, re_ = starts[s], ends[end - 1]
            record(Change(step, rs, re_, share(before, before), share(new, new), e.note, before == new))
            append(text[pos:s])
            append(new)
            pos = end
        append(text[pos:])
        return TrackedText("".join(out), starts, ends, tuple(log), self.source_length)

    def _apply_runs(self, step: str, runs: Runs) -> "TrackedText":
        """Same-length runs in bulk: the text is ``runs.result``, the offset map is shared as it is,
        and one change is logged per run (as :meth:`_apply_in_place` logs them)."""
        text, starts, ends, result, note = self.text, self.starts, self.ends, runs.result, runs.note
        if len(result) != len(text):
            raise ValueError(f"{step}: runs must keep the length ({len(result)} for {len(text)})")
        rs, re_ = runs.starts, runs.ends
        # each run non-empty, each after the one before (C-level passes, no Python loop)
        if not (all(map(lt, rs, re_)) and all(map(le, re_[:-1], rs[1:])) and rs[0] >= 0):
            raise ValueError(f"{step}: runs out of order, overlapping or empty")
        new = tuple.__new__  # a Change without its __new__ call: about 80,000 of them a MB
        log = list(self.changes)
        record = log.append
        share = {}.setdefault  # a converted run is mostly one of a few thousand characters: one str each
        for s, e in zip(rs, re_):
            before, after = text[s:e], result[s:e]
            record(new(Change, (step, starts[s], ends[e - 1], share(before, before), share(after, after), note, before == after)))
        return TrackedText(result, starts, ends, tuple(log), self.source_length)

    def _apply_cuts(self, step: str, cuts: Cuts) -> "TrackedText":
        """Deletions in bulk: the kept pieces of the text and of the offset map joined, and one
        change logged per span (as :meth:`apply` logs a deletion), in one loop with no Edit made."""
        text, starts, ends = self.text, self.starts, self.ends
        n = len(text)
        out: list[str] = []
        new_starts, new_ends = array(_OFFSET), array(_OFFSET)
        log = list(self.changes)
        put, put_starts, put_ends, record = out.append, new_starts.extend, new_ends.extend, log.append
        new = tuple.__new__  # a Change without its __new__ call (as in apply)
        share = {}.setdefault  # equal texts of the changes are one str (as in apply)
        pos = 0
        for s, e, note in cuts.spans:
            if not pos <= s < e <= n:
                raise ValueError(f"{step}: cut {s}:{e} empty, overlapping or past the end {n}")
            put(text[pos:s])
            put_starts(starts[pos:s])
            put_ends(ends[pos:s])
            before = text[s:e]
            record(new(Change, (step, starts[s], ends[e - 1], share(before, before), "", note, False)))
            pos = e
        put(text[pos:])
        put_starts(starts[pos:])
        put_ends(ends[pos:])
        return TrackedText("".join(out), new_starts, new_ends, tuple(log), self.source_length)

    def run(self, steps: Sequence[Step]) -> "TrackedText":
        """Run each step on the current text, in order."""
        t = self
        for step in steps:
            t = t.apply(step.__name__, step(t.text))
        return t

    def slice(self, start: int, end: int, changes: tuple[Change, ...] | None = None) -> "TrackedText":
        """The sub-text ``text[start:end]`` with its offsets, and the changes inside its source span
        (or ``changes``, where the caller has already sorted the log: a Traditional page logs some
        80,000 changes a MB, and reading them all per article cost a pass per article).

        A slice of the whole text shares the offset map (8 bytes a character: a page of one article
        would otherwise hold it twice); the arrays of a TrackedText are never written to.
        """
        if changes is not None:
            inside = changes
        else:
            rs, re_ = self.source_span(start, end)
            inside = tuple(c for c in self.changes if rs <= c.raw_start and c.raw_end <= re_ and not (c.raw_start == c.raw_end == re_ and re_ != rs))
        starts, ends = self.starts, self.ends
        if not (start == 0 and end == len(self.text)):  # the whole text shares its map (never written to)
            starts, ends = starts[start:end], ends[start:end]
        return TrackedText(self.text[start:end], starts, ends, inside, self.source_length)

    def compact(self, min_length: int = 1 << 16) -> "TrackedText":
        """The same text with its offset maps held as :class:`OffsetRuns` (a tenth of the memory or
        less on a normalised page) when it has at least ``min_length`` characters; else itself.

        What an article keeps: it maps spans (:meth:`source_span`) and rarely edits.  Below
        ``min_length`` the arrays stay (small, and numpy need not load).

        >>> t = TrackedText("關(guān)于").apply("strip_pinyin", [Edit(1, 7, "")]).compact(0)
        >>> type(t.starts).__name__, t.source_span(0, 2), t.apply("x", [Edit(0, 1, "关")]).source_span(0, 1)
        ('OffsetRuns', (0, 8), (0, 1))
        """
        if len(self.text) < min_length or isinstance(self.starts, OffsetRuns):
            return self
        return TrackedText(self.text, OffsetRuns.of(self.starts), OffsetRuns.of(self.ends), self.changes,
                           self.source_length)
