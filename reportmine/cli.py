"""Command line: ``reportmine normalize|parse|outline|extract|evaluate``.

Run ``reportmine COMMAND --help`` for each command's options.  Paths may be
files or directories (searched for .txt, .htm, .html and .docx files).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from typing import Iterator, Sequence

from . import __version__

SUFFIXES = {".txt", ".text", ".htm", ".html", ".docx"}


def expand_paths(paths: Sequence[str]) -> list[pathlib.Path]:
    """Files named, and the report files under directories named, in order."""
    out: list[pathlib.Path] = []
    for p in paths:
        path = pathlib.Path(p)
        if path.is_dir():
            found = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not found:
                raise FileNotFoundError(f"no report files ({', '.join(sorted(SUFFIXES))}) under directory {p}")
            out.extend(found)
        elif path.exists():
            out.append(path)
        else:
            raise FileNotFoundError(f"no such file: {p}")
    return out


def _documents(args) -> Iterator:
    from .pipeline import load_many

    paths = expand_paths(args.files)
    docs = load_many(paths, workers=getattr(args, "workers", None))
    if getattr(args, "progress", False):
        from tqdm import tqdm

        docs = tqdm(docs, total=len(paths), unit="file", file=sys.stderr)
    return docs


def _open_out(path: str | None):
    if not path or path == "-":
        return sys.stdout, False
    return open(path, "w", encoding="utf-8"), True


def cmd_normalize(args) -> int:
    out, close = _open_out(args.output)
    try:
        for doc in _documents(args):
            if args.explain:
                for rs, re_, text in doc.leftover:
                    out.write(f"  [in no article] {rs}:{re_} {text!r}\n")
            for a in doc.articles:
                out.write(f"# {a.doc_id}: {a.title}\n" if args.headers else "")
                out.write(a.text + "\n")
                if args.explain:
                    for c in a.changes:
                        mark = "flag " if c.flag else ""
                        out.write(f"  {mark}[{c.step}] {c.raw_start}:{c.raw_end} {c.before!r} -> {c.after!r}{'  # ' + c.note if c.note else ''}\n")
    finally:
        if close:
            out.close()
    return 0


def cmd_parse(args) -> int:
    from .output import write_articles

    out, close = _open_out(args.output)
    try:
        n = write_articles((a for d in _documents(args) for a in d.articles), out, args.format)
    finally:
        if close:
            out.close()
    if close:
        print(f"wrote {n} articles to {args.output}", file=sys.stderr)
    return 0


def cmd_outline(args) -> int:
    from .outline import format_outline

    for doc in _documents(args):
        for a in doc.articles:
            md = a.metadata
            print(f"{a.doc_id}  {a.title}  [year={md.year} level={md.org_level} type={md.report_type}]")
            print(format_outline(a.title, a.parts, a.sections.roots))
            print()
    return 0


def cmd_extract(args) -> int:
    from .output import records_frame, write_records

    docs = list(_documents(args))
    if args.output:
        n = write_records(docs, args.output, args.format)
        print(f"wrote {n} records from {sum(len(d.articles) for d in docs)} articles to {args.output}", file=sys.stderr)
    else:
        records_frame(docs).to_csv(sys.stdout, index=False)
    return 0


def cmd_evaluate(args) -> int:
    from .evaluate import evaluate

    report = evaluate(args.gold, _documents(args))
    if args.json:
        print(json.dumps({k: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "pred": s.pred, "gold": s.gold} for k, s in report.scores.items()}))
    else:
        print(report.format(max_errors=args.max_errors))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="reportmine", description="Mine figures from Chinese trade-union work reports.")
    p.add_argument("--version", action="version", version=f"reportmine {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def files(sp, workers=True):
        sp.add_argument("files", nargs="+", metavar="FILE", help="report files or directories")
        if workers:
            sp.add_argument("--workers", type=int, default=None, help="parallel processes (default: 1)")
            sp.add_argument("--progress", action="store_true", help="show a progress bar on stderr")

    sp = sub.add_parser("normalize", help="print the normalised text of each article")
    files(sp)
    sp.add_argument("--explain", action="store_true", help="list every change after each article")
    sp.add_argument("--no-headers", dest="headers", action="store_false", help="omit the '# doc_id: title' lines")
    sp.add_argument("-o", "--output", help="write to this file instead of stdout")
    sp.set_defaults(func=cmd_normalize)

    sp = sub.add_parser("parse", help="one JSON object per article: text, parts, sections, records, changes")
    files(sp)
    sp.add_argument("--format", choices=["jsonl", "json"], default="jsonl")
    sp.add_argument("-o", "--output", help="write to this file instead of stdout")
    sp.set_defaults(func=cmd_parse)

    sp = sub.add_parser("outline", help="print each article's parts and heading tree")
    files(sp)
    sp.set_defaults(func=cmd_outline)

    sp = sub.add_parser("extract", help="write flat figure records (csv, jsonl, json or parquet)")
    files(sp)
    sp.add_argument("-o", "--output", help="out.csv, out.jsonl, out.json or out.parquet (default: CSV on stdout)")
    sp.add_argument("--format", choices=["csv", "jsonl", "json", "parquet"], help="override the format the extension implies")
    sp.set_defaults(func=cmd_extract)

    sp = sub.add_parser("evaluate", help="precision, recall and F1 against gold files")
    sp.add_argument("gold", metavar="GOLD_DIR", help="directory of <stem>.json gold files")
    files(sp)
    sp.add_argument("--json", action="store_true", help="print the scores as JSON")
    sp.add_argument("--max-errors", type=int, default=40, help="misses and false alarms listed (default 40)")
    sp.set_defaults(func=cmd_evaluate)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `reportmine ... | head`: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (OSError, ValueError, ImportError) as e:
        print(f"reportmine: error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
