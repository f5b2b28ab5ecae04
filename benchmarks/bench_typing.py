"""What the extraction stage and the learned typing model cost in the whole job (issue 9).

usage: .venv/bin/python benchmarks/bench_typing.py [--repeat 3] [FILE_OR_DIR ...]

On the field corpus (corpora/fieldset/raw) and the seeds (corpora/samples) by default, one process,
every model and table loaded before timing (one warm-up run).  For each of "with the model" and
"cues alone" it times, best of ``--repeat`` runs, in CPU seconds of this process (the machine is
shared, so wall time says more about the neighbours than about the code):

* the whole job, file bytes -> Document (``reportmine.load``);
* the extraction stage alone (``reportmine.extraction.extract_records`` on every article's
  normalised text, parts and sections, computed once beforehand): figures, cue typing, subjects,
  periods, the model's features and decision, validation;

and prints MB/s (UTF-8 size of the decoded sources), the stage's share of the whole job, and the
typing model's share of the whole job: the stage with the model minus the stage without it
(feature building + the cue scan only the features need + prediction + explanation), divided by
the whole job with the model.  Issue 9 asks for at most 10 %.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import time

import reportmine
from reportmine import extraction, learned

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "corpora" / "fieldset" / "raw", ROOT / "corpora" / "samples"]


def files(args: list[str]) -> list[pathlib.Path]:
    out = []
    for a in (args or DEFAULT):
        p = pathlib.Path(a)
        out.extend(sorted(q for q in p.iterdir() if q.is_file()) if p.is_dir() else [p])
    return out


def best(fn, repeat: int) -> float:
    """The least CPU time of ``repeat`` runs of ``fn``."""
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    paths = files(args.paths)
    blobs = [p.read_bytes() for p in paths]
    docs = [reportmine.load(b, name=p.stem) for p, b in zip(paths, blobs)]  # warm-up: every model loaded
    mb = sum(len(d.source.text.encode("utf-8")) for d in docs) / 1e6
    arts = [(a.text, a.parts, tuple(a.sections)) for d in docs for a in d.articles]
    n_records = sum(len(a.records) for d in docs for a in d.articles)

    def whole():
        for p, b in zip(paths, blobs):
            reportmine.load(b, name=p.stem)

    def stage():
        for text, parts, sections in arts:
            extraction.extract_records(text, parts, sections)

    rows = {}
    for label, m in (("with model", learned.current()), ("cues alone", None)):
        with learned.using(m):
            rows[label] = (best(whole, args.repeat), best(stage, args.repeat))
    print(f"{len(paths)} files, {len(arts)} articles, {n_records} records, {mb:.3f} MB (UTF-8); "
          f"CPU seconds, best of {args.repeat}")
    print(f"{'typing':12} {'whole s':>8} {'MB/s':>6} {'stage s':>8} {'MB/s':>6} {'stage %':>8}")
    for label, (w, s) in rows.items():
        print(f"{label:12} {w:8.3f} {mb / w:6.2f} {s:8.3f} {mb / s:6.2f} {100 * s / w:7.1f}%")
    (w, s), (_, s0) = rows["with model"], rows["cues alone"]
    print(f"typing model (features + prediction + explanation): {s - s0:.3f} s = {100 * (s - s0) / w:.1f}% "
          f"of the whole job (issue 9: <= 10%), {100 * (s - s0) / s:.0f}% of the stage")
    return 0


if __name__ == "__main__":
    sys.exit(main())
