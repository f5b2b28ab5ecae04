"""The learned metric typing (reportmine/learned.py) and its shipped model file."""
import json
import pathlib
import time

import numpy as np

import reportmine
from reportmine import learned
from reportmine.classify import Window
from reportmine.figures import find_figures

MODEL = pathlib.Path(learned.__file__).parent / "data" / learned.MODEL_FILE


def test_shipped_model_is_plain_json_and_small():
    assert MODEL.exists(), "run benchmarks/train_typing.py"
    assert MODEL.stat().st_size < 400_000
    d = json.loads(MODEL.read_text(encoding="utf-8"))
    assert d["format"] == "reportmine.metric_model/1"
    assert set(d["classes"]) <= set(reportmine.model.METRICS)
    assert len(d["bias"]) == len(d["classes"])
    assert "trained by benchmarks/train_typing.py" in d["note"]


def test_json_round_trip_keeps_predictions():
    X = [["u=yuan", "c:funds"], ["u=person", "c:members"], ["u=percent", "c:share"]] * 4
    y = ["funds", "members", "share"] * 4
    m = learned.train(X, y, min_count=1)
    back = learned.TypingModel.from_json(json.loads(json.dumps(m.to_json())))
    for feats in X[:3]:
        assert back.predict(feats)[0] == m.predict(feats)[0]
        assert np.allclose(back.scores(feats), m.scores(feats), atol=0.05)


def test_training_is_deterministic():
    X = [["a", "b"], ["b", "c"], ["c", "a"], ["a"]] * 3
    y = ["funds", "members", "share", "funds"] * 3
    assert learned.train(X, y).to_json() == learned.train(X, y).to_json()


def test_features_name_cues_unit_and_subject_head():
    t = "为86户困难职工家庭发放慰问金"
    f = find_figures(t)[0]
    feats = learned.figure_features(t, f, Window.whole(t), cue="relief_recipients", source="p", subject="困难职工家庭")
    assert {"cue=relief_recipients", "u=household", "h2=家庭", "src=p"} <= set(feats)
    assert any(x.startswith("p:relief_recipients") for x in feats)
    assert any(x.startswith("c2>") for x in feats)  # the words after the number


def test_records_say_why():
    recs = reportmine.extract("全年为困难职工发放救助金3.6万元。")
    assert recs and recs[0].why
    assert "cue" in recs[0].why


def test_without_a_model_the_cues_decide():
    t = "签订工资集体协议156份，覆盖职工2.3万人。"
    with learned.using(None):
        recs = reportmine.extract(t)
    assert [r.metric for r in recs] == ["contracts", "workers"]
    assert all(r.why.startswith("cue") for r in recs)


def test_model_can_overrule_the_cue():
    """A model trained to read a unit one way types against the cue table, and says so."""
    t = "签订工资集体协议156份。"
    with learned.using(None), learned.collecting() as calls:
        reportmine.extract(t)
    feats = calls[0][0]["feats"]
    m = learned.train([feats, ["u=person"]] * 3, ["other", "members"] * 3, min_count=1)
    with learned.using(m):
        r = reportmine.extract(t)[0]
    assert r.metric == "other"
    assert "overrides contracts" in r.why


def test_typing_costs_little():
    """Feature extraction + the dot products stay a small part of the job on a figure-dense text."""
    text = "慰问困难职工120户，发放慰问金3万元，培训职工300人次，会员共计1438人，建会率84.7%。" * 40
    learned.model()  # loaded once, not timed
    t = time.perf_counter()
    with learned.using(None):
        reportmine.extract(text)
    cues_only = time.perf_counter() - t
    t = time.perf_counter()
    reportmine.extract(text)
    with_model = time.perf_counter() - t
    assert with_model < cues_only * 2.5 + 0.05


# -- the rows a model reads from a figure's parts are those of its feature names

PAGE = """一、维权工作
全年慰问困难职工120户，发放慰问金3.6万元，其中女职工235人，占51%。
签订工资集体协议156份，覆盖职工2.3万人；入会率提高了2.3个百分点。
二、职工培训
培训职工300人次，会员共计1438人，建会率84.7%，为86户困难职工家庭发放慰问金。
其中：新建工会68家，合计2.6万元。
"""


def _features_of(page: str) -> list:
    with learned.collecting() as calls:
        reportmine.parse_text(page)
    return [e["feats"] for call in calls for e in call]


def _rows_by_name(m: learned.TypingModel, feats) -> list[int]:
    return sorted({m.index[f] for f in feats if f in m.index})


def test_rows_from_parts_equal_rows_from_names():
    feats = _features_of(PAGE)
    assert len(feats) >= 12 and all(isinstance(f, learned.Features) for f in feats)
    names = [list(f) for f in feats]
    # a model that knows every feature of the page (and one that knows some of them)
    full = learned.train(names, [n[0][4:] for n in names], min_count=1)
    assert all(full.index.get(f) is not None for n in names for f in n)
    for m in (full, learned.model()):
        for f, n in zip(_features_of(PAGE), names):
            assert m.rows(f) == _rows_by_name(m, n) == m.rows(n)


def test_rows_from_parts_on_a_shipped_page():
    m = learned.model()
    with learned.collecting() as calls:
        reportmine.load(pathlib.Path(__file__).parent.parent / "corpora" / "samples" / "001_96e591ef6d8e9382.txt")
    feats = [e["feats"] for call in calls for e in call]
    assert feats
    for f in feats:
        assert m.rows(f) == _rows_by_name(m, list(f))


def test_rows_of_edge_cases():
    """No subject, a figure at the clause's edges, a points change, 其中, a long heading, no clause."""
    m = learned.model()
    for t, kw in (("120户", {}), ("提高了2.3个百分点", {"qizhong": True}), ("，，会员1438人", {"heading": "二、" + "职工" * 12}),
                  ("合计2.6万元：", {"subject": " 资金 ", "prev_cue": "funds", "prev_unit": "yuan"})):
        f = find_figures(t)[0]
        for win in (Window.whole(t), Window((0, 0), (f.end, f.end), (0, len(t)), "慰问困难职工|维权")):
            x = learned.figure_features(t, f, win, cue="other", source="d", **kw)
            assert m.rows(x) == _rows_by_name(m, list(x))


def test_every_shipped_feature_splits_into_its_family_and_key():
    for name in learned.model().index:
        family, key = learned._split(name)
        if isinstance(key, tuple):
            assert name == f"{family[:-3]}{key[0]}|u={key[1]}"
        elif family.startswith("d:"):
            assert name == f"d:{key}={family[2:]}"
        else:
            assert name == family + key


def test_features_read_like_a_list_of_names():
    t = "慰问困难职工120户。"
    x = learned.figure_features(t, find_figures(t)[0], Window.whole(t), cue="relief_recipients", source="p")
    assert list(x) == x.names() and len(x) == len(set(x)) and x[0] == "cue=relief_recipients"
    assert "u=household" in x and "u=yuan" not in x


# -- small batches are summed in Python, large ones in numpy: the same floats

def _batches():
    with learned.collecting() as calls:
        reportmine.load(pathlib.Path(__file__).parent.parent / "corpora" / "samples" / "001_96e591ef6d8e9382.txt")
        reportmine.parse_text(PAGE)
    return [[e["feats"] for e in call] for call in calls if call]


def test_python_and_numpy_batches_agree():
    feats = [f for b in _batches() for f in b]
    names = [list(f) for f in feats]
    tiny = learned.train(names, [n[0][4:] for n in names], min_count=1)
    for m in (learned.model(), tiny):
        per = [m.rows(f) for f in feats] + [[], [0], list(range(0, len(m.names), max(1, len(m.names) // 200)))]
        for force in (None, 0):
            S, best, p, expl = m._batch_python(per, 3, force)
            S2, best2, p2, expl2 = m._batch_numpy(per, 3, force)
            assert S == S2 and best == best2 and expl == expl2  # to the last bit
            assert np.allclose(p, p2, rtol=1e-12, atol=0)  # exp: math's and numpy's may differ in the last bit
            assert [f"{x:.2f}" for x in p] == [f"{x:.2f}" for x in p2]


def test_a_small_file_is_typed_without_numpy():
    import subprocess
    import sys

    code = ("import sys, reportmine; r = reportmine.extract('全年为困难职工发放救助金3.6万元，慰问困难职工120户。'); "
            "print(r[0].why.startswith('model'), 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=pathlib.Path(__file__).parent.parent).stdout.split()
    assert out == ["True", "False"]


# -- the packed integer decisions are those of the float batch

def _why(m: learned.TypingModel, feats: list, packed: bool) -> list[tuple[str, str]]:
    items = [(f, "other", "cue") for f in feats]
    with learned.using(m):
        if packed:
            assert m.packed is not None
            return learned.decide_many(items)
        saved, m._packed = m._packed, None  # the float batch alone
        try:
            return learned.decide_many(items)
        finally:
            m._packed = saved


def test_packed_decisions_are_the_float_batch():
    """Best class, probability as printed and explanation (names, weights, order) of every figure:
    the packed sums and the float batch agree; the numpy batch of unordered rows is the float batch."""
    feats = [f for b in _batches() for f in b]
    m = learned.model()
    P = m.packed
    S, best, p, expl = m._batch_python([m.rows(f) for f in feats], 3, None)
    want = [(k, f"{x:.2f}", e) for k, x, e in zip(best, p, expl)]
    got = [P.decide(m.found(f)) for f in feats]
    assert sum(d is None for d in got) <= len(feats) // 20
    assert [(d[0], f"{d[2]:.2f}", d[3]) for d in got if d] == [w for w, d in zip(want, got) if d]
    assert m._batch_numpy([m.found(f) for f in feats], 3, None, ordered=False) == \
        m._batch_numpy([m.rows(f) for f in feats], 3, None)
    assert _why(m, feats, True) == _why(m, feats, False)
    assert len({w for _, w in _why(m, feats, True)}) > len(feats) // 2


def test_packed_explanations_read_from_the_heavy_rows_are_those_of_every_row():
    m = learned.model()
    P = m.packed
    founds = [m.found(f) for b in _batches() for f in b]
    heavy = P.HEAVY
    try:
        for top in (1, 3, 6):
            for k, j in ((0, 1), (11, 19), (19, 11), (6, 13)):
                P.HEAVY, P._pushing = heavy, {}
                fast = [P.explain(f, k, j, top) for f in founds]
                P.HEAVY, P._pushing = float("inf"), {}  # no row is heavy: every row weighed
                assert fast == [P.explain(f, k, j, top) for f in founds]
    finally:
        P.HEAVY, P._pushing = heavy, {}


def test_packed_decision_leaves_ties_and_rounding_edges_to_the_float_batch():
    # two classes tie: no packed decision
    m = learned.TypingModel(["a", "b", "c"], [0.0, 0.0, -1.0], {"x": 0, "y": 1}, [{0: 0.5}, {1: 0.5}])
    assert m.packed.decide({0, 1}) is None
    with learned.using(m):
        (metric, why), = learned.decide_many([(["x", "y"], "c", "cue")])
    assert metric == "a" and why.startswith("model p=0.")
    # a probability of 0.6050000003 (printed 0.60 or 0.61 by a hair): left to the float batch
    edge = learned.TypingModel(["a", "b", "c"], [0.0] * 3, {"x": 0, "y": 1}, [{1: -1.115}, {2: -1.124}])
    assert edge.packed is not None and edge.packed.decide({0, 1}) is None
    assert _why(edge, [["x", "y"]], True) == _why(edge, [["x", "y"]], False) == [("a", "model p=0.61 (x +1.1); overrides other of cue")]
    # a figure of one known feature
    assert edge.packed.decide({0}) is None and _why(edge, [["x"]], True) == _why(edge, [["x"]], False)
    # weights that are no short decimals: no packing at all, the float batch decides
    odd = learned.TypingModel(["a", "b", "c"], [0.0, 0.1, 0.2], {"x": 0}, [{0: 1 / 3}])
    assert odd.packed is None
    with learned.using(odd):
        assert learned.decide_many([(["x"], "b", "cue")])[0][0] == "a"


def test_cue_evidence_encoded_is_the_plain_evidence_renamed():
    from reportmine.classify import cue_evidence
    m = learned.model()
    m.rows(["bias"]), m.found(_features_of(PAGE)[0])
    fam = m._families
    for x in _features_of(PAGE):
        hits, adjacent, nearest = cue_evidence(x.text, x.fig, x.win, x.matches)
        rows, adjacent2, nearest2 = cue_evidence(x.text, x.fig, x.win, x.matches, fam.encode)
        assert (adjacent, nearest) == (adjacent2, nearest2)
        assert rows == {fam.encode(metric, fits)["pcsl".index(level)] for level, metric, fits in hits}
