"""Normaliser throughput in MB/s (UTF-8 bytes of input) on the bundled samples.

Runs the full normaliser (codec repair, pinyin, script, wording, punctuation,
furniture, paragraphs) over each sample file, repeated to about 1 MB, and prints
MB/s for the simplified and the traditional samples, with each OpenCC backend
available (pure-Python opencc-python-reimplemented, and opencc-pyo3 if installed).

usage: python benchmarks/bench_normalize.py [--mb 1.0]
"""

from __future__ import annotations

import argparse
import importlib
import os
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "corpora" / "samples").glob("*.txt"))


def corpus(kind: str, mb: float) -> str:
    from reportmine.decode import read
    from reportmine.normalize.script import has_traditional

    texts = [read(p).text for p in SAMPLES]
    chosen = [t for t in texts if has_traditional(t) == (kind == "traditional")]
    one = "\n".join(chosen)
    reps = max(1, int(mb * 1e6 / len(one.encode("utf-8"))))
    # separate repetitions so each is a page of its own size, as in an archive
    return [one] * reps


def bench(pages: list[str]) -> float:
    from reportmine.normalize import normalize_tracked

    nbytes = sum(len(p.encode("utf-8")) for p in pages)
    t0 = time.perf_counter()
    for p in pages:
        normalize_tracked(p)
    return nbytes / 1e6 / (time.perf_counter() - t0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=1.0, help="about this many MB per measurement")
    args = ap.parse_args(argv)
    backends = ["pure"]
    try:
        importlib.import_module("opencc_pyo3")
        backends.append("pyo3")
    except ImportError:
        print("opencc-pyo3 not installed: pip install 'reportmine[fast]' to measure it")
    import reportmine.normalize.script as script

    print(f"{'backend':8} {'simplified MB/s':>16} {'traditional MB/s':>17}")
    for b in backends:
        os.environ["REPORTMINE_OPENCC"] = b
        if hasattr(script, "_converter"):
            script._converter.cache_clear()
        simp = bench(corpus("simplified", args.mb))
        trad = bench(corpus("traditional", args.mb))
        print(f"{b:8} {simp:16.2f} {trad:17.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
