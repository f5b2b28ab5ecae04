"""Every Python example in README.md runs, from the repository root."""

import re

import pytest

from conftest import ROOT

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def test_readme_has_examples():
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("i", range(len(BLOCKS)))
def test_readme_example_runs(i, monkeypatch):
    monkeypatch.chdir(ROOT)
    exec(compile(BLOCKS[i], f"README.md block {i}", "exec"), {})
