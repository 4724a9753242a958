"""Adding a user's GeoNames dump: streaming, malformed lines, zips, and lookups afterwards."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from geomap.gazetteer.dumps import MAX_COMPRESSION_RATIO, add_geonames_dump
from geomap.gazetteer.index import index_path
from geomap.exc import InputFileError
from geomap.gazetteer import Gazetteer

LB_DUMP = Path(__file__).resolve().parents[3] / "shared" / "data" / "geonames" / "LB.txt"
ROW = ("9999001\tWadi Xqzvvt\tWadi Xqzvvt\tXqzvvt Valley,وادي اكسقز\t33.5\t35.7\tH\tWAD\tLB\t\t08\t\t\t\t0\t\t900"
       "\tAsia/Beirut\t2024-01-01")


@pytest.fixture
def user_db(tmp_path):
    return tmp_path / "user.sqlite"


def test_small_dump_with_malformed_lines(tmp_path, user_db):
    f = tmp_path / "XX.txt"
    f.write_text("\n".join([ROW, "garbage line", ROW.replace("33.5", "95.5").replace("9999001", "9999002"),
                            ROW.replace("9999001", "abc")]) + "\n", encoding="utf-8")
    rep = add_geonames_dump(f, user_path=user_db, progress=False)
    assert rep.rows_read == 4 and rep.places_added == 1 and rep.malformed == 3
    reasons = dict(rep.malformed_samples)
    assert "columns" in reasons[2] and "out of range" in reasons[3] and "not a number" in reasons[4]
    gaz = Gazetteer(index_path(), user_path=user_db)
    best = gaz.resolve("Xqzvvt Valley")[0]
    assert best.geonameid == 9999001 and best.feature_code == "WAD" and best.source == "user:XX.txt"
    assert gaz.resolve("وادي اكسقز")[0].geonameid == 9999001
    assert gaz.info()["user_dumps"][0]["malformed"] == 3


def test_zip_dump(tmp_path, user_db):
    z = tmp_path / "XX.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("XX.txt", ROW + "\n")
        zf.writestr("readme.txt", "GeoNames readme")
    rep = add_geonames_dump(z, user_path=user_db, progress=False)
    assert rep.places_added == 1 and rep.malformed == 0


def test_zip_that_escapes_is_refused(tmp_path, user_db):
    z = tmp_path / "evil.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("../../etc/XX.txt", ROW + "\n")
    with pytest.raises(InputFileError, match="escape"):
        add_geonames_dump(z, user_path=user_db, progress=False)
    assert not user_db.exists()


def test_zip_bomb_is_refused(tmp_path, user_db):
    z = tmp_path / "bomb.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("XX.txt", "\t" * (20 * 1024 * 1024))  # 20 MB of tabs compresses ~1000:1
    assert MAX_COMPRESSION_RATIO < 1000
    with pytest.raises(InputFileError, match="expands"):
        add_geonames_dump(z, user_path=user_db, progress=False)


@pytest.mark.parametrize("content,match", [(b"", "empty"), (b"\xff\xfe\x00bad\x00 latin \xe9\n", "UTF-8")])
def test_bad_files(tmp_path, user_db, content, match):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputFileError, match=match):
        add_geonames_dump(f, user_path=user_db, progress=False)


def test_missing_file(tmp_path, user_db):
    with pytest.raises(InputFileError, match="no such file"):
        add_geonames_dump(tmp_path / "nope.txt", user_path=user_db, progress=False)


@pytest.mark.skipif(not LB_DUMP.exists(), reason="../shared/data/geonames/LB.txt is not beside the repository")
def test_real_lebanon_dump_gives_village_level_places(user_db):
    default = Gazetteer(index_path(), user_path=user_db)  # no user dump yet
    assert default.resolve("El Qlaile", country="LB", fuzzy=False) == []  # a village cities500 lacks
    rep = add_geonames_dump(LB_DUMP, user_path=user_db, progress=False)
    assert rep.rows_read == 24_209 and rep.malformed == 0
    gaz = Gazetteer(index_path(), user_path=user_db)
    best = gaz.resolve("El Qlaile", country="LB")[0]
    assert best.country_code == "LB" and best.source == "user:LB.txt" and not best.fuzzy
    assert best.feature_code.startswith("PPL")
    # a place in both files keeps one record
    beirut = [p for p in gaz.resolve("Beirut", limit=10) if p.geonameid == 276781]
    assert len(beirut) == 1
