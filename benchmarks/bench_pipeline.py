"""Whole-job throughput: files -> records, MB/s of input, in this process and with worker processes.

Copies the bundled samples N times into a temporary directory (an "archive"),
then times ``reportmine.bulk.iter_results`` over it (the machinery behind
``reportmine extract``) and prints records, MB/s, files/s and peak RSS (this
process; the largest worker process).

usage: python benchmarks/bench_pipeline.py [--copies 40] [--workers 2]
"""

from __future__ import annotations

import argparse
import pathlib
import resource
import shutil
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--copies", type=int, default=40)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    import reportmine
    from reportmine.bulk import iter_results

    samples = sorted((ROOT / "corpora" / "samples").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(args.copies):
            for s in samples:
                p = pathlib.Path(tmp) / f"{i:04d}_{s.name}"
                shutil.copy(s, p)
                paths.append(p)
        mb = sum(p.stat().st_size for p in paths) / 1e6
        reportmine.load(samples[0])  # warm up this process
        print(f"{len(paths)} files, {mb:.1f} MB")
        for workers in sorted({0, args.workers}):
            t0 = time.perf_counter()
            n = sum(len(r.records) for r in iter_results(paths, workers=workers))
            dt = time.perf_counter() - t0
            own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            where = "in this process" if not workers else f"{workers} worker processes"
            print(f"{where}: {n} records in {dt:.1f} s = {mb / dt:.2f} MB/s, {len(paths) / dt:.1f} files/s; "
                  f"peak RSS this process {own:.0f} MB, largest worker {kids:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
