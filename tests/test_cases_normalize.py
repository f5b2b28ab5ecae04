"""Normaliser cases as data (tests/test-cases/normalize/, see tests/test-cases/README.md).

Every case is ``{"label", "input", "output"}``, run through :func:`reportmine.normalize.normalize`:

* ``synthetic.json`` — one invented text per class of error fixed: ``normalize(input) == output``;
* ``in-the-wild.json`` — page-like texts written after real archive pages: the same;
* ``negative.json`` — report text that looks like furniture or damage but is not: ``normalize(input) == input``
  (no ``output`` key);
* ``known-failures.json`` — cases that fail today (``why`` says where the fix belongs); each must
  still fail, so a fix is noticed and the case moved to ``synthetic.json``.

Every expected output is a fixed point: normalising it again changes nothing.
"""


import pytest
from conftest import load_cases

from reportmine.normalize import normalize



def load(name: str) -> list[dict]:
    cases = load_cases("normalize", name)
    assert cases, f"{name} holds no case"
    assert all(isinstance(case["input"], str) for case in cases), name
    return cases


def params(name: str):
    return [pytest.param(case, id=case["label"]) for case in load(name)]


@pytest.mark.parametrize("case", params("synthetic.json") + params("in-the-wild.json"))
def test_case_is_normalised_as_expected(case):
    assert normalize(case["input"]) == case["output"]


@pytest.mark.parametrize("case", params("synthetic.json") + params("in-the-wild.json") + params("known-failures.json"))
def test_expected_output_is_a_fixed_point(case):
    assert normalize(case["output"]) == case["output"]


@pytest.mark.parametrize("case", params("negative.json"))
def test_negative_case_is_left_alone(case):
    assert "output" not in case, "a negative case must come out as it went in"
    assert normalize(case["input"]) == case["input"]


@pytest.mark.parametrize("case", params("known-failures.json"))
def test_known_failure_still_fails(case):
    assert case.get("why"), "say where the fix belongs"
    assert normalize(case["input"]) != case["output"], "fixed: move this case to synthetic.json"


def test_labels_are_unique():
    labels = [c["label"] for name in ("synthetic.json", "in-the-wild.json", "negative.json", "known-failures.json") for c in load(name)]
    assert len(labels) == len(set(labels))
