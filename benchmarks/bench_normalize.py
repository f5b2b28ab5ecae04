"""Normaliser throughput in MB/s (UTF-8 bytes of input) on the bundled samples.

Runs the full normaliser (codec repair, pinyin, script, wording, punctuation,
furniture, paragraphs) over each sample file, repeated to about 1 MB, and prints
MB/s for the simplified samples, the traditional sample, the damaged
traditional sample with pinyin annotations and the simplified samples as a PDF
copy (spaced numbers, wrap spaces, flattened lines), with each OpenCC backend
available (pure-Python opencc-python-reimplemented, and opencc-pyo3 if installed).

With ``--spots`` it prints instead the CPU milliseconds ``repair_gbk_damage`` spends per
damaged spot (a cluster of suspicious seeds, each judged on its own: mean, p95 and max,
over every spot and over the spots whose readings are searched and ranked; a zone met before,
in the same context, is not searched again), on the
pinyin+gbk pages of ``bench_speed.py`` and on the bundled corpora (issue 9: <= 5 ms).

usage: python benchmarks/bench_normalize.py [--mb 1.0]
       python benchmarks/bench_normalize.py --spots [--damaged-mb 0.3] [--worst 10]
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


def damaged_pages(mb: float, seed: int = 9) -> list[str]:
    """The pinyin+gbk pages of bench_speed (its default seed), decoded."""
    import random

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_speed

    rng = random.Random(seed)
    texts = bench_speed.gold_articles()
    return [d.decode("utf-8") for d in bench_speed.pages(bench_speed.variant(texts, "pinyin+gbk", rng), mb, rng)]


def corpus_pages() -> list[str]:
    """Every page of the bundled corpora (samples and */raw), decoded as the job decodes it."""
    from reportmine.decode import read

    files = sorted((ROOT / "corpora" / "samples").glob("*")) + sorted((ROOT / "corpora").glob("*/raw/*"))
    return [read(f).text for f in files if f.is_file()]


def spot_times(pages: list[str], worst: list | None = None) -> tuple[list[float], list[float]]:
    """CPU seconds of each damaged spot of ``pages`` (as repair_gbk_damage sees them: after
    fix_codec_confusion), all of them and the searched ones; ``worst``, if given, gets
    ``(seconds, text around the spot, seeds)`` of every spot."""
    from reportmine.normalize import codec
    from reportmine.textedit import TrackedText

    every, searched = [], []
    search = codec._search
    calls = []

    def counting(*a):
        calls.append(1)
        return search(*a)

    codec._search = counting
    try:
        for page in pages:
            text = TrackedText(page).run([codec.fix_codec_confusion]).text
            for cluster in codec._clusters(codec._find_seeds(text)):
                calls.clear()
                t0 = time.process_time()
                codec._zone_edits(text, cluster)
                dt = time.process_time() - t0
                every.append(dt)
                if worst is not None:
                    s, e = cluster[0].start, cluster[-1].end
                    worst.append((dt, text[max(0, s - 12) : e + 12], "; ".join(c.what for c in cluster)))
                if calls:
                    searched.append(dt)
    finally:
        codec._search = search
    return every, searched


def spot_summary(times: list[float]) -> str:
    if not times:
        return f"{0:6d} spots"
    ms = sorted(1000 * t for t in times)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    return f"{len(ms):6d} spots  mean {sum(ms) / len(ms):6.2f}  p95 {p95:6.2f}  max {ms[-1]:7.2f} ms"


def spots(mb: float, show: int = 0) -> int:
    from reportmine.normalize import codec

    # models and tables load once per process (start-up, not a spot's cost): a lost byte beside
    # pinyin, and a '?' without pinyin (the table of characters a lost byte may have been)
    codec.repair_gbk_damage("工作取得了进展,F(xiàn)將近期工作汇报如下")
    codec.repair_gbk_damage("今年一月荩?鎮工会")
    print("repair_gbk_damage, CPU ms per damaged spot (searched: readings ranked)")
    for name, pages in ((f"pinyin+gbk pages of bench_speed ({mb} MB)", damaged_pages(mb)),
                        ("bundled corpora", corpus_pages())):
        worst: list = []
        every, searched = spot_times(pages, worst)
        print(f"{name}\n  every spot    {spot_summary(every)}\n  searched      {spot_summary(searched)}"
              f"\n  total {sum(every):.2f} s")
        for dt, around, what in sorted(worst, key=lambda w: -w[0])[:show]:
            print(f"    {1000 * dt:6.2f} ms  {around!r}  ({what})")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=1.0, help="about this many MB per measurement")
    ap.add_argument("--spots", action="store_true", help="ms per damaged spot of the GBK repair instead")
    ap.add_argument("--damaged-mb", type=float, default=0.3, help="MB of pinyin+gbk pages for --spots")
    ap.add_argument("--worst", type=int, default=0, help="with --spots: print the N slowest spots and their text")
    args = ap.parse_args(argv)
    if args.spots:
        return spots(args.damaged_mb, args.worst)
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
