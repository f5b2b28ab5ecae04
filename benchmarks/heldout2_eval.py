"""Score reportmine on the second held-out set (corpora/heldout2), the honest generalisation figure.

usage: .venv/bin/python benchmarks/heldout2_eval.py [--errors N] [--json]

Loads every raw file with ``reportmine.load`` (bytes, HTML and all, as a user would) and prints
figure/typed/core/section scores from ``reportmine.evaluate.evaluate``, the text CER per article
(same fold as shared/tools/score.py: NFKC, whitespace removed, Levenshtein / gold length),
article counts, title/year/org_level/report_type agreement, and the misses and false alarms.
The gold was written and committed before reportmine was first run on these files.
"""
from __future__ import annotations

import json
import pathlib
import re
import sys
import unicodedata

from rapidfuzz.distance import Levenshtein

import reportmine
from reportmine.evaluate import _pair_by_figure, evaluate, load_gold

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpora" / "heldout2"
GOLD = CORPUS / "gold"
RAW = CORPUS / "raw"


def fold(s: str) -> str:
    """NFKC, whitespace removed (the fold of shared/tools/score.py)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def cer(pred: str, gold: str) -> float:
    """Character error rate of ``pred`` against ``gold`` after folding.

    >>> cer("今年 以来", "今年以来")
    0.0
    """
    p, g = fold(pred), fold(gold)
    return Levenshtein.distance(p, g) / len(g) if g else float(bool(p))


def load_docs() -> list:
    """One reportmine Document per raw file, named by the file's stem."""
    return [reportmine.load(p) for p in sorted(RAW.iterdir()) if p.is_file()]


def measure() -> dict:
    """All figures of the held-out-2 run, as a dict (used by tests/test_heldout2.py)."""
    docs = load_docs()
    report = evaluate(GOLD, docs)
    gold = load_gold(GOLD)
    by_name = {d.name: d for d in docs}
    rows, meta = [], {"title": [0, 0], "year": [0, 0], "org_level": [0, 0], "report_type": [0, 0]}
    n_pred = n_gold = 0
    wsum = werr = 0.0
    same_part, flags = [0, 0], []
    for stem, g in gold.items():
        doc = by_name.get(stem)
        arts = {a.index: a for a in doc.articles} if doc else {}
        n_pred += len(arts)
        n_gold += len(g["articles"])
        for ga in g["articles"]:
            a = arts.get(ga["article"])
            c = cer(a.text, ga["text"]) if a else 1.0
            n = len(fold(ga["text"]))
            wsum += n
            werr += n * c
            md = a.metadata.to_dict() if a and a.metadata else {}
            got = {"title": a.title if a else None, "year": md.get("year"), "org_level": md.get("org_level"),
                   "report_type": md.get("report_type")}
            for k in meta:
                meta[k][1] += 1
                want = ga[k]
                ok = fold(str(got[k])) == fold(str(want)) if k == "title" else got[k] == want
                meta[k][0] += bool(ok)
            pairs, _, _ = _pair_by_figure(ga["records"], [r.to_dict() for r in (a.records if a else ())])
            for gr, pr in pairs:
                same_part[1] += 1
                same_part[0] += gr["part"] == pr["part"]
                for flag in set(gr["flags"]) | set(pr.get("flags") or ()):
                    flags.append((f"{stem}#{ga['article']}", gr["mention"], flag, flag in gr["flags"], flag in (pr.get("flags") or ())))
            rows.append(dict(where=f"{stem}#{ga['article']}", cer=c, got=got,
                             want={k: ga[k] for k in meta},
                             sections=(len(list(a.iter_sections())) if a else 0, len(ga["sections"]))))
    return dict(report=report, rows=rows, meta=meta, articles=(n_pred, n_gold), text_cer=werr / wsum,
                part_agreement=same_part, flags=flags)


def _rec(r: dict) -> str:
    return (f"{r['where']:16} {r['metric']:17} {r['value']:>12g} {r['unit']:11} {r.get('qualifier', ''):9} "
            f"{r.get('mention', '')}  [{r.get('subject', '')}]")


def main() -> None:
    n_err = int(sys.argv[sys.argv.index("--errors") + 1]) if "--errors" in sys.argv else 200
    m = measure()
    rep = m["report"]
    if "--json" in sys.argv:
        out = {k: dict(p=s.precision, r=s.recall, f1=s.f1) for k, s in rep.scores.items()}
        out.update(text_cer=m["text_cer"], articles=m["articles"], meta={k: v[0] / v[1] for k, v in m["meta"].items()})
        print(json.dumps(out))
        return
    print(f"{'article':18} {'CER':>7}  sections pred/gold  title | year | org_level | report_type (got vs gold)")
    for r in m["rows"]:
        diff = [f"{k}: {r['got'][k]!r} vs {r['want'][k]!r}" for k in r["got"] if r["got"][k] != r["want"][k]]
        print(f"{r['where']:18} {r['cer']:7.4f}  {r['sections'][0]:3}/{r['sections'][1]:<3}  {'; '.join(diff) or 'all agree'}")
    print()
    for name in ("figure", "typed", "core", "section"):
        if name in rep.scores:
            print(f"{name:8} {rep.scores[name]}")
    print(f"text CER (length-weighted) = {m['text_cer']:.4f}   articles pred/gold = {m['articles']}")
    print(f"part of figure-matched records agrees: {m['part_agreement'][0]}/{m['part_agreement'][1]}")
    for where, mention, flag, in_gold, in_pred in m["flags"]:
        print(f"flag {flag} on {where} {mention}: gold {in_gold}, predicted {in_pred}")
    print("metadata agreement: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in m["meta"].items()))
    print()
    print(rep.format(max_errors=0).split("\n\n", 1)[-1] if rep.confusion else "")
    print(f"\nmisses (gold, typed; {len(rep.misses)}):")
    for r in rep.misses[:n_err]:
        print("  " + _rec(r))
    print(f"\nfalse alarms (predicted, typed; {len(rep.false_alarms)}):")
    for r in rep.false_alarms[:n_err]:
        print("  " + _rec(r))


if __name__ == "__main__":
    main()
