"""Run every notebook in notebooks/ top to bottom with nbclient (kernel python3).

Each notebook runs in a fresh folder holding a copy of ``notebooks/data/`` (so it reads its
data as it does when run from ``notebooks/``), with this checkout's ``geomap`` first on the
kernel's path (the code under test, not another installed copy).
"""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _run(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    data = path.parent / "data"
    if data.is_dir():
        shutil.copytree(data, tmp_path / "data")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT)] + [p for p in [os.environ.get("PYTHONPATH")] if p]))
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()   # raises CellExecutionError, with the cell and traceback, on any error
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    return nb


def _html(cell) -> str:
    return "".join(o.get("data", {}).get("text/html", "") for o in cell.get("outputs", []))


def _stdout(cell) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", []) if o.output_type == "stream")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs_top_to_bottom(path, tmp_path, monkeypatch):
    nb = _run(path, tmp_path, monkeypatch)
    code = [c for c in nb.cells if c.cell_type == "code"]
    if path.name == "01-report-to-map.ipynb":
        # the notebook ends with the map, shown inline from the same offline page
        html = _html(code[-1])
        assert "<iframe" in html and "Leaflet 1.9.4" in html
        assert "cdn.jsdelivr" not in html and "code.jquery.com" not in html
        assert (tmp_path / "al-bukamal-map.html").is_file()
    if path.name == "02-tables-and-corridor.ipynb":
        # the geocoded table, the question, the map inline, the files handed on, and its own checks
        maps = [c for c in code if "<iframe" in _html(c)]
        assert len(maps) == 1 and "Leaflet 1.9.4" in _html(maps[0]) and "cdn.jsdelivr" not in _html(maps[0])
        page = (tmp_path / "corridor-map.html").read_text(encoding="utf-8")
        days = json.loads(re.search(r'"day":\s*(\[[^\]]*\])', page).group(1))   # days since 1970, for the slider
        assert len(days) == 12 and min(days) == 19725 and max(days) == 19783   # 2024-01-03 .. 2024-03-01
        for name in ("near-corridor.gpkg", "incidents-geocoded.csv"):
            assert (tmp_path / name).is_file()
        assert "geocoded 8 of 10 row(s) without coordinates" in "".join(_stdout(c) for c in code)
        assert _stdout(code[-1]).strip() == "ok: 12 of 21 incidents within 50 km of iran-mediterranean"


def test_there_are_the_notebooks():
    names = {p.name for p in NOTEBOOKS}
    assert {"01-report-to-map.ipynb", "02-tables-and-corridor.ipynb"} <= names
