"""Benchmark: does every column of a real ACLED export survive ``geomap convert`` and back?

For each export found (the current lower-case layout and the older upper-case one; the files
are not in the repository, and the benchmark says so and skips one that is absent), it runs

    geomap convert EXPORT.csv T.geojson   and   geomap convert T.geojson BACK.csv
    geomap convert EXPORT.csv T.parquet   and   geomap convert T.parquet BACK.csv

and compares every column of the original with the result, row by row, as text (pandas,
``dtype=str``), normalising only what the reader documents that it normalises (README,
"Incident table"): column names in lower case, ``event_date`` as an ISO date (through the
reader's own date parser), text cells without leading and trailing spaces, coordinates compared
as numbers (``65.7100`` is written ``65.71``), whole-number columns as integers. A row skipped
by the reader, or a column of the original missing from the result, is reported too.

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
        v = v.strip()
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


def raw_changes(original: Path, back: Path) -> dict[str, tuple[int, str]]:
    """{column: (rows whose text changed, an example)} before any normalisation (what the reader normalises)."""
    a, b = _read_text_table(original), _read_text_table(back)
    out = {}
    if len(a) != len(b):
        return out
    for col in a.columns:
        if col in b.columns:
            bad = [i for i, (u, v) in enumerate(zip(a[col].tolist(), b[col].tolist())) if u != v]
            if bad:
                out[col] = (len(bad), f"{a[col].iloc[bad[0]]!r} -> {b[col].iloc[bad[0]]!r}")
    return out


def compare(original: Path, back: Path) -> tuple[int, int, dict[str, tuple[int, str]]]:
    """(rows of the original, rows back, {column: (rows that differ, an example)}) after the normalisation."""
    a, b = _read_text_table(original), _read_text_table(back)
    diffs: dict[str, tuple[int, str]] = {}
    if len(a) != len(b):
        return len(a), len(b), {"(rows)": (abs(len(a) - len(b)), "row counts differ")}
    for col in a.columns:
        if col not in b.columns:
            diffs[col] = (len(a), "column missing from the result")
            continue
        x, y = _norm(col, a[col].tolist()), _norm(col, b[col].tolist())
        bad = [i for i, (u, v) in enumerate(zip(x, y)) if u != v]
        if bad:
            i = bad[0]
            diffs[col] = (len(bad), f"row {i + 2}: {a[col].iloc[i]!r} -> {b[col].iloc[i]!r}")
    return len(a), len(b), diffs


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
            for via in ("geojson", "parquet"):
                mid, back = Path(tmp) / f"t.{via}", Path(tmp) / f"back-{via}.csv"
                _convert(path, mid)
                _convert(mid, back)
                n_a, n_b, diffs = compare(path, back)
                cols = len(_read_text_table(path).columns)
                print(f"  via {via}: {n_a} rows -> {n_b} rows; {cols - len(diffs)} of {cols} columns unchanged"
                      + ("" if diffs else " (every column, every row)"))
                for col, (n, example) in diffs.items():
                    print(f"    {col}: {n} rows differ ({example})")
                for col, (n, example) in raw_changes(path, back).items():
                    if col not in diffs:
                        print(f"    {col}: text of {n} rows normalised as documented (e.g. {example})")
                worst = max(worst, len(diffs))
    return 1 if worst else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
