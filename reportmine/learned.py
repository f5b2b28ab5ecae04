"""Learned metric typing: a linear model that weighs the cue tables' evidence (issue 7 §2).

The cue tables (``data/metrics.tsv``) stay the knowledge; what a hand-set priority cannot do is
weigh a cue in the clause against a different one in the phrase, the unit, the head of the
subject, the words around the number and the section it stands in.  A multinomial logistic
regression trained on every gold record available (``benchmarks/train_typing.py``) does that.

Features of one figure (:func:`figure_features`; every feature is a string with value 1):

* ``cue=M``, ``cue=M|u=U``, ``src=S``: the cue tables' own decision and where it came from
  (``p`` phrase, ``c`` clause, ``s`` sentence, ``l`` paragraph lead, ``i`` inherited, ``d`` default);
* ``p:M``, ``c:M``, ``s:M``, ``l:M`` (and ``…x:M`` where the cue does not accept the unit):
  which metrics' cues hit in the phrase / clause / sentence / paragraph lead; ``a:M`` a cue right
  by the number; ``d:M=N`` the distance class of the nearest one;
* ``u=``, ``ru=``, ``q=``: unit, raw unit, qualifier; ``h2=``/``h1=`` the head of the subject;
* ``l1=``/``l2=``/``r1=``/``r2=``/``r3=`` the characters right before and after the figure,
  ``c2<``/``c2>`` character bigrams of the clause within 14 characters before / after it, ``H2=`` of
  the innermost heading (the bigrams of the phrase alone were dropped: by 5-fold CV on the field
  corpus they added nothing, typed F1 0.953 with them, 0.952 without, and cost a sixth of the
  features);
* ``part=``, ``prev=U``/``next=U`` the units of the neighbouring figures of the sentence, ``pc=M``
  the cue decision of the figure before it in the sentence, ``qz`` 其中 before it.

The model ships as plain JSON (``data/metric_model.json``: classes, bias, and per feature its
non-zero weights) and loads on first use (about 10 ms); no pickle and no scikit-learn at run time.
Where the file is missing, typing falls back to the cues alone.  A figure's features are not built
as strings to be typed: the model looks their parts up directly (:meth:`TypingModel.found`).  Typing
(:func:`decide_many`) sums an article's figures in one numpy batch (:meth:`TypingModel.batch`)
where they are many; a few figures it sums in Python, the shipped weights as exact integers, all
classes packed in one Python int per feature (:class:`_Packed`), which decides as the float sums
do, and leaves the rare figure where the two might differ (a tie, a probability at a rounding edge)
to the float batch.  Every figure is decided from all its rows: deciding a figure without its cue
evidence where a bound (per sentence, unit and leading class) shows the evidence cannot change the
decision would decide 79% of bench_speed's figures, but the bound and a decision per figure in
Python cost more than the evidence and the numpy batch they spare (measured: 29 against 21 µs).

>>> from reportmine.figures import find_figures
>>> from reportmine.classify import Window
>>> t = "慰问困难职工120户。"
>>> f = find_figures(t)[0]
>>> feats = figure_features(t, f, Window.whole(t), cue="relief_recipients", source="p", subject="困难职工")
>>> "cue=relief_recipients" in feats, "u=household" in feats, "h2=职工" in feats
(True, True, True)
"""

from __future__ import annotations

import json
import math
import struct
import sys
import threading
from bisect import bisect_left
from collections import abc
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from itertools import accumulate, chain
from operator import add, itemgetter, sub
from typing import TYPE_CHECKING, Iterator, Sequence

from .classify import Window, cue_evidence, cue_hits
from .figures import Figure

if TYPE_CHECKING:
    import numpy as np

__all__ = ["figure_features", "Features", "TypingModel", "model", "using", "decide", "decide_many", "collecting", "MODEL_FILE", "CUE_PREFIXES"]

MODEL_FILE = "metric_model.json"

#: prefixes of the features that come from the cue tables (dropped for the "model alone" variant)
CUE_PREFIXES = ("cue=", "src=", "p:", "c:", "s:", "l:", "px:", "cx:", "sx:", "lx:", "a:", "d:")


def _bigrams(s: str, tag: str) -> list[str]:
    return list(map(tag.__add__, map(str.__add__, s, s[1:])))


#: distance classes of the nearest cue (``d:M=N``): 0 up to 1 character, 1 up to 4, 2 up to 10, 3 beyond
_DIST_BOUNDS = (1, 4, 10)


def _dist_class(d: int) -> str:
    return str(bisect_left(_DIST_BOUNDS, d))


class Features(abc.Sequence):
    """The features of one figure (:func:`figure_features`): a sequence of feature names, each once,
    in a fixed order.  The names are built only when asked for (training, tests, a model given as
    names); a model reads the figure's rows straight from the parts (:meth:`TypingModel.rows`)."""

    __slots__ = ("text", "fig", "win", "cue", "source", "subject", "part", "heading", "prev_unit", "next_unit",
                 "prev_cue", "qizhong", "matches", "_names")

    def __init__(self, text: str, fig: Figure, win: Window, cue: str, source: str, subject: str, part: str,
                 heading: str, prev_unit: str, next_unit: str, prev_cue: str, qizhong: bool, matches):
        self.text, self.fig, self.win, self.cue, self.source, self.subject = text, fig, win, cue, source, subject
        self.part, self.heading, self.prev_unit, self.next_unit = part, heading, prev_unit, next_unit
        self.prev_cue, self.qizhong, self.matches = prev_cue, qizhong, matches
        self._names: list[str] | None = None

    def names(self) -> list[str]:
        if self._names is None:
            self._names = _feature_names(self)
        return self._names

    def __iter__(self):
        return iter(self.names())

    def __len__(self) -> int:
        return len(self.names())

    def __getitem__(self, i):
        return self.names()[i]

    def __contains__(self, name) -> bool:
        return name in self.names()

    def __repr__(self) -> str:
        return f"Features({self.names()!r})"


def figure_features(text: str, fig: Figure, win: Window, *, cue: str, source: str, subject: str = "",
                    part: str = "summary", heading: str = "", prev_unit: str = "", next_unit: str = "",
                    prev_cue: str = "", qizhong: bool = False, matches=None) -> Features:
    """The features of ``fig`` (see the module docstring); ``text`` is the masked article text,
    ``matches`` the cue matches of its sentence (:func:`reportmine.classify.sentence_matches`)."""
    return Features(text, fig, win, cue, source, subject, part, heading, prev_unit, next_unit, prev_cue, qizhong, matches)


def _feature_names(x: Features) -> list[str]:
    """The names of the features ``x`` (what :meth:`TypingModel.rows` reads without building them)."""
    fig, u, text, win = x.fig, x.fig.unit, x.text, x.win
    out = [f"cue={x.cue}", f"cue={x.cue}|u={u}", f"src={x.source}", f"u={u}", f"ru={fig.raw_unit}",
           f"q={fig.qualifier}", f"part={x.part}", f"prev={x.prev_unit}", f"next={x.next_unit}", "bias",
           f"pc={x.prev_cue}", f"pc={x.prev_cue}|u={u}"]
    if x.qizhong:
        out.append("qz")
    if fig.in_points:
        out.append("pp")
    nearest: dict[str, int] = {}
    for level, metric, fits, adjacent, dist in cue_hits(text, fig, win, x.matches):
        out.append(f"{level}{'' if fits else 'x'}:{metric}")
        if adjacent and fits:
            out.append(f"a:{metric}")
        if fits and dist < nearest.get(metric, 1 << 30):
            nearest[metric] = dist
    out.extend(f"d:{m}={_dist_class(d)}" for m, d in nearest.items())
    subj = x.subject.strip()
    if subj:
        out += [f"h2={subj[-2:]}", f"h1={subj[-1:]}"]
    left, right = _context(text, fig, win)
    out += [f"l1={left[-1:]}", f"l2={left[-2:]}", f"r1={right[:1]}", f"r2={right[:2]}", f"r3={right[:3]}"]
    out += _bigrams(left, "c2<") + _bigrams(right, "c2>")
    out += _heading_grams(x.heading[:16])
    return list(dict.fromkeys(out))  # each once, in a fixed order (the model sums them in its own order)


#: characters of the clause read before and after the figure (``c2<``/``c2>``, ``l1=``...)
CONTEXT = 14


def _context(text: str, fig: Figure, win: Window) -> tuple[str, str]:
    """The clause's last :data:`CONTEXT` characters before ``fig`` and first ones after it."""
    lo, hi = win.clause
    return text[max(lo, fig.start - CONTEXT):fig.start], text[fig.end:min(hi, fig.end + CONTEXT)]


@lru_cache(maxsize=512)
def _heading_grams(heading: str) -> tuple[str, ...]:
    return tuple(_bigrams(heading, "H2="))


#: feature families named by their first three characters (the rest is the key)
_FAMILIES = ("c2<", "c2>", "H2=")
#: the families of the features every figure has, in the order of their keys in :meth:`TypingModel.rows`
_FIXED = ("cue=", "cue=|u=", "src=", "u=", "ru=", "q=", "part=", "prev=", "next=", "", "pc=", "pc=|u=")
#: the families of the cue evidence and of the context (see :func:`_feature_names`)
_OTHER = ("p:", "px:", "c:", "cx:", "s:", "sx:", "l:", "lx:", "a:", "d:0", "d:1", "d:2", "d:3",
          "h2=", "h1=", "l1=", "l2=", "r1=", "r2=", "r3=")


def _split(name: str) -> tuple[str, object]:
    """A feature name as (family, key), the key being what the figure supplies.

    >>> [_split(n) for n in ("u=yuan", "cue=funds|u=yuan", "d:funds=2", "c2<慰问", "p:funds", "bias")]
    [('u=', 'yuan'), ('cue=|u=', ('funds', 'yuan')), ('d:2', 'funds'), ('c2<', '慰问'), ('p:', 'funds'), ('', 'bias')]
    """
    if name.startswith(("cue=", "pc=")) and "|u=" in name:
        head, unit = name.split("|u=", 1)
        family, metric = head.split("=", 1)
        return family + "=|u=", (metric, unit)
    if name.startswith(_FAMILIES):
        return name[:3], name[3:]
    if name.startswith("d:"):
        metric, dist = name[2:].rsplit("=", 1)
        return "d:" + dist, metric
    i = min((j for j in (name.find("="), name.find(":")) if j >= 0), default=-1)
    return name[:i + 1], name[i + 1:]


class _Families:
    """One model's rows by feature family and key (:func:`_split`): a figure's rows are looked up
    from its parts (unit, metric, bigram...) without building the names of its features."""

    def __init__(self, index: dict[str, int]):
        fams: dict[str, dict] = {f: {} for f in _FIXED + _FAMILIES + _OTHER}
        for name, row in index.items():
            family, key = _split(name)
            fams.setdefault(family, {})[key] = row
        self.fixed = tuple(fams[f] for f in _FIXED)
        self.plain = fams[""]
        self.fit = {level: fams[level + ":"] for level in "pcsl"}  # a cue that fits the unit
        self.unfit = {level: fams[level + "x:"] for level in "pcsl"}
        self.adjacent = fams["a:"]
        self.dist = tuple(fams[f"d:{i}"] for i in range(len(_DIST_BOUNDS) + 1))
        #: per metric, the rows of its distance classes (None: unknown)
        self.dist_of = {m: tuple(d.get(m) for d in self.dist) for m in set().union(*self.dist)}
        self.h2, self.h1 = fams["h2="], fams["h1="]
        self.around = tuple(fams[f] for f in ("l1=", "l2=", "r1=", "r2=", "r3="))
        self.left, self.right, self.heading = fams["c2<"], fams["c2>"], fams["H2="]
        self.headings: dict[str, tuple] = {}
        self.rights: dict[str, tuple] = {}
        self.encode = self._encode  # one bound method: cue_evidence keys its tables by it

    def _encode(self, metric: str, fits: bool) -> tuple[int | None, ...]:
        """The rows of a cue hit of ``metric`` at the levels p, c, s, l (:func:`cue_evidence`)."""
        fams = self.fit if fits else self.unfit
        return tuple(fams[level].get(metric) for level in "pcsl")

    def found(self, x: Features) -> set[int]:
        """The rows :meth:`TypingModel.rows` gives for the names of ``x`` (as a set), read from its
        parts (see :func:`_feature_names`, which this follows feature by feature; the cue evidence
        summed up once by :func:`reportmine.classify.cue_evidence` where the names list
        :func:`cue_hits`)."""
        fig, text, win = x.fig, x.text, x.win
        u, get = fig.unit, dict.get
        found = set(map(get, self.fixed, (
            x.cue, (x.cue, u), x.source, u, fig.raw_unit, fig.qualifier, x.part, x.prev_unit, x.next_unit, "bias",
            x.prev_cue, (x.prev_cue, u))))
        if x.qizhong:
            found.add(self.plain.get("qz"))
        if fig.in_points:
            found.add(self.plain.get("pp"))
        hits, adjacent, nearest = cue_evidence(text, fig, win, x.matches, self.encode)
        found.update(hits)
        if adjacent:
            found.update(map(self.adjacent.get, adjacent))
        dist = self.dist_of
        for metric, d in nearest.items():  # the distance class of _dist_class
            rows = dist.get(metric)
            if rows is not None:
                found.add(rows[bisect_left(_DIST_BOUNDS, d)])
        subj = x.subject.strip()
        if subj:
            found.add(self.h2.get(subj[-2:]))
            found.add(self.h1.get(subj[-1:]))
        lo, hi = win.clause  # _context
        left = text[max(lo, fig.start - CONTEXT):fig.start]
        found.update(map(get, self.around[:2], (left[-1:], left[-2:])))
        found.update(map(self.left.get, map(str.__add__, left, left[1:])))
        right = text[fig.end:min(hi, fig.end + CONTEXT)]
        rows = self.rights.get(right)
        found.update(self._rights(right) if rows is None else rows)
        heading = x.heading[:16]
        rows = self.headings.get(heading)
        found.update(self._headings(heading) if rows is None else rows)
        found.discard(None)
        return found

    # the rows of the words after a figure and of its heading, once per string (the words after a
    # figure repeat: 365 strings for the 1665 figures of the field corpus; those before it do not)

    def _rights(self, right: str) -> tuple:
        """The rows of ``r1=``, ``r2=``, ``r3=`` and ``c2>`` of the words ``right`` of a figure."""
        if len(self.rights) > 8192:
            self.rights.clear()
        r1, r2, r3 = self.around[2:]
        out = self.rights[right] = (r1.get(right[:1]), r2.get(right[:2]), r3.get(right[:3]),
                                    *map(self.right.get, map(str.__add__, right, right[1:])))
        return out

    def _headings(self, heading: str) -> tuple:
        """The rows of the ``H2=`` bigrams of ``heading``."""
        if len(self.headings) > 4096:
            self.headings.clear()
        out = self.headings[heading] = tuple(map(self.heading.get, map(str.__add__, heading, heading[1:])))
        return out


class TypingModel:
    """A linear model over string features: ``scores = bias + sum of the rows of its features``.

    ``weights`` is an array (n_features, n_classes), or per feature its non-zero weights as
    ``{class index: weight}`` (the shipped file: no numpy needed until a batch is large).
    """

    def __init__(self, classes: Sequence[str], bias: Sequence[float], index: dict[str, int], weights, note: str = ""):
        self.classes = tuple(classes)
        self.note = note
        # rows in feature-name order: ties between features are broken by name wherever they are listed
        names = sorted(index)
        order = [index[f] for f in names]
        self.names = names
        self.index = {f: i for i, f in enumerate(names)}
        self._bias = [float(b) for b in bias]
        if isinstance(weights, (list, tuple)):
            self._sparse: list[dict[int, float]] | None = [weights[i] for i in order]
            self._weights = None
        else:
            self._sparse, self._weights = None, weights[order] if order != list(range(len(order))) else weights
        self._families: _Families | None = None
        self._bias_array = None  # the bias as a numpy array, made by the first numpy batch
        self._typed = 0  # figures typed so far (see :meth:`batch`)
        self._packed: _Packed | None | bool = False  # made on first use (:attr:`packed`)

    @property
    def bias(self) -> np.ndarray:
        import numpy as np

        return np.array(self._bias)

    @property
    def weights(self) -> np.ndarray:
        """(n_features, n_classes), rows in :attr:`names` order."""
        if self._weights is None:
            import numpy as np

            W = np.zeros((len(self.names), len(self.classes)))
            for i, ws in enumerate(self._sparse):
                for k, w in ws.items():
                    W[i, k] = w
            self._weights = W
        return self._weights

    @property
    def packed(self) -> "_Packed | None":
        """The weights as packed integers (:class:`_Packed`), or None where they cannot be."""
        if self._packed is False:
            self._packed = _Packed.of(self)
        return self._packed

    @property
    def sparse(self) -> list[dict[int, float]]:
        """Per row (:attr:`names` order) its non-zero weights, ``{class index: weight}``."""
        if self._sparse is None:
            self._sparse = [{k: w for k, w in enumerate(row) if w != 0} for row in self._weights.tolist()]
        return self._sparse

    def rows(self, feats: Sequence[str]) -> list[int]:
        """The rows of the features the model knows, ascending (the order of the sums); features
        it does not know weigh nothing.  Read from the parts of :class:`Features` without building
        their names (the same rows as from the names: tests/test_learned.py)."""
        return sorted(self.found(feats))

    def found(self, feats: Sequence[str]) -> set[int]:
        """:meth:`rows` as a set (what :class:`_Packed` sums: the order of integers does not matter)."""
        if not isinstance(feats, Features):
            out = set(map(self.index.get, feats))
            out.discard(None)
            return out
        if self._families is None:
            self._families = _Families(self.index)
        return self._families.found(feats)

    def scores(self, feats: Sequence[str]) -> list[float]:
        return self.batch([feats])[0][0]

    def predict(self, feats: Sequence[str]) -> tuple[str, float]:
        """The best class and its probability."""
        _, k, p, _ = self.batch([feats])
        return self.classes[k[0]], p[0]

    def explain(self, feats: Sequence[str], metric: str, top: int = 3) -> list[tuple[str, float]]:
        """The features that pushed most towards ``metric`` against the runner-up."""
        return self.batch([feats], top=top, force=self.classes.index(metric))[3][0]

    def batch(self, feats: Sequence[Sequence[str]], top: int = 3, force: int | None = None):
        """Scores of many figures at once.

        Returns lists ``(scores (n, classes), best class index (n), its probability (n), explanations)``:
        for each figure, its ``top`` features that pushed most towards the best class (``force``: this
        class instead) against the runner-up, as (feature, weight difference) with the difference > 0,
        largest first (ties: by name).

        A batch is one gather and one sum in numpy (per figure, numpy's call overhead would cost more
        than the arithmetic), except while the model has typed only a few figures in small batches:
        those are summed in Python in the order numpy sums (:func:`_numpy_sum`), to the same floats,
        so that typing a small file does not wait for numpy's import (tests/test_learned.py holds the
        two to each other).
        """
        per = list(map(self.rows, feats))
        self._typed += len(per)
        if len(per) >= NUMPY_BATCH or self._typed > NUMPY_AFTER or "numpy" in sys.modules:
            return self._batch_numpy(per, top, force)
        return self._batch_python(per, top, force)

    def _batch_python(self, per: list[list[int]], top: int, force: int | None):
        sparse, n_classes, bias, names = self.sparse, len(self.classes), self._bias, self.names
        S, best, probs, explanations = [], [], [], []
        for rows in per:
            s = [b + t for b, t in zip(bias, _reduceat_row(sparse, rows, n_classes))] if rows else bias[:]
            k = s.index(max(s))
            probs.append(1.0 / (0.0 + _numpy_sum([math.exp(x - s[k]) for x in s])))
            best.append(k)
            S.append(s)
            k = k if force is None else force
            s2 = s[:]
            s2[k] = -math.inf
            j = s2.index(max(s2))
            pushing = sorted((-d, r) for r in rows if (d := sparse[r].get(k, 0.0) - sparse[r].get(j, 0.0)) > 0)
            explanations.append([(names[r], -d) for d, r in pushing[:top]])
        return S, best, probs, explanations

    def _batch_numpy(self, per: Sequence[Sequence[int]] | Sequence[set[int]], top: int, force: int | None,
                     ordered: bool = True, scores: bool = True):
        """The batch in numpy; ``per``: each figure's rows, ascending (``ordered``), or in any order
        (sets: sorted here, in one numpy sort of all the figures' rows); without ``scores`` the
        scores come back as None (decide_many does not read them)."""
        import numpy as np

        n = len(per)
        lens = list(map(len, per))
        rows = np.fromiter(chain.from_iterable(per), dtype=np.intp, count=sum(lens))
        ar = np.arange(n)
        seg = np.repeat(ar, lens)  # the figure of each row
        if not ordered:  # by figure, then row: each figure's rows ascending, in place
            shift = seg * len(self.names)
            rows += shift
            rows.sort()
            rows -= shift
        W = self.weights.take(rows, axis=0)  # (rows, classes); take copies rows faster than W[rows]
        bias = self._bias_array
        if bias is None:
            bias = self._bias_array = np.array(self._bias)
        starts = list(accumulate(lens[:-1], initial=0))
        if rows.size and min(lens) > 0:
            S = bias + np.add.reduceat(W, starts, axis=0)
        else:  # a figure with no known feature scores the bias (reduceat would take the next row)
            S = np.tile(bias, (n, 1))
            filled = np.array(lens) > 0
            if rows.size:
                S[filled] = bias + np.add.reduceat(W, np.array(starts)[filled], axis=0)
        best = S.argmax(axis=1)
        p = 1.0 / np.exp(S - S.max(axis=1, keepdims=True)).sum(axis=1)
        k = best if force is None else np.full(n, force)
        S2 = S.copy()
        S2[ar, k] = -np.inf
        j = S2.argmax(axis=1)
        flat, at = W.ravel(), np.arange(0, W.size, W.shape[1])  # W[i, c] is flat[at[i] + c]
        contrib = flat.take(at + k[seg]) - flat.take(at + j[seg])
        pos = np.flatnonzero(contrib > 0)  # only features that push towards the class are named
        # by figure, most pushing first, ties by name (a complex number sorts by its real part first)
        order = pos[np.argsort(seg[pos] - 1j * contrib[pos], kind="stable")]
        by = seg[order]
        keep = order[np.arange(order.size) - np.searchsorted(by, by) < top]
        names = self.names
        explanations: list[list[tuple[str, float]]] = [[] for _ in range(n)]
        for f, r, c in zip(seg[keep].tolist(), rows[keep].tolist(), contrib[keep].tolist()):
            explanations[f].append((names[r], c))
        return S.tolist() if scores else None, best.tolist(), p.tolist(), explanations

    # -- plain-data form
    def to_json(self, threshold: float = 0.03) -> dict:
        """Plain data; weights under ``threshold`` are dropped and the rest rounded to 0.01 (keeps
        the file near 200 KB; predictions hardly move)."""
        return {
            "format": "reportmine.metric_model/1",
            "note": self.note,
            "classes": list(self.classes),
            "bias": [round(b, 4) for b in self._bias],
            # per feature: {class index: weight} for the weights that matter
            "weights": {f: ws for f, row in zip(self.names, self.weights.tolist())
                        if (ws := {str(k): round(w, 2) for k, w in enumerate(row) if abs(w) >= threshold})},
        }

    @classmethod
    def from_json(cls, d: dict) -> "TypingModel":
        weights = {f: {int(k): w for k, w in ws.items()} for f, ws in d["weights"].items() if ws}
        return cls(d["classes"], d["bias"], {f: i for i, f in enumerate(weights)}, list(weights.values()), d.get("note", ""))


#: numpy sums a batch of this many figures, and every batch once the model has typed NUMPY_AFTER
#: figures (numpy's import, ~80 ms, costs what typing ~2000 figures in Python costs beyond numpy)
NUMPY_BATCH = 48
NUMPY_AFTER = 1000
#: from this many figures, where numpy is loaded, a batch goes to the float batch in numpy instead of
#: the packed sums in Python (:class:`_Packed`): numpy's per-call overhead costs what about seven
#: figures cost in Python (µs per figure, Python -> numpy: 11.0 -> 17.2 at 3, 11.1 -> 10.2 at 8,
#: 10.8 -> 7.7 at 24)
NUMPY_SMALL = 7


def _numpy_sum(xs: list[float]) -> float:
    """The sum of ``xs`` in the order numpy adds them (its pairwise summation: eight partial sums
    up to 128 numbers, halves beyond), so that the float is the same to the last bit.

    >>> import numpy as np
    >>> xs = [0.1 * i for i in range(1, 40)] + [0.0] * 100 + [1e-3, 7.0]
    >>> all(_numpy_sum(xs[:n]) == float(np.add.reduce(np.array(xs[:n]))) for n in range(1, len(xs)))
    True
    """
    n = len(xs)
    if n < 8:
        total = -0.0
        for x in xs:
            total += x
        return total
    if n <= 128:
        stop = n - n % 8
        acc = xs[:8]
        for i in range(8, stop, 8):
            acc = list(map(add, acc, xs[i:i + 8]))
        total = ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]))
        for x in xs[stop:]:
            total += x
        return total
    half = n // 2
    half -= half % 8
    return _numpy_sum(xs[:half]) + _numpy_sum(xs[half:])


def _reduceat_row(sparse: list[dict[int, float]], rows: list[int], n_classes: int) -> list[float]:
    """Per class, the sum of the weights of ``rows`` (not empty) as ``np.add.reduceat`` sums a
    segment: the first row plus :func:`_numpy_sum` of the others, zeros skipped (adding a zero
    changes no sum), so that the floats are those of the numpy batch."""
    head, rest = sparse[rows[0]], rows[1:]
    n = len(rest)
    if n > 128:  # rare: the columns in full
        return [head.get(c, 0.0) + _numpy_sum([sparse[r].get(c, 0.0) for r in rest]) for c in range(n_classes)]
    stop = n - n % 8 if n >= 8 else 0
    if stop:
        parts = [[0.0] * n_classes for _ in range(8)]  # numpy's eight partial sums, per class
        for i, r in enumerate(rest[:stop]):
            part = parts[i & 7]
            for c, w in sparse[r].items():
                part[c] += w
        total = [((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7)) for a0, a1, a2, a3, a4, a5, a6, a7 in zip(*parts)]
    else:
        total = [-0.0] * n_classes
    for r in rest[stop:]:
        for c, w in sparse[r].items():
            total[c] += w
    return [head.get(c, 0.0) + t for c, t in enumerate(total)]


class _Packed:
    """A model's weights as exact integers, all classes of a row packed in one Python int, so that
    a figure's scores are one ``sum`` of ints and its decision is read from them (:meth:`decide`):
    a few figures typed in Python without numpy's per-call overhead.

    The shipped weights are decimals (``to_json`` rounds them to 0.01, the bias to 0.0001): times
    ``scale`` they are integers, whose sums are exact in any order.  The floats of the numpy batch
    differ from those exact sums by ~1e-14, far less than the 1/``scale`` between two different
    sums, so the best class and the runner-up are the same wherever the integers do not tie, and the
    probability differs far below its printed two decimals; the weights named in an explanation are
    the same float subtractions as the batch's.  Where that argument does not hold (a tie, a
    probability at a rounding edge) :meth:`decide` says None and the caller uses the float batch.
    Each class has a 32-bit lane, offset by 2**31: no sum of the model's rows can leave it (checked
    here), so the packed sum unpacks to each class's sum.

    >>> m = TypingModel(["a", "b", "c"], [0.1, 0.0, -0.1], {"x": 0, "y": 1}, [{0: 1.25}, {1: 0.5, 2: -0.25}])
    >>> P = _Packed.of(m)
    >>> P.scale, P.decide({0, 1})[:3], m.batch([["x", "y"]])[1:3]
    (100, (0, 1, 0.6210800316419236), ([0], [0.6210800316419236]))
    """

    LANE = 32

    def __init__(self, m: TypingModel, scale: int):
        n, lane, half = len(m.classes), self.LANE, 1 << (self.LANE - 1)
        self.scale, self.n, self.inv = scale, n, 1.0 / scale
        self.names, self.sparse = m.names, m.sparse
        self.rows = [sum(round(w * scale) << (lane * k) for k, w in ws.items()) for ws in self.sparse]
        self.base = sum((round(b * scale) + half) << (lane * k) for k, b in enumerate(m._bias))
        self.unpack = struct.Struct(f"<{n}I").unpack
        self.nbytes = n * lane // 8
        #: the rows whose weights span at least HEAVY (the only ones that can push by that much)
        self.heavy = [r for r, ws in enumerate(self.sparse)
                      if max([0.0, *ws.values()]) - min([0.0, *ws.values()]) >= self.HEAVY]
        self._pushing: dict[tuple[int, int], tuple[frozenset[int], dict[int, tuple[float, int]]]] = {}
        #: per class, the weight of every row (one shared 0.0 where it has none)
        self.dense: list[list[float]] = [[0.0] * len(self.sparse) for _ in range(n)]
        for r, ws in enumerate(self.sparse):
            for k, w in ws.items():
                self.dense[k][r] = w

    @classmethod
    def of(cls, m: TypingModel) -> "_Packed | None":
        """``m`` packed, or None where its weights are not decimals of at most six places, or the
        classes are fewer than three, or a sum could leave its lane."""
        values = m._bias + [w for ws in m.sparse for w in ws.values()]  # the bias first: it has the most places
        scale = next((s for s in (10 ** i for i in range(7)) if all(round(v * s) / s == v for v in values)), None)
        if scale is None or len(m.classes) < 3:
            return None
        reach = sum(abs(v) for v in values) * scale + 1
        return cls(m, scale) if reach < 1 << (cls.LANE - 2) else None

    def decide(self, found: set[int], top: int = 3, threshold: float = 0.0
               ) -> tuple[int, int, float, list[tuple[str, float]]] | None:
        """(best class, runner-up, probability of the best, explanation) of the figure whose rows
        are ``found``, as :meth:`TypingModel.batch` gives them (its explanation: the ``top``
        features pushing most towards the best class against the runner-up); None where the float
        batch is needed to be sure (see the class docstring), also where the probability is a hair
        from ``threshold``."""
        if len(found) < 2:  # itemgetter of one item gives the item, not a tuple
            return None
        rows = tuple(found)
        pick = itemgetter(*rows)
        scores = self.unpack((self.base + sum(pick(self.rows))).to_bytes(self.nbytes, "little"))
        ranked = sorted(scores)
        best, second = ranked[-1], ranked[-2]
        if best == second or second == ranked[-3]:
            return None
        total, inv = 0.0, self.inv
        for s in reversed(ranked):  # the classes within e**-25 of the best: the others change p by < 1e-9
            x = (s - best) * inv
            if x < -25.0:
                break
            total += math.exp(x)
        p = 1.0 / total
        if abs(p * 100.0 % 1.0 - 0.5) < 1e-6 or abs(p - threshold) < 1e-6:  # printed with two decimals
            return None
        k, j = scores.index(best), scores.index(second)
        return k, j, p, self.explain(found, k, j, top)

    #: a row whose weights span at least this much is "heavy" (see :meth:`explain`)
    HEAVY = 0.5

    def explain(self, found: set[int], k: int, j: int, top: int) -> list[tuple[str, float]]:
        """The ``top`` rows of ``found`` whose weight for class ``k`` most exceeds that for ``j``, as
        (feature, difference > 0), largest first, ties by name (rows are in name order).

        A row whose weights span less than :attr:`HEAVY` pushes by less than that: where ``top``
        rows of the figure push by at least that much (:meth:`pushing`: those of the pair of classes),
        they are the answer, read from those few; else every row of the figure is weighed."""
        keys, heavy = self._pushing.get((k, j)) or self.pushing(k, j)
        cand = found.intersection(keys)
        names = self.names
        if len(cand) >= top:
            return [(names[r], -d) for d, r in sorted(map(heavy.__getitem__, cand))[:top]]
        # wj - wk per row (exactly -(wk - wj)): the most pushing are the most negative
        rows = tuple(found)
        wj, wk = self.dense[j], self.dense[k]
        ds = list(map(sub, map(wj.__getitem__, rows), map(wk.__getitem__, rows)))
        out = []
        for v in dict.fromkeys(sorted(ds)[:top]):  # the distinct least values, ascending
            if v >= 0:
                break
            if ds.count(v) == 1:
                out.append((names[rows[ds.index(v)]], -v))
            else:  # ties by name
                out.extend((names[r], -v) for r in sorted(r for r, d in zip(rows, ds) if d == v))
        return out[:top]

    def pushing(self, k: int, j: int) -> tuple[frozenset[int], dict[int, tuple[float, int]]]:
        """The rows whose weight for ``k`` exceeds that for ``j`` by at least :attr:`HEAVY`, and each
        one's sort key (wj - wk, row), made once per pair from the heavy rows."""
        out = self._pushing.get((k, j))
        if out is None:
            wk, wj = self.dense[k], self.dense[j]
            keys = {r: (wj[r] - wk[r], r) for r in self.heavy if wk[r] - wj[r] >= self.HEAVY}
            out = self._pushing[(k, j)] = frozenset(keys), keys
        return out


_lock = threading.Lock()


@lru_cache(maxsize=1)
def model() -> TypingModel | None:
    """The shipped model (``data/metric_model.json``), loaded on first use; None if there is none."""
    with _lock:
        try:
            raw = resources.files("reportmine").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
        except (FileNotFoundError, OSError):
            return None
        return TypingModel.from_json(json.loads(raw))


#: the model in use: the shipped one unless a caller (cross-validation) sets another
_override: list = []


@contextmanager
def using(m: TypingModel | None) -> Iterator[None]:
    """Type with ``m`` (None: cues alone) inside the block."""
    _override.append(m)
    try:
        yield
    finally:
        _override.pop()


def current() -> TypingModel | None:
    return _override[-1] if _override else model()


#: the model overrules the cue tables only when at least this sure.  Chosen by 5-fold CV on the
#: field corpus (accuracy on figure-matched records, 1487 figures): 0 → 0.948, 0.5 → 0.946,
#: 0.7 → 0.941, 0.9 → 0.933, never (cues alone) → 0.931: the model is best trusted whole.
MIN_OVERRIDE = 0.0


def decide(feats: Sequence[str], cue: str, cue_why: str, min_override: float | None = None) -> tuple[str, str]:
    """The metric of a figure and why: the model's choice over ``feats`` (cue decision included),
    where it disagrees with the cue only if its probability reaches ``min_override``."""
    return decide_many([(feats, cue, cue_why)], min_override)[0]


def decide_many(items: Sequence[tuple[Sequence[str], str, str]], min_override: float | None = None) -> list[tuple[str, str]]:
    """:func:`decide` for many figures ``(feats, cue, cue_why)`` at once (one batch)."""
    m = current()
    if m is None or not items:
        return [(cue, why) for _, cue, why in items]
    threshold = MIN_OVERRIDE if min_override is None else min_override
    packed = m.packed
    if packed is None:
        _, best, probs, explanations = m.batch([feats for feats, _, _ in items])
    else:  # exact integer sums; the float batch only for the figures they cannot decide for sure
        founds = [m.found(feats) for feats, _, _ in items]
        n = len(founds)
        m._typed += n
        if n >= NUMPY_SMALL and (n >= NUMPY_BATCH or m._typed > NUMPY_AFTER or "numpy" in sys.modules):
            _, best, probs, explanations = m._batch_numpy(founds, 3, None, ordered=False, scores=False)  # the float batch
        else:
            decided = [packed.decide(found, threshold=threshold) for found in founds]
            unsure = [i for i, d in enumerate(decided) if d is None]
            if unsure:
                _, b, p, e = m.batch([items[i][0] for i in unsure])
                for i, k, pk, ek in zip(unsure, b, p, e):
                    decided[i] = (k, None, pk, ek)
            best, _, probs, explanations = zip(*decided)
    out = []
    for (_, cue, cue_why), k, p, expl in zip(items, best, probs, explanations):
        metric = m.classes[k]
        if metric != cue and p < threshold:
            out.append((cue, f"{cue_why}; model unsure (p={p:.2f} for {metric})"))
            continue
        top = ", ".join([_named.get(e) or _name(e) for e in expl])
        agree = "agrees with" if metric == cue else f"overrides {cue} of"
        out.append((metric, f"model p={p:.2f} ({top}); {agree} {cue_why}"))
    return out


#: (feature, weight) -> how Record.why names it, for the pairs met so far (a few thousand)
_named: dict[tuple[str, float], str] = {}


def _name(e: tuple[str, float]) -> str:
    if len(_named) > 65536:
        _named.clear()
    out = _named[e] = f"{e[0]} {e[1]:+.1f}"
    return out


# --------------------------------------------------------------------------- training hook

_collector: list[list[dict]] = []


@contextmanager
def collecting() -> Iterator[list[list[dict]]]:
    """Collect, for every call of the extraction stage inside the block, one list of
    ``{start, end, unit, value, cue, feats}`` per figure (what training and cross-validation need)."""
    calls: list[list[dict]] = []
    _collector.append(calls)
    try:
        yield calls
    finally:
        _collector.pop()


def collector() -> list[dict] | None:
    """A fresh list to fill for this extraction call, or None when nobody collects."""
    if not _collector:
        return None
    calls = _collector[-1]
    calls.append([])
    return calls[-1]


# --------------------------------------------------------------------------- training

def train(X: Sequence[Sequence[str]], y: Sequence[str], *, min_count: int = 2, C: float = 1.0,
          note: str = "", sample_weight: Sequence[float] | None = None) -> TypingModel:
    """Fit the model on feature lists ``X`` and gold metrics ``y`` (scikit-learn, imported here only).

    Features seen in fewer than ``min_count`` training figures are dropped; the fit is a
    multinomial logistic regression (lbfgs, L2), deterministic for the same input.  ``sample_weight``:
    one weight per figure (default: all 1).

    >>> m = train([["u=yuan", "c:funds"], ["u=person", "c:members"]] * 3, ["funds", "members"] * 3)
    >>> m.predict(["u=yuan", "c:funds"])[0], m.predict(["c:members"])[0]
    ('funds', 'members')
    >>> [train([["u=yuan"]] * 2, ["funds", "relief_amount"], sample_weight=w).predict(["u=yuan"])[0] for w in ([3, 1], [1, 3])]
    ['funds', 'relief_amount']
    """
    from collections import Counter

    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats in X for f in set(feats))
    vocab = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    indptr, cols = [0], []
    for feats in X:
        cols.extend(sorted({index[f] for f in feats if f in index}))
        indptr.append(len(cols))
    M = csr_matrix((np.ones(len(cols)), cols, indptr), shape=(len(X), len(vocab)))
    clf = LogisticRegression(C=C, max_iter=1000, tol=1e-4)
    clf.fit(M, list(y), sample_weight=None if sample_weight is None else np.asarray(sample_weight, dtype=float))
    classes = tuple(str(c) for c in clf.classes_)
    W, b = clf.coef_.T.copy(), clf.intercept_.copy()
    if len(classes) == 2:  # scikit-learn keeps one column for two classes
        W, b = np.hstack([-W / 2, W / 2]), np.array([-b[0] / 2, b[0] / 2])
    return TypingModel(classes, b, index, W, note)
