"""Label points of areas: where an incident known only by its country or province is placed.

An incident known only to be "in Iraq" or "in Anbar province" (ACLED ``geo_precision``
3) sits at the area's label point, the point a map writes the area's name at (Natural
Earth's country and admin-1 label points), not at a centroid-like point that reads as a
strike site in the desert. The table ``geomap/data/naturalearth/label_points.tsv`` is
built by ``data/naturalearth/build_label_points.py``: countries by ISO code, first-level
divisions by their GeoNames id (2,815 matched; the others keep their seat), each with its
country and every name it is known by (Natural Earth's, GeoNames', and the ACLED and
press spellings of ``data/naturalearth/admin1_aliases.tsv``).

:func:`label_point` serves the pipeline (a resolved :class:`~geomap.model.Place`);
:func:`area_label_point` serves the map, which draws an incident known only by its
province or country (``geo_precision`` 3) at the area's label point from the incident's
``country`` and ``admin1`` as the input spells them, while its data keeps its coordinates.

Examples
--------
>>> from geomap.model import Place
>>> iraq = Place(99237, "Iraq", "IQ", "", "PCLI", 0, 44.0, 33.0)
>>> label_point(iraq)
(43.2618, 33.094, 'Natural Earth label point of Iraq')
>>> label_point(Place(1, "Abu Kamal", "SY", "", "PPLA2", 0, 40.92, 34.45)) is None
True
>>> area_label_point("Iraq", "Ninewa")
AreaPoint(longitude=42.7469, latitude=35.9228, country_code='IQ', name='Ninawa', level='admin1')
>>> area_label_point("Syria", "Atlantis").level      # an admin1 nobody knows: the country's point
'country'
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

from geomap.exc import PackageDataError
from geomap.gazetteer.countries import country_code
from geomap.gazetteer.normalize import loose_key, normalize_name, strip_generic
from geomap.model import Place
from geomap.settings import data_path, gazetteer_source_path

__all__ = ["label_point", "area_label_point", "AreaPoint", "LABEL_POINT_SOURCE"]

#: How an incident's ``point_source`` names a label point (followed by "of <area>").
LABEL_POINT_SOURCE = "Natural Earth label point"


@dataclass(frozen=True, slots=True)
class AreaPoint:
    """The label point of a country or first-level division (lon/lat, EPSG:4326).

    Attributes
    ----------
    longitude, latitude : float
        The point.
    country_code : str
        ISO 3166 alpha-2 code of the country (of the division's country for a division).
    name : str
        Natural Earth's name of the area ("Ninawa", "Homs (Hims)", "Iraq").
    level : str
        ``"admin1"`` (a first-level division) or ``"country"``.
    """

    longitude: float
    latitude: float
    country_code: str
    name: str
    level: str

    @property
    def source(self) -> str:
        """What the point is, in the words of ``point_source``: "Natural Earth label point of Ninawa"."""
        return f"{LABEL_POINT_SOURCE} of {self.name}"


@functools.lru_cache(maxsize=1)
def _rows() -> list[list[str]]:
    path = data_path("naturalearth", "label_points.tsv")
    try:
        with open(path, encoding="utf-8", newline="") as f:
            rows = [r for r in csv.reader((line for line in f if not line.startswith("#")), delimiter="\t")]
    except OSError as e:
        raise PackageDataError(f"the label points {path} cannot be read ({e.strerror or e}). Fix: reinstall geomap") from None
    out = []
    for r in rows[1:]:
        if len(r) >= 4:
            try:
                float(r[2]), float(r[3])
            except ValueError:
                raise PackageDataError(f"{path}: bad row {r!r}. Fix: rebuild it with "
                                       "data/naturalearth/build_label_points.py") from None
            out.append(r + [""] * (7 - len(r)))
    return out


@functools.lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], tuple[float, float]]:
    return {(r[0], r[1]): (float(r[2]), float(r[3])) for r in _rows()}


def _keys(name: str) -> tuple[str, str]:
    """The exact and the loose key of a division's name, without "province", "governorate" ..."""
    bare = strip_generic(name.strip())[0]
    return normalize_name(bare), loose_key(bare)


def _index(pairs: list[tuple[str, str, object]]) -> tuple[dict, dict]:
    exact: dict[tuple[str, str], set] = {}
    loose: dict[tuple[str, str], set] = {}
    for cc, name, value in pairs:
        k, lk = _keys(name)
        if k:
            exact.setdefault((cc, k), set()).add(value)
        if lk:
            loose.setdefault((cc, lk), set()).add(value)
    return exact, loose


def _find(index: tuple[dict, dict], cc: str, name: str) -> object | None:
    """The one value the name's exact key finds in the country, else the one its loose key finds."""
    k, lk = _keys(name)
    for table, key in ((index[0], k), (index[1], lk)):
        hits = table.get((cc, key)) if key else None
        if hits and len(hits) == 1:
            return next(iter(hits))
        if hits:
            return None   # two divisions of the country share the name: neither is meant for sure
    return None


@functools.lru_cache(maxsize=1)
def _division_index() -> tuple[dict, dict]:
    """(country, key) -> row numbers of the divisions with a label point, by every name they have."""
    pairs = []
    for n, r in enumerate(_rows()):
        if r[0] == "admin1" and r[5]:
            for name in [r[4]] + r[6].split("|"):
                if name:
                    pairs.append((r[5], name, n))
    return _index(pairs)


@functools.lru_cache(maxsize=1)
def _geonames_divisions() -> tuple[dict, dict]:
    """(country, key) -> GeoNames ids of every first-level division GeoNames knows (``admin1.tsv``)."""
    path = gazetteer_source_path("admin1.tsv")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise PackageDataError(f"{path}: cannot be read ({e.strerror or e}). Fix: reinstall geomap") from None
    pairs = []
    for line in lines:
        c = line.split("\t")
        if line.startswith("#") or len(c) < 4:
            continue
        for name in (c[1], c[2]):
            pairs.append((c[0].split(".")[0], name, c[3]))
    return _index(pairs)


@functools.lru_cache(maxsize=4096)
def area_label_point(country: str | None, admin1: str | None = None) -> AreaPoint | None:
    """The label point of the area an incident known only by its province or country is in.

    Parameters
    ----------
    country : str
        The country as the input names it ("Syria", "the Syrian Arab Republic", "SY", "SYR").
    admin1 : str, optional
        Its first-level division as the input spells it: Natural Earth's, GeoNames' or
        ACLED's name ("Ninawa", "Nineveh", "Ninewa"; "Deir-ez-Zor", "Dayr az Zawr";
        "Homs governorate"), matched only among the divisions of that country.

    Returns
    -------
    AreaPoint or None
        The division's Natural Earth label point; the country's when no admin1 is given or
        the admin1 is no division geomap knows in that country; None when the country is
        unknown or has no label point, and when the admin1 is a division GeoNames knows
        but Natural Earth has no label point for (Halabja: no division of Natural
        Earth's data of 2017): its own point is then the best there is.

    Examples
    --------
    >>> area_label_point("Syria", "Deir-ez-Zor").name, area_label_point("SY", "Hims").name
    ('Dayr Az Zawr', 'Homs (Hims)')
    >>> area_label_point("Iraq", "Homs").level                 # Homs is in Syria, not Iraq
    'country'
    >>> area_label_point("Iraq", "Halabja") is None, area_label_point("Narnia") is None
    (True, True)
    """
    cc = country_code(country)
    if not cc:
        return None
    if admin1 and str(admin1).strip():
        n = _find(_division_index(), cc, str(admin1))
        if n is not None:
            r = _rows()[n]
            return AreaPoint(float(r[2]), float(r[3]), cc, r[4], "admin1")
        if _find(_geonames_divisions(), cc, str(admin1)) is not None:
            return None
    got = _table().get(("country", cc))
    if got is None:
        return None
    name = next((r[4] for r in _rows() if r[0] == "country" and r[1] == cc), cc)
    return AreaPoint(got[0], got[1], cc, name, "country")


def label_point(place: Place) -> tuple[float, float, str] | None:
    """``(lon, lat, point_source)`` of a country's or first-level division's label point, or None.

    Places of other kinds (towns, districts, regions) and divisions Natural Earth's
    table does not match give None: they keep their own point.
    """
    fc = place.feature_code or ""
    if fc.startswith("PCL") and place.country_code:
        key = ("country", place.country_code.upper())
    elif fc == "ADM1" and place.geonameid:
        key = ("admin1", str(place.geonameid))
    else:
        return None
    got = _table().get(key)
    return (got[0], got[1], f"{LABEL_POINT_SOURCE} of {place.name}") if got else None
