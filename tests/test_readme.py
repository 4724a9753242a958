"""The README's "Incident table" section lists the schema's columns, in order, so it cannot drift."""
from __future__ import annotations

import re
from pathlib import Path

from geomap.tables import formats, read, schema, stream

README = Path(__file__).resolve().parent.parent / "README.md"


def _section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", text, re.S | re.M)
    assert m, f"README has no '## {title}' section"
    return m.group(1)


def test_incident_table_columns_are_the_schema():
    rows = re.findall(r"^\| `([a-z0-9_]+)` \| ([^|]+) \| (ACLED|geomap) \| ([^|]+) \|$", _section("Incident table"), re.M)
    assert [name for name, *_ in rows] == list(schema.TABLE_FIELDS)
    origin = {name: frm for name, _t, frm, _m in rows}
    for own in ("fatalities_qualifier", "geonameid", "evidence", "confidence") + schema.GEOCODE_FIELDS:
        assert origin[own] == "geomap", own
    for acled in ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "fatalities", "location",
                  "country", "admin1", "latitude", "longitude", "geo_precision", "source", "notes"):
        assert origin[acled] == "ACLED", acled
    assert all(meaning.strip() for *_, meaning in rows)


def test_incident_table_section_names_the_crs_formats_and_other_acled_columns():
    section = _section("Incident table")
    assert "EPSG:4326" in section
    assert schema.incidents_to_geodataframe([]).crs.to_epsg() == 4326
    for suffix in set(read.TABLE_SUFFIXES) | set(formats.READ_FORMATS):
        assert f"`{suffix}`" in section, suffix
    for name in stream._ACLED_EXTRA:     # the other ACLED columns, written after the schema: the README names them
        assert f"`{name}`" in section, name
    for start in ("`=`", "`+`", "`-`", "`@`"):
        assert start in section
    assert schema.csv_restore(schema.csv_safe("=HYPERLINK(1)")) == "=HYPERLINK(1)"
    assert "notebooks/02-tables-and-corridor.ipynb" in section
