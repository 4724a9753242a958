"""Run every notebook in notebooks/ top to bottom with nbclient (kernel python3)."""
from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs_top_to_bottom(path, tmp_path):
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()   # raises CellExecutionError, with the cell and traceback, on any error
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    last = [c for c in nb.cells if c.cell_type == "code"][-1]
    html = "".join(o.get("data", {}).get("text/html", "") for o in last.outputs)
    if path.name == "01-report-to-map.ipynb":
        # the notebook ends with the map, shown inline from the same offline page
        assert "<iframe" in html and "Leaflet 1.9.4" in html
        assert "cdn.jsdelivr" not in html and "code.jquery.com" not in html
        assert (tmp_path / "al-bukamal-map.html").is_file()


def test_there_is_a_notebook():
    assert any(p.name == "01-report-to-map.ipynb" for p in NOTEBOOKS)
