"""Is the whole job linear in the length of one article, and is its memory bounded?

A figure-dense synthetic report (two figures every 18 characters), as paragraphs and flattened
onto one line, at several sizes; each size runs in a fresh process that prints its CPU seconds
per MB and its peak memory beyond what the process held before the job (as a multiple of the
input's UTF-8 size).  Roughly equal s/MB across the sizes means linear (a growing figure means
some stage rescans the article per sentence or per figure: two such scans were found this way);
the goal for memory is under 10x the input.

A size whose peak, projected from the multiple measured at the size before it, would exceed
``--max-gb`` (default: half the memory available when the sweep starts) is skipped with the
projection printed, so the sweep cannot exhaust a shared machine.

usage: python benchmarks/bench_scaling.py [--sizes 0.1,0.3,1] [--shapes paragraphs,one-line] [--max-gb 8]
       (the issue's range: --sizes 0.1,1,10,50, which takes long on a shared machine)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

SENTENCE = "今年新建工会5家，发展会员120人。"
SHAPES = {"paragraphs": "\n", "one-line": ""}


def child(mb: float, shape: str) -> dict:
    """Run the job once on ``mb`` MB (in this process); CPU s/MB and peak memory over the input."""
    import resource
    import time

    import reportmine

    reportmine.parse_text(SENTENCE * 10)  # warm up: tables and models load once per process
    sep = SHAPES[shape]
    n = max(1, int(mb * 1e6 / len((SENTENCE + sep).encode("utf-8"))))
    text = (SENTENCE + sep) * n
    size = len(text.encode("utf-8"))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    t0 = time.process_time()
    doc = reportmine.parse_text(text)
    cpu = time.process_time() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    assert len(doc.records) == 2 * n, (len(doc.records), 2 * n)
    return {"mb": size / 1e6, "s_per_mb": cpu / (size / 1e6), "memory_x": max(0, peak - before) / size}


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
    ap.add_argument("--shapes", default=",".join(SHAPES), help="paragraphs and/or one-line")
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
            row.append(f"{r['mb']:.2f} MB {r['s_per_mb']:5.1f} s/MB {r['memory_x']:4.1f}x")
            print(f"  {shape} {row[-1]}", file=sys.stderr, flush=True)
        print(f"{shape:10}  " + "   ".join(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
