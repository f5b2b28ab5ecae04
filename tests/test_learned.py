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
