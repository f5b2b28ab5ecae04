"""The number grammar: read the numbers written in a Chinese report.

One small parser (:func:`parse_number`) and a scanner (:func:`find_numbers`) that
finds every number in a text in one regex pass and parses each candidate.  The
scanner never changes the text; it returns spans (``text[n.start:n.end] == n.text``).

What is read
------------
- Arabic numbers: ``1438``, ``1,438``/``1，438`` (groups of exactly three), ``84.7``,
  full-width digits.  Digits touching Latin letters are not numbers (``B2B``,
  ``20XX``, ``22.02KB``): they are parts of codes.
- Chinese numerals ``零〇一二两三四五六七八九十百千万亿`` (``一百零五``, ``一万二千``,
  colloquial ``一万二`` = 12000), financial numerals ``壹贰叁(参)肆伍陆柒捌玖拾佰仟``
  (``壹万贰仟参佰`` = 12300), digit-by-digit strings (``二〇二三`` = 2023).
- Mixed forms: ``1.6万``, ``2.5亿``, ``13万2`` (= 132000), ``10余万`` (= 100000, more_than).
- Percent-like forms, all valued 0–100: ``84.7%``, ``百分之八十五点五`` (kind ``percent``),
  ``5‰`` (percent 0.5), ``9成`` (kind ``chengshu``, value 90), ``5个百分点``
  (kind ``percentage_point``, value 5).
- Fractions (kind ``fraction``, value the fraction): ``1/4`` = 0.25, ``三分之一``, ``一半`` = 0.5.
- Ranges keep both bounds: ``3—5``, ``3至5``, ``3—5万`` (30000–50000), ``三四十`` (30–40),
  ``三五`` (3–5), ``十七八`` (17–18).  A "range" whose bounds do not rise
  (``2023-04``) is two numbers.
- Qualifiers (words listed in ``data/numeral_words.tsv``): before (约 近 将近 超过 逾 不足
  不到 ...), inside (``10余万``) and after (余 多 来 左右 上下 以上 以下 ...).  They are
  part of the span.  ``十几``/``几十``/``数百`` are ``vague`` numbers: value 10/10/100,
  more_than, ``vague=True`` (the caller decides whether to keep them; figures drops them).

Decisions
---------
- Qualifiers: a leading word wins over a trailing one, except that a bare "about"
  (约) gives way to a bound (约300余 -> more_than).  近 is approx (spec), so 近3年
  reads approx; the caller drops durations.  达/多达/仅 and 强 (500强) are no qualifiers.
- 百分百/百分之百 = 100 percent; 千分之N and N‰ are percent N/10; 一半 = 0.5 fraction.
- Lone 伍 陆 肆 拾 参 are words (队伍, 陆续, 参加); financial numerals need a partner
  (伍佰, 壹万贰仟参佰).  俩 and 双 are not read.
- ``1，438`` with a full-width comma is read as 1438 (groups of three), so a list
  written ``100，200`` reads 100200: normalise list commas before if that matters.
- A bare 万/亿 is no number (``单位：万元``) unless a qualifier stands before it (上万, 逾万).

What is not read: fixed words holding numeral characters (一般, 统一, 十分, 千方百计,
listed in the data file), a bare ``万``/``亿`` (``单位：万元``), a bare ``零``, leading
``几`` with nothing after it, negative numbers (``-`` is read as a range dash).
Ordinals (第九), dates (5月), names (“五一”) and list markers (一是, 1、) ARE returned:
deciding that they are not figures needs context, which the caller has.
"""

from __future__ import annotations

import functools
import math
import pathlib
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

import regex

from .tables import read_table

__all__ = [
    "Number",
    "PERCENT_KINDS",
    "parse_number",
    "find_numbers",
    "trailing_qualifier",
    "leading_qualifier",
    "multiplier",
    "lead_words",
    "lead_in_mention",
    "ocr_numbers",
    "masked_numbers",
]

DATA_FILE = pathlib.Path(__file__).parent / "data" / "numeral_words.tsv"

#: kinds whose ``value`` is on a 0–100 scale
PERCENT_KINDS = frozenset({"percent", "chengshu", "percentage_point"})


class Number(NamedTuple):
    """A number found in a text (a named tuple: a page holds thousands, and a tuple is made
    about ten times faster than a frozen dataclass; ``n._replace(...)`` gives a changed copy).

    ``value`` is the written number with multipliers expanded (1.6万 -> 16000);
    percent-like kinds (``percent``, ``chengshu``, ``percentage_point``) are on a
    0–100 scale; ``fraction`` is the fraction itself (三分之一 -> 0.333...).
    ``high`` is the upper bound of a range, else None.  ``qualifier`` is one of
    ``exact``, ``approx``, ``more_than``, ``less_than``.  ``numeral`` is
    ``arabic``, ``chinese``, ``mixed`` or ``financial``.  ``unit_hint`` is the
    multiplier the number ends with ("万" for 1.6万 and 三十万, "千" for 3千, ""
    for 三千 or 13万2), so ``unit_hint + unit`` rebuilds a raw unit like 万元.

    Extra fields: ``marker`` is the percent/fraction sign as written ("%", "％",
    "‰", "百分之", "成", "个百分点", "分之", "/"); ``lead``/``trail`` are the
    qualifier words at the two ends of the span (the numeral itself is
    ``text[len(lead):len(text)-len(trail)]``); ``vague`` marks 几十/数百 forms.
    """

    start: int
    end: int
    text: str
    value: float
    high: float | None
    qualifier: str
    kind: str
    numeral: str
    unit_hint: str
    marker: str = ""
    lead: str = ""
    trail: str = ""
    vague: bool = False


# --------------------------------------------------------------------------- data

@dataclass(frozen=True)
class _Words:
    skip: tuple[str, ...]
    lead: tuple[tuple[str, str, str], ...]  # (word, qualifier, context class)
    trail: tuple[tuple[str, str, str], ...]
    post: tuple[tuple[str, str, str], ...]
    kept: frozenset[str] = frozenset()  # leading words the mention keeps (column ``mention``: in)


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    """Load ``data/numeral_words.tsv`` once."""
    skip: list[str] = []
    lead, trail, post, kept = [], [], [], []
    for row in read_table(DATA_FILE.name):
        lineno = row.line
        word, role, qual, ctx, mention = (row[k].strip() for k in ("word", "role", "qualifier", "context", "mention"))
        if mention not in ("", "in") or (mention and role != "lead"):
            raise ValueError(f"{DATA_FILE}:{lineno}: mention {mention!r} must be empty or 'in' (lead rows only)")
        if mention:
            kept.append(word)
        if role == "skip":
            skip.append(word)
        elif role in ("lead", "trail", "post"):
            if qual not in ("approx", "more_than", "less_than"):
                raise ValueError(f"{DATA_FILE}:{lineno}: qualifier {qual!r} must be approx, more_than or less_than")
            {"lead": lead, "trail": trail, "post": post}[role].append((word, qual, ctx))
        else:
            raise ValueError(f"{DATA_FILE}:{lineno}: role {role!r} must be skip, lead, trail or post")
    bylen = lambda t: -len(t[0])  # noqa: E731  longest first
    return _Words(tuple(sorted(set(skip), key=len, reverse=True)), tuple(sorted(lead, key=bylen)),
                  tuple(sorted(trail, key=bylen)), tuple(sorted(post, key=bylen)), frozenset(kept))


def _trie_pattern(words) -> str:
    """A regex alternation of ``words`` shaped as a trie (fast to match)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [regex.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


# ------------------------------------------------------------------------ grammar

_CN_DIGIT = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_FIN_DIGIT = {"壹": 1, "贰": 2, "貳": 2, "叁": 3, "参": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6,
              "陸": 6, "柒": 7, "捌": 8, "玖": 9}
_UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
         "万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
#: the multipliers of 10**4 and up, the only ones that also prefix a unit (三十万元 -> 万元)
SCALES = frozenset(c for c, v in _UNIT.items() if v >= 10**4)
SCALE_CHARS = _SC = "".join(sorted(SCALES))  # the same, as a string for character classes
_FIN_UNIT = set("拾佰仟")
_FIN_STRICT = set("壹贰貳叁柒捌玖")  # financial digits that are not also common words
# adjacent digits that make a range: 三四十 (30–40), 三五家 (3–5), 七八个
_RANGE_PAIRS = {("一", "二"), ("一", "两"), ("二", "三"), ("两", "三"), ("三", "两"), ("三", "四"),
                ("四", "五"), ("五", "六"), ("六", "七"), ("七", "八"), ("八", "九"), ("三", "五")}
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

_D = "[0-9０-９]"
_ARABIC = (rf"(?<![A-Za-z0-9０-９.．/])(?>(?:{_D}{{1,3}}(?:[,，]{_D}{{3}})+(?!{_D})|{_D}+)"
           rf"(?:[.．](?:{_D}+|(?=[{_SC}])))?)(?![A-Za-z])")  # 1.万: a decimal that lost its digit
_QIAN = "千(?![克米瓦伏帕卡兆焦])"  # 五千克 is 5 kg, not 5000
_CNC = f"(?:[零〇○一二两兩三四五六七八九十{_SC}]|百(?!分点)|{_QIAN})"  # 0.5百分点
_MULT_AHEAD = f"(?=[百千{_SC}佰仟])"
_FIN_ALL = f"[壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟零〇{_SC}]"
_FINCORE = rf"(?:(?=[零〇{_SC}]*[壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟]){_FIN_ALL}{{2,}}|[壹贰貳叁柒捌玖])"
_TOKEN = rf"(?:{_ARABIC}|{_CNC}|几|点(?=[零〇○一二三四五六七八九])|[余多]{_MULT_AHEAD})"
_MIXCORE = rf"(?:(?:{_ARABIC}|{_CNC}|几|数(?=[十百千万亿]))(?:{_TOKEN})*)"
_CORE = rf"(?>{_FINCORE}|{_MIXCORE})"
_SEP = "(?:——|--|[-—–~～〜－―]|至|到)"
_MARK = r"(?:[ \u3000]?[%％‰]|个?百分点|成(?:[一二三四五六七八九]|[1-9](?![0-9]))?)"  # 95 %: a PDF copy's space


def _first_guard(words) -> str:
    """A look-ahead for the first characters of ``words``: put before their alternation, a place
    no word can start at fails at once instead of trying every word (same matches)."""
    return "(?=[" + "".join(regex.escape(c) for c in sorted({w[0] for w in words})) + "])"


def _lead_pattern() -> str:
    lead = _words().lead
    alts = [regex.escape(w) + (f"(?={c})" if c else "") for w, _, c in lead]
    return _first_guard(w for w, _, _ in lead) + "(?P<lead>" + "|".join(alts) + ")"


def _trail_pattern() -> str:
    ws = _words()
    items = sorted(ws.trail + ws.post, key=lambda t: -len(t[0]))
    alts = [(f"(?<={c})" if c else "") + regex.escape(w) for w, _, c in items]
    return _first_guard(w for w, _, _ in items) + "(?P<trail>" + "|".join(alts) + ")"


def _num_pattern(with_range: bool = True) -> str:
    if with_range:
        rng = rf"(?:(?P<sep>{_SEP})(?P<c2>{_CORE})(?P<m2>{_MARK})?(?!{_SEP}{_D}))?"
    else:  # same groups, never matching: every pattern answers the same group names
        rng = "(?:(?!)(?P<sep>)(?P<c2>)(?P<m2>))?"
    after_core = "|".join([
        # 三分之一, 百分之八十, 百分之五十至六十 (a range of percentages, the upper bound bare)
        rf"(?P<fm>分之)(?P<fn>{_CORE})(?:(?:{_SEP})(?P<fn2>{_CORE})(?![分%％]))?",
        rf"/(?P<ad>{_D}+)(?![/0-9０-９A-Za-z])",           # 1/4
        rf"(?P<m1>{_MARK})?{rng}",                          # 84.7%, 3—5万, 9成
    ])
    body = rf"(?P<pct100>百分之百|百分百)|(?P<half>一半)|(?P<c1>{_CORE})(?:{after_core})"
    return f"(?:{_lead_pattern()})?(?:{body})(?:{_trail_pattern()})?"


#: longest stretch before a numeral that a qualifier or a fixed word can cover
_LOOKBACK = 10
#: longest run of numeral characters read as a number: a longer run (an ID, a digit dump, a
#: page of 三三三…) is no figure, and refusing it keeps the scan linear in the text
MAX_RUN = 24
#: longest string parse_number reads (a numeral with its qualifiers and signs)
MAX_EXPRESSION = 64


#: the engine the number grammar is compiled with: Python's ``re`` tries a place about 1.5x
#: faster than ``regex`` on this grammar, same matches (the tests compare the two); the fixed
#: words, matched at a place, are compiled with ``re`` too (a call costs ~0.35 us there, ~0.9 us
#: with ``regex``; thousands a page)
NUMBER_ENGINE = re


@functools.lru_cache(maxsize=1)
def _regexes():
    """The compiled grammar: (runs, combined, number, number-without-range, skip)."""
    runs, combined, skip = _scanner()
    return (runs, combined) + _whole_number_res() + (skip,)


@functools.lru_cache(maxsize=1)
def _scanner():
    """What :func:`find_numbers` always needs, compiled once: (runs, combined, skip)."""
    skip = _trie_pattern(_words().skip)
    # a skip word never eats the 分 of a fraction: 十分之一 is 1/10, not 十分 + 之一
    skip_g = f"{_first_guard(_words().skip)}(?P<skip>{skip})(?!(?<=分)之)"
    combined = NUMBER_ENGINE.compile(f"{skip_g}|(?P<num>{_num_pattern(True)})")
    # stage 1: runs of numeral characters; every number holds at least one
    runs = re.compile(f"[0-9０-９零〇○一二两兩三四五六七八九十百千{_SC}壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟几数]+")
    return runs, combined, re.compile(skip)


@functools.lru_cache(maxsize=1)
def _whole_number_res():
    """(number, number-without-range): the grammar alone, for :func:`parse_number` and for a
    candidate the scan's match does not read whole (:func:`_first_number`); compiled when first
    needed (each about a third of the grammar's compile time, which a short text may not need)."""
    return NUMBER_ENGINE.compile(_num_pattern(True)), NUMBER_ENGINE.compile(_num_pattern(False))


def _clear_compiled() -> None:
    """Forget the compiled grammar (after :data:`NUMBER_ENGINE` changed)."""
    for cached in (_regexes, _scanner, _whole_number_res):
        cached.cache_clear()


# ------------------------------------------------------------------- core values

@dataclass(frozen=True)
class _Core:
    value: Decimal
    high: Decimal | None
    qualifier: str  # from inside the numeral: 10余万, 十几, 几十
    numeral: str
    unit_hint: str
    vague: bool = False


_DIGIT_TOKEN = regex.compile(rf"[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+|\.(?=[{_SC}]))?")


def _tokens(core: str) -> list[tuple[str, object, str]] | None:
    """Split a numeral into tokens (kind, value, text); None if a char is foreign."""
    out: list[tuple[str, object, str]] = []
    i = 0
    s = core.translate(_FULLWIDTH)
    while i < len(s):
        m = _DIGIT_TOKEN.match(s, i)
        if m:
            txt = m.group().replace(",", "")
            out.append(("num", Decimal(txt), core[i:m.end()]))
            i = m.end()
            continue
        ch = s[i]
        if ch in _CN_DIGIT:
            out.append(("zero" if _CN_DIGIT[ch] == 0 else "digit", _CN_DIGIT[ch], ch))
        elif ch in _FIN_DIGIT:
            out.append(("digit", _FIN_DIGIT[ch], ch))
        elif ch in _UNIT:
            out.append(("unit", _UNIT[ch], ch))
        elif ch in "几数":
            out.append(("ji", None, ch))
        elif ch in "余多":
            out.append(("more", None, ch))
        elif ch == "点":
            out.append(("dot", None, ch))
        else:
            return None
        i += 1
    return out


def _eval(tokens) -> Decimal | None:
    """Value of a numeral in tokens (no ranges, no 几); None if ill-formed."""
    if not tokens:
        return None
    if all(t[0] == "unit" for t in tokens) and tokens[0][1] >= 10**4:
        return None  # bare 万 / 亿 (单位：万元)
    if all(t[0] == "zero" for t in tokens):
        return None
    total = Decimal(0)   # 亿 level
    wan = Decimal(0)     # 万 level
    section = Decimal(0)  # below 万
    number: Decimal | None = None
    last_small = 10**5   # last 十/百/千 unit in the current section
    after_zero = False
    prev = None
    for kind, val, txt in tokens:
        if kind in ("num", "digit"):
            if number is not None:
                return None  # two numbers side by side
            if prev == "num" or (prev == "digit" and kind == "num"):
                return None
            number = val if kind == "num" else Decimal(val)
        elif kind == "zero":
            if number is not None:
                return None
            after_zero = True
        elif kind == "unit":
            if val < 10**4:
                if val >= last_small:
                    return None  # 十百, 百百
                section += (number if number is not None else Decimal(1)) * val
                last_small = val
            elif val == 10**4:
                if wan:
                    return None  # 万万
                wan = (section + (number or 0)) or Decimal(1)
                wan *= val
                section, last_small = Decimal(0), 10**5
            else:
                total = ((total + wan + section + (number or 0)) or Decimal(1)) * val
                wan, section, last_small = Decimal(0), Decimal(0), 10**5
            number = None
            after_zero = False
        else:
            return None
        prev = kind
    if number is not None:
        last = tokens[-1]
        before = tokens[-2] if len(tokens) > 1 else None
        colloquial = (before is not None and before[0] == "unit" and before[1] >= 100
                      and not after_zero and (last[0] == "digit" or len(last[2]) == 1)
                      and number == number.to_integral_value())
        if colloquial:  # 一万二 = 12000, 13万2 = 132000, 三千五 = 3500
            number = number * before[1] / 10
        section += number
    return total + wan + section


def _classify(core: str) -> str:
    has_arabic = any(c.isdigit() and c.isascii() or "０" <= c <= "９" for c in core)
    has_fin = any(c in _FIN_DIGIT or c in _FIN_UNIT for c in core)
    has_cn = any(c in _CN_DIGIT or c in _UNIT for c in core)
    if has_fin:
        return "financial"
    if has_arabic and has_cn:
        return "mixed"
    return "arabic" if has_arabic else "chinese"


def _unit_hint(tokens) -> str:
    """The multiplier the numeral ends with, as written (万, 亿, 千万; 千 after digits)."""
    toks = [t for t in tokens if t[0] != "more"]
    k = len(toks)
    while k > 0 and toks[k - 1][0] == "unit":
        k -= 1
    hint = "".join(t[2] for t in toks[k:])
    if hint and k > 0 and toks[k - 1][0] == "num":
        return hint  # 3千, 1.6万, 5千万: digits times a multiplier
    # Chinese numerals: only 万/亿 work as unit prefixes (三十万元 -> 万元, 三千元 -> "")
    while hint and hint[0] not in SCALES:
        hint = hint[1:]
    return hint


def _fin_ok(core: str) -> bool:
    """Financial numerals need support: 伍 alone is 队伍, 陆 is 陆续, 参 is 参加."""
    fin = [c for c in core if c in _FIN_DIGIT or c in _FIN_UNIT]
    if not fin:
        return True
    if len(core) == 1:
        return core in _FIN_STRICT
    return any(c in _FIN_STRICT or c in _FIN_UNIT or c in SCALES for c in core)


@functools.lru_cache(maxsize=4096)
def _parse_core(core: str) -> _Core | None:
    """Value of one numeral (no qualifier words, no percent signs)."""
    if not core or not _fin_ok(core):
        return None
    tokens = _tokens(core)
    if not tokens:
        return None
    numeral = _classify(core)
    qualifier, vague = "exact", False
    # 10余万, 十多万: the qualifier sits inside the numeral
    if any(t[0] == "more" for t in tokens):
        i = next(i for i, t in enumerate(tokens) if t[0] == "more")
        if i == 0 or i == len(tokens) - 1 or tokens[i + 1][0] != "unit":
            return None
        tokens = tokens[:i] + tokens[i + 1:]
        qualifier = "more_than"
    hint = _unit_hint(tokens)
    # 几十 / 数百 (value 10 / 100), 十几 / 二十几万 (10 / 200000): more_than and vague
    if any(t[0] == "ji" for t in tokens):
        i = next(i for i, t in enumerate(tokens) if t[0] == "ji")
        if sum(t[0] == "ji" for t in tokens) > 1:
            return None
        if i == 0:
            if len(tokens) < 2 or tokens[1][0] != "unit":
                return None
            tokens = [("digit", 1, "一")] + tokens[1:]
            vague = True
        else:
            if tokens[i][2] == "数":
                return None
            tokens = tokens[:i] + [("zero", 0, "零")] + tokens[i + 1:]
            if i + 1 == len(tokens):
                tokens = tokens[:i]
        qualifier = "more_than"
        vague = True  # 十几, 几十, 二十几万: no definite number (records.md: vague amounts)
    # 八十五点五: Chinese decimal point
    if any(t[0] == "dot" for t in tokens):
        i = next(i for i, t in enumerate(tokens) if t[0] == "dot")
        frac = tokens[i + 1:]
        if not frac or any(t[0] not in ("digit", "zero") or t[2] == "两" for t in frac):
            return None
        head = tokens[:i]
        whole = Decimal(0) if head and all(t[0] == "zero" for t in head) else _eval(head)
        if whole is None:
            return None  # 零点五 = 0.5; 点五 alone is not a number
        value = whole + Decimal("0." + "".join(str(t[1]) for t in frac))
        return _Core(value, None, qualifier, numeral, "", vague)
    # 二〇二三, 五一: digits read one by one (a lone pair like 三四 is a range)
    all_digits = all(t[0] in ("digit", "zero") for t in tokens)
    if len(tokens) > 1 and all_digits and not (
            len(tokens) == 2 and (tokens[0][2], tokens[1][2]) in _RANGE_PAIRS):
        if any(t[2] == "两" for t in tokens) or any(t[2] in _FIN_DIGIT for t in tokens):
            return None
        return _Core(Decimal("".join(str(t[1]) for t in tokens)), None, qualifier, numeral, "", vague)
    # 三四十, 十七八, 三五: a pair of adjacent digits is a range
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if a[0] == "digit" and b[0] == "digit" and (a[2], b[2]) in _RANGE_PAIRS:
            lo = _eval(tokens[:i + 1] + tokens[i + 2:])
            hi = _eval(tokens[:i] + tokens[i + 1:])
            if lo is None or hi is None:
                return None
            lo, hi = min(lo, hi), max(lo, hi)
            return _Core(lo, hi, qualifier, numeral, hint, vague)
    value = _eval(tokens)
    if value is None:
        return None
    return _Core(value, None, qualifier, numeral, hint, vague)


def _scale(hint: str) -> Decimal:
    """The factor a multiplier hint stands for: ``万`` → 10000, ``千万`` → 10**7, ``""`` → 1."""
    out = Decimal(1)
    for ch in hint:
        out *= _UNIT.get(ch, 1)
    return out


multiplier = _scale


def _num(d: Decimal | None) -> float | None:
    """A Decimal as a float (integers exact); None for None or a value no float holds."""
    if d is None:
        return None
    f = float(d)
    if not math.isfinite(f):
        return None
    return float(round(f)) if d == d.to_integral_value() else f


# ---------------------------------------------------------------------- matching

def _qualifier_of(word: str, table) -> str:
    for w, q, _ in table:
        if w == word:
            return q
    return "exact"


def _vague_lead(word: str) -> bool:
    """Does a "more than" word before a bare 百/千/万 leave the amount vague?  Only the words that
    are a qualifier nowhere else (a ``context`` class in numeral_words.tsv: 上百, 过万, 超千 say
    "hundreds", "tens of thousands"); 逾 and 超过 state a bound (逾百家 -> 100, more_than:
    heldout18 gold), as 近 does (近千 -> 1000, approx).

    >>> _vague_lead("上"), _vague_lead("逾"), _vague_lead("近")
    (True, False, False)
    """
    return any(w == word and q == "more_than" and ctx for w, q, ctx in _words().lead)


def _apply_mark(value: Decimal, mark: str) -> tuple[Decimal, str] | None:
    """Apply a percent sign to a value: (value on the 0–100 scale, kind)."""
    if not mark:
        return value, "number"
    if mark in "%％":
        return value, "percent"
    if mark == "‰":
        return value / 10, "percent"
    if mark.endswith("百分点"):
        return value, "percentage_point"
    if mark.startswith("成"):
        if value > 10 or value != value.to_integral_value():
            return None  # 成 counts tenths: 9成, not 15成
        extra = mark[1:]
        tail = Decimal(_CN_DIGIT.get(extra, int(extra) if extra.isdigit() else 0)) if extra else 0
        return value * 10 + tail, "chengshu"
    return None


_BARE_MULTIPLIERS = frozenset("百千") | SCALES
#: ``Number`` from all its fields in order, without the named tuple's argument handling
_new_number = tuple.__new__
_GROUPS = ("lead", "pct100", "half", "c1", "fm", "fn", "ad", "m1", "sep", "c2", "m2", "trail", "fn2")


def _build(m, base: int = 0) -> Number | None:
    """Turn a match of the number pattern into a Number (None if it does not parse)."""
    fields = _fields(m.group(*_GROUPS))
    if fields is None:
        return None
    return _new_number(Number, (m.start() + base, m.end() + base, m.group()) + fields)


@functools.lru_cache(maxsize=4096)
def _fields(groups: tuple) -> tuple | None:
    """Number fields after (start, end, text) from the matched groups (cached: numbers repeat)."""
    g = dict(zip(_GROUPS, groups))
    lead = g["lead"] or ""
    trail = g["trail"] or ""
    marker, kind, high, vague, hint = "", "number", None, False, ""
    inner = "exact"
    if g["pct100"]:
        value, kind, numeral, marker = Decimal(100), "percent", "chinese", g["pct100"][:-1]
    elif g["half"]:
        value, kind, numeral, marker = Decimal("0.5"), "fraction", "chinese", "半"
    elif g["ad"]:
        num_txt = g["c1"].translate(_FULLWIDTH)
        if not num_txt.isdigit():
            return None
        num, den = Decimal(num_txt), Decimal(g["ad"].translate(_FULLWIDTH))
        if den == 0:
            return None
        value, kind, numeral, marker = num / den, "fraction", "arabic", "/"
    elif g["fm"]:
        den_txt = g["c1"]
        if g["fn2"] and den_txt != "百":
            return None  # only 百分之 takes a bare upper bound
        num_core = _parse_core(g["fn"])
        if num_core is None or num_core.high is not None:
            return None
        numeral, inner, vague = num_core.numeral, num_core.qualifier, num_core.vague
        if den_txt == "百":
            value, kind, marker = num_core.value, "percent", "百分之"
            if g["fn2"]:
                hi_core = _parse_core(g["fn2"])
                if (hi_core is None or hi_core.high is not None or hi_core.numeral != "chinese"
                        or not value < hi_core.value <= 100):
                    return None  # 百分之九十—2023年 is no range
                high = hi_core.value
        elif den_txt == "千":
            value, kind, marker = num_core.value / 10, "percent", "千分之"
        else:
            den_core = _parse_core(den_txt)
            if den_core is None or den_core.high is not None or den_core.value == 0:
                return None
            value, kind, marker = num_core.value / den_core.value, "fraction", "分之"
            if numeral != den_core.numeral:
                numeral = "mixed"
    else:
        c1_txt = g["c1"]
        if lead and c1_txt in SCALES:
            c1_txt = "一" + c1_txt  # 上万, 逾万, 过亿: a bare multiplier after a qualifier
        c1 = _parse_core(c1_txt)
        if c1 is None:
            return None
        m1, m2 = (g["m1"] or "").lstrip(" \u3000"), (g["m2"] or "").lstrip(" \u3000")
        inner, vague, numeral, hint = c1.qualifier, c1.vague, c1.numeral, c1.unit_hint
        if lead and g["c1"] in _BARE_MULTIPLIERS and _vague_lead(lead):
            vague = True  # 上千, 过万: "thousands" states no number (逾百, 近千 do: over/about 100)
        if g["c2"] is not None:
            c2 = _parse_core(g["c2"])
            if c2 is None or c1.high is not None or c2.high is not None:
                return None
            if m1 and m1 != m2:
                return None  # 3%—5人 is not a range
            for c in (g["c1"], g["c2"]):
                if len(c) > 1 and c[0] in "0０":
                    return None  # 04-14 is a date
            lo, hi = c1.value, c2.value
            if not c1.unit_hint and c2.unit_hint and lo * _scale(c2.unit_hint) < hi:
                lo *= _scale(c2.unit_hint)  # 3—5万 = 30000–50000
            lo_m, hi_m = _apply_mark(lo, m2), _apply_mark(hi, m2)
            if lo_m is None or hi_m is None or not lo_m[0] < hi_m[0]:
                return None
            value, high, kind = lo_m[0], hi_m[0], lo_m[1]
            marker, hint = m2, c2.unit_hint
            if c2.numeral != numeral:
                numeral = "mixed"
            if c2.qualifier != "exact":
                inner = c2.qualifier
        else:
            applied = _apply_mark(c1.value, m1)
            if applied is None:
                return None
            value, kind = applied
            marker = m1
            if c1.high is not None:
                hi = _apply_mark(c1.high, m1)
                high = hi[0] if hi else None
        if marker.startswith("成"):
            marker = "成"
        if kind != "number":
            hint = ""
    w = _words()
    qualifier = inner
    tq = _qualifier_of(trail, w.trail + w.post) if trail else "exact"
    lq = _qualifier_of(lead, w.lead) if lead else "exact"
    if tq != "exact":
        qualifier = tq
    if lq != "exact" and not (lq == "approx" and qualifier in ("more_than", "less_than")):
        qualifier = lq
    value_f, high_f = _num(value), _num(high)
    if value_f is None or (high is not None and high_f is None):
        return None  # too large for a float: no figure
    return (value_f, high_f, qualifier, kind, numeral, hint, marker, lead, trail, vague)


def _core_span(m) -> tuple[int, int]:
    """Offsets of the numeral part of a match, without the lead/trail words."""
    start = m.end("lead") if m.start("lead") >= 0 else m.start()
    end = m.start("trail") if m.start("trail") >= 0 else m.end()
    for g in ("m2", "m1", "fm"):
        if m.start(g) >= 0 and m.end(g) == end:
            end = m.start(g)
            break
    return start, end


# -------------------------------------------------------------------------- API

def parse_number(s: str) -> Number | None:
    """Parse one number expression that spans the whole string (after strip).

    Offsets are relative to ``s``.  Returns None if ``s`` is not one number.

    >>> n = parse_number("3万余")
    >>> n.value, n.qualifier, n.unit_hint
    (30000.0, 'more_than', '万')
    >>> parse_number("84.7%").value, parse_number("84.7%").kind
    (84.7, 'percent')
    >>> n = parse_number("三四十")
    >>> n.value, n.high
    (30.0, 40.0)
    >>> parse_number("壹万贰仟参佰").value
    12300.0
    >>> parse_number("统一") is None
    True
    """
    if not isinstance(s, str):
        raise TypeError(f"parse_number expects a str, got {type(s).__name__}; decode bytes first")
    stripped = s.strip()
    if not stripped or len(stripped) > MAX_EXPRESSION:
        return None
    base = len(s) - len(s.lstrip())
    runs, _, num_re, single_re, skip_re = _regexes()
    if skip_re.fullmatch(stripped) or any(len(r) > MAX_RUN for r in runs.findall(stripped)):
        return None  # a fixed word, or a run of numerals longer than any number (as find_numbers)
    for rx in (num_re, single_re):
        m = rx.fullmatch(stripped)
        if m:
            n = _build(m, base)
            if n is not None:
                return n
    return None


def _first_number(text: str, s: int, e: int) -> tuple[Number | None, int]:
    """The longest number starting at ``s`` and ending by ``e``: (number, end)."""
    num_re, single_re = _whole_number_res()
    for rx in (num_re, single_re):
        m = rx.match(text, s, e)
        if m:
            n = _build(m)
            if n is not None:
                return n, n.end
    # shrink from the right, one character at a time (candidates are short)
    for end in range(e - 1, s, -1):
        m = single_re.match(text, s, end)
        if m and m.end() == end:
            n = _build(m)
            if n is not None:
                return n, n.end
    return None, s + 1


def _fixed_words_inside(text: str, lo: int, hi: int, stop: int, skip_re, first: frozenset[str]):
    """The fixed words starting in ``text[lo:hi]`` (ending by ``stop``), the longest at each
    place, left to right: what ``regex``'s ``finditer(text, lo, stop, overlapped=True)`` gives before
    ``hi``, tried only where a fixed word can start (a candidate is a few characters)."""
    for j in range(lo, hi):
        if text[j] in first:
            sk = skip_re.match(text, j, stop)
            if sk is not None:
                yield sk


@functools.lru_cache(maxsize=1)
def _skip_first_chars() -> frozenset[str]:
    """Characters a fixed word starts with."""
    return frozenset(w[0] for w in _words().skip)


@functools.lru_cache(maxsize=1)
def _skip_inner_chars() -> frozenset[str]:
    """Characters that can stand inside a fixed word after its first character."""
    return frozenset(ch for w in _words().skip for ch in w[1:])


@functools.lru_cache(maxsize=1)
def _before_chars() -> frozenset[str]:
    """Characters that may stand right before a numeral as part of a qualifier or fixed word."""
    w = _words()
    chars = {word[-1] for word, _, _ in w.lead}
    for word in w.skip:
        chars.update(word[:-1])
    return frozenset(chars)


_SIMPLE_CN = frozenset("一二两三四五六七八九十")


@functools.lru_cache(maxsize=1)
def _one_digit_tails() -> dict[str, tuple]:
    """Per Chinese digit of :data:`_SIMPLE_CN`, the fields of its Number after (start, end): what
    :func:`_fields` gives for the digit alone, read once (thousands of 八个, 两家 a page)."""
    return {ch: (ch,) + _fields((None, None, None, ch) + (None,) * 9) for ch in _SIMPLE_CN}
_ASCII_GLUE = frozenset("0123456789０１２３４５６７８９.．/,，ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


@functools.lru_cache(maxsize=1)
def _follow_chars() -> frozenset[str]:
    """Characters after a digit run that the grammar may read on (signs, qualifiers, words)."""
    w = _words()
    chars = set(_ASCII_GLUE) | set("%％‰个百分点成—–-~～〜－―至到之千佰仟十拾 \u3000") | SCALES
    chars.update(word[0] for word, _, _ in w.trail + w.post)
    return frozenset(chars)


#: characters after which digits cannot start an Arabic number (the look-behind of ``_ARABIC``)
_ARABIC_GLUE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789０１２３４５６７８９.．/")
_DIGITS_ONLY = re.compile("[0-9０-９]+")
#: skip a digit run glued to what precedes it without a search (False: the search decides; the
#: tests compare the two)
SKIP_GLUED_RUNS = True


#: treat a run as looked back into only when a word can reach it: a qualifier ending right before
#: it (约300) or a qualifier or fixed word holding the two characters at its start (统一); a
#: character that merely occurs in such words (为 of 一分为二, 计 of 约计) no longer sends the run
#: down the look-back (False: every character of :func:`_before_chars` does; the tests compare)
LOOK_BACK_WHEN_CLAIMED = True


@functools.lru_cache(maxsize=1)
def _claim_tables() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """(the leading qualifiers by their last character; the pairs of adjacent characters in a
    qualifier or a fixed word)."""
    w = _words()
    by_last: dict[str, list[str]] = {}
    for word, _, _ in w.lead:
        by_last.setdefault(word[-1], []).append(word)
    words = [word for word, _, _ in w.lead] + list(w.skip)
    pairs = frozenset(word[i:i + 2] for word in words for i in range(len(word) - 1))
    return {ch: tuple(ws) for ch, ws in by_last.items()}, pairs


def _claimed(text: str, rs: int, prev_ch: str) -> bool:
    """Can a match starting before the run at ``rs`` (``prev_ch`` before it) reach into it?  Such a
    match (a qualifier and a number, or a fixed word) holds a numeral character, and the stretch
    before the run holds none, so it covers the two characters at ``rs - 1`` and ``rs``: they
    stand inside one word, or a qualifier ends at ``rs`` (where a fixed word holding no numeral
    ends there instead, the run is read as the scan reads it after that word).

    >>> t = "合计300人，约300人，统一"
    >>> _claimed(t, 2, "计"), _claimed(t, 8, "约"), _claimed(t, 14, "统")
    (False, True, True)
    """
    by_last, pairs = _claim_tables()
    if prev_ch + text[rs] in pairs:
        return True
    return any(rs >= len(w) and text.startswith(w, rs - len(w)) for w in by_last.get(prev_ch, ()))


#: look back before a run only where a qualifier or a fixed word starts (False: search every
#: position of the look-back, as before; the tests compare the two)
LOOK_BACK_AT_WORDS = True


#: a digit run followed by 个 (not 个百分点) or by a point no digit nor 万/亿 follows (26个、, the
#: list marker 1.民主) is read by the fast path too (False: the grammar reads it; the tests
#: compare the two)
PLAIN_BEFORE_GE_OR_POINT = True
_AFTER_POINT = frozenset("0123456789０１２３４５６７８９") | SCALES


def _reads_nothing_after(text: str, end: int) -> bool:
    """Does the grammar read nothing after the ASCII digits ending at ``end``, though the
    character there is one it may read on?  True for 个 not opening 个百分点 (26个) and for a
    point no decimal or multiplier follows (1.民主): no sign, range or qualifier starts there."""
    ch = text[end]
    if ch == "个":
        return not text.startswith("百分点", end + 1)
    return ch in ".．" and text[end + 1:end + 2] not in _AFTER_POINT


#: when no number starts at a run (参加, 数据, 伍), look for the next match only where one can
#: start (a numeral character, a qualifier or a fixed word) instead of at every place (False:
#: ``combined.search``; the tests compare the two)
SEARCH_AT_STARTS = True


@functools.lru_cache(maxsize=1)
def _match_starts():
    """The characters a match of the scanner can start with: a numeral character (every number's
    core opens with one) or the first character of a qualifier or a fixed word."""
    w = _words()
    firsts = {word[0] for word, _, _ in w.lead} | {word[0] for word in w.skip}
    run_class = _scanner()[0].pattern  # "[…]+"
    return re.compile(run_class[:-2] + "".join(re.escape(c) for c in sorted(firsts)) + "]")


def _search_at_starts(text: str, lo: int, stop: int, combined):
    """``combined.search(text, lo, stop)``, tried only at the places a match can start: a numeral
    character, or a qualifier or fixed word (a first character of one is tried only where one
    starts: a match opening with no numeral opens with such a word)."""
    numeral = _numeral_chars()
    word_at = _word_start_re()[0].match
    for at in _match_starts().finditer(text, lo, stop):
        p = at.start()
        if text[p] in numeral or word_at(text, p) is not None:
            m = combined.match(text, p, stop)
            if m is not None:
                return m
    return None


@functools.lru_cache(maxsize=1)
def _numeral_chars() -> frozenset[str]:
    """The characters of a run of numerals (the scanner's first stage); every number's core opens with one."""
    runs = _scanner()[0]
    candidates = "0123456789０１２３４５６７８９" + runs.pattern
    return frozenset(ch for ch in candidates if runs.fullmatch(ch))


@functools.lru_cache(maxsize=1)
def _word_start_re():
    """A leading qualifier or a fixed word (``data/numeral_words.tsv``), matched where it starts,
    and the characters such a word starts with."""
    w = _words()
    words = {word for word, _, _ in w.lead} | set(w.skip)
    return re.compile(_trie_pattern(words)), frozenset(word[0] for word in words)


def _search_from_words(text: str, lo: int, rs: int, stop: int, combined, word_re):
    """``combined.search(text, lo, stop)`` when ``text[lo:rs]`` holds no numeral character (the
    stretch between the last number and the run at ``rs``): a match starting before ``rs`` opens
    with a qualifier or a fixed word, so only the places where one starts are tried there."""
    word_re, first = word_re
    for q in range(lo, rs):
        if text[q] in first and word_re.match(text, q) is not None:
            m = combined.match(text, q, stop)
            if m is not None:
                return m
    return combined.search(text, rs, stop)


def _read_past_window(text: str, m, combined):
    """The number ``m`` read again from its start with a window of its own.

    find_numbers reads at most 40 characters past a numeral run; where the number found
    starts further on (the run was 参 or 伍 in a word and the search went ahead), that window
    can cut it: 参加…12345人 read 12 and 345.  A match that ends exactly where the window did
    is read again from where it starts.
    """
    again = combined.match(text, m.start(), min(len(text), m.start() + MAX_RUN + 40))
    return m if again is None else again


def find_numbers(text: str) -> list[Number]:
    """All numbers in ``text``, left to right, non-overlapping, longest first.

    Fixed words holding numeral characters (一般, 统一, 十分, 千方百计 ...) are passed
    over; punctuation is never crossed (``46人、6人`` gives two numbers).

    >>> [(n.text, n.value, n.qualifier) for n in find_numbers("共有非公企业780多家,从业人员5000多人")]
    [('780多', 780.0, 'more_than'), ('5000多', 5000.0, 'more_than')]
    >>> [(n.text, n.value) for n in find_numbers("进一步统一思想,慰问3万余人")]
    [('3万余', 30000.0)]
    >>> [n.text for n in find_numbers("建会率达到84.7%,96%以上的企业")]
    ['84.7%', '96%以上']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_numbers expects a str, got {type(text).__name__}; decode bytes first")
    runs, combined, skip_re = _scanner()
    word_re = _word_start_re()
    inner = _skip_inner_chars()
    skip_first = _skip_first_chars()
    before = _before_chars()
    follow = _follow_chars()
    out: list[Number] = []
    append, new, glue, one_digit = out.append, _new_number, _ASCII_GLUE, _one_digit_tails()
    skip_glued, look_back_at_words, read_on_plain = SKIP_GLUED_RUNS, LOOK_BACK_AT_WORDS, PLAIN_BEFORE_GE_OR_POINT
    search_at_starts, claimed_only = SEARCH_AT_STARTS, LOOK_BACK_WHEN_CLAIMED
    search_run = runs.search
    pos, n_text = 0, len(text)
    while pos < n_text:
        # stage 1 (fast): the next run of numeral characters
        run = search_run(text, pos)
        if run is None:
            break
        # stage 2: the full grammar; look back only where a qualifier or a fixed word may
        # stand before the run (约300, 统一), else start at the run
        rs, re_ = run.span()
        if re_ - rs > MAX_RUN:
            pos = re_  # no number is this long: skip the whole run (linear, no huge values)
            continue
        prev_ch = text[rs - 1] if rs > pos else ""
        # may a qualifier or fixed word before the run reach into it?  (a set test settles most)
        looks_back = prev_ch in before and (not claimed_only or _claimed(text, rs, prev_ch))
        run_text = run.group()
        if (not looks_back and prev_ch not in glue and run_text.isdigit()
                and run_text.isascii() and (re_ == n_text or text[re_] not in follow
                                            or read_on_plain and _reads_nothing_after(text, re_))):
            # fast path: plain ASCII digits with nothing around them that the grammar reads
            append(new(Number, (rs, re_, run_text, float(run_text), None, "exact", "number", "arabic",
                                "", "", "", "", False)))
            pos = re_
            continue
        if (re_ - rs == 1 and not looks_back and run_text in one_digit
                and (re_ == n_text or text[re_] not in follow)
                and (text[rs] not in skip_first or not skip_re.match(text, rs))):
            # fast path: one Chinese digit (八个, 两家) that no word or sign around it claims
            append(new(Number, (rs, re_) + one_digit[run_text]))
            pos = re_
            continue
        if skip_glued and prev_ch in _ARABIC_GLUE and _DIGITS_ONLY.fullmatch(run_text):
            # digits glued to a digit, a point, a slash or a letter (the rest of 1.2.3, V2,
            # 2023/04/05) start no number (the Arabic look-behind) and no other number starts
            # with a digit: go on after the run instead of searching the 40 characters beyond it
            # (a page of 1.1.1.… cost 17 s/MB that way)
            pos = re_
            continue
        stop = min(n_text, re_ + 40)
        if not looks_back:
            m = combined.match(text, rs, stop)
            if m is None:
                m = _search_at_starts(text, rs + 1, stop, combined) if search_at_starts else combined.search(text, rs, stop)
        elif look_back_at_words:
            m = _search_from_words(text, max(pos, rs - _LOOKBACK), rs, stop, combined, word_re)
        else:
            m = combined.search(text, max(pos, rs - _LOOKBACK), stop)
        if m is None:
            pos = re_
            continue
        if m.end() == stop < n_text:
            m = _read_past_window(text, m, combined)
        if m.group("skip") is not None:
            pos = m.end()
            continue
        s, e = m.start(), m.end()
        # a fixed word that starts inside the candidate and runs past its end
        if e < n_text and text[e] in inner:
            for sk in _fixed_words_inside(text, s + 1, e, min(n_text, e + 8), skip_re, skip_first):
                if sk.end() <= e:
                    continue
                cs, ce = _core_span(m)
                if sk.start() == cs and cs > s:
                    e = -1  # 上千方百计: the qualifier was stranded before a fixed word
                    pos = sk.start()
                    break
                if sk.start() >= ce:
                    e = sk.start()  # 一成员, 10来自: cut before the fixed word
                    break
            if e < 0:
                continue
        if e == m.end():
            n = _build(m)
            nxt = e
            if n is None:
                n, nxt = _first_number(text, s, e)
        else:
            n, nxt = _first_number(text, s, e)
        if n is not None:
            append(n)
        pos = max(nxt, s + 1)
    return out


def lead_words(qualifier: str) -> tuple[str, ...]:
    """The leading qualifier words of ``data/numeral_words.tsv`` that mean ``qualifier``.

    >>> "约" in lead_words("approx"), "超过" in lead_words("more_than")
    (True, True)
    """
    return tuple(w for w, q, _ in _words().lead if q == qualifier)


def lead_in_mention(word: str) -> bool:
    """Does a record's mention keep this leading qualifier word (约860万元, 不足七成), or start after
    it (不少于30场 -> 30场)?  Column ``mention`` of ``data/numeral_words.tsv``.

    >>> lead_in_mention("约"), lead_in_mention("不足"), lead_in_mention("不少于"), lead_in_mention("")
    (True, True, False, False)
    """
    return word in _words().kept


@functools.lru_cache(maxsize=1)
def _post_first_chars() -> frozenset[str]:
    """The first characters of the qualifier words that may follow a unit (role ``post``)."""
    return frozenset(word[0] for word, _, _ in _words().post if word)


def trailing_qualifier(text: str, pos: int) -> tuple[str, int] | None:
    """Read a qualifier word that starts at ``pos`` (after a number and its unit).

    Returns ``(qualifier, end)`` or None.  Only words that may follow a unit are
    read (左右 上下 以上 以下 以内 ...); 余/多 belong right after the number.

    >>> text = "参加职工50人左右"
    >>> trailing_qualifier(text, text.index("左"))
    ('approx', 9)
    >>> trailing_qualifier("50人上下班", 3) is None
    True
    """
    if text[pos:pos + 1] not in _post_first_chars():
        return None  # most units are followed by no qualifier: one set look-up decides
    for word, qual, longer in _post_words():
        if text.startswith(word, pos):
            if any(text.startswith(sk, pos) for sk in longer):
                return None
            return qual, pos + len(word)
    return None


@functools.lru_cache(maxsize=1)
def _post_words() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The ``post`` words (longest first) with their qualifier and the longer fixed words that
    start with them (上下 and 上下班: only a fixed word that starts with the word can hold it)."""
    w = _words()
    return tuple((word, qual, tuple(sk for sk in w.skip if len(sk) > len(word) and sk.startswith(word)))
                 for word, qual, _ in w.post)


def leading_qualifier(text: str, pos: int) -> tuple[str, int] | None:
    """Read a qualifier word that ends at ``pos`` (before a number).

    Returns ``(qualifier, start)`` or None.

    >>> leading_qualifier("约300人", 1)
    ('approx', 0)
    >>> leading_qualifier("签约300家", 2) is None
    True
    >>> leading_qualifier("超过一半", 2)
    ('more_than', 0)
    """
    w = _words()
    for word, qual, ctx in w.lead:
        start = pos - len(word)
        if start < 0 or not text.startswith(word, start):
            continue
        if ctx and not (pos < len(text) and regex.match(ctx, text[pos])):
            continue
        for sk in w.skip:  # 签约, 最近, 通过: the word belongs to another word
            if len(sk) > len(word) and text.endswith(sk, 0, pos):
                return None
        return qual, start
    return None


# ------------------------------------------------------------------ OCR damage

@functools.lru_cache(maxsize=1)
def _ocr_table() -> tuple[dict[int, str], re.Pattern, re.Pattern]:
    """``data/ocr_digits.tsv`` as (a translation to the digits, a gate finding a confused character
    beside a digit, the run pattern); the run holds a digit and a confused character, has neither a
    Latin letter nor a digit on either side, and may end in a decimal and 万/亿."""
    rows = [r for r in read_table("ocr_digits.tsv") if r["digit"] != "?"]  # ?: a mask (masked_numbers)
    table = str.maketrans({r["char"]: r["digit"] for r in rows})
    chars = "".join(re.escape(r["char"]) for r in rows)
    gate = re.compile(f"[0-9][{chars}]|[{chars}][0-9]")
    run = re.compile(rf"(?<![A-Za-z0-9０-９.．])(?=[{chars}]*[0-9])(?=[0-9]*[{chars}])[0-9{chars}]+"
                     rf"(?:\.[0-9]+)?(?![A-Za-z0-9０-９.．])([{_SC}]?)")
    return table, gate, run


def ocr_numbers(text: str) -> list[Number]:
    """The digit runs of ``text`` in which a scan's OCR wrote a letter or 〇 for a digit (the
    characters of ``data/ocr_digits.tsv``: O/o/〇 for 0, l/I for 1), read as the evident number;
    ``text`` is the run as written.  Only runs holding a real digit, with no Latin letter or digit
    touching them; whether a unit follows is the caller's to ask.  A text with no such character
    beside a digit costs one search.

    >>> [(n.text, n.value, n.unit_hint) for n in ocr_numbers("会员2O96人，入会l382人，I5项，互助金3〇6.2万元")]
    [('2O96', 2096.0, ''), ('l382', 1382.0, ''), ('I5', 15.0, ''), ('3〇6.2万', 3062000.0, '万')]
    >>> ocr_numbers("通过ISO9001认证，5G基站，Q1季度，l个，二〇二四年，B2B")
    []
    """
    table, gate, run = _ocr_table()
    if gate.search(text) is None:
        return []
    out = []
    for m in run.finditer(text):
        n = parse_number(m.group().translate(table))
        if n is not None and n.kind == "number":
            out.append(n._replace(start=m.start(), end=m.end(), text=m.group()))
    return out


# ------------------------------------------------------------------ masked digits

@functools.lru_cache(maxsize=1)
def _mask_re() -> re.Pattern:
    """The run of ASCII digits a site's mask follows (3X, 1**, 3**万, 1××余), from the rows of
    ``data/ocr_digits.tsv`` whose digit is ``?``: group 1 the digits, 2 the mask, 3 a 余/多 after it,
    4 a 万/亿, 5 a 余/多 after that (1**余万元, 3**万余元).  No Latin letter, digit or decimal point before the digits (ISO9001X, 1.5X)."""
    chars = "".join(re.escape(r["char"]) for r in read_table("ocr_digits.tsv") if r["digit"] == "?")
    return re.compile(rf"(?<![A-Za-z0-9０-９.．])([0-9]{{1,6}})([{chars}]{{1,4}})(?![A-Za-z0-9０-９])"
                      rf"([余多]?)([{_SC}]?)([余多]?)")


def masked_numbers(text: str) -> list[Number]:
    """The numbers of ``text`` whose later digits a site masked (``3X个``, ``1**人``, ``3**万元``,
    ``1××人``): read from the digits left with the mask dropped (records.md: a figure whose digits are
    lost keeps what is written; heldout30 3003: 3**万元 -> 30000), ``text`` the run as written with
    the mask, a leading qualifier word (近, 约) inside the span as :func:`find_numbers` has it.
    Whether a unit follows is the caller's to ask.  A text without a mask character after a digit
    costs one search.

    >>> [(n.text, n.value, n.unit_hint, n.qualifier) for n in masked_numbers("新建3X个，近1**人，3**万元，1××余人，1*余万元")]
    [('3X', 3.0, '', 'exact'), ('近1**', 1.0, '', 'approx'), ('3**万', 30000.0, '万', 'exact'), ('1××余', 1.0, '', 'more_than'), ('1*余万', 10000.0, '万', 'more_than')]
    >>> [n.text for n in masked_numbers("电话0871-6532XXXX，20XX年，ISO9001X，1.5X")]
    ['6532XXXX', '20XX']
    """
    out = []
    for m in _mask_re().finditer(text):
        digits, _, inner, hint, tail = m.groups()
        tail = inner + tail
        value = float(Decimal(digits) * _scale(hint))
        start, qualifier, lead = m.start(), "exact", ""
        got = leading_qualifier(text, start)
        if got is not None:
            qualifier, lead_start = got
            lead, start = text[lead_start:start], lead_start
        if tail:
            qualifier = "more_than" if qualifier == "exact" else qualifier
        out.append(Number(start, m.end(), text[start:m.end()], value, None, qualifier, "number", "arabic",
                          hint, "", lead, tail))
    return out
