"""geomap.explore and the page's export columns (no browser: the browser tests are in test_controls_browser.py)."""
from __future__ import annotations

import doctest
import importlib

import pytest

import geomap
from geomap.exc import InputError
from geomap.model import Evidence, Incident
from geomap.render import export
from geomap.render.map import _Strings
from geomap.tables.schema import TABLE_FIELDS, incidents_to_geodataframe


def _inc(**kw):
    base = dict(event_date="2020-01-10", time_precision=1, event_type="Battles", sub_event_type="Armed clash",
                location="Hajin", country="Syria", longitude=40.83, latitude=34.69, geo_precision=1)
    base.update(kw)
    return Incident(**base)


@pytest.mark.parametrize("name", ["geomap.render.export", "geomap.render.explore"])
def test_docstring_examples_run(name):
    module = importlib.import_module(name)      # (geomap.render.explore the attribute is the function)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


def test_explore_reprojects_and_shows_inline():
    gdf = incidents_to_geodataframe([_inc(), _inc(location="Abu Kamal", longitude=40.918, latitude=34.452)])
    m = geomap.explore(gdf.to_crs(3857), title="t")
    spec = next(c for c in m._children.values() if type(c).__name__ == "GeomapLayer").spec
    assert spec["incidents"]["lon"] == [40.83, 40.918] and spec["incidents"]["lat"] == [34.69, 34.452]
    html = m._repr_html_()
    assert "<iframe" in html and "geomapRender" in html and "cdn.jsdelivr" not in html
    assert geomap.explore is geomap.render.explore


def test_explore_without_crs():
    import geopandas as gpd

    with_crs = incidents_to_geodataframe([_inc()])
    naive = lambda g: gpd.GeoDataFrame(g.drop(columns="geometry"), geometry=list(g.geometry))  # noqa: E731
    gdf, metres = naive(with_crs), naive(with_crs.to_crs(3857))
    assert gdf.crs is None and metres.crs is None
    assert geomap.explore(gdf).geomap_summary.incidents == 1          # lon/lat bounds: taken as EPSG:4326
    with pytest.raises(InputError, match="no CRS.*set_crs"):
        geomap.explore(metres)


@pytest.mark.parametrize("inc, link", [
    (_inc(source="https://example.org/a"), "https://example.org/a"),
    (_inc(source="Reuters", notes="see http://example.org/b."), "http://example.org/b"),
    (_inc(source="Reuters", extra={"url": "https://example.org/c"}), "https://example.org/c"),
    (_inc(source="javascript:alert(1)"), None),
    (_inc(source="Reuters; SANA"), None),
])
def test_source_link(inc, link):
    assert export.source_link(inc) == link


def test_table_columns_are_sparse_and_complete():
    text = "Fighters clashed near Hajin."
    incs = [_inc(evidence=(Evidence(text, 0, len(text)),)), _inc(),
            _inc(evidence=(Evidence(text, 40, 40 + len(text)),), notes="a note", geonameid=170794,
                 extra={"source_title": "Clashes"}, source="https://example.org/x")]
    strings = _Strings()
    cols = export.table_columns(incs, strings)
    assert cols["sp"] == {"2": [[40, 68]]}                 # the default span (0, len) is not stored
    assert cols["notes"] == {"2": "a note"}
    assert cols["gid"] == {"2": 170794} and cols["url"] == {"2": "https://example.org/x"}
    assert strings.items[cols["stitle"]["2"]] == "Clashes"
    assert strings.items[cols["rl"][0]] == "Hajin" and strings.items[cols["cty"][1]] == "Syria"
    assert "adm" not in cols                               # no admin1 anywhere: no column
    assert export.EXPORT_FIELDS == TABLE_FIELDS


def test_other_table_columns_travel_with_the_page():
    incs = [_inc(extra={"geocoded_from": "location"}), _inc(), _inc()]
    cols = export.table_columns(incs, _Strings())
    others = [f for f in TABLE_FIELDS if f not in export.PAGE_FIELDS]
    assert "geocoded_from" in others and cols["f:geocoded_from"] == {"0": "location"}
    assert all(("f:" + f) not in cols for f in others if f != "geocoded_from")     # empty: left out
    acled = [_inc(extra={"iso": "760", "inter1": "2", "event_id_cnty": "SYR1"}), _inc()]
    cols = export.table_columns(acled, _Strings())
    assert cols["f:iso"] == ["760", None] and cols["f:inter1"] == ["2", None] and cols["f:event_id_cnty"] == ["SYR1", None]
    assert export.export_fields(acled) == list(TABLE_FIELDS) + ["inter1"]
