"""Tests of geomap.render: map building, offline inlining, escaping, bad input (no browser).

The browser checks (markers drawn, popups, no network, no script run) are in
tests/test_browser.py.
"""
from __future__ import annotations

import json
import re

import folium
import pytest

from geomap.render import assets as _assets
from geomap.exc import GeomapError, InputError, RouteError
from geomap.model import Evidence, Incident, Mention, Place
from geomap.exc import ExternalResourceError
from geomap.pipeline import build_map
from geomap.render import MapSummary, make_offline, map_html, render_map, save_map
from geomap.render.html import json_for_html as _json_for_html
from geomap.spatial import buffer_route, load_route

XSS = ['<script>window.__xss = 1</script>', '<img src=x onerror="window.__xss = 2">', '</script><b>bold</b>']


def _inc(date="2020-01-10", lon=40.918, lat=34.452, **kw):
    base = dict(event_date=date, time_precision=1, event_type="Explosions/Remote violence",
                sub_event_type="Air/drone strike", actor1="Unidentified Military Forces", fatalities=8,
                fatalities_qualifier="at least", location="Abu Kamal", country="Syria", longitude=lon,
                latitude=lat, geo_precision=2, geonameid=170017,
                evidence=(Evidence("Unidentified planes struck targets in Syria.", 0, 45),), source="report.txt")
    base.update(kw)
    return Incident(**base)


def _spec(page: str) -> dict:
    """The JSON data embedded in a map page."""
    m = re.search(r'<script type="application/json" id="[^"]+-spec">(.*?)</script>', page, re.S)
    assert m, "no geomap data in the page"
    return json.loads(m.group(1))


def _external(page: str) -> list[str]:
    return re.findall(r"""<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?[^"'\s>]*""", page, re.I)


# ------------------------------------------------------------------ offline
def test_page_is_self_contained(tmp_path):
    m = render_map(incidents=[_inc()])
    out = save_map(m, tmp_path / "map.html")
    page = out.read_text(encoding="utf-8")
    assert _external(page) == []
    assert "cdn.jsdelivr" not in page and "code.jquery.com" not in page and "bootstrapcdn" not in page
    assert "Leaflet 1.9.4" in page                       # inlined, with its licence banner
    assert "geomapRender(" in page
    assert "url(images/" not in page                     # leaflet.css images inlined as data: URIs
    assert (out.stat().st_mode & 0o777) != 0o600          # a normal file, not a private temp file


def test_jupyter_view_uses_inlined_assets():
    m = render_map(incidents=[_inc()])
    view = m._repr_html_()
    assert "<iframe" in view
    assert "Leaflet 1.9.4" in view
    assert "cdn.jsdelivr" not in view and "code.jquery.com" not in view


def test_make_offline_is_idempotent_and_plain_maps_work(tmp_path):
    m = folium.Map(tiles=None)
    folium.Marker([34.45, 40.92]).add_to(m)
    make_offline(m)
    make_offline(m)
    page = map_html(m)
    assert page.count("Leaflet 1.9.4, a JS library") == 1
    assert _external(page) == []
    assert "L.Icon.Default.mergeOptions" in page        # default marker icon as data: URI


def test_plugins_that_need_the_network_are_refused_offline(tmp_path):
    m = render_map(incidents=[_inc()])
    folium.Marker([34.4, 40.9], icon=folium.Icon(color="red")).add_to(m)
    with pytest.raises(ExternalResourceError, match="offline=False"):
        save_map(m, tmp_path / "map.html")
    out = save_map(m, tmp_path / "online.html", offline=False)
    assert "leaflet.awesome-markers" in out.read_text(encoding="utf-8")
    assert isinstance(ExternalResourceError("x"), GeomapError)


def test_leaflet_comes_from_an_installed_package_not_the_repo():
    js = _assets.leaflet_js()
    assert "Leaflet 1.9.4" in js[:300]
    assert "site-packages" in str(_assets._leaflet_root()) or "dist-packages" in str(_assets._leaflet_root())


# ------------------------------------------------------------------ escaping
def test_json_for_html_cannot_close_the_script():
    text = _json_for_html({"a": "</script><script>alert(1)</script> & \u2028 \u2029 <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text)["a"].startswith("</script>")


@pytest.mark.parametrize("payload", XSS)
def test_text_from_data_never_reaches_the_page_as_markup(payload):
    inc = _inc(location=payload, actor1=payload, source=payload, evidence=(Evidence(payload, 0, len(payload)),))
    un = _inc(lon=None, lat=None, location=payload, evidence=(Evidence(payload, 0, 1),))
    place = Mention(payload, 0, 5, place=Place(1, payload, "SY", payload, "PPL", 0, 36.3, 33.5))
    m = render_map(incidents=[inc, un], places=[place], skipped=[(3, payload)], title=payload)
    page = map_html(m)
    body = page.split("</head>", 1)[1]
    assert payload not in body                       # never raw in the page
    assert "<img" not in body and "<b>bold" not in body
    spec = _spec(page)
    assert payload in spec["strings"]                # but kept, as data
    assert spec["unplaced"][0]["evidence"] == payload
    assert spec["skipped"][0]["reason"] == payload
    assert f"<title>{payload}</title>" not in page


# -------------------------------------------------------------- what is drawn
def test_incidents_columns_and_summary():
    incs = [_inc(), _inc(date="2019-12-29", lon=41.13, lat=34.37, event_type="Battles", fatalities=None),
            _inc(date=None, location="Iraq", lon=None, lat=None),
            _inc(lat=95.0, location="Nowhere")]
    m = render_map(incidents=incs, title="Test")
    s = m.geomap_summary
    assert isinstance(s, MapSummary)
    assert s.incidents == 2
    assert [r for _, r in s.unplaced] == ["no coordinates (the place could not be resolved)",
                                           "latitude 95 is outside -90..90"]
    spec = _spec(map_html(m))
    cols = spec["incidents"]
    assert cols["lat"] == [34.452, 34.37]
    assert cols["day"] == [18271, 18259]             # 2020-01-10, 2019-12-29 as days since 1970-01-01
    assert cols["fat"] == [8, None]
    assert [spec["types"][t]["name"] for t in cols["type"]] == ["Explosions/Remote violence", "Battles"]
    assert cols["ev"][0] == "Unidentified planes struck targets in Syria."
    assert len(spec["unplaced"]) == 2 and spec["unplaced"][1]["reason"].startswith("latitude 95")
    line = s.line()
    assert "2 incidents drawn" in line and "2 unplaced" in line and "latitude 95" in line


def test_credits_and_basemap():
    spec = _spec(map_html(render_map(incidents=[_inc()])))
    assert any("GeoNames" in c and "CC BY 4.0" in c for c in spec["credits"])
    assert any("Natural Earth" in c for c in spec["credits"])
    names = {f["properties"]["NAME"] for f in spec["basemap"]["features"]}
    assert {"Syria", "Iraq", "Lebanon", "Iran"} <= names
    assert spec["tiles"] and all(t["url"].startswith("https://") for t in spec["tiles"])
    assert _spec(map_html(render_map(incidents=[_inc()], basemap=False)))["basemap"] is None


def test_places_layer_skips_incident_places_and_groups_mentions():
    abu = Place(170017, "Abu Kamal", "SY", "Deir ez-Zor", "PPL", 0, 40.918, 34.452)
    dam = Place(170654, "Damascus", "SY", "Damascus", "PPLC", 0, 36.29, 33.51)
    mentions = [Mention("Al Bukamal", 0, 10, place=abu), Mention("Damascus", 20, 28, place=dam),
                Mention("Dimashq", 30, 37, place=dam), Mention("Nowhereville", 40, 52)]
    m = render_map(incidents=[_inc()], places=mentions)
    spec = _spec(map_html(m))
    assert spec["places"]["name"] == ["Damascus"]
    assert spec["places"]["texts"] == ["Dimashq"]
    assert m.geomap_summary.places == 1


def test_geodataframe_dicts_and_geo_interface_inputs():
    import geopandas as gpd
    from shapely.geometry import Point

    d = _inc().to_dict()
    gdf = gpd.GeoDataFrame([d, {**d, "location": "Bad"}], geometry=[Point(40.9, 34.4), None], crs="EPSG:4326")
    gdf.loc[1, "latitude"] = float("nan")
    m = render_map(incidents=gdf)
    assert m.geomap_summary.incidents == 1 and len(m.geomap_summary.unplaced) == 1
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [40.9, 34.4]}, "properties": d}]}
    assert render_map(incidents=fc).geomap_summary.incidents == 1
    assert render_map(incidents=[d, {**d, "latitude": "north"}]).geomap_summary.unplaced[0][1].startswith(
        "coordinates are not numbers")


def test_route_buffer_highlights_incidents_inside():
    far = _inc(lon=139.69, lat=35.68, location="Tokyo")
    route = load_route("iran-mediterranean")
    m = render_map(incidents=[_inc(), far], routes=[route], buffers=[buffer_route(route, 50)], route_buffer_km=50)
    assert build_map(incidents=[_inc(), far], routes="iran-mediterranean", buffer_km=50).geomap_summary == m.geomap_summary
    s = m.geomap_summary
    assert s.routes == ["iran-mediterranean"] and s.in_buffer == 1
    spec = _spec(map_html(m))
    r = spec["routes"][0]
    assert len(r["waypoints"]) >= 5 and r["waypoints"][0]["name"]
    assert len(r["arrows"]) == len(r["waypoints"]) - 1
    assert r["buffer"]["type"] in ("Polygon", "MultiPolygon")
    route_col = spec["incidents"]["route"]
    assert route_col[0] is not None and route_col[1] is None
    assert "50 km buffer of iran-mediterranean" in spec["strings"][route_col[0]]


def test_documents_are_drawn_with_their_places():
    class Doc:  # the shape of geomap.model.Document
        source = "a.txt"
        error = ""
        places = [Mention("Damascus", 0, 8, place=Place(170654, "Damascus", "SY", "", "PPLC", 0, 36.29, 33.51))]
        incidents = [_inc()]

    class Empty:
        source = "empty.txt"
        error = ""
        places: list = []
        incidents: list = []

    m = render_map(documents=[Doc(), Empty()])
    assert m.geomap_summary.incidents == 1 and m.geomap_summary.places == 1
    assert ("empty.txt", "no incidents found in the text") in m.geomap_summary.skipped


def test_existing_map_is_kept():
    m = folium.Map(location=[34, 40], zoom_start=5, tiles=None)
    folium.CircleMarker([33.5, 36.3], radius=3).add_to(m)
    out = render_map(incidents=[_inc()], m=m)
    assert out is m
    assert _external(map_html(m)) == []


# ------------------------------------------------------------------ bad input
@pytest.mark.parametrize("kwargs, error, match", [
    ({"documents": ["Shelling hit Aleppo."]}, InputError, "extract_document"),
    ({"incidents": "some text"}, InputError, "extract_document"),
    ({"incidents": [_inc()], "route_buffer_km": -5}, InputError, "route_buffer_km"),
    ({"incidents": [_inc()], "routes": ["iran-mediterranean"]}, InputError, "load_route"),
    ({"incidents": [_inc()], "m": "not a map"}, InputError, "folium.Map"),
    ({"places": [42]}, InputError, "places"),
])
def test_bad_input_gives_clear_errors(kwargs, error, match):
    with pytest.raises(error, match=match):
        render_map(**kwargs)


@pytest.mark.parametrize("kwargs, error, match", [
    ({"documents": ["   "]}, InputError, "empty"),
    ({"incidents": [_inc()], "buffer_km": -5}, InputError, "buffer_km"),
    ({"incidents": [_inc()], "routes": ["no-such-route-anywhere"]}, RouteError, "no-such-route-anywhere"),
])
def test_bad_input_to_build_map(kwargs, error, match):
    with pytest.raises(error, match=match):
        build_map(**kwargs)


def test_nothing_to_draw_still_makes_a_map():
    m = render_map(incidents=[_inc(lon=None, lat=None)])
    assert m.geomap_summary.incidents == 0 and len(m.geomap_summary.unplaced) == 1
    assert _spec(map_html(m))["unplaced"]


def test_skipped_rows_are_listed():
    m = render_map(incidents=[_inc()], skipped=[(4, "latitude 95 is outside -90..90"), ("t.csv", 7, "missing columns: latitude"),
                                                "free text reason"])
    assert m.geomap_summary.skipped == [("row 4", "latitude 95 is outside -90..90"),
                                        ("t.csv row 7", "missing columns: latitude"),
                                        ("input", "free text reason")]
    assert "3 skipped" in m.geomap_summary.line()


def test_save_map_unwritable_path(tmp_path):
    from geomap.exc import InputFileError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputFileError, match="map.html: cannot be written"):
        save_map(render_map(incidents=[_inc()]), blocker / "map.html")


# ------------------------------------------------------------------ the CLI
DATA = __import__("pathlib").Path(__file__).resolve().parents[1] / "data"


def test_cli_map_table_lists_what_it_left_out(tmp_path, capsys):
    from geomap.cli import main

    out = tmp_path / "t.html"
    assert main(["map", str(DATA / "render_table.csv"), "-o", str(out), "--title", "Table"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(str(out))
    assert "1 incident drawn" in line and "1 unplaced" in line and "1 skipped" in line and "latitude 95" in line
    spec = _spec(out.read_text(encoding="utf-8"))
    assert spec["skipped"][0]["where"] == "render_table.csv row 3"
    assert spec["unplaced"][0]["label"].startswith("2020-01-08")
    assert _external(out.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("args, message", [
    (["render_missing_columns.csv"], "no latitude or longitude column"),
    (["render_empty.txt"], "empty"),
    (["render_table.csv", "--route", "no-such-route"], "no-such-route"),
    (["render_table.csv", "--published", "2020-13-01"], "not a date"),
    (["render_table.csv", "--buffer-km", "-1"], "--buffer-km"),
    ([], "at least one INPUT"),
    (["render_table.csv", "--example"], "not both"),
])
def test_cli_map_bad_input_is_one_clear_line(tmp_path, capsys, args, message):
    from geomap.cli import main

    argv = ["map"] + [str(DATA / a) if a.startswith("render_") else a for a in args] + ["-o", str(tmp_path / "x.html")]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert not (tmp_path / "x.html").exists()


def test_odd_values_in_incidents_do_not_break_the_page():
    odd = _inc(time_precision=float("nan"), fatalities=float("nan"), geo_precision=2.0, event_type="",
               event_date="sometime in 2019")
    month = _inc(event_date="2019-12")
    spec = _spec(map_html(render_map(incidents=[odd, month, _inc(fatalities=-3)])))
    cols = spec["incidents"]
    assert cols["tp"][0] is None and cols["fat"][:1] == [None] and cols["gp"][0] == 2
    assert spec["types"][cols["type"][0]]["name"] == "Unknown event type"
    assert cols["day"][:2] == [None, 18231]                          # 2019-12 -> 2019-12-01
    assert spec["strings"][cols["draw"][0]] == "sometime in 2019"    # kept for the popup
    assert cols["fat"][2] is None                                     # a negative toll is no toll


def test_province_level_incidents_get_a_draw_point_and_keep_their_data():
    # an ACLED-style row known only by its province (coded at the provincial capital), one known only
    # by its country, one of a division without a label point, one of an unknown country, one exact
    incs = [_inc(location="Homs", admin1="Homs", lon=36.72, lat=34.73, geo_precision=3),
            _inc(location="Baghdad", country="Iraq", lon=44.36, lat=33.31, geo_precision=3),
            _inc(location="Halabja", country="Iraq", admin1="Halabja", lon=45.986, lat=35.177, geo_precision=3),
            _inc(location="Somewhere", country="Narnia", lon=40.0, lat=35.0, geo_precision=3),
            _inc(admin1="Homs")]
    spec = _spec(map_html(render_map(incidents=incs)))
    cols = spec["incidents"]
    assert list(zip(cols["lat"], cols["lon"])) == [(i.latitude, i.longitude) for i in incs]
    assert cols["ap"] == {"0": 0, "1": 1}
    assert spec["areas"] == [[34.1503, 38.1425, "Homs, Syria", "Natural Earth label point of Homs (Hims)"],
                             [33.094, 43.2618, "Iraq", "Natural Earth label point of Iraq"]]
    plain = _spec(map_html(render_map(incidents=incs[4:])))
    assert plain["areas"] == [] and "ap" not in plain["incidents"]
