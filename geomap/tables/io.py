"""Reading and writing incident tables: geomap's interchange layer.

Readers
-------
:func:`read_incidents` reads one file of incidents:

* **CSV** with geomap's own columns (as :func:`write_incidents` writes them),
  the current ACLED export (31 lower-case columns, ``event_date`` like
  "21 March 2020") or the older upper-case ACLED export (``EVENT_DATE``
  dd/mm/yyyy, no ``SUB_EVENT_TYPE``, trailing empty columns);
* **GeoJSON**: a FeatureCollection of incident Points as ``geomap extract
  --format geojson`` writes it;
* **JSON lines** as ``geomap extract`` prints them (each line
  ``{"source"|"id", "places": [...], "incidents": [...]}``), or one JSON array
  of incident objects (``geomap near --format json``).

Nothing is dropped silently: a row that cannot be used is counted in
``result.skipped`` as ``(row_number, reason)`` — the line number in the file
for CSV and JSON lines, the feature number for GeoJSON — and
``result.summary()`` is the line the command line prints. A file that cannot be
read at all (missing, empty, binary, undecodable, malformed, without
coordinate columns) raises :class:`~geomap.exc.InputFileError` naming it.

:func:`load_inputs` takes any mix of articles (``.txt``, ``.md``, ``.html``:
extracted with :func:`geomap.text.document.extract_document`) and incident files.

Writers
-------
:func:`incidents_to_geodataframe` (the one place incident tables are built) and
:func:`write_incidents` (``csv``, ``geojson``, ``json``).
"""
from __future__ import annotations

import csv
import datetime as _dt
import io as _io
import json
import math
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from geomap.exc import InputError, InputFileError
from geomap.model import Evidence, Incident, Mention, Place

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

__all__ = [
    "INCIDENT_FIELDS",
    "TABLE_FIELDS",
    "ReadResult",
    "LoadResult",
    "read_incidents",
    "load_inputs",
    "incident_from_dict",
    "incidents_to_geodataframe",
    "incidents_to_records",
    "frame_to_records",
    "format_incidents",
    "write_incidents",
    "read_text_file",
    "ARTICLE_SUFFIXES",
]

#: Fields of ``Incident.to_dict()``, the JSON shape of ``geomap extract``.
INCIDENT_FIELDS: tuple[str, ...] = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "fatalities",
    "fatalities_qualifier", "location", "country", "admin1", "latitude", "longitude", "geo_precision",
    "geonameid", "evidence", "start", "end", "evidence_spans", "source",
)
#: Columns of geomap's tables (CSV, GeoJSON properties): the incident fields plus ``notes``.
TABLE_FIELDS: tuple[str, ...] = INCIDENT_FIELDS + ("notes",)
#: File suffixes read as articles by :func:`load_inputs`.
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".html", ".htm"})
#: Properties of which a GeoJSON feature must have one to be read as an incident.
_INCIDENT_MARKERS = frozenset({"event_type", "event_date", "sub_event_type", "location", "fatalities"})
_CSV_SUFFIXES = frozenset({".csv", ".tsv"})
_JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".geojson"})

# ACLED columns kept in Incident.extra (lower-cased names).
_ACLED_EXTRA = ("event_id_cnty", "data_id", "iso", "iso3", "year", "assoc_actor_1", "assoc_actor_2",
                "ally_actor_1", "ally_actor_2", "inter1", "inter2", "interaction", "region", "admin2",
                "admin3", "source_scale", "timestamp", "gwno", "event_id_no_cnty")
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9


class _RowError(ValueError):
    """A row cannot be used; the message is the reason recorded in ``skipped``."""


# --------------------------------------------------------------------------- results
@dataclass
class ReadResult:
    """What :func:`read_incidents` read from one file.

    Attributes
    ----------
    path : str
    format : str
        ``geomap-csv``, ``acled-csv``, ``acled-old-csv``, ``geojson``, ``jsonl`` or ``json``.
    incidents : list of Incident
    skipped : list of (int, str)
        ``(row_number, reason)`` for each row left out.
    places : list of Mention
        Places listed in ``geomap extract`` output (empty for tables).
    encoding : str
        The text encoding the file was decoded with.
    rows : int
        Rows (records, features, lines) seen.
    """

    path: str
    format: str
    incidents: list[Incident] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    encoding: str = "utf-8"
    rows: int = 0

    def summary(self) -> str:
        """One line: what was read, and what was skipped and why (first reasons)."""
        enc = "" if self.encoding in ("utf-8", "utf_8", "utf-8-sig", "ascii") else f", decoded as {self.encoding}"
        text = f"{self.path}: {len(self.incidents)} incident(s) read ({self.format}{enc})"
        if self.skipped:
            first = "; ".join(f"row {n}: {why}" for n, why in self.skipped[:3])
            more = f"; and {len(self.skipped) - 3} more" if len(self.skipped) > 3 else ""
            text += f", {len(self.skipped)} row(s) skipped ({first}{more})"
        return text


@dataclass
class LoadResult:
    """What :func:`load_inputs` read from several inputs.

    Attributes
    ----------
    incidents : list of Incident
    places : list of Mention
        Places found in articles and ``geomap extract`` output.
    skipped : list of (str, int, str)
        ``(path, row_number, reason)`` for each row left out.
    results : list of ReadResult
        One per input, in order.
    """

    incidents: list[Incident] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    skipped: list[tuple[str, int, str]] = field(default_factory=list)
    results: list[ReadResult] = field(default_factory=list)

    def summary(self) -> str:
        """One line per input (see :meth:`ReadResult.summary`)."""
        return "\n".join(r.summary() for r in self.results)


# --------------------------------------------------------------------------- decoding
def read_text_file(path: str | Path, *, what: str = "input") -> tuple[str, str]:
    """Read a text file, detecting its encoding; return ``(text, encoding)``.

    UTF-8 (with or without BOM) is tried first, then charset-normalizer.

    Raises
    ------
    InputFileError
        Missing, a folder, empty, binary (NUL bytes), or in no detectable text encoding.
    """
    p = Path(path)
    if not p.exists():
        raise InputFileError(f"{p}: no such file")
    if p.is_dir():
        raise InputFileError(f"{p}: is a folder; give the {what} file(s) inside it")
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise InputFileError(f"{p}: cannot read it ({e.strerror or e})") from None
    return _decode(raw, str(p), what)


def _decode(raw: bytes, label: str, what: str) -> tuple[str, str]:
    if not raw.strip():
        raise InputFileError(f"{label}: the file is empty; expected {what}")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputFileError(f"{label}: starts with a UTF-16 mark but is not UTF-16 text; "
                                 "re-save it as UTF-8") from None
    head = raw[:8192]
    if b"\x00" in head:
        raise InputFileError(f"{label}: looks like a binary file (it has NUL bytes), not {what}; "
                             "give a CSV, GeoJSON, JSON lines or text file")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise InputFileError(f"{label}: is not UTF-8 text and its encoding cannot be detected; "
                             "re-save it as UTF-8")
    return str(best), best.encoding


# --------------------------------------------------------------------------- value parsing
def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip()) or (isinstance(v, float) and math.isnan(v))


def _float(v: Any, name: str) -> float | None:
    if _blank(v):
        return None
    if isinstance(v, bool):
        raise _RowError(f"{name} {v!r} is not a number")
    try:
        f = float(str(v).strip().replace("\u2212", "-")) if isinstance(v, str) else float(v)
    except (TypeError, ValueError):
        raise _RowError(f"{name} {v!r} is not a number") from None
    if not math.isfinite(f):
        raise _RowError(f"{name} {v!r} is not a finite number")
    return f


def _int(v: Any, name: str, *, allowed: Iterable[int] | None = None, minimum: int | None = None) -> int | None:
    f = _float(v, name)
    if f is None:
        return None
    if f != int(f):
        raise _RowError(f"{name} {v!r} is not a whole number")
    i = int(f)
    if allowed is not None and i not in allowed:
        raise _RowError(f"{name} {v!r} is not one of {sorted(allowed)}")
    if minimum is not None and i < minimum:
        raise _RowError(f"{name} {v!r} is below {minimum}")
    return i


def _coords(lat_v: Any, lon_v: Any) -> tuple[float | None, float | None]:
    lat = _float(lat_v, "latitude")
    lon = _float(lon_v, "longitude")
    if (lat is None) != (lon is None):
        missing = "longitude" if lon is None else "latitude"
        raise _RowError(f"{missing} is empty but the other coordinate is given")
    if lat is not None and not -90.0 <= lat <= 90.0:
        raise _RowError(f"latitude {lat:g} is outside [-90, 90]")
    if lon is not None and not -180.0 <= lon <= 180.0:
        raise _RowError(f"longitude {lon:g} is outside [-180, 180]")
    return lat, lon


def _date(v: Any, *, day_first: bool = True) -> str | None:
    """ISO date from ISO, "21 March 2020", "21-March-2020", "March 21, 2020" or dd/mm/yyyy."""
    if _blank(v):
        return None
    s = str(v).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", s)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m = re.fullmatch(r"(\d{1,2})[ \-]([A-Za-z]+)\.?,?[ \-](\d{4})", s)
        n = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}),? (\d{4})", s)
        k = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", s)
        if m and m.group(2).lower() in _MONTHS:
            d, mo, y = int(m.group(1)), _MONTHS[m.group(2).lower()], int(m.group(3))
        elif n and n.group(1).lower() in _MONTHS:
            mo, d, y = _MONTHS[n.group(1).lower()], int(n.group(2)), int(n.group(3))
        elif k:
            a, b, y = int(k.group(1)), int(k.group(2)), int(k.group(3))
            d, mo = (a, b) if day_first else (b, a)
        else:
            raise _RowError(f"event_date {s!r} is not a date (expected 2020-01-10, 10 January 2020 or 10/01/2020)")
    try:
        return _dt.date(y, mo, d).isoformat()
    except ValueError:
        raise _RowError(f"event_date {s!r} is not a valid calendar date") from None


def _text(v: Any) -> str:
    return "" if _blank(v) else str(v).strip()


def _evidence(text: Any, start: Any, end: Any, spans: Any) -> tuple[Evidence, ...]:
    text = "" if _blank(text) else str(text)
    if isinstance(spans, str) and spans.strip():
        try:
            spans = json.loads(spans)
        except json.JSONDecodeError:
            raise _RowError(f"evidence_spans {spans!r} is not a JSON list of [start, end] pairs") from None
    pairs: list[tuple[int, int]] = []
    if isinstance(spans, list):
        for sp in spans:
            if not (isinstance(sp, (list, tuple)) and len(sp) == 2):
                raise _RowError(f"evidence_spans item {sp!r} is not a [start, end] pair")
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


def incident_from_dict(d: Mapping[str, Any], *, source: str = "") -> Incident:
    """Build an :class:`Incident` from the dict shape of ``Incident.to_dict()``.

    Raises
    ------
    geomap.exc.InputError
        A value is unusable (the message says which and why).
    """
    try:
        return _incident_from_dict(d, source=source)
    except _RowError as e:
        raise InputError(str(e)) from None


def _incident_from_dict(d: Mapping[str, Any], *, source: str = "", lon_lat: tuple | None = None) -> Incident:
    if not isinstance(d, Mapping):
        raise _RowError(f"expected an incident object, got {type(d).__name__}")
    if lon_lat is not None:
        lon, lat = lon_lat
        lat, lon = _coords(lat, lon)
    else:
        lat, lon = _coords(d.get("latitude"), d.get("longitude"))
    fat = _int(d.get("fatalities"), "fatalities", minimum=0)
    known = set(TABLE_FIELDS)
    extra = {k: v for k, v in d.items() if k not in known and not _blank(v)}
    return Incident(
        event_date=_date(d.get("event_date")),
        time_precision=_int(d.get("time_precision"), "time_precision", allowed=(1, 2, 3)),
        event_type=_text(d.get("event_type")),
        sub_event_type=_text(d.get("sub_event_type")),
        actor1=_text(d.get("actor1")),
        actor2=_text(d.get("actor2")),
        fatalities=fat,
        fatalities_qualifier=_text(d.get("fatalities_qualifier")),
        location=_text(d.get("location")),
        country=_text(d.get("country")),
        admin1=_text(d.get("admin1")),
        longitude=lon,
        latitude=lat,
        geo_precision=_int(d.get("geo_precision"), "geo_precision", allowed=(1, 2, 3)),
        geonameid=_int(d.get("geonameid"), "geonameid"),
        evidence=_evidence(d.get("evidence"), d.get("start"), d.get("end"), d.get("evidence_spans")),
        source=_text(d.get("source")) or source,
        notes=_text(d.get("notes")),
        extra=extra,
    )


# --------------------------------------------------------------------------- CSV
def _sniff_dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    first = text.split("\n", 1)[0]
    if first.count("\t") > first.count(",") and first.count("\t") > first.count(";"):
        return csv.excel_tab
    if first.count(";") > first.count(","):
        class _Semi(csv.excel):
            delimiter = ";"
        return _Semi
    return csv.excel


def _read_csv(text: str, result: ReadResult) -> None:
    reader = csv.reader(_io.StringIO(text, newline=""), _sniff_dialect(text))
    try:
        header = next(reader)
    except StopIteration:
        raise InputFileError(f"{result.path}: the CSV file has no header row") from None
    except csv.Error as e:
        raise InputFileError(f"{result.path}: malformed CSV on line 1 ({e})") from None
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    cols = {n: i for i, n in reversed(list(enumerate(names))) if n}
    if "latitude" not in cols or "longitude" not in cols:
        missing = [c for c in ("latitude", "longitude") if c not in cols]
        shown = ", ".join(h for h in header if h.strip())[:200]
        raise InputFileError(
            f"{result.path}: no {' or '.join(missing)} column; expected geomap's columns "
            f"({', '.join(TABLE_FIELDS[:4])}, ..., latitude, longitude) or an ACLED export; the header is: {shown}")
    upper = any(h.strip().isupper() for h in header if h.strip())
    if "event_id_cnty" in cols or "inter1" in cols or "interaction" in cols:
        result.format = "acled-old-csv" if upper and "sub_event_type" not in cols else "acled-csv"
    else:
        result.format = "geomap-csv"
    acled = result.format.startswith("acled")
    width = max(cols.values()) + 1
    last_line = 1
    while True:
        row_no = last_line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            result.rows += 1
            result.skipped.append((row_no, f"malformed CSV ({e})"))
            raise InputFileError(f"{result.path}: malformed CSV at line {row_no} ({e}); "
                                 f"{len(result.incidents)} rows read before it") from None
        last_line = reader.line_num
        if not row or all(not c.strip() for c in row):
            continue
        result.rows += 1
        if len(row) < width:
            short = [n for n, i in sorted(cols.items(), key=lambda kv: kv[1]) if i >= len(row)]
            needed = [n for n in short if n in ("latitude", "longitude", "event_date", "event_type")]
            if needed:
                result.skipped.append((row_no, f"row has {len(row)} fields, header has {len(header)}: "
                                               f"missing {', '.join(needed)}"))
                continue
        rec = {n: (row[i] if i < len(row) else "") for n, i in cols.items()}
        try:
            result.incidents.append(_acled_row(rec) if acled else _incident_from_dict(rec, source=""))
        except _RowError as e:
            result.skipped.append((row_no, str(e)))


def _acled_row(rec: Mapping[str, str]) -> Incident:
    lat, lon = _coords(rec.get("latitude"), rec.get("longitude"))
    fat = _int(rec.get("fatalities"), "fatalities", minimum=0)
    extra = {k: rec[k] for k in _ACLED_EXTRA if k in rec and not _blank(rec[k])}
    return Incident(
        event_date=_date(rec.get("event_date"), day_first=True),
        time_precision=_int(rec.get("time_precision"), "time_precision", allowed=(1, 2, 3)),
        event_type=_text(rec.get("event_type")),
        sub_event_type=_text(rec.get("sub_event_type")),
        actor1=_text(rec.get("actor1")),
        actor2=_text(rec.get("actor2")),
        fatalities=fat,
        location=_text(rec.get("location")),
        country=_text(rec.get("country")),
        admin1=_text(rec.get("admin1")),
        longitude=lon,
        latitude=lat,
        geo_precision=_int(rec.get("geo_precision"), "geo_precision", allowed=(1, 2, 3)),
        source=_text(rec.get("source")),
        notes=_text(rec.get("notes")),
        extra=extra,
    )


# --------------------------------------------------------------------------- JSON
def _read_json_text(text: str, result: ReadResult) -> None:
    stripped = text.lstrip()
    whole: Any = None
    if stripped.startswith("["):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError as e:
            raise InputFileError(f"{result.path}: not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    elif stripped.startswith("{"):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            whole = None  # JSON lines
    else:
        raise InputFileError(f"{result.path}: not JSON (it starts with {stripped[:20]!r}); expected GeoJSON, "
                             "JSON lines from 'geomap extract' or a CSV file")
    if isinstance(whole, Mapping) and whole.get("type") == "FeatureCollection":
        result.format = "geojson"
        _read_geojson(whole, result)
    elif isinstance(whole, Mapping) and whole.get("type") == "Feature":
        result.format = "geojson"
        _read_geojson({"type": "FeatureCollection", "features": [whole]}, result)
    elif isinstance(whole, list):
        result.format = "json"
        for i, item in enumerate(whole, start=1):
            result.rows += 1
            _take_record(item, i, result)
    elif isinstance(whole, Mapping):
        result.format = "jsonl"
        result.rows += 1
        _take_record(whole, 1, result)
    else:
        result.format = "jsonl"
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            result.rows += 1
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                result.skipped.append((n, f"not valid JSON ({e.msg} at column {e.colno})"))
                continue
            _take_record(obj, n, result)
        if result.rows and not result.incidents and len(result.skipped) == result.rows:
            raise InputFileError(f"{result.path}: no line is valid JSON (first: {result.skipped[0][1]}); "
                                 "expected JSON lines from 'geomap extract', GeoJSON or CSV")


def _take_record(obj: Any, n: int, result: ReadResult) -> None:
    """One JSON record: a ``geomap extract`` document line or a bare incident object."""
    if not isinstance(obj, Mapping):
        result.skipped.append((n, f"expected a JSON object, got {type(obj).__name__}"))
        return
    if "incidents" in obj or "places" in obj:
        src = _text(obj.get("source")) or _text(obj.get("id"))
        incs = obj.get("incidents") or []
        if not isinstance(incs, list):
            result.skipped.append((n, "'incidents' is not a list"))
            return
        for k, d in enumerate(incs, start=1):
            try:
                result.incidents.append(_incident_from_dict(d, source=src))
            except _RowError as e:
                result.skipped.append((n, f"incident {k}: {e}"))
        for p in obj.get("places") or []:
            m = _mention_from_dict(p)
            if m is not None:
                result.places.append(m)
        return
    if "event_type" in obj or "latitude" in obj or "event_date" in obj:
        try:
            result.incidents.append(_incident_from_dict(obj))
        except _RowError as e:
            result.skipped.append((n, str(e)))
        return
    if "error" in obj:
        result.skipped.append((n, f"the line records an error: {str(obj['error'])[:120]}"))
        return
    result.skipped.append((n, "neither an incident nor a 'geomap extract' document (no 'incidents' or "
                              "'event_type' member)"))


def _mention_from_dict(p: Any) -> Mention | None:
    if not isinstance(p, Mapping) or not isinstance(p.get("text"), str):
        return None
    place = None
    try:
        lat, lon = _coords(p.get("latitude"), p.get("longitude"))
        gid = _int(p.get("geonameid"), "geonameid")
    except _RowError:
        lat = lon = gid = None
    if lat is not None and lon is not None:
        place = Place(geonameid=gid if gid is not None else 0, name=_text(p.get("name")),
                      country_code=_text(p.get("country_code")), admin1="", feature_code="", population=0,
                      longitude=lon, latitude=lat)
    try:
        start = int(p.get("start") or 0)
        end = int(p.get("end") or 0)
    except (TypeError, ValueError):
        start = end = 0
    return Mention(p["text"], start, end, _text(p.get("kind")) or "toponym", place)


def _read_geojson(fc: Mapping[str, Any], result: ReadResult) -> None:
    feats = fc.get("features")
    if not isinstance(feats, list):
        raise InputFileError(f"{result.path}: FeatureCollection without a 'features' list")
    for i, f in enumerate(feats, start=1):
        result.rows += 1
        if not isinstance(f, Mapping) or f.get("type") != "Feature":
            result.skipped.append((i, "not a GeoJSON Feature"))
            continue
        props = f.get("properties") or {}
        geom = f.get("geometry")
        if not isinstance(props, Mapping) or not (set(props) & _INCIDENT_MARKERS):
            result.skipped.append((i, "not an incident: its properties have none of "
                                      + ", ".join(sorted(_INCIDENT_MARKERS))))
            continue
        try:
            if geom is None:
                inc = _incident_from_dict(props)
            elif isinstance(geom, Mapping) and geom.get("type") == "Point":
                c = geom.get("coordinates")
                if not isinstance(c, list) or len(c) < 2:
                    raise _RowError(f"Point coordinates {c!r} are not [longitude, latitude]")
                inc = _incident_from_dict(props, lon_lat=(c[0], c[1]))
            else:
                kind = geom.get("type") if isinstance(geom, Mapping) else type(geom).__name__
                raise _RowError(f"geometry is a {kind}, expected a Point")
        except _RowError as e:
            result.skipped.append((i, str(e)))
            continue
        result.incidents.append(inc)


# --------------------------------------------------------------------------- readers
def _detect_format(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return "csv"
    if suffix in _JSON_SUFFIXES:
        return "json"
    head = text.lstrip()[:1]
    if head in ("{", "["):
        return "json"
    first = text.split("\n", 1)[0]
    if "," in first or "\t" in first or ";" in first:
        return "csv"
    raise InputFileError(f"{path}: cannot tell the format (suffix {suffix or 'none'!r}); name it .csv, .geojson, "
                         ".json or .jsonl")


def read_incidents(path: str | Path) -> ReadResult:
    """Read incidents from a CSV (geomap or ACLED), GeoJSON or JSON lines file.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    ReadResult
        ``incidents``, ``skipped`` as ``(row_number, reason)``, ``summary()``.

    Raises
    ------
    InputFileError
        The file is missing, empty, binary, undecodable or malformed as a whole.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> _ = p.write_text("event_date,event_type,latitude,longitude\\n2020-01-10,Battles,34.45,40.92\\n"
    ...                  "2020-01-11,Battles,95,40\\n")
    >>> r = read_incidents(p)
    >>> len(r.incidents), r.skipped
    (1, [(3, 'latitude 95 is outside [-90, 90]')])
    """
    p = Path(path)
    text, encoding = read_text_file(p, what="an incident table (CSV, GeoJSON or JSON lines)")
    result = ReadResult(path=str(p), format="", encoding=encoding)
    fmt = _detect_format(p, text)
    if fmt == "csv":
        _read_csv(text, result)
    else:
        _read_json_text(text, result)
    return result


class _HTMLText(HTMLParser):
    _SKIP = {"script", "style", "noscript", "head", "svg", "nav", "footer"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
              "blockquote", "figcaption", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html_to_text(html: str) -> str:
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return re.sub(r"\s*\n\s*\n\s*", "\n\n", text).strip()


def _read_article(path: Path, published: Any, country_hints: Any) -> ReadResult:
    text, encoding = read_text_file(path, what="an article (text)")
    if path.suffix.lower() in (".html", ".htm"):
        text = _html_to_text(text)
        if not text.strip():
            raise InputFileError(f"{path}: the HTML page has no text")
    from geomap._compat_text import extract_document  # lazy: extraction loads the gazetteer

    doc = extract_document(text, published=published, country_hints=country_hints, source=str(path))
    result = ReadResult(path=str(path), format="article", encoding=encoding, rows=1)
    result.incidents = list(doc.incidents)
    result.places = list(doc.places)
    return result


def load_inputs(paths: Sequence[str | Path], published: Any = None, *, country_hints: Any = None) -> LoadResult:
    """Read any mix of articles and incident files.

    Parameters
    ----------
    paths : sequence of str or Path
        Articles (``.txt``, ``.md``, ``.html``: incidents are extracted with
        :func:`geomap.text.document.extract_document`), ``geomap extract`` output
        (JSON lines, GeoJSON) and incident tables (CSV, geomap or ACLED).
    published : date or str, optional
        Publication date of the articles (resolves "on Friday").
    country_hints : optional
        Passed to the extractor for articles.

    Returns
    -------
    LoadResult
        All incidents in input order, the places found, and every skipped row
        as ``(path, row_number, reason)``.

    Raises
    ------
    InputFileError
        An input cannot be read at all (named in the message).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if not paths:
        raise InputError("no input given; pass articles (.txt, .html) or incident files (.csv, .geojson, .jsonl)")
    out = LoadResult()
    for raw in paths:
        p = Path(raw)
        if p.suffix.lower() in ARTICLE_SUFFIXES:
            res = _read_article(p, published, country_hints)
        else:
            res = read_incidents(p)
        out.results.append(res)
        out.incidents.extend(res.incidents)
        out.places.extend(res.places)
        out.skipped.extend((res.path, n, why) for n, why in res.skipped)
    return out


# --------------------------------------------------------------------------- writers
def _incident_list(incidents: Any) -> list[Incident]:
    if hasattr(incidents, "incidents") and not isinstance(incidents, (list, tuple)):
        incidents = incidents.incidents
    items = list(incidents)
    for i, x in enumerate(items):
        if not isinstance(x, Incident):
            raise InputError(f"incident {i + 1} is a {type(x).__name__}, expected geomap.Incident")
    return items


def incidents_to_records(incidents: Any) -> list[dict[str, Any]]:
    """Plain dicts with the :data:`TABLE_FIELDS` (``Incident.to_dict()`` plus ``notes``)."""
    recs = []
    for inc in _incident_list(incidents):
        d = inc.to_dict()
        d["notes"] = inc.notes
        recs.append(d)
    return recs


def incidents_to_geodataframe(incidents: Any) -> "gpd.GeoDataFrame":
    """The incident table: one row per incident, :data:`TABLE_FIELDS` columns, Point geometry.

    Incidents without coordinates get a missing (None) geometry. CRS is EPSG:4326.

    Examples
    --------
    >>> from geomap.model import Incident
    >>> gdf = incidents_to_geodataframe([Incident("2020-01-10", 1, "Battles", "Armed clash",
    ...                                           longitude=40.9, latitude=34.4)])
    >>> gdf.crs.to_epsg(), gdf.geometry.iloc[0].x
    (4326, 40.9)
    """
    import geopandas as gpd
    from shapely.geometry import Point

    recs = incidents_to_records(incidents)
    geoms = [Point(r["longitude"], r["latitude"]) if r["longitude"] is not None and r["latitude"] is not None
             else None for r in recs]
    gdf = gpd.GeoDataFrame(recs, columns=list(TABLE_FIELDS), geometry=geoms, crs="EPSG:4326")
    for col in ("time_precision", "fatalities", "geo_precision", "geonameid", "start", "end"):
        gdf[col] = gdf[col].astype("Int64")
    return gdf


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
    out = []
    for rec in frame[cols].to_dict(orient="records"):
        out.append({k: _json_value(v) for k, v in rec.items()})
    return out


def write_incidents(incidents: Any, path: str | Path, format: str | None = None) -> Path:
    """Write incidents as ``csv``, ``geojson`` or ``json`` (a JSON array of incident objects).

    ``incidents`` may be a list of :class:`Incident`, a read/load result, or a
    GeoDataFrame (e.g. from :func:`geomap.spatial.incidents_near`: its extra
    columns are written too). ``format`` defaults to the file suffix.
    Everything written reads back with :func:`read_incidents`.
    """
    p = Path(path)
    fmt = (format or p.suffix.lstrip(".")).lower()
    if fmt in ("jsonl",):
        fmt = "json"
    if fmt not in ("csv", "geojson", "json"):
        raise InputError(f"{p}: unknown output format {fmt!r}; choose csv, geojson or json")
    text = format_incidents(incidents, fmt)
    try:
        p.write_text(text, encoding="utf-8", newline="")
    except OSError as e:
        raise InputFileError(f"{p}: cannot write ({e.strerror or e})") from None
    return p


def _as_frame(incidents: Any) -> Any:
    if hasattr(incidents, "geometry") and hasattr(incidents, "columns"):
        return incidents
    return incidents_to_geodataframe(incidents)


def format_incidents(incidents: Any, fmt: str) -> str:
    """The text :func:`write_incidents` writes (``csv``, ``geojson`` or ``json``)."""
    frame = _as_frame(incidents)
    fields = list(TABLE_FIELDS) + [c for c in frame.columns if c not in TABLE_FIELDS and c != "geometry"]
    records = frame_to_records(frame, fields)
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=None) + "\n"
    if fmt == "geojson":
        feats = []
        for rec in records:
            lon, lat = rec.get("longitude"), rec.get("latitude")
            geom = {"type": "Point", "coordinates": [lon, lat]} if lon is not None and lat is not None else None
            feats.append({"type": "Feature", "properties": rec, "geometry": geom})
        return json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False) + "\n"
    buf = _io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=[f for f in fields if f in (records[0] if records else {})] or list(TABLE_FIELDS),
                       lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for rec in records:
        row = dict(rec)
        row["evidence_spans"] = json.dumps(row.get("evidence_spans") or [])
        w.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()
