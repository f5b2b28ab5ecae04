"""Score reportmine on held-out set 3 (corpora/heldout3): reports it has never seen.

usage: .venv/bin/python benchmarks/heldout3_eval.py [--json]

Prints figure/typed/core/section scores (reportmine.evaluate), text CER per article (the fold of
shared/tools/score.py: NFKC, whitespace removed; rapidfuzz Levenshtein / gold length), metadata
agreement (title, year, org_level, report_type), part agreement (roles in order), flags agreement
(records carrying flags, matched by (metric, unit, value)), and the misses / false alarms.
`measure()` returns the figures as a dict (used by tests/test_heldout3.py).
"""
from __future__ import annotations

import collections
import json
import pathlib
import re
import sys
import unicodedata

import reportmine
from reportmine.evaluate import evaluate

ROOT = pathlib.Path(__file__).resolve().parents[1] / "corpora" / "heldout3"
RAW, GOLD = ROOT / "raw", ROOT / "gold"


def fold(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def cer(pred: str, gold: str) -> float:
    from rapidfuzz.distance import Levenshtein
    p, g = fold(pred), fold(gold)
    return Levenshtein.distance(p, g) / len(g) if g else float(bool(p))


def load_all():
    golds = {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in sorted(GOLD.glob("*.json"))}
    docs = {stem: reportmine.load(RAW / g["source"]) for stem, g in golds.items()}
    return golds, docs


def measure() -> dict:
    golds, docs = load_all()
    rep = evaluate(GOLD, docs.values())
    out = {name: dict(p=s.precision, r=s.recall, f1=s.f1, tp=s.tp, pred=s.pred, gold=s.gold) for name, s in rep.scores.items()}
    rows, meta, parts, flags = [], collections.Counter(), collections.Counter(), collections.Counter()
    wsum = wcer = 0.0
    for stem, g in golds.items():
        doc = docs[stem]
        by_index = {a.index: a for a in doc.articles}
        for ga in g["articles"]:
            a = by_index.get(ga["article"])
            c = cer(a.text if a else "", ga["text"])
            n = len(fold(ga["text"]))
            wsum, wcer = wsum + n, wcer + n * c
            md = a.metadata.to_dict() if a and a.metadata else {}
            row = dict(where=f"{stem}#{ga['article']}", cer=round(c, 4), n_articles=len(doc.articles))
            for k in ("title", "year", "org_level", "report_type"):
                ok = (fold(md.get(k) or "") == fold(ga[k])) if k == "title" else md.get(k) == ga[k]
                meta[k] += ok
                if not ok:
                    row[k] = f"{md.get(k)!r} (gold {ga[k]!r})"
            groles = [p["part"] for p in ga["parts"]]
            proles = [p.role for p in (a.parts if a else ())]
            parts["ok"] += groles == proles
            if groles != proles:
                row["parts"] = f"{proles} (gold {groles})"
            gf = collections.Counter((r["metric"], r["unit"], round(r["value"], 4), tuple(sorted(r["flags"]))) for r in ga["records"] if r["flags"])
            pf = collections.Counter((r.metric, r.unit, round(r.value, 4), tuple(sorted(r.flags))) for r in (a.records if a else ()) if r.flags)
            flags["gold"] += sum(gf.values())
            flags["pred"] += sum(pf.values())
            flags["tp"] += sum((gf & pf).values())
            if gf != pf:
                row["flags"] = f"pred {sorted(pf)} gold {sorted(gf)}"
            rows.append(row)
    n = len(rows)
    out["text_cer"] = wcer / wsum
    out["meta"] = {k: v / n for k, v in meta.items()}
    out["parts"] = parts["ok"] / n
    out["flags"] = dict(flags)
    out["articles"] = rows
    out["misses"] = [(e["where"], e["metric"], e["value"], e["unit"], e.get("mention"), e.get("subject")) for e in rep.misses]
    out["false_alarms"] = [(e["where"], e["metric"], e["value"], e["unit"], e.get("mention"), e.get("subject")) for e in rep.false_alarms]
    out["_report"] = rep
    return out


def main() -> None:
    m = measure()
    rep = m.pop("_report")
    if "--json" in sys.argv:
        print(json.dumps(m, ensure_ascii=False, indent=1))
        return
    for row in m["articles"]:
        print(row)
    print(f"text CER {m['text_cer']:.4f}   metadata {m['meta']}   parts {m['parts']:.2f}   flags {m['flags']}")
    print(rep.format(max_errors=200))


if __name__ == "__main__":
    main()
