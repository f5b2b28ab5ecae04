"""Regression floor on held-out set 3 (corpora/heldout3: 7 hand-written reports, gold committed before
reportmine was first run on them).

First measure (benchmarks/heldout3_eval.py on committed HEAD 86faf5f): figure F1 0.981, typed 0.906, core 0.948,
section 1.000, text CER 0.0002, title 7/7, year 6/7, org_level 4/7, report_type 7/7, parts 6/7,
flags 1 of 2 found (implausible_rate yes, sum_mismatch no). The floors below sit a little under that, so a
change that loses ground on unseen reports fails here. (With uncommitted classify/metrics edits in the tree at
the time, typed was 0.934 and core 0.971.) Do not tune to this set: it is the honest measure.
"""
import sys
import pathlib

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "benchmarks"))
import heldout3_eval  # noqa: E402


@pytest.fixture(scope="module")
def m():
    return heldout3_eval.measure()


def test_every_gold_article_is_found_once(m):
    assert all(row["n_articles"] == 1 for row in m["articles"]), m["articles"]


def test_figures_found(m):
    assert m["figure"]["f1"] >= 0.96
    assert m["figure"]["r"] >= 0.96


def test_figures_typed(m):
    assert m["typed"]["f1"] >= 0.88
    assert m["core"]["f1"] >= 0.92


def test_sections(m):
    assert m["section"]["f1"] >= 0.97


def test_text_is_restored(m):
    assert m["text_cer"] <= 0.002
    assert max(row["cer"] for row in m["articles"]) <= 0.005


def test_metadata(m):
    assert m["meta"]["title"] >= 6 / 7
    assert m["meta"]["report_type"] >= 6 / 7
    assert m["meta"]["year"] >= 5 / 7
    assert m["meta"]["org_level"] >= 3 / 7
    assert m["parts"] >= 5 / 7


def test_implausible_rate_is_flagged(m):
    # 入会率101.6% in the coal-mine report: a rate over 100 that is not a completion rate
    assert m["flags"]["tp"] >= 1
    assert m["flags"]["pred"] <= m["flags"]["gold"] + 1
