"""Figure errors: every gold (unit, value) not predicted and every predicted one not in gold.

usage: .venv/bin/python benchmarks/figure_errors.py [CORPUS_DIR ...] [--context N] [--page]

A corpus directory holds ``raw/`` and ``gold/`` (corpora/fieldset, corpora/heldout* …); without
arguments the field corpus and every held-out set are read.  Records are compared per article as
multisets of (unit, value), as ``/work/shared/tools/score.py`` scores figure F1.  For each miss
and false alarm it prints the page#article, the mention, unit/raw_unit/value and the text around
it, then a tally by a rough class (what the mention looks like), so errors can be fixed by class.

With ``--page`` the multisets are pooled per page first: what remains are figure errors proper,
not errors of article splitting (a figure predicted in article 2 that gold puts in article 3).
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib
import re

import reportmine

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "corpora" / "fieldset", *sorted((ROOT / "corpora").glob("heldout*"))]


def keyv(v) -> float:
    return round(float(v), 4)


def around(text: str, start: int, end: int, width: int) -> str:
    """The text around ``text[start:end]`` with the mention in brackets, on one line."""
    s = text[max(0, start - width):start] + "【" + text[start:end] + "】" + text[end:end + width]
    return s.replace("\n", "⏎")


def rough_class(mention: str, unit: str, raw_unit: str) -> str:
    """A coarse class of a mention, to tally errors by what they look like."""
    m = mention or ""
    if re.search(r"[、]\d\d", m):
        return "garbled decimal"
    if "分之" in m or "/" in m:
        return "fraction"
    if "百分点" in m:
        return "percentage point"
    if re.search(r"[至—\-~～到]", m):
        return "range"
    if m.endswith("成") or raw_unit == "成":
        return "成"
    if unit == "percent":
        return "percent"
    if re.search(r"[万亿]$", m):
        return "万/亿 without unit"
    if re.match(r"^[一二三四五六七八九十两百千万]", m):
        return f"chinese numeral + {raw_unit or '∅'}"
    return f"arabic + {raw_unit or '∅'}"


_FIELDS = ("unit", "value", "raw_unit", "mention", "start", "end", "metric")


def pred_items(article) -> list[dict]:
    return [items_of({k: getattr(r, k) for k in _FIELDS}) for r in article.records]


def gold_items(article: dict) -> list[dict]:
    return [items_of(r) for r in article["records"]]


def items_of(rec: dict) -> dict:
    """The fields compared and printed, from a gold record or a predicted one."""
    out = {k: rec.get(k, "" if k in ("raw_unit", "mention") else 0) for k in _FIELDS}
    out["value"] = keyv(out["value"])
    return out


def unmatched(items: list[dict], others: list[dict]) -> list[dict]:
    """The items of ``items`` left over when both lists are compared as multisets of (unit, value)."""
    left = collections.Counter((o["unit"], o["value"]) for o in others)
    out = []
    for it in items:
        k = (it["unit"], it["value"])
        if left[k] > 0:
            left[k] -= 1
        else:
            out.append(it)
    return out


def diff(gold: list[dict], pred: list[dict]) -> tuple[list[dict], list[dict]]:
    """(misses, false alarms) of two lists of items compared as multisets of (unit, value)."""
    return unmatched(gold, pred), unmatched(pred, gold)


def run(corpus: pathlib.Path, width: int, by_page: bool, tally: collections.Counter) -> tuple[int, int, int]:
    n_miss = n_alarm = n_gold = 0
    for gf in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        raws = [p for p in (corpus / "raw").iterdir() if p.stem == gf.stem or p.name == gold.get("source")]
        if not raws:
            continue
        doc = reportmine.load(raws[0])
        pairs = []
        if by_page:
            g_all = [dict(i, text=a["text"], art=a["article"]) for a in gold["articles"] for i in gold_items(a)]
            p_all = [dict(i, text=a.text, art=k) for k, a in enumerate(doc.articles, 1) for i in pred_items(a)]
            pairs.append((f"{gf.stem}", g_all, p_all))
        else:
            for ga in gold["articles"]:
                k = ga["article"]
                pa = doc.articles[k - 1] if k <= len(doc.articles) else None
                g = [dict(i, text=ga["text"]) for i in gold_items(ga)]
                p = [dict(i, text=pa.text) for i in pred_items(pa)] if pa is not None else []
                pairs.append((f"{gf.stem}#{k}", g, p))
        for name, g, p in pairs:
            n_gold += len(g)
            misses, alarms = diff(g, p)
            for tag, items in (("MISS ", misses), ("FALSE", alarms)):
                for it in items:
                    cls = rough_class(it["mention"], it["unit"], it["raw_unit"])
                    tally[(tag, cls)] += 1
                    print(f"{tag} {corpus.name}/{name:10} {it['mention']!s:10} {it['unit']:11} "
                          f"{it['raw_unit']!s:5} {it['value']:<10g} {it['metric']:17} "
                          f"{around(it['text'], it['start'], it['end'], width)}")
            n_miss += len(misses)
            n_alarm += len(alarms)
    return n_gold, n_miss, n_alarm


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=pathlib.Path)
    ap.add_argument("--context", type=int, default=25)
    ap.add_argument("--page", action="store_true", help="pool records per page (ignore article splits)")
    args = ap.parse_args()
    tally: collections.Counter = collections.Counter()
    for corpus in args.corpora or DEFAULT:
        g, m, a = run(corpus, args.context, args.page, tally)
        tp = g - m
        pred = tp + a
        f = 2 * tp / (g + pred) if g + pred else 1.0
        print(f"== {corpus.name}: gold {g}, missed {m}, false alarms {a}, figure F1 {f:.3f}\n")
    print("== by class")
    for (tag, cls), n in tally.most_common():
        print(f"{n:4} {tag} {cls}")


if __name__ == "__main__":
    main()
