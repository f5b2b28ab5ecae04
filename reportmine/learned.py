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
  ``p2=`` / ``c2=`` character bigrams of the phrase / clause, ``H2=`` of the innermost heading;
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
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator, Sequence

import numpy as np

from .classify import Window, cue_hits
from .figures import Figure

__all__ = ["figure_features", "TypingModel", "model", "decide", "collecting", "MODEL_FILE", "CUE_PREFIXES"]

MODEL_FILE = "metric_model.json"

#: prefixes of the features that come from the cue tables (dropped for the "model alone" variant)
CUE_PREFIXES = ("cue=", "src=", "p:", "c:", "s:", "l:", "px:", "cx:", "sx:", "lx:", "a:", "d:")


def _bigrams(s: str, tag: str) -> list[str]:
    return [f"{tag}{s[i:i + 2]}" for i in range(len(s) - 1)]


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
    pa, pb = win.local
    out += _bigrams(text[pa:fig.start], "p2<") + _bigrams(text[fig.end:pb], "p2>")
    out += _bigrams(left[-14:], "c2<") + _bigrams(right[:14], "c2>")
    out += _bigrams(heading[:16], "H2=")
    return sorted(set(out))


@dataclass
class TypingModel:
    """A linear model over string features: ``scores = bias + sum of the rows of its features``."""

    classes: tuple[str, ...]
    bias: np.ndarray  # (n_classes,)
    index: dict[str, int]  # feature -> row of ``weights``
    weights: np.ndarray  # (n_features, n_classes)
    note: str = ""

    def _rows(self, feats: Sequence[str]) -> list[int]:
        index = self.index
        return [index[f] for f in feats if f in index]

    def scores(self, feats: Sequence[str]) -> np.ndarray:
        rows = self._rows(feats)
        return self.bias + self.weights[rows].sum(axis=0) if rows else self.bias.copy()

    def predict(self, feats: Sequence[str]) -> tuple[str, float]:
        """The best class and its probability."""
        return self._predict(self._rows(feats))[:2]

    def _predict(self, rows: list[int]) -> tuple[str, float, np.ndarray]:
        s = self.bias + self.weights[rows].sum(axis=0) if rows else self.bias.copy()
        k = int(np.argmax(s))
        return self.classes[k], float(1.0 / np.exp(s - s[k]).sum()), s

    def explain(self, feats: Sequence[str], metric: str, top: int = 3) -> list[tuple[str, float]]:
        """The features that pushed most towards ``metric`` against the runner-up."""
        return self._explain([f for f in feats if f in self.index], metric, self.scores(feats), top)

    def _explain(self, present: list[str], metric: str, s: np.ndarray, top: int) -> list[tuple[str, float]]:
        k = self.classes.index(metric)
        s2 = s.copy()
        s2[k] = -np.inf
        j = int(np.argmax(s2))
        rows = [self.index[f] for f in present]
        if not rows:
            return []
        contrib = self.weights[rows, k] - self.weights[rows, j]
        order = np.argsort(-contrib, kind="stable")[:top]
        return [(present[i], float(contrib[i])) for i in order if contrib[i] > 0]

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
    m = current()
    if m is None:
        return cue, cue_why
    present = [f for f in feats if f in m.index]
    metric, p, s = m._predict([m.index[f] for f in present])
    if metric != cue and p < (MIN_OVERRIDE if min_override is None else min_override):
        return cue, f"{cue_why}; model unsure (p={p:.2f} for {metric})"
    top = ", ".join(f"{f} {w:+.1f}" for f, w in m._explain(present, metric, s, 3))
    agree = "agrees with" if metric == cue else f"overrides {cue} of"
    return metric, f"model p={p:.2f} ({top}); {agree} {cue_why}"


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
