"""The notebooks run: each is executed by nbclient with a kernel of this venv, as CI does on a fresh clone."""

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT

NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = ["01_quickstart.ipynb", "02_archive_analysis.ipynb"]
MAX_BYTES = 400_000  # committed outputs stay small: a few tables, short HTML views, charts at screen size


def test_the_notebooks_are_there():
    assert sorted(p.name for p in NOTEBOOK_DIR.glob("*.ipynb")) == NOTEBOOKS


def _stderr(nb) -> list[str]:
    return [o.get("text", "") for c in nb.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if o.get("output_type") == "stream" and o.get("name") == "stderr"]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_notebook_was_run_and_is_small(name):
    path = NOTEBOOK_DIR / name
    assert path.stat().st_size < MAX_BYTES
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.execution_count for c in code), "outputs committed from a full run"
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), "run top to bottom, once"
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]
    assert not [t for t in _stderr(nb) if "Glyph" in t or "missing from" in t]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_executes(name):
    nb = nbformat.read(NOTEBOOK_DIR / name, as_version=4)
    client = NotebookClient(nb, timeout=600, startup_timeout=180, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK_DIR)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    stderr = _stderr(nb)
    assert not [t for t in stderr if "Glyph" in t or "missing from" in t], "a chart label lacks a glyph"
    assert not [t for t in stderr if "Warning" in t], stderr
