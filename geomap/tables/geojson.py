"""Reading a GeoJSON FeatureCollection of incidents in chunks, one feature at a time, in bounded memory.

The file is read twice, a block at a time, and never held whole. The first pass checks that
it is one strict JSON object (as :func:`geomap._jsonl.loads_strict` parses it: no ``NaN``,
no number too large, no lone surrogate, nothing after the closing brace) whose ``type`` is
``FeatureCollection`` and whose ``features`` is a list, and learns which of ACLED's other
columns the kept rows have (every chunk's table has the same columns). The second pass hands
the features on in chunks, each read by the reader of the whole file
(:func:`geomap.tables.read._read_geojson`), with the feature numbers of the whole file. So
the rows, the incidents and every skip reason are those of
:func:`geomap.tables.read.read_incidents`.

A file the first pass cannot read this way (not UTF-8, a single Feature, malformed JSON,
features that are not a list ...) is not streamed: :func:`geojson_plan` says so (None) and
the caller reads it whole, with the whole-file reader's message.

Examples
--------
>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "t.geojson"
>>> _ = p.write_text('{"type": "FeatureCollection", "features": ['
...                  '{"type": "Feature", "properties": {"event_type": "Battles"}, '
...                  '"geometry": {"type": "Point", "coordinates": [40.9, 34.4]}}, '
...                  '{"type": "Feature", "properties": {"event_type": "Battles"}, '
...                  '"geometry": {"type": "Point", "coordinates": [40.9, 95]}}]}')
>>> [(c.rows, len(c.frame), c.skipped) for c in geojson_chunks(p, geojson_plan(p), chunk_rows=1)]
[(1, 1, []), (1, 0, [(2, 'latitude 95 is outside [-90, 90]')])]
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Iterator, TextIO

from geomap._files import check_file
from geomap._jsonl import _SURROGATE_ESCAPE, _constant, _float
from geomap.exc import InputError, InputFileError
from geomap.tables.layout import LAYOUT_KEY, TableLayout
from geomap.tables.read import ReadResult, _read_geojson
from geomap.tables.schema import ACLED_OTHER_FIELDS, incidents_to_geodataframe, other_columns
from geomap.tables.stream import TableChunk

__all__ = ["GeoJSONPlan", "geojson_plan", "geojson_chunks"]

_BLOCK = 1 << 20
_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder(parse_constant=_constant, parse_float=_float)
_OTHER = frozenset(ACLED_OTHER_FIELDS)


@dataclass(frozen=True)
class GeoJSONPlan:
    """What the first pass learnt: the features, and ACLED's other columns of the rows kept.

    Attributes
    ----------
    features : int
    other : tuple of str
        The columns of every chunk's table after :data:`~geomap.tables.schema.TABLE_FIELDS`
        (those :func:`~geomap.tables.schema.other_columns` gives for the whole file's rows).
    size : int
        The file's size in bytes when it was checked.
    layout : TableLayout
        The layout geomap stored in the file (member ``geomap_layout``), else the property
        names of its first 1,000 features (as the whole-file reader takes them).
    """

    features: int
    other: tuple[str, ...]
    size: int
    layout: TableLayout


class _Values:
    """The JSON values of a text stream, read a block at a time."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._buf = ""
        self._pos = 0
        self._eof = False

    def _more(self, n: int = _BLOCK) -> bool:
        data = self._stream.read(n)
        if not data:
            self._eof = True
            return False
        self._buf = self._buf[self._pos:] + data
        self._pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            self._pos = _WS.match(self._buf, self._pos).end()
            if self._pos < len(self._buf) or not self._more():
                return self._buf[self._pos:self._pos + 1]

    def take(self, char: str) -> None:
        if self.peek() != char:
            raise InputError(f"expected {char!r}")
        self._pos += 1

    def value(self) -> Any:
        """The next JSON value, parsed as strictly as :func:`geomap._jsonl.loads_strict` parses."""
        self.peek()
        while True:
            try:
                obj, end = _DECODER.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError:
                if self._eof or not self._more(max(_BLOCK, len(self._buf) - self._pos)):
                    raise InputError("not valid JSON") from None
                continue
            except (RecursionError, ValueError) as e:  # nested too deeply, NaN, a number too large
                raise InputError(str(e)) from None
            if end == len(self._buf) and not self._eof and self._more():
                continue  # a number may go on in the next block
            text = self._buf[self._pos:end]
            self._pos = end
            if _SURROGATE_ESCAPE.search(text):
                try:
                    json.dumps(obj, ensure_ascii=False).encode("utf-8")
                except UnicodeEncodeError:
                    raise InputError("a lone surrogate") from None
            return obj

    def at_end(self) -> bool:
        return self.peek() == ""


def _features(stream: TextIO, members: dict[str, Any]) -> Iterator[Any]:
    """The features of the one FeatureCollection in ``stream``; its other members go into ``members``.

    Raises InputError for anything :func:`json.loads` would refuse or read otherwise (a second
    ``features`` member, a trailing comma, text after the object ...); the caller then reads
    the file whole, whose reader says what is wrong."""
    values = _Values(stream)
    values.take("{")
    if values.peek() == "}":
        raise InputError("an empty object")
    seen = False
    while True:
        key = values.value()
        if not isinstance(key, str):
            raise InputError("a member name that is not a string")
        values.take(":")
        if key == "features":
            if seen:
                raise InputError("two 'features' members")
            seen = True
            values.take("[")
            if values.peek() == "]":
                values.take("]")
            else:
                while True:
                    yield values.value()
                    if values.peek() == ",":
                        values.take(",")
                        continue
                    values.take("]")
                    break
        else:
            members[key] = values.value()
        if values.peek() == ",":
            values.take(",")
            continue
        values.take("}")
        break
    if not values.at_end():
        raise InputError("text after the object")
    if not seen or members.get("type") != "FeatureCollection":
        raise InputError("not a FeatureCollection with features")


def _open(p: Path) -> TextIO:
    return open(p, encoding="utf-8-sig", newline="")


def geojson_plan(path: str | Path) -> GeoJSONPlan | None:
    """Check, in one pass of bounded memory, that a GeoJSON file can be read in chunks.

    Returns
    -------
    GeoJSONPlan or None
        None when the file is not a strict UTF-8 FeatureCollection (read it whole, which
        says what is wrong).

    Raises
    ------
    InputFileError
        Missing, a folder, unreadable (as :func:`geomap._files.check_file`).
    """
    p = Path(path)
    size = check_file(p, what="a GeoJSON file of incidents")
    with open(p, "rb") as f:
        head = f.read(4)
    if not size or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    members: dict[str, Any] = {}
    count = 0
    other: set[str] = set()
    names: dict[str, None] = {}  # the property names of the first 1,000 features
    try:
        with _open(p) as stream:
            for feature in _features(stream, members):
                count += 1
                props = feature.get("properties") if isinstance(feature, dict) else None
                if count <= 1000 and isinstance(props, dict):
                    names.update(dict.fromkeys(str(k) for k in props))
                keys = _OTHER.intersection(props) - other if isinstance(props, dict) else ()
                if keys:  # is the row kept (its columns are then the table's)? read it alone
                    one = ReadResult(path=str(p), format="geojson", layout=TableLayout("geomap", ()))
                    _read_geojson({"features": [feature]}, one)
                    for inc in one.incidents:
                        other.update(_OTHER.intersection(inc.extra or ()))
    except (InputError, InputFileError, UnicodeDecodeError):
        return None
    except OSError as e:
        raise InputFileError(f"{p}: cannot be read ({e.strerror or e}); check the path and permissions") from None
    layout = TableLayout.from_value(members.get(LAYOUT_KEY)) or TableLayout("geomap", tuple(names))
    # the columns of the whole file's table: ACLED's other columns that a kept row has, then the layout's
    seen = SimpleNamespace(extra=dict.fromkeys(other))
    return GeoJSONPlan(features=count, other=tuple(other_columns([seen], layout)), size=size, layout=layout)


def geojson_chunks(path: str | Path, plan: GeoJSONPlan, *, chunk_rows: int) -> Iterator[TableChunk]:
    """The features of a GeoJSON file that :func:`geojson_plan` accepted, ``chunk_rows`` at a time.

    Yields
    ------
    TableChunk
        ``frame`` (the kept rows as the incident table, with ``plan.other`` columns), ``rows``,
        ``skipped`` as ``(feature_number, reason)`` (1 is the first feature), format ``geojson``.

    Raises
    ------
    InputFileError
        The file changed after it was checked.
    """
    p = Path(path)
    if check_file(p, what="a GeoJSON file of incidents") != plan.size:
        raise InputFileError(f"{p}: changed while it was read; read it again")
    done = 0

    def chunk(features: list[Any]) -> TableChunk:
        res = ReadResult(path=str(p), format="geojson", layout=plan.layout)
        _read_geojson({"features": features}, res)
        return TableChunk(path=str(p), format="geojson", encoding="utf-8", rows=res.rows,
                          skipped=[(n + done, why) for n, why in res.skipped], layout=plan.layout,
                          frame=incidents_to_geodataframe(res.incidents, list(plan.other), layout=plan.layout))

    held: list[Any] = []
    given = False
    try:
        with _open(p) as stream:
            for feature in _features(stream, {}):
                held.append(feature)
                if len(held) >= chunk_rows:
                    yield chunk(held)
                    done += len(held)
                    held, given = [], True
    except (InputError, UnicodeDecodeError):
        raise InputFileError(f"{p}: changed while it was read; read it again") from None
    if done + len(held) != plan.features:
        raise InputFileError(f"{p}: changed while it was read; read it again")
    if held or not given:
        yield chunk(held)
