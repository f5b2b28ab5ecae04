"""Aspect cases as data (tests/test-cases/aspect/): total, new, part, change, target.

Each case: ``label``, ``input`` (a text run through :func:`reportmine.parse_text`) and ``expect``,
a mapping from a figure's mention (as it stands in the normalised text) to its aspect.
``negative.json`` holds texts whose cue words must NOT change a figure's aspect; ``known-failures.json``
cases fail today, and the runner checks they still fail (move one out when it passes).
Every example of ``reportmine/data/aspect_cues.tsv`` is run too.
"""


import pytest

import reportmine
from conftest import load_cases
from reportmine import learned
from reportmine.aspect import ASPECTS, aspect_cues



def load(name):
    cases = load_cases("aspect", name)
    for c in cases:
        assert {"label", "input", "expect"} <= set(c), c
        assert set(c["expect"].values()) <= set(ASPECTS), c["label"]
    return cases


def aspects(text):
    """Each figure's aspect, the figures typed by the cue tables alone: an aspect (a part of a total)
    depends on the metric, and these cases test the aspect stage, not the learned typing, whose
    slips have their own cases (typing/known-failures.json: 管理人员260人 under 全厂职工)."""
    got = {}
    with learned.using(None):
        records = reportmine.parse_text(text).records
    for r in records:
        got.setdefault(r.mention, r.aspect)
    return got


def mismatches(case):
    got = aspects(case["input"])
    return {m: (want, got.get(m)) for m, want in case["expect"].items() if got.get(m) != want}


@pytest.mark.parametrize("case", load("synthetic.json") + load("in-the-wild.json") + load("negative.json"),
                         ids=lambda c: c["label"])
def test_case(case):
    assert mismatches(case) == {}


@pytest.mark.parametrize("case", load("known-failures.json"), ids=lambda c: c["label"])
def test_known_failure_still_fails(case):
    got = aspects(case["input"])
    assert all(m in got for m in case["expect"]), f"figures not found any more: {case['label']}"
    assert mismatches(case), f"now passes: move it to synthetic.json or in-the-wild.json: {case['label']}"


def test_every_class_has_a_synthetic_case():
    wanted = {a for c in load("synthetic.json") for a in c["expect"].values()}
    assert wanted == set(ASPECTS)


@pytest.mark.parametrize("cue", [c for c in aspect_cues() if c.example], ids=lambda c: f"line{c.line}")
def test_cue_table_example(cue):
    text, _, mention = cue.example.partition(" => ")
    text = text.replace("\\n", "\n")  # a TSV cell writes a line break as \n
    got = aspects(text)
    assert mention in got, (cue.example, got)
    if cue.where in ("unless", "unless_clause"):
        assert got[mention] != cue.aspect, cue.example
    else:
        assert got[mention] == cue.aspect, cue.example


def test_cues_are_read_within_a_window_before_the_figure():
    """An unpunctuated page is one long sentence: cues are read only WINDOW characters back, so
    each figure costs the same whatever the page's length (and a far-away 其中 governs nothing)."""
    from reportmine.aspect import WINDOW

    near, far = ("全镇会员3400人其中" + "职工之家建设" * n + "女会员1600人。" for n in (3, WINDOW // 6 + 1))
    assert aspects(near)["1600人"] == "part"
    assert aspects(far)["1600人"] == "total"


def test_list_item_is_searched_from_the_clause_start():
    """aspect_of finds the list item's start searching back from the figure only to its clause's
    start: the item marks include the clause marks, so the answer is that of a search from the
    sentence's start."""
    from reportmine.aspect import _CLAUSE_END, _ITEM_END, _clause_start

    for text in ("全镇会员3400人，男会员1800人、女会员1600人", "男1800人、女1600人", "甲，乙、丙，丁1600人", "、，、1600人",
                 "，1600人", "1600人", "会员、1600人"):
        at = text.index("1600")
        for lo in range(at + 1):
            clause = _clause_start(text, lo, at, _CLAUSE_END)
            assert _clause_start(text, clause, at, _ITEM_END) == _clause_start(text, lo, at, _ITEM_END), (text, lo)


def test_gated_cues_find_what_the_cues_find(gold_articles):
    """A cue is searched only where a plain search finds the strings all its matches hold: on every
    clause and sentence stretch of the gold articles, the gated cue finds a match exactly where the
    cue does."""
    import regex

    from reportmine.aspect import _Gated, _by_aspect

    cues = [p for a in _by_aspect().values() for w, p in a.items() if isinstance(p, regex.Pattern) and w != "unit"]
    texts = {s for _, a in gold_articles for line in a["text"].split("\n") for s in regex.split("[，。；]", line)}
    texts |= {line[:k] for _, a in gold_articles[:20] for line in a["text"].split("\n") for k in range(0, len(line), 7)}
    gated = [(_Gated(p), p) for p in cues]
    assert sum(g.gate is not None for g, _ in gated) >= len(gated) - 2
    for g, p in gated:
        for t in texts:
            assert (g.search(t) is None) == (p.search(t) is None), (p.pattern[:30], t)
            assert (g.fullmatch(t) is None) == (p.fullmatch(t) is None), (p.pattern[:30], t)


def test_row_gates_pass_over_only_aspects_that_cannot_fit(gold_articles, monkeypatch):
    """An aspect is passed over with one search where the sentence before the figure holds none of
    its cues' grams (aspect._row_gate): every record of the gold articles (and every part role and
    skip) takes the aspect it takes with the gates off."""
    import dataclasses

    from reportmine import aspect
    from reportmine.extraction import extract_records

    assert all(row[3] is not None for row in aspect._plan())  # every row is gated today
    ungated = tuple(row[:3] + (None,) + row[4:] for row in aspect._plan())
    cases = []
    for _, a in gold_articles:
        text = a["text"]
        records = extract_records(text)
        for r in records:
            for part in ("summary", "plan"):
                r2 = dataclasses.replace(r, part=part)
                for skip in ((), ("target",)):
                    cases.append((r2, text, records, skip))
    assert len(cases) > 500
    got = [aspect.aspect_of(r, t, rs, skip) for r, t, rs, skip in cases]
    monkeypatch.setattr(aspect, "_plan", lambda: ungated)
    assert got == [aspect.aspect_of(r, t, rs, skip) for r, t, rs, skip in cases]
    assert set(got) == set(aspect.ASPECTS)
