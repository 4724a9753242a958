"""The offline basemap's data: compact encoding, layers scoped to the map's extent, the size budget,
and label points for country-level incidents."""
from __future__ import annotations

import json

import pytest

from geomap.gazetteer.label_points import label_point
from geomap.model import Incident, Place
from geomap.render import render_map
from geomap.render.basemap import countries_spec, encode_line, layers_for_extent
from geomap.render.html import map_html


def _decode(a):
    x = y = 0
    out = []
    for i in range(0, len(a), 2):
        x, y = x + a[i], y + a[i + 1]
        out.append((x / 1000, y / 1000))
    return out


def test_encoding_round_trips_on_the_grid():
    pts = [(40.9211, 34.45), (40.93, 34.4499), (40.93, 34.4499), (-179.9994, -89.5)]
    assert _decode(encode_line(pts)) == [(40.921, 34.45), (40.93, 34.45), (-179.999, -89.5)]


def test_countries_are_compact_and_keep_their_names():
    spec = countries_spec()
    text = json.dumps(spec, separators=(",", ":"))
    assert len(text) < 1.5e6
    names = {f["properties"]["NAME"] for f in spec["features"]}
    assert {"Syria", "Iraq", "Golan Heights"} <= names
    golan = next(f for f in spec["features"] if f["properties"]["NAME"] == "Golan Heights")
    ring = _decode(golan["p"][0][0])
    assert 35.5 < min(x for x, _ in ring) < 35.9 and 32.6 < min(y for _, y in ring) < 33.0


def test_layers_are_scoped_to_the_extent():
    near = layers_for_extent(34.0, 40.0, 35.0, 41.5)
    far = layers_for_extent(-35.0, 140.0, -33.0, 151.0)   # Sydney
    names = {lake.get("n", "") for lake in near["lakes"]}
    assert any(n.startswith("Buhayrat ath Tharthar") for n in names)
    assert not any(n.startswith("Buhayrat ath Tharthar") for n in {lake.get("n", "") for lake in far["lakes"]})
    assert any(n.startswith("Lake Victoria") for n in {lake.get("n", "") for lake in far["lakes"]})  # big lakes: everywhere
    assert len(near["urban"]) > 3 and near["urban"] != far["urban"]
    assert {c for c, _ in near["borders"]} == {0, 1}      # solid and dashed borders
    assert "Mediterranean Sea" in {s[0] for s in near["seas"]}


def test_example_map_is_under_the_size_budget(tmp_path):
    from geomap.cli import main

    out = tmp_path / "example.html"
    assert main(["map", "--example", "-o", str(out)]) == 0
    assert out.stat().st_size < 4_000_000


def test_map_page_carries_the_layers_only_with_the_basemap():
    inc = Incident("2020-01-10", 1, "Battles", "Armed clash", longitude=40.92, latitude=34.45)
    html = map_html(render_map(incidents=[inc]))
    assert '"layers":{"borders"' in html
    assert '"layers":null' in map_html(render_map(incidents=[inc], basemap=False))


@pytest.mark.parametrize("place, expected", [
    (Place(99237, "Iraq", "IQ", "", "PCLI", 0, 44.0, 33.0), (43.2618, 33.094)),
    (Place(163843, "Syria", "SY", "", "PCLI", 0, 38.0, 35.0), (38.2778, 35.0066)),
    (Place(170792, "Deir ez-Zor", "SY", "Deir ez-Zor", "ADM1", 0, 40.0, 35.0), (40.275, 35.0736)),
])
def test_label_points_of_areas(place, expected):
    lon, lat, source = label_point(place)
    assert (lon, lat) == expected and source == f"Natural Earth label point of {place.name}"


def test_towns_have_no_label_point():
    assert label_point(Place(170794, "Deir ez-Zor", "SY", "Deir ez-Zor", "PPLA", 0, 40.14, 35.34)) is None
