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
non-zero weights), loads on first use and predicts with a dot product in numpy; no pickle and no
scikit-learn at run time.  Where the file is missing, typing falls back to the cues alone.

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
import threading
from itertools import chain, repeat
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator, Sequence

import numpy as np

from .classify import Window, cue_hits
from .figures import Figure

__all__ = ["figure_features", "TypingModel", "model", "decide", "decide_many", "collecting", "MODEL_FILE", "CUE_PREFIXES"]

MODEL_FILE = "metric_model.json"

#: prefixes of the features that come from the cue tables (dropped for the "model alone" variant)
CUE_PREFIXES = ("cue=", "src=", "p:", "c:", "s:", "l:", "px:", "cx:", "sx:", "lx:", "a:", "d:")


def _bigrams(s: str, tag: str) -> list[str]:
    return list(map(tag.__add__, map(str.__add__, s, s[1:])))


def _dist_class(d: int) -> str:
    return "0" if d <= 1 else "1" if d <= 4 else "2" if d <= 10 else "3"


def figure_features(text: str, fig: Figure, win: Window, *, cue: str, source: str, subject: str = "",
                    part: str = "summary", heading: str = "", prev_unit: str = "", next_unit: str = "",
                    prev_cue: str = "", qizhong: bool = False, matches=None) -> list[str]:
    """The features of ``fig`` (see the module docstring); ``text`` is the masked article text,
    ``matches`` the cue matches of its sentence (:func:`reportmine.classify.sentence_matches`)."""
    u = fig.unit
    out = [f"cue={cue}", f"cue={cue}|u={u}", f"src={source}", f"u={u}", f"ru={fig.raw_unit}",
           f"q={fig.qualifier}", f"part={part}", f"prev={prev_unit}", f"next={next_unit}", "bias",
           f"pc={prev_cue}", f"pc={prev_cue}|u={u}"]
    if qizhong:
        out.append("qz")
    if fig.raw_unit.endswith("百分点"):
        out.append("pp")
    nearest: dict[str, int] = {}
    for level, metric, fits, adjacent, dist in cue_hits(text, fig, win, matches):
        out.append(f"{level}{'' if fits else 'x'}:{metric}")
        if adjacent and fits:
            out.append(f"a:{metric}")
        if fits and dist < nearest.get(metric, 1 << 30):
            nearest[metric] = dist
    out.extend(f"d:{m}={_dist_class(d)}" for m, d in nearest.items())
    subj = subject.strip()
    if subj:
        out += [f"h2={subj[-2:]}", f"h1={subj[-1:]}"]
    lo, hi = win.clause
    left, right = text[lo:fig.start], text[fig.end:hi]
    out += [f"l1={left[-1:]}", f"l2={left[-2:]}", f"r1={right[:1]}", f"r2={right[:2]}", f"r3={right[:3]}"]
    out += _bigrams(left[-14:], "c2<") + _bigrams(right[:14], "c2>")
    out += _heading_grams(heading[:16])
    return list(dict.fromkeys(out))  # each once, in a fixed order (the model sums them in its own order)


@lru_cache(maxsize=512)
def _heading_grams(heading: str) -> tuple[str, ...]:
    return tuple(_bigrams(heading, "H2="))


@dataclass
class TypingModel:
    """A linear model over string features: ``scores = bias + sum of the rows of its features``."""

    classes: tuple[str, ...]
    bias: np.ndarray  # (n_classes,)
    index: dict[str, int]  # feature -> row of ``weights``
    weights: np.ndarray  # (n_features, n_classes)
    note: str = ""

    def __post_init__(self):
        # rows in feature-name order: ties between features are broken by name wherever they are listed
        names = sorted(self.index)
        if [self.index[f] for f in names] != list(range(len(names))):
            order = [self.index[f] for f in names]
            self.weights = self.weights[order]
            self.index = {f: i for i, f in enumerate(names)}
        self.names = names

    def scores(self, feats: Sequence[str]) -> np.ndarray:
        return self.batch([feats])[0][0]

    def predict(self, feats: Sequence[str]) -> tuple[str, float]:
        """The best class and its probability."""
        _, k, p, _ = self.batch([feats])
        return self.classes[k[0]], float(p[0])

    def explain(self, feats: Sequence[str], metric: str, top: int = 3) -> list[tuple[str, float]]:
        """The features that pushed most towards ``metric`` against the runner-up."""
        return self.batch([feats], top=top, force=self.classes.index(metric))[3][0]

    def batch(self, feats: Sequence[Sequence[str]], top: int = 3, force: int | None = None):
        """Scores of many figures at once (one gather and one sum for all of them: per figure, numpy's
        call overhead would cost more than the arithmetic).

        Returns ``(scores (n, classes), best class index (n,), its probability (n,), explanations)``:
        for each figure, its ``top`` features that pushed most towards the best class (``force``: this
        class instead) against the runner-up, as (feature, weight difference) with the difference > 0.
        """
        n = len(feats)
        lens = np.fromiter(map(len, feats), dtype=np.intp, count=n)
        # every feature's row (-1: not in the model), gathered in one pass
        found = np.fromiter(map(self.index.get, chain.from_iterable(feats), repeat(-1)), dtype=np.intp, count=int(lens.sum()))
        seg = np.repeat(np.arange(n), lens)
        known = found >= 0
        # per figure, rows ascending (the order of the sums: reproducible); one sort of a combined key
        key = np.sort(seg[known] * len(self.names) + found[known])
        seg, rows = np.divmod(key, len(self.names))
        lens = np.bincount(seg, minlength=n)
        starts = np.zeros(n, dtype=np.intp)
        np.cumsum(lens[:-1], out=starts[1:])
        W = self.weights[rows]  # (rows, classes)
        S = np.tile(self.bias, (n, 1))
        filled = lens > 0
        if rows.size:
            S[filled] = self.bias + np.add.reduceat(W, starts[filled], axis=0)
        best = np.argmax(S, axis=1)
        ar = np.arange(n)
        p = 1.0 / np.exp(S - S[ar, best][:, None]).sum(axis=1)
        k = best if force is None else np.full(n, force)
        S2 = S.copy()
        S2[ar, k] = -np.inf
        j = np.argmax(S2, axis=1)
        at = np.arange(rows.size)
        contrib = W[at, k[seg]] - W[at, j[seg]]
        pos = np.flatnonzero(contrib > 0)  # only features that push towards the class are named
        order = pos[np.lexsort((-contrib[pos], seg[pos]))]  # by figure, most pushing first (ties: by name)
        first = np.searchsorted(seg[order], seg[order], side="left")
        keep = order[np.arange(order.size) - first < top]
        names = self.names
        explanations: list[list[tuple[str, float]]] = [[] for _ in range(n)]
        for f, r, c in zip(seg[keep].tolist(), rows[keep].tolist(), contrib[keep].tolist()):
            explanations[f].append((names[r], c))
        return S, best, p, explanations

    # -- plain-data form
    def to_json(self, threshold: float = 0.03) -> dict:
        """Plain data; weights under ``threshold`` are dropped and the rest rounded to 0.01 (keeps
        the file near 200 KB; predictions hardly move)."""
        feats = sorted(self.index, key=self.index.get)
        return {
            "format": "reportmine.metric_model/1",
            "note": self.note,
            "classes": list(self.classes),
            "bias": [round(float(b), 4) for b in self.bias],
            # per feature: {class index: weight} for the weights that matter
            "weights": {f: ws for f in feats
                        if (ws := {str(k): round(float(w), 2) for k, w in enumerate(self.weights[self.index[f]]) if abs(w) >= threshold})},
        }

    @classmethod
    def from_json(cls, d: dict) -> "TypingModel":
        classes = tuple(d["classes"])
        feats = [f for f, ws in d["weights"].items() if ws]
        W = np.zeros((len(feats), len(classes)))
        for i, f in enumerate(feats):
            for k, w in d["weights"][f].items():
                W[i, int(k)] = w
        return cls(classes, np.asarray(d["bias"], dtype=float), {f: i for i, f in enumerate(feats)}, W, d.get("note", ""))


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
    """:func:`decide` for many figures ``(feats, cue, cue_why)`` at once (one batch of numpy work)."""
    m = current()
    if m is None or not items:
        return [(cue, why) for _, cue, why in items]
    threshold = MIN_OVERRIDE if min_override is None else min_override
    _, best, probs, explanations = m.batch([feats for feats, _, _ in items])
    out = []
    for (_, cue, cue_why), k, p, expl in zip(items, best.tolist(), probs.tolist(), explanations):
        metric = m.classes[k]
        if metric != cue and p < threshold:
            out.append((cue, f"{cue_why}; model unsure (p={p:.2f} for {metric})"))
            continue
        top = ", ".join(f"{f} {w:+.1f}" for f, w in expl)
        agree = "agrees with" if metric == cue else f"overrides {cue} of"
        out.append((metric, f"model p={p:.2f} ({top}); {agree} {cue_why}"))
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
          note: str = "") -> TypingModel:
    """Fit the model on feature lists ``X`` and gold metrics ``y`` (scikit-learn, imported here only).

    Features seen in fewer than ``min_count`` training figures are dropped; the fit is a
    multinomial logistic regression (lbfgs, L2), deterministic for the same input.

    >>> m = train([["u=yuan", "c:funds"], ["u=person", "c:members"]] * 3, ["funds", "members"] * 3)
    >>> m.predict(["u=yuan", "c:funds"])[0], m.predict(["c:members"])[0]
    ('funds', 'members')
    """
    from collections import Counter

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
    clf.fit(M, list(y))
    classes = tuple(str(c) for c in clf.classes_)
    W, b = clf.coef_.T.copy(), clf.intercept_.copy()
    if len(classes) == 2:  # scikit-learn keeps one column for two classes
        W, b = np.hstack([-W / 2, W / 2]), np.array([-b[0] / 2, b[0] / 2])
    return TypingModel(classes, b, index, W, note)
