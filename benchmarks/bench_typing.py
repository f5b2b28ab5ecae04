"""What the learned typing model costs in the whole job (issue 9: at most 10 %).

usage: .venv/bin/python benchmarks/bench_typing.py [--repeat 5] [--speed-mb 0.5] [FILE_OR_DIR ...]

Two corpora: the files given (default: the field corpus corpora/fieldset/raw and the seeds
corpora/samples), and the simplified pages of benchmarks/bench_speed.py (``--speed-mb`` MB of
them, same seed; 0 to skip).  One process, every model and table loaded before timing (one
warm-up run).  For each of "with the model" and "cues alone", run in turns (the machine is shared:
what drifts drifts for both), it keeps the least of ``--repeat`` runs, in CPU seconds of this process:

* the whole job, file bytes -> Document (``reportmine.load``);
* the extraction stage alone (``reportmine.extraction.extract_records`` on every article's
  normalised text, parts and sections, computed once beforehand).

The model's share is what it adds to the stage (the stage with it minus the stage without it:
everything typing with the model costs, the features, the cue scan only the features need, the
decision and the ``why`` text) divided by the whole job with it.  On a shared machine that
difference of two large times is noisy, so it is also timed directly: ``figure_features`` and
``decide_many`` timed where extraction calls them (least of ``--repeat`` instrumented runs), split
into features (built, and read as rows by :meth:`TypingModel.found`; the cue evidence included, and
also shown alone: ``classify.cue_evidence`` where the model calls it), decision (sums,
probabilities and explanations: the packed integer sums of ``learned._Packed`` for a few figures,
else the float batch :meth:`TypingModel.batch`) and the ``why`` text.  Every run
starts with the model's per-string caches (headings, the words after a figure, paragraph leads)
empty, as the first reading of a corpus finds them.
"""

from __future__ import annotations

import argparse
import pathlib
import random
import sys
import time

import reportmine
from reportmine import extraction, learned

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "corpora" / "fieldset" / "raw", ROOT / "corpora" / "samples"]
sys.path.insert(0, str(ROOT / "benchmarks"))


def files(args: list[str]) -> list[tuple[str, bytes]]:
    out = []
    for a in (args or DEFAULT):
        p = pathlib.Path(a)
        out.extend(sorted(q for q in p.iterdir() if q.is_file()) if p.is_dir() else [p])
    return [(p.stem, p.read_bytes()) for p in out]


def speed_pages(mb: float, seed: int = 9) -> list[tuple[str, bytes]]:
    """The simplified pages of benchmarks/bench_speed.py."""
    import bench_speed

    blobs = bench_speed.pages(bench_speed.gold_articles(), mb, random.Random(seed))
    return [(f"page{i}", b) for i, b in enumerate(blobs)]


def cpu(fn) -> float:
    t = time.process_time()
    fn()
    return time.process_time() - t


def forget() -> None:
    """Empty the model's per-string caches, so that no run reads what an earlier run of the same
    texts left (a real corpus meets each string for the first time once)."""
    from reportmine import classify

    m = learned.current()
    fams = getattr(m, "_families", None)
    for cache in (getattr(fams, "headings", None), getattr(fams, "rights", None), getattr(classify, "_lead_tables", None),
                  getattr(learned, "_named", None)):
        if cache is not None:
            cache.clear()


def part_clock():
    """Times the model's parts (CPU seconds, each with what it calls) while on: ``with clock:``."""
    import bench_speed

    class PartClock(bench_speed.StageClock):
        PARTS = (("features", learned, "figure_features"), ("found", learned.TypingModel, "found"),
                 ("cue evidence", learned, "cue_evidence"),
                 ("packed", learned._Packed, "decide"), ("float batch", learned.TypingModel, "_batch_numpy"),
                 ("float python", learned.TypingModel, "_batch_python"), ("decide", learned, "decide_many"))

        def __enter__(self):
            for label, owner, attr in self.PARTS:
                if hasattr(owner, attr):
                    self._wrap(owner, attr, label)
            return self

        def total(self) -> float:
            """All the model's work: what extraction calls of it (features, then the decision)."""
            return self.stages["features"] + self.stages["decide"]

        def split(self) -> dict[str, float]:
            """features (built, and read as rows), of which the cue evidence (inside found), decision
            (sums, probabilities, explanations: packed, or the float batch), why."""
            s = self.stages  # (a defaultdict: 0 for a part not timed)
            decision = s["packed"] + s["float batch"] + s["float python"]
            return {"features": s["features"] + s["found"], "of which cue evidence": s["cue evidence"],
                    "decision": decision, "why": s["decide"] - s["found"] - decision}

    return PartClock()


def measure(label: str, blobs: list[tuple[str, bytes]], repeat: int) -> None:
    docs = [reportmine.load(b, name=name) for name, b in blobs]  # warm-up: every model loaded
    mb = sum(len(d.source.text.encode("utf-8")) for d in docs) / 1e6
    arts = [(a.text, a.parts, tuple(a.sections)) for d in docs for a in d.articles]
    n_records = sum(len(a.records) for d in docs for a in d.articles)

    def whole():
        forget()
        for name, b in blobs:
            reportmine.load(b, name=name)

    def stage():
        forget()
        for text, parts, sections in arts:
            extraction.extract_records(text, parts, sections)

    typings = (("with model", learned.current()), ("cues alone", None))
    best: dict[str, list[float]] = {t: [float("inf")] * 2 for t, _ in typings}
    for _ in range(repeat):
        for t, m in typings:
            with learned.using(m):
                best[t] = [min(best[t][0], cpu(whole)), min(best[t][1], cpu(stage))]
    clock = None
    for _ in range(repeat):  # the least of the model's own time, timed where extraction calls it
        with part_clock() as c:
            stage()
        clock = c if clock is None or c.total() < clock.total() else clock
    print(f"\n{label}: {len(blobs)} files, {len(arts)} articles, {n_records} records, {mb:.3f} MB (UTF-8); "
          f"CPU seconds, least of {repeat}")
    print(f"{'typing':12} {'whole s':>8} {'MB/s':>6} {'stage s':>8} {'MB/s':>6} {'stage %':>8}")
    for t, (w, s) in best.items():
        print(f"{t:12} {w:8.3f} {mb / w:6.2f} {s:8.3f} {mb / s:6.2f} {100 * s / w:7.1f}%")
    (w, s), (_, s0) = best["with model"], best["cues alone"]
    print(f"typing model (features + decision + why): {s - s0:.3f} s = {1e6 * (s - s0) / max(n_records, 1):.0f} µs per record "
          f"= {100 * (s - s0) / w:.1f}% of the whole job (issue 9: <= 10%), {100 * (s - s0) / s:.0f}% of the stage")
    own = clock.total()
    print(f"the model's own time, timed where extraction calls it (least of {repeat}): {own:.3f} s = "
          f"{1e6 * own / max(n_records, 1):.0f} µs per record = {100 * own / w:.1f}% of the whole job: "
          + ", ".join(f"{k} {v:.3f} s" for k, v in clock.split().items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--speed-mb", type=float, default=0.5, help="MB of bench_speed.py's simplified pages (0: none)")
    args = ap.parse_args(argv)
    measure("files" if args.paths else "field corpus + seeds", files(args.paths), args.repeat)
    if args.speed_mb > 0:
        measure("bench_speed simplified pages", speed_pages(args.speed_mb), args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
