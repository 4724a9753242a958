"""Regenerate the README screenshots of the example map with headless Chromium (all requests blocked).

Usage (from the repository root)::

    PYTHONPATH=$PWD python benchmarks/screenshots.py [--out docs]

Writes docs/map-country.png (the fitted view), docs/map-al-bukamal-z8.png (zoom 8 over
Al Bukamal: Euphrates, towns, governorates) and docs/map-popup.png (the Al Bukamal popup open).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "render"))

from _browser import offline_browser, offline_page  # noqa: E402

_MAP = "Object.values(window.GEOMAP.maps)[0]"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "docs")
    a = ap.parse_args(argv)
    from geomap.cli import main as cli

    a.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "example.html"
        if cli(["map", "--example", "-o", str(html)]) != 0:
            return 1
        with offline_browser() as browser, offline_page(browser, html, width=1200, height=800) as (page, log):
            page.screenshot(path=str(a.out / "map-country.png"))
            page.evaluate(f"{_MAP}.map.setView([34.45, 40.92], 8, {{animate: false}}); 0")
            page.wait_for_timeout(400)
            page.screenshot(path=str(a.out / "map-al-bukamal-z8.png"))
            page.evaluate(f"{_MAP}.map.setView([34.45, 40.92], 9, {{animate: false}}); 0")
            page.wait_for_timeout(300)
            x, y = page.evaluate(f"""() => {{ const g = {_MAP}.incidents, b = {_MAP}.map.getContainer().getBoundingClientRect();
                const p = g.containerPoint(0); return [p.x + b.left, p.y + b.top]; }}""")
            page.mouse.click(x, y)
            page.wait_for_timeout(400)
            page.screenshot(path=str(a.out / "map-popup.png"))
            if log.blocked:
                print(f"blocked requests: {log.blocked}")
    for name in ("map-country.png", "map-al-bukamal-z8.png", "map-popup.png"):
        print(f"wrote {a.out / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
