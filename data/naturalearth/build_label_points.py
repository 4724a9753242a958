"""Rebuild ``geomap/data/naturalearth/label_points.tsv``: where an area known only by name is drawn.

Usage (from the repository root, with the gazetteer index built)::

    python data/naturalearth/build_label_points.py

An incident known only to be "in Iraq" or "in Anbar province" (ACLED ``geo_precision`` 3)
is placed at the area's label point, the point a map writes the area's name at, rather
than at a centroid-like point that reads as a strike site. The rows are:

* ``country``: Natural Earth's label point of each country (``LABEL_X``, ``LABEL_Y`` of
  ``geomap/data/naturalearth/countries.geojson``), keyed by ISO 3166 alpha-2 code;
* ``admin1``: Natural Earth's admin-1 label points
  (``../shared/data/naturalearth/layers/ne_10m_admin_1_label_points.geojson``, public domain),
  keyed by the GeoNames id of the first-level division they label. A Natural Earth name is
  matched to the division of GeoNames (``../shared/data/geonames/admin1CodesASCII.txt``)
  with the same normalised or loose name in the same country, the name in brackets
  ("Hasaka (Al Haksa)") too, else to the gazetteer's best first-level division for it in
  that country; a match more than 250 km from the division's own point is refused.
  Divisions left unmatched keep their seat (the gazetteer's point, as ACLED codes them).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
OUT = REPO / "geomap" / "data" / "naturalearth" / "label_points.tsv"
sys.path.insert(0, str(REPO))  # this checkout's geomap

from geomap._geo import haversine_km  # noqa: E402
from geomap.gazetteer.normalize import loose_key, normalize_name  # noqa: E402

MAX_KM = 250.0


def _names(name: str) -> list[str]:
    out = [name]
    m = re.fullmatch(r"\s*(.*?)\s*\((.*)\)\s*", name)
    if m:
        out = [m.group(1), m.group(2)]
    return [n for n in out if n]


def build() -> tuple[list[list[str]], dict[str, int]]:
    from geomap.gazetteer.lookup import default_gazetteer

    gaz = default_gazetteer()
    rows: list[list[str]] = []
    countries = json.loads((REPO / "geomap/data/naturalearth/countries.geojson").read_text("utf-8"))
    for f in countries["features"]:
        p = f["properties"]
        if p.get("ISO_A2") and p.get("LABEL_X") is not None and not p.get("DISPUTED"):
            rows.append(["country", p["ISO_A2"], f"{p['LABEL_X']:.4f}", f"{p['LABEL_Y']:.4f}", p["NAME"]])
    by_key: dict[tuple[str, str], set[int]] = {}
    for line in (SHARED / "geonames/admin1CodesASCII.txt").read_text("utf-8").splitlines():
        c = line.split("\t")
        if len(c) < 4:
            continue
        cc = c[0].split(".")[0]
        for n in {c[1], c[2]}:
            for k in (normalize_name(n), loose_key(n)):
                by_key.setdefault((cc, k), set()).add(int(c[3]))
    stats = {"admin-1 label points": 0, "matched by name": 0, "matched by the gazetteer": 0,
             "unmatched": 0, "refused (too far)": 0}
    seen: set[int] = set()
    src = json.loads((SHARED / "naturalearth/layers/ne_10m_admin_1_label_points.geojson").read_text("utf-8"))
    for f in src["features"]:
        p = f["properties"]
        cc, name = (p.get("iso_a2") or "").upper(), (p.get("name") or "").strip()
        if not re.fullmatch(r"[A-Z]{2}", cc) or not name:
            continue
        stats["admin-1 label points"] += 1
        x, y = f["geometry"]["coordinates"][:2]
        ids: set[int] = set()
        how = "matched by name"
        for n in _names(name):
            for k in (normalize_name(n), loose_key(n)):
                ids |= by_key.get((cc, k), set())
            if ids:
                break
        if len(ids) != 1:
            ids, how = set(), "matched by the gazetteer"
            for n in _names(name):
                hits = [c for c in gaz.resolve(n, country=cc) if c.feature_code == "ADM1" and c.country_code == cc]
                if hits:
                    ids = {hits[0].geonameid}
                    break
        if len(ids) != 1:
            stats["unmatched"] += 1
            continue
        gid = next(iter(ids))
        own = gaz._con.execute("SELECT lon, lat FROM places WHERE id = ?", (gid,)).fetchone()  # the division's point
        if own is not None and haversine_km(own[0], own[1], x, y) > MAX_KM:
            stats["refused (too far)"] += 1
            continue
        if gid in seen:
            continue
        seen.add(gid)
        stats[how] += 1
        rows.append(["admin1", str(gid), f"{x:.4f}", f"{y:.4f}", name])
    return rows, stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    rows, stats = build()
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write("# Label points of areas (Natural Earth, public domain): kind, key (ISO alpha-2 of a country, "
                "GeoNames id of a first-level division), longitude, latitude, Natural Earth's name. "
                "Built by data/naturalearth/build_label_points.py\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["kind", "key", "longitude", "latitude", "name"])
        w.writerows(rows)
    print(f"wrote {a.out}: {sum(r[0] == 'country' for r in rows)} countries, "
          f"{sum(r[0] == 'admin1' for r in rows)} divisions; " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
