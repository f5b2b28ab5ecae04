"""Is the whole job linear in the length of one article?  Prints seconds per MB at three sizes.

A figure-dense synthetic report (two figures every 18 characters), as paragraphs and flattened
onto one line.  Roughly equal s/MB across the sizes means linear; a growing figure means some
stage rescans the article per sentence or per figure (two such scans were found this way).

usage: python benchmarks/bench_scaling.py
"""

from __future__ import annotations

import sys
import time

SENTENCE = "今年新建工会5家，发展会员120人。"


def main() -> int:
    import reportmine

    reportmine.parse_text(SENTENCE * 10)  # warm up
    for shape, sep in (("paragraphs", "\n"), ("one line", "")):
        row = []
        for n in (2500, 5000, 10000):
            text = (SENTENCE + sep) * n
            mb = len(text.encode("utf-8")) / 1e6
            t0 = time.perf_counter()
            doc = reportmine.parse_text(text)
            dt = time.perf_counter() - t0
            assert len(doc.records) == 2 * n
            row.append(f"{mb:.2f} MB {dt / mb:5.1f} s/MB")
        print(f"{shape:10}  " + "   ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
