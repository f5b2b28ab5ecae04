"""Write reportmine/data/pattern_strings.json: the strings every match of each table pattern holds.

    python benchmarks/pattern_memo.py

Every table that reads its patterns' strings (furniture, metric cues, part cues, aspect cues,
exclusions) is loaded in this process, and what :func:`reportmine.patterns.required_strings` read
off each pattern is written to the file, which later processes read instead of parsing ~700
patterns at their first page (50 ms).  Run it after changing a table's patterns;
``tests/test_patterns.py`` fails while the file lacks a table pattern.  The file only saves time: a
pattern missing from it is read as before.
"""

from __future__ import annotations

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load_tables() -> None:
    """Load every table whose patterns' strings are read (as a page's first run would)."""
    import reportmine

    reportmine.load("县总工会全年新建工会12家，发展会员300人，其中女职工120人，占40%。\n一、组织建设\n慰问困难职工50户。".encode(), name="memo")


def main() -> int:
    from reportmine import patterns

    patterns._computed.clear()
    original = patterns._memo
    patterns._memo = lambda: {}  # read every pattern afresh
    try:
        load_tables()
    finally:
        patterns._memo = original
    path = ROOT / "reportmine" / "data" / patterns.MEMO_FILE
    path.write_text(json.dumps(dict(sorted(patterns._computed.items())), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}: {len(patterns._computed)} patterns ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
