"""Recycled text: the same paragraph (and its figures) copied from report to report.

Template and archive sites copy whole reports and single paragraphs, lightly
rewritten (spun synonyms, furniture, Traditional script), so an archive counts
the same figure many times.  :func:`duplicates` finds the paragraphs that
recycle an earlier report's and sets ``duplicate_of`` on their records: the
doc_id of the first occurrence, or ``""``.

How: each paragraph holding a figure is reduced to its letters and digits,
vectorised as TF-IDF over character 3-grams, and its nearest earlier neighbours
by cosine are found with scikit-learn (``NearestNeighbors``, brute force over
sparse rows).  A record is a duplicate when its paragraph is at least
``threshold`` similar to a paragraph of an *earlier, other* document that also
holds the record's mention and mostly the same numbers (a template paragraph
filled in with another report's figures is not recycled text).  First means
first in input order.

>>> import pandas as pd
>>> rows = pd.DataFrame({
...     "doc_id": ["a", "b", "c"],
...     "mention": ["45户", "45户", "45户"],
...     "evidence": ["春节期间，区总工会走访慰问困难职工45户，送去米面油和慰问金。",
...                  "春节期间，区总工会走访慰问困难职工45户，送去米面油和慰问金！",
...                  "今年共为新入会的会员45户办理了互助保障，覆盖全部基层工会。"]})
>>> list(duplicates(rows)["duplicate_of"].fillna(""))
['', 'a', '']
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

import numpy as np

__all__ = ["DuplicateFinder", "duplicates", "earlier_copies", "similar_pairs", "same_numbers"]

_KEEP = re.compile(r"[\W_]+", re.UNICODE)  # punctuation, spaces, symbols go; letters and digits stay
_DIGITS = re.compile(r"\d+")

#: Default cosine similarity from which two paragraphs are one recycled text.
THRESHOLD = 0.6
#: Share of the numbers of two paragraphs that must agree (multiset overlap over the larger count).
SAME_NUMBERS = 0.6
#: Memory (MB) for one block of the pairwise distances (scikit-learn's default is 1024).
WORKING_MB = 32
#: Candidate pairs whose cosine is computed at once.
PAIR_BLOCK = 20000
#: Paragraphs shorter than this (letters and digits) are too short to tell a copy from a formula.
MIN_CHARS = 12


def _squeeze(text: str) -> str:
    return _KEEP.sub("", text or "")


def same_numbers(a: str, b: str, share: float = SAME_NUMBERS) -> bool:
    """Whether two texts state mostly the same numbers (vacuously true when neither has any).

    >>> same_numbers("会员1200人，工会35家", "会员1200人，新建工会35家"), same_numbers("会员1200人", "会员980人")
    (True, False)
    """
    from collections import Counter

    na, nb = Counter(_DIGITS.findall(a)), Counter(_DIGITS.findall(b))
    big = max(sum(na.values()), sum(nb.values()))
    return big == 0 or sum((na & nb).values()) / big >= share


def _tfidf(texts: Sequence[str]):
    """L2-normalised TF-IDF rows over character 3-grams (a dot product is the cosine), or None."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer="char", ngram_range=(3, 3), sublinear_tf=True, dtype=np.float32, lowercase=False)
    try:
        return vec.fit_transform(texts)
    except ValueError:  # every text shorter than an n-gram
        return None


def similar_pairs(texts: Sequence[str], threshold: float = THRESHOLD) -> list[list[int]]:
    """For each text, the indices of the texts at least ``threshold`` cosine-similar (itself included).

    TF-IDF over character 3-grams of the texts, scikit-learn nearest neighbours by cosine.
    """
    if not texts:
        return []
    import sklearn
    from sklearn.neighbors import NearestNeighbors

    x = _tfidf(texts)
    if x is None:
        return [[i] for i in range(len(texts))]
    nn = NearestNeighbors(metric="cosine", algorithm="brute").fit(x)
    with sklearn.config_context(working_memory=WORKING_MB):  # distance blocks, not a 1 GB default
        _, idx = nn.radius_neighbors(x, radius=1.0 - threshold + 1e-6)
    return [sorted(int(j) for j in row) for row in idx]


def earlier_copies(texts: Sequence[str], docs: Sequence[str], threshold: float = THRESHOLD) -> list[list[int]]:
    """For each text, the earlier texts of other documents it recycles: at least ``threshold``
    cosine-similar and stating mostly the same numbers (:func:`same_numbers`), in order.

    Texts with numbers are compared only with texts holding one of their rarest numbers
    (a text that shares mostly the same numbers must hold one of them), so the work grows
    with the copies, not with the square of the corpus; texts without numbers go to
    :func:`similar_pairs`.

    >>> earlier_copies(["工会会员1200人新增85人", "工会会员1200人新增85人", "工会会员1200人新增93人"], ["a", "b", "c"])
    [[], [0], []]
    """
    import math
    from collections import Counter, defaultdict

    out: list[list[int]] = [[] for _ in texts]
    nums = [Counter(_DIGITS.findall(t)) for t in texts]
    plain = [i for i, c in enumerate(nums) if not c]
    for a, near in enumerate(similar_pairs([texts[i] for i in plain], threshold)):
        i = plain[a]
        out[i] = [plain[b] for b in near if plain[b] < i and docs[plain[b]] != docs[i]]
    if len(plain) == len(texts):
        return out
    x = _tfidf(texts)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(nums):
        for n in c:
            postings[n].append(i)
    if x is None:
        return out
    pairs_i: list[int] = []
    pairs_j: list[int] = []
    for i, c in enumerate(nums):
        if not c:
            continue
        left = sum(c.values())
        need = math.ceil(SAME_NUMBERS * left)
        keys = []
        for n in sorted(c, key=lambda n: len(postings[n])):  # rarest first, until the rest cannot make `need`
            if left < need:
                break
            keys.append(n)
            left -= c[n]
        for j in sorted({j for n in keys for j in postings[n] if j < i and docs[j] != docs[i]}):
            pairs_i.append(i)
            pairs_j.append(j)
    for lo in range(0, len(pairs_i), PAIR_BLOCK):  # cosines of candidate pairs, a block at a time
        bi, bj = pairs_i[lo : lo + PAIR_BLOCK], pairs_j[lo : lo + PAIR_BLOCK]
        sims = np.asarray(x[bi].multiply(x[bj]).sum(axis=1)).ravel()
        for i, j, sim in zip(bi, bj, sims):
            if sim >= threshold - 1e-6 and same_numbers(texts[i], texts[j]):
                out[i].append(j)
    return out


class DuplicateFinder:
    """Collects records with their paragraphs (in input order) and names the first occurrence of each.

    >>> f = DuplicateFinder()
    >>> para = "全区各级工会共筹集送温暖资金120万元，慰问困难职工860户。"
    >>> f.add_records([{"doc_id": "x", "mention": "120万元"}], [para])
    >>> f.add_records([{"doc_id": "y", "mention": "120万元"}], [para.replace("共", "一共")])
    >>> f.first_occurrences()
    ['', 'x']
    """

    def __init__(self, threshold: float = THRESHOLD, min_chars: int = MIN_CHARS):
        self.threshold = threshold
        self.min_chars = min_chars
        self.units: dict[tuple[str, str], int] = {}  # (doc_id, squeezed paragraph) -> unit
        self.unit_doc: list[str] = []
        self.unit_text: list[str] = []
        self.rec_unit: list[int] = []  # per record: its unit, or -1 (too short to judge)
        self.rec_mention: list[str] = []

    def add_records(self, records: Iterable[dict], paragraphs: Iterable[str]) -> None:
        """Add records (dicts with ``doc_id`` and ``mention``) and the paragraph of each."""
        for r, para in zip(records, paragraphs):
            text = _squeeze(para)
            unit = -1
            if len(text) >= self.min_chars:
                key = (str(r.get("doc_id", "")), text)
                unit = self.units.get(key, -1)
                if unit < 0:
                    unit = self.units[key] = len(self.unit_text)
                    self.unit_doc.append(key[0])
                    self.unit_text.append(text)
            self.rec_unit.append(unit)
            self.rec_mention.append(_squeeze(str(r.get("mention", ""))))

    def first_occurrences(self) -> list[str]:
        """Per record added: the doc_id of the earliest other document holding its paragraph, or ``""``."""
        earlier = earlier_copies(self.unit_text, self.unit_doc, self.threshold)
        origin = list(self.unit_doc)  # per unit: the document its text first appeared in
        for i, prior in enumerate(earlier):
            if prior:
                origin[i] = origin[prior[0]]
        out = []
        for unit, mention in zip(self.rec_unit, self.rec_mention):
            first = ""
            if unit >= 0:
                for j in earlier[unit]:
                    if mention in self.unit_text[j] and origin[j] != self.unit_doc[unit]:
                        first = origin[j]
                        break
            out.append(first)
        return out


def duplicates(frame_or_docs, threshold: float = THRESHOLD, min_chars: int = MIN_CHARS):
    """Records with ``duplicate_of`` set: the doc_id where their paragraph first appeared, or ``""``.

    ``frame_or_docs`` is a records frame (its ``paragraph`` column if it has
    one, else ``evidence``, stands for the paragraph) or documents/articles
    (their paragraphs are used).  Returns a records frame (a copy; rows in the
    order given) whose ``duplicate_of`` is a string column, missing (``pd.NA``)
    for records seen first; ``frame.attrs["duplicates"]`` counts the others.
    Drop them with ``df[df.duplicate_of.isna()]``.
    """
    import pandas as pd

    if isinstance(frame_or_docs, pd.DataFrame):
        df = frame_or_docs.copy()
        col = "paragraph" if "paragraph" in df.columns else "evidence"
        paragraphs = df[col].fillna("").astype(str).tolist() if len(df) else []
        records = df[["doc_id", "mention"]].fillna("").to_dict("records") if len(df) else []
    else:
        from .bulk import record_paragraphs
        from .model import Article, Document
        from .output import records_frame

        items = [frame_or_docs] if isinstance(frame_or_docs, (Document, Article)) else list(frame_or_docs)
        articles = [a for x in items for a in (x.articles if isinstance(x, Document) else [x])]
        df = records_frame(articles)
        paragraphs = [p for a in articles for p in record_paragraphs(a)]
        records = [{"doc_id": r.doc_id, "mention": r.mention} for a in articles for r in a.records]
    finder = DuplicateFinder(threshold, min_chars)
    finder.add_records(records, paragraphs)
    first = finder.first_occurrences()
    df["duplicate_of"] = pd.array([f or pd.NA for f in first], dtype="string")
    df.attrs["duplicates"] = sum(1 for f in first if f)
    return df
