"""Command line: ``reportmine normalize|parse|outline|extract|evaluate``.

Run ``reportmine COMMAND --help`` for each command's options.  Paths may be
files or directories (searched for .txt, .htm, .html, .mht, .docx, .odt, .fodt, .rtf and .eml
files; a Word 2003 .xml document is read when named).
A file that cannot be read or analysed never stops a command: it is named on stderr, the
other files are processed, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from typing import Iterator, Sequence

from . import __version__
from .errors import ReportmineError

#: exit codes of every command: all files done; some failed (the others are in the output);
#: nothing written (bad arguments, no input, unwritable output); interrupted
EXIT_OK, EXIT_SOME_FAILED, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


def expand_paths(paths: Sequence[str]) -> list[pathlib.Path]:
    """Files named, report files under directories named and files matching globs, in order."""
    from .bulk import expand_paths as expand

    return expand(paths)


class _Failures:
    """The files of a run that could not be read or analysed: each is named on stderr as it is met,
    and the run goes on with the next file (the command then exits with EXIT_SOME_FAILED)."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def documents(self, args) -> Iterator:
        from .pipeline import load_many

        paths = expand_paths(args.files)
        docs = load_many(paths, workers=getattr(args, "workers", None), errors="yield")
        if getattr(args, "progress", False):
            from tqdm import tqdm

            docs = tqdm(docs, total=len(paths), unit="file", file=sys.stderr)
        for d in docs:
            if isinstance(d, ReportmineError):
                self.names.append(d.path or "?")
                print(f"reportmine: failed: {d} (the run goes on)", file=sys.stderr)
            else:
                yield d

    def exit_code(self) -> int:
        if self.names:
            print(f"reportmine: {len(self.names)} file(s) failed and are not in the output: " + ", ".join(self.names[:20])
                  + (" …" if len(self.names) > 20 else ""), file=sys.stderr)
            return EXIT_SOME_FAILED
        return EXIT_OK


def _open_out(path: str | None):
    if not path or path == "-":
        return sys.stdout, False
    return open(path, "w", encoding="utf-8"), True


def cmd_normalize(args) -> int:
    failures = _Failures()
    out, close = _open_out(args.output)
    try:
        for doc in failures.documents(args):
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
    return failures.exit_code()


def cmd_parse(args) -> int:
    from .output import write_articles

    failures = _Failures()
    out, close = _open_out(args.output)
    try:
        n = write_articles((a for d in failures.documents(args) for a in d.articles), out, args.format)
    finally:
        if close:
            out.close()
    if close:
        print(f"wrote {n} articles to {args.output}", file=sys.stderr)
    return failures.exit_code()


def cmd_outline(args) -> int:
    from .outline import format_outline

    failures = _Failures()
    for doc in failures.documents(args):
        for a in doc.articles:
            md = a.metadata
            print(f"{a.doc_id}  {a.title}  [year={md.year} level={md.org_level} type={md.report_type}]")
            print(format_outline(a.title, a.parts, a.sections.roots))
            print()
    return failures.exit_code()


EXTRACT_EPILOG = f"""\
Records are written in input order whatever --workers is, so the output is
byte-identical; it appears atomically (temp file + rename) when the run ends.
While it runs, OUT.partial and OUT.journal next to the output record the files
finished; after an interruption (Ctrl-C, kill -9, a crash) the same command
with --resume skips them and finishes the job with the same output.

A file that cannot be read or analysed never stops the run: it is listed in
--errors FILE (one line per file: name, a tab, the reason) and on stderr.

exit codes: {EXIT_OK} every file extracted; {EXIT_SOME_FAILED} some files failed (the others are
in the output); {EXIT_ERROR} nothing written (bad arguments, no input, unwritable output);
{EXIT_INTERRUPTED} interrupted (run again with --resume).
"""


def cmd_extract(args) -> int:
    from .bulk import run_extract

    to_stdout = not args.output or args.output == "-"
    if to_stdout and args.resume:
        raise ValueError("--resume needs an output file (-o OUT)")
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    tmp = None
    if to_stdout:  # the same bytes as -o out.csv: written to a temporary file, then copied out
        import tempfile

        tmp = tempfile.TemporaryDirectory(prefix="reportmine-")
        output = pathlib.Path(tmp.name) / f"records.{args.format or 'csv'}"
    else:
        output = pathlib.Path(args.output)
        if not args.resume and output.with_name(output.name + ".journal").exists():
            print(f"reportmine: starting afresh: the unfinished run's journal beside {output} is dropped"
                  " (add --resume to finish that run instead)", file=sys.stderr)
    try:
        s = run_extract(args.files, output, args.format, args.workers, errors_path=args.errors,
                        resume=args.resume, dedupe=args.dedupe, progress=progress, timeout=args.timeout)
        if to_stdout:
            import shutil

            with open(output, "rb") as f:
                shutil.copyfileobj(f, sys.stdout.buffer)
            sys.stdout.flush()
    except KeyboardInterrupt:
        print(f"reportmine: interrupted; run the same command with --resume to finish {args.output}", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        if tmp is not None:
            tmp.cleanup()
    done = s.files - len(s.failed)
    rate = f"{s.bytes / 1e6 / s.seconds:.2f} MB/s" if s.seconds > 0 else ""
    resumed = f", {s.resumed} from the journal" if s.resumed else ""
    dropped = f", {s.duplicates} duplicates {'marked' if args.dedupe == 'mark' else 'dropped'}" if args.dedupe else ""
    where = "stdout" if to_stdout else args.output
    print(f"wrote {s.records} records from {done} of {s.files} files{resumed}{dropped} to {where}"
          f" in {s.seconds:.1f} s {rate}".rstrip(), file=sys.stderr)
    for name, reason in s.failed[:20]:
        print(f"reportmine: failed: {name}: {reason}", file=sys.stderr)
    if len(s.failed) > 20:
        print(f"reportmine: … and {len(s.failed) - 20} more failed files" + (f" (see {args.errors})" if args.errors else ""), file=sys.stderr)
    return EXIT_SOME_FAILED if s.failed else EXIT_OK


def cmd_evaluate(args) -> int:
    from .evaluate import evaluate

    from .pipeline import parse_text

    failures = _Failures()
    docs = list(failures.documents(args))
    docs += [parse_text("", name=name) for name in failures.names]  # scored as pages where nothing was found
    report = evaluate(args.gold, docs)
    if args.json:
        print(json.dumps({k: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "pred": s.pred, "gold": s.gold} for k, s in report.scores.items()}))
    else:
        print(report.format(max_errors=args.max_errors))
    return failures.exit_code()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="reportmine", description="Mine figures from Chinese trade-union work reports.")
    p.add_argument("--version", action="version", version=f"reportmine {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def files(sp, workers=True):
        sp.add_argument("files", nargs="+", metavar="FILE", help="report files, directories or (quoted) globs")
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

    sp = sub.add_parser("extract", help="write flat figure records (csv, jsonl, json, parquet or xlsx)",
                        epilog=EXTRACT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    files(sp, workers=False)
    sp.add_argument("-o", "--output", help="out.csv, out.jsonl, out.json, out.parquet or out.xlsx (default: CSV on stdout)")
    sp.add_argument("--format", choices=["csv", "jsonl", "json", "parquet", "xlsx"], help="override the format the extension implies")
    sp.add_argument("--workers", type=int, default=None, help="worker processes (default: none, all in this process)")
    sp.add_argument("--errors", metavar="FILE", help="write one line per failed file (name<TAB>reason) to FILE")
    sp.add_argument("--resume", action="store_true", help="finish an interrupted run of the same command (uses OUT.journal)")
    sp.add_argument("--dedupe", action="store_const", const="drop", default=False,
                    help="drop records whose paragraph recycles one of an earlier file (near-duplicate text, same figures)")
    sp.add_argument("--mark-duplicates", dest="dedupe", action="store_const", const="mark",
                    help="keep those records, with duplicate_of naming the file where the paragraph first appeared")
    sp.add_argument("--timeout", type=float, default=None, metavar="SECONDS", help="give up a file after this long (it goes to --errors)")
    bar = sp.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None, help="show a progress bar (default: when stderr is a terminal)")
    bar.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
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
    except (OSError, ValueError, ImportError, ReportmineError) as e:
        print(f"reportmine: error: {e}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
