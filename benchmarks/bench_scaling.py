"""Is the whole job linear in the length of one article, and is its memory bounded?

Three shapes of one article, at several sizes: ``report``, the gold texts of the seeds and the field
corpus run together as the paragraphs of one long report (about 8,400 figures per MB, as real
reports hold); and a figure-dense synthetic report (two figures every 18 characters, about 38,000
per MB) as ``paragraphs`` and flattened onto one line (``one-line``); each size runs in a fresh process that prints its CPU seconds
per MB and its peak memory beyond what the process held before the job (as a multiple of the
input's UTF-8 size).  Roughly equal s/MB across the sizes means linear (a growing figure means
some stage rescans the article per sentence or per figure: two such scans were found this way);
the goal for memory is under 10x the input.

A size whose peak, projected from the multiple measured at the size before it, would exceed
``--max-gb`` (default: half the memory available when the sweep starts) is skipped with the
projection printed, so the sweep cannot exhaust a shared machine.

usage: python benchmarks/bench_scaling.py [--sizes 0.1,0.3,1] [--shapes report,paragraphs,one-line] [--max-gb 8]
       (the issue's range: --sizes 0.1,1,10,50, which takes long on a shared machine)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

SENTENCE = "今年新建工会5家，发展会员120人。"
SHAPES = {"report": None, "paragraphs": "\n", "one-line": ""}


def article(mb: float, shape: str) -> tuple[str, int | None]:
    """The text of one article of about ``mb`` MB in ``shape``, and how many records it must give
    (None where that is not known in advance)."""
    sep = SHAPES[shape]
    if sep is None:
        import pathlib

        sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
        from bench_speed import gold_articles

        paragraphs = [p for t in gold_articles() for p in t.split("\n") if p.strip()]
        out, size, i = [], 0, 0
        while size < mb * 1e6:
            p = paragraphs[i % len(paragraphs)]
            out.append(p)
            size += len(p.encode("utf-8")) + 1
            i += 1
        return "\n".join(out), None
    n = max(1, int(mb * 1e6 / len((SENTENCE + sep).encode("utf-8"))))
    return (SENTENCE + sep) * n, 2 * n


def child(mb: float, shape: str) -> dict:
    """Run the job once on ``mb`` MB (in this process); CPU s/MB and peak memory over the input."""
    import resource
    import time

    import reportmine

    text, expected = article(mb, shape)
    # warm up on 0.2 MB of the same shape: tables and models (jieba's dictionary, 50 MB, where a word
    # breaks across lines) load once per process and are not the job's memory
    reportmine.parse_text(article(0.2, shape)[0])
    size = len(text.encode("utf-8"))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    t0 = time.process_time()
    doc = reportmine.parse_text(text)
    cpu = time.process_time() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    n = len(doc.records)
    assert expected is None or n == expected, (n, expected)
    return {"mb": size / 1e6, "s_per_mb": cpu / (size / 1e6), "memory_x": max(0, peak - before) / size,
            "records_per_mb": n / (size / 1e6)}


def available_gb() -> float:
    """Memory available to a new process now (Linux: MemAvailable), in GB; 8 where unknown."""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024 / 1e9
    except OSError:
        pass
    return 8.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="0.1,0.3,1", help="MB, comma-separated")
    ap.add_argument("--shapes", default=",".join(SHAPES), help="report, paragraphs and/or one-line")
    ap.add_argument("--max-gb", type=float, default=None,
                    help="skip a size whose projected peak exceeds this (default: half the available memory)")
    ap.add_argument("--child", nargs=2, metavar=("MB", "SHAPE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(float(args.child[0]), args.child[1])))
        return 0
    max_gb = args.max_gb if args.max_gb is not None else available_gb() / 2
    print("CPU seconds per MB of input, and peak memory beyond the warmed-up process (x input size)"
          f"; sizes projected to peak over {max_gb:.1f} GB are skipped")
    for shape in args.shapes.split(","):
        row = []
        multiple = 0.0  # the memory multiple of the size before
        for mb in args.sizes.split(","):
            projected = multiple * float(mb) / 1e3
            if projected > max_gb:
                row.append(f"{mb} MB skipped (projected peak {projected:.1f} GB)")
                continue
            out = subprocess.run([sys.executable, __file__, "--child", mb, shape], capture_output=True, text=True)
            if out.returncode:
                row.append(f"{mb} MB failed: {out.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(out.stdout.strip().splitlines()[-1])
            multiple = max(multiple, r["memory_x"])
            # ru_maxrss is a high-water mark: a job smaller than the 0.2 MB warm-up may stay under it
            mem = f"{r['memory_x']:5.1f}x" if r["memory_x"] > 0 else "(under the warm-up's peak)"
            row.append(f"{r['mb']:.2f} MB {r['s_per_mb']:5.1f} s/MB {mem}"
                       f" ({r['records_per_mb']:,.0f} records/MB)")
            print(f"  {shape} {row[-1]}", file=sys.stderr, flush=True)
        print(f"{shape:10}  " + "   ".join(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
