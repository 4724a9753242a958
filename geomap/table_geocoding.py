"""Tables without coordinates, composed: rows geocoded from their names, a table's places into the gazetteer.

Part of the pipeline (:mod:`geomap.pipeline` re-exports everything here): it composes the
tables stage (rows read), the text stage (:func:`geomap.text.table_places.place_rows`, the
resolver that places a row from its name columns), the spatial stage (country polygons) and
the gazetteer (the user's places), which never call each other.

Examples
--------
>>> import geomap
>>> gdf = geomap.geocode_table("sheet.csv")            # doctest: +SKIP
>>> gdf[["location", "geocoded_from", "geo_precision"]]  # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from geomap.model import Incident
from geomap.tables.read import ReadResult, read_incidents

if TYPE_CHECKING:  # pragma: no cover
    from geomap.gazetteer import Gazetteer
    from geomap.text.rules import Rules

__all__ = ["GeocodeReport", "IncidentPlacesReport", "SAME_PLACE_KM", "needs_place", "geocode_incidents",
           "geocode_table", "add_incident_places"]


def _gazetteer(gazetteer: "Gazetteer | None") -> "Gazetteer":
    from geomap.pipeline import _gazetteer as opened

    return opened(gazetteer)


# ------------------------------------------------------------------ tables without coordinates
@dataclass
class GeocodeReport:
    """What :func:`geocode_incidents` did to one table.

    Attributes
    ----------
    rows : int
        Incidents looked at.
    had_coordinates : int
        Kept as they were (coordinates given, or placed by the text resolver).
    placed : dict of str to int
        Rows placed, by the column that placed them (``location``, ``admin2`` ...).
    not_placed : list of (str, str)
        ``(label, reason)`` of each row kept with empty coordinates.
    """

    rows: int = 0
    had_coordinates: int = 0
    placed: dict[str, int] = field(default_factory=dict)
    not_placed: list[tuple[str, str]] = field(default_factory=list)

    def summary(self, path: str = "") -> str:
        """One line: how many rows were geocoded, by which column, and why the others were not."""
        todo = self.rows - self.had_coordinates
        n = sum(self.placed.values())
        head = f"{path}: " if path else ""
        if not todo:
            return f"{head}geocoded 0 rows: every row has coordinates"
        by = ", ".join(f"{k} {v}" for k, v in sorted(self.placed.items(), key=lambda kv: -kv[1]))
        text = f"{head}geocoded {n} of {todo} row(s) without coordinates" + (f" (by {by})" if by else "")
        if self.not_placed:
            first = "; ".join(f"{label}: {why}" for label, why in self.not_placed[:3])
            more = f"; and {len(self.not_placed) - 3} more" if len(self.not_placed) > 3 else ""
            text += f"; {len(self.not_placed)} kept without coordinates ({first}{more})"
        return text


def needs_place(inc: Incident) -> bool:
    """A row to geocode: no coordinates (nor unreadable ones), and not placed by the text resolver."""
    return (inc.longitude is None and inc.latitude is None and not inc.evidence
            and not inc.extra.get("bad_latitude") and not inc.extra.get("bad_longitude"))


def _row_names(inc: Incident) -> dict[str, Any]:
    extra = inc.extra
    names = {"location": inc.location, "admin3": extra.get("admin3"), "admin2": extra.get("admin2"),
             "admin1": inc.admin1, "country": inc.country}
    return {k: v.strip() if isinstance(v, str) else v for k, v in names.items()}  # cells are kept as given


#: geomap's columns that geocoding fills in, written after an ACLED export's own (:meth:`TableLayout.with_added`).
GEOCODED_COLUMNS = ("geonameid", "point_source", "confidence", "geocoded_from", "geocode_reason")


def geocoded_layout(layout: Any) -> Any:
    """The layout of a geocoded table: its source's, with :data:`GEOCODED_COLUMNS` added (None stays None)."""
    return None if layout is None else layout.with_added(GEOCODED_COLUMNS)


def _label(inc: Incident) -> str:
    names = [str(v) for v in (inc.location, inc.admin1, inc.country) if v]
    return (inc.event_date or "no date") + " " + (", ".join(names) if names else "(no place name)")


def geocode_incidents(incidents: Iterable[Incident], *, gazetteer: "Gazetteer | None" = None,
                      rules: "Rules | None" = None) -> tuple[list[Incident], GeocodeReport]:
    """Place the incidents that lack coordinates from their name columns.

    Each incident without coordinates is placed by :func:`geomap.text.table_places.place_rows`
    from its ``location``, ``admin3``, ``admin2`` (kept in ``extra`` by the readers), ``admin1``
    and ``country``, with the country and the divisions as constraints: never at a point
    outside the row's country. A placed row gets its coordinates, ``geo_precision``,
    ``geonameid``, ``confidence`` and ``extra["geocoded_from"]`` (the column that placed it); a
    row that cannot be placed is kept, with empty coordinates and ``extra["geocode_reason"]``.
    Rows with coordinates, and incidents read from text (they carry evidence: the text
    resolver has placed them or abstained), are kept as they are.

    Parameters
    ----------
    incidents : iterable of Incident
    gazetteer, rules : optional
        The packaged gazetteer (with the user's places) and English rules by default; the
        gazetteer is opened only when some row needs it.

    Returns
    -------
    (list of Incident, GeocodeReport)
        The incidents in input order, and what was done.

    Examples
    --------
    >>> from geomap.model import Incident
    >>> rows = [Incident("2020-01-10", 1, "Battles", "Armed clash", location="Al Bukamal", country="Syria")]
    >>> placed, report = geocode_incidents(rows)                      # doctest: +SKIP
    >>> placed[0].extra["geocoded_from"], placed[0].geo_precision     # doctest: +SKIP
    ('location', 1)
    """
    import dataclasses

    items = list(incidents)
    report = GeocodeReport(rows=len(items))
    todo = [i for i, inc in enumerate(items) if needs_place(inc)]
    report.had_coordinates = len(items) - len(todo)
    if not todo:
        return items, report
    from geomap.text.table_places import place_rows

    gaz = _gazetteer(gazetteer)
    out = list(items)
    for i, rp in zip(todo, place_rows((_row_names(items[i]) for i in todo), gazetteer=gaz, rules=rules)):
        inc = items[i]
        extra = {k: v for k, v in inc.extra.items() if k not in ("geocoded_from", "geocode_reason")}
        if rp.longitude is None or rp.latitude is None:
            why = rp.reason + (f" (considered: {', '.join(rp.candidates)})" if rp.candidates else "")
            extra["geocode_reason"] = why
            report.not_placed.append((_label(inc), why))
            out[i] = dataclasses.replace(inc, geo_precision=None, geonameid=None, confidence=None, extra=extra)
            continue
        extra["geocoded_from"] = rp.geocoded_from
        if rp.reason:
            extra["geocode_reason"] = rp.reason
        report.placed[rp.geocoded_from] = report.placed.get(rp.geocoded_from, 0) + 1
        conf = None if rp.confidence is None else round(float(rp.confidence), 3)
        out[i] = dataclasses.replace(inc, longitude=rp.longitude, latitude=rp.latitude, geo_precision=rp.geo_precision,
                                     geonameid=rp.geonameid, confidence=conf, extra=extra)
    return out, report


def _table_incidents(table: Any) -> list[Incident]:
    """Incidents from a table given to :func:`geocode_table`; records keep ``admin2``/``admin3``."""
    import dataclasses

    from geomap.tables.schema import coerce_incidents

    if isinstance(table, (str, Path)):
        return read_incidents(table).incidents
    if isinstance(table, ReadResult):
        return list(table.incidents)
    if hasattr(table, "columns") and hasattr(table, "to_dict"):
        records = table.to_dict("records")
    elif isinstance(table, (list, tuple)) and all(isinstance(r, dict) for r in table):
        records = list(table)
    else:
        return coerce_incidents(table)
    incidents = coerce_incidents(table)
    out = []
    for inc, rec in zip(incidents, records):
        lower = {str(k).strip().lower(): v for k, v in rec.items()}
        names = {k: str(lower[k]).strip() for k in ("admin2", "admin3") if k in lower and lower[k] is not None
                 and str(lower[k]).strip() and str(lower[k]) != "nan"}
        out.append(inc if not names else dataclasses.replace(inc, extra={**inc.extra, **names}))
    return out


def geocode_table(table: Any, *, gazetteer: "Gazetteer | None" = None, rules: "Rules | None" = None) -> Any:
    """The incident table with its rows that lack coordinates placed from their names.

    Parameters
    ----------
    table : GeoDataFrame, DataFrame, list of dicts or Incidents, ReadResult, or a path
        Rows with ``location``, ``admin3``, ``admin2``, ``admin1`` and ``country`` columns
        (any of them); a path is read with :func:`geomap.tables.read.read_incidents`.
    gazetteer, rules : optional
        As for :func:`geocode_incidents`.

    Returns
    -------
    geopandas.GeoDataFrame
        The schema's table (EPSG:4326) with ``geocoded_from`` and ``geocode_reason``;
        ``attrs["geocode"]`` is the :class:`GeocodeReport`'s summary line.

    Examples
    --------
    >>> gdf = geocode_table([{"location": "Al Bukamal", "admin1": "Deir ez-Zor", "country": "Syria"}])  # doctest: +SKIP
    >>> gdf.loc[0, "geocoded_from"], gdf.crs.to_epsg()                                            # doctest: +SKIP
    ('location', 4326)
    """
    from geomap.tables.schema import incidents_to_geodataframe

    from geomap.tables.layout import TableLayout

    if isinstance(table, (str, Path)):
        table = read_incidents(table)
    layout = TableLayout.of_frame(table) or TableLayout.from_value(getattr(table, "layout", None))
    placed, report = geocode_incidents(_table_incidents(table), gazetteer=gazetteer, rules=rules)
    gdf = incidents_to_geodataframe(placed, layout=geocoded_layout(layout))
    gdf.attrs["geocode"] = report.summary()
    return gdf


# ------------------------------------------------------------------ a table's places into the gazetteer
#: Two places of the same name closer than this are one place (km).
SAME_PLACE_KM = 5.0


@dataclass
class IncidentPlacesReport:
    """What :func:`add_incident_places` did.

    Attributes
    ----------
    file : str
    rows : int
        Incidents read.
    added : list of str
        The places added ("name (CC, admin1)").
    known : int
        Rows whose place the gazetteer already has (same name within :data:`SAME_PLACE_KM`).
    repeats : int
        Rows naming a place an earlier row of the table already gave.
    skipped : list of (str, str)
        ``(label, reason)`` of each row whose place was not added.
    read : ReadResult
    """

    file: str
    rows: int = 0
    added: list[str] = field(default_factory=list)
    known: int = 0
    repeats: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    read: ReadResult | None = None

    def lines(self) -> list[tuple[str, bool]]:
        """``(line, is_warning)``: the summary, then the first rows left out and why."""
        out = [(f"{self.file}: {len(self.added):,} place(s) added to your gazetteer from {self.rows:,} row(s); "
                f"{self.known:,} already known, {self.repeats:,} repeated in the table, "
                f"{len(self.skipped):,} not usable", False)]
        if self.read is not None and self.read.skipped:
            out.append((self.read.summary(), True))
        out += [(f"  {label}: {why}", True) for label, why in self.skipped[:10]]
        if len(self.skipped) > 10:
            out.append((f"  and {len(self.skipped) - 10:,} more", True))
        return out


def _division_name(admin1: str, cc: str, gaz: "Gazetteer", cache: dict[tuple[str, str], str]) -> str:
    """The gazetteer's name of a row's first-level division (ACLED's spelling when it has none)."""
    if not admin1 or not cc:
        return admin1
    key = (admin1.lower(), cc)
    if key not in cache:
        found = [p for p in gaz.resolve(admin1, country=cc, limit=5, fuzzy=False)
                 if p.feature_code == "ADM1" and p.country_code == cc]
        cache[key] = (found[0].admin1 or found[0].name) if found else admin1
    return cache[key]


def add_incident_places(path: str | Path, *, gazetteer: "Gazetteer | None" = None,
                        user_path: str | Path | None = None, same_place_km: float = SAME_PLACE_KM
                        ) -> IncidentPlacesReport:
    """Add the places of an incident table (location, country, admin1, coordinates) to the user's gazetteer.

    ACLED and analysts' sheets name villages the way reports spell them, with the
    point they coded. Each row with a ``location``, coordinates and ``geo_precision``
    1 (or none: the point is the place itself) gives a place, with the file's name
    as its source (:func:`geomap.gazetteer.dumps.add_places`, written atomically).
    Not added: a name the gazetteer already has within ``same_place_km`` of the
    row's point, a place an earlier row gave, and a row whose point lies in another
    country than the one it names (the shipped country polygons). Adding the same
    file again replaces its places.

    Parameters
    ----------
    path : str or Path
        Any table :func:`geomap.tables.read.read_incidents` reads.
    gazetteer : Gazetteer, optional
        Where existing places are looked up; the packaged gazetteer by default.
    user_path : path-like, optional
        The user index to write (default: under ``GEOMAP_HOME``).
    same_place_km : float

    Returns
    -------
    IncidentPlacesReport

    Examples
    --------
    >>> rep = add_incident_places("my_villages.csv")   # doctest: +SKIP
    >>> rep.lines()[0][0]                              # doctest: +SKIP
    'my_villages.csv: 3 place(s) added to your gazetteer from 5 row(s); 1 already known, 1 repeated ...'
    """
    from geomap._geo import haversine_km
    from geomap.gazetteer.countries import country_code
    from geomap.gazetteer.dumps import UserPlace, add_places
    from geomap.gazetteer.normalize import normalize_name
    from geomap.spatial import countries_of_points

    p = Path(path)
    res = read_incidents(p)
    report = IncidentPlacesReport(file=str(p), rows=len(res.incidents), read=res)
    gaz = _gazetteer(gazetteer)
    tag = f"user:{p.name}"
    usable = [inc for inc in res.incidents if inc.longitude is not None and inc.latitude is not None]
    at = dict(zip(map(id, usable), countries_of_points([i.longitude for i in usable], [i.latitude for i in usable])))
    chosen: dict[tuple[str, str], list[tuple[float, float]]] = {}
    places: list[UserPlace] = []
    divisions: dict[tuple[str, str], str] = {}
    for inc in res.incidents:
        label, name = _label(inc), " ".join(inc.location.split())
        cc = country_code(inc.country) if inc.country else ""
        why = ("no location name" if not name else
               "no coordinates" if id(inc) not in at else
               f"geo_precision {inc.geo_precision}: the point is near the place, not the place itself"
               if inc.geo_precision not in (None, 1) else
               f"country {inc.country!r} is not a country geomap knows" if inc.country and not cc else
               f"the point lies in {at[id(inc)]}, not in {cc}" if cc and at[id(inc)] and at[id(inc)] != cc else
               "no country, and the point is in none" if not cc and not at[id(inc)] else "")
        if not why and not normalize_name(name):
            why = f"location {name!r} is not a place name"
        if why:
            report.skipped.append((label, why))
            continue
        cc = cc or str(at[id(inc)])
        key = (normalize_name(name), cc)
        lon, lat = float(inc.longitude), float(inc.latitude)  # type: ignore[arg-type]
        if any(haversine_km(lon, lat, x, y) <= same_place_km for x, y in chosen.get(key, ())):
            report.repeats += 1
            continue
        if any(q.source != tag and haversine_km(lon, lat, q.longitude, q.latitude) <= same_place_km
               for q in gaz.candidates(key[0])):
            report.known += 1
            continue
        chosen.setdefault(key, []).append((lon, lat))
        admin1 = _division_name(inc.admin1, cc, gaz, divisions)
        places.append(UserPlace(name, cc, admin1, lon, lat))
        report.added.append(f"{name} ({cc}{', ' + admin1 if admin1 else ''})")
    add_places(places, source=p.name, user_path=user_path or gaz.user_path)
    if gazetteer is None:  # the open default gazetteer still reads the user index it had
        from geomap.gazetteer.lookup import reset_default_gazetteer

        reset_default_gazetteer()
    return report
