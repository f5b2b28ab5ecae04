"""Measure extraction against annotated reports (gold files in the shape of ``corpora/gold``).

A gold file ``<stem>.json`` holds ``{"articles": [{"article": 1, "records": [...],
"sections": [...]}, ...]}``; it is matched to the loaded document whose source
file has the same stem.  Records are compared per article as multisets:

- *figure*: (unit, value) — was the quantity found at all?
- *typed*: (metric, unit, value) — and typed right?
- *core*: typed, restricted to members, coverage_rate, relief_amount, relief_recipients.

>>> import reportmine
>>> from reportmine.evaluate import evaluate
>>> docs = [reportmine.load("corpora/samples/004_e50c7d9a74c650fc.txt")]
>>> report = evaluate("corpora/gold", docs)
>>> report.scores["figure"].f1 > 0.9
True
"""

from __future__ import annotations

import collections
import json
import os
import pathlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Hashable, Iterable

from .model import Document

__all__ = ["CORE_METRICS", "Score", "Report", "evaluate", "load_gold", "multiset_tp", "head_key"]

CORE_METRICS = frozenset({"members", "coverage_rate", "relief_amount", "relief_recipients"})


@dataclass(frozen=True)
class Score:
    tp: int
    pred: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} (tp={self.tp} pred={self.pred} gold={self.gold})"


@dataclass
class Report:
    """Scores, a gold-metric x predicted-metric confusion table, and the errors."""

    scores: dict[str, Score]
    confusion: dict[str, collections.Counter] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)  # gold records not matched (typed)
    false_alarms: list[dict] = field(default_factory=list)  # predicted records not matched (typed)
    unmatched_gold_articles: list[str] = field(default_factory=list)

    def format(self, max_errors: int = 40) -> str:
        lines = []
        for name in ("figure", "typed", "core", "section"):
            if name in self.scores:
                lines.append(f"{name:8} {self.scores[name]}")
        if self.unmatched_gold_articles:
            lines.append(f"gold articles with no prediction: {', '.join(self.unmatched_gold_articles)}")
        metrics = sorted(set(self.confusion) | {m for c in self.confusion.values() for m in c})
        if metrics:
            lines.append("")
            lines.append("confusion (rows gold metric, columns predicted, abbreviated; - = not found / not in gold)")
            cols = [m for m in metrics if m != "-"] + ["-"]
            short = {m: "".join(w[:3] for w in m.split("_"))[:6] if "_" in m else m[:6] for m in cols}
            lines.append(f"{'':18}" + "".join(f"{short[c]:>7}" for c in cols))
            for g in cols:
                row = self.confusion.get(g, collections.Counter())
                if not sum(row.values()):
                    continue
                lines.append(f"{g:18}" + "".join(f"{(row[c] or ''):>7}" for c in cols))
        for title, errs in (("misses", self.misses), ("false alarms", self.false_alarms)):
            lines.append("")
            lines.append(f"{title}: {len(errs)}")
            for e in errs[:max_errors]:
                lines.append(
                    f"  {e['where']:24} {e['metric']:18} {e['value']:>12g} {e['unit']:11} {e.get('mention', ''):10} {e.get('subject', '')}"
                )
            if len(errs) > max_errors:
                lines.append(f"  … {len(errs) - max_errors} more")
        return "\n".join(lines)


def _key(v) -> float:
    return round(float(v), 4)


def fold(s: str | None) -> str:
    """Text as /work/shared/tools/score.py compares it: NFKC, whitespace removed.

    >>> fold("今年 以来，１２３")
    '今年以来,123'
    """
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def head_key(heading: str) -> str:
    """A heading as /work/shared/tools/score.py compares it: folded, closing punctuation dropped,
    its first 10 characters.

    >>> head_key("一、 加强组织建设，扩大工会覆盖面：")
    '一、加强组织建设,扩'
    >>> head_key("工会组建：")
    '工会组建'
    """
    return re.sub(r"[：:。，,；;．.、\s]+$", "", fold(heading))[:10]


def load_gold(gold_dir: str | os.PathLike) -> dict[str, dict]:
    """Gold files by stem."""
    d = pathlib.Path(gold_dir)
    if not d.is_dir():
        raise NotADirectoryError(f"gold directory not found: {d} (it should hold <stem>.json files)")
    out = {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in sorted(d.glob("*.json"))}
    if not out:
        raise FileNotFoundError(f"no gold files (*.json) in {d}")
    return out


def multiset_tp(pred: Iterable[Hashable], gold: Iterable[Hashable]) -> int:
    """How many items of ``pred`` are matched by items of ``gold``, each gold item used once.

    The true positives of a multiset comparison (as /work/shared/tools/score.py counts
    records and sections): a key predicted twice but in the gold once counts once.

    >>> multiset_tp([("person", 5.0), ("person", 5.0), ("yuan", 2.0)], [("person", 5.0), ("org", 3.0)])
    1
    """
    return sum((collections.Counter(pred) & collections.Counter(gold)).values())


def _typed_key(r: dict) -> tuple[str, str, float]:
    return (r["metric"], r["unit"], _key(r["value"]))


def _unmatched(items: list[dict], others: list[dict], key: Callable[[dict], Hashable]) -> list[dict]:
    """The ``items`` left without a partner of equal ``key`` in ``others`` (each partner used once), in order.

    >>> _unmatched([{"k": 1}, {"k": 1}, {"k": 2}], [{"k": 1}], lambda r: r["k"])
    [{'k': 1}, {'k': 2}]
    """
    left = collections.Counter(key(o) for o in others)
    out = []
    for x in items:
        k = key(x)
        if left[k] > 0:
            left[k] -= 1
        else:
            out.append(x)
    return out


def _pair_by_figure(gold: list[dict], pred: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Pair records with equal (unit, value): same metric first, then nearest offset."""
    pairs, free = [], list(pred)
    rest = []
    for want_same_metric in (True, False):
        rest = []
        for g in gold:
            cands = [p for p in free if p["unit"] == g["unit"] and _key(p["value"]) == _key(g["value"]) and (not want_same_metric or p["metric"] == g["metric"])]
            if not cands:
                rest.append(g)
                continue
            best = min(cands, key=lambda p: abs(p.get("start", 0) - g.get("start", p.get("start", 0))))
            free.remove(best)
            pairs.append((g, best))
        gold = rest
    return pairs, rest, free


def evaluate(gold_dir: str | os.PathLike, docs: Iterable[Document]) -> Report:
    """Score ``docs`` against the gold files of ``gold_dir`` (only stems present in both; a document
    with no article scores its gold as missed)."""
    gold = load_gold(gold_dir)
    by_stem: dict[str, dict[int, object]] = collections.defaultdict(dict)
    for d in docs:
        by_stem[d.source.name]  # noqa: B018 (a document with no article is still scored)
        for a in d.articles:
            by_stem[d.source.name][a.index] = a
    counts = collections.Counter()
    confusion: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    misses, alarms, unmatched = [], [], []
    for stem, g in gold.items():
        if stem not in by_stem:
            continue
        for ga in g["articles"]:
            where = f"{stem}#{ga['article']}"
            art = by_stem[stem].get(ga["article"])
            if art is None:
                unmatched.append(where)
            grecs = [dict(r, where=where) for r in ga.get("records", [])]
            precs = [dict(r.to_dict(), where=where) for r in (art.records if art else ())]
            for name, sel in (
                ("figure", lambda r: (r["unit"], _key(r["value"]))),
                ("typed", _typed_key),
            ):
                gk, pk = [sel(r) for r in grecs], [sel(r) for r in precs]
                counts[name + "_tp"] += multiset_tp(pk, gk)
                counts[name + "_pred"] += len(pk)
                counts[name + "_gold"] += len(gk)
            gk = [_typed_key(r) for r in grecs if r["metric"] in CORE_METRICS]
            pk = [_typed_key(r) for r in precs if r["metric"] in CORE_METRICS]
            counts["core_tp"] += multiset_tp(pk, gk)
            counts["core_pred"] += len(pk)
            counts["core_gold"] += len(gk)
            if "sections" in ga:
                gs = [(s["depth"], head_key(s["heading"])) for s in ga["sections"]]
                ps = [(s.depth, head_key(s.heading)) for s in (art.iter_sections() if art else ())]
                counts["section_tp"] += multiset_tp(ps, gs)
                counts["section_pred"] += len(ps)
                counts["section_gold"] += len(gs)
            pairs, lost, extra = _pair_by_figure(grecs, precs)
            for gr, pr in pairs:
                confusion[gr["metric"]][pr["metric"]] += 1
            for gr in lost:
                confusion[gr["metric"]]["-"] += 1
            for pr in extra:
                confusion["-"][pr["metric"]] += 1
            # typed errors: records whose (metric, unit, value) has no partner
            misses += _unmatched(grecs, precs, _typed_key)
            alarms += _unmatched(precs, grecs, _typed_key)
    scores = {
        name: Score(counts[name + "_tp"], counts[name + "_pred"], counts[name + "_gold"])
        for name in ("figure", "typed", "core", "section")
        if counts[name + "_gold"] or counts[name + "_pred"]
    }
    return Report(scores, dict(confusion), misses, alarms, unmatched)
