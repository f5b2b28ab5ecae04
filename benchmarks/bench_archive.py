"""Archive benchmark: 2,000 files built from every corpus in the repo, run through ``reportmine extract``.

Builds an archive in a temporary directory (``--keep DIR`` keeps it there) from
every raw report of corpora/samples, corpora/heldout*/raw and corpora/fieldset/raw:

* 70% *distinct* files: a corpus report with every run of Arabic digits but a year (before
  年) replaced by a fresh number, so the figures are new even where the text is a template;
* 30% *recycled copies* of an earlier file of the archive, lightly rewritten as template
  sites do: some paragraphs dropped, spun synonyms (reportmine/normalize/data/spun.tsv
  backwards), site furniture added, converted to Traditional script with Taiwan wording;
* 2% *broken* files: a truncated .docx, binary junk, an empty file;
* written in UTF-8, GB18030, Big5 (Traditional files), UTF-16, HTML and .docx.

Then runs ``reportmine extract ARCHIVE -o OUT.jsonl --errors ERR --mark-duplicates`` with
``--workers 1`` and ``2`` (each in its own wrapper process, so peak RSS is that run's)
and prints files/s, MB/s and peak RSS; checks that the errors file names exactly the
broken files and that both runs wrote the same bytes; and prints the precision and
recall of the duplicates found, on records whose mention holds an Arabic digit (a
record of a recycled copy should name the file its text first appeared in; a record of
a distinct file should name none).

usage: python benchmarks/bench_archive.py [--files 2000] [--workers 1 2] [--keep DIR] [--seed 0]
"""

from __future__ import annotations

import argparse
import io
import json
import pathlib
import random
import re
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FURNITURE_TOP = ["首页 > 范文大全 > 工作总结 > 工会工作总结", "当前位置：首页 > 工作总结", "【字体：大 中 小】 【打印本页】"]
FURNITURE_BOTTOM = ["本文来源于网络，如有侵权请联系删除。", "【下载本文】 【返回列表】", "上一篇：社区工作总结 下一篇：团委工作计划"]
CODECS = ["utf-8", "gb18030", "utf-16", "html", "docx", "utf-8", "gb18030"]


def corpus_texts() -> list[tuple[str, str]]:
    """(name, decoded text) of every raw report in the repo's corpora."""
    from reportmine.decode import read

    files = sorted((ROOT / "corpora" / "samples").glob("*.txt"))
    for d in sorted((ROOT / "corpora").glob("*/raw")):
        files += sorted(p for p in d.iterdir() if p.is_file())
    out = []
    for p in files:
        try:
            out.append((f"{p.parent.parent.name}/{p.name}", read(p).text))
        except Exception as e:  # a corpus file the reader refuses is no source for the archive
            print(f"skipped {p}: {e}", file=sys.stderr)
    return out


def spun_pairs() -> list[tuple[str, str]]:
    from reportmine.tables import read_table

    rows = read_table(ROOT / "reportmine" / "normalize" / "data" / "spun.tsv")
    return [(r["original"], r["spun"]) for r in rows if r["strength"] in ("strong", "certain")]


def perturb_digits(text: str, rng: random.Random) -> str:
    """Every number but a year (19xx/20xx before 年) replaced by a fresh one (10–99999): the
    figures of a distinct report."""
    def new(m):
        s = m.group()
        if len(s) == 4 and s[:2] in ("19", "20") and m.string[m.end() : m.end() + 1] == "年":
            return s
        return str(rng.randint(10, 99999))

    return re.sub(r"\d+", new, text)


def rewrite(text: str, rng: random.Random, spun: list[tuple[str, str]], s2t) -> tuple[str, bool]:
    """A recycled copy: paragraphs dropped, spun words, furniture, maybe Traditional. Returns (text, traditional)."""
    paras = [p for p in text.split("\n")]
    keep = [p for i, p in enumerate(paras) if i < 2 or rng.random() > 0.15]
    text = "\n".join(keep)
    for orig, sp in rng.sample(spun, k=min(len(spun), 4)):
        text = text.replace(orig, sp, rng.randint(1, 3))
    text = "\n".join([rng.choice(FURNITURE_TOP), text, rng.choice(FURNITURE_BOTTOM)])
    trad = rng.random() < 0.4
    if trad:
        text = s2t.convert(text)
    return text, trad


def encode(text: str, codec: str, traditional: bool) -> tuple[bytes, str]:
    """File bytes and suffix for ``text`` in ``codec`` (Big5 for Traditional text where it can hold it)."""
    if traditional and codec in ("gb18030", "utf-16"):
        try:
            return text.encode("big5"), ".txt"
        except UnicodeEncodeError:
            pass
    if codec == "html":
        import html

        body = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n"))
        return f"<html><head><meta charset=\"utf-8\"><title>工作总结</title></head><body>\n{body}</body></html>".encode("utf-8"), ".html"
    if codec == "docx":
        import docx

        d = docx.Document()
        for p in text.split("\n"):
            d.add_paragraph(p)
        buf = io.BytesIO()
        d.save(buf)
        return buf.getvalue(), ".docx"
    return text.encode(codec), ".txt"


def broken_file(kind: int, rng: random.Random, sample_docx: bytes) -> tuple[bytes, str]:
    if kind == 0:
        return sample_docx[: len(sample_docx) // 3], ".docx"
    if kind == 1:
        return bytes(rng.randrange(256) for _ in range(rng.randint(2000, 20000))), ".txt"
    return b"", ".txt"


def build(out: pathlib.Path, n: int, seed: int) -> dict:
    """Write the archive; return its truth: broken names, and per file the root it recycles (or None)."""
    import opencc

    rng = random.Random(seed)
    s2t = opencc.OpenCC("s2twp")
    spun = spun_pairs()
    sources = corpus_texts()
    sample_docx, _ = encode(sources[0][1][:2000], "docx", False)
    out.mkdir(parents=True, exist_ok=True)
    texts: dict[str, str] = {}  # name -> the text written (before encoding)
    root_of: dict[str, str | None] = {}
    broken: list[str] = []
    n_broken = max(1, round(n * 0.02))
    kinds = ["broken"] * n_broken + ["copy"] * round(n * 0.30)
    kinds += ["distinct"] * (n - len(kinds))
    rng.shuffle(kinds)
    for k in range(n):  # the first files cannot be copies of earlier ones
        if kinds[k] == "copy" and not any(v is None for v in root_of.values()):
            kinds[k] = "distinct"
        stem = f"f{k:05d}"
        if kinds[k] == "broken":
            data, suffix = broken_file(len(broken) % 3, rng, sample_docx)
            broken.append(stem + suffix)
            (out / (stem + suffix)).write_bytes(data)
            continue
        trad = False
        if kinds[k] == "distinct":
            src = sources[k % len(sources)][1] if k < len(sources) else rng.choice(sources)[1]
            text, origin = perturb_digits(src, rng), None
        else:
            origin = rng.choice([name for name in texts])
            text, trad = rewrite(texts[origin], rng, spun, s2t)
        data, suffix = encode(text, rng.choice(CODECS), trad)
        name = stem + suffix
        (out / name).write_bytes(data)
        texts[name] = text
        root_of[name] = None if origin is None else (root_of[origin] or origin)
    return {"broken": sorted(broken), "root_of": root_of}


def run(archive: pathlib.Path, output: pathlib.Path, workers: int, errors: pathlib.Path) -> dict:
    """One ``reportmine extract`` run in a wrapper process that reports its children's peak RSS."""
    cmd = [sys.executable, "-m", "reportmine", "extract", str(archive), "-o", str(output), "--errors", str(errors),
           "--mark-duplicates", "--workers", str(workers), "--no-progress"]
    wrapper = ("import resource, subprocess, sys, json, time; t = time.perf_counter(); "
               "r = subprocess.run(sys.argv[1:], stderr=subprocess.PIPE, text=True); "
               "print(json.dumps({'rc': r.returncode, 'seconds': time.perf_counter() - t, 'stderr': r.stderr[-2000:], "
               "'maxrss_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))")
    r = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(r.stdout)


def dedupe_scores(output: pathlib.Path, root_of: dict) -> tuple[float, float, int, int]:
    """Precision and recall of ``duplicate_of`` (an ``extract --mark-duplicates`` output) over records
    whose mention holds an Arabic digit; a flag naming the wrong file counts as a miss and a false alarm."""
    tp = fp = fn = 0
    for line in output.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        path, mention, dup = rec["path"], str(rec["mention"]), rec.get("duplicate_of") or ""
        if not re.search(r"\d", mention):
            continue
        truth = root_of.get(path)
        want = None if truth is None else truth.rsplit(".", 1)[0]
        got = str(dup).split("#")[0] or None
        if got and want and got == want:
            tp += 1
        elif got:
            fp += 1
            fn += want is not None
        elif want:
            fn += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, tp + fp, tp + fn


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--keep", help="build the archive in this directory and keep it")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        base = pathlib.Path(args.keep) if args.keep else pathlib.Path(tmp)
        archive = base / "archive"
        t0 = time.perf_counter()
        truth = build(archive, args.files, args.seed)
        files = sorted(archive.iterdir())
        mb = sum(p.stat().st_size for p in files) / 1e6
        n_copies = sum(1 for v in truth["root_of"].values() if v)
        print(f"archive: {len(files)} files, {mb:.1f} MB ({n_copies} recycled copies, {len(truth['broken'])} broken), "
              f"built in {time.perf_counter() - t0:.0f} s")
        outputs = []
        for w in args.workers:
            out, err = base / f"out_w{w}.jsonl", base / f"errors_w{w}.tsv"
            res = run(archive, out, w, err)
            named = sorted(l.split("\t")[0] for l in err.read_text(encoding="utf-8").splitlines())
            print(f"--workers {w}: {len(files) / res['seconds']:.1f} files/s, {mb / res['seconds']:.2f} MB/s, "
                  f"peak RSS {res['maxrss_kb'] / 1024:.0f} MB (largest process), {res['seconds']:.0f} s, exit {res['rc']}; "
                  f"errors file names exactly the broken files: {named == truth['broken']}")
            if named != truth["broken"]:
                print(f"  missed: {sorted(set(truth['broken']) - set(named))[:10]}  extra: {sorted(set(named) - set(truth['broken']))[:10]}")
            outputs.append(out)
        if len(outputs) > 1:
            print(f"same output bytes for every --workers: {len({o.read_bytes() for o in outputs}) == 1}")
        p, r, npred, ngold = dedupe_scores(outputs[0], truth["root_of"])
        print(f"dedupe (records with an Arabic-digit mention): precision {p:.3f} ({npred} flagged), recall {r:.3f} ({ngold} recycled)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
