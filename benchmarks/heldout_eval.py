"""Held-out evaluation: run reportmine on reports it was never developed on and print the scores.

usage: .venv/bin/python benchmarks/heldout_eval.py [--errors N] [--json]

Loads every file of corpora/heldout/raw with ``reportmine.load``, scores the records and
sections with ``reportmine.evaluate.evaluate`` against corpora/heldout/gold (one gold file per
raw file, same stem), and adds per-article text CER (folded as /work/shared/tools/score.py does:
NFKC, whitespace removed; rapidfuzz Levenshtein / gold length), article counts, title/year/
org_level/report_type agreement, and the list of misses and false alarms.

The same record/section scores come from the CLI:
    reportmine evaluate corpora/heldout/gold corpora/heldout/raw/*
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
import unicodedata

from rapidfuzz.distance import Levenshtein

import reportmine
from reportmine.evaluate import evaluate, load_gold

ROOT = pathlib.Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "corpora" / "heldout"


def fold(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def cer(pred: str, gold: str) -> float:
    a, b = fold(pred), fold(gold)
    if not b:
        return 0.0 if not a else 1.0
    return Levenshtein.distance(a, b) / len(b)


def run(gold_dir: pathlib.Path = HELDOUT / "gold", raw_dir: pathlib.Path = HELDOUT / "raw") -> dict:
    """Load all raw files, score them; returns a dict of figures plus the Report and per-article rows."""
    gold = load_gold(gold_dir)
    files = sorted(p for p in raw_dir.iterdir() if p.is_file())
    missing = sorted(set(gold) - {p.stem for p in files})
    if missing:
        raise FileNotFoundError(f"gold stems without a raw file: {missing}")
    docs = [reportmine.load(p) for p in files]
    report = evaluate(gold_dir, docs)
    rows, weighted, total = [], 0.0, 0
    n_gold = n_found = 0
    meta_ok = meta_n = 0
    for d in docs:
        g = gold.get(d.source.name)
        if g is None:
            continue
        by_index = {a.index: a for a in d.articles}
        for ga in g["articles"]:
            n_gold += 1
            pa = by_index.get(ga["article"])
            c = 1.0 if pa is None else cer(pa.text, ga["text"])
            n_found += pa is not None
            weighted += c * len(fold(ga["text"]))
            total += len(fold(ga["text"]))
            meta = {}
            if pa is not None:
                md = pa.metadata if hasattr(pa, "metadata") else None
                for k in ("year", "org_level", "report_type"):
                    pv = getattr(md, k, None) if md is not None else getattr(pa, k, None)
                    meta[k] = (pv, ga[k])
                    meta_n += 1
                    meta_ok += pv == ga[k]
                meta["title"] = (pa.title, ga["title"])
                meta_n += 1
                meta_ok += fold(pa.title) == fold(ga["title"])
            rows.append(dict(where=f"{d.source.name}#{ga['article']}", cer=c, n_pred_articles=len(d.articles),
                             gold_records=len(ga["records"]), pred_records=len(pa.records) if pa else 0, meta=meta))
    out = {name: dict(p=s.precision, r=s.recall, f1=s.f1, tp=s.tp, pred=s.pred, gold=s.gold) for name, s in report.scores.items()}
    out["text_cer"] = weighted / total if total else None
    out["articles"] = dict(found=n_found, gold=n_gold, predicted=sum(len(d.articles) for d in docs))
    out["metadata_agreement"] = meta_ok / meta_n if meta_n else None
    return dict(scores=out, report=report, rows=rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=200, help="how many misses/false alarms to list")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON only")
    args = ap.parse_args(argv)
    res = run()
    if args.json:
        print(json.dumps(res["scores"], ensure_ascii=False))
        return 0
    print(f"{'article':26} {'cer':>7} {'arts':>4} {'gold':>5} {'pred':>5}  metadata (pred, gold) where they differ")
    for r in res["rows"]:
        diff = {k: v for k, v in r["meta"].items() if (fold(str(v[0])) != fold(str(v[1])))}
        print(f"{r['where']:26} {r['cer']:7.4f} {r['n_pred_articles']:4} {r['gold_records']:5} {r['pred_records']:5}  {diff or ''}")
    s = res["scores"]
    print()
    print(f"text CER (length-weighted) = {s['text_cer']:.4f}; articles found {s['articles']['found']}/{s['articles']['gold']} "
          f"(predicted {s['articles']['predicted']}); metadata agreement {s['metadata_agreement']:.3f}")
    print(res["report"].format(max_errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
