"""Figure cases as data (tests/test-cases/figures/, see tests/test-cases/README.md).

Each case: ``label``, ``input`` (a sentence, run through ``reportmine.extract``: normalised,
split, typed and validated as a user would) and
- ``figures``: the figures it must give, in text order, as [value, unit, raw_unit, qualifier, high]
  (synthetic.json, in-the-wild.json, known-failures.json), and optionally ``flags``: each figure's
  validation flags in the same order;
- negative.json: the input must give no figure at all.
Cases in known-failures.json fail today: the runner asserts they still fail, so a fix is noticed
and the case moves to synthetic.json or in-the-wild.json.
"""

import pytest

import reportmine
from conftest import load_cases



def load(name: str) -> list[dict]:
    cases = load_cases("figures", name)
    for c in cases:
        assert name == "negative.json" or c["figures"], c
    return cases


def figures(text: str) -> list[tuple]:
    """(value, unit, raw_unit, qualifier, high) of every record of ``text``, in text order."""
    recs = sorted(reportmine.extract(text), key=lambda r: r.start)
    return [(round(r.value, 4), r.unit, r.raw_unit, r.qualifier, None if r.high is None else round(r.high, 4))
            for r in recs]


def flags(text: str) -> list[list[str]]:
    return [sorted(r.flags) for r in sorted(reportmine.extract(text), key=lambda r: r.start)]


def expected(case: dict) -> list[tuple]:
    return [(round(float(v), 4), u, raw, q, None if h is None else round(float(h), 4))
            for v, u, raw, q, h in case["figures"]]


def matches(case: dict) -> bool:
    if figures(case["input"]) != expected(case):
        return False
    return "flags" not in case or flags(case["input"]) == [sorted(f) for f in case["flags"]]


@pytest.mark.parametrize("case", load("synthetic.json") + load("in-the-wild.json"), ids=lambda c: c["label"])
def test_case(case):
    assert figures(case["input"]) == expected(case)
    if "flags" in case:
        assert flags(case["input"]) == [sorted(f) for f in case["flags"]]


@pytest.mark.parametrize("case", load("negative.json"), ids=lambda c: c["label"])
def test_negative(case):
    assert figures(case["input"]) == []


@pytest.mark.parametrize("case", load("known-failures.json"), ids=lambda c: c["label"])
def test_known_failure_still_fails(case):
    assert not matches(case), f"fixed: move {case['label']!r} to synthetic.json or in-the-wild.json"


def test_every_ruling_has_a_case():
    """Each ruling of records.md about what a figure is has at least one case (by its label)."""
    labels = " ".join(c["label"] for name in ("synthetic.json", "negative.json") for c in load(name))
    for ruling in ("'a'", "list-item", "organisation noun", "person noun", "decimal point", "fractions",
                   "万 without 元", "vague", "scores", "congress", "range", "percentage points"):
        assert ruling in labels, ruling
