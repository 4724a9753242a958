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
  The names of ``data/naturalearth/admin1_aliases.tsv`` (by hand: the GeoNames and ACLED
  spellings Natural Earth does not share, "Ninawa" = Nineveh, "At-Ta'mim" = Kirkuk) are
  tried after Natural Earth's own.

Each row also carries the division's country and every name it is known by (Natural
Earth's, the matched GeoNames division's, the aliases'), so the map can find the label
point of an incident's ``admin1`` however the input spells it
(:func:`geomap.gazetteer.label_points.area_label_point`).
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
ALIASES = REPO / "data" / "naturalearth" / "admin1_aliases.tsv"
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


def _aliases(path: Path = ALIASES) -> dict[str, tuple[str, str, list[str]]]:
    """Natural Earth ``adm1_code`` -> (ISO alpha-2, Natural Earth name, other names) of the alias file."""
    out = {}
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    for ln in lines[1:]:
        cc, code, ne_name, names = (ln.split("\t") + ["", "", "", ""])[:4]
        out[code.strip()] = (cc.strip(), ne_name.strip(), [n.strip() for n in names.split("|") if n.strip()])
    return out


def _joined(names: list[str]) -> str:
    seen, out = set(), []
    for n in names:
        n = n.replace("|", " ").replace("\t", " ").strip()
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return "|".join(out)


def build() -> tuple[list[list[str]], dict[str, int]]:
    from geomap.gazetteer.lookup import default_gazetteer

    gaz = default_gazetteer()
    rows: list[list[str]] = []
    countries = json.loads((REPO / "geomap/data/naturalearth/countries.geojson").read_text("utf-8"))
    for f in countries["features"]:
        p = f["properties"]
        if p.get("ISO_A2") and p.get("LABEL_X") is not None and not p.get("DISPUTED"):
            rows.append(["country", p["ISO_A2"], f"{p['LABEL_X']:.4f}", f"{p['LABEL_Y']:.4f}", p["NAME"],
                         p["ISO_A2"], ""])
    by_key: dict[tuple[str, str], set[int]] = {}
    names_of: dict[int, list[str]] = {}
    for line in (SHARED / "geonames/admin1CodesASCII.txt").read_text("utf-8").splitlines():
        c = line.split("\t")
        if len(c) < 4:
            continue
        cc = c[0].split(".")[0]
        names_of[int(c[3])] = [c[1], c[2]]
        for n in {c[1], c[2]}:
            for k in (normalize_name(n), loose_key(n)):
                by_key.setdefault((cc, k), set()).add(int(c[3]))
    stats = {"admin-1 label points": 0, "matched by name": 0, "matched by the gazetteer": 0,
             "unmatched": 0, "refused (too far)": 0}
    seen: set[int] = set()
    aliases = _aliases()
    unused = set(aliases)
    src = json.loads((SHARED / "naturalearth/layers/ne_10m_admin_1_label_points.geojson").read_text("utf-8"))
    for f in src["features"]:
        p = f["properties"]
        cc, name = (p.get("iso_a2") or "").upper(), (p.get("name") or "").strip()
        if not re.fullmatch(r"[A-Z]{2}", cc) or not name:
            continue
        stats["admin-1 label points"] += 1
        x, y = f["geometry"]["coordinates"][:2]
        alias = aliases.get(p.get("adm1_code") or "")
        if alias is not None:
            if alias[:2] != (cc, name):
                raise SystemExit(f"{ALIASES}: {p.get('adm1_code')} is {cc} {name!r} in Natural Earth, "
                                 f"not {alias[0]} {alias[1]!r}: fix the row")
            unused.discard(p["adm1_code"])
        tried = _names(name) + (alias[2] if alias else [])
        ids: set[int] = set()
        how = "matched by name"
        for n in tried:
            for k in (normalize_name(n), loose_key(n)):
                ids |= by_key.get((cc, k), set())
            if ids:
                break
        if len(ids) != 1:
            ids, how = set(), "matched by the gazetteer"
            for n in tried:
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
        rows.append(["admin1", str(gid), f"{x:.4f}", f"{y:.4f}", name, cc,
                     _joined(tried + names_of.get(gid, []))])
    if unused:
        raise SystemExit(f"{ALIASES}: no Natural Earth label point has the adm1_code {sorted(unused)}")
    return rows, stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    rows, stats = build()
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write("# Label points of areas (Natural Earth, public domain): kind, key (ISO alpha-2 of a country, "
                "GeoNames id of a first-level division), longitude, latitude, Natural Earth's name, ISO alpha-2 "
                "code of the country, the other names of the division (|-separated: Natural Earth's, GeoNames', "
                "data/naturalearth/admin1_aliases.tsv's). Built by data/naturalearth/build_label_points.py\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["kind", "key", "longitude", "latitude", "name", "country", "names"])
        w.writerows(rows)
    print(f"wrote {a.out}: {sum(r[0] == 'country' for r in rows)} countries, "
          f"{sum(r[0] == 'admin1' for r in rows)} divisions; " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
