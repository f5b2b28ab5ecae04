"""The figure stage: normalised article text -> typed, traceable records.

>>> [(r.metric, r.value, r.unit, r.subject) for r in extract("为145名困难职工发放救助资金24万元。")]
[('relief_recipients', 145.0, 'person', '困难职工'), ('relief_amount', 240000.0, 'yuan', '救助资金')]
"""

from __future__ import annotations

import bisect
import re
from array import array
from functools import lru_cache
from itertools import accumulate
from typing import Iterator, Sequence

from . import learned
from .classify import (CLAUSE_END, Hit, Window, candidate_cues, classify_metric, forget_last_sentence, match_spans, find_periods, governing_periods,
                       find_subject, mask_titles, sentence_matches)
from .figures import Figure, alternative_brackets, find_figures
from .model import Part, Record, Section, SectionTree, part_at
from .tables import read_table
from .validate import validate

__all__ = ["extract_records", "extract", "split_sentences"]

_SENT_END = re.compile(r"[。！？!?]+|\n")
_HEADING_LINE = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．]|第[一二三四五六七八九十]+[章节部分])")
_CONNECTOR = re.compile(r"以及|和|及|与|、")
_STRONG = 7  # a cue at least this specific overrides 其中/rate inheritance


def split_sentences(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[lo:hi]`` (ends at 。！？ and line breaks; the mark stays inside).

    >>> t = "甲。乙；丙！\\n丁"
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['甲。', '乙；丙！', '丁']
    """
    hi = len(text) if hi is None else hi
    out, start = [], lo
    for m in _SENT_END.finditer(text, lo, hi):
        end = m.end() if m.group() != "\n" else m.start()
        if end > start:
            out.append((start, end))
        start = m.end()
    if start < hi:
        out.append((start, hi))
    return out


def _clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, start = [], lo
    for m in CLAUSE_END.finditer(text, lo, hi):  # (not the thousands comma of 1,268)
        out.append((start, m.start()))
        start = m.end()
    out.append((start, hi))
    return out


class _Sentences:
    """An article's sentences (as :func:`split_sentences` cuts each line) in parallel lists, with
    the figures and periods each holds.

    ``start``/``end``/``para`` per sentence (``para`` numbers the line), ``para_first`` the index of
    the first sentence of its line, ``line_start``/``line_end`` the span of every line;
    ``fig_sentence`` the sentence of each figure (the last one starting at or before it: a figure
    before the first sentence goes to it), ``has_figure`` a flag per sentence; ``spans`` the period
    spans in text order, and ``period_from[si]:period_from[si + 1]`` those starting in sentence
    ``si`` (placed as the figures are: :meth:`periods_of`); ``figures`` (made on demand) maps a
    sentence index to its figure indices.

    The columns are arrays of machine integers, not lists: a long report has a sentence every 30
    characters or so, and a list holds an int object beside each pointer (lists and the figures'
    dict were some 2x the input's size).  Read ``start``/``end`` once per sentence where the value
    is kept (a record's sentence span): each read makes a new int.

    >>> t = "甲12人。乙；丙！\\n\\n丁3家"
    >>> s = _Sentences(t, find_figures(t), [])
    >>> [t[a:b] for a, b in zip(s.start, s.end)], list(s.para), list(s.para_first), s.figures
    (['甲12人。', '乙；丙！', '丁3家'], [0, 0, 2], [0, 0, 2], {0: [0], 2: [1]})
    """

    __slots__ = ("start", "end", "para", "para_first", "line_start", "line_end", "fig_sentence", "has_figure",
                 "spans", "period_from")

    def __init__(self, text: str, figures: Sequence[Figure], periods: Sequence[tuple[int, int]]) -> None:
        start, end, para, para_first = array("q"), array("q"), array("q"), array("q")
        line_starts, lines = array("q"), array("q")  # (lines: where each line ends)
        line_start = pos = first = 0

        def add(a: int, b: int) -> None:
            start.append(a)
            end.append(b)
            para.append(len(lines))
            para_first.append(first)

        for m in _SENT_END.finditer(text):  # one scan: the cuts of split_sentences, line by line
            if m.group() == "\n":
                if m.start() > pos:
                    add(pos, m.start())
                line_starts.append(line_start)
                lines.append(m.start())
                line_start = pos = m.end()
                first = len(start)
            else:
                if m.end() > pos:
                    add(pos, m.end())
                pos = m.end()
        if pos < len(text):
            add(pos, len(text))
        line_starts.append(line_start)
        lines.append(len(text))
        self.start, self.end, self.para, self.para_first = start, end, para, para_first
        self.line_start, self.line_end = line_starts, lines
        at = start.tolist()  # (bisection in a list: an array makes an int at every probe)
        self.fig_sentence = array("q", [max(bisect.bisect_right(at, f.start) - 1, 0) for f in figures])
        self.has_figure = bytearray(len(start) + 1)  # (+1: the sentence 0 of a text with none)
        for si in self.fig_sentence:
            self.has_figure[si] = 1
        self.spans = periods
        counts = array("i", bytes(4 * (len(start) + 1)))  # counts[si + 1]: the periods of sentence si
        for a, _ in periods:
            counts[max(bisect.bisect_right(at, a) - 1, 0) + 1] += 1
        self.period_from = array("i", accumulate(counts))

    def periods_of(self, si: int) -> Sequence[tuple[int, int]]:
        """The period spans starting in sentence ``si``, in text order."""
        return self.spans[self.period_from[si]:self.period_from[si + 1]]

    def with_figures(self) -> Iterator[tuple[int, range]]:
        """``(sentence index, its figure indices)`` of the sentences holding a figure, in text order."""
        of, i, n = self.fig_sentence, 0, len(self.fig_sentence)
        while i < n:
            si, j = of[i], i + 1
            while j < n and of[j] == si:
                j += 1
            yield si, range(i, j)
            i = j

    @property
    def figures(self) -> dict[int, list[int]]:
        """Sentence index -> the indices of the figures it holds (the sentences holding one)."""
        return {si: list(fis) for si, fis in self.with_figures()}


_VARIES = object()  # _Stepwise.over: the value changes inside the stretch


class _Stepwise:
    """A function of a text offset that can change only at the offsets ``cuts``: computed once per
    stretch between two cuts (the part or section path of an article's figures).

    >>> calls = []
    >>> f = _Stepwise(lambda at: calls.append(at) or at // 10, [10, 20])
    >>> [f(x) for x in (1, 5, 12, 19, 25, 3)], calls
    ([0, 0, 1, 1, 2, 0], [1, 12, 25])
    """

    __slots__ = ("fn", "cuts", "memo")

    def __init__(self, fn, cuts) -> None:
        self.fn, self.cuts, self.memo = fn, sorted(set(cuts)), {}

    def over(self, lo: int, hi: int):
        """The value at every offset of ``lo..hi - 1``, or ``_VARIES`` when a cut falls inside.

        >>> f = _Stepwise(lambda at: at // 10, [10, 20])
        >>> f.over(10, 20), f.over(5, 11) is _VARIES, f.over(5, 10)
        (1, True, 0)
        """
        k = bisect.bisect_right(self.cuts, lo)
        if k < len(self.cuts) and self.cuts[k] < hi:
            return _VARIES
        return self(lo)

    def __call__(self, offset: int):
        k = bisect.bisect_right(self.cuts, offset)
        try:
            return self.memo[k]
        except KeyError:
            value = self.memo[k] = self.fn(offset)
            return value


def _part_cuts(parts: Sequence[Part]) -> list[int]:
    """Where :func:`part_at`'s answer may change: each part's start and (non-empty) end."""
    return [p.start for p in parts] + [max(p.end, p.start + 1) for p in parts]


def _section_paths(sections: Sequence[Section]) -> _Stepwise:
    """``offset -> section_path(sections, offset)``, looked up once per stretch between headings."""
    if not sections:
        return _Stepwise(lambda offset: "", ())
    tree = sections if isinstance(sections, SectionTree) else SectionTree(sections)
    return _Stepwise(tree.path, [x for s in tree for x in (s.start, s.end)])


def _is_heading_line(line: str) -> bool:
    """An own-line heading: a marked short line, or a short line with no sentence inside."""
    body = line.strip().rstrip("。")
    if not body or len(body) > 60:
        return False
    if "。" in body:
        return False
    return bool(_HEADING_LINE.match(line)) or len(body) <= 30 and not body.endswith(("：", ":"))


def extract_records(text: str, parts: Sequence[Part] = (), sections: Sequence[Section] = ()) -> list[Record]:
    """Every figure of an article's normalised ``text`` as a typed :class:`Record`.

    ``parts`` and ``sections`` (from :mod:`reportmine.sections`) give each record its part role
    and heading path; without them every record is ``summary`` with section ``""``.

    Only sentences that hold a figure are cut into clauses, given a lead and matched against the
    cue tables; what depends on the paragraph or the section is looked up once per stretch.

    >>> recs = extract_records("会员共计1438人，建会率达到84.7%。")
    >>> [(r.metric, r.value, r.mention, r.start, r.end) for r in recs]
    [('members', 1438.0, '1438人', 4, 9), ('coverage_rate', 84.7, '84.7%', 15, 20)]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_records() takes the article text as a str, got {type(text).__name__}")
    figures = find_figures(text)
    if not figures:
        return []
    masked = mask_titles(text)
    brackets = alternative_brackets(masked)
    if brackets:  # 57个乡镇（街道）工会: the cues and the subject read through the bracket to 工会
        masked = _blank(masked, brackets)
    periods = find_periods(text)
    sents = _Sentences(text, figures, governing_periods(text, periods))  # 较上年 bounds a subject, dates no figure
    carried = _carried_periods(text, sents)
    part_of = _Stepwise(lambda at: part_at(parts, at), _part_cuts(parts))  # once per stretch between cuts
    path_of = _section_paths(sections)

    inherit = _Inheritance(text, figures, sents)
    metrics = inherit.metrics  # the cue tables' decisions (what inheritance follows), one per figure
    collect = learned.collector()
    use_features = collect is not None or learned.current() is not None
    # pass 1, in text order: cue typing, subject, period and the model's features of every figure;
    # every CHUNK figures (at a sentence's end) the model decides them in one batch and pass 2 makes
    # their records, so the features of a long article are not all held at once
    found: list[tuple] = []  # (metric, why, subject, donor, part, section, period, si, feats, context) per figure
    subjects: list[str] = []
    out: list[Record] = []
    share = {}.setdefault  # equal strings of the article's records are one object (see _decide_and_record)
    freed = 0  # the figures before this one are recorded and freed
    for si, fis in sents.with_figures():
        s_start, s_end = sents.start[si], sents.end[si]
        clauses = _clauses(masked, s_start, s_end)  # (a blanked bracket of alternatives cuts no clause)
        clause_starts = [a for a, _ in clauses]
        para_lead = _lead(text, sents, si, path_of)
        heading = para_lead.rsplit("|", 1)[1] if "|" in para_lead else ""
        cands = candidate_cues(masked, s_start, s_end)
        matches = sentence_matches(masked, s_start, s_end, cands)
        spans = match_spans(matches)
        own_periods = sents.periods_of(si)
        own_ends = [b for _, b in own_periods]
        sent_part, sent_path = part_of.over(s_start, s_end), path_of.over(s_start, s_end)
        qizhong_at = text.find("其中", s_start, s_end) if use_features else -1
        first_fi, last_fi = fis[0], fis[-1]
        for fi in fis:
            f = figures[fi]
            win = _window(text, figures, fi, clauses, clause_starts, s_start, s_end, para_lead)
            cue_metric, hit = classify_metric(masked, f, win, cands, spans)
            metric, donor = inherit.decide(fi, si, hit, cue_metric)
            inherit.add(fi, metric)
            subject = find_subject(masked if brackets else text, f, win, periods, hit)
            if brackets and BLANK in subject:
                subject = _unblanked(text, masked, subject, win)
            if donor is not None and len(subject) < 2:
                subject = subjects[donor]  # 合计2.6万元: the total of the 助学金 before it
            else:
                donor = None
            subjects.append(subject)
            source, why = _cue_source(masked, f, win, hit, metric, cue_metric)
            part = sent_part if sent_part is not _VARIES else part_of(f.start)
            feats = context = None
            if use_features:
                context = (win, source, heading, figures[fi - 1].unit if fi > first_fi else "",
                           figures[fi + 1].unit if fi < last_fi else "", metrics[fi - 1] if fi > first_fi else "",
                           0 <= qizhong_at and qizhong_at + 2 <= f.start, matches)
                feats = _features(masked, f, subject, metric, part, context)
            section = sent_path if sent_path is not _VARIES else path_of(f.start)
            period = _period_for(text, f, own_periods, own_ends, carried[si])
            if f.cell is not None:  # a header table's cell: typed by its column, the row names it, no period
                metric, why = _cell_metric(f.cell[1])
                subject, period, subjects[-1], donor = f.cell[0], None, f.cell[0], None
                inherit.metrics[fi] = metric
            found.append((metric, why, subject, donor, part, section, period,
                          si, feats, context if donor is not None else None))
        if len(found) >= CHUNK:
            _decide_and_record(text, masked, figures, sents, found, out, use_features, collect, share)
            found = []
            # a recorded figure is read no more but as the one before the next (its window): the
            # figures (with ints of their own, about 1.5x the input) go as the article's records come
            for k in range(freed, len(out) - 1):
                figures[k] = None
            freed = max(freed, len(out) - 1)
    _decide_and_record(text, masked, figures, sents, found, out, use_features, collect, share)
    # the figures, sentences, masked text and typing state (some 6x the input on a long article) go
    # before validation's own tables are built beside the records
    del figures, masked, periods, sents, carried, inherit, metrics, found, subjects, share, part_of, path_of
    forget_last_sentence()  # classify's cache of the last sentence's cues holds the masked text (0.7x)
    return validate(out, text)


#: figures typed per batch of the model (a long article is decided in pieces: bounded memory)
CHUNK = 64


def _decide_and_record(text: str, masked: str, figures: list[Figure], sents, found: list[tuple],
                       out: list[Record], use_features: bool, collect, share) -> None:
    """Pass 2 over the figures of ``found`` (the next ``len(found)`` figures after ``out``): the model
    decides them in one batch, then each becomes a :class:`Record` appended to ``out``, in text order
    (what depends on the decided metric of the figures before).

    ``share`` (a dict's ``setdefault``, one per article) makes equal strings one object as each
    record is made: the typing's reasons, subjects, mentions, periods, section paths and evidence
    repeat, and a copy of each held until the article's records are placed cost 3-4x the input."""
    if not found:
        return
    decisions = learned.decide_many([(x[8], x[0], x[1]) for x in found]) if use_features else \
        [(x[0], x[1]) for x in found]
    last_si, sentence = -1, ""
    for f, x, (metric, why) in zip(figures[len(out):len(out) + len(found)], found, decisions):
        cue_metric, cue_why, subject, donor, part, section, period, si, feats, context = x
        if si != last_si:  # the records of one sentence share one evidence string and span ints
            s_start, s_end = sents.start[si], sents.end[si]
            last_si, sentence = si, text[s_start:s_end] if s_end - s_start <= EVIDENCE_MAX else ""
        if donor is not None and out[donor].subject != subject:
            # the donor's subject was taken from a share before it: features and decision follow it
            subject = out[donor].subject
            feats = _features(masked, f, subject, cue_metric, part, context)
            metric, why = learned.decide(feats, cue_metric, cue_why)
        if f.cell is not None:
            # a table cell's column decides, not the model; nor is the model taught by it (its
            # features are of the row around it, not of the header that types it)
            metric, why = cue_metric, cue_why
        elif collect is not None:
            collect.append(dict(start=f.mention_start, end=f.end, unit=f.unit, value=f.value, cue=cue_metric, feats=feats))
        if metric == "share" and _SHARE_WORD.fullmatch(subject) and out and out[-1].sentence_start == s_start:
            subject = out[-1].subject  # 其中女职工235人，占51%: the share of the part just counted
        m_start = f.mention_start  # 约860万元: the mention keeps its leading 约 (records.md: as it stands)
        mention, evidence = text[m_start:f.end], sentence or _evidence(text, f, s_start, s_end)
        out.append(Record(
            metric, share(subject, subject), f.value, f.unit, share(f.raw_unit, f.raw_unit), f.qualifier,
            share(mention, mention), m_start, f.end, share(evidence, evidence), share(period, period), part,
            share(section, section), f.flags, f.high, s_start, s_end, why=share(why, why),
        ))


#: what a bracket of alternative names is blanked with in the text the cues and subjects read
BLANK = "□"


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each span blanked (:data:`BLANK`), its length kept.

    >>> _blank("走访57个乡镇（街道）工会", [(7, 11)])
    '走访57个乡镇□□□□工会'
    """
    parts, at = [], 0
    for a, b in spans:
        parts += [text[at:a], BLANK * (b - a)]
        at = b
    return "".join(parts) + text[at:]


def _unblanked(text: str, masked: str, subject: str, win: Window) -> str:
    """The subject read in the blanked text (:func:`_blank`) as written in ``text``: the same span of it
    (``subject`` found in the figure's window), else ``subject`` without the blanks.

    >>> t = "走访57个乡镇（街道）工会"
    >>> _unblanked(t, _blank(t, [(7, 11)]), "乡镇□□□□工会", Window.whole(t)), _unblanked(t, _blank(t, [(7, 11)]), "□□工会", Window.whole(t))
    ('乡镇（街道）工会', '工会')
    """
    lo, hi = win.local
    i = masked.find(subject, lo, hi)
    if i < 0:
        return subject.replace(BLANK, "")
    j = i + len(subject)
    while i < j and masked[i] == BLANK:  # 县（市、区）工会 cut inside its bracket: the noun after it
        i += 1
    return text[i:j]


def _features(masked: str, f: Figure, subject: str, cue: str, part: str, context: tuple) -> list[str]:
    """The model's features of ``f`` (:func:`learned.figure_features`); ``context`` holds its window,
    cue source, heading, the units before and after it in its sentence, the cue decision before
    it, whether 其中 stands before it in the sentence, and the sentence's cue matches."""
    win, source, heading, prev_unit, next_unit, prev_cue, qizhong, matches = context
    return learned.figure_features(masked, f, win, cue=cue, source=source, subject=subject, part=part, heading=heading,
                                   prev_unit=prev_unit, next_unit=next_unit, prev_cue=prev_cue, qizhong=qizhong,
                                   matches=matches)


#: evidence longer than this is cut to a window around the figure (an unpunctuated page is one "sentence")
EVIDENCE_MAX = 240


def _evidence(text: str, f: Figure, lo: int, hi: int) -> str:
    """The sentence ``text[lo:hi]`` holding ``f``, or a window of it around ``f`` when the sentence
    is very long.

    >>> t = "甲" * 500 + "会员12人" + "乙" * 500
    >>> e = _evidence(t, Figure(500, 504, 12, "person", "人", "exact"), 0, len(t))
    >>> len(e) <= EVIDENCE_MAX and "会员12人" in e
    True
    """
    if hi - lo <= EVIDENCE_MAX:
        return text[lo:hi]
    half = (EVIDENCE_MAX - (f.end - f.start)) // 2
    start = max(lo, min(f.start - half, hi - EVIDENCE_MAX))
    return text[start:min(hi, start + EVIDENCE_MAX)]


def _cue_source(text: str, f: Figure, win: Window, hit: Hit | None, metric: str, cue_metric: str) -> tuple[str, str]:
    """Where the cue decision came from (p phrase, c clause, s sentence, l lead, i inherited, d unit
    default) and a short reason for ``Record.why``."""
    if metric != cue_metric:
        return "i", f"{metric} continued from the figure before it"
    if hit is None:
        return "d", f"no cue: {metric} by unit default"
    if hit.start < 0:
        return "l", f"cue in paragraph lead /{hit.cue.pattern.pattern[:20]}/"
    level = "p" if win.local[0] <= hit.start and hit.end <= win.local[1] else "c" if win.clause[0] <= hit.start and hit.end <= win.clause[1] else "s"
    return level, f"cue {text[hit.start:hit.end]} ({'phrase' if level == 'p' else 'clause' if level == 'c' else 'sentence'})"


@lru_cache(maxsize=256)
def _cell_metric(reading: str) -> tuple[str, str]:
    """The metric of a header table's cell, typed as its column's words before the number and the
    column's unit read as a sentence (会员数412人, 慰问金额12.36万元, 会员新增612人): the typing
    stage's own cues, nothing table-specific.

    >>> _cell_metric("慰问金额12.36万元")
    ('relief_amount', 'table column: 慰问金额12.36万元')
    """
    recs = extract_records(reading)
    return (recs[0].metric if recs else "other"), f"table column: {reading}"


#: A share whose own "subject" is only the word 占: it is the share of the figure before it.
_SHARE_WORD = re.compile(r"约?占(?:比)?|")


def extract(text: str) -> list[Record]:
    """Records of a plain string (no parts or sections known).

    >>> [(r.metric, r.value) for r in extract("签订工资集体协议156份，覆盖职工2.3万人。")]
    [('contracts', 156.0), ('workers', 23000.0)]
    """
    return extract_records(text)


# --------------------------------------------------------------------------- context

def _window(text: str, figures: list[Figure], fi: int, clauses: list[tuple[int, int]], clause_starts: list[int],
            s_start: int, s_end: int, lead: str) -> Window:
    """The spans around figure ``fi`` of the sentence ``text[s_start:s_end]`` (cut into ``clauses``,
    whose starts are ``clause_starts``)."""
    f = figures[fi]
    ca, cb = clauses[max(bisect.bisect_right(clause_starts, f.start) - 1, 0)]
    lo, hi = ca, cb
    if fi > 0 and ca <= figures[fi - 1].end <= f.start:
        lo = figures[fi - 1].end
        # 78家基层工会示范单位和248家被结对单位: what stands before 和/及/、 belongs to the previous figure
        m = None
        for m in _CONNECTOR.finditer(text, lo, f.start):
            pass
        if m is not None:
            lo = m.end()
    if fi + 1 < len(figures) and f.end <= figures[fi + 1].start < cb:
        hi = figures[fi + 1].start
    return Window((lo, hi), (ca, cb), (s_start, s_end), lead)


def _lead(text: str, sents: _Sentences, si: int, path_of) -> str:
    """The paragraph's first sentence (often a run-in heading) and the innermost heading.

    ``path_of`` maps an offset to its section path (:func:`_section_paths`).
    """
    first = sents.para_first[si]
    lead = text[sents.start[first]:sents.end[first]] if first != si else ""
    path = path_of(sents.start[si])
    if path:
        lead += "|" + path.split(" > ")[-1]
    return lead


# wholes too general to override a part's own counted noun (在职职工2046人，其中会员2011人: members)
_GENERIC_WHOLES = frozenset({"workers", "enterprises", "other"})


_RATES = ("coverage_rate", "completion_rate")
#: a change in percentage points (提高1.9个百分点) continues the rate it changes, a share too
#: (records.md ruling: it takes the metric of the rate it changes)
_POINT_RATES = _RATES + ("share",)


class _Inheritance:
    """其中 parts take the metric of their whole (unless the part names its own noun and the whole is
    a general population); an unlabelled rate continues the rate before it; a count with no cue up to
    its sentence (合计2.6万元, 应到代表186名，实到179名) continues the figure of its kind before it in
    the sentence.

    The figures are decided in text order (:meth:`decide`, then :meth:`add` with the decision); the
    last rate and the last figure of each unit family are kept, so no figure walks back over the
    figures before it (a long run-on page costs no more per figure than a short one).

    What it reads of the figures before the one decided (start, end, unit family) it keeps itself:
    only the figure decided is read from ``figures``, so the figures before it may be freed (None).
    """

    __slots__ = ("text", "figures", "starts", "ends", "families", "sents", "metrics", "last_rate", "last_point_rate",
                 "last_of_family", "_qizhong")

    def __init__(self, text: str, figures: list[Figure], sents: _Sentences) -> None:
        self.text, self.figures, self.sents = text, figures, sents
        self.starts = array("q", [f.start for f in figures])
        self.ends = [f.end for f in figures]  # increasing: figures neither overlap nor go back
        self.families = [_family(f.unit) for f in figures]
        self.metrics: list[str] = []  # the decisions so far, by figure index
        self.last_rate = -1  # the last percentage decided a coverage or completion rate
        self.last_point_rate = -1  # the last percentage decided a coverage or completion rate or a share
        self.last_of_family: dict[str, int] = {}
        self._qizhong: dict[int, list[int]] = {}  # sentence index -> offsets of its 其中

    def _last_qizhong(self, si: int, s_start: int, pos: int) -> int:
        """The offset of the last 其中 of sentence ``si`` before ``pos`` (-1: none); the sentence's
        其中 are found once (a search back from each figure was quadratic on a run-on page)."""
        marks = self._qizhong.get(si)
        if marks is None:
            if len(self._qizhong) > 64:
                self._qizhong.clear()
            text, end = self.text, self.sents.end[si]
            marks, at = [], text.find("其中", s_start, end)
            while at >= 0:
                marks.append(at)
                at = text.find("其中", at + 1, end)
            self._qizhong[si] = marks
        k = bisect.bisect_right(marks, pos - 2)  # a 其中 ending by pos (rfind's bound: start + 2 <= pos)
        return marks[k - 1] if k else -1

    def add(self, fi: int, metric: str) -> None:
        """Figure ``fi``, the next in text order, is decided ``metric``."""
        self.metrics.append(metric)
        if self.families[fi] == "percent":
            if metric in _RATES:
                self.last_rate = fi
            if metric in _POINT_RATES:
                self.last_point_rate = fi
        self.last_of_family[self.families[fi]] = fi

    def decide(self, fi: int, si: int, hit: Hit | None, metric: str) -> tuple[str, int | None]:
        """The metric of figure ``fi`` in sentence ``si`` whose cue decision is ``metric`` (by
        ``hit``), and, for a count continuing the one before it, the index of that figure."""
        metrics, fig_starts, families = self.metrics, self.starts, self.families
        f = self.figures[fi]
        starts = self.sents.start
        s_start = starts[si]
        para_start = starts[self.sents.para_first[si]]
        if f.unit == "percent":
            last = self.last_point_rate if f.in_points else self.last_rate
            if hit is None and last >= 0 and fig_starts[last] >= max(starts[max(si - 2, 0)], para_start):
                return metrics[last], None
            return metric, None
        qi = self._last_qizhong(si, s_start, f.start)
        if qi >= 0 and (hit is None or hit.cue.priority < _STRONG) and not _failing_part(self.text, f.end):
            bound = max(para_start, starts[si - 1] if si > 0 and qi > s_start + 3 else -1)
            last = bisect.bisect_right(self.ends, qi, 0, fi) - 1  # the last figure ending before 其中
            if last + 1 == fi or fig_starts[last + 1] >= bound:  # (those after it are skipped)
                family = families[fi]
                for pj in range(last, -1, -1):
                    if fig_starts[pj] < bound:
                        break
                    if families[pj] == family:
                        own_noun = hit is not None and hit.score[0] > hit.cue.priority  # the counted noun stands by it
                        if own_noun and metrics[pj] in _GENERIC_WHOLES and metric not in _GENERIC_WHOLES:
                            return metric, None
                        return metrics[pj], None
        if hit is None:
            pj = self.last_of_family.get(families[fi], -1)
            if pj >= 0 and fig_starts[pj] >= s_start:
                return metrics[pj], pj
        return metric, None


@lru_cache(maxsize=1)
def _failing_words() -> re.Pattern:
    """The words that name a part by its failing (``failing`` role of ``data/subject.tsv``), as one
    pattern of the phrase between a count and the 的 that closes it."""
    words = sorted((r["word"] for r in read_table("subject.tsv") if r["role"] == "failing"), key=len, reverse=True)
    return re.compile("[^，。；：的\n]{0,8}?(?:" + "|".join(map(re.escape, words)) + ")[^，。；：的\n]{0,4}的")


def _failing_part(text: str, end: int) -> bool:
    """Is the count ending at ``end`` a part named by its failing (其中6家落实不力的企业, 其中3家未达标的):
    no kind of its whole (an honour, a relief), it is typed by its own noun.

    >>> t = "选树示范企业35家，对其中6家落实不力的企业下发整改提示函，其中4家获评先进的企业"
    >>> _failing_part(t, t.index("6家") + 2), _failing_part(t, t.index("4家") + 2)
    (True, False)
    """
    return _failing_words().match(text, end, end + 16) is not None


_PEOPLE = frozenset({"person", "household", "person_time"})


def _family(unit: str) -> str:
    """Units of one family count the same things (persons, households and person-times: people).

    >>> _family("household") == _family("person"), _family("yuan") == _family("person")
    (True, False)
    """
    return "\0people" if unit in _PEOPLE else unit


# --------------------------------------------------------------------------- period

def _carried_periods(text: str, sents: _Sentences) -> list[tuple[int, int] | None]:
    """The period each sentence inherits from before it (records.md rulings).

    A sentence's own time expression governs the next sentence; the chain goes on through
    sentences that hold figures, and a paragraph that opens with one keeps it until another
    appears.  A lead-in paragraph ending in ： (今年以来，我们…开展了…活动：) governs the
    paragraphs after it until the next own-line heading.
    """
    out: list[tuple[int, int] | None] = []
    state: tuple[int, int] | None = None
    sticky = False
    section_lead: tuple[int, int] | None = None
    start, para, para_first, line_start, line_end = sents.start, sents.para, sents.para_first, sents.line_start, sents.line_end
    spans, period_from, has_figure = sents.spans, sents.period_from, sents.has_figure
    for si in range(len(start)):
        if para_first[si] == si:  # the first sentence of a line
            if si > 0:
                qa, qb = line_start[para[si - 1]], line_end[para[si - 1]]
                if text[qa:qb].rstrip().endswith(("：", ":")):
                    # the first period of the previous paragraph (its sentences run back from si - 1)
                    for k in range(para_first[si - 1], si):
                        if period_from[k] < period_from[k + 1]:
                            section_lead = spans[period_from[k]]
                            break
            if section_lead is not None:
                la, lb = line_start[para[si]], line_end[para[si]]
                if _is_heading_line(text[la:lb]):
                    section_lead = None
            state, sticky = section_lead, section_lead is not None
        out.append(state)
        lo, hi = period_from[si], period_from[si + 1]  # the sentence's own periods
        if lo < hi:
            state = spans[hi - 1]
            head = text[start[si]:spans[lo][0]]
            sticky = not _HANZI_RUN.search(_strip_marker(head))
        elif not has_figure[si] and not sticky:
            state = section_lead
    return out


_HANZI_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")
_MARKER = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．])")


def _strip_marker(s: str) -> str:
    return _MARKER.sub("", s)


def _period_for(text: str, f: Figure, own: Sequence[tuple[int, int]], own_ends: Sequence[int],
                carried: tuple[int, int] | None) -> str | None:
    """The period of ``f``: the last of its sentence's own periods (``own``, in order and apart, as
    :func:`find_periods` merges them; ``own_ends`` their ends) ending before it, else the one the
    sentence carries.

    >>> t = "2023年1月5人，2月6人，3月7人"
    >>> own = find_periods(t)
    >>> [_period_for(t, f, own, [b for _, b in own], None) for f in find_figures(t)]
    ['2023年1月', '2月', '3月']
    >>> _period_for(t, find_figures(t)[0], [], [], (0, 7))
    '2023年1月'
    """
    k = bisect.bisect_right(own_ends, f.start)  # the periods ending at or before f
    if k:
        a, b = own[k - 1]
        return text[a:b]
    if carried is not None:
        return text[carried[0]:carried[1]]
    return None
