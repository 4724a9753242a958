"""Incidents known only by their country or province: where their coordinates are, and that the
JSON and CSV say which point it is (``point_source``). Reports written for these tests."""
from __future__ import annotations

import csv
import io

from geomap import extract_document
from geomap.gazetteer.label_points import label_point
from geomap.model import Place
from geomap.tables.write import write_incidents


def test_country_level_incident_at_the_label_point(gaz):
    doc = extract_document("An unidentified drone struck a truck somewhere in Iraq on Sunday, killing two people.",
                           published="2020-02-03", gazetteer=gaz)
    (inc,) = doc.incidents
    lon, lat, source = label_point(Place(99237, "Iraq", "IQ", "", "PCLI", 0, 44.0, 33.0))
    assert inc.geo_precision == 3 and (inc.longitude, inc.latitude) == (lon, lat)
    assert inc.to_dict()["point_source"] == source == "Natural Earth label point of Iraq"


def test_province_level_incident_at_its_seat_says_so(gaz):
    doc = extract_document("Gunmen killed two shepherds in Homs province on Saturday, a monitor said.",
                           published="2024-03-12", gazetteer=gaz)
    (inc,) = doc.incidents
    assert inc.geo_precision == 3
    assert inc.to_dict()["point_source"].startswith("seat of Homs")
    assert abs(inc.latitude - 34.73) < 0.05 and abs(inc.longitude - 36.72) < 0.05   # Homs city, as ACLED codes it


def test_a_town_has_no_point_source_and_the_csv_carries_the_column(gaz, tmp_path):
    doc = extract_document("A drone strike hit a house in Abu Kamal on Sunday, killing two people.",
                           published="2020-02-03", gazetteer=gaz)
    iraq = extract_document("A drone struck a truck somewhere in Iraq on Sunday.", published="2020-02-03", gazetteer=gaz)
    out = tmp_path / "x.csv"
    write_incidents(list(doc.incidents) + list(iraq.incidents), out)
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert [r["point_source"] for r in rows] == ["", "Natural Earth label point of Iraq"]
