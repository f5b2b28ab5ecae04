"""Held-out evaluation: run reportmine on reports it was not developed on and print the scores.

usage: .venv/bin/python benchmarks/heldout_eval.py [CORPUS_DIR ...] [--errors N] [--json]

A corpus directory holds ``raw/`` (the damaged files, loaded with ``reportmine.load`` as a user
would: bytes, HTML, .docx and all) and ``gold/`` (one ``<stem>.json`` per raw file).  Without
arguments every held-out set is run (corpora/heldout, corpora/heldout2, … in name order), each
printed in turn, then their total.

Per set it prints figure/typed/core/section scores (``reportmine.evaluate.evaluate``), the text
CER per article (folded as /work/shared/tools/score.py does: NFKC, whitespace removed; rapidfuzz
Levenshtein / gold length), article counts, title/year/org_level/report_type agreement, part
agreement (role sequences, and the part of figure-matched records), flag agreement, the
confusion table and the misses and false alarms.  ``measure(corpus_dir)`` returns the figures
as a dict (used by tests/test_heldout*.py).

The same record/section scores come from the CLI:
    reportmine evaluate corpora/heldout4/gold corpora/heldout4/raw/*
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib
import re
import sys

from rapidfuzz.distance import Levenshtein

import reportmine
from reportmine.evaluate import Score, _pair_by_figure, evaluate, fold, load_gold

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPORA = tuple(sorted(p for p in (ROOT / "corpora").glob("heldout*") if (p / "gold").is_dir()))
META_FIELDS = ("title", "year", "org_level", "report_type")


def cer(pred: str, gold: str) -> float:
    """Character error rate of ``pred`` against ``gold`` after folding.

    >>> cer("今年 以来", "今年以来"), cer("今年", "今年以来")
    (0.0, 0.5)
    """
    p, g = fold(pred), fold(gold)
    return Levenshtein.distance(p, g) / len(g) if g else float(bool(p))


def load_docs(corpus_dir: str | pathlib.Path) -> list:
    """One reportmine Document per file of ``corpus_dir/raw``; every gold stem must have one."""
    raw = pathlib.Path(corpus_dir) / "raw"
    paths = sorted(p for p in raw.iterdir() if p.is_file())
    docs = []
    for p, d in zip(paths, reportmine.load_many(paths, errors="yield")):
        if isinstance(d, reportmine.errors.ReportmineError):  # scored as a page where nothing was found
            print(f"failed: {d}", file=sys.stderr)
            d = reportmine.parse_text("", name=p.stem)
        docs.append(d)
    missing = sorted(set(load_gold(pathlib.Path(corpus_dir) / "gold")) - {d.source.name for d in docs})
    if missing:
        raise FileNotFoundError(f"gold stems without a raw file in {raw}: {missing}")
    return docs


def _flag_keys(records) -> collections.Counter:
    """Flagged records as (metric, unit, value, flags), gold dicts or predicted Records alike."""
    rows = (r if isinstance(r, dict) else r.to_dict() for r in records)
    return collections.Counter((r["metric"], r["unit"], round(r["value"], 4), tuple(sorted(r["flags"]))) for r in rows if r["flags"])


def _article_row(stem: str, doc, ga: dict, a) -> dict:
    """What one gold article and its prediction (``a``, or None) agree on."""
    md = a.metadata.to_dict() if a and a.metadata else {}
    got = {k: md.get(k) for k in META_FIELDS}
    if a is not None:
        got["title"] = a.title
    meta_ok = {k: (fold(got[k]) == fold(ga[k])) if k == "title" else got[k] == ga[k] for k in META_FIELDS}
    precs = [r.to_dict() for r in (a.records if a else ())]
    pairs, _, _ = _pair_by_figure(ga["records"], precs)
    flag_pairs = [(gr["mention"], flag, flag in gr["flags"], flag in (pr.get("flags") or ()))
                  for gr, pr in pairs for flag in sorted(set(gr["flags"]) | set(pr.get("flags") or ()))]
    return dict(
        where=f"{stem}#{ga['article']}",
        found=a is not None,
        cer=cer(a.text, ga["text"]) if a else 1.0,
        length=len(fold(ga["text"])),
        n_articles=len(doc.articles),
        gold_records=len(ga["records"]),
        pred_records=len(precs),
        sections=(len(list(a.iter_sections())) if a else 0, len(ga["sections"])),
        meta={k: (got[k], ga[k]) for k in META_FIELDS},
        meta_ok=meta_ok,
        parts=([p.role for p in (a.parts if a else ())], [p["part"] for p in ga["parts"]]),
        same_part=(sum(gr["part"] == pr["part"] for gr, pr in pairs), len(pairs)),
        flags=(_flag_keys(a.records if a else ()), _flag_keys(ga["records"])),
        flag_pairs=flag_pairs,
        pairs=[(gr, pr) for gr, pr in pairs],
    )


#: modifiers stripped before subjects are compared "by head": scope words and quantity words
_SUBJECT_MODIFIERS = re.compile(r"^(?:全[市县区省镇乡厂矿司局校院]|各级|各类|全体|广大|所有|累计|共|新|其中)+|(?:总数|人数|数量|总额|总量|共计|合计|累计)$")


def subject_head(s: str | None) -> str:
    """A subject without scope and quantity words (全市, 各级, 人数 …), for a looser comparison.

    >>> subject_head("全市各级困难职工"), subject_head("会员人数")
    ('困难职工', '会员')
    """
    return _SUBJECT_MODIFIERS.sub("", fold(s))


def subject_agreement(pairs) -> dict:
    """Of figure-matched (gold, predicted) records: how many subjects agree exactly (folded),
    after :func:`subject_head` on both, and with the same last two characters (the head noun)."""
    exact = head = last = 0
    for g, p in pairs:
        gs, ps = fold(g.get("subject")), fold(p.get("subject"))
        exact += gs == ps
        head += subject_head(gs) == subject_head(ps)
        last += gs[-2:] == ps[-2:]
    return dict(exact=exact, head=head, last2=last, total=len(pairs))


def measure(corpus_dir: str | pathlib.Path, docs: list | None = None, gold_dir: str | pathlib.Path | None = None) -> dict:
    """All figures of one held-out corpus (``raw/`` + ``gold/``), as a dict.

    ``docs`` are the loaded documents (default: ``load_docs(corpus_dir)``; the field evaluation
    passes documents whose records were typed by a cross-validated model); ``gold_dir`` defaults
    to ``corpus_dir/gold``.

    Keys: ``report`` (the :class:`reportmine.evaluate.Report`), ``scores`` (name → p, r, f1, tp,
    pred, gold), ``text_cer`` (length-weighted), ``articles`` (found, gold, predicted),
    ``meta`` (field → (agreeing, total)), ``parts`` (articles whose part roles are the gold's, in
    order: (agreeing, total)), ``part_agreement`` (figure-matched records in the gold's part:
    (agreeing, total)), ``flags`` (flagged records gold, pred, tp), ``subjects`` (figure-matched
    records whose subject agrees with the gold's: see :func:`subject_agreement`), ``rows`` (one dict
    per gold article) and ``weights`` (summed gold text length and CER × length, to combine sets).
    """
    corpus_dir = pathlib.Path(corpus_dir)
    gold_dir = pathlib.Path(gold_dir) if gold_dir else corpus_dir / "gold"
    docs = load_docs(corpus_dir) if docs is None else docs
    report = evaluate(gold_dir, docs)
    by_name = {d.source.name: d for d in docs}
    rows = []
    for stem, g in load_gold(gold_dir).items():
        doc = by_name[stem]
        by_index = {a.index: a for a in doc.articles}
        rows.extend(_article_row(stem, doc, ga, by_index.get(ga["article"])) for ga in g["articles"])
    length = sum(r["length"] for r in rows)
    errors = sum(r["cer"] * r["length"] for r in rows)
    flags = collections.Counter()
    for r in rows:
        pf, gf = r["flags"]
        flags.update(gold=sum(gf.values()), pred=sum(pf.values()), tp=sum((gf & pf).values()))
    return dict(
        report=report,
        scores={name: _score_dict(s) for name, s in report.scores.items()},
        text_cer=errors / length if length else None,
        articles=dict(found=sum(r["found"] for r in rows), gold=len(rows),
                      predicted=sum(len(d.articles) for d in docs)),
        meta={k: (sum(r["meta_ok"][k] for r in rows), len(rows)) for k in META_FIELDS},
        parts=(sum(r["parts"][0] == r["parts"][1] for r in rows), len(rows)),
        part_agreement=(sum(r["same_part"][0] for r in rows), sum(r["same_part"][1] for r in rows)),
        flags={k: flags[k] for k in ("gold", "pred", "tp")},
        subjects=subject_agreement([pair for r in rows for pair in r["pairs"]]),
        rows=rows,
        weights=(length, errors),
    )


def _score_dict(s: Score) -> dict:
    return dict(p=s.precision, r=s.recall, f1=s.f1, tp=s.tp, pred=s.pred, gold=s.gold)


def _ratio(pair: tuple[int, int]) -> str:
    return f"{pair[0]}/{pair[1]}"


def _differences(row: dict) -> str:
    """Where a predicted article disagrees with its gold: metadata, part roles, flagged records."""
    out = [f"{k}: {got!r} vs {want!r}" for k, (got, want) in row["meta"].items() if not row["meta_ok"][k]]
    if row["parts"][0] != row["parts"][1]:
        out.append(f"parts: {row['parts'][0]} vs {row['parts'][1]}")
    pf, gf = row["flags"]
    if pf != gf:
        out.append(f"flags: {sorted(pf)} vs {sorted(gf)}")
    return "; ".join(out) or "all agree"


def print_measure(name: str, m: dict, max_errors: int) -> None:
    """The figures of one corpus, per article then in total, with the confusion table and errors."""
    print(f"== {name}")
    print(f"{'article':34} {'CER':>7} {'arts':>4} {'gold':>5} {'pred':>5} {'sections':>8}  differences (got vs gold)")
    for r in m["rows"]:
        print(f"{r['where']:34} {r['cer']:7.4f} {r['n_articles']:4} {r['gold_records']:5} {r['pred_records']:5} "
              f"{_ratio(r['sections']):>8}  {_differences(r)}")
    print()
    a = m["articles"]
    print(f"text CER (length-weighted) = {m['text_cer']:.4f}; articles found {a['found']}/{a['gold']} (predicted {a['predicted']})")
    print("metadata agreement: " + ", ".join(f"{k} {_ratio(v)}" for k, v in m["meta"].items()))
    print(f"part roles agree in {_ratio(m['parts'])} articles; part of figure-matched records agrees: {_ratio(m['part_agreement'])}")
    f = m["flags"]
    print(f"flagged records: gold {f['gold']}, predicted {f['pred']}, both {f['tp']}")
    print(format_subjects(m["subjects"]))
    for r in m["rows"]:
        for mention, flag, in_gold, in_pred in r["flag_pairs"]:
            print(f"  flag {flag} on {r['where']} {mention}: gold {in_gold}, predicted {in_pred}")
    print(m["report"].format(max_errors=max_errors))
    print()


def format_subjects(s: dict) -> str:
    n = s["total"] or 1
    return (f"subjects of figure-matched records: exact {s['exact']}/{s['total']} ({s['exact'] / n:.3f}), "
            f"without modifiers {s['head']}/{s['total']} ({s['head'] / n:.3f}), same head (last 2 chars) {s['last2']}/{s['total']} ({s['last2'] / n:.3f})")


def total(measures: list[dict]) -> dict:
    """The sets' figures summed: micro-averaged scores, length-weighted CER, summed counts."""
    scores = {}
    for name in ("figure", "typed", "core", "section"):
        parts = [m["report"].scores[name] for m in measures if name in m["report"].scores]
        if parts:
            scores[name] = Score(sum(s.tp for s in parts), sum(s.pred for s in parts), sum(s.gold for s in parts))
    length = sum(m["weights"][0] for m in measures)
    errors = sum(m["weights"][1] for m in measures)
    meta = {k: (sum(m["meta"][k][0] for m in measures), sum(m["meta"][k][1] for m in measures)) for k in META_FIELDS}
    return dict(
        scores=scores,
        text_cer=errors / length if length else None,
        articles={k: sum(m["articles"][k] for m in measures) for k in ("found", "gold", "predicted")},
        meta=meta,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=pathlib.Path, default=list(CORPORA),
                    help="corpus directories holding raw/ and gold/ (default: the three held-out sets)")
    ap.add_argument("--errors", type=int, default=200, help="how many misses/false alarms to list per set")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON only")
    args = ap.parse_args(argv)
    measures = {str(c): measure(c) for c in args.corpora}
    if args.json:
        out = {name: {k: v for k, v in m.items() if k in ("scores", "text_cer", "articles", "meta", "parts", "part_agreement", "flags", "subjects")}
               for name, m in measures.items()}
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    for name, m in measures.items():
        print_measure(name, m, args.errors)
    if len(measures) > 1:
        t = total(list(measures.values()))
        print(f"== total of {len(measures)} sets")
        for name, s in t["scores"].items():
            print(f"{name:8} {s}")
        a = t["articles"]
        print(f"text CER (length-weighted) = {t['text_cer']:.4f}; articles found {a['found']}/{a['gold']} (predicted {a['predicted']})")
        print("metadata agreement: " + ", ".join(f"{k} {_ratio(v)}" for k, v in t["meta"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
