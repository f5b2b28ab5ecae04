"""Section and part cases kept as data (tests/test-cases/sections/*.json).

Every case is an object:

    {"label": "what it checks",
     "input": "normalised article text (paragraphs one per line)",
     "sections": [[depth, marker, heading], ...],     # every heading, in document order
     "parts": [[role, starts_with], ...]}              # optional: the parts, in order

``sections`` is compared whole (depth, marker and heading text of every heading), so a
false heading fails a case as surely as a lost one.  ``parts`` (when given) must match in
number, role and the text each part starts with.

| file | holds |
|---|---|
| synthetic.json | snippets written for the test, one per class of error fixed (and per ruling) |
| in-the-wild.json | snippets in the layout of real archive pages (own sentences, not copied) |
| negative.json | markers that must NOT open a heading (the expected sections leave them out) |
| known-failures.json | cases that fail today: the runner asserts they still fail, so a fix is noticed |
"""


import pytest
from conftest import load_cases

from reportmine.model import iter_sections
from reportmine.sections import parse_sections

FILES = ("synthetic", "in-the-wild", "negative")


def load(name):
    cases = load_cases("sections", name)
    for c in cases:
        assert {"label", "input", "sections"} <= c.keys(), c
    return cases


def outcome(case):
    """(sections, parts) as the parser gives them, in the shape of a case."""
    text = case["input"]
    parts, roots = parse_sections(text)
    got_sections = [[s.depth, s.marker, s.heading] for s in iter_sections(roots)]
    got_parts = [[p.role, text[p.start : p.start + len(w)]] for p, (_, w) in zip(parts, case.get("parts", []))]
    if "parts" in case and len(parts) != len(case["parts"]):
        got_parts.append(["(count)", str(len(parts))])
    return got_sections, got_parts


def passes(case):
    got_sections, got_parts = outcome(case)
    return got_sections == case["sections"] and ("parts" not in case or got_parts == case["parts"])


CASES = [(name, c) for name in FILES for c in load(name)]


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[f"{n}:{c['label']}" for n, c in CASES])
def test_case(case):
    got_sections, got_parts = outcome(case)
    assert got_sections == case["sections"]
    if "parts" in case:
        assert got_parts == case["parts"]


KNOWN = load("known-failures")


@pytest.mark.parametrize("case", KNOWN, ids=[c["label"] for c in KNOWN])
def test_known_failure_still_fails(case):
    """A case here that passes has been fixed: move it to synthetic.json or in-the-wild.json."""
    assert not passes(case), "fixed: move this case out of known-failures.json"


def test_every_file_holds_cases():
    for name in FILES + ("known-failures",):
        assert load(name), name
    labels = [c["label"] for n in FILES + ("known-failures",) for c in load(n)]
    assert len(labels) == len(set(labels)), "labels must be unique"
