"""Benchmark: does every cell of a real ACLED export survive ``geomap convert`` and back?

For each export found (the current lower-case layout and the older upper-case one; the files
are not in the repository, and the benchmark says so and skips one that is absent), it runs

    geomap convert EXPORT.csv T.geojson   and   geomap convert T.geojson BACK.csv
    geomap convert EXPORT.csv T.parquet   and   geomap convert T.parquet BACK.csv
    geomap convert EXPORT.csv T.gpkg      and   geomap convert T.gpkg BACK.csv

and compares the header and every cell of the original with the result, row by row, as text
(pandas, ``dtype=str``), with no normalisation: the CSV is written back in the export's layout
(README, "Incident table"). A cell that differs as text is then compared as a value (dates
through the reader's parser, coordinates and whole numbers as numbers, text without its outer
spaces), so a change of form is told from a change of value. A row skipped by the reader, or a
column of the original missing from the result, is reported too.

Run: ``python benchmarks/bench_roundtrip.py [EXPORT.csv ...]`` (by default the two exports in
``/work/shared/eval/acled/``).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT = [Path("/work/shared/eval/acled/dkoban_acled_afghanistan_mar2020.csv"),
           Path("/work/shared/eval/acled/hdx_scraper_fixture_acled_africa_2016-01_to_05_oldformat.csv")]
_NUMBERS = ("latitude", "longitude")
_WHOLE = ("time_precision", "geo_precision", "fatalities")


def _read_text_table(path: Path):
    import pandas as pd

    for enc in ("utf-8-sig", "cp1252"):
        try:
            df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding=enc)
            break
        except UnicodeDecodeError:
            continue
    df = df[[c for c in df.columns if c.strip() and not c.startswith("Unnamed:")]]
    df.columns = [c.strip().lower() for c in df.columns]
    return df


def _norm(col: str, values):
    from geomap.tables.schema import _date

    def one(v: str):
        v = v.strip()  # a value: without its outer spaces
        if not v:
            return ""
        if col == "event_date":
            return _date(v, day_first=True)
        if col in _NUMBERS:
            return float(v)
        if col in _WHOLE:
            return int(float(v))
        return v
    return [one(v) for v in values]


def compare(original: Path, back: Path) -> tuple[int, int, bool, dict[str, tuple[int, int, str]]]:
    """(rows of the original, rows back, header unchanged, {column: (cells changed as text, of them changed as
    values, an example)})."""
    a, b = _read_text_table(original), _read_text_table(back)
    same_header = _header(original) == _header(back)[:len(_header(original))]
    diffs: dict[str, tuple[int, int, str]] = {}
    if len(a) != len(b):
        return len(a), len(b), same_header, {"(rows)": (abs(len(a) - len(b)), 0, "row counts differ")}
    for col in a.columns:
        if col not in b.columns:
            diffs[col] = (len(a), len(a), "column missing from the result")
            continue
        x, y = a[col].tolist(), b[col].tolist()
        bad = [i for i, (u, v) in enumerate(zip(x, y)) if u != v]
        if bad:
            values = sum(1 for i in bad if _norm(col, [x[i]]) != _norm(col, [y[i]]))
            diffs[col] = (len(bad), values, f"row {bad[0] + 2}: {x[bad[0]]!r} -> {y[bad[0]]!r}")
    return len(a), len(b), same_header, diffs


def _header(path: Path) -> list[str]:
    import csv

    for enc in ("utf-8-sig", "cp1252"):
        try:
            with open(path, encoding=enc, newline="") as f:
                return next(csv.reader(f))
        except UnicodeDecodeError:
            continue
    return []


def _convert(src: Path, dst: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "geomap", "convert", str(src), str(dst)], capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(f"geomap convert {src} {dst} failed: {r.stderr.strip()}")
    print("   ", r.stderr.strip().splitlines()[0])


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or DEFAULT
    worst = 0
    for path in paths:
        if not path.exists():
            print(f"{path}: not found; skipped (the real ACLED exports are not in the repository)")
            continue
        print(f"{path.name}:")
        with tempfile.TemporaryDirectory() as tmp:
            for via in ("geojson", "parquet", "gpkg"):
                mid, back = Path(tmp) / f"t.{via}", Path(tmp) / f"back-{via}.csv"
                _convert(path, mid)
                _convert(mid, back)
                n_a, n_b, same_header, diffs = compare(path, back)
                cols = len(_read_text_table(path).columns)
                cells = n_a * cols
                changed = sum(n for n, _, _ in diffs.values())
                print(f"  via {via}: {n_a} rows -> {n_b} rows; header {'unchanged' if same_header else 'CHANGED'}; "
                      f"{cells - changed:,} of {cells:,} cells unchanged as text"
                      + (" (every cell)" if not diffs else ""))
                for col, (n, values, example) in diffs.items():
                    print(f"    {col}: {n} cell(s) differ as text, {values} as values ({example})")
                worst = max(worst, sum(v for _, v, _ in diffs.values()) + (not same_header))
    return 1 if worst else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
