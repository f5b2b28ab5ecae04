import json
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "corpora" / "samples").glob("*.txt"))
GOLD_DIR = ROOT / "corpora" / "gold"


def load_gold(stem: str) -> dict:
    return json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gold_articles():
    """All gold articles: list of (stem, article dict)."""
    out = []
    for f in sorted(GOLD_DIR.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            out.append((f.stem, a))
    return out
