"""Score extract_records() on the gold articles (typed / figure / core F1, like shared/tools/score.py).

usage: .venv/bin/python benchmarks/dev_extract.py [-v]   (-v lists misses and extras per article)
"""
from __future__ import annotations

import collections
import json
import pathlib
import sys

from reportmine.extraction import extract_records
from reportmine.model import Part, Section

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORE = {"members", "coverage_rate", "relief_amount", "relief_recipients"}


def gold_parts(a: dict) -> list[Part]:
    text = a["text"]
    starts = []
    pos = 0
    for p in a.get("parts", []):
        i = text.find(p["starts_with"], pos)
        if i < 0:
            i = text.find(p["starts_with"])
        starts.append((i, p["part"]))
        pos = max(pos, i)
    out = []
    for k, (i, role) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        out.append(Part(role, i, end))
    return out


def gold_sections(a: dict) -> list[Section]:
    """Heading tree rebuilt from the gold (depth, heading) list by locating each heading."""
    text = a["text"]
    flat = []
    pos = 0
    for s in a.get("sections", []):
        i = text.find(s["heading"], pos)
        if i < 0:
            continue
        line_start = text.rfind("\n", 0, i) + 1
        flat.append([s["depth"], s["heading"], line_start, i, i + len(s["heading"])])
        pos = i + len(s["heading"])
    nodes = []
    for k, (d, h, ls, hs, he) in enumerate(flat):
        end = len(text)
        for d2, _, ls2, _, _ in flat[k + 1:]:
            if d2 <= d:
                end = ls2
                break
        nodes.append((d, h, ls, end, hs, he))

    def build(lo: int, hi: int, depth: int) -> tuple[Section, ...]:
        out = []
        for d, h, ls, end, hs, he in nodes:
            if d == depth and lo <= ls < hi:
                out.append(Section(d, "", 0, h, "", ls, end, hs, he, build(ls, end, depth + 1)))
        return tuple(out)

    return list(build(0, len(text), 1))


def prf(tp, npred, ngold):
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def tp_of(pred, gold):
    c = collections.Counter(gold)
    tp = 0
    for x in pred:
        if c[x] > 0:
            c[x] -= 1
            tp += 1
    return tp


def run(verbose: bool = False) -> dict[str, tuple[float, float, float]]:
    tot = collections.Counter()
    for gf in sorted((ROOT / "corpora" / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            recs = extract_records(a["text"], gold_parts(a), gold_sections(a))
            pr = [(r.metric, r.unit, round(r.value, 4)) for r in recs]
            gr = [(r["metric"], r["unit"], round(float(r["value"]), 4)) for r in a["records"]]
            for name, p, q in (("typed", pr, gr), ("figure", [x[1:] for x in pr], [x[1:] for x in gr]),
                               ("core", [x for x in pr if x[0] in CORE], [x for x in gr if x[0] in CORE])):
                tot[name + "_tp"] += tp_of(p, q)
                tot[name + "_p"] += len(p)
                tot[name + "_g"] += len(q)
            if verbose:
                miss = collections.Counter(gr) - collections.Counter(pr)
                extra = collections.Counter(pr) - collections.Counter(gr)
                if miss or extra:
                    print(f"== {gf.stem[:3]}#{a['article']}")
                    for x in miss.elements():
                        g_rec = next(r for r in a["records"] if (r["metric"], r["unit"], round(float(r["value"]), 4)) == x)
                        print("  MISS ", x, g_rec["mention"], g_rec["subject"])
                    for x in extra.elements():
                        p_rec = next(r for r in recs if (r.metric, r.unit, round(r.value, 4)) == x)
                        print("  EXTRA", x, p_rec.mention, p_rec.subject, "|", a["text"][max(0, p_rec.start - 15):p_rec.end + 10])
    out = {n: prf(tot[n + "_tp"], tot[n + "_p"], tot[n + "_g"]) for n in ("typed", "figure", "core")}
    for n, (p, r, f) in out.items():
        print(f"{n:7} P={p:.3f} R={r:.3f} F1={f:.3f}")
    return out


if __name__ == "__main__":
    run("-v" in sys.argv)
