"""Field-corpus evaluation, with document-grouped cross-validation of the typing model.

usage: .venv/bin/python benchmarks/field_eval.py [--cv 5] [--errors N] [--json] [--pages] [--by-corpus]

Scores corpora/fieldset (60 pages written after real archive pages) with the semantics of
/work/shared/tools/score.py: per article, multisets of (metric, unit, value) *typed*, (unit, value)
*figure*, typed restricted to the core metrics *core*, (depth, heading[:10]) *section*, and the
folded text CER.  Prints per page and overall, the confusion table of metric errors (gold vs
predicted metric on figure-matched records) and subject agreement on matched records
(benchmarks/heldout_eval.py's ``measure``, which uses reportmine/evaluate.py).

Without ``--cv`` the pages are typed by the shipped model (reportmine/data/metric_model.json),
which was trained on these very pages: an optimistic, in-sample figure.

With ``--cv K`` (K ≥ 2) it runs GroupKFold by page over the field corpus: for each fold the model
is trained on every gold record available EXCEPT that fold's pages (the seeds, corpora/heldout*,
the other field pages) and types that fold's pages, so no page is typed by a model that saw it.
It prints the comparison: cue tables alone / model alone (no cue features) / combined (the model
with the cue features, what ships), typed and core F1 on the field corpus by CV, and on the seeds
typed by a model trained on everything but the seeds.  The per-page table and the confusion are
those of the combined model under CV.

With ``--by-corpus`` it types each annotated corpus (seeds, every held-out set, the field corpus)
by the cue tables alone and by a combined model trained on every OTHER corpus, the nearest this
repository has to meeting a new kind of page: the held-out sets were each written after a kind of
page the others lack.  (The rules were generalised from every set after its first contact, so these
figures are still kinder than a first contact.)

Each page runs through normalise → sections → figures → cue typing ONCE (the features of every
candidate are cached); only the typing step depends on the model, so K folds cost K small fits.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time
from dataclasses import replace

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from heldout_eval import format_subjects, print_measure, measure  # noqa: E402
from train_typing import DEFAULT_C, DEFAULT_MIN_COUNT, Page, collect_pages, corpora, fit  # noqa: E402

from reportmine import learned  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIELD = ROOT / "corpora" / "fieldset"


def retype(page: Page, typer) -> list:
    """``page``'s documents with every record's metric (and why) from ``typer(entry) -> (metric, why)``."""
    arts = []
    for art in page.doc.articles:
        entries = page.entries.get(art.index, {})
        recs = []
        for r in art.records:
            e = entries.get((r.start, r.end))
            if e is not None:
                metric, why = typer(e)
                r = replace(r, metric=metric, why=why)
            recs.append(r)
        arts.append(replace(art, records=tuple(recs)))
    return replace(page.doc, articles=tuple(arts))


def by_cues(e: dict) -> tuple[str, str]:
    return e["cue"], "cues"


def by_model(m: learned.TypingModel, keep=None):
    def typer(e: dict) -> tuple[str, str]:
        feats = [f for f in e["feats"] if keep is None or keep(f)]
        with learned.using(m):
            return learned.decide(feats, e["cue"], "cues")
    return typer


def no_cue_features(f: str) -> bool:
    return not f.startswith(learned.CUE_PREFIXES)


VARIANTS = {"cues": None, "model": no_cue_features, "combined": lambda f: True}


def group_folds(pages: list[Page], k: int) -> list[list[Page]]:
    """GroupKFold by page (each page its own group)."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    idx = np.arange(len(pages))
    sizes = [max(len(p.labels), 1) for p in pages]
    # GroupKFold balances folds by group size: repeat each page index by its number of figures
    rep = np.repeat(idx, sizes)
    folds = []
    for _, test in GroupKFold(n_splits=k).split(rep, groups=rep):
        folds.append([pages[i] for i in sorted(set(rep[test]))])
    return folds


def cross_validate(pages: list[Page], field: list[Page], k: int, variant: str, C: float, min_count: int,
                   reference_weight: float | None = None) -> dict[str, object]:
    """Documents of ``field`` typed under ``variant`` by K-fold CV (``cues``: no model at all)."""
    if variant == "cues":
        return {p.key: retype(p, by_cues) for p in field}
    keep = VARIANTS[variant]
    out = {}
    for fold in group_folds(field, k):
        held = {p.key for p in fold}
        m = fit([p for p in pages if p.key not in held], C=C, min_count=min_count, keep=keep, reference_weight=reference_weight)
        for p in fold:
            out[p.key] = retype(p, by_model(m, keep))
    return out


def by_corpus(pages: list[Page], C: float, min_count: int, reference_weight: float | None = None) -> list[tuple[str, dict, dict]]:
    """Per corpus: (name, scores typed by the cues alone, scores typed by a combined model trained
    on every other corpus)."""
    out = []
    sources = {name: gold for name, _, gold in corpora()}
    for name in dict.fromkeys(p.corpus for p in pages):
        mine = [p for p in pages if p.corpus == name]
        gold = sources[name]
        cues = measure(gold.parent, [retype(p, by_cues) for p in mine], gold)
        m = fit([p for p in pages if p.corpus != name], C=C, min_count=min_count, reference_weight=reference_weight)
        model = measure(gold.parent, [retype(p, by_model(m)) for p in mine], gold)
        out.append((name, cues["scores"], model["scores"]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", type=int, default=0, help="K-fold document-grouped cross-validation (0: shipped model)")
    ap.add_argument("--errors", type=int, default=0, help="how many misses/false alarms to list")
    ap.add_argument("--json", action="store_true", help="print the overall figures as JSON only")
    ap.add_argument("--C", type=float, default=DEFAULT_C)
    ap.add_argument("--min-count", type=int, default=DEFAULT_MIN_COUNT)
    ap.add_argument("--reference-weight", type=float, default=None,
                    help="weight of the field corpus's and the seeds' figures in every fit (default: train_typing.REFERENCE_WEIGHT)")
    ap.add_argument("--by-corpus", action="store_true",
                    help="type each corpus by the cues alone and by a model trained on every other corpus")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    if args.by_corpus:
        pages = collect_pages(corpora())
        print("== each corpus typed by a model trained on every other corpus (typed F1 / core F1)")
        print(f"{'corpus':10} {'records':>7} {'cues alone':>12} {'combined':>12}")
        tot = {"cues": [0, 0, 0], "model": [0, 0, 0]}
        for name, cues, model in by_corpus(pages, args.C, args.min_count, args.reference_weight):
            for key, s in (("cues", cues), ("model", model)):
                t = s["typed"]
                tot[key] = [a + b for a, b in zip(tot[key], (t["tp"], t["pred"], t["gold"]))]
            print(f"{name:10} {cues['typed']['gold']:7} {cues['typed']['f1']:6.3f}/{cues['core']['f1']:.3f}"
                  f" {model['typed']['f1']:6.3f}/{model['core']['f1']:.3f}")
        f1 = {k: 2 * tp / (pred + gold) if pred + gold else 0.0 for k, (tp, pred, gold) in tot.items()}
        print(f"{'all':10} {tot['cues'][2]:7} {f1['cues']:6.3f}       {f1['model']:6.3f}")
        return 0
    srcs = corpora() if args.cv else [c for c in corpora() if c[0] in ("fieldset", "seeds")]
    pages = collect_pages(srcs)
    t_collect = time.perf_counter() - t0
    field = [p for p in pages if p.corpus == "fieldset"]
    seeds = [p for p in pages if p.corpus == "seeds"]
    results: dict[str, dict] = {}
    if not args.cv:
        shipped = learned.model()
        typer = by_cues if shipped is None else by_model(shipped)
        docs = [retype(p, typer) for p in field]
        results["shipped (in-sample)"] = {"field": measure(FIELD, docs),
                                          "seeds": measure(ROOT / "corpora", [retype(p, typer) for p in seeds], ROOT / "corpora" / "gold")}
        main_m = results["shipped (in-sample)"]["field"]
    else:
        for variant in VARIANTS:
            docs = cross_validate(pages, field, args.cv, variant, args.C, args.min_count, args.reference_weight)
            field_m = measure(FIELD, [docs[p.key] for p in field])
            if variant == "cues":
                seed_docs = [retype(p, by_cues) for p in seeds]
            else:
                keep = VARIANTS[variant]
                m = fit([p for p in pages if p.corpus != "seeds"], C=args.C, min_count=args.min_count, keep=keep,
                        reference_weight=args.reference_weight)
                seed_docs = [retype(p, by_model(m, keep)) for p in seeds]
            results[variant] = {"field": field_m, "seeds": measure(ROOT / "corpora", seed_docs, ROOT / "corpora" / "gold")}
        main_m = results["combined"]["field"]
    elapsed = time.perf_counter() - t0
    if args.json:
        print(json.dumps({v: {c: {"scores": {k: s["f1"] for k, s in m["scores"].items()}, "text_cer": m["text_cer"],
                                  "subjects": m["subjects"]} for c, m in r.items()} for v, r in results.items()}, indent=1))
        return 0
    print_measure(f"field corpus ({'combined model, %d-fold CV by page' % args.cv if args.cv else 'shipped model, in-sample'})",
                  main_m, args.errors)
    print(f"== comparison ({'%d-fold document-grouped CV on the field corpus; seeds typed by a model trained without them' % args.cv if args.cv else 'in-sample'})")
    print(f"{'typing':22} {'field typed':>11} {'field core':>10} {'field figure':>12} {'seeds typed':>11} {'seeds core':>10}")
    for v, r in results.items():
        f, s = r["field"]["scores"], r["seeds"]["scores"]
        print(f"{v:22} {f['typed']['f1']:11.3f} {f['core']['f1']:10.3f} {f['figure']['f1']:12.3f} {s['typed']['f1']:11.3f} {s['core']['f1']:10.3f}")
    m = main_m
    print(f"field: section F1 {m['scores']['section']['f1']:.3f}, text CER {m['text_cer']:.4f}; {format_subjects(m['subjects'])}")
    print(f"({len(pages)} pages, {sum(len(p.labels) for p in pages)} labelled figures; pipeline {t_collect:.0f} s, total {elapsed:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
