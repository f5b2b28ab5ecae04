"""Sections, parts and metadata against gold, per article: where the parser misses.

usage:
    .venv/bin/python benchmarks/sections_eval.py [GOLD_DIR] [--pred PRED.jsonl] [-v] [-q]
    .venv/bin/python benchmarks/sections_eval.py [GOLD_DIR] --flatten [-q]

GOLD_DIR defaults to corpora/fieldset/gold.

Without ``--pred`` the parser runs on each gold article's own text (the oracle
text: no normaliser, no article splitting), so every miss is the section
parser's or the metadata reader's.  With ``--pred`` (``reportmine parse ...
--format jsonl`` output) the pipeline's own articles are compared, as
/work/shared/tools/score.py does.

Sections are compared like score.py: multisets of (depth, first 10 characters of
the folded heading without closing punctuation).  Per article it prints the
false alarms (``+``) and misses (``-``), parts that differ from gold ``parts``
(role and ``starts_with``), and metadata fields that differ; then totals:
section P/R/F1, articles with parts right, and agreement on title, year,
org_level and report_type.  ``-q`` prints the totals only.

``--flatten`` checks robustness instead: each gold text is flattened onto one line, its
paragraphs joined by a space (as seed 002 came) and then with nothing at all (a scrape that
lost every line break), and parsed again.  Joined by a space, every heading must still be
found; joined by nothing, own-line headings run on into their first sentence (the spec's
run-in rule), so only headings longer than the 10 compared characters or closed by 。 can match.
"""
from __future__ import annotations

import collections
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportmine.evaluate import fold, head_key, multiset_tp  # noqa: E402
from reportmine.metadata import extract_metadata  # noqa: E402
from reportmine.model import iter_sections  # noqa: E402
from reportmine.sections import parse_sections  # noqa: E402

META = ("title", "year", "org_level", "report_type")


def sec_keys(secs) -> list[tuple[int, str]]:
    return [(s["depth"], head_key(s["heading"])) for s in secs]


def oracle(gold_article: dict) -> dict:
    """The parser's view of a gold article: sections, parts, metadata from its gold text."""
    text = gold_article["text"]
    parts, roots = parse_sections(text)
    md = extract_metadata(gold_article["title"], text, parts)
    return {
        "text": text,
        "sections": [s.to_dict() for s in iter_sections(roots)],
        "parts": [{"part": p.role, "start": p.start, "end": p.end} for p in parts],
        "title": md.title, "year": md.year, "org_level": md.org_level, "report_type": md.report_type,
    }


def parts_agree(pred: dict, gold: dict) -> tuple[bool, list, list]:
    text = pred.get("text", "")
    gp = [(p["part"], fold(p["starts_with"])) for p in gold.get("parts", [])]
    pp = [(p["part"], fold(text[p["start"] : p["start"] + 40])) for p in pred.get("parts", [])]
    # the first part starts wherever the article's text starts (furniture, a title line are the
    # normaliser's and the splitter's): only its role is compared
    ok = len(gp) == len(pp) and all(
        pr == gr and (i == 0 or ps.startswith(gs)) for i, ((pr, ps), (gr, gs)) in enumerate(zip(pp, gp))
    )
    return ok, [(r, s[:14]) for r, s in pp], gp


def compare(gold_dir: pathlib.Path, preds: dict | None, verbose: bool, quiet: bool) -> dict:
    tot = collections.Counter()
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for ga in g["articles"]:
            tag = f"{gf.stem}#{ga['article']}"
            pa = oracle(ga) if preds is None else preds.get((gf.stem, ga["article"]))
            tot["articles"] += 1
            lines = []
            if pa is None:
                lines.append("   (no predicted article)")
                pa = {"sections": [], "parts": [], "text": ""}
            p, gk = sec_keys(pa.get("sections", [])), sec_keys(ga.get("sections", []))
            tp = multiset_tp(p, gk)
            tot["tp"] += tp
            tot["pred"] += len(p)
            tot["gold"] += len(gk)
            if tp != len(p) or tp != len(gk):
                left = collections.Counter(gk)
                for s, k in zip(pa.get("sections", []), p):
                    if left[k] > 0:
                        left[k] -= 1
                        if verbose:
                            lines.append(f"     {'  ' * (s['depth'] - 1)}{s['marker']}{s['heading'][:40]}")
                    else:
                        lines.append(f"   + {'  ' * (s['depth'] - 1)}{s.get('marker', '')}{s['heading'][:40]}  (depth {s['depth']})")
                left = collections.Counter(p)
                for s, k in zip(ga["sections"], gk):
                    if left[k] > 0:
                        left[k] -= 1
                    else:
                        lines.append(f"   - {'  ' * (s['depth'] - 1)}{s['marker']}{s['heading'][:40]}  (depth {s['depth']})")
            ok, pp, gp = parts_agree(pa, ga)
            tot["parts_ok"] += ok
            if not ok:
                lines.append(f"   parts pred {pp}")
                lines.append(f"   parts gold {[(r, s[:14]) for r, s in gp]}")
            for k in META:
                same = (fold(str(pa.get(k))) == fold(str(ga.get(k)))) if k == "title" else pa.get(k) == ga.get(k)
                tot[k] += same
                if not same:
                    lines.append(f"   {k}: pred {pa.get(k)!r} gold {ga.get(k)!r}")
            if lines and not quiet:
                print(f"{tag}  sections {tp}/{len(p)} pred, {len(gk)} gold")
                print("\n".join(lines))
    P = tot["tp"] / tot["pred"] if tot["pred"] else 1.0
    R = tot["tp"] / tot["gold"] if tot["gold"] else 1.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    n = tot["articles"]
    print(f"section P={P:.3f} R={R:.3f} F1={F:.3f} ({tot['tp']} tp, {tot['pred']} pred, {tot['gold']} gold)")
    print(f"parts right {tot['parts_ok']}/{n}; " + ", ".join(f"{k} {tot[k]}/{n}" for k in META))
    return {"section_f1": F, **{k: tot[k] / n for k in ("parts_ok",) + META}}


def flattened(gold_dir: pathlib.Path, quiet: bool) -> None:
    for name, joint in (("space", " "), ("nothing", "")):
        tot = collections.Counter()
        bad = []
        for gf in sorted(gold_dir.glob("*.json")):
            for ga in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
                _, roots = parse_sections(ga["text"].replace("\n", joint))
                p, g = sec_keys([s.to_dict() for s in iter_sections(roots)]), sec_keys(ga["sections"])
                tp = multiset_tp(p, g)
                tot.update(tp=tp, pred=len(p), gold=len(g), articles=1)
                text = ga["text"].replace("\n", joint)
                parts, _ = parse_sections(text)
                ok, _, _ = parts_agree({"text": text, "parts": [{"part": x.role, "start": x.start} for x in parts]}, ga)
                tot["parts_ok"] += ok
                if tp != len(p) or tp != len(g) or not ok:
                    bad.append(f"{gf.stem}#{ga['article']} {tp}/{len(p)}/{len(g)}{'' if ok else ' parts'}")
        P = tot["tp"] / tot["pred"] if tot["pred"] else 1.0
        R = tot["tp"] / tot["gold"] if tot["gold"] else 1.0
        F = 2 * P * R / (P + R) if P + R else 0.0
        print(f"joined by {name}: section F1={F:.3f} ({tot['tp']} tp, {tot['pred']} pred, {tot['gold']} gold);"
              f" parts right {tot['parts_ok']}/{tot['articles']}")
        if bad and not quiet:
            print("   articles not all right (tp/pred/gold): " + ", ".join(bad))


def read_preds(path: pathlib.Path) -> dict:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            a = json.loads(line)
            stem = str(a.get("doc_id", "")).split("#")[0].replace("\\", "/").rsplit("/", 1)[-1]
            stem = stem[:-4] if stem.endswith(".txt") else stem
            out[(stem, int(a.get("article", 1)))] = a
    return out


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("-")]
    pred = None
    if "--pred" in argv:
        pred = argv[argv.index("--pred") + 1]
        args.remove(pred)
    gold_dir = pathlib.Path(args[0]) if args else ROOT / "corpora" / "fieldset" / "gold"
    if "--flatten" in argv:
        flattened(gold_dir, "-q" in argv)
        return
    compare(gold_dir, read_preds(pathlib.Path(pred)) if pred else None, "-v" in argv, "-q" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
