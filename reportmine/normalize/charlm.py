"""A small character bigram language model for ranking mojibake repairs.

The model is estimated from jieba's bundled dictionary (``jieba/dict.txt``:
``word freq pos``): every word adds its frequency to the unigram count of its
characters, to the *start* count of its first and the *end* count of its last
character, and to the within-word bigram counts of adjacent characters.  Each
word is also converted to traditional script (OpenCC s2t) and counted again,
so the model knows both 关于 and 關於 (and 關于, as OpenCC leaves 于 alone).

The probability of ``b`` after ``a`` mixes "``a`` continues a word with
``b``" and "a word ends after ``a`` and the next one starts with ``b``"::

    P(b|a) = (1 - e(a)) * P_in(b|a) + e(a) * P_start(b)

where ``e(a)`` is the share of ``a``'s occurrences that end a word.
Punctuation is a word boundary; digits and Latin letters are a class of their
own; characters the dictionary never saw (mojibake such as ``Ã`` or ``¹``)
get a very low floor.

The estimated table is shipped as ``data/charlm.bin`` (zlib-compressed
arrays, about 2 MB).  Rebuild it after upgrading jieba with::

    python -m reportmine.normalize.charlm --rebuild

>>> lm = CharLM.load()
>>> lm.score("关于区总工会的工作") > lm.score("鍏充簬鍖烘€诲伐浼")
True
>>> lm.score("關於區總工會") > lm.score("¹ØÓÚÇø×Ü")
True
"""

from __future__ import annotations

import bisect
import math
import os
import struct
import sys
import zlib
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["CharLM", "score", "logprob", "is_frequent", "build", "DATA_PATH"]

DATA_PATH = Path(__file__).with_name("data") / "charlm.bin"
_MAGIC = b"RMCLM1\n"

#: Chinese and ASCII punctuation: all of it is a word boundary for the model.
PUNCTUATION = frozenset("。，、；：？！“”‘’（）《》〈〉【】「」『』·…—～,.;:?!()[]\"' \t\n\u3000")
#: Relative frequency of punctuation marks after a word (the rest share 0.05).
_PUNCT_SHARE = {"，": 0.45, "。": 0.25, "、": 0.12, "“": 0.05, "”": 0.05, "：": 0.03, "；": 0.03}
_P_PUNCT = 0.12  # P(punctuation | a word ended)
_P_OTHER = 1e-4  # P(digit or latin letter | a word ended), per symbol
_P_IN_TOKEN = 0.7  # P(another letter or digit | a letter or digit)
_P_UNKNOWN = 1e-9  # a character the dictionary never saw
_MIN_END = 0.05  # every character may end a word now and then


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0x20000 <= o <= 0x2FFFF or 0xF900 <= o <= 0xFAFF


@dataclass(frozen=True)
class CharLM:
    """Character bigram counts and the smoothed probabilities built on them."""

    uni: dict[str, int]
    start: dict[str, int]
    end: dict[str, int]
    bi: "_Bigrams"  # .get(the two characters joined, 0); rows built on first use
    total_start: int
    rank: dict[str, int]  # 0 = most frequent character
    _memo: dict = field(default_factory=dict, repr=False, compare=False)  # cond() cache
    _logs: dict = field(default_factory=dict, repr=False, compare=False)  # log(cond()) cache

    # -- loading -----------------------------------------------------------
    @staticmethod
    @lru_cache(maxsize=1)
    def load(path: str | None = None) -> "CharLM":
        """The model from the shipped table (built from jieba on first use if missing)."""
        p = Path(path) if path else DATA_PATH
        if not p.exists():
            build(p)
        return _read(p)

    # -- probabilities -----------------------------------------------------
    def p_start(self, ch: str) -> float:
        """Probability that a word starts with ``ch`` (add-0.5 smoothed over CJK)."""
        return (self.start.get(ch, 0) + 0.5) / (self.total_start + 0.5 * 30000)

    def p_end(self, ch: str) -> float:
        """Share of ``ch``'s occurrences that end a word (at least ``_MIN_END``)."""
        u = self.uni.get(ch, 0)
        if not u:
            return 1.0
        return max(_MIN_END, self.end.get(ch, 0) / u)

    def cond(self, a: str | None, b: str) -> float:
        """``P(b | a)``; ``a`` is None at the start of a text (memoised: candidates share pairs)."""
        key = (a, b)
        p = self._memo.get(key)
        if p is None:
            p = self._memo[key] = self._cond(a, b)
        return p

    def _cond(self, a: str | None, b: str) -> float:
        after_alnum = a is not None and a.isascii() and a.isalnum()
        if b in PUNCTUATION:
            pe = 1.0 if a is None or a in PUNCTUATION else self.p_end(a) if _is_cjk(a) else 0.5
            return pe * _P_PUNCT * _PUNCT_SHARE.get(b, 0.05)
        if not _is_cjk(b):
            if b.isascii() and b.isalnum():
                return _P_IN_TOKEN / 62 if after_alnum else _P_OTHER
            return _P_UNKNOWN
        if b not in self.uni:
            return _P_UNKNOWN
        if after_alnum:  # a Latin token mostly goes on with letters or digits
            return (1.0 - _P_IN_TOKEN) * self.p_start(b)
        if a is None or a in PUNCTUATION or not _is_cjk(a) or a not in self.uni:
            return self.p_start(b)
        u = self.uni[a]
        e = self.p_end(a)
        cont = u - self.end.get(a, 0)
        p_in = self.bi.get(a + b, 0) / cont if cont > 0 else 0.0
        return (1.0 - e) * p_in + e * self.p_start(b) * (1.0 - _P_PUNCT)

    # -- many candidates at once (the GBK repair asks about ~126 at a time) --------
    def candidates(self, chars: tuple[str, ...]) -> "_Candidates":
        """Per-character arrays for :meth:`cond_from` / :meth:`cond_to` (build once per set)."""
        import numpy as np

        known = [_is_cjk(c) and c in self.uni for c in chars]
        uni = np.array([self.uni.get(c, 0) if k else 0 for c, k in zip(chars, known)], dtype=float)
        end = np.array([self.end.get(c, 0) if k else 0 for c, k in zip(chars, known)], dtype=float)
        # the value cond() gives a character that is not a known Chinese one (it does not depend
        # on the character before, for the non-ASCII characters GBK pairs decode to)
        fixed = np.array([0.0 if k else (-1.0 if c in PUNCTUATION else _P_UNKNOWN) for c, k in zip(chars, known)])
        share = np.array([_PUNCT_SHARE.get(c, 0.05) if c in PUNCTUATION else 0.0 for c in chars])
        index = self.bi.index
        model = np.array([index.get(c, -1) for c in chars], dtype=np.int64)
        pe = np.array([1.0 if c in PUNCTUATION else self.p_end(c) if _is_cjk(c) else 0.5 for c in chars])
        cont = uni - end
        return _Candidates(chars, np.array(known), fixed, share,
                           np.array([self.p_start(c) for c in chars]), pe,
                           self._places(chars, model), any(c.isascii() for c in chars), model,
                           1.0 - pe, np.where(cont > 0, cont, 1.0))

    def _places(self, chars, model):
        """Where each candidate stands, by the model's character index (-1: not a candidate;
        None if a character comes twice), in the smallest integers that hold it: the GBK repair
        keeps one for each of ~220 sets of candidates (mostly of 126 or fewer: a byte each, 14 KB
        a set instead of 110 KB; indexing with them is as fast)."""
        import numpy as np

        if len(set(chars)) != len(chars):
            return None
        n = len(chars)
        dtype = np.int8 if n <= 0x7F else np.int16 if n <= 0x7FFF else np.int64
        at = np.full(len(self.bi.index) + 1, -1, dtype=dtype)
        known = model >= 0
        at[model[known]] = np.arange(len(chars))[known]
        return at

    def subset(self, cs: "_Candidates", picks) -> "_Candidates":
        """The candidates ``cs.chars[i] for i in picks``, as :meth:`candidates` would build them
        (a slice of every array: build the arrays once for a large set, then take parts)."""
        import numpy as np

        picks = np.asarray(picks, dtype=np.int64)
        chars = tuple(map(cs.chars.__getitem__, picks.tolist()))
        model = cs.model[picks]
        return _Candidates(chars, cs.known[picks], cs.fixed[picks], cs.share[picks], cs.ps[picks], cs.pe[picks],
                           self._places(chars, model),
                           cs.has_ascii and any(c.isascii() for c in chars), model,
                           cs.stay[picks], cs.cont_or_1[picks])

    def cond_from(self, a: str | None, cs: "_Candidates") -> list[float]:
        """``[cond(a, c) for c in cs.chars]``, computed on arrays."""
        if cs.has_ascii:  # pragma: no cover - GBK pairs are never ASCII
            return [self.cond(a, c) for c in cs.chars]
        return self.cond_from_array(a, cs).tolist()

    def cond_from_array(self, a: str | None, cs: "_Candidates"):
        """:meth:`cond_from` as a numpy array (candidates that are not ASCII)."""
        import numpy as np

        after_alnum = a is not None and a.isascii() and a.isalnum()
        pe = 1.0 if a is None or a in PUNCTUATION else self.p_end(a) if _is_cjk(a) else 0.5
        if after_alnum:
            known = (1.0 - _P_IN_TOKEN) * cs.ps
        elif a is None or a in PUNCTUATION or not _is_cjk(a) or a not in self.uni:
            known = cs.ps
        else:
            e = self.p_end(a)
            cont = self.uni[a] - self.end.get(a, 0)
            bi = self._counts(cs, *self.bi.row_arrays(a))
            p_in = bi / cont if cont > 0 else np.zeros(len(cs.chars))
            known = (1.0 - e) * p_in + e * cs.ps * (1.0 - _P_PUNCT)
        punct = pe * _P_PUNCT * cs.share
        return np.where(cs.known, known, np.where(cs.fixed < 0, punct, cs.fixed))

    def cond_to(self, cs: "_Candidates", b: str) -> list[float]:
        """``[cond(c, b) for c in cs.chars]``, computed on arrays."""
        if not (b in PUNCTUATION or _is_cjk(b) and b in self.uni):
            n = len(cs.chars)
            return [self.cond(cs.chars[0], b)] * n if n and not cs.chars[0].isascii() else [self.cond(c, b) for c in cs.chars]
        return self.cond_to_array(cs, b).tolist()

    def cond_to_array(self, cs: "_Candidates", b: str):
        """:meth:`cond_to` as a numpy array."""
        import numpy as np

        if b in PUNCTUATION:
            return cs.pe * _P_PUNCT * _PUNCT_SHARE.get(b, 0.05)
        if not _is_cjk(b) or b not in self.uni:
            return np.array(self.cond_to(cs, b))
        ps = self.p_start(b)
        bi = self._counts(cs, *self.bi.column_arrays(b))
        p_in = bi / cs.cont_or_1  # (0 where no occurrence continues a word: no bigram counted)
        known = cs.stay * p_in + cs.pe * ps * (1.0 - _P_PUNCT)
        return np.where(cs.known, known, ps)

    @staticmethod
    def _counts(cs: "_Candidates", others, counts):
        """Bigram counts per candidate, from the model's (character index, count) arrays of
        one row or column: scattered to the candidates' places, not looked up one by one."""
        import numpy as np

        out = np.zeros(len(cs.chars))
        if cs.at is None:  # pragma: no cover - candidate sets hold distinct characters
            raise ValueError("candidates must be distinct")
        where = cs.at[others]
        hit = where >= 0
        out[where[hit]] = counts[hit]
        return out

    def logprob(self, text: str, before: str = "") -> float:
        """Natural-log probability of ``text`` given the characters ``before`` it."""
        return self.logprob_on(0.0, before[-1] if before else None, text)

    def logprob_on(self, lp: float, prev: str | None, text: str) -> float:
        """``lp`` plus the log-probability of ``text`` after the character ``prev`` (None: the
        start): ``logprob(a + b, before)`` is ``logprob_on(logprob(a, before), a[-1], b)``, the
        same sums in the same order (the readings of a GBK repair share their beginnings)."""
        logs = self._logs
        for ch in text:
            v = logs.get((prev, ch))
            if v is None:
                v = logs[prev, ch] = math.log(self.cond(prev, ch))
            lp += v
            prev = ch
        return lp

    def score(self, text: str, before: str = "") -> float:
        """Log-probability per character (0.0 for empty text)."""
        return self.logprob(text, before) / len(text) if text else 0.0

    def is_frequent(self, ch: str, top: int = 6000) -> bool:
        """True if ``ch`` is among the ``top`` most frequent characters (either script)."""
        return self.rank.get(ch, 1 << 30) < top


@dataclass(frozen=True)
class _Candidates:
    """Arrays about a fixed set of candidate characters (see :meth:`CharLM.candidates`)."""

    chars: tuple
    known: object  # bool array: a Chinese character the model knows
    fixed: object  # cond() of the others: -1 for punctuation (depends on the character before)
    share: object  # punctuation share
    ps: object  # p_start
    pe: object  # p_end (1.0 punctuation, 0.5 other non-Chinese)
    at: object = None  # int array: model character index -> place among the candidates (-1: none)
    has_ascii: bool = False  # an ASCII character among them
    model: object = None  # int array: each candidate's index in the model (-1: not in it)
    stay: object = None  # 1 - pe: the share of occurrences that go on inside a word
    #: occurrences that do not end a word (uni - end), 1.0 where there are none (no division by 0;
    #: the bigram count is 0 there)
    cont_or_1: object = None


def logprob(text: str, before: str = "") -> float:
    """Log-probability of ``text`` under the shipped model.

    >>> logprob("工会") > logprob("簬鍏")
    True
    """
    return CharLM.load().logprob(text, before)


def score(text: str, before: str = "") -> float:
    """Log-probability per character of ``text`` under the shipped model.

    >>> score("工作总结") > score("宸ヤ綔鎬荤粨")
    True
    """
    return CharLM.load().score(text, before)


def is_frequent(ch: str, top: int = 6000) -> bool:
    """True if ``ch`` is a common character (simplified or traditional).

    >>> is_frequent("會"), is_frequent("会"), is_frequent("趧")
    (True, True, False)
    """
    return CharLM.load().is_frequent(ch, top)


# -- building and storing -----------------------------------------------------


def _jieba_dict() -> Path:
    import jieba

    return Path(jieba.__file__).with_name("dict.txt")


def _s2t():
    try:
        import opencc_pyo3

        cc = opencc_pyo3.OpenCC("s2t")
        return cc.convert
    except Exception:  # pragma: no cover - the pure-Python converter is slower
        import opencc

        return opencc.OpenCC("s2t").convert


def build(path: Path | str = DATA_PATH, min_bigram: int = 3) -> Path:
    """Count characters in jieba's dictionary (simplified + s2t) and write the table.

    Bigrams seen with a total weight below ``min_bigram`` are dropped to keep
    the file small.
    """
    uni: dict[str, int] = {}
    start: dict[str, int] = {}
    end: dict[str, int] = {}
    bi: dict[str, int] = {}
    words: list[tuple[str, int]] = []
    with open(_jieba_dict(), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                words.append((parts[0], int(parts[1])))
    convert = _s2t()
    trad = convert("\n".join(w for w, _ in words)).split("\n")
    if len(trad) != len(words):  # pragma: no cover - defensive
        raise RuntimeError("s2t changed the number of dictionary lines; rebuild with opencc-python-reimplemented")

    def add(word: str, f: int) -> None:
        if not all(_is_cjk(c) for c in word):
            return
        for c in word:
            uni[c] = uni.get(c, 0) + f
        start[word[0]] = start.get(word[0], 0) + f
        end[word[-1]] = end.get(word[-1], 0) + f
        for a, b in zip(word, word[1:]):
            bi[a + b] = bi.get(a + b, 0) + f

    for (w, f), t in zip(words, trad):
        add(w, f)
        if t != w:
            add(t, f)
    chars = sorted(uni, key=lambda c: -uni[c])
    index = {c: i for i, c in enumerate(chars)}
    cols = [array("I", (ord(c) for c in chars)), array("I", (uni[c] for c in chars)),
            array("I", (start.get(c, 0) for c in chars)), array("I", (end.get(c, 0) for c in chars))]
    kept = [(k, v) for k, v in bi.items() if v >= min_bigram]
    kept.sort(key=lambda kv: (index[kv[0][0]], index[kv[0][1]]))
    bcols = [array("I", (index[k[0]] for k, _ in kept)), array("I", (index[k[1]] for k, _ in kept)),
             array("I", (v for _, v in kept))]
    blob = bytearray()
    for col in cols + bcols:
        if sys.byteorder != "little":  # pragma: no cover
            col.byteswap()
        raw = col.tobytes()
        blob += struct.pack("<I", len(col)) + raw
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(_MAGIC + zlib.compress(bytes(blob), 9))
    os.replace(tmp, path)
    return path


def _read(path: Path) -> CharLM:
    data = path.read_bytes()
    if not data.startswith(_MAGIC):
        raise ValueError(f"{path} is not a reportmine char LM table; rebuild it with "
                         "`python -m reportmine.normalize.charlm --rebuild`")
    blob = zlib.decompress(data[len(_MAGIC):])
    cols: list[array] = []
    pos = 0
    while pos < len(blob):
        (n,) = struct.unpack_from("<I", blob, pos)
        pos += 4
        col = array("I")
        col.frombytes(blob[pos : pos + 4 * n])
        if sys.byteorder != "little":  # pragma: no cover
            col.byteswap()
        cols.append(col)
        pos += 4 * n
    code, u, s, e, ba, bb, bv = cols
    chars = [chr(c) for c in code]
    uni = dict(zip(chars, u))
    start = {c: v for c, v in zip(chars, s) if v}
    end = {c: v for c, v in zip(chars, e) if v}
    rank = {c: i for i, c in enumerate(chars)}
    return CharLM(uni, start, end, _Bigrams(chars, rank, ba, bb, bv), sum(s), rank)


class _Bigrams:
    """Bigram counts read from the table's sorted columns, one row (first character) at a
    time on first use: a page with one damaged spot asks about a few dozen rows of the
    ~10,000, so loading the model does not build a dict of every bigram (a second)."""

    def __init__(self, chars: list[str], index: dict[str, int], first: array, second: array, count: array):
        self._chars, self._index = chars, index
        self._first, self._second, self._count = first, second, count
        self._rows: dict[str, dict[str, int]] = {}
        self._spans: dict[str, tuple[int, int]] = {}  # first character -> its rows (see get)
        self._np = None  # numpy views of the columns, and the column order (built on first use)
        self._row_arrays: dict = {}  # character -> row_arrays(character)
        self._column_arrays: dict = {}  # character -> column_arrays(character)

    @property
    def index(self) -> dict[str, int]:
        """Character -> its index in the model (0 = most frequent)."""
        return self._index

    def _arrays(self):
        if self._np is None:
            import numpy as np

            first = np.frombuffer(self._first, dtype=np.uint32).astype(np.int64)
            second = np.frombuffer(self._second, dtype=np.uint32).astype(np.int64)
            count = np.frombuffer(self._count, dtype=np.uint32).astype(float)
            by_second = np.argsort(second, kind="stable")
            self._np = (first, second, count, by_second, second[by_second])
        return self._np

    def row_arrays(self, a: str):
        """``(second characters' indices, counts)`` of the bigrams starting with ``a`` (remembered:
        a character comes back beside many lost bytes)."""
        r = self._row_arrays.get(a)
        if r is None:
            first, second, count, _, _ = self._arrays()
            r = self._row_arrays[a] = self._matching(first, None, second, count, a)
        return r

    def column_arrays(self, b: str):
        """``(first characters' indices, counts)`` of the bigrams ending with ``b`` (remembered)."""
        r = self._column_arrays.get(b)
        if r is None:
            first, _, count, by_second, sorted_second = self._arrays()
            r = self._column_arrays[b] = self._matching(sorted_second, by_second, first, count, b)
        return r

    def _matching(self, keys, order, others, count, ch: str):
        """``(others, count)`` of the bigrams whose ``keys`` (sorted; ``order`` maps them back to
        the table's rows, None if the table is in their order) hold ``ch``'s index."""
        import numpy as np

        j = self._index.get(ch)
        if j is None:
            return others[:0], count[:0]
        lo, hi = np.searchsorted(keys, j, "left"), np.searchsorted(keys, j, "right")
        rows = slice(lo, hi) if order is None else order[lo:hi]
        return others[rows], count[rows]

    def __len__(self) -> int:
        return len(self._count)

    def row(self, a: str) -> dict[str, int]:
        """Every character seen after ``a`` inside a word, with its count."""
        r = self._rows.get(a)
        if r is None:
            i = self._index.get(a)
            r = {}
            if i is not None:
                lo, hi = bisect.bisect_left(self._first, i), bisect.bisect_right(self._first, i)
                chars = self._chars
                r = {chars[j]: v for j, v in zip(self._second[lo:hi], self._count[lo:hi])}
            self._rows[a] = r
        return r

    def get(self, pair: str, default: int = 0) -> int:
        """The count of the two characters ``pair`` (``default`` if never seen): a bisection in
        the first character's rows (sorted by the second), not a dict of the whole row."""
        if len(pair) != 2:
            return default
        span = self._spans.get(pair[0])
        if span is None:
            i = self._index.get(pair[0])
            span = self._spans[pair[0]] = ((bisect.bisect_left(self._first, i), bisect.bisect_right(self._first, i))
                                           if i is not None else (0, 0))
        j = self._index.get(pair[1])
        lo, hi = span
        if j is None or lo == hi:
            return default
        k = bisect.bisect_left(self._second, j, lo, hi)
        return self._count[k] if k < hi and self._second[k] == j else default


if __name__ == "__main__":  # pragma: no cover
    if "--rebuild" in sys.argv[1:]:
        out = build()
        print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")
    else:
        print(__doc__)
