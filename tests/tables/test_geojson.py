"""GeoJSON read in chunks: every row and skip of the whole-file reader, bounded memory, the same refusals."""
from __future__ import annotations

import gc
import json
import tracemalloc

import pytest

from geomap.exc import InputFileError
from geomap.tables import frame_to_records, incidents_to_geodataframe, iter_incident_frames, read_incidents
from geomap.tables import geojson


def _feature(i: int) -> object:
    """Fictional incidents, with a bad row of each kind the reader skips every few features."""
    props = {"event_date": f"2021-04-{1 + i % 28:02d}", "event_type": "Battles", "location": f"Fictiva «{i}»",
             "fatalities": i % 5, "notes": 'a "quoted" note,\nover two lines \u00e9\u6771', "confidence": 0.5 + i / 1e4}
    geom = {"type": "Point", "coordinates": [36.0 + i / 1000, 35.0 - i / 1e5]}
    if i % 10 == 0:
        props["tags"] = f"crowd size={i}"
    if i % 13 == 7:
        geom["coordinates"][1] = 95.0
    elif i % 17 == 3:
        geom = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}
    elif i % 19 == 5:
        geom = None
    elif i % 23 == 11:
        return "not a feature"
    elif i % 29 == 13:
        props = {"name": "a label, not an incident"}
    elif i % 31 == 17:
        geom["coordinates"] = [36.0]
    elif i == 40:
        props["population_best"] = "12"  # only on a skipped row
        props["event_date"] = "31 February 2021"
    return {"type": "Feature", "properties": props, "geometry": geom}


def _write(tmp_path, features, name="t.geojson", indent=None, **members) -> object:
    p = tmp_path / name
    doc = {"type": "FeatureCollection", **members, "features": features}
    p.write_text(json.dumps(doc, ensure_ascii=False, indent=indent), encoding="utf-8")
    return p


def _same_as_whole(p, chunk_rows):
    whole = read_incidents(p)
    chunks = list(iter_incident_frames(p, chunk_rows=chunk_rows))
    assert sum(c.rows for c in chunks) == whole.rows
    assert [s for c in chunks for s in c.skipped] == whole.skipped
    assert {c.format for c in chunks} == {whole.format}
    want = incidents_to_geodataframe(whole)  # (with the layout read: the same columns)
    assert [r for c in chunks for r in frame_to_records(c.frame)] == frame_to_records(want)
    assert [g for c in chunks for g in c.frame.geometry.to_wkb()] == list(want.geometry.to_wkb())
    assert all(list(c.frame.columns) == list(want.columns) for c in chunks)
    return whole, chunks


@pytest.mark.parametrize("chunk_rows", [1, 7, 100, 10_000])
@pytest.mark.parametrize("indent", [None, 2])
def test_chunks_give_every_row_and_skip_of_the_whole_read(tmp_path, chunk_rows, indent):
    p = _write(tmp_path, [_feature(i) for i in range(120)], indent=indent, name_="fiction", crs=None)
    assert geojson.geojson_plan(p) is not None
    whole, chunks = _same_as_whole(p, chunk_rows)
    assert whole.rows == 120 and len(whole.skipped) > 20 and 41 in dict(whole.skipped)
    assert len(chunks) == -(-120 // chunk_rows)
    # a property of the first features is a column of every chunk, even one only a skipped row has
    assert {"tags", "population_best", "name"} <= set(chunks[0].frame.columns)


@pytest.mark.parametrize("block", [1, 2, 7, 64])
def test_values_across_block_boundaries(tmp_path, monkeypatch, block):
    monkeypatch.setattr(geojson, "_BLOCK", block)
    feats = [_feature(i) for i in range(30)]
    feats[3]["properties"]["fatalities"] = 123456789  # a number that a block can cut
    feats[4]["properties"]["confidence"] = 1.25e-1
    p = _write(tmp_path, feats, indent=1)
    _same_as_whole(p, 4)


def test_members_after_the_features_and_empty_collections(tmp_path):
    p = tmp_path / "late.geojson"
    p.write_text('\ufeff {"features": [' + json.dumps(_feature(1)) + '], "bbox": [0, 0, 1, 1], '
                 '"type": "FeatureCollection"}\n', encoding="utf-8")
    assert geojson.geojson_plan(p) is not None
    _same_as_whole(p, 2)
    empty = _write(tmp_path, [], name="empty.geojson")
    whole, chunks = _same_as_whole(empty, 5)
    assert [(c.rows, len(c.frame)) for c in chunks] == [(0, 0)]


@pytest.mark.parametrize("text", [
    '{"type": "Feature", "properties": {"event_type": "Battles"}, "geometry": null}',  # one Feature: read whole
    '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"fatalities": NaN}}]}',
    '{"type": "FeatureCollection", "features": [], "features": []}',
    '{"type": "FeatureCollection", "features": [1, ]}',
    '{"type": "FeatureCollection", "features": [{"type": "Feature"}]} trailing',
    '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"location": "\\ud800"}}]}',
    '{"type": "FeatureCollection", "features": {"0": {}}}',
    '{"type": "Collection", "features": []}',
    '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"fatalities": 1e999}}]}',
    '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"event_type": "Batt',
    '[{"event_type": "Battles", "latitude": 1, "longitude": 2}]',
    '',
])
def test_what_is_not_one_strict_collection_is_read_whole_with_its_message(tmp_path, text):
    p = tmp_path / "odd.geojson"
    p.write_text(text, encoding="utf-8")
    assert geojson.geojson_plan(p) is None
    try:
        whole = read_incidents(p)
    except InputFileError as e:
        with pytest.raises(InputFileError) as got:
            list(iter_incident_frames(p))
        assert str(got.value) == str(e)
        return
    _same_as_whole(p, 1)


def test_a_file_not_utf8_is_read_whole(tmp_path):
    p = tmp_path / "latin1.geojson"
    doc = {"type": "FeatureCollection", "features": [_feature(1)]}
    p.write_bytes(json.dumps(doc, ensure_ascii=False).encode("latin-1", "replace").replace(b"?", b"\xe9"))
    assert geojson.geojson_plan(p) is None
    with pytest.raises(InputFileError) as want:
        read_incidents(p)
    with pytest.raises(InputFileError) as got:
        list(iter_incident_frames(p))
    assert str(got.value) == str(want.value)


def _peak(path) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        for chunk in iter_incident_frames(path, chunk_rows=500):
            assert len(chunk.frame) <= 500
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(geojson, "_BLOCK", 1 << 16)  # both files are many blocks long
    small = _write(tmp_path, [_feature(i) for i in range(2_000)], name="small.geojson")
    large = _write(tmp_path, [_feature(i) for i in range(10_000)], name="large.geojson")
    list(iter_incident_frames(small, chunk_rows=500))  # imports and caches outside the measurement
    peak_small, peak_large = _peak(small), _peak(large)
    assert large.stat().st_size > 4.5 * small.stat().st_size
    # a reader that held the file, or its features, would need about 5 times the memory
    assert peak_large < 1.5 * peak_small, (peak_small, peak_large)


def test_a_column_first_seen_after_the_first_thousand_features(tmp_path):
    """Past the features the layout is read from, a column is the table's when a kept row has it."""
    feats = [{"type": "Feature", "properties": {"event_type": "Battles", "location": f"F{i}"},
              "geometry": {"type": "Point", "coordinates": [36.0, 35.0]}} for i in range(1_010)]
    feats[1_004]["properties"]["tags"] = "kept"
    feats[1_006]["properties"]["population_best"] = "12"
    feats[1_006]["geometry"]["coordinates"] = [36.0, 95.0]  # skipped
    p = _write(tmp_path, feats)
    whole, chunks = _same_as_whole(p, 300)
    assert "tags" in chunks[0].frame.columns and "population_best" not in chunks[0].frame.columns
    assert [n for n, _ in whole.skipped] == [1_007]
