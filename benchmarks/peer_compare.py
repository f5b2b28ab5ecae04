"""reportmine's figures beside the peers glued together (cn2an + a unit regex), on the same texts.

Both read the same normalised article texts (reportmine's), so only figure
extraction is compared.  The peer: ``cn2an.transform(text, "cn2an")`` turns
Chinese numerals into digits, then one regex takes number (+ 万/亿) + unit and
maps the unit by the spec's unit table.  The peer types nothing, so its typed
score counts every figure as ``other``.

Scores are per article multisets, as in ``tools/score.py``: figure = (unit,
value), typed = (metric, unit, value).

usage: python benchmarks/peer_compare.py [GOLD_DIR SAMPLES_DIR]   (needs: pip install cn2an)
"""

from __future__ import annotations

import collections
import json
import pathlib
import re
import sys
import warnings

ROOT = pathlib.Path(__file__).resolve().parents[1]

UNIT = {
    "人次": "person_time", "人": "person", "名": "person", "位": "person", "户": "household",
    "家": "org", "个": "org", "所": "org", "元": "yuan", "%": "percent", "份": "item", "项": "item",
    "件": "item", "张": "item", "本": "item", "套": "item", "起": "case", "期": "session",
    "次": "session", "场": "session", "批": "session",
}
PEER_RE = re.compile(r"(\d+(?:\.\d+)?)(万|亿)?(?:余|多)?(" + "|".join(sorted(UNIT, key=len, reverse=True)) + ")")


def peer_figures(text: str) -> list[tuple[str, str, float]]:
    import cn2an

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = cn2an.transform(text, "cn2an")
    out = []
    for m in PEER_RE.finditer(t):
        v = float(m.group(1)) * {"万": 1e4, "亿": 1e8, None: 1}[m.group(2)]
        out.append(("other", UNIT[m.group(3)], round(v, 4)))
    return out


def f1(t, p, g) -> float:
    return 2 * t / (p + g) if p + g else 1.0


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gold_dir = pathlib.Path(argv[0]) if argv else ROOT / "corpora" / "gold"
    sample_dir = pathlib.Path(argv[1]) if len(argv) > 1 else ROOT / "corpora" / "samples"
    try:
        import cn2an  # noqa: F401
    except ImportError:
        print("the peer needs cn2an: pip install cn2an")
        return 2
    import reportmine
    from reportmine.evaluate import multiset_tp

    counts = collections.Counter()
    for gf in sorted(gold_dir.glob("*.json")):
        src = next(sample_dir.glob(gf.stem + ".*"), None)
        if src is None:
            continue
        doc = reportmine.load(src)
        for ga in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            art = next((a for a in doc.articles if a.index == ga["article"]), None)
            gold = [(r["metric"], r["unit"], round(float(r["value"]), 4)) for r in ga["records"]]
            ours = [(r.metric, r.unit, round(r.value, 4)) for r in (art.records if art else ())]
            peer = peer_figures(art.text) if art else []
            for name, pred in (("reportmine", ours), ("cn2an+regex", peer)):
                counts[name, "figure_tp"] += multiset_tp([x[1:] for x in pred], [x[1:] for x in gold])
                counts[name, "typed_tp"] += multiset_tp(pred, gold)
                counts[name, "pred"] += len(pred)
            counts["gold"] += len(gold)
    g = counts["gold"]
    print(f"{g} gold records")
    print(f"{'system':14} {'figure F1':>10} {'typed F1':>10} {'predicted':>10}")
    for name in ("reportmine", "cn2an+regex"):
        p = counts[name, "pred"]
        print(f"{name:14} {f1(counts[name, 'figure_tp'], p, g):10.3f} {f1(counts[name, 'typed_tp'], p, g):10.3f} {p:10d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
