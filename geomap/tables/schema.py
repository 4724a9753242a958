"""The incident table: its columns, the one builder of incidents from records, the one GeoDataFrame.

Every stage that turns rows into :class:`~geomap.model.Incident` objects or
incidents into a table goes through here: the readers of :mod:`geomap.tables.read`
(strictly: a bad value skips the row with a reason), the map and the spatial
questions (leniently: a bad coordinate is kept so the map can list it), and the
writers. The table is a GeoDataFrame in EPSG:4326 with :data:`TABLE_FIELDS` columns.

Examples
--------
>>> inc = incident_from_record({"event_date": "21 March 2020", "latitude": "34.45", "longitude": 40.92})
>>> inc.event_date, inc.latitude
('2020-03-21', 34.45)
>>> incident_from_record({"latitude": "north", "longitude": 40.9}, strict=False).extra["bad_latitude"]
'north'
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import re
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from geomap.exc import InputError, RowError
from geomap.model import Evidence, Incident

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

__all__ = [
    "INCIDENT_FIELDS",
    "TABLE_FIELDS",
    "GEOCODE_FIELDS",
    "PLACE_NAME_COLUMNS",
    "ACLED_TABLE_FIELDS",
    "ACLED_OTHER_FIELDS",
    "RowError",
    "incident_from_record",
    "incident_from_dict",
    "coerce_incidents",
    "incidents_to_records",
    "incidents_to_geodataframe",
    "table_from_columns",
    "frame_to_records",
]

#: Fields of ``Incident.to_dict()``, the JSON shape of ``geomap extract``.
INCIDENT_FIELDS: tuple[str, ...] = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "fatalities",
    "fatalities_qualifier", "location", "country", "admin1", "latitude", "longitude", "geo_precision",
    "geonameid", "point_source", "evidence", "start", "end", "evidence_spans", "source", "confidence",
)
#: How a row without coordinates was geocoded from its names (kept in ``Incident.extra``):
#: the column that placed it, and why it was not placed (or how it was, when not by ``location``).
GEOCODE_FIELDS: tuple[str, ...] = ("geocoded_from", "geocode_reason")
#: ACLED's columns of the table that :class:`Incident` has no attribute for (kept in ``Incident.extra``, as text).
ACLED_TABLE_FIELDS: tuple[str, ...] = ("event_id_cnty", "assoc_actor_1", "assoc_actor_2", "iso", "admin2", "admin3")
#: Columns of geomap's tables (CSV, GeoJSON properties), in order: the incident fields with ACLED's
#: columns beside their kin (``assoc_actor_1`` after ``actor1``, ``iso`` after ``country`` ...), ``notes``
#: and the geocoding.
TABLE_FIELDS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
    "actor2", "assoc_actor_2", "fatalities", "fatalities_qualifier", "location", "country", "iso", "admin1", "admin2",
    "admin3", "latitude", "longitude", "geo_precision", "geonameid", "point_source", "evidence", "start", "end",
    "evidence_spans", "source", "confidence", "notes") + GEOCODE_FIELDS
#: The other columns of ACLED's exports (current and older layouts, lower-cased), kept in ``Incident.extra``
#: as the file gives them and written after :data:`TABLE_FIELDS`, in this order, by a table that has them.
ACLED_OTHER_FIELDS: tuple[str, ...] = (
    "data_id", "event_id_no_cnty", "gwno", "iso3", "year", "disorder_type", "ally_actor_1", "ally_actor_2",
    "inter1", "inter2", "interaction", "civilian_targeting", "region", "source_scale", "tags", "timestamp",
    "population_1km", "population_5km", "population_20km", "population_best")
_OTHER = frozenset(ACLED_OTHER_FIELDS)
#: Columns that name an incident's place: a table with one of them and no coordinates can be geocoded.
PLACE_NAME_COLUMNS: frozenset[str] = frozenset({"location", "admin3", "admin2", "admin1", "country"})
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9


# --------------------------------------------------------------------------- values
def _blank(v: Any) -> bool:
    if v is None or (isinstance(v, str) and not v.strip()) or (isinstance(v, float) and math.isnan(v)):
        return True
    if isinstance(v, (str, int, float, list, tuple, dict)):
        return False
    try:  # pandas' NA and NaT, numpy's nan (only reached for values from a DataFrame)
        import pandas as pd

        return bool(pd.isna(v))
    except (ImportError, TypeError, ValueError):
        return False


def _float(v: Any, name: str) -> float | None:
    if _blank(v):
        return None
    if isinstance(v, bool):
        raise RowError(f"{name} {v!r} is not a number")
    try:
        f = float(str(v).strip().replace("\u2212", "-")) if isinstance(v, str) else float(v)
    except (TypeError, ValueError):
        raise RowError(f"{name} {v!r} is not a number") from None
    if not math.isfinite(f):
        raise RowError(f"{name} {v!r} is not a finite number")
    return f


def _int(v: Any, name: str, *, allowed: Iterable[int] | None = None, minimum: int | None = None) -> int | None:
    f = _float(v, name)
    if f is None:
        return None
    if f != int(f):
        raise RowError(f"{name} {v!r} is not a whole number")
    i = int(f)
    if allowed is not None and i not in allowed:
        raise RowError(f"{name} {v!r} is not one of {sorted(allowed)}")
    if minimum is not None and i < minimum:
        raise RowError(f"{name} {v!r} is below {minimum}")
    return i


def _coords(lat_v: Any, lon_v: Any) -> tuple[float | None, float | None]:
    lat = _float(lat_v, "latitude")
    lon = _float(lon_v, "longitude")
    if (lat is None) != (lon is None):
        missing = "longitude" if lon is None else "latitude"
        raise RowError(f"{missing} is empty but the other coordinate is given")
    if lat is not None and not -90.0 <= lat <= 90.0:
        raise RowError(f"latitude {lat:g} is outside [-90, 90]")
    if lon is not None and not -180.0 <= lon <= 180.0:
        raise RowError(f"longitude {lon:g} is outside [-180, 180]")
    return lat, lon


def _year(text: str) -> int:
    """A year as a table writes it: "2020", or "20" in ACLED's older exports ("9-May-20"), which is the
    year of this century unless that is more than a year from now (then of the last: "97" is 1997)."""
    y = int(text)
    if len(text) == 2:
        y += 2000 if 2000 + y <= _dt.date.today().year + 1 else 1900
    return y


def _date(v: Any, *, day_first: bool = True) -> str | None:
    """ISO date from ISO, "21 March 2020", "21-March-2020", "9-May-20", "March 21, 2020", dd/mm/yyyy or dd/mm/yy.

    Examples
    --------
    >>> _date("9-May-20"), _date("01-April-2015"), _date("29/12/2015"), _date("3 Mar 97")
    ('2020-05-09', '2015-04-01', '2015-12-29', '1997-03-03')
    """
    if _blank(v):
        return None
    s = str(v).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", s)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m = re.fullmatch(r"(\d{1,2})[ \-]([A-Za-z]+)\.?,?[ \-](\d{4}|\d{2})", s)
        n = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}),? (\d{4})", s)
        k = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})", s)
        if m and m.group(2).lower() in _MONTHS:
            d, mo, y = int(m.group(1)), _MONTHS[m.group(2).lower()], _year(m.group(3))
        elif n and n.group(1).lower() in _MONTHS:
            mo, d, y = _MONTHS[n.group(1).lower()], int(n.group(2)), int(n.group(3))
        elif k:
            a, b, y = int(k.group(1)), int(k.group(2)), _year(k.group(3))
            d, mo = (a, b) if day_first else (b, a)
        else:
            raise RowError(f"event_date {s!r} is not a date (expected 2020-01-10, 10 January 2020, 9-May-20 "
                           "or 10/01/2020)")
    try:
        return _dt.date(y, mo, d).isoformat()
    except ValueError:
        raise RowError(f"event_date {s!r} is not a valid calendar date") from None


_FORMULA = re.compile(r"'*[=+\-@\t\r]")


def csv_safe(value: Any) -> Any:
    """A text cell a spreadsheet will not run as a formula; :func:`csv_restore` undoes it.

    Text starting with ``=``, ``+``, ``-``, ``@``, tab or CR (after any leading
    quotes) gets one more leading ``'``, so ``=HYPERLINK(...)`` from an article
    is shown, not run, and every value still reads back exactly. Numbers are
    left alone (a longitude of -3.5 stays a number).

    Examples
    --------
    >>> print(csv_safe('=HYPERLINK("http://x")'), csv_safe("'=1"), csv_safe("Hajin"), csv_safe(-3.5))
    '=HYPERLINK("http://x") ''=1 Hajin -3.5
    >>> all(csv_restore(csv_safe(v)) == v for v in ("=1+2", "'=1", "-", "@x", "Hajin"))
    True
    """
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


def csv_restore(value: str) -> str:
    """Undo :func:`csv_safe` on a cell read from CSV."""
    if value.startswith("'") and _FORMULA.match(value, 1):
        return value[1:]
    return value


def _text(v: Any) -> str:
    """A text cell as given (spaces kept: a conversion changes no cell); blank is ``""``."""
    return "" if _blank(v) else str(v)


def _evidence(text: Any, start: Any, end: Any, spans: Any) -> tuple[Evidence, ...]:
    text = "" if _blank(text) else str(text)
    if isinstance(spans, str) and spans.strip():
        try:
            spans = json.loads(spans)
        except json.JSONDecodeError:
            raise RowError(f"evidence_spans {spans!r} is not a JSON list of [start, end] pairs") from None
    pairs: list[tuple[int, int]] = []
    if isinstance(spans, list):
        for sp in spans:
            if not (isinstance(sp, (list, tuple)) and len(sp) == 2):
                raise RowError(f"evidence_spans item {sp!r} is not a [start, end] pair")
            a, b = _int(sp[0], "evidence start", minimum=0), _int(sp[1], "evidence end", minimum=0)
            pairs.append((a or 0, b or 0))
    s0, e0 = _int(start, "start", minimum=0), _int(end, "end", minimum=0)
    if not pairs and s0 is not None and e0 is not None:
        pairs = [(s0, e0)]
    if not text and not pairs:
        return ()
    if len(pairs) > 1:
        lengths = [b - a for a, b in pairs]
        if all(x >= 0 for x in lengths) and sum(lengths) + len(pairs) - 1 == len(text):
            out, pos = [], 0
            for (a, b), n in zip(pairs, lengths):
                out.append(Evidence(text[pos:pos + n], a, b))
                pos += n + 1
            return tuple(out)
    a, b = pairs[0] if pairs else (0, len(text))
    return (Evidence(text, a, b),)


def _date_value(v: Any, *, day_first: bool = True) -> str | None:
    """ISO date from text (see :func:`_date`) or a date/datetime/Timestamp object."""
    if _blank(v):
        return None
    if isinstance(v, (_dt.date, _dt.datetime)) or (hasattr(v, "isoformat") and hasattr(v, "year")):
        d = v.date() if hasattr(v, "hour") else v
        return d.isoformat()
    return _date(v, day_first=day_first)


def _lenient_float(v: Any, name: str, extra: dict[str, Any]) -> float | None:
    """A coordinate as given, out of range or not; an unreadable one is kept in ``extra``."""
    if _blank(v):
        return None
    try:
        f = float(str(v).strip().replace("\u2212", "-")) if isinstance(v, str) else float(v)
    except (TypeError, ValueError):
        extra[f"bad_{name}"] = str(v)
        return None
    return f


def _confidence(v: Any) -> float | None:
    f = _float(v, "confidence")
    if f is not None and not 0.0 <= f <= 1.0:
        raise RowError(f"confidence {v!r} is not between 0 and 1")
    return f


def incident_from_record(d: Mapping[str, Any], *, strict: bool = True, source: str = "",
                         lon_lat: tuple[Any, Any] | None = None) -> Incident:
    """Build an :class:`Incident` from a record in the table / ``Incident.to_dict()`` shape.

    Parameters
    ----------
    d : mapping
        Keys of :data:`TABLE_FIELDS`; other non-empty keys go to ``Incident.extra`` (strict
        mode), and so do those of :data:`ACLED_OTHER_FIELDS` when empty (as None: the table
        written keeps the column). ACLED's :data:`ACLED_TABLE_FIELDS` go to ``extra`` as text.
    strict : bool
        True (readers): a bad value raises :class:`RowError` naming it. False (the map,
        spatial questions): a value that does not parse is dropped, and unreadable or
        out-of-range coordinates are kept (``extra["bad_latitude"]``, or the number
        itself) so that the map can list the incident with the reason.
    source : str
        ``source`` when the record has none.
    lon_lat : (lon, lat), optional
        Coordinates from a geometry, over the record's columns.

    Raises
    ------
    RowError
        In strict mode, the first unusable value.
    """
    if not isinstance(d, Mapping):
        raise RowError(f"expected an incident object, got {type(d).__name__}")
    lon_v, lat_v = lon_lat if lon_lat is not None else (d.get("longitude"), d.get("latitude"))
    extra: dict[str, Any] = {}

    def get(parse, *args, **kw):
        try:
            return parse(*args, **kw)
        except RowError:
            if strict:
                raise
            return None

    if strict:
        lat, lon = _coords(lat_v, lon_v)
    else:
        lat, lon = _lenient_float(lat_v, "latitude", extra), _lenient_float(lon_v, "longitude", extra)
    known = set(TABLE_FIELDS)
    if strict:  # the input's other columns; ACLED's are kept even when empty (the table keeps the column)
        extra.update({k: (None if _blank(v) else v) for k, v in d.items()
                      if k not in known and (k in _OTHER or not _blank(v))})
    if not _blank(d.get("point_source")):  # what the coordinates are ("Natural Earth label point of Iraq")
        extra["point_source"] = _text(d.get("point_source"))
    extra.update({k: _text(d.get(k)) for k in GEOCODE_FIELDS + ACLED_TABLE_FIELDS if not _blank(d.get(k))})
    evidence = get(_evidence, d.get("evidence"), d.get("start"), d.get("end"), d.get("evidence_spans"))
    if evidence is None:  # lenient: the text without its spans
        text = _text(d.get("evidence"))
        evidence = (Evidence(text, 0, len(text)),) if text else ()
    return Incident(
        event_date=get(_date_value, d.get("event_date")),
        time_precision=get(_int, d.get("time_precision"), "time_precision", allowed=(1, 2, 3)),
        event_type=_text(d.get("event_type")),
        sub_event_type=_text(d.get("sub_event_type")),
        actor1=_text(d.get("actor1")),
        actor2=_text(d.get("actor2")),
        fatalities=get(_int, d.get("fatalities"), "fatalities", minimum=0),
        fatalities_qualifier=_text(d.get("fatalities_qualifier")),
        location=_text(d.get("location")),
        country=_text(d.get("country")),
        admin1=_text(d.get("admin1")),
        longitude=lon,
        latitude=lat,
        geo_precision=get(_int, d.get("geo_precision"), "geo_precision", allowed=(1, 2, 3)),
        geonameid=get(_int, d.get("geonameid"), "geonameid"),
        evidence=evidence,
        source=_text(d.get("source")) or source,
        notes=_text(d.get("notes")),
        confidence=get(_confidence, d.get("confidence")),
        extra=extra,
    )


def incident_from_dict(d: Mapping[str, Any], *, source: str = "") -> Incident:
    """Build an :class:`Incident` strictly from the dict shape of ``Incident.to_dict()``.

    Raises
    ------
    geomap.exc.InputError
        A value is unusable (the message says which and why).
    """
    try:
        return incident_from_record(d, source=source)
    except RowError as e:
        raise InputError(str(e)) from None


def _point_of(geometry: Any) -> tuple[float | None, float | None]:
    """(lon, lat) of a point geometry (shapely or GeoJSON mapping); the representative point otherwise."""
    if geometry is None:
        return None, None
    if isinstance(geometry, Mapping):
        if geometry.get("type") == "Point":
            coords = geometry.get("coordinates") or [None, None]
            return (coords[0], coords[1]) if isinstance(coords, (list, tuple)) and len(coords) >= 2 else (None, None)
        from shapely.geometry import shape

        try:
            geometry = shape(geometry)
        except (ValueError, TypeError, AttributeError, KeyError):
            return None, None
    if getattr(geometry, "is_empty", True):
        return None, None
    if getattr(geometry, "geom_type", "") != "Point":
        geometry = geometry.representative_point()
    return geometry.x, geometry.y


def _feature_incident(feature: Mapping[str, Any], strict: bool) -> Incident:
    props = dict(feature.get("properties") or {})
    lon, lat = _point_of(feature.get("geometry"))
    return incident_from_record(props, strict=strict, lon_lat=(lon, lat) if lon is not None else None)


def coerce_incidents(obj: Any, *, strict: bool = False) -> list[Incident]:
    """Incidents from Incident objects, records, a (Geo)DataFrame or anything with ``__geo_interface__``.

    Records go through :func:`incident_from_record` (lenient by default: what a map
    or a spatial question is given is drawn or listed, not refused).
    """
    if obj is None:
        return []
    if isinstance(obj, Incident):
        return [obj]
    if hasattr(obj, "columns") and hasattr(obj, "to_dict"):  # a (Geo)DataFrame
        geom_col = getattr(obj, "_geometry_column_name", None) if hasattr(obj, "geometry") else None
        out = []
        for rec in obj.to_dict("records"):
            lon_lat = None
            if geom_col and rec.get(geom_col) is not None:
                lon, lat = _point_of(rec.get(geom_col))
                if lon is not None:
                    lon_lat = (lon, lat)
            out.append(incident_from_record(rec, strict=strict, lon_lat=lon_lat))
        return out
    if hasattr(obj, "__geo_interface__") and not isinstance(obj, Mapping):
        obj = obj.__geo_interface__
    if isinstance(obj, Mapping):
        if obj.get("type") == "FeatureCollection":
            return [_feature_incident(f, strict) for f in obj.get("features") or []]
        if obj.get("type") == "Feature":
            return [_feature_incident(obj, strict)]
        return [incident_from_record(obj, strict=strict)]
    if isinstance(obj, (str, bytes)):
        raise InputError("incidents must be Incident objects, dicts, a GeoDataFrame or GeoJSON, not text; "
                         "extract incidents from an article with geomap.extract_document")
    if hasattr(obj, "incidents") and not isinstance(obj, (list, tuple)):
        return coerce_incidents(obj.incidents, strict=strict)
    out: list[Incident] = []
    for item in obj:
        out.extend(coerce_incidents(item, strict=strict))
    return out


# --------------------------------------------------------------------------- the table
def _incident_list(incidents: Any) -> list[Incident]:
    if hasattr(incidents, "incidents") and not isinstance(incidents, (list, tuple)):
        incidents = incidents.incidents
    items = list(incidents)
    for i, x in enumerate(items):
        if not isinstance(x, Incident):
            raise InputError(f"incident {i + 1} is a {type(x).__name__}, expected geomap.Incident")
    return items


def incidents_to_records(incidents: Any) -> list[dict[str, Any]]:
    """Plain dicts with the :data:`TABLE_FIELDS` (``Incident.to_dict()``, ``notes`` and the geocoding)."""
    recs = []
    for inc in _incident_list(incidents):
        d = inc.to_dict()
        d["notes"] = inc.notes
        for k in GEOCODE_FIELDS + ACLED_TABLE_FIELDS:
            d[k] = _text(inc.extra.get(k))
        recs.append(d)
    return recs


def other_columns(incidents: Sequence[Incident], layout: Any = None) -> list[str]:
    """The columns written after :data:`TABLE_FIELDS`: the :data:`ACLED_OTHER_FIELDS` that at least one
    of the incidents has (in ``extra``, perhaps None), in order, then the other columns of the table
    they were read from (``layout``, a :class:`~geomap.tables.layout.TableLayout`: a user's ``url``)."""
    seen: set[str] = set()
    for inc in incidents:
        if inc.extra:
            seen.update(inc.extra)
    names = layout.names() if layout is not None else []
    out = [k for k in ACLED_OTHER_FIELDS if k in seen or k in names]
    known = set(TABLE_FIELDS) | set(out)
    return out + [k for k in dict.fromkeys(names) if k and k not in known]


def incidents_to_geodataframe(incidents: Any, other: Sequence[str] | None = None,
                              layout: Any = None) -> "gpd.GeoDataFrame":
    """The incident table: one row per incident, :data:`TABLE_FIELDS` columns, Point geometry.

    Incidents without coordinates get a missing (None) geometry. CRS is EPSG:4326.
    ACLED's other columns (:data:`ACLED_OTHER_FIELDS`, from ``Incident.extra``) follow:
    ``other`` of them (every chunk of one file has the same columns), or those the
    incidents have, and the other columns of their table (:func:`other_columns`); a value
    an incident lacks is None. ``layout`` (by default a read result's ``layout``) is kept
    in ``attrs["geomap_layout"]``, for the writers.

    Examples
    --------
    >>> from geomap.model import Incident
    >>> gdf = incidents_to_geodataframe([Incident("2020-01-10", 1, "Battles", "Armed clash",
    ...                                           longitude=40.9, latitude=34.4)])
    >>> gdf.crs.to_epsg(), gdf.geometry.iloc[0].x
    (4326, 40.9)
    """
    if layout is None:
        layout = getattr(incidents, "layout", None)
    items = _incident_list(incidents)
    recs = incidents_to_records(items)
    columns: dict[str, Any] = {f: [r[f] for r in recs] for f in TABLE_FIELDS}
    for k in (other_columns(items, layout) if other is None else other):
        columns[k] = [_json_value(i.extra.get(k)) if i.extra else None for i in items]
    gdf = table_from_columns(columns, len(recs))
    if layout is not None:
        gdf.attrs["geomap_layout"] = layout.to_dict()
    return gdf


#: Values of the table's columns that a source does not give (ACLED has no evidence or GeoNames id).
_DEFAULTS: dict[str, Any] = {"fatalities_qualifier": "", "evidence": "", "source": "", "notes": "", "geocoded_from": "",
                             "geocode_reason": "", "point_source": "", **{k: "" for k in ACLED_TABLE_FIELDS}}
_INT_COLUMNS = ("time_precision", "fatalities", "geo_precision", "geonameid", "start", "end")


def table_from_columns(columns: Mapping[str, Sequence[Any]], length: int) -> "gpd.GeoDataFrame":
    """The incident table from columns of values as :meth:`Incident.to_dict` gives them (the one builder).

    Parameters
    ----------
    columns : mapping of str to sequence
        Columns of :data:`TABLE_FIELDS`; one that is missing takes its empty value
        (``""``, None, or ``[]`` for ``evidence_spans``). Any other column (ACLED's other
        columns) follows them, in the order given.
    length : int
        Rows.

    Examples
    --------
    >>> gdf = table_from_columns({"event_type": ["Battles"], "latitude": [34.4], "longitude": [40.9]}, 1)
    >>> gdf.geometry.iloc[0].y, gdf.loc[0, "evidence_spans"], gdf.crs.to_epsg()
    (34.4, [], 4326)
    """
    import geopandas as gpd
    import numpy as np
    import shapely

    data: dict[str, Any] = {}
    for f in TABLE_FIELDS:
        col = columns.get(f)
        if col is None:
            col = [[] for _ in range(length)] if f == "evidence_spans" else [_DEFAULTS.get(f)] * length
        data[f] = col
    lon = np.array([np.nan if v is None else v for v in data["longitude"]], dtype=float)
    lat = np.array([np.nan if v is None else v for v in data["latitude"]], dtype=float)
    placed = ~(np.isnan(lon) | np.isnan(lat))
    geoms = np.full(length, None, dtype=object)
    if placed.any():
        geoms[placed] = shapely.points(lon[placed], lat[placed])
    others = [k for k in columns if k not in data and k != "geometry"]
    for k in others:
        data[k] = columns[k]
    for f in _STR_COLUMNS + tuple(others):
        data[f] = _str_array(data[f])
    gdf = gpd.GeoDataFrame(data, columns=list(TABLE_FIELDS) + others, geometry=geoms, crs="EPSG:4326")
    for col in _INT_COLUMNS:
        gdf[col] = gdf[col].astype("Int64")
    return gdf


_STR_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "fatalities_qualifier", "location",
                "country", "admin1", "point_source", "evidence", "source", "notes") + GEOCODE_FIELDS + ACLED_TABLE_FIELDS


def _str_array(values: Sequence[Any]) -> Any:
    """A column of text straight into pandas' Arrow-backed ``str`` dtype (what pandas infers, without the
    inference); anything else (a None, a number, no pyarrow) is left to pandas."""
    import numpy as np
    import pandas as pd

    try:
        import pyarrow as pa

        dtype = pd.StringDtype(na_value=np.nan)
        if dtype.storage != "pyarrow":
            return values
        arr = pa.array(values, type=pa.large_string())
    except (ImportError, TypeError, ValueError, AttributeError):
        return values
    except Exception as e:  # pyarrow's ArrowInvalid / ArrowTypeError derive from ValueError/TypeError, others not
        if type(e).__module__.startswith("pyarrow"):
            return values
        raise
    if arr.null_count or not len(arr):
        return values
    return pd.arrays.ArrowStringArray(arr, dtype=dtype)


def _json_value(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item") and not isinstance(v, (list, dict, str)):
        try:
            v = v.item()
        except (ValueError, AttributeError):
            pass
    try:
        import pandas as pd

        if v is pd.NA or (not isinstance(v, (list, dict, str)) and pd.isna(v)):
            return None
    except (TypeError, ValueError, ImportError):
        pass
    return v


def frame_to_records(frame: Any, fields: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """JSON-ready dicts from an incident (Geo)DataFrame (NaN/NA become None)."""
    cols = [c for c in (fields or frame.columns) if c in frame.columns and c != "geometry"]
    values = [_json_column(frame[c]) for c in cols]
    return [dict(zip(cols, row)) for row in zip(*values)] if cols else [{} for _ in range(len(frame))]


def _json_column(col: Any) -> list[Any]:
    """:func:`_json_value` of each value of a column; text, whole-number and float columns a column at a time."""
    import numpy as np
    import pandas as pd

    dtype = col.dtype
    if isinstance(dtype, pd.StringDtype) or pd.api.types.is_float_dtype(dtype) \
            or isinstance(dtype, pd.core.dtypes.dtypes.BaseMaskedDtype):
        arr = col.to_numpy(dtype=object, na_value=None)
        if pd.api.types.is_float_dtype(dtype) and not isinstance(dtype, pd.core.dtypes.dtypes.BaseMaskedDtype):
            arr = np.where(pd.isna(col.to_numpy()), None, arr)
        return arr.tolist()
    return [_json_value(v) for v in col.tolist()]
