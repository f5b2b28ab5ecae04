"""The figure stage on the gold articles: F1 targets and traceability."""
import collections

import pytest

from reportmine.evaluate import CORE_METRICS as CORE, Score
from reportmine.extraction import extract_records

from conftest import gold_parts, gold_sections


@pytest.fixture(scope="module")
def scored(gold_articles):
    tot = collections.Counter()
    runs = []
    for stem, a in gold_articles:
        recs = extract_records(a["text"], gold_parts(a), gold_sections(a))
        runs.append((a, recs))
        pr = [(r.metric, r.unit, round(r.value, 4)) for r in recs]
        gr = [(r["metric"], r["unit"], round(float(r["value"]), 4)) for r in a["records"]]
        for name, p, g in (("typed", pr, gr), ("figure", [x[1:] for x in pr], [x[1:] for x in gr]),
                           ("core", [x for x in pr if x[0] in CORE], [x for x in gr if x[0] in CORE])):
            tot[name + "_tp"] += sum((collections.Counter(p) & collections.Counter(g)).values())
            tot[name + "_p"] += len(p)
            tot[name + "_g"] += len(g)
    f1 = {n: Score(tot[n + "_tp"], tot[n + "_p"], tot[n + "_g"]).f1 for n in ("typed", "figure", "core")}
    return f1, runs


def test_typed_f1(scored):
    assert scored[0]["typed"] >= 0.95


def test_figure_f1(scored):
    assert scored[0]["figure"] >= 0.98


def test_core_f1(scored):
    assert scored[0]["core"] >= 0.97


def test_every_mention_is_its_span(scored):
    for a, recs in scored[1]:
        for r in recs:
            assert r.mention == a["text"][r.start:r.end]
            assert a["text"][r.sentence_start:r.sentence_end] == r.evidence
            assert r.sentence_start <= r.start < r.end <= r.sentence_end


def test_flags_match_gold(scored):
    for a, recs in scored[1]:
        want = sorted((g["mention"], tuple(sorted(g["flags"]))) for g in a["records"] if g["flags"])
        got = sorted((r.mention, tuple(sorted(r.flags))) for r in recs if r.flags)
        assert got == want


def test_parts_and_sections_are_filled(scored):
    for a, recs in scored[1]:
        for g in a["records"]:
            if "start" not in g:
                continue
            r = next(r for r in recs if r.start == g["start"])
            assert r.part == g["part"]
            assert r.section == g["section"]
