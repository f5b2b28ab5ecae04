"""Regression floor on held-out set 3 (corpora/heldout3: 7 hand-written reports, gold committed before
reportmine was first run on them).

First measure (then benchmarks/heldout3_eval.py, now benchmarks/heldout_eval.py; committed HEAD 86faf5f): figure F1 0.981, typed 0.906, core 0.948,
section 1.000, text CER 0.0002, title 7/7, year 6/7, org_level 4/7, report_type 7/7, parts 6/7,
flags 1 of 2 found (implausible_rate yes, sum_mismatch no). The floors below sit a little under that, so a
change that loses ground on unseen reports fails here. (With uncommitted classify/metrics edits in the tree at
the time, typed was 0.934 and core 0.971.) Do not tune to this set: it is the honest measure.
"""
import sys
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from heldout_eval import measure  # noqa: E402


@pytest.fixture(scope="module")
def m():
    return measure(ROOT / "corpora" / "heldout3")


def share(pair: tuple[int, int]) -> float:
    """(agreeing, total) as a fraction."""
    return pair[0] / pair[1]


def test_every_gold_article_is_found_once(m):
    assert all(row["n_articles"] == 1 for row in m["rows"]), m["rows"]


def test_figures_found(m):
    assert m["scores"]["figure"]["f1"] >= 0.96
    assert m["scores"]["figure"]["r"] >= 0.96


def test_figures_typed(m):
    assert m["scores"]["typed"]["f1"] >= 0.88
    assert m["scores"]["core"]["f1"] >= 0.92


def test_sections(m):
    assert m["scores"]["section"]["f1"] >= 0.97


def test_text_is_restored(m):
    assert m["text_cer"] <= 0.002
    assert max(row["cer"] for row in m["rows"]) <= 0.005


def test_metadata(m):
    assert share(m["meta"]["title"]) >= 6 / 7
    assert share(m["meta"]["report_type"]) >= 6 / 7
    assert share(m["meta"]["year"]) >= 5 / 7
    assert share(m["meta"]["org_level"]) >= 3 / 7
    assert share(m["parts"]) >= 5 / 7


def test_implausible_rate_is_flagged(m):
    # 入会率101.6% in the coal-mine report: a rate over 100 that is not a completion rate
    assert m["flags"]["tp"] >= 1
    assert m["flags"]["pred"] <= m["flags"]["gold"] + 1
