"""Speed of the whole job beside its peers, in one run, on one corpus (issue 9).

Builds report pages from the gold texts of the seeds (corpora/gold) and of the field
corpus (corpora/fieldset/gold): about 260 files and 2 MB per variant, three or four
articles to a page, in three variants:

- simplified: the texts as they are (UTF-8 files);
- traditional: machine-converted with OpenCC s2twp (Taiwan wording), as archives hold them;
- pinyin+gbk: traditional, pinyin after every converted character, and in some paragraphs a
  GBK lead byte lost (the damage of benchmarks/normalizer_eval.py), with half-width marks.

Then, on the same texts and in the same process (start-up and first loads excluded by a
warm-up page), it times reportmine's whole job (bytes -> records: decode, normalise, split,
sections, metadata, extraction), jionlp ``ner.extract_money``, cn2an ``transform`` and OpenCC
``t2s`` (the converter reportmine uses), and prints MB/s (UTF-8 bytes of input per second,
one process), each against the goal and beside ``extract_money``.  It also prints the
time per stage and per normalising step, and the start-up of ``reportmine extract`` on one
small file (wall time of a fresh process, goal < 0.5 s).

usage: python benchmarks/bench_speed.py [--mb 2.0] [--damaged-mb 0.5] [--variants simplified,...]
       (peers: pip install jionlp cn2an; a peer that is not installed is skipped, with the reason)
"""

from __future__ import annotations

import argparse
import warnings
import contextlib
import json
import pathlib
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

#: MB/s goals per variant (issue 9), one core, start-up excluded.
GOALS = {"simplified": 5.0, "traditional": 2.0, "pinyin+gbk": 0.5}
STARTUP_GOAL = 0.5
#: (module, function, label) timed inside the stages: figure finding is part of extraction
SUBSTAGES = (("extraction", "find_figures", "figures"), ("pipeline", "aspect_of", "aspect"))
ARTICLES_PER_PAGE = (3, 4)


def gold_articles() -> list[str]:
    texts = []
    for folder in (ROOT / "corpora" / "gold", ROOT / "corpora" / "fieldset" / "gold"):
        for f in sorted(folder.glob("*.json")):
            texts.extend(a["text"] for a in json.loads(f.read_text(encoding="utf-8"))["articles"] if a["text"].strip())
    return texts


def variant(texts: list[str], name: str, rng: random.Random) -> list[str]:
    """The articles in one variant (simplified as is; traditional; pinyin + GBK damage)."""
    if name == "simplified":
        return list(texts)
    import opencc

    s2twp = opencc.OpenCC("s2twp")
    if name == "traditional":
        return [s2twp.convert(t) for t in texts]
    from normalizer_eval import damage_paragraph

    return ["\n".join(damage_paragraph(p, s2twp.convert, rng) for p in t.split("\n")) for t in texts]


def pages(articles: list[str], mb: float, rng: random.Random) -> list[bytes]:
    """Pages of 3-4 articles (篇1 篇2 … titles, as template sites print them) until ``mb`` MB."""
    out, size, i = [], 0, 0
    order = list(range(len(articles)))
    while size < mb * 1e6:
        if i % len(order) == 0:
            rng.shuffle(order)
        k = rng.randint(*ARTICLES_PER_PAGE)
        picked = [articles[order[(i + j) % len(order)]] for j in range(k)]
        i += k
        body = "\n\n".join(f"工会工作总结 篇{n + 1}\n{a}" for n, a in enumerate(picked))
        data = body.encode("utf-8")
        out.append(data)
        size += len(data)
    return out


# -- timing -----------------------------------------------------------------------------


class StageClock:
    """Wraps the stages the whole job calls (in reportmine.pipeline) and the normalising
    steps (TrackedText.run) with timers; ``with clock:`` turns them on."""

    def __init__(self) -> None:
        self.stages: dict[str, float] = defaultdict(float)
        self.steps: dict[str, float] = defaultdict(float)
        self._undo: list = []

    def _wrap(self, module, attr: str, label: str) -> None:
        original = getattr(module, attr)
        stages = self.stages

        def timed(*a, **k):
            t0 = time.process_time()
            try:
                return original(*a, **k)
            finally:
                stages[label] += time.process_time() - t0

        setattr(module, attr, timed)
        self._undo.append((module, attr, original))

    def __enter__(self):
        from reportmine import pipeline
        from reportmine.textedit import TrackedText

        for attr, label in (("read", "decode"), ("normalize_tracked", "normalise"), ("split_page", "articles"),
                            ("parse_sections", "sections"), ("extract_metadata", "metadata"),
                            ("extract_records", "extraction"), ("place_records", "placing")):
            if hasattr(pipeline, attr):
                self._wrap(pipeline, attr, label)
        from reportmine import extraction

        # inside those stages: figure finding (inside extraction) and aspects (inside placing)
        for module, attr, label in SUBSTAGES:
            module = {"extraction": extraction, "pipeline": pipeline}[module]
            if hasattr(module, attr):
                self._wrap(module, attr, label)
        steps = self.steps
        run = TrackedText.run

        def timed_run(t, step_list):
            for step in step_list:
                t0 = time.process_time()
                edits = step(t.text)
                t1 = time.process_time()
                t = t.apply(step.__name__, edits)
                steps[step.__name__] += t1 - t0
                steps["(apply edits)"] += time.process_time() - t1
            return t

        TrackedText.run = timed_run
        self._undo.append((TrackedText, "run", run))
        return self

    def __exit__(self, *exc):
        for obj, attr, original in reversed(self._undo):
            setattr(obj, attr, original)
        self._undo.clear()


def throughput(fn, data: list, nbytes: int) -> tuple[float, float]:
    """MB/s of ``fn`` over every item of ``data``: by CPU time (one core's work, what the goals
    mean; robust on a shared machine) and by wall time."""
    t0, c0 = time.perf_counter(), time.process_time()
    for item in data:
        fn(item)
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    return nbytes / 1e6 / cpu, nbytes / 1e6 / wall


def peers() -> dict[str, object]:
    """name -> function(text), or name -> reason it is skipped."""
    out: dict[str, object] = {}
    try:
        with contextlib.redirect_stdout(sys.stderr):  # jionlp prints a banner on import
            import jionlp

        out["jionlp extract_money"] = jionlp.ner.extract_money
    except Exception as e:  # pragma: no cover - depends on the machine
        out["jionlp extract_money"] = f"skipped: jionlp not importable ({type(e).__name__}: {e}); pip install jionlp"
    try:
        import cn2an

        out["cn2an transform"] = lambda t: cn2an.transform(t, "cn2an")
    except Exception as e:  # pragma: no cover
        out["cn2an transform"] = f"skipped: cn2an not importable ({type(e).__name__}: {e}); pip install cn2an"
    from reportmine.normalize.script import converter

    out["opencc t2s"] = converter()
    return out


def startup(tmp: pathlib.Path, repeat: int = 3, cached: bool = True) -> tuple[float, float]:
    """Best wall time and best CPU time (user + system) of ``python -m reportmine extract`` on one
    small file, in a fresh process (CPU time is what a loaded machine does not distort).

    ``cached``: with the modules' bytecode cached (in ``tmp``), as an installed package has it, even
    where the environment says PYTHONDONTWRITEBYTECODE; else every module is compiled from source.
    """
    import os
    import resource

    small = tmp / "small.txt"
    small.write_text("工会工作总结\n今年新建工会5家，发展会员120人。\n", encoding="utf-8")
    env = dict(os.environ)
    if cached:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    command = [sys.executable, "-m", "reportmine", "extract", str(small), "-o", str(tmp / "out.csv")]
    if cached:  # the first run writes the cache
        subprocess.run(command, check=True, cwd=ROOT, capture_output=True, env=env)
    best = best_cpu = float("inf")
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(command, check=True, cwd=ROOT, capture_output=True, env=env)
        best = min(best, time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best_cpu = min(best_cpu, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return best, best_cpu


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0, help="MB of pages for the simplified and traditional variants")
    ap.add_argument("--damaged-mb", type=float, default=0.5, help="MB of pages for the pinyin+gbk variant")
    ap.add_argument("--variants", default=",".join(GOALS), help="comma-separated: " + ",".join(GOALS))
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--no-startup", action="store_true", help="skip the start-up measurement")
    ap.add_argument("--stages", action="store_true", help="print the time of every normalising step")
    args = ap.parse_args(argv)

    import reportmine

    warnings.filterwarnings("ignore", module="cn2an")  # it warns on every 十四五 it cannot read

    rng = random.Random(args.seed)
    texts = gold_articles()
    others = peers()
    for name, fn in others.items():
        if isinstance(fn, str):
            print(f"{name}: {fn}")
    print(f"{len(texts)} gold articles; MB/s of UTF-8 input per CPU second (wall in brackets), one process, "
          "start-up and first loads excluded")
    header = f"{'variant':12} {'files':>5} {'MB':>5} | {'reportmine':>16} {'goal':>5} {'met':>4} |" + "".join(
        f" {n:>20}" for n, f in others.items() if not isinstance(f, str)) + " | reportmine / extract_money"
    print(header)
    clock_rows = []
    names = args.variants.split(",")
    corpora = {name: pages(variant(texts, name, rng), args.damaged_mb if name == "pinyin+gbk" else args.mb, rng)
               for name in names}
    for name in names:  # warm-up: tables, models and converters load once per process
        reportmine.load(corpora[name][0], name="warm-up")
    reportmine.load("工作取得了进展,F(xiàn)將近期工作汇报如下".encode(), name="warm-up")  # the repair's models
    for name in names:
        data = corpora[name]
        nbytes = sum(len(d) for d in data)
        decoded = [d.decode("utf-8") for d in data]
        with StageClock() as clock:
            ours, wall = throughput(lambda d: reportmine.load(d, name="page"), data, nbytes)
        clock_rows.append((name, clock, nbytes / 1e6 / ours))
        met = "yes" if ours >= GOALS[name] else "NO"
        row = f"{name:12} {len(data):5} {nbytes / 1e6:5.2f} | {ours:7.2f} ({wall:6.2f}) {GOALS[name]:5.1f} {met:>4} |"
        money = None
        for peer, fn in others.items():
            if isinstance(fn, str):
                continue
            fn(decoded[0][:2000])  # warm-up
            mbs, _ = throughput(fn, decoded, nbytes)
            money = mbs if peer.startswith("jionlp") else money
            row += f" {mbs:20.2f}"
        row += f" | {ours / money:.2f}x" if money else " | -"
        print(row, flush=True)
    print("\ntime per stage (CPU s, the whole job inside the timed run; figures is part of extraction,"
          " aspect part of placing (records placed in their article); rest: outside every stage)")
    stages = ["decode", "normalise", "articles", "sections", "metadata", "extraction", "placing"]
    print(f"{'variant':12}" + "".join(f" {s:>10}" for s in stages) + f" {'rest':>6} {'total':>8}")
    for name, clock, job in clock_rows:
        staged = sum(clock.stages.get(s, 0.0) for s in stages)
        print(f"{name:12}" + "".join(f" {clock.stages.get(s, 0.0):10.2f}" for s in stages)
              + f" {job - staged:6.2f} {job:8.2f}"
              + "".join(f"   {label} {clock.stages.get(label, 0.0):.2f}" for _, _, label in SUBSTAGES))
    if args.stages:
        print("\ntime per normalising step (CPU s)")
        for name, clock, _ in clock_rows:
            top = sorted(clock.steps.items(), key=lambda kv: -kv[1])
            print(f"{name:12} " + ", ".join(f"{k} {v:.2f}" for k, v in top if v >= 0.005))
    if not args.no_startup:
        with tempfile.TemporaryDirectory() as tmp:
            s, cpu = startup(pathlib.Path(tmp))
            s_src, cpu_src = startup(pathlib.Path(tmp), cached=False)
        print(f"\nstart-up: `reportmine extract` on one small file {s:.2f} s wall, {cpu:.2f} CPU s "
              f"(goal < {STARTUP_GOAL} s): {'met' if s < STARTUP_GOAL else 'NOT met'}; "
              f"{s_src:.2f} s wall, {cpu_src:.2f} CPU s compiling every module (no bytecode cache)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
