"""Dev check: sections, parts and metadata of every gold article against the gold.

usage: .venv/bin/python benchmarks/gold_sections.py [-v]

Section F1 is computed like /work/shared/tools/score.py: multisets of
(depth, first 10 characters of the whitespace-folded NFKC heading).
"""
import json
import pathlib
import sys

from reportmine.evaluate import fold, multiset_tp
from reportmine.metadata import extract_metadata
from reportmine.model import iter_sections
from reportmine.sections import parse_sections

GOLD = pathlib.Path(__file__).resolve().parents[1] / "corpora" / "gold"


def keys(secs):
    return [(s["depth"], fold(s["heading"])[:10]) for s in secs]


def main(verbose=False):
    tp = npred = ngold = 0
    bad = 0
    for f in sorted(GOLD.glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            text = a["text"]
            parts, roots = parse_sections(text)
            pred = [s.to_dict() for s in iter_sections(roots)]
            p, g = keys(pred), keys(a["sections"])
            t = multiset_tp(p, g)
            tp, npred, ngold = tp + t, npred + len(p), ngold + len(g)
            gp = [(x["part"], x["starts_with"]) for x in a["parts"]]
            pp = [(x.role, text[x.start : x.start + len(s)]) for x, (_, s) in zip(parts, gp)]
            parts_ok = len(parts) == len(gp) and pp == gp
            md = extract_metadata(a["title"], text, parts)
            mg = (a["year"], a["org_level"], a["report_type"])
            mp = (md.year, md.org_level, md.report_type)
            tag = f"{f.stem[:3]}#{a['article']}"
            ok = t == len(p) == len(g) and parts_ok and mg == mp
            bad += not ok
            print(f"{tag}: sections {t}/{len(p)} pred {len(g)} gold; parts {'ok' if parts_ok else 'DIFF'}; metadata {'ok' if mg == mp else f'DIFF {mp} gold {mg}'}")
            if not parts_ok or verbose:
                print("   pred parts", [(x.role, text[x.start : x.start + 14]) for x in parts])
                print("   gold parts", gp)
            if t != len(p) or t != len(g) or verbose:
                for s in pred:
                    mark = " " if (s["depth"], fold(s["heading"])[:10]) in g else "+"
                    print(f"   {mark} {'  ' * (s['depth'] - 1)}{s['marker']}{s['heading'][:40]} [{s['part']}]")
                for s in a["sections"]:
                    if (s["depth"], fold(s["heading"])[:10]) not in p:
                        print(f"   - {'  ' * (s['depth'] - 1)}{s['marker']}{s['heading'][:40]} [{s['part']}]")
    P = tp / npred if npred else 1
    R = tp / ngold if ngold else 1
    F = 2 * P * R / (P + R) if P + R else 0
    print(f"section P={P:.3f} R={R:.3f} F1={F:.4f}; articles not fully right: {bad}")


if __name__ == "__main__":
    main("-v" in sys.argv)
