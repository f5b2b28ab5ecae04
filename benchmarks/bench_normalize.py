"""Normaliser throughput in MB/s (UTF-8 bytes of input) on the bundled samples.

Runs the full normaliser (codec repair, pinyin, script, wording, punctuation,
furniture, paragraphs) over each sample file, repeated to about 1 MB, and prints
MB/s for the simplified samples, the traditional sample, the damaged
traditional sample with pinyin annotations and the simplified samples as a PDF
copy (spaced numbers, wrap spaces, flattened lines), with each OpenCC backend
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


GROUPS = {
    # the simplified samples; the traditional one with Taiwan wording; the
    # traditional one with pinyin annotations and four GBK-damaged spots
    "simplified": ("001", "002", "004"),
    "traditional": ("003",),
    "trad+pinyin+damage": ("000",),
    # the simplified samples as a PDF copy shows them (see pdf_copy)
    "simplified PDF copy": ("001", "002", "004"),
}


def pdf_copy(text: str) -> str:
    """``text`` as copied from a PDF: spaces around numbers (宣讲 78 场), a wrap space every
    seventh character between two Chinese characters, each page flattened onto one line."""
    import re

    text = re.sub(r"(?<=[\u4e00-\u9fff])([0-9][0-9.]*%?)(?=[\u4e00-\u9fff])", r" \1 ", text)
    han = re.compile(r"[\u4e00-\u9fff]")
    out = []
    for line in text.split("\n"):
        chars = []
        for k, c in enumerate(line):
            chars.append(c)
            if k % 7 == 6 and han.match(c) and han.match(line[k + 1 : k + 2]):
                chars.append(" ")
        out.append("".join(chars))
    return " ".join(out)


def corpus(group: str, mb: float) -> list[str]:
    from reportmine.decode import read

    one = "\n".join(read(p).text for p in SAMPLES if p.name[:3] in GROUPS[group])
    if "PDF" in group:
        one = pdf_copy(one)
    reps = max(1, int(mb * 1e6 / len(one.encode("utf-8"))))
    # separate repetitions so each is a page of its own size, as in an archive
    return [one] * reps


def bench(pages: list[str]) -> float:
    from reportmine.normalize import normalize_tracked

    normalize_tracked(pages[0][:5000])  # warm up: converters, tables and models load once per process
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
    print("normaliser throughput, MB/s of UTF-8 input")
    print(f"{'backend':8}" + "".join(f"{g:>20}" for g in GROUPS))
    for b in backends:
        os.environ["REPORTMINE_OPENCC"] = b
        print(f"{b:8}" + "".join(f"{bench(corpus(g, args.mb)):20.2f}" for g in GROUPS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
