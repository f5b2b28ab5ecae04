"""Did a change alter what reportmine outputs?  A speed change must not (issue 9).

Runs the whole job on every page of the bundled corpora (corpora/samples and corpora/*/raw)
and on the pages the speed benchmark builds (simplified, Traditional, pinyin+GBK), and
writes, per page, everything the job produces: the articles' normalised text, parts, sections,
metadata, records (every field, ``why`` included) and changes, and the page's leftover text.

    python benchmarks/same_output.py --save /tmp/before.jsonl     # before the change
    python benchmarks/same_output.py --check /tmp/before.jsonl    # after it: exit 1 on any difference

``--check`` prints, for each page that differs, the first differing article field and a few of
the differing records, so a change that moves one figure shows where.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def pages(mb: float) -> list[tuple[str, bytes]]:
    out = []
    files = sorted((ROOT / "corpora" / "samples").glob("*")) + sorted((ROOT / "corpora").glob("*/raw/*"))
    for f in files:
        if f.is_file():
            out.append((str(f.relative_to(ROOT)), f.read_bytes()))
    if mb > 0:
        import bench_speed

        rng = random.Random(9)
        texts = bench_speed.gold_articles()
        for name in bench_speed.GOALS:
            size = mb / 4 if name == "pinyin+gbk" else mb
            for i, data in enumerate(bench_speed.pages(bench_speed.variant(texts, name, rng), size, rng)):
                out.append((f"bench/{name}/{i:04d}", data))
    return out


def outputs(mb: float):
    import reportmine

    for name, data in pages(mb):
        try:
            doc = reportmine.load(data, name=name)
        except Exception as e:  # an error is an output too
            yield name, {"error": f"{type(e).__name__}: {e}"}
            continue
        yield name, {"articles": [a.to_dict() for a in doc.articles],
                     "leftover": [list(x) for x in doc.leftover]}


def first_difference(a, b, path="") -> str:
    if type(a) is not type(b):
        return f"{path}: {a!r:.120} != {b!r:.120}"
    if isinstance(a, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if a.get(k) != b.get(k):
                return first_difference(a.get(k), b.get(k), f"{path}.{k}")
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {a!r:.160} != {b!r:.160}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", metavar="FILE", help="write the outputs to FILE (JSONL)")
    g.add_argument("--check", metavar="FILE", help="compare the outputs with FILE; exit 1 on a difference")
    ap.add_argument("--mb", type=float, default=0.5, help="MB of benchmark pages per variant (0: corpora only)")
    ap.add_argument("--show", type=int, default=10, help="pages to describe on --check")
    args = ap.parse_args(argv)
    if args.save:
        n = 0
        with open(args.save, "w", encoding="utf-8") as out:
            for name, d in outputs(args.mb):
                out.write(json.dumps({"page": name, **d}, ensure_ascii=False, sort_keys=True) + "\n")
                n += 1
        print(f"{n} pages written to {args.save}")
        return 0
    before = {}
    with open(args.check, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            before[d.pop("page")] = d
    differ = 0
    seen = 0
    for name, d in outputs(args.mb):
        seen += 1
        d = json.loads(json.dumps(d, ensure_ascii=False, sort_keys=True))
        old = before.pop(name, None)
        if old == d:
            continue
        differ += 1
        if differ <= args.show:
            print(f"{name}: " + ("new page" if old is None else first_difference(old, d)))
    if before:
        print(f"{len(before)} pages of {args.check} were not produced: {sorted(before)[:5]}")
    print(f"{seen} pages: {differ} differ" + ("" if differ else " (same output)"))
    return 1 if differ or before else 0


if __name__ == "__main__":
    sys.exit(main())
