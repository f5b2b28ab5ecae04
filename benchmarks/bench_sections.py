"""Speed of the section parser and metadata: seconds per MB (UTF-8) of article text.

usage: .venv/bin/python benchmarks/bench_sections.py

Prints figures on (1) a synthetic 5 MB article with 100,000 headings and
(2) the gold article texts (repeated to a measurable size), and the section F1 on
the seeds' gold and on the field corpus's gold texts.
"""
from __future__ import annotations

import json
import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from reportmine.metadata import extract_metadata  # noqa: E402
from reportmine.model import iter_sections  # noqa: E402
from reportmine.sections import parse_sections  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1]
CN = "零一二三四五六七八九"


def cn(n: int) -> str:
    """Chinese numeral for 1..99."""
    if n < 10:
        return CN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN[t]) + "十" + (CN[u] if u else "")


def synthetic(n_chapters: int = 50, n_top: int = 20, n_items: int = 100, body: str = "") -> str:
    """An article of n_chapters × n_top × n_items numbered items (plus their parents).

    Items are run-in headings (1、…。 body); figures and dates such as 5.1、1.6万、2023年
    and inline ①② sit in the bodies to keep the non-heading markers busy too.
    """
    body = body or "会员1.6万人，5.1走访①②。"
    out = ["今年以来，区总工会在区委的领导下，现将工作总结如下："]
    for c in range(1, n_chapters + 1):
        out.append(f"第{cn(c)}章 第{c}部分工作")
        for t in range(1, n_top + 1):
            out.append(f"{cn(t)}、加强第{t}项工作")
            for i in range(1, n_items + 1):
                out.append(f"{i}、抓环节{i}。{body}")
    return "\n".join(out)


def gold_texts() -> list[tuple[str, str]]:
    out = []
    for f in sorted((ROOT / "corpora" / "gold").glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            out.append((a["title"], a["text"]))
    return out


def bench(label: str, texts: list[tuple[str, str]], repeat: int = 1) -> None:
    mb = sum(len(t.encode("utf-8")) for _, t in texts) * repeat / 1e6
    t0 = time.perf_counter()
    n = 0
    for _ in range(repeat):
        for title, t in texts:
            parts, roots = parse_sections(t)
            n += sum(1 for _ in iter_sections(roots))
    t1 = time.perf_counter()
    for _ in range(repeat):
        for title, t in texts:
            extract_metadata(title, t)
    t2 = time.perf_counter()
    print(f"{label}: {mb:.2f} MB, {n} headings; parse_sections {t1 - t0:.2f} s = {(t1 - t0) / mb:.3f} s/MB "
          f"({mb / (t1 - t0):.2f} MB/s); extract_metadata {(t2 - t1) / mb:.3f} s/MB")


def _timed(text: str) -> float:
    t0 = time.perf_counter()
    parse_sections(text)
    return time.perf_counter() - t0


def main() -> None:
    text = synthetic()
    bench("synthetic article", [("工作总结", text)])
    bench("gold texts x50", gold_texts(), repeat=50)
    # best of three runs per size: the machine may be shared, and the best run is the least disturbed
    sizes = []
    for chapters in (12, 25, 50):
        t = synthetic(chapters)
        best = min(_timed(t) for _ in range(3))
        sizes.append((len(t.encode()) / 1e6, best))
    print("linearity (best of 3): " + ", ".join(f"{mb:.2f} MB in {s:.2f} s ({s / mb:.3f} s/MB)" for mb, s in sizes))
    try:
        from gold_sections import main as gold_main  # same directory
        from sections_eval import compare
    except ImportError:
        return
    gold_main()
    print("field corpus (gold text):")
    compare(ROOT / "corpora" / "fieldset" / "gold", None, verbose=False, quiet=True)


if __name__ == "__main__":
    main()
