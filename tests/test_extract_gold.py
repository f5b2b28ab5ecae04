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


# --------------------------------------------------------------------------- the fast paths of extract_records
# (issue 9: each must give what the plain computation gives)

import dataclasses

from reportmine import extraction as X
from reportmine.classify import find_periods
from reportmine.figures import find_figures
from reportmine.model import Record, SectionTree, part_at, section_path
from reportmine.sections import parse_sections

EDGE_TEXTS = [
    "", "\n", "\n\n甲", "甲。", "。。甲", "甲！！乙？\n", "会员12人。\n\n 　\n建会率95%！其中女职工3人",
    "甲。\n乙\n。丙?!丁\n\n\n", "第一句，没有终止", "一、组织建设\n全镇会员2100人。新建工会5家！\n（一）帮扶\n慰问80人",
]


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_sentences_cut_as_split_sentences_line_by_line(text):
    s = X._Sentences(text, find_figures(text), find_periods(text))
    want, pos = [], 0
    for line_no, line in enumerate(text.split("\n")):
        want += [(a, b, line_no) for a, b in X.split_sentences(text, pos, pos + len(line))]
        pos += len(line) + 1
    assert list(zip(s.start, s.end, s.para)) == want
    for si in range(len(s.start)):  # the first sentence of each one's line
        assert s.para_first[si] == min(k for k in range(len(s.start)) if s.para[k] == s.para[si])
    for si, fis in s.figures.items():  # a figure goes to the last sentence starting at or before it
        for fi in fis:
            f = find_figures(text)[fi]
            assert si == max([k for k, a in enumerate(s.start) if a <= f.start], default=0)


def test_part_and_section_lookups_per_stretch_are_the_plain_lookups(gold_articles):
    for _, a in gold_articles[:12]:
        text = a["text"]
        parts = gold_parts(a)
        for sections in (gold_sections(a), SectionTree(parse_sections(text)[1])):
            path_of = X._section_paths(sections)
            part_of = X._Stepwise(lambda at: part_at(parts, at), X._part_cuts(parts))
            for at in range(0, len(text) + 2, 3):
                assert path_of(at) == section_path(sections, at)
                assert part_of(at) == part_at(parts, at)
            for lo in range(0, len(text), 17):
                for f, plain in ((path_of, lambda at: section_path(sections, at)), (part_of, lambda at: part_at(parts, at))):
                    v = f.over(lo, lo + 40)
                    if v is not X._VARIES:
                        assert {plain(at) for at in range(lo, lo + 40)} == {v}


def test_fast_record_is_the_dataclass_record():
    # _record fills the instance dict: valid only while Record has no __post_init__ or default factory
    assert not hasattr(Record, "__post_init__")
    assert all(f.default_factory is dataclasses.MISSING for f in dataclasses.fields(Record))
    args = ("share", "女职工", 51.0, "percent", "%", "approx", "约51%", 10, 14, "其中女职工235人，约占51%。", "今年",
            "plan", "一、组织 > （一）会员", ("sum_mismatch",), 52.0, 0, 20, "cue 占 (phrase)")
    r, want = X._record(*args), Record(*args[:17], why=args[17])
    assert r == want and hash(r) == hash(want) and r.to_dict() == want.to_dict()
    assert list(r.to_dict()) == list(want.to_dict())
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.metric = "members"
