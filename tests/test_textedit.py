"""The offset-tracking mechanism: edits compose, offsets map back, changes are logged."""

import pytest
from hypothesis import given, strategies as st

from reportmine.textedit import Edit, TrackedText
from reportmine import textedit


def test_identity_map():
    t = TrackedText("工会会员")
    assert t.source_span(1, 3) == (1, 3)
    assert t.changes == ()


def test_deletion_maps_neighbours_and_logs_change():
    t = TrackedText("關(guān)于").apply("strip_pinyin", [Edit(1, 7, "")])
    assert t.text == "關于"
    assert t.source_span(1, 2) == (7, 8)
    (c,) = t.changes
    assert (c.step, c.raw_start, c.raw_end, c.before, c.after) == ("strip_pinyin", 1, 7, "(guān)", "")


def test_replacement_chars_carry_whole_replaced_span():
    t = TrackedText("ab,cd").apply("punct", [Edit(2, 3, "，")])
    assert t.text == "ab，cd"
    assert t.source_span(2, 3) == (2, 3)
    t2 = TrackedText("xF(xiàn)y").apply("repair", [Edit(1, 8, "現")])
    assert t2.source_span(1, 2) == (1, 8)


def test_composition_maps_to_original_source():
    src = "關(guān)於會(huì)員,共1438人"
    t = TrackedText(src)
    t = t.apply("strip_pinyin", [Edit(1, 7, ""), Edit(9, 14, "")])
    assert t.text == "關於會員,共1438人"
    t = t.apply("t2s", [Edit(0, 2, "关于"), Edit(2, 4, "会员")])
    t = t.apply("punct", [Edit(4, 5, "，")])
    assert t.text == "关于会员，共1438人"
    s = t.text.index("1438人")
    rs, re_ = t.source_span(s, s + 5)
    assert src[rs:re_] == "1438人"
    # the change log points into the source
    assert all(0 <= c.raw_start <= c.raw_end <= len(src) for c in t.changes)
    assert [c.step for c in t.changes] == ["strip_pinyin", "strip_pinyin", "t2s", "t2s", "punct"]


def test_insertion_is_anchored_and_logged():
    t = TrackedText("进展现将").apply("repair", [Edit(2, 2, "。")])
    assert t.text == "进展。现将"
    assert t.source_span(2, 3) == (2, 2)
    assert t.changes[0].before == "" and t.changes[0].after == "。"


def test_flag_changes_nothing_but_is_logged():
    t = TrackedText("有8是外来").apply("check", [Edit(1, 2, "8", note="digits lost?")])
    assert t.text == "有8是外来"
    assert t.changes[0].flag and t.changes[0].note == "digits lost?"
    assert t.source_span(1, 2) == (1, 2)


def test_overlapping_edits_rejected():
    with pytest.raises(ValueError, match="overlapping"):
        TrackedText("abcdef").apply("bad", [Edit(0, 3, "x"), Edit(2, 4, "y")])


def test_edit_past_end_rejected():
    with pytest.raises(ValueError, match="past end"):
        TrackedText("abc").apply("bad", [Edit(2, 9, "x")])


def test_slice_keeps_offsets_and_local_changes():
    t = TrackedText("甲,乙\n丙,丁").apply("punct", [Edit(1, 2, "，"), Edit(5, 6, "，")])
    second = t.slice(4, 7)
    assert second.text == "丙，丁"
    assert second.source_span(0, 3) == (4, 7)
    assert len(second.changes) == 1 and second.changes[0].raw_start == 5



@pytest.mark.parametrize("start, end", [(0, 7), (0, 6), (1, 7), (2, 5), (3, 4)])
def test_slice_of_the_whole_text_shares_the_map_and_equals_a_copy(start, end):
    t = TrackedText("甲,乙\n丙,丁").apply("punct", [Edit(1, 2, "，"), Edit(5, 6, "，")])
    part = t.slice(start, end)
    assert part.text == t.text[start:end]
    assert part.starts.tolist() == t.starts.tolist()[start:end] and part.ends.tolist() == t.ends.tolist()[start:end]
    assert [part.source_span(i, j) for i in range(end - start + 1) for j in range(i, end - start + 1)] == \
        [t.source_span(start + i, start + j) for i in range(end - start + 1) for j in range(i, end - start + 1)]
    assert (part.starts is t.starts) == (part.ends is t.ends) == ((start, end) == (0, len(t.text)))


def test_run_uses_function_names_as_step_names():
    def drop_spaces(text):
        return [Edit(i, i + 1, "") for i, ch in enumerate(text) if ch == " "]

    t = TrackedText("工 会").run([drop_spaces])
    assert t.text == "工会" and t.changes[0].step == "drop_spaces"


def _clean_edits(text, raw_edits):
    """Non-overlapping edits inside ``text`` made from random (start, length, replacement) triples."""
    edits, pos = [], 0
    for start, length, rep in sorted(raw_edits):
        start = max(start, pos)
        end = min(start + length, len(text))
        if start > len(text):
            break
        edits.append(Edit(start, end, rep))
        pos = end if end > start else start + 1
    edits = [e for e in edits if e.start <= len(text)]
    # drop pure insertions that collide with the start of another edit
    clean, last_end = [], -1
    for e in edits:
        if e.start >= last_end and not (clean and clean[-1].start == clean[-1].end == e.start):
            clean.append(e)
            last_end = max(e.end, e.start)
    return clean


@given(
    st.text(alphabet="工会员, ()ab1", max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 4), st.text(alphabet="XY，", max_size=3)), max_size=6),
)
def test_random_edits_keep_map_consistent(text, raw_edits):
    clean = _clean_edits(text, raw_edits)
    t = TrackedText(text).apply("rnd", clean)
    assert len(t.starts) == len(t.ends) == len(t.text)
    for i in range(len(t.text)):
        assert 0 <= t.starts[i] <= t.ends[i] <= len(text)
    # the map stays monotone: that is what makes source_span O(1)
    assert list(t.starts) == sorted(t.starts) and list(t.ends) == sorted(t.ends)
    # untouched characters map to themselves
    touched = set()
    for e in clean:
        touched.update(range(e.start, e.end))
    for i in range(len(t.text)):
        s, e = t.source_span(i, i + 1)
        if e - s == 1 and s not in touched:
            assert text[s] == t.text[i]


def test_same_length_rewrite_keeps_per_character_offsets():
    t = TrackedText("區(qū)總工會(huì)緊").apply("strip_pinyin", [Edit(1, 5, ""), Edit(8, 13, "")])
    t = t.apply("to_simplified", [Edit(0, 5, "区总工会紧")])
    assert t.text == "区总工会紧"
    # each simplified character maps to its own traditional one; the deleted
    # annotation between them is covered only by spans that straddle it
    assert [t.source_span(i, i + 1) for i in range(5)] == [(0, 1), (5, 6), (6, 7), (7, 8), (13, 14)]
    assert t.source_span(0, 4) == (0, 8)


@given(st.data())
def test_length_keeping_edits_share_the_map_and_log_like_any_edit(data):
    # t2s and width edits keep every length: applied in bulk, the map is shared, and each
    # change is logged with the span a general edit would give it
    base = TrackedText("ab(c)d工会e").apply("prep", [Edit(2, 5, "")])  # a map that is not the identity
    n = len(base.text)
    cuts = sorted(data.draw(st.lists(st.integers(0, n), min_size=0, max_size=6)))
    edits = [Edit(a, b, "X" * (b - a)) for a, b in zip(cuts[::2], cuts[1::2])]
    t = base.apply("same_length", edits)
    assert t.starts is base.starts or not edits
    assert len(t.text) == n
    mixed = base.apply("same_length", edits + [Edit(n, n, "!")])  # one insertion: the general path
    assert [c.to_dict() for c in t.changes] == [c.to_dict() for c in mixed.changes[:-1]]
    for i in range(n):
        assert t.source_span(i, i + 1) == mixed.source_span(i, i + 1)


# -- Runs: many same-length edits applied in bulk --------------------------------
def _same_tracked(a: TrackedText, b: TrackedText) -> bool:
    return (a.text, list(a.starts), list(a.ends), a.changes) == (b.text, list(b.starts), list(b.ends), b.changes)


@pytest.mark.parametrize(
    "text, spans, result",
    [
        ("區總工會的工作", [(0, 2), (3, 4)], "区总工会的工作"),
        ("區", [(0, 1)], "区"),
        ("a區b", [(1, 2)], "a区b"),
        ("區總工會", [(0, 4)], "区总工会"),
    ],
)
def test_runs_apply_as_the_edits_they_stand_for(text, spans, result):
    from reportmine.textedit import Runs

    base = TrackedText("xx(x)" + text).apply("strip_pinyin", [Edit(2, 5, "")]).apply("punct", [Edit(0, 1, "y")])
    runs = Runs([s + 2 for s, _ in spans], [e + 2 for _, e in spans], "yx" + result, "t2s")
    edits = [Edit(s + 2, e + 2, result[s:e], "t2s") for s, e in spans]
    assert list(runs) == edits and len(runs) == len(edits) and runs[-1] == edits[-1]
    assert _same_tracked(base.apply("to_simplified", runs), base.apply("to_simplified", edits))


def test_equal_texts_of_a_steps_changes_are_one_str():
    from reportmine.textedit import Runs

    text = "會員會員會"
    runs = Runs([0, 2, 4], [1, 3, 5], "会員会員会", "t2s")
    edits = [Edit(s, s + 1, "会", "t2s") for s in (0, 2, 4)]
    for changes in (TrackedText(text).apply("t2s", runs).changes, TrackedText(text).apply("t2s", edits).changes):
        assert [(c.raw_start, c.before, c.after) for c in changes] == [(0, "會", "会"), (2, "會", "会"), (4, "會", "会")]
        assert changes[0].before is changes[2].before and changes[0].after is changes[1].after
    # edits that change lengths (pinyin stripped after each character) too
    t = TrackedText("关(guān)关(guān)").apply("strip_pinyin", [Edit(1, 7, ""), Edit(8, 14, "")])
    assert t.text == "关关" and [(c.raw_start, c.before) for c in t.changes] == [(1, "(guān)"), (8, "(guān)")]
    assert t.changes[0].before is t.changes[1].before


def test_runs_refuse_a_length_change_or_disorder():
    from reportmine.textedit import Runs

    with pytest.raises(ValueError):
        TrackedText("區總").apply("t2s", Runs([0], [2], "区总工", ""))
    with pytest.raises(ValueError):
        TrackedText("區總").apply("t2s", Runs([1, 0], [2, 1], "区总", ""))
    assert TrackedText("區總").apply("t2s", Runs([], [], "區總", "")).changes == ()


# -- Cuts: many deletions applied in bulk -------------------------------------------
@pytest.mark.parametrize(
    "text, spans",
    [
        ("關(guān)于區(qū)總", [(1, 7), (9, 13)]),
        ("關(guān)于區(qū)總", [(1, 7), (8, 9), (9, 14)]),
        ("(a)b", [(0, 3)]),
        ("ab(c)", [(2, 5)]),
        ("a(b)(c)d", [(1, 4), (4, 7)]),
        ("x", [(0, 1)]),
    ],
)
def test_cuts_apply_as_the_deletions_they_stand_for(text, spans):
    from reportmine.textedit import Cuts

    base = TrackedText("xx(x)" + text).apply("pre", [Edit(2, 5, "")]).apply("punct", [Edit(0, 1, "yy")])
    cuts = Cuts([(s + 3, e + 3, f"note {s}") for s, e in spans])
    edits = [Edit(s + 3, e + 3, "", f"note {s}") for s, e in spans]
    assert list(cuts) == edits and cuts == edits and len(cuts) == len(edits) and cuts[-1] == edits[-1]
    assert cuts[:1] == edits[:1]
    assert _same_tracked(base.apply("strip_pinyin", cuts), base.apply("strip_pinyin", edits))


def test_cuts_refuse_overlap_emptiness_or_the_end():
    from reportmine.textedit import Cuts

    for spans in ([(0, 2), (1, 3)], [(1, 1)], [(2, 5)], [(2, 3), (0, 1)]):
        with pytest.raises(ValueError):
            TrackedText("區總工").apply("strip_pinyin", Cuts(spans and [(s, e, "") for s, e in spans]))
    t = TrackedText("區總工")
    assert t.apply("strip_pinyin", Cuts([])) is t


def test_fresh_offset_map_is_the_identity():
    t = TrackedText("工会会员\n共计")
    assert list(t.starts) == list(range(7)) and list(t.ends) == list(range(1, 8))
    assert TrackedText("").starts.tolist() == []


def test_change_is_immutable_and_serialises():
    from reportmine.textedit import Change

    c = Change("to_simplified", 0, 2, "區總", "区总", "t2s")
    with pytest.raises(AttributeError):
        c.after = "x"
    assert c.flag is False and c.to_dict() == {"step": "to_simplified", "raw_start": 0, "raw_end": 2, "before": "區總", "after": "区总", "note": "t2s"}


@pytest.mark.parametrize("start, stop", [(0, 0), (0, 5), (1, 6), (3, 2), (0, 5000), (1, 9000), (4095, 4097), (-2, 3),
                                         (0, textedit._IDENTITY_CAP + 3), (5, textedit._IDENTITY_CAP)])
def test_identity_offsets_are_the_range(start, stop):
    """Sliced from the per-process map (grown as needed), or built with numpy past its cap: the same array."""
    got = textedit.identity_offsets(start, stop)
    assert got.typecode == textedit._OFFSET and got.tolist() == list(range(start, stop))


def test_identity_offsets_are_fresh_arrays():
    a = textedit.identity_offsets(0, 10)
    a[0] = 99
    assert textedit.identity_offsets(0, 10)[0] == 0


@given(
    st.text(alphabet="工会员, ()ab1", max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 4), st.text(alphabet="XY，", max_size=3)), max_size=6),
)
def test_compact_map_reads_as_the_arrays(text, raw_edits):
    """A compacted TrackedText (stretches) maps every span as the arrays do, slices to the same arrays,
    and edits on it give the same text and map."""
    edits, pos = [], 0
    for start, length, rep in sorted(raw_edits):
        start = max(start, pos)
        if start >= len(text):
            break
        end = min(start + max(length, 1), len(text))
        edits.append(Edit(start, end, rep))
        pos = end
    t = TrackedText(text).apply("rnd", edits)
    c = t.compact(0)
    assert isinstance(c.starts, textedit.OffsetRuns) and c.text == t.text and c.changes == t.changes
    n = len(t.text)
    assert c.starts.tolist() == t.starts.tolist() and c.ends.tolist() == t.ends.tolist() and list(c.ends) == list(t.ends)
    assert [c.starts[i] for i in range(-n, n)] == [t.starts[i] for i in range(-n, n)]
    assert all(c.source_span(i, j) == t.source_span(i, j) for i in range(n + 1) for j in range(i, n + 1))
    for i in range(n + 1):
        assert c.starts[i:n].tolist() == t.starts[i:n].tolist() and c.ends[0:i] == t.ends[0:i]
        assert c.slice(i, n).source_span(0, n - i) == t.slice(i, n).source_span(0, n - i)
    if n:
        e = [Edit(0, 1, "甲乙")]
        assert c.apply("x", e).starts.tolist() == t.apply("x", e).starts.tolist()
        assert c.apply("y", [Edit(0, 1, "甲")]).source_span(0, n) == t.apply("y", [Edit(0, 1, "甲")]).source_span(0, n)
    with pytest.raises(IndexError):
        c.starts[n]


def test_compact_keeps_short_texts_as_arrays():
    t = TrackedText("工会" * 10)
    assert t.compact() is t  # under the threshold: the arrays stay
    c = t.compact(0)
    assert c.compact(0) is c and len(c.starts.firsts) == 1 and len(c.ends.firsts) == 1
    assert TrackedText("").compact(0).source_span(0, 0) == (0, 0)


@given(
    st.text(alphabet="工会员, ()ab1", max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 4), st.text(alphabet="XY，", max_size=3)), max_size=6),
)
def test_edits_applied_at_once_are_the_edits_applied_one_by_one(text, raw_edits):
    """The bulk loop of apply gives the text, map and changes that applying each edit alone gives
    (right to left, so each edit's offsets still hold)."""
    clean = _clean_edits(text, raw_edits)
    at_once = TrackedText(text).apply("rnd", clean)
    one_by_one = TrackedText(text)
    for e in reversed(clean):
        one_by_one = one_by_one.apply("rnd", [e])
    assert at_once.text == one_by_one.text
    assert list(at_once.starts) == list(one_by_one.starts) and list(at_once.ends) == list(one_by_one.ends)
    assert sorted(at_once.changes) == sorted(one_by_one.changes)
