"""Rebuild the route files shipped in ``geomap/data/routes/`` from GeoNames.

Usage (from the repository root)::

    python data/routes/build_routes.py [--geonames ../shared/data/geonames/cities15000.txt]

Each route below is a list of ``(display name, GeoNames id)``. The script looks every id up
in the GeoNames cities file, checks it exists, and writes one readable GeoJSON
FeatureCollection per route: one Point feature per waypoint, in order, carrying the
display name, the GeoNames id and name, the country code and the source of the coordinates.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_GEONAMES = REPO.parent / "shared" / "data" / "geonames" / "cities15000.txt"
OUT_DIR = REPO / "geomap" / "data" / "routes"

ROUTES = {
    "iran-mediterranean": {
        "title": "Iran to the Mediterranean land corridor",
        "description": (
            "The land corridor 'for Tehran that links Iran to the Mediterranean through Iraq, "
            "Syria and Lebanon' (the report of 10 January 2020 shipped as geomap's example, al-bukamal-strikes.txt), drawn through the towns "
            "usually named for it: Tehran, Baghdad, Al Qaim and Al Bukamal on the Iraq-Syria "
            "border crossing, Deir ez-Zor, Palmyra, Damascus and Beirut."
        ),
        "waypoints": [
            ("Tehran", 112931),
            ("Baghdad", 98182),
            ("Al Qaim", 92138),
            ("Al Bukamal", 174448),
            ("Deir ez-Zor", 170794),
            ("Palmyra", 163808),
            ("Damascus", 170654),
            ("Beirut", 276781),
        ],
    },
}


def read_geonames(path: Path, ids: set[int]) -> dict[int, dict]:
    """Return the GeoNames records (19 tab-separated columns) whose ids are in ``ids``."""
    found: dict[int, dict] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            gid = int(row[0])
            if gid in ids:
                found[gid] = {"name": row[1], "latitude": float(row[4]), "longitude": float(row[5]),
                              "country_code": row[8], "modified": row[18]}
    return found


def build_route(name: str, spec: dict, records: dict[int, dict], source_file: str) -> dict:
    features = []
    for order, (display, gid) in enumerate(spec["waypoints"], start=1):
        rec = records.get(gid)
        if rec is None:
            raise SystemExit(f"build_routes: GeoNames id {gid} ({display}) not found in {source_file}")
        features.append({
            "type": "Feature",
            "properties": {
                "order": order,
                "name": display,
                "geonameid": gid,
                "geonames_name": rec["name"],
                "country_code": rec["country_code"],
                "source": f"GeoNames {source_file}, record of {rec['modified']} (geonames.org, CC BY 4.0)",
            },
            "geometry": {"type": "Point", "coordinates": [rec["longitude"], rec["latitude"]]},
        })
    return {"type": "FeatureCollection", "name": name, "title": spec["title"],
            "description": spec["description"], "features": features}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--geonames", type=Path, default=DEFAULT_GEONAMES)
    ap.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = ap.parse_args(argv)
    if not args.geonames.exists():
        print(f"build_routes: {args.geonames} not found; pass --geonames", file=sys.stderr)
        return 1
    ids = {gid for spec in ROUTES.values() for _, gid in spec["waypoints"]}
    records = read_geonames(args.geonames, ids)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name, spec in ROUTES.items():
        fc = build_route(name, spec, records, args.geonames.name)
        out = args.out_dir / f"{name}.geojson"
        out.write_text(json.dumps(fc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out} ({len(fc['features'])} waypoints)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
