r"""What can be read off a regular expression itself: the strings every match must hold (and a
character none can hold), and a gate that, from them, tells which of many patterns can match in a text (so a pattern is searched
only where one of its strings occurs).

The parse tree is that of Python's ``re``, whose parser is private to the standard library
(``re._parser`` from Python 3.11, ``sre_parse`` before); it is reached only here.

>>> tree = parse("(?:不足|超过)[0-9]+人")
>>> tree is not None and len(tree) > 0
True
>>> parse(r"\p{Han}+") is None  # what only ``regex`` reads: None, the caller scans it whole
True
>>> sorted(required_strings("(?:工作)?(?:总结|计划)")), sorted(required_strings("会员人数", grams=True))
(['总结', '计划'], ['会员'])
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Generic, Iterable, Mapping, Sequence, TypeVar

__all__ = ["parse", "sre", "required_strings", "may_hold", "GramGate", "any_of", "MAX_STRINGS", "CATEGORIES"]


@lru_cache(maxsize=1)
def sre():
    """``(parser, constants)``: the standard library's modules that read a pattern."""
    try:
        from re import _constants as constants, _parser as parser
    except ImportError:  # pragma: no cover - Python before 3.11
        import sre_constants as constants  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]
    return parser, constants


@lru_cache(maxsize=1024)
def parse(pattern: str):
    """The parse tree of ``pattern`` as Python's ``re`` reads it, or None where ``re`` cannot read
    it (syntax only the ``regex`` module knows).  Cached (a table's pattern is asked several
    questions: its strings, a character it may hold, how to rewrite it): the tree is shared, and
    is read, never changed."""
    try:
        return sre()[0].parse(pattern)
    except Exception:  # noqa: BLE001 - any syntax Python's re does not read
        return None


# -- the strings every match must hold --------------------------------------------------------
# A pattern can match a text only if the text holds one of a set of strings read off the pattern
# (热门推荐 or 相关文章 for the link-list row of the furniture; 第 for a page counter).  They come
# from runs of items whose matches are few and known (a literal, a small class, a choice of
# words, an optional word; a look-around matches the empty string) and from the items a match
# cannot skip (a group, a choice of sequences, a repeat taken at least once).

#: Most strings an item or a run of items may stand for, and most characters of a class, before
#: they are given up (a wider choice, any Han character, is no useful filter).
MAX_STRINGS = 64

#: The characters a case-insensitive ASCII letter matches besides its two cases (Python's ``re``).
_CASE_EXTRAS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def required_strings(pattern: str, *, grams: bool = False, shared: Mapping[str, int] | None = None,
                     fold_case: bool = False) -> frozenset[str] | None:
    r"""A set of strings one of which every match of ``pattern`` holds, or None where the pattern
    does not tell (it may match the empty string, or ``re`` cannot read it).

    Whole strings (the default): the longest that can be told, then the fewest.  A choice is the
    union of its alternatives' strings; a run of items whose matches are few and known gives
    every string the run matches; an optional item or a look-around takes nothing of its own:

    >>> sorted(required_strings("困难职工|特困户")), sorted(required_strings("(?:工作)?(?:总结|计划)"))
    (['困难职工', '特困户'], ['总结', '计划'])
    >>> sorted(required_strings("[一二]期保护")), sorted(required_strings(r"第\s*\d+\s*页"))
    (['一期保护', '二期保护'], ['第'])
    >>> sorted(required_strings(r"[^\n]{0,120}(?:小编|本站编辑)")), sorted(required_strings("(?<=协会)会员(?!卡)"))
    (['小编', '本站编辑'], ['会员'])
    >>> required_strings(r"\d{3,12}"), required_strings("[^，。]{0,3}"), required_strings(r"\p{Han}")
    (None, None, None)

    A string holding another is left out (a text holding it holds the other: 还将 and 将要
    hold 将), and a repeat taken at least once needs what its item needs:

    >>> sorted(required_strings("将要|还将|将")), sorted(required_strings("(?:加入收藏){1,3}"))
    (['将'], ['加入收藏'])

    ``grams``: strings of one or two characters (what :class:`GramGate` indexes), the cheapest set
    by :func:`_cost` (a pair is taken over a single character; among pairs, the first):

    >>> sorted(required_strings("困难职工|特困户", grams=True)), sorted(required_strings("[\u4e00-\u9fff]率", grams=True))
    (['困难', '特困'], ['率'])
    >>> sorted(required_strings("(?:工会|协会)会员", grams=True)), sorted(required_strings("[一二]等(?!奖)", grams=True))
    (['会员'], ['一等', '二等'])

    ``shared`` (how many patterns of a table hold each character) makes a pair of characters
    fewer patterns share the cheaper:

    >>> sorted(required_strings("会员率|入会率", grams=True, shared={"会": 9, "员": 5, "入": 3}))
    ['会率', '员率']

    A pattern that ignores case gives None, unless ``fold_case`` (for ``re``'s matching): then a
    string with an ASCII letter becomes the characters that letter matches:

    >>> required_strings("(?i)vip会员"), sorted(required_strings("(?i)vip会员", fold_case=True))
    (None, ['V', 'v'])
    """
    key = f"{int(grams)}{int(fold_case)}:{_shared_key(shared)}:{pattern}"
    memo = _memo()
    if key in memo:
        found = memo[key]
        return None if found is None else frozenset(found)
    out = _required_strings(pattern, grams, shared, fold_case)
    _computed[key] = None if out is None else sorted(out)
    return out


# -- the strings of the tables' patterns, read once and shipped ----------------------------------
# Reading the strings off ~700 table patterns (re's parser, then the walk above) cost 50 ms of every
# process's first page; they depend on the pattern alone (and the table's ``shared`` counts), so
# ``benchmarks/pattern_memo.py`` writes them to data/pattern_strings.json, which is read instead.
# A pattern not in the file (a row added since) is read as before: the file only saves time, and
# tests/test_patterns.py says when it should be written again.

MEMO_FILE = "pattern_strings.json"
#: what this process read off patterns itself (key -> sorted strings or None; ``h<ch>:`` keys: whether a
#: match may hold the character, :func:`may_hold`): what the file lacked
_computed: dict[str, list[str] | bool | None] = {}
_shared_keys: dict[int, tuple[object, str]] = {}


@lru_cache(maxsize=1)
def _memo() -> dict[str, list[str] | bool | None]:
    from importlib import resources
    import json

    try:
        return json.loads(resources.files("reportmine").joinpath("data", MEMO_FILE).read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return {}


def _shared_key(shared: Mapping[str, int] | None) -> str:
    """A short digest of a table's ``shared`` counts (kept per mapping object: a table makes one)."""
    if not shared:
        return ""
    got = _shared_keys.get(id(shared))
    if got is not None and got[0] is shared:
        return got[1]
    import hashlib

    digest = hashlib.sha1(repr(sorted(shared.items())).encode("utf-8")).hexdigest()[:12]
    _shared_keys[id(shared)] = (shared, digest)
    return digest


def _required_strings(pattern: str, grams: bool, shared: Mapping[str, int] | None, fold_case: bool) -> frozenset[str] | None:
    parsed = parse(pattern)
    if parsed is None:
        return None
    c = sre()[1]
    caseless = parsed.state.flags & c.SRE_FLAG_IGNORECASE
    if caseless and not fold_case:
        return None
    found = _Reader(grams, shared, fold_case).needs_seq(parsed)
    if caseless:
        found = _case_folded(found)
    if not found or "" in found:
        return None
    return frozenset(f for f in found if not any(g != f and g in f for g in found))


@lru_cache(maxsize=1)
def _spaces() -> frozenset[str]:
    r"""The characters ``\s`` matches in a str pattern (str.isspace; none above U+3000)."""
    return frozenset(chr(c) for c in range(0x3001) if chr(c).isspace())


def _listed(items):
    """The items of a parsed sequence as a list (a parser ``SubPattern`` is read item by item
    through a Python ``__getitem__``)."""
    return getattr(items, "data", items)


def _cost(grams: Iterable[str], shared: Mapping[str, int] | None = None) -> float:
    """How often a set of grams is expected to hit: a single character far more than a pair; with
    ``shared`` (how many patterns of a table hold each character), a pair of characters many
    patterns share a little more than a pair of rarer ones."""
    if not shared:
        return sum(1 if len(g) == 2 else 30 for g in grams)
    return sum(1 + (shared.get(g[0], 0) + shared.get(g[1], 0)) / 100 if len(g) == 2 else 30 for g in grams)


def _case_folded(found: set[str] | None) -> set[str] | None:
    """The strings for a case-insensitive part whose case-sensitive strings are ``found``: one
    without letters stays; one with an ASCII letter becomes the characters that letter matches
    (vip: v V); anything else is unknown."""
    if found is None:
        return None
    out: set[str] = set()
    for f in found:
        if not all(ch.isascii() or "\u3400" <= ch <= "\u9fff" for ch in f):
            return None
        letters = [ch for ch in f if ch.isascii() and ch.isalpha()]
        if not letters:
            out.add(f)
            continue
        x = letters[0].lower()
        out |= {x, x.upper(), *_CASE_EXTRAS.get(x, "")}
    return out


class _Reader:
    """One reading of a parse tree with the options of :func:`required_strings`."""

    def __init__(self, grams: bool, shared: Mapping[str, int] | None, fold_case: bool) -> None:
        self.grams, self.shared, self.fold_case = grams, shared, fold_case
        self.c = sre()[1]

    def better(self, a: set[str] | None, b: set[str] | None) -> set[str] | None:
        """The more selective of two string sets (``a`` on a tie): of grams the cheaper
        (:func:`_cost`); of whole strings the longer shortest string, then the fewer strings."""
        if a is None:
            return b
        if b is None:
            return a
        if self.grams:
            return a if _cost(a, self.shared) <= _cost(b, self.shared) else b
        return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b

    def exact(self, op, av) -> set[str] | None:
        """Every string one parsed item matches, when they are few and known (zero-width: ``""``;
        of grams, none longer than two characters)."""
        c = self.c
        if op is c.LITERAL:
            return {chr(av)}
        if op is c.IN:
            chars: set[str] = set()
            for o, a in av:
                if o is c.LITERAL:
                    chars.add(chr(a))
                elif o is c.RANGE and a[1] - a[0] < MAX_STRINGS:
                    chars.update(map(chr, range(a[0], a[1] + 1)))
                elif o is c.CATEGORY and a is c.CATEGORY_SPACE:
                    chars |= _spaces()
                else:
                    return None  # a negated class, a wide range, \d, \w …
            return chars
        if op is c.SUBPATTERN:
            return None if av[1] & c.SRE_FLAG_IGNORECASE else self.exact_seq(av[3])
        if op is c.BRANCH:
            out = _union_of(av[1], self.exact_seq)
            return out if out is not None and len(out) <= MAX_STRINGS else None
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, item = av
            e = self.exact_seq(item) if hi <= 1 else None
            return None if e is None else (e if lo == 1 else e | {""})
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return {""}  # zero-width: adds no character to what is matched
        return None

    def exact_seq(self, items) -> set[str] | None:
        out = {""}
        for op, av in _listed(items):
            e = self.exact(op, av)
            if e is None:
                return None
            out = {a + b for a in out for b in e}
            if len(out) > MAX_STRINGS or self.grams and any(len(s) > 2 for s in out):
                return None  # too many; or longer than a gram, where only grams are asked for
        return out

    def needs(self, op, av) -> set[str] | None:
        """Strings one of which every match of a parsed item holds (None: no such set known)."""
        c = self.c
        e = self.exact(op, av)
        if e is not None and "" not in e:
            return e
        if op is c.SUBPATTERN:
            if not av[1] & c.SRE_FLAG_IGNORECASE:
                return self.needs_seq(av[3])
            return _case_folded(self.needs_seq(av[3])) if self.fold_case else None
        if op is c.BRANCH:
            return _union_of(av[1], self.needs_seq)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            return self.needs_seq(av[2])
        return None  # may match nothing of its own (x*, a look-around), or unknown

    def needs_seq(self, items) -> set[str] | None:
        """The best strings of a sequence: those of one of its items, or those a run of items whose
        strings are known matches: the whole run's, or (grams) a stretch's of one or two characters."""
        return self._gram_seq(_listed(items)) if self.grams else self._whole_seq(_listed(items))

    def _whole_seq(self, items: list) -> set[str] | None:
        best, product = None, {""}
        for op, av in [*items, (None, None)]:
            e = self.exact(op, av) if op is not None else None
            if e is not None:
                grown = {a + b for a in product for b in e}
                if len(grown) <= MAX_STRINGS:
                    product = grown
                    continue
            if "" not in product:  # the run so far: one of its strings is matched, whole
                best = self.better(best, product)
            product = e if e is not None else {""}
            if e is None and op is not None:
                best = self.better(best, self.needs(op, av))
        return best

    def _gram_seq(self, items: list) -> set[str] | None:
        best = None
        known = [self.exact(op, av) for op, av in items]
        for i, (op, av) in enumerate(items):
            if known[i] is None:
                best = self.better(best, self.needs(op, av))
            product = {""}
            for e in known[i:]:  # the stretches from item i whose strings have one or two characters
                if e is None:
                    break
                product = {a + b for a in product for b in e}
                if len(product) > MAX_STRINGS or any(len(s) > 2 for s in product):
                    break
                if "" not in product:
                    best = self.better(best, product)
        return best


def _union_of(alternatives, of) -> set[str] | None:
    """The union of ``of(alternative)`` over a branch's alternatives; None when one of them is None."""
    out: set[str] = set()
    for alt in alternatives:
        part = of(alt)
        if part is None:
            return None
        out |= part
    return out


# -- a character no match can hold -------------------------------------------------------------

#: What ``\d \s \w`` and their negations stand for, to ask whether a class holds a character.
CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _class_holds(items, ch: str) -> bool:
    """True when the parsed character class ``items`` may match ``ch`` (True when unsure)."""
    negate, hit = False, False
    for o, a in items:
        name = str(o)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            hit = hit or chr(a) == ch
        elif name == "RANGE":
            hit = hit or a[0] <= ord(ch) <= a[1]
        elif name == "CATEGORY" and str(a) in CATEGORIES:
            hit = hit or re.match(CATEGORIES[str(a)], ch) is not None
        else:
            return True
    return hit != negate


def _may_hold(items, ch: str) -> bool:
    """True when a match of the parsed ``items`` may hold the (caseless) character ``ch``;
    lookarounds hold nothing of their own (True when unsure)."""
    for op, av in _listed(items):
        name = str(op)
        if name == "LITERAL":
            if chr(av) == ch:
                return True
        elif name == "NOT_LITERAL":
            if chr(av) != ch:
                return True
        elif name == "ANY":
            if ch != "\n":
                return True
        elif name == "IN":
            if _class_holds(av, ch):
                return True
        elif name == "SUBPATTERN":
            if _may_hold(av[3], ch):
                return True
        elif name == "BRANCH":
            if any(_may_hold(alt, ch) for alt in av[1]):
                return True
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if av[1] > 0 and _may_hold(av[2], ch):
                return True
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        else:
            return True
    return False


def may_hold(source: str, ch: str) -> bool:
    r"""False when no match of the regular expression ``source`` can hold the caseless character ``ch``
    (True where ``re`` cannot read it).

    A furniture row whose matches never hold 。 cannot match a whole line that does (most body lines).

    >>> may_hold(r"[^。！？]{0,30}(?:加入收藏|我要投稿)", "。"), may_hold(r".{0,120}小编", "。")
    (False, True)
    """
    key = f"h{ch}:{source}"
    memo = _memo()
    if key in memo:  # read off once and shipped, as the strings are (see below)
        return bool(memo[key])
    parsed = parse(source)
    out = parsed is None or _may_hold(list(parsed), ch)
    _computed[key] = out
    return out



# -- the gates built on them -------------------------------------------------------------------

T = TypeVar("T")


class GramGate(Generic[T]):
    """Which of a sequence of items (patterns, cues …) can match in ``text[lo:hi]``: each item comes
    with the grams (strings of one or two characters, :func:`required_strings` with ``grams``) one
    of which every match of it holds, or None (unknown: always let through).  The index maps each
    gram to the items it lets through, a bit per item, so a text is asked two set intersections
    (its characters; the pairs opening with a character that opens some gram pair, found by one
    ``re`` scan) instead of a test per item; the tuple of items of each bit mask is built once.
    ``by_search``: the grams are found by a search for any of them, again one character after each
    one found (for short texts that mostly hold none: a heading, an opening), not by the sets.

    >>> gate = GramGate(["p1", "p2", "p3"], [frozenset({"会员"}), frozenset({"率", "职工"}), None])
    >>> gate.candidates("会员达到3200人"), gate.candidates("入会率95%"), gate.candidates("会员", 1)
    (('p1', 'p3'), ('p2', 'p3'), ('p3',))
    >>> GramGate(gate.items, [frozenset({"会员"}), frozenset({"会"}), None], by_search=True).candidates("入会员")
    ('p1', 'p2', 'p3')
    """

    def __init__(self, items: Sequence[T], needs: Sequence[frozenset[str] | None], by_search: bool = False) -> None:
        self.items = tuple(items)
        self.bits: dict[str, int] = {}
        self.always = 0
        for i, grams in enumerate(needs):
            if grams is None:
                self.always |= 1 << i
                continue
            for g in grams:
                if len(g) not in (1, 2):
                    raise ValueError(f"a gram has one or two characters: {g!r}")
                self.bits[g] = self.bits.get(g, 0) | 1 << i
        self._chosen: dict[int, tuple[T, ...]] = {}
        if by_search:  # a pair is found before the character it opens: both let their items through
            self._search = any_of(self.bits).search
            self._found = {g: self.bits[g] | self.bits.get(g[0], 0) for g in self.bits}
            self.mask = self._mask_by_search
            return
        self.chars = frozenset(g for g in self.bits if len(g) == 1)
        self.pairs = frozenset(g for g in self.bits if len(g) == 2)
        # the two characters at each place where one that opens a gram pair stands (one scan in C,
        # overlapping: a look-ahead consumes nothing), fewer and cheaper than every pair of the text
        firsts = "".join(sorted({re.escape(g[0]) for g in self.pairs}))
        self.pair_starts = re.compile(f"(?=([{firsts}].))", re.DOTALL) if firsts else None

    def mask(self, text: str, lo: int = 0, hi: int | None = None) -> int:
        """The items that can match in ``text[lo:hi]``, as the bits of an int (bit i: item i)."""
        if hi is None:
            hi = len(text)
        mask, bits = self.always, self.bits
        for g in self.chars.intersection(text[lo:hi]):
            mask |= bits[g]
        if self.pair_starts is not None:
            for g in self.pairs.intersection(self.pair_starts.findall(text, lo, hi)):
                mask |= bits[g]
        return mask

    def _mask_by_search(self, text: str, lo: int = 0, hi: int | None = None) -> int:
        """:meth:`mask` by a search for any gram, again one character after each one found."""
        if hi is None:
            hi = len(text)
        mask, search, found = self.always, self._search, self._found
        m = search(text, lo, hi)
        while m is not None:
            mask |= found[m.group()]
            m = search(text, m.start() + 1, hi)
        return mask

    def chosen(self, mask: int) -> tuple[T, ...]:
        """The items of ``mask``, in their order."""
        out = self._chosen.get(mask)
        if out is None:
            out = tuple(x for i, x in enumerate(self.items) if mask >> i & 1)
            if len(self._chosen) < 65536:
                self._chosen[mask] = out
        return out

    def candidates(self, text: str, lo: int = 0, hi: int | None = None) -> tuple[T, ...]:
        """The items that can match in ``text[lo:hi]``, in their order."""
        mask = self.mask(text, lo, hi)
        out = self._chosen.get(mask)
        return self.chosen(mask) if out is None else out


def any_of(strings: Iterable[str]) -> re.Pattern:
    """One plain ``re`` search for any of ``strings`` (longest first): the gate for one yes or no on
    one short text, where it costs less than :meth:`GramGate.mask` (a few C steps, no sets built).

    >>> bool(any_of({"会员", "率"}).search("入会率")), any_of({"会员"}).search("职工")
    (True, None)
    """
    return re.compile("|".join(map(re.escape, sorted(strings, key=lambda g: (-len(g), g)))) or "(?!)")
