"""Typing cases as data (tests/test-cases/typing/, see tests/test-cases/README.md).

Each case: ``label``, ``input`` (a sentence, run through ``reportmine.extract``) and
- ``records``: the records it must give, as [metric, value, unit] (compared as a multiset), and
  optionally ``subjects``: their subjects in text order (synthetic.json, in-the-wild.json);
- ``absent``: records that must NOT come out (negative.json).
Cases in known-failures.json fail today: the runner asserts they still fail, so a fix is noticed
and the case moves to synthetic.json or in-the-wild.json.
"""
import collections

import pytest

import reportmine
from conftest import load_cases



def load(name: str) -> list[dict]:
    return load_cases("typing", name)


def got(text: str) -> list:
    return reportmine.extract(text)


def as_keys(rows) -> collections.Counter:
    return collections.Counter((m, round(float(v), 4), u) for m, v, u in rows)


def matches(case: dict) -> bool:
    recs = got(case["input"])
    if as_keys([(r.metric, r.value, r.unit) for r in recs]) != as_keys(case["records"]):
        return False
    return "subjects" not in case or [r.subject for r in recs] == case["subjects"]


@pytest.mark.parametrize("case", load("synthetic.json") + load("in-the-wild.json"), ids=lambda c: c["label"])
def test_case(case):
    recs = got(case["input"])
    assert as_keys([(r.metric, r.value, r.unit) for r in recs]) == as_keys(case["records"]), \
        [(r.metric, r.value, r.unit, r.subject, r.why) for r in recs]
    if "subjects" in case:
        assert [r.subject for r in recs] == case["subjects"]


@pytest.mark.parametrize("case", load("negative.json"), ids=lambda c: c["label"])
def test_negative(case):
    keys = as_keys([(r.metric, r.value, r.unit) for r in got(case["input"])])
    assert not (keys & as_keys(case["absent"])), keys


@pytest.mark.parametrize("case", load("known-failures.json"), ids=lambda c: c["label"])
def test_known_failure_still_fails(case):
    assert not matches(case), f"fixed: move {case['label']!r} to synthetic.json or in-the-wild.json"
