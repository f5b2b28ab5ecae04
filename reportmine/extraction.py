"""The figure stage: normalised article text -> typed, traceable records.

>>> [(r.metric, r.value, r.unit, r.subject) for r in extract("为145名困难职工发放救助资金24万元。")]
[('relief_recipients', 145.0, 'person', '困难职工'), ('relief_amount', 240000.0, 'yuan', '救助资金')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Sequence

from . import learned
from .classify import Hit, Window, candidate_cues, classify_metric, match_spans, find_periods, find_subject, mask_titles, sentence_matches
from .figures import Figure, find_figures
from .model import Part, Record, Section, part_at, section_path
from .validate import validate

__all__ = ["extract_records", "extract", "split_sentences"]

_SENT_END = re.compile(r"[。！？!?]+|\n")
_CLAUSE_END = re.compile(r"[，；：;:（）()]|(?<![0-9]),|,(?![0-9])")  # not the thousands comma of 1,268
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
    for m in _CLAUSE_END.finditer(text, lo, hi):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, hi))
    return out


def _locate(spans: list[tuple[int, int]], pos: int) -> int:
    i = bisect.bisect_right([a for a, _ in spans], pos) - 1
    return max(i, 0)


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int
    figures: list[int] = field(default_factory=list)
    periods: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Found:
    """A figure after the cue tables, before the model's decision."""

    figure: Figure
    sentence: _Sentence
    metric: str  # the cue tables' decision (with inheritance)
    why: str
    subject: str
    donor: int | None  # the figure whose subject this one took (合计2.6万元)
    part: str
    period: str | None
    features: dict = field(default_factory=dict)  # the arguments of figure_features besides the subject
    feats: list[str] = field(default_factory=list)


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
    periods = find_periods(text)
    paragraphs = _paragraphs(text)
    sentences: list[_Sentence] = []
    for pi, (a, b) in enumerate(paragraphs):
        for sa, sb in split_sentences(text, a, b):
            sentences.append(_Sentence(sa, sb, pi))
    starts = [s.start for s in sentences]
    for fi, f in enumerate(figures):
        sentences[max(bisect.bisect_right(starts, f.start) - 1, 0)].figures.append(fi)
    for a, b in periods:
        s = sentences[max(bisect.bisect_right(starts, a) - 1, 0)]
        s.periods.append((a, b))
    carried = _carried_periods(text, sentences, paragraphs)

    metrics: list[str] = []  # the cue tables' decisions (what inheritance follows)
    first_of: dict[int, int] = {}
    for si, sent in enumerate(sentences):
        first_of.setdefault(sent.paragraph, si)
    collect = learned.collector()
    use_features = collect is not None or learned.current() is not None
    # pass 1, in text order: cue typing, subject, period and the model's features of every figure
    found: list[_Found] = []
    for si, sent in enumerate(sentences):
        if not sent.figures:
            continue
        clauses = _clauses(text, sent.start, sent.end)
        para_lead = _lead(text, sentences, si, sections, first_of)
        heading = para_lead.rsplit("|", 1)[1] if "|" in para_lead else ""
        cands = candidate_cues(masked, sent.start, sent.end)
        matches = sentence_matches(masked, sent.start, sent.end, cands)
        spans = match_spans(matches)
        for k, fi in enumerate(sent.figures):
            f = figures[fi]
            win = _window(text, figures, fi, clauses, sent, para_lead)
            cue_metric, hit = classify_metric(masked, f, win, cands, spans)
            metric, donor = _inherit(text, figures, fi, sentences, si, metrics, hit, cue_metric)
            metrics.append(metric)
            subject = find_subject(text, f, win, periods, hit)
            if donor is not None and len(subject) < 2:
                subject = found[donor].subject  # 合计2.6万元: the total of the 助学金 before it
            else:
                donor = None
            source, why = _cue_source(masked, f, win, hit, metric, cue_metric)
            part = part_at(parts, f.start)
            item = _Found(f, sent, metric, why, subject, donor, part, _period_for(text, f, sent, carried[si]))
            if use_features:
                item.features = dict(
                    win=win, cue=metric, source=source, part=part, heading=heading,
                    prev_unit=figures[sent.figures[k - 1]].unit if k else "",
                    next_unit=figures[sent.figures[k + 1]].unit if k + 1 < len(sent.figures) else "",
                    prev_cue=metrics[sent.figures[k - 1]] if k else "",
                    qizhong=text.find("其中", sent.start, f.start) >= 0, matches=matches)
                item.feats = learned.figure_features(masked, f, subject=subject, **item.features)
            found.append(item)
    # the model decides every figure of the article in one batch
    decisions = learned.decide_many([(x.feats, x.metric, x.why) for x in found]) if use_features else \
        [(x.metric, x.why) for x in found]
    # pass 2, in text order: what depends on the decided metric of the figures before
    out: list[Record] = []
    for x, (metric, why) in zip(found, decisions):
        f, sent, subject = x.figure, x.sentence, x.subject
        if x.donor is not None and out[x.donor].subject != subject:
            # the donor's subject was taken from a share before it: features and decision follow it
            subject = out[x.donor].subject
            x.feats = learned.figure_features(masked, f, subject=subject, **x.features)
            metric, why = learned.decide(x.feats, x.metric, x.why)
        if collect is not None:
            collect.append(dict(start=f.start, end=f.end, unit=f.unit, value=f.value, cue=x.metric, feats=x.feats))
        if metric == "share" and _SHARE_WORD.fullmatch(subject) and out and out[-1].sentence_start == sent.start:
            subject = out[-1].subject  # 其中女职工235人，占51%: the share of the part just counted
        out.append(Record(
            metric=metric, subject=subject, value=f.value, unit=f.unit, raw_unit=f.raw_unit,
            qualifier=f.qualifier, mention=text[f.start:f.end], start=f.start, end=f.end,
            evidence=_evidence(text, f, sent), period=x.period,
            part=x.part, section=section_path(sections, f.start) if sections else "",
            flags=f.flags, high=f.high, sentence_start=sent.start, sentence_end=sent.end, why=why,
        ))
    return validate(out, text)


#: evidence longer than this is cut to a window around the figure (an unpunctuated page is one "sentence")
EVIDENCE_MAX = 240


def _evidence(text: str, f: Figure, sent: "_Sentence") -> str:
    """The sentence holding ``f``, or a window of it around ``f`` when the sentence is very long.

    >>> t = "甲" * 500 + "会员12人" + "乙" * 500
    >>> e = _evidence(t, Figure(500, 504, 12, "person", "人", "exact"), _Sentence(0, len(t), 0))
    >>> len(e) <= EVIDENCE_MAX and "会员12人" in e
    True
    """
    if sent.end - sent.start <= EVIDENCE_MAX:
        return text[sent.start:sent.end]
    half = (EVIDENCE_MAX - (f.end - f.start)) // 2
    lo = max(sent.start, min(f.start - half, sent.end - EVIDENCE_MAX))
    return text[lo:min(sent.end, lo + EVIDENCE_MAX)]


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


#: A share whose own "subject" is only the word 占: it is the share of the figure before it.
_SHARE_WORD = re.compile(r"约?占(?:比)?|")


def extract(text: str) -> list[Record]:
    """Records of a plain string (no parts or sections known).

    >>> [(r.metric, r.value) for r in extract("签订工资集体协议156份，覆盖职工2.3万人。")]
    [('contracts', 156.0), ('workers', 23000.0)]
    """
    return extract_records(text)


# --------------------------------------------------------------------------- context

def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _window(text: str, figures: list[Figure], fi: int, clauses: list[tuple[int, int]], sent: _Sentence, lead: str) -> Window:
    f = figures[fi]
    ci = _locate(clauses, f.start)
    ca, cb = clauses[ci]
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
    return Window((lo, hi), (ca, cb), (sent.start, sent.end), lead)


def _lead(text: str, sentences: list[_Sentence], si: int, sections: Sequence[Section], first_of: dict[int, int]) -> str:
    """The paragraph's first sentence (often a run-in heading) and the innermost heading.

    ``first_of`` maps a paragraph to the index of its first sentence.
    """
    first = first_of[sentences[si].paragraph]
    lead = text[sentences[first].start:sentences[first].end] if first != si else ""
    if sections:
        path = section_path(sections, sentences[si].start)
        if path:
            lead += "|" + path.split(" > ")[-1]
    return lead


# wholes too general to override a part's own counted noun (在职职工2046人，其中会员2011人: members)
_GENERIC_WHOLES = frozenset({"workers", "enterprises", "other"})


def _inherit(text: str, figures: list[Figure], fi: int, sentences: list[_Sentence], si: int,
             metrics: list[str], hit: Hit | None, metric: str) -> tuple[str, int | None]:
    """其中 parts take the metric of their whole (unless the part names its own noun and the whole is
    a general population); an unlabelled rate continues the rate before it; a count with no cue up to
    its sentence (合计2.6万元, 应到代表186名，实到179名) continues the figure of its kind before it in
    the sentence.  Returns the metric and, for that last case, the index of the figure it continues."""
    f = figures[fi]
    strong = hit is not None and hit.cue.priority >= _STRONG
    own_noun = hit is not None and hit.score[0] > hit.cue.priority  # the counted noun stands by it
    sent = sentences[si]
    qi = text.rfind("其中", sent.start, f.start)
    if qi >= 0 and not strong and f.unit != "percent":
        for pj in range(fi - 1, -1, -1):
            p = figures[pj]
            if p.start < _para_start(sentences, si) or (si > 0 and p.start < sentences[si - 1].start and qi > sent.start + 3):
                break
            if p.end <= qi and _same_family(p.unit, f.unit):
                if own_noun and metrics[pj] in _GENERIC_WHOLES and metric not in _GENERIC_WHOLES:
                    return metric, None
                return metrics[pj], None
    if f.unit == "percent" and hit is None:
        lo = sentences[max(si - 2, 0)].start
        for pj in range(fi - 1, -1, -1):
            p = figures[pj]
            if p.start < lo or p.start < _para_start(sentences, si):
                break
            if p.unit == "percent" and metrics[pj] in ("coverage_rate", "completion_rate"):
                return metrics[pj], None
    if hit is None and f.unit != "percent":
        for pj in range(fi - 1, -1, -1):
            p = figures[pj]
            if p.start < sent.start:
                break
            if _same_family(p.unit, f.unit):
                return metrics[pj], pj
    return metric, None


def _para_start(sentences: list[_Sentence], si: int) -> int:
    para = sentences[si].paragraph
    while si > 0 and sentences[si - 1].paragraph == para:
        si -= 1
    return sentences[si].start


def _same_family(a: str, b: str) -> bool:
    people = {"person", "household", "person_time"}
    return a == b or (a in people and b in people)


# --------------------------------------------------------------------------- period

def _carried_periods(text: str, sentences: list[_Sentence], paragraphs: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
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
    for si, s in enumerate(sentences):
        new_para = si == 0 or sentences[si - 1].paragraph != s.paragraph
        if new_para:
            pa, pb = paragraphs[s.paragraph]
            line = text[pa:pb]
            if si > 0:
                prev_pa, prev_pb = paragraphs[sentences[si - 1].paragraph]
                prev_line = text[prev_pa:prev_pb].rstrip()
                if prev_line.endswith(("：", ":")):
                    # the first period of the previous paragraph (its sentences run back from si - 1)
                    k = si - 1
                    while k > 0 and sentences[k - 1].paragraph == sentences[si - 1].paragraph:
                        k -= 1
                    prev_periods = [p for q in sentences[k:si] for p in q.periods]
                    if prev_periods:
                        section_lead = prev_periods[0]
            if _is_heading_line(line):
                section_lead = None
            state, sticky = section_lead, section_lead is not None
        out.append(state)
        if s.periods:
            state = s.periods[-1]
            head = text[s.start:s.periods[0][0]]
            sticky = not re.search(r"[\u4e00-\u9fff]{3,}", _strip_marker(head))
        elif not s.figures and not sticky:
            state = section_lead
    return out


def _strip_marker(s: str) -> str:
    return re.sub(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．])", "", s)


def _period_for(text: str, f: Figure, sent: _Sentence, carried: tuple[int, int] | None) -> str | None:
    before = [p for p in sent.periods if p[1] <= f.start]
    if before:
        a, b = before[-1]
        return text[a:b]
    if carried is not None:
        return text[carried[0]:carried[1]]
    return None
