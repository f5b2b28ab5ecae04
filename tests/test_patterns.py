"""The strings every match of a pattern must hold (``required_strings``) and the gate built on them
(``GramGate``): what they answer must never leave out a pattern that matches."""

import functools
import pathlib
import random
import re
import string

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import GOLD_DIR, SAMPLES
from reportmine.patterns import _CASE_EXTRAS, _spaces, GramGate, any_of, may_hold, required_strings


def span_grams(text: str, lo: int = 0, hi: int | None = None) -> set[str]:
    """Every character and every pair of adjacent characters of ``text[lo:hi]`` (the plain gram test
    the gates are held to)."""
    s = text[lo:hi]
    return set(s) | set(map(str.__add__, s, s[1:]))


@functools.lru_cache(maxsize=1)
def table_patterns() -> tuple[tuple[str, object], ...]:
    """Every pattern of the tables whose strings are read, compiled by the engine its caller uses:
    the metric cues, part cues, aspect cues (``regex``), furniture rows (``re``), exclusions (``regex``)."""
    from reportmine import aspect, classify, figures, sections
    from reportmine.normalize.furniture import load_furniture_patterns

    out = [(c.pattern.pattern, c.pattern) for c in classify.cues()]
    out += [(c.pattern.pattern, c.pattern) for c in sections.part_cues()]
    out += [(c.cue, c.pattern) for c in aspect.aspect_cues()]
    out += [(p.source, p.pattern) for p in load_furniture_patterns() if isinstance(p.source, str)]
    out += [(p, regex.compile(p)) for p in figures._exclusion_patterns()]
    return tuple(out)


@functools.lru_cache(maxsize=1)
def sample_texts() -> tuple[str, ...]:
    """Lines of the bundled samples and gold articles (every third, cut at 200 characters), and random
    mixes of the characters the tables' strings hold with digits, blanks and punctuation."""
    import json

    lines = [line for p in SAMPLES for line in p.read_text("utf-8").split("\n") if line.strip()]
    for f in sorted(GOLD_DIR.glob("*.json")):
        lines += [line for a in json.loads(f.read_text("utf-8"))["articles"] for line in a["text"].split("\n") if line.strip()]
    lines = [line[:200] for line in lines[::3]]
    chars = sorted({ch for source, _ in table_patterns() for s in (required_strings(source) or ()) for ch in s})
    alphabet = chars + list("0123456789一二三四五六七八十，。；：、 \n%人个")
    rng = random.Random(9)
    lines += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(600)]
    return tuple(lines)


@pytest.mark.parametrize("grams", [False, True])
def test_every_match_of_a_table_pattern_holds_one_of_its_strings(grams):
    checked = 0
    for source, rx in table_patterns():
        need = required_strings(source, grams=grams)
        if need is None:
            continue
        assert not grams or all(len(s) in (1, 2) for s in need), source
        for text in sample_texts():
            for m in rx.finditer(text):
                if m.end() > m.start():
                    checked += 1
                    assert any(s in m.group() for s in need), (source, m.group(), sorted(need))
    assert checked > 1000


def test_the_gate_never_leaves_out_a_pattern_that_matches():
    """Over every table pattern at once: for stretches of the sample texts and random mixes, every
    pattern that ``search``es in ``text[lo:hi]`` is among the gate's candidates; the gate keeps
    exactly the patterns one of whose grams the stretch holds (or whose grams are unknown), in order,
    whether it finds the grams by sets or by search."""
    pats = table_patterns()
    needs = [required_strings(source, grams=True) for source, _ in pats]
    gate = GramGate(list(range(len(pats))), needs)
    searched = GramGate(list(range(len(pats))), needs, by_search=True)
    assert sum(n is not None for n in needs) > len(needs) * 3 // 4
    rng = random.Random(5)
    found = 0
    for text, _ in ((t, k) for t in sample_texts() for k in range(3)):
        lo = rng.randint(0, len(text) // 2)
        hi = rng.randint(lo, len(text))
        kept = gate.candidates(text, lo, hi)
        assert searched.candidates(text, lo, hi) == kept
        grams = span_grams(text, lo, hi)
        assert kept == tuple(i for i, n in enumerate(needs) if n is None or not n.isdisjoint(grams)), (text, lo, hi)
        for i, (_, rx) in enumerate(pats):
            if rx.search(text, lo, hi):
                found += 1
                assert i in kept, (pats[i][0], text[lo:hi])
    assert found > 1000


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["会员", "入会", "率", "职工", "工", "会", "员", "1", "，", "计划", "总结", "下一步"]), max_size=12),
       st.integers(0, 30), st.integers(0, 30))
def test_gate_is_the_gram_test_on_random_mixes(words, lo, hi):
    needs = [frozenset({"会员"}), frozenset({"率", "职工"}), None, frozenset({"工"}), frozenset({"下一", "一步", "年"})]
    text = "".join(words)
    want = tuple(x for x, n in zip("abcde", needs) if n is None or not n.isdisjoint(span_grams(text, lo, hi)))
    assert GramGate("abcde", needs).candidates(text, lo, hi) == want
    assert GramGate("abcde", needs, by_search=True).candidates(text, lo, hi) == want


@pytest.mark.parametrize(
    "source, whole, grams",
    [
        ("困难职工|特困户", {"困难职工", "特困户"}, {"困难", "特困"}),  # alternation: the union
        ("(?:工作)?(?:总结|计划)", {"总结", "计划"}, {"总结", "计划"}),  # an optional group takes nothing
        ("ab?c", {"ac", "abc"}, {"a"}),  # a run of few known strings: its strings (grams: a stretch of 1-2)
        ("[一二]等", {"一等", "二等"}, {"一等", "二等"}),  # a small class
        ("[\u4e00-\u9fff]率", {"率"}, {"率"}),  # a wide class: nothing
        ("(?:ab|cd)+e*", {"ab", "cd"}, {"ab", "cd"}),  # a repeat taken at least once: what its item needs
        ("x{0,3}会员", {"会员"}, {"会员"}),
        ("(?<=协会)会员(?!卡)", {"会员"}, {"会员"}),  # look-arounds consume nothing
        ("会(?!x)员", {"会员"}, {"会员"}),
        ("(?=.*本站)[^\n]{0,9}", None, None),
        ("[^，。]{0,3}", None, None),
        (r"\d+", None, None),
        (r"第\s*\d+\s*页", {"第"}, {"第"}),
        ("将|将要", {"将"}, {"将"}),  # a string holding another adds nothing
        (r"\p{Han}+", None, None),  # only ``regex`` reads it
        ("(?i)ok", None, None),  # case ignored: unknown unless folded
        ("(?i:vip)|会员", None, None),
    ],
)
def test_required_strings(source, whole, grams):
    assert required_strings(source) == (frozenset(whole) if whole is not None else None)
    assert required_strings(source, grams=True) == (frozenset(grams) if grams is not None else None)


def test_case_folded_strings():
    assert sorted(required_strings(r"x*(?i:vip)|购买须知", fold_case=True)) == ["V", "v", "购买须知"]
    assert sorted(required_strings(r"(?i)ok", fold_case=True)) == ["O", "o"]
    assert required_strings(r"(?i:ſ)", fold_case=True) is None


def test_case_insensitive_letters_match_what_the_folded_strings_say():
    """Every character a case-insensitive ASCII letter matches in Python's re is its two cases or
    one of _CASE_EXTRAS (checked over every code point)."""
    letters = re.compile("(?i)[a-z]")
    matched = {chr(c) for c in range(0x110000) if letters.fullmatch(chr(c))}
    extras = {ch for v in _CASE_EXTRAS.values() for ch in v}
    assert matched == set(string.ascii_letters) | extras
    for x, more in _CASE_EXTRAS.items():
        assert all(re.fullmatch("(?i)" + x, ch) for ch in more)


def test_blanks_are_those_both_engines_match():
    r"""``\s`` is read as the characters ``re`` matches; ``regex`` (the engine of the cue tables)
    matches none beyond them, so a string read with a blank holds for its matches too."""
    blanks = {chr(c) for c in range(0x110000) if regex.match(r"\s", chr(c))}
    assert blanks <= _spaces() == {chr(c) for c in range(0x110000) if re.match(r"\s", chr(c))}


@pytest.mark.parametrize(
    "source, holds",
    [("[^。]+", False), ("[^。！？]{0,3}", False), (".+", True), ("\\S+", True), ("\\d+[年月]", False), ("(?=.*。)ab", False),
     ("a|。", True), ("[\\w。]", True), ("(?:。){0}x", False), (r"\p{Han}", True)],
)
def test_may_hold(source, holds):
    assert may_hold(source, "。") is holds


def test_any_of_finds_the_longest_string_first():
    assert any_of({"下一", "下一步"}).search("下一步工作").group() == "下一步"
    assert any_of(()).search("任何文字") is None
    with pytest.raises(ValueError):
        GramGate(["x"], [frozenset({"三个字"})])


# -- the shipped strings of the tables' patterns (data/pattern_strings.json) ---------------------

def test_the_shipped_pattern_strings_cover_every_table_pattern():
    """A fresh process loading every table reads no pattern the file lacks; if this fails, a table's
    patterns changed: run ``python benchmarks/pattern_memo.py`` (the file only saves start-up time)."""
    import subprocess
    import sys

    code = ("import sys; sys.path.insert(0, 'benchmarks'); import pattern_memo; pattern_memo.load_tables(); "
            "from reportmine import patterns; print(len(patterns._computed), sorted(patterns._computed)[:3])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=pathlib.Path(__file__).resolve().parents[1]).stdout
    assert out.startswith("0 "), f"patterns missing from data/pattern_strings.json (run benchmarks/pattern_memo.py): {out}"


def test_the_shipped_pattern_strings_are_what_the_patterns_give():
    from reportmine import patterns

    memo = patterns._memo()
    assert len(memo) > 300
    for key, found in memo.items():
        if key.startswith("h"):  # h<ch>:<pattern>: whether a match may hold the character (may_hold)
            ch, pattern = key[1:].split(":", 1)
            parsed = patterns.parse(pattern)
            assert (parsed is None or patterns._may_hold(list(parsed), ch)) == found, key
            continue
        flags, shared, pattern = key.split(":", 2)
        if shared:  # read with a table's shared counts: checked through the loaders above
            continue
        got = patterns._required_strings(pattern, flags[0] == "1", None, flags[1] == "1")
        assert (None if got is None else sorted(got)) == found, key
