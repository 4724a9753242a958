"""Benchmark: reading and writing incident tables of 100,000 and 1,000,000 rows.

Generates tables in the current (lower-case, 31-column) ACLED export layout: dates like
"21 March 2020", actors, notes with commas, quotes and the odd line break, a few cells that a
spreadsheet would run as formulas, coordinates in Syria, Iraq, Yemen, Afghanistan, Nigeria and
Mali. Every row is generated here (fictional events at real places; nothing copied from any
dataset). Then, for each size, each measurement runs in its own subprocess so that its peak
resident memory (``ru_maxrss`` of the child) is clean:

* **geomap read**: :func:`geomap.tables.read_incidents` (every row through the strict builder,
  read/kept/skipped accounting), and the streaming reader
  :func:`geomap.tables.iter_incident_frames` (chunks of the schema GeoDataFrame, what
  ``geomap convert`` uses);
* **geomap convert** to CSV, GeoJSON, GeoParquet and GeoPackage (``geomap convert IN OUT``:
  read, build the table, write), with the size written;
* **from GeoParquet, GeoPackage or GeoJSON** (``--sources``): the same rows written by ``geomap convert``
  (the CSV to GeoParquet, GeoPackage, GeoJSON), then read back (``read_incidents``, ``iter_incident_frames``)
  and converted to CSV (``geomap convert IN.parquet OUT.csv``), which streams them a chunk at a time;
* **peer**, in the same run on the same file: ``pandas.read_csv`` + ``geopandas.points_from_xy``
  (no validation, no date parsing), then ``GeoDataFrame.to_csv`` / ``to_file`` (GeoJSON) /
  ``to_parquet`` / ``to_file`` (GPKG) of that frame;
* **geocoding throughput**, rows per second, for rows whose coordinates were removed (a sample,
  ``--geocode-rows``), when the installed geomap has table geocoding
  (``geomap.text.table_places.place_rows``).

Targets (issue 12): one million rows read in under 20 s and under 2 GB.

Run: ``python benchmarks/bench_tables.py [--sizes 100000,1000000] [--formats csv,geojson,parquet,gpkg]
[--sources parquet,gpkg,geojson] [--geocode-rows 2000] [--keep DIR]``
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
          "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
          "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
          "tags,timestamp").split(",")

# (country, iso, ISO3 prefix, region, [(admin1, admin2, location, lat, lon)]) - real places, approximate points
PLACES = [
    ("Syria", 760, "SYR", "Middle East", [
        ("Deir ez-Zor", "Abu Kamal", "Al Bukamal", 34.4523, 40.9185),
        ("Deir ez-Zor", "Deir ez-Zor", "Deir ez-Zor", 35.3359, 40.1408),
        ("Aleppo", "Jebel Saman", "Aleppo", 36.2021, 37.1343),
        ("Idleb", "Idleb", "Saraqab", 35.8624, 36.8006),
        ("Ar-Raqqa", "Ar-Raqqa", "Ar-Raqqa", 35.9528, 39.0079)]),
    ("Iraq", 368, "IRQ", "Middle East", [
        ("Ninewa", "Mosul", "Mosul", 36.3350, 43.1189),
        ("Al-Anbar", "Al-Qa'im", "Al Qaim", 34.3700, 41.0800),
        ("Baghdad", "Al-Resafa", "Baghdad - Tahrir Square", 33.3342, 44.3933),
        ("Kirkuk", "Kirkuk", "Kirkuk", 35.4681, 44.3922)]),
    ("Yemen", 887, "YEM", "Middle East", [
        ("Taizz", "Al Qahirah", "Taizz City", 13.5795, 44.0209),
        ("Al Hudaydah", "Al Hali", "Al Hudaydah", 14.7978, 42.9545),
        ("Marib", "Marib City", "Marib", 15.4591, 45.3253)]),
    ("Afghanistan", 4, "AFG", "Caucasus and Central Asia", [
        ("Helmand", "Lashkar Gah", "Lashkar Gah", 31.5938, 64.3716),
        ("Kandahar", "Kandahar", "Kandahar", 31.6133, 65.7101),
        ("Kunduz", "Kunduz", "Kunduz", 36.7280, 68.8680),
        ("Nangarhar", "Jalalabad", "Jalalabad", 34.4342, 70.4479)]),
    ("Nigeria", 566, "NGA", "Western Africa", [
        ("Borno", "Maiduguri", "Maiduguri", 11.8469, 13.1571),
        ("Zamfara", "Gusau", "Gusau", 12.1628, 6.6614),
        ("Kaduna", "Kaduna North", "Kaduna", 10.5264, 7.4388)]),
    ("Mali", 466, "MLI", "Western Africa", [
        ("Mopti", "Mopti", "Sevare", 14.5167, -4.1000),
        ("Gao", "Gao", "Gao", 16.2666, -0.0400),
        ("Tombouctou", "Tombouctou", "Timbuktu", 16.7735, -3.0074)]),
]
EVENTS = [
    ("Political violence", "Battles", "Armed clash"),
    ("Political violence", "Explosions/Remote violence", "Air/drone strike"),
    ("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Political violence", "Violence against civilians", "Attack"),
    ("Demonstrations", "Protests", "Peaceful protest"),
    ("Demonstrations", "Riots", "Violent demonstration"),
    ("Strategic developments", "Strategic developments", "Looting/property destruction"),
]
ACTORS = ["Military Forces of {c} (2014-)", "Unidentified Armed Group ({c})", "Protesters ({c})",
          "Civilians ({c})", "Police Forces of {c} (2014-)", "Islamic State (Iraq)", "Hayat Tahrir al Sham",
          "Taliban", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "JNIM: Group for Support of Islam and Muslims"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SOURCES = ["SOHR", "Rudaw; Shafaq News", "Pajhwok Afghan News", "Premium Times (Nigeria)", "Reuters; AFP",
           "Yemen Data Project", "Studio Tamani"]
NOTES = [
    "On {d} {m} {y}, unidentified gunmen attacked a checkpoint near {loc}, killing {f} and wounding others.",
    'On {d} {m} {y}, a "roadside bomb" exploded in {loc}, {a1} said; {f} fatalities reported.',
    "On {d} {m} {y}, around 200 people gathered in {loc}, {adm}, to protest power cuts, unemployment, "
    "and prices.",
    'On {d} {m} {y}, drones struck positions near {loc}. The "Ministry" denied, again, any losses.',
    "On {d} {m} {y}, clashes between {a1} and {a2} in {loc}.\nSecond line of the note: {f} killed.",
    "- On {d} {m} {y}, shelling hit {loc} ({adm}); casualties unknown.",
]
FORMULAS = ['=HYPERLINK("http://example.invalid")', "=1+2", "+97 dead", "@SUM(A1:A2)", "-3 reported"]


def generate(path: Path, n: int, *, seed: int = 12) -> int:
    """Write ``n`` rows of a current-layout ACLED export to ``path``; return its size in bytes."""
    import csv

    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for i in range(n):
            country, iso, iso3, region, places = PLACES[i % len(PLACES)]
            adm1, adm2, loc, lat, lon = rng.choice(places)
            disorder, etype, sub = rng.choice(EVENTS)
            a1 = rng.choice(ACTORS).format(c=country)
            a2 = rng.choice(ACTORS).format(c=country) if rng.random() < 0.6 else ""
            y, mo, d = rng.randint(2018, 2024), rng.randint(1, 12), rng.randint(1, 28)
            fat = rng.choice([0, 0, 0, 1, 2, 3, 5, 12])
            note = rng.choice(NOTES).format(d=d, m=MONTHS[mo - 1], y=y, loc=loc, a1=a1, a2=a2 or "others",
                                            f=fat, adm=adm1)
            if i % 997 == 0:
                note = FORMULAS[(i // 997) % len(FORMULAS)]
            assoc = FORMULAS[i % len(FORMULAS)] if i % 1499 == 0 else ("Students (" + country + ")" if i % 7 == 0 else "")
            jitter_lat = round(lat + rng.uniform(-0.05, 0.05), 4)
            jitter_lon = round(lon + rng.uniform(-0.05, 0.05), 4)
            w.writerow([f"{iso3}{i + 1}", f"{d} {MONTHS[mo - 1]} {y}", y, rng.choice([1, 1, 1, 2, 3]), disorder,
                        etype, sub, a1, assoc, rng.randint(1, 8), a2, "", rng.randint(0, 8) if a2 else "",
                        rng.randint(10, 88), "Civilian targeting" if etype.startswith("Violence") else "",
                        iso, region, country, adm1, adm2, "", loc, f"{jitter_lat:.4f}", f"{jitter_lon:.4f}",
                        rng.choice([1, 1, 2, 3]), rng.choice(SOURCES), "National", note, fat,
                        "crowd size=around 200" if etype == "Protests" else "", 1700000000 + i])
    return path.stat().st_size


# --------------------------------------------------------------------------- measured jobs (run in a child)
def _job(kind: str, src: str, out: str) -> dict:
    """One measurement, in this (child) process: returns what it saw (imports happen before the clock starts)."""
    import geopandas  # noqa: F401
    import pandas  # noqa: F401
    import pyarrow.parquet  # noqa: F401

    import geomap.cli  # noqa: F401
    import geomap.tables  # noqa: F401

    t0, c0 = time.perf_counter(), time.process_time()
    info: dict = {}
    if kind == "read":
        from geomap.tables import read_incidents

        r = read_incidents(src)
        info = {"rows": r.rows, "kept": len(r.incidents), "skipped": len(r.skipped)}
    elif kind == "stream":
        from geomap.tables import iter_incident_frames

        kept = rows = skipped = 0
        for chunk in iter_incident_frames(src):
            kept += len(chunk.frame)
            rows += chunk.rows
            skipped += len(chunk.skipped)
        info = {"rows": rows, "kept": kept, "skipped": skipped}
    elif kind.startswith("convert-"):
        from geomap.cli import main

        code = main(["convert", src, out])
        info = {"exit": code}
    elif kind == "peer-read":
        import geopandas as gpd
        import pandas as pd

        df = pd.read_csv(src, keep_default_na=False, na_values=[""])
        gdf = gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df["longitude"], df["latitude"]), crs="EPSG:4326")
        info = {"kept": len(gdf)}
    elif kind.startswith("peer-"):
        import warnings

        import geopandas as gpd
        import pandas as pd

        df = pd.read_csv(src, keep_default_na=False, na_values=[""])
        gdf = gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df["longitude"], df["latitude"]), crs="EPSG:4326")
        t0, c0 = time.perf_counter(), time.process_time()  # the write only
        fmt = kind[5:]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if fmt == "csv":
                gdf.drop(columns="geometry").to_csv(out, index=False)
            elif fmt == "geojson":
                gdf.to_file(out, driver="GeoJSON", engine="pyogrio")
            elif fmt == "parquet":
                gdf.to_parquet(out, index=False)
            else:
                gdf.to_file(out, driver="GPKG", engine="pyogrio", layer="incidents")
        info = {"kept": len(gdf)}
    elif kind == "geocode":
        info = _geocode_job(src, int(out))
        return info
    info["seconds"] = time.perf_counter() - t0
    info["cpu"] = time.process_time() - c0
    return info


def _geocode_job(src: str, n: int) -> dict:
    """Rows/s of table geocoding on ``n`` rows with their coordinates removed.

    Through ``geomap.geocode_table`` (the public path) when this geomap has it, else through
    :func:`geomap.text.table_places.place_rows` with the packaged gazetteer (what it calls).
    """
    import csv

    import geomap

    tmp = Path(tempfile.mkdtemp()) / "nocoords.csv"
    with open(src, encoding="utf-8", newline="") as f, open(tmp, "w", encoding="utf-8", newline="") as g:
        r, w = csv.reader(f), csv.writer(g, lineterminator="\n")
        head = next(r)
        w.writerow(head)
        lat, lon = head.index("latitude"), head.index("longitude")
        for i, row in enumerate(r):
            if i >= n:
                break
            row[lat] = row[lon] = ""
            w.writerow(row)
    from geomap.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    gaz.resolve("Aleppo") if hasattr(gaz, "resolve") else None  # open the index outside the measurement
    geocode_table = getattr(geomap, "geocode_table", None)
    if geocode_table is not None:
        how = "geomap.geocode_table"
        t0 = time.perf_counter()
        placed = geocode_table(str(tmp), gazetteer=gaz)
        secs = time.perf_counter() - t0
        rows = len(placed)
        n_placed = int(placed.geometry.notna().sum()) if hasattr(placed, "geometry") else 0
        names = len({tuple(r) for r in placed[["location", "country"]].astype(str).values.tolist()}) \
            if hasattr(placed, "columns") and "location" in placed.columns else 0
    else:
        from geomap.text.table_places import place_rows

        how = "geomap.text.table_places.place_rows"
        with open(tmp, encoding="utf-8", newline="") as f:
            records = list(csv.DictReader(f))
        t0 = time.perf_counter()
        out = list(place_rows(records, gazetteer=gaz))
        secs = time.perf_counter() - t0
        rows, n_placed = len(out), sum(1 for x in out if x.latitude is not None)
        names = len({(r.get("location"), r.get("admin2"), r.get("admin1"), r.get("country")) for r in records})
    return {"rows": rows, "placed": n_placed, "seconds": secs, "how": how, "names": names}


def _measure(kind: str, src: Path, out: Path | str = "") -> dict:
    """Run one job in a fresh interpreter; add its peak RSS (MB) and wall seconds."""
    code = ("import json, resource, sys; sys.path.insert(0, sys.argv[4]); import bench_tables as b; "
            "info = b._job(sys.argv[1], sys.argv[2], sys.argv[3]); "
            "info['rss_mb'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024; "
            "print('@@' + json.dumps(info))")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, kind, str(src), str(out), str(ROOT / "benchmarks")],
                          capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    line = next((x for x in proc.stdout.splitlines() if x.startswith("@@")), None)
    if line is None:
        return {"error": (proc.stderr.strip().splitlines() or ["no output"])[-1][:200], "wall": wall}
    info = json.loads(line[2:])
    info["wall"] = wall
    if out and Path(str(out)).is_file():
        info["mb"] = Path(str(out)).stat().st_size / 1e6
    return info


_SUFFIX = {"csv": ".csv", "geojson": ".geojson", "parquet": ".parquet", "gpkg": ".gpkg"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,1000000", help="row counts, comma-separated")
    ap.add_argument("--formats", default="csv,geojson,parquet,gpkg", help="export formats to time")
    ap.add_argument("--sources", default="parquet,gpkg",
                    help="formats the rows are also read from and converted to CSV (parquet, gpkg, geojson; '' for none)")
    ap.add_argument("--geocode-rows", type=int, default=2000, help="rows geocoded for the throughput (0: skip)")
    ap.add_argument("--no-peer", action="store_true", help="skip the pandas/geopandas peer")
    ap.add_argument("--keep", metavar="DIR", help="write the generated files here and keep them")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    formats = [f for f in args.formats.split(",") if f]
    sources = [f for f in args.sources.split(",") if f]
    if set(sources) - {"parquet", "gpkg", "geojson"}:
        ap.error(f"--sources: parquet, gpkg or geojson, not {args.sources}")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-tables-"))
    work.mkdir(parents=True, exist_ok=True)

    def row(what: str, info: dict, extra: str = "") -> None:
        if "error" in info:
            print(f"  {what:<28} FAILED: {info['error']}", flush=True)
            return
        secs = info.get("seconds", info["wall"])
        size = f"{info['mb']:>8.1f} MB" if "mb" in info else " " * 11
        print(f"  {what:<28} {secs:>7.2f} s {info.get('cpu', 0):>7.2f} s {info['wall']:>7.2f} s "
              f"{info['rss_mb']:>8.0f} MB {size} {extra}", flush=True)

    try:
        for n in sizes:
            src = work / f"acled-{n}.csv"
            t0 = time.perf_counter()
            size = generate(src, n)
            print(f"\n{n:,} rows, {size / 1e6:.1f} MB of ACLED CSV (generated in {time.perf_counter() - t0:.1f} s)")
            print(f"  {'':<28} {'work':>9} {'work CPU':>9} {'process':>9} {'peak RSS':>11} {'written':>11}")
            info = _measure("read", src)
            row("geomap read_incidents", info, f"{info.get('kept', 0):,} kept, {info.get('skipped', 0)} skipped")
            info = _measure("stream", src)
            row("geomap iter_incident_frames", info, f"{info.get('kept', 0):,} kept")
            if not args.no_peer:
                info = _measure("peer-read", src)
                row("peer pandas+points_from_xy", info, "(no validation)")
            for fmt in formats:
                out = work / f"out-{n}{_SUFFIX[fmt]}"
                row(f"geomap convert -> {fmt}", _measure(f"convert-{fmt}", src, out), "(read + write)")
                if fmt not in sources:
                    out.unlink(missing_ok=True)
                if not args.no_peer:
                    out = work / f"peer-{n}{_SUFFIX[fmt]}"
                    row(f"peer write {fmt}", _measure(f"peer-{fmt}", src, out), "(write only)")
                    out.unlink(missing_ok=True)
            for fmt in sources:
                table = work / f"out-{n}{_SUFFIX[fmt]}"
                if not table.is_file():  # written by 'geomap convert', unmeasured here
                    info = _measure(f"convert-{fmt}", src, table)
                    if "error" in info:
                        print(f"  from {fmt}: cannot write it: {info['error']}")
                        continue
                print(f"  from {fmt} ({table.stat().st_size / 1e6:.1f} MB, written by geomap convert):")
                info = _measure("read", table)
                row("geomap read_incidents", info, f"{info.get('kept', 0):,} kept, {info.get('skipped', 0)} skipped")
                info = _measure("stream", table)
                row("geomap iter_incident_frames", info, f"{info.get('kept', 0):,} kept")
                out = work / f"back-{n}.csv"
                row(f"geomap convert {fmt} -> csv", _measure("convert-csv", table, out), "(read + write)")
                out.unlink(missing_ok=True)
                if not args.keep:
                    table.unlink(missing_ok=True)
        if args.geocode_rows and sizes:
            src = work / f"acled-{sizes[0]}.csv"
            info = _measure("geocode", src, args.geocode_rows)
            if "error" in info:
                print(f"\ngeocoding: FAILED: {info['error']}")
            else:
                print(f"\ngeocoding {info['rows']:,} rows without coordinates: {info['rows'] / info['seconds']:,.0f} "
                      f"rows/s ({info['placed']:,} placed, {info['names']:,} distinct places, {info['seconds']:.1f} s, "
                      f"peak RSS {info['rss_mb']:.0f} MB; "
                      f"{info['how']})")
        print("\n(work: wall time of the measured call; work CPU: its CPU time in the child, which a shared host "
              "inflates less; process: the child's wall time incl. interpreter start and imports; peak RSS of "
              "that child)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
