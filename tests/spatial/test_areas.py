"""Tests for geomap.spatial.areas: polygons from GeoJSON and countries, incidents inside them."""
from __future__ import annotations

import json

import pytest

from geomap.exc import GeometryError, InputError, InputFileError
from geomap.spatial import (
    area_from_country,
    area_from_geojson,
    buffer_point,
    incidents_in_area,
)

from _spatial_testing import ABU_KAMAL, AL_QAIM, strike


def test_incidents_inside_a_country_and_a_buffer():
    incs = [strike(*ABU_KAMAL, location="Al Bukamal"), strike(*AL_QAIM, location="Al Qaim")]
    assert list(incidents_in_area(incs, area_from_country("Syria"))["location"]) == ["Al Bukamal"]
    assert list(incidents_in_area(incs, area_from_country("IQ"))["location"]) == ["Al Qaim"]
    both = incidents_in_area(incs, buffer_point(*ABU_KAMAL, 10, name="border"))
    assert list(both["location"]) == ["Al Bukamal", "Al Qaim"] and set(both["area"]) == {"border"}


def test_area_from_geojson_polygon():
    square = {"type": "Polygon", "coordinates": [[[40.8, 34.3], [41.1, 34.3], [41.1, 34.5], [40.8, 34.5],
                                                  [40.8, 34.3]]]}
    area = area_from_geojson({"type": "Feature", "properties": {"name": "border box"}, "geometry": square})
    assert area.iloc[0]["name"] == "border box" and area.crs.to_epsg() == 4326
    assert len(incidents_in_area([strike(*ABU_KAMAL)], area)) == 1


def test_invalid_polygon_is_refused_naming_the_input(tmp_path):
    bowtie = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "bowtie"},
              "geometry": {"type": "Polygon", "coordinates": [[[40, 34], [41, 35], [41, 34], [40, 35], [40, 34]]]}}]}
    p = tmp_path / "spatial_bowtie.geojson"
    p.write_text(json.dumps(bowtie))
    with pytest.raises(GeometryError, match=r"spatial_bowtie\.geojson.*bowtie.*invalid.*Self-intersection"):
        area_from_geojson(p)


@pytest.mark.parametrize("content,match", [
    ("", "empty"),
    ("{not json", "not valid JSON"),
    ('{"type": "Point", "coordinates": [40, 34]}', "no Polygon"),
])
def test_bad_area_files(tmp_path, content, match):
    p = tmp_path / "spatial_area.geojson"
    p.write_text(content)
    with pytest.raises(InputFileError, match=match):
        area_from_geojson(p)


def test_unknown_country_area():
    with pytest.raises(InputError, match="Narnia"):
        area_from_country("Narnia")
