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


from reportmine import extraction as X
from reportmine.classify import find_periods
from reportmine.figures import find_figures
from reportmine.model import SectionTree, part_at, section_path
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


def _walk_inherit(text, figures, fi, sents, si, metrics, hit, metric):
    """The inheritance rules as a plain walk back over the figures before ``fi`` (before issue 9)."""
    people = {"person", "household", "person_time"}
    same = lambda a, b: a == b or (a in people and b in people)  # noqa: E731
    f = figures[fi]
    strong = hit is not None and hit.cue.priority >= X._STRONG
    own_noun = hit is not None and hit.score[0] > hit.cue.priority
    start = sents.start
    para_start = start[sents.para_first[si]]
    qi = text.rfind("其中", start[si], f.start)
    if qi >= 0 and not strong and f.unit != "percent":
        for pj in range(fi - 1, -1, -1):
            p = figures[pj]
            if p.start < para_start or (si > 0 and p.start < start[si - 1] and qi > start[si] + 3):
                break
            if p.end <= qi and same(p.unit, f.unit):
                if own_noun and metrics[pj] in X._GENERIC_WHOLES and metric not in X._GENERIC_WHOLES:
                    return metric, None
                return metrics[pj], None
    if f.unit == "percent" and hit is None:
        for pj in range(fi - 1, -1, -1):
            p = figures[pj]
            if p.start < start[max(si - 2, 0)] or p.start < para_start:
                break
            if p.unit == "percent" and metrics[pj] in ("coverage_rate", "completion_rate"):
                return metrics[pj], None
    if hit is None and f.unit != "percent":
        for pj in range(fi - 1, -1, -1):
            p = figures[pj]
            if p.start < start[si]:
                break
            if same(p.unit, f.unit):
                return metrics[pj], pj
    return metric, None


INHERITANCE_TEXTS = [
    "在职职工2046人，其中会员2011人。", "全市建会企业120家，其中非公企业86家、国有企业20家，建会率95%，入会率91%。",
    "应到代表186名，实到179名。", "发放助学金2.6万元，资助学生52名，合计2.6万元。", "签订率96%，覆盖率92%，其中百人以上企业98%。",
    "其中女职工235人，占51%。\n其中 12户困难家庭", "慰问困难职工459户，其中女职工235人，占51%；另有3户。其中：生活救助71.2万元；医疗救助48.5万元。",
    "建会率达到84.7%。会员共计1438人。其中新会员56人。其中12人为农民工。", "其中5人" * 30,
]


def test_inheritance_is_the_plain_walk(gold_articles, monkeypatch):
    decided = []
    real = X._Inheritance.decide

    def checked(self, fi, si, hit, metric):
        got = real(self, fi, si, hit, metric)
        assert got == _walk_inherit(self.text, self.figures, fi, self.sents, si, self.metrics, hit, metric)
        decided.append(got[0] != metric or got[1] is not None)
        return got

    monkeypatch.setattr(X._Inheritance, "decide", checked)
    for text in INHERITANCE_TEXTS:
        X.extract_records(text)
    for _, a in gold_articles:
        X.extract_records(a["text"], gold_parts(a), gold_sections(a))
    assert sum(decided) >= 10  # the rules did change figures' metrics


def test_an_article_decided_in_chunks_gives_the_records_of_one_batch(gold_articles, monkeypatch):
    # a long article is typed CHUNK figures at a time (bounded memory): the records must not
    # depend on where the chunks end, donors and 占 shares reaching back over a chunk's end included
    text = "\n".join(a["text"] for _, a in gold_articles)
    parts, roots = parse_sections(text)
    sections = SectionTree(roots)
    whole = X.extract_records(text, parts, sections)
    assert len(whole) > 100
    for size in (1, 2, 7):
        monkeypatch.setattr(X, "CHUNK", size)
        assert X.extract_records(text, parts, sections) == whole
