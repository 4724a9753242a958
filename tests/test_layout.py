"""The package's shape: stages that take values, small modules, rules as data."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "geomap"
MAX_LINES = 700


def _modules(folder: str = "") -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside functions."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
    return out


@pytest.mark.parametrize("stage, forbidden", [
    ("render", ("geomap.text", "geomap.pipeline", "geomap.spatial", "geomap.tables.read", "geomap.tables.write")),
    ("tables", ("geomap.text", "geomap.pipeline", "geomap.spatial", "geomap.render")),
    ("spatial", ("geomap.text", "geomap.pipeline", "geomap.render", "geomap.tables.read", "geomap.tables.write")),
    ("gazetteer", ("geomap.text", "geomap.tables", "geomap.spatial", "geomap.render", "geomap.pipeline")),
    ("text", ("geomap.tables", "geomap.spatial", "geomap.render", "geomap.pipeline")),
])
def test_stages_do_not_call_back(stage, forbidden):
    for path in _modules(stage):
        bad = sorted(m for m in _imports(path) if m.startswith(forbidden))
        assert not bad, f"{path.relative_to(PACKAGE.parent)} imports {bad}"


def test_only_the_edges_open_the_default_gazetteer():
    edges = {"pipeline.py", "cli.py", "eval.py", "gazetteer/lookup.py", "gazetteer/__init__.py",
             "gazetteer/geocoder.py"}
    for path in _modules():
        rel = path.relative_to(PACKAGE).as_posix()
        if rel in edges:
            continue
        calls = [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)
                 and getattr(n.func, "id", getattr(n.func, "attr", "")) == "default_gazetteer"]
        assert not calls, f"{rel} opens the default gazetteer (line {calls[0].lineno if calls else 0})"


def test_no_module_is_over_the_limit():
    long = {p.relative_to(PACKAGE).as_posix(): n for p in _modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def test_errors_live_in_exc():
    for path in _modules():
        if path.name == "exc.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                assert not any(b.endswith(("Error", "Exception", "Warning")) for b in bases), \
                    f"{path.name}: error class {node.name} belongs in geomap/exc.py"
