"""Rebuild geomap's gazetteer index from the installed sources and print what it wrote.

Usage::

    python data/gazetteer/build_index.py [OUTPUT.sqlite]

Without an argument the default index (``$GEOMAP_HOME/index/``) is replaced.
The same build runs automatically on first use.
"""
from __future__ import annotations

import sys
from pathlib import Path

from geomap.gazetteer.index import build_index


def main(argv: list[str]) -> int:
    report = build_index(Path(argv[1]) if len(argv) > 1 else None)
    print("\n".join(report.lines()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
