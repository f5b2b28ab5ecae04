"""Tests for reportmine.numbers: the case table, helpers, and properties."""

from __future__ import annotations

import json
import math
import pathlib

import pytest
import regex
from hypothesis import given, settings, strategies as st

from reportmine.numbers import (
    PERCENT_KINDS,
    Number,
    find_numbers,
    leading_qualifier,
    parse_number,
    trailing_qualifier,
)

CASES = pathlib.Path(__file__).parent / "data" / "numbers_cases.tsv"
GOLD = pathlib.Path(__file__).resolve().parents[1] / "corpora" / "gold"


def _load_cases() -> list[dict]:
    rows, header = [], None
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header is None:
            header = cols
            continue
        cols += [""] * (len(header) - len(cols))
        rows.append(dict(zip(header, cols)))
    return rows


_ALL = _load_cases()


def _ids(rows):
    return [f"{r['mode']}:{r['input']}" for r in rows]


PARSE = [r for r in _ALL if r["mode"] == "parse"]
NONE = [r for r in _ALL if r["mode"] == "none"]
FIND = [r for r in _ALL if r["mode"] == "find"]


def test_case_table_is_big_enough():
    assert len(_ALL) >= 150
    assert {r["mode"] for r in _ALL} == {"parse", "none", "find"}


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@pytest.mark.parametrize("case", PARSE, ids=_ids(PARSE))
def test_parse_case(case):
    n = parse_number(case["input"])
    assert n is not None, f"{case['input']!r} should parse ({case['note']})"
    assert _close(n.value, float(case["value"])), (n.value, case)
    expected_high = float(case["high"]) if case["high"] else None
    assert _close(n.high, expected_high), (n.high, case)
    assert n.qualifier == case["qualifier"], (n.qualifier, case)
    assert n.kind == case["kind"], (n.kind, case)
    if case["numeral"]:
        assert n.numeral == case["numeral"], (n.numeral, case)
    assert (n.start, n.end, n.text) == (0, len(case["input"]), case["input"])


@pytest.mark.parametrize("case", NONE, ids=_ids(NONE))
def test_not_a_number(case):
    assert parse_number(case["input"]) is None
    assert find_numbers(case["input"]) == []


def _expected(spec: str) -> list[tuple[str, float, float | None, str]]:
    out = []
    for item in filter(None, (x.strip() for x in spec.split(";"))):
        text, rest = item.split("=", 1)
        qual = "exact"
        if "@" in rest:
            rest, qual = rest.split("@")
        high = None
        if "~" in rest:
            rest, h = rest.split("~")
            high = float(h)
        out.append((text, float(rest), high, qual))
    return out


@pytest.mark.parametrize("case", FIND, ids=_ids(FIND))
def test_find_case(case):
    text = case["input"]
    found = find_numbers(text)
    expected = _expected(case["expect"])
    assert [n.text for n in found] == [e[0] for e in expected], case["note"]
    at = 0
    for n, (etext, value, high, qual) in zip(found, expected):
        start = text.index(etext, at)  # the expected span: next occurrence of the text
        assert (n.start, n.end) == (start, start + len(etext))
        assert _close(n.value, value) and _close(n.high, high) and n.qualifier == qual, (n, case)
        at = n.end


# ------------------------------------------------------------------ fields, helpers

def test_fields_for_mixed_number():
    n = parse_number("10余万")
    assert isinstance(n, Number)
    assert (n.unit_hint, n.marker, n.lead, n.trail, n.vague) == ("万", "", "", "", False)


def test_unit_hint_rebuilds_raw_unit():
    assert parse_number("1.6万").unit_hint == "万"
    assert parse_number("三十万").unit_hint == "万"
    assert parse_number("3千").unit_hint == "千"
    assert parse_number("5千万").unit_hint == "千万"
    assert parse_number("三千").unit_hint == ""  # 千 is part of the Chinese numeral
    assert parse_number("13万2").unit_hint == ""
    assert parse_number("84.7%").unit_hint == ""


def test_lead_and_trail_fields():
    n = parse_number("约300余")
    assert (n.lead, n.trail) == ("约", "余")
    assert n.qualifier == "more_than"  # a bound beats a mere "about"
    n = find_numbers("覆盖率达96%以上")[0]
    assert (n.lead, n.trail, n.marker) == ("", "以上", "%")


def test_vague_forms_are_flagged():
    assert parse_number("几十").vague and parse_number("数百").vague and parse_number("十几").vague
    assert parse_number("二十几万").vague and not parse_number("10多").vague


def test_percent_kinds():
    assert {parse_number(s).kind for s in ("5%", "9成", "5个百分点")} <= PERCENT_KINDS
    assert parse_number("1/4").kind not in PERCENT_KINDS
    assert parse_number("9成").marker == "成"
    assert parse_number("百分之五").marker == "百分之"


def test_parse_number_keeps_offsets_of_surrounding_space():
    n = parse_number("  84.7% ")
    assert (n.start, n.end, n.text) == (2, 7, "84.7%")


@pytest.mark.parametrize("text,pos,expected", [
    ("参加职工50人左右", 7, ("approx", 9)),
    ("50名以上", 3, ("more_than", 5)),
    ("3人及以上", 2, ("more_than", 5)),
    ("不足25人以下", 5, ("less_than", 7)),
    ("50人上下班", 3, None),
    ("50人参加", 3, None),
])
def test_trailing_qualifier(text, pos, expected):
    assert trailing_qualifier(text, pos) == expected


@pytest.mark.parametrize("text,pos,expected", [
    ("约300人", 1, ("approx", 0)),
    ("将近300人", 2, ("approx", 0)),
    ("不超过5人", 3, ("less_than", 0)),
    ("签约300家", 2, None),
    ("最近3年", 2, None),
    ("上千人", 1, ("more_than", 0)),
    ("上3人", 1, None),  # 上 means "over" only before 百千万亿
    ("达到300人", 2, None),
])
def test_leading_qualifier(text, pos, expected):
    assert leading_qualifier(text, pos) == expected


def test_errors_say_what_to_do():
    with pytest.raises(TypeError, match="decode bytes first"):
        find_numbers("12".encode())
    with pytest.raises(TypeError, match="decode bytes first"):
        parse_number(b"12")


# ---------------------------------------------------------------- gold texts

def _gold_articles():
    for f in sorted(GOLD.glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            yield f.stem, a


def test_every_gold_record_mention_holds_its_number():
    """Each gold mention starts with a number whose value the record keeps."""
    checked = 0
    for stem, art in _gold_articles():
        for r in art["records"]:
            found = find_numbers(r["mention"])
            assert found, (stem, r["mention"])
            n = found[0]
            if n.kind == "number" and r["unit"] != "percent":
                assert _close(n.value, r["value"]), (stem, r["mention"], n)
                assert n.qualifier == r["qualifier"], (stem, r["mention"], n)
            checked += 1
    assert checked > 100


def test_gold_record_offsets_are_number_spans():
    """Where gold gives offsets, the number found there starts at the mention."""
    for stem, art in _gold_articles():
        text = art["text"]
        starts = {n.start: n for n in find_numbers(text)}
        for r in art["records"]:
            if r.get("start") is None:
                continue
            assert text[r["start"]:r["end"]] == r["mention"]
            assert r["start"] in starts, (stem, r["mention"])
            assert _close(starts[r["start"]].value, r["value"]), (stem, r["mention"])


# ----------------------------------------------------------------- properties

_CN = "零一二三四五六七八九"
_FIN = "零壹贰叁肆伍陆柒捌玖"


def _to_chinese(n: int, digits: str = _CN, units: str = "十百千") -> str:
    """Standard rendering: 105 -> 一百零五, 10 -> 十, 100010 -> 十万零一十."""
    if n == 0:
        return digits[0]

    def below_10k(k: int, lead: bool) -> str:
        out, zero = "", False
        for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
            d, k = divmod(k, power)
            if d:
                if zero:
                    out += digits[0]
                zero = False
                if not (lead and not out and unit == units[0] and d == 1 and digits is _CN):
                    out += digits[d]
                out += unit
            elif out:
                zero = True
        return out

    big = ["", "万", "亿"]
    groups = []
    while n:
        n, g = divmod(n, 10000)
        groups.append(g)
    out, gap = "", False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            gap = gap or bool(out)
            continue
        if out and (gap or g < 1000):
            out += digits[0]  # a run of zero digits between two written digits: 零
        out += below_10k(g, not out) + big[i]
        gap = g % 10 == 0
    return out


def test_chinese_renderer_matches_known_forms():
    assert _to_chinese(105) == "一百零五"
    assert _to_chinese(11) == "十一"
    assert _to_chinese(12300) == "一万二千三百"
    assert _to_chinese(100010) == "十万零一十"
    assert _to_chinese(10001000) == "一千万零一千"
    assert _to_chinese(100000001) == "一亿零一"
    assert _to_chinese(12300, _FIN, "拾佰仟") == "壹万贰仟叁佰"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_round_trip(n):
    assert parse_number(str(n)).value == n
    assert parse_number(f"{n:,}").value == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_round_trip(n):
    text = _to_chinese(n)
    parsed = parse_number(text)
    assert parsed is not None and parsed.value == n, (text, parsed)
    fin = _to_chinese(n, _FIN, "拾佰仟")
    if len(fin) == 1 and fin in "肆伍陆拾":
        assert parse_number(fin) is None  # alone they are words: 肆意, 队伍, 陆续, 收拾
        return
    parsed = parse_number(fin)
    assert parsed is not None and parsed.value == n, (fin, parsed)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_decimal_and_percent_round_trip(whole, frac):
    text = f"{whole}.{frac:02d}"
    assert math.isclose(parse_number(text).value, float(text))
    n = parse_number(text + "%")
    assert n.kind == "percent" and math.isclose(n.value, float(text))
    n = parse_number(text + "万")
    assert math.isclose(n.value, float(text) * 10000)


_ALPHABET = st.sampled_from(list("0123456789.,%—-、，。一二三四五六七八九十百千万亿零两几多余约近超过不足以上下左右人家名元成分之统般些壹贰参佰拾abcX 第月年"))


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_find_numbers_spans_are_sound(text):
    found = find_numbers(text)
    last_end = 0
    for n in found:
        assert text[n.start:n.end] == n.text
        assert n.start >= last_end and n.end > n.start
        assert n.qualifier in ("exact", "approx", "more_than", "less_than")
        assert n.kind in ("number", "percent", "chengshu", "percentage_point", "fraction")
        assert n.numeral in ("arabic", "chinese", "mixed", "financial")
        assert n.high is None or n.high > n.value
        last_end = n.end


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["、", "，", "。", "；", " "]),
       st.integers(min_value=0, max_value=10**9))
def test_punctuation_is_never_crossed(a, sep, b):
    found = find_numbers(f"共{a}人{sep}{b}家")
    assert [n.value for n in found] == [a, b]


# ------------------------------------------------- hardening (issue 9): huge and hostile inputs

from reportmine.figures import find_figures  # noqa: E402
from reportmine.numbers import MAX_EXPRESSION, MAX_RUN  # noqa: E402


@pytest.mark.parametrize("digits", [25, 400, 5000, 20000])
def test_a_huge_arabic_number_is_refused_not_raised(digits):
    # 400 digits overflowed float(), 5,000 hit Python's int-string limit: now no number at all
    text = f"共有会员{'7' * digits}人，新建工会12家。"
    assert [n.text for n in find_numbers(text)] == ["12"]
    assert [(f.value, f.unit) for f in find_figures(text)] == [(12.0, "org")]
    assert parse_number("7" * digits) is None


@pytest.mark.parametrize("numeral", ["三", "一二三四五六七八九十百千万亿", "二十三"])
def test_a_page_of_chinese_numerals_is_no_number(numeral):
    text = numeral * (1600 // len(numeral)) + "人"
    assert find_numbers(text) == [] and find_figures(text) == []
    assert parse_number(text) is None


def test_the_longest_run_read_is_bounded():
    assert find_numbers("共" + "1" * MAX_RUN + "人")[0].text == "1" * MAX_RUN
    assert find_numbers("共" + "1" * (MAX_RUN + 1) + "人") == []
    assert parse_number("1" * 10 + " " * MAX_EXPRESSION) is not None  # surrounding blanks are stripped


def test_a_long_run_of_separated_digits_gives_one_number_each():
    # 1,1,1,… (200k characters hung): every 1 is a number, none is a figure
    text = "1," * 20000
    found = find_numbers(text)
    assert len(found) == 20000 and all(n.text == "1" for n in found)
    assert find_figures(text) == []


def test_values_no_float_holds_are_refused():
    from decimal import Decimal

    from reportmine.numbers import _num
    assert _num(Decimal("1e400")) is None and _num(Decimal("-1e400")) is None
    assert _num(Decimal("123456789012345678901234")) == 1.2345678901234568e23


_HOSTILE = st.sampled_from(list("0123456789.,，、%—-一二三四五六七八九十百千万亿零两几数多余约近上过逾人名家个元万成分之/（）()“”第届次期xX \n"))


@settings(max_examples=300, deadline=None)
@given(st.lists(_HOSTILE, max_size=300).map("".join))
def test_figures_never_raise_and_are_well_formed(text):
    last_end = 0
    for f in find_figures(text):
        assert 0 <= f.start < f.end <= len(text) and f.start >= last_end
        assert math.isfinite(f.value) and (f.high is None or f.high > f.value)
        assert f.unit in ("person", "person_time", "household", "org", "yuan", "percent", "item", "case",
                          "session", "other")
        assert f.qualifier in ("exact", "approx", "more_than", "less_than")
        last_end = f.end


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789一二三四五六七八九十百千万亿")), min_size=25, max_size=2000))
def test_long_numeral_runs_never_raise(run):
    for n in find_numbers("共" + run + "人"):
        assert n.end - n.start - len(n.lead) - len(n.trail) <= MAX_RUN + 2 and math.isfinite(n.value)


def test_every_post_qualifier_word_is_read_after_a_unit():
    """trailing_qualifier decides by the first character before trying words: no word of the
    table may be lost by that (each is read after an invented count, with its qualifier)."""
    from reportmine.numbers import _words, trailing_qualifier

    w = _words()
    for word, qual, _ in w.post:
        if any(len(sk) > len(word) and sk.startswith(word) for sk in w.skip):
            continue  # a longer fixed word starting with it: that case has its own test
        text = "慰问职工35人" + word + "。"
        assert trailing_qualifier(text, len("慰问职工35人")) == (qual, len(text) - 1), word
    assert trailing_qualifier("慰问职工35人。", 7) is None


_glued = st.lists(st.sampled_from(["1", "23", "4567", "０９", ".", "．", "/", ",", "，", "V", "x", "约", "近", "三", "十",
                                   "百分之", "万", "余", "人", "%", "至", "—", " ", "统一", "第", "年"]), max_size=30)


def _with_and_without(shortcut, text):
    """find_numbers(text) with a shortcut of reportmine.numbers on (the default), and off."""
    import reportmine.numbers as nm

    fast = nm.find_numbers(text)
    setattr(nm, shortcut, False)
    try:
        return fast, nm.find_numbers(text)
    finally:
        setattr(nm, shortcut, True)


def _skipping_and_searching(text):
    """find_numbers(text) with glued digit runs skipped (the default), and with every run searched."""
    return _with_and_without("SKIP_GLUED_RUNS", text)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(_glued)
def test_skipping_glued_digit_runs_finds_the_same_numbers(tokens):
    """find_numbers goes on after a digit run glued to a digit, point, slash or letter (1.2.3,
    V2, 2023/04/05) without searching past it: the numbers found are those the search finds."""
    fast, searched = _skipping_and_searching("".join(tokens))
    assert fast == searched


def test_a_page_of_dotted_numbers_is_scanned_without_a_search_per_run():
    """1.1.1.… (and V1.2, dates with slashes) yields the same numbers as before, read run by run."""
    fast, searched = _skipping_and_searching("版本V1.2.3于2023/04/05发布，共1.5.8.13项" * 3)
    assert fast == searched
    assert ("1.5", 1.5) in [(n.text, n.value) for n in fast]


def _looking_back_everywhere(text):
    """find_numbers(text) trying only where a qualifier or fixed word starts (the default), and
    trying every position of the look-back before a run."""
    return _with_and_without("LOOK_BACK_AT_WORDS", text)


_before_run = st.lists(st.sampled_from(["1", "23", "三", "十", "万", "余", "人", "%", "约", "近", "超过", "不足", "将近", "上",
                                        "统一", "一般", "通过", "签约", "最近", "达", "共", "了", "，", "第", "百分之",
                                        "几近", "差不多", "成立", "以上", "来自", "十分", "千方百计"]), max_size=30)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(_before_run)
def test_looking_back_only_where_a_word_starts_finds_the_same_numbers(tokens):
    """Before a run, a match can only start where a qualifier (约, 超过) or a fixed word (统一,
    通过) starts: trying those places alone finds the numbers a search of the whole stretch finds."""
    fast, searched = _looking_back_everywhere("".join(tokens))
    assert fast == searched


def test_a_number_is_a_named_tuple_with_defaults():
    n = find_numbers("约300人")[0]
    assert (n.text, n.lead, n.value) == ("约300", "约", 300.0)
    assert n._replace(kind="percent").kind == "percent" and n.kind == "number"
    assert Number(0, 1, "3", 3.0, None, "exact", "number", "arabic", "").vague is False


_grammar_text = st.lists(st.sampled_from(["1", "23", "4,567", "０９", ".", "5%", "‰", "三", "十", "百", "千", "万", "亿", "两",
                                          "几", "数", "余", "多", "来", "左右", "以上", "约", "近", "超过", "不足", "分之",
                                          "百分之", "个百分点", "成", "一半", "壹", "贰", "拾", "佰", "至", "—", "-", "/",
                                          "人", "元", "统一", "十分", "一般", "千方百计", "第", "年", "，", " ", "A", "点"]),
                         max_size=30)


def _with_engine(engine, text):
    import reportmine.numbers as nm

    saved = nm.NUMBER_ENGINE
    nm.NUMBER_ENGINE = engine
    nm._clear_compiled()
    try:
        return nm.find_numbers(text), [nm.parse_number(text[i:i + 8]) for i in range(0, len(text), 3)]
    finally:
        nm.NUMBER_ENGINE = saved
        nm._clear_compiled()


@settings(max_examples=400, deadline=None, derandomize=True)
@given(_grammar_text)
def test_the_number_grammar_matches_in_re_as_in_regex(tokens):
    """The grammar is compiled with ``re`` (faster here); ``regex`` reads it the same way."""
    import re

    import regex

    text = "".join(tokens)
    assert _with_engine(re, text) == _with_engine(regex, text)


_fixed_word_text = st.lists(st.sampled_from(["一", "般", "统", "十", "分", "之", "千方百计", "上下", "班", "成", "员", "来", "自",
                                             "3", "万", "余", "人", "的", "是", "一般", "统一", "十分", "成员"]),
                            max_size=20)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_fixed_word_text, st.integers(0, 20), st.integers(0, 20))
def test_fixed_words_inside_a_candidate_are_those_an_overlapped_search_finds(tokens, lo, hi):
    import reportmine.numbers as nm

    text = "".join(tokens)
    lo, hi = min(lo, len(text)), min(hi, len(text))
    stop = min(len(text), hi + 8)
    skip_re = nm._regexes()[4]
    overlapped = regex.compile(skip_re.pattern)
    every = [m.span() for m in overlapped.finditer(text, lo, stop, overlapped=True) if m.start() < hi]
    assert [m.span() for m in nm._fixed_words_inside(text, lo, hi, stop, skip_re, nm._skip_first_chars())] == every


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_fixed_word_text)
def test_fixed_words_and_leading_words_match_with_re_as_with_regex(tokens):
    """The fixed-word and word-start tries, compiled with ``re`` for speed, match at every place
    what ``regex`` matches."""
    import reportmine.numbers as nm

    text = "".join(tokens) + "统一思想，进一步，约300人，超过一半，十分之一"
    for rx in (nm._regexes()[4], nm._word_start_re()[0]):
        slow = regex.compile(rx.pattern)
        assert [rx.match(text, p) and rx.match(text, p).span() for p in range(len(text))] == \
            [slow.match(text, p) and slow.match(text, p).span() for p in range(len(text))]


_after_digits = st.lists(st.sampled_from(["1", "26", "2023", "个", "百分点", "个百分点", ".", "．", "5", "０", "万", "亿", "民主",
                                          "、", "，", "人", "以上", "多", "余", "至", "—", "成", "%", "约", "第", "x", "A",
                                          " ", "\n", "一", "十", "之", "分之", "/"]), max_size=25)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(_after_digits)
def test_digits_before_ge_or_a_bare_point_read_fast_as_the_grammar_reads_them(tokens):
    """26个、 and 1.民主 take the fast path: the numbers are those the grammar finds."""
    fast, searched = _with_and_without("PLAIN_BEFORE_GE_OR_POINT", "".join(tokens))
    assert fast == searched


_no_number_at_run = st.lists(st.sampled_from(["参", "加", "伍", "队", "数", "据", "几", "乎", "陆", "续", "拾", "百", "千",
                                              "约", "近", "超过", "不足", "统一", "一般", "十分", "3", "12", "万", "%",
                                              "人", "，", "年", "第", "以上", "分之", "一半", "百分之百", " "]), max_size=30)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(_no_number_at_run)
def test_searching_only_where_a_match_can_start_finds_the_same_numbers(tokens):
    """Where no number starts at a run (参加, 队伍, 数据), the next match is looked for only at
    numeral characters and the first characters of qualifiers and fixed words: same numbers."""
    fast, searched = _with_and_without("SEARCH_AT_STARTS", "".join(tokens))
    assert fast == searched


def test_one_digit_fast_path_reads_each_digit_as_the_grammar_does():
    """find_numbers reads a lone Chinese digit (八个, 两家) from a table made once: the Number the
    grammar gives for the digit alone, at its place."""
    from reportmine.numbers import _SIMPLE_CN, _one_digit_tails

    assert set(_one_digit_tails()) == _SIMPLE_CN
    for ch in sorted(_SIMPLE_CN):
        text = f"为{ch}个"
        assert find_numbers(text) == [parse_number(ch)._replace(start=1, end=2)], ch


_claimed_run = st.lists(st.sampled_from(["1", "23", "三", "十", "两", "万", "余", "人", "%", "约", "约有", "约计", "合计", "共计", "为",
                                         "一分为二", "同一", "同比", "于", "低于", "多于", "高", "到", "不到", "达到", "未达",
                                         "几近", "签约", "通过", "经过", "过", "近", "最近", "成员", "了", "一目了然", "件数",
                                         "统一", "一般", "，", "第", "百分之", "超过", "以上", "有", "十有八九", " ", "x"]),
                        max_size=30)


@settings(max_examples=600, deadline=None, derandomize=True)
@given(_claimed_run)
def test_a_run_is_looked_back_into_only_when_a_word_can_reach_it(tokens):
    """A run whose previous character merely occurs in some qualifier or fixed word (合计300,
    为3) is read without the look-back: the numbers are those the look-back finds."""
    fast, searched = _with_and_without("LOOK_BACK_WHEN_CLAIMED", "".join(tokens))
    assert fast == searched


def test_the_claim_tables_read_the_words():
    from reportmine.numbers import _claim_tables, _words

    by_last, pairs = _claim_tables()
    assert "不到" in by_last["到"] and "统一" in pairs and "一分" in pairs and "计3" not in pairs
    assert {w for ws in by_last.values() for w in ws} == {w for w, _, _ in _words().lead}


def test_over_a_bare_hundred_is_a_bound_where_the_word_always_means_over():
    """逾百家 / 超过千人 state a bound (100, 1000 more_than); 上百 / 过万 say "hundreds" (vague)."""
    got = {n.text: (n.value, n.qualifier, n.vague) for n in find_numbers("入驻企业逾百家，参加者超过千人，活动上百场，惠及过万人")}
    assert got["逾百"] == (100.0, "more_than", False)
    assert got["超过千"] == (1000.0, "more_than", False)
    assert got["上百"][2] and got["过万"][2]


def test_spun_zhi_multiples_and_scoring_rules_as_figures():
    """只 read as 个 (org after an organisation noun), 倍 a multiple (unit other), and the numbers of
    a scoring rule's clauses dropped while a result in the next clause stays."""
    from reportmine.extraction import extract

    def got(text):
        return [(r.value, r.unit, r.raw_unit) for r in extract(text)]

    assert got("新组建车间工会7只，职工书屋12只。") == [(7.0, "org", "只"), (12.0, "org", "只")]
    assert got("女职工入会人数是上年的1.3倍。") == [(1.3, "other", "倍")]
    assert got("全镇现有基层工会52个，经自查，自评得分92分，建会率达到97.5%。") == [
        (52.0, "org", "个"), (97.5, "percent", "%")]
    assert got("因3家企业工会未按时换届，扣2分。") == [(3.0, "org", "家")]
    assert got("建会率达到90%以上的得5分，每少1个扣1分。") == []
