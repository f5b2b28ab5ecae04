"""Hostile but fair input: nothing may crash with a foreign error, hang, or exhaust memory.

Each test reproduces one input class that once crashed or hung (sentences invented for
the test); the property tests feed random mixes of the tokens damaged pages are made of.
``REPORTMINE_FUZZ=1`` runs the property tests much longer than CI does (e.g. before a
release): ``REPORTMINE_FUZZ=1 python -m pytest tests/test_hardening.py``.
"""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportmine.normalize import normalize, normalize_and_explain

FUZZ = os.environ.get("REPORTMINE_FUZZ", "") not in ("", "0")
EXAMPLES = 5000 if FUZZ else 150
fuzz = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: what damaged pages are made of: pinyin, its debris, brackets, traditional and
#: simplified words, GBK debris (? F U+FFFD), half- and full-width marks, headings
TOKENS = [
    "huì", "(qū)", "(", ")", "（", "）", "下", "工会", "會", "關", "?", "\ufffd", "F", ",", "。", "\n", " ",
    "1", "2", "%", "(guān)", "nèi)", "(dòng", "?nèi)", "篇", "一、", "（一）", "万元", "人", "：", ":", ";", "!",
    "·", "\u3000", "ａ", "１", "網路", "支援", "&", "<p>", "〇", "兩", "著", "後", "(1)", "(PPT)", "qq",
    "現", "F(xiàn)", "將", "會員", "職工", "，", "\t",
]
token_mix = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=14).map("".join)


# -- crashes -------------------------------------------------------------------------


def test_replacement_character_beside_pinyin_is_flagged_not_a_crash():
    # a U+FFFD where a damaged GBK character was, its annotation after it: the byte
    # reading of the zone starts after the unreadable character
    text, changes = normalize_and_explain("今年街道总工\ufffd(huì)F(xiàn)將有关情况说明如下")
    assert "\ufffd" in text and "(" not in text
    assert all(c.raw_end <= len("今年街道总工\ufffd(huì)F(xiàn)將有关情况说明如下") for c in changes)


def test_replacement_character_does_not_stop_a_repair_after_it():
    # the zone after an unreadable character is still read as bytes: repaired where the
    # model is decisive, flagged where it is not
    assert "现将近期" in normalize("工作取得了进展\ufffd(huì)F(xiàn)將近期工作汇报如下")
    _, changes = normalize_and_explain("上半年各项任务稳步推进\ufffd(huì)F(xiàn)將下步打算汇报如下")
    assert any(c.step == "repair_gbk_damage" and "F" in c.before for c in changes)


# -- idempotence -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "会议huì(qū))下",  # debris left once an annotation inside it goes
        "职工nèi)nèi)之家",  # touching pieces of debris, judged together
        "网路nèi)(dòng·活动",  # debris beside debris beside Chinese
        "经费(dòngａ支出",  # a full-width letter glued to debris
        "培训（万元2著乾( huì(qū)",  # a space inside a broken annotation
        "工会\u3000(dòng(PPT)",  # a space the spacing step removes later
        "组织(q(guān)ū)建设",  # an annotation inside an annotation
    ],
)
def test_normalising_twice_changes_nothing(raw):
    once = normalize(raw)
    assert normalize(once) == once
    assert "ò" not in once and "ū" not in once and "è" not in once


@fuzz
@given(token_mix)
def test_normalising_is_idempotent_on_random_token_mixes(raw):
    once = normalize(raw)
    assert normalize(once) == once


@fuzz
@given(token_mix)
def test_changes_point_inside_the_source(raw):
    text, changes = normalize_and_explain(raw)
    for c in changes:
        assert 0 <= c.raw_start <= c.raw_end <= len(raw)
