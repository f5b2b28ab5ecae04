"""corpora/label_conflicts.tsv: the blind conventions benchmarks/train_typing.py leaves out of training.

A row names a close call a blind set's gold decides against the reference corpora (the field corpus and the
seeds); the records it matches stay in their sets' gold and every evaluation, only the typing model does not
learn from them.  A row must match the convention it names, not its near-misses, and never a record of the
reference corpora themselves (that would be a convention the reference holds, not a conflict with it).
"""

from __future__ import annotations

import json
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_typing  # noqa: E402

ROWS = train_typing.label_conflicts()


def record(text: str, mention: str, metric: str, unit: str) -> dict:
    start = text.index(mention)
    return {"metric": metric, "unit": unit, "mention": mention, "start": start, "end": start + len(mention)}


@pytest.mark.parametrize("text, mention, metric, unit", [
    ("截至年底，全市在档困难职工2706户，其中深度困难318户。", "2706户", "other", "household"),
    ("截至年底，全市在档困难职工2706户，其中深度困难318户。", "318户", "other", "household"),
    ("全年新纳入建档困难职工家庭37户，解困脱困退出52户。", "37户", "other", "household"),
    ("夏季高温期间，向一线职工发放防暑降温物品价值12.8万元。", "12.8万元", "funds", "yuan"),
    ("为环卫工人送去绿豆汤和清凉饮品，价值5.2万元。", "5.2万元", "funds", "yuan"),
    ("举办全市职工职业技能大赛，设竞赛工种22个。", "22个", "other", "other"),
    ("举办区级职工技能大赛7个工种，参赛职工800人。", "7个", "other", "other"),
])
def test_a_blind_convention_against_the_reference_is_left_out(text, mention, metric, unit):
    assert train_typing._conflicts(text, record(text, mention, metric, unit), ROWS)


@pytest.mark.parametrize("text, mention, metric, unit", [
    ("截至年底，全市在档困难职工2706户。", "2706户", "relief_recipients", "household"),  # the reference's own call
    ("慰问困难职工家庭86户，发放慰问金12万元。", "86户", "other", "household"),  # no file status named
    ("活动期间购置防暑降温物品3.6万元。", "3.6万元", "funds", "yuan"),  # goods bought: a purchase
    ("为高温岗位职工发放防暑降温费共计89.6万元。", "89.6万元", "funds", "yuan"),  # a fee every worker is paid
    ("夏季送清凉投入资金18.6万元。", "18.6万元", "funds", "yuan"),  # money put in
    ("组织区级技能竞赛15项，覆盖20个以上工种。", "20个", "other", "other"),  # trades a contest covers
])
def test_a_near_miss_stays_in_training(text, mention, metric, unit):
    assert not train_typing._conflicts(text, record(text, mention, metric, unit), ROWS)


def test_no_record_of_the_reference_corpora_is_a_conflict():
    hits = []
    for name, _raw, gold_dir in train_typing.corpora():
        if name not in train_typing.REFERENCE:
            continue
        for f in sorted(gold_dir.glob("*.json")):
            for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
                hits += [(f.stem, g["mention"]) for g in a["records"] if train_typing._conflicts(a.get("text", ""), g, ROWS)]
    assert not hits, hits
