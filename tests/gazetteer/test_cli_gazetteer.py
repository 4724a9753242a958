"""``geomap geocode`` and ``geomap gazetteer``: the CLI contract."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from geomap.cli import main

FIELDS = {"name", "geonameid", "country_code", "admin1", "latitude", "longitude", "feature_code", "population",
          "matched", "score"}


def _json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_geocode_json_shape(capsys):
    assert main(["geocode", "--json", "Al Bukamal", "Xqzvvt Wlorp"]) == 0
    first, second = _json_lines(capsys.readouterr().out)
    assert first["query"] == "Al Bukamal"
    best = first["candidates"][0]
    assert FIELDS <= set(best)
    assert best["geonameid"] == 174448 and best["country_code"] == "SY"
    scores = [c["score"] for c in first["candidates"]]
    assert scores == sorted(scores, reverse=True)
    assert second == {"query": "Xqzvvt Wlorp", "candidates": []}


def test_geocode_country_hint(capsys):
    assert main(["geocode", "--json", "--country", "LB", "Tripoli"]) == 0
    (rec,) = _json_lines(capsys.readouterr().out)
    assert rec["candidates"][0]["country_code"] == "LB"


def test_geocode_plain_text(capsys):
    assert main(["geocode", "Qaim"]) == 0
    out = capsys.readouterr().out
    assert "geonameid=92138" in out and "34.39251, 40.98945" in out


def test_geocode_stdin_in_order():
    names = "Deir Ezzor\n\nدير الزور\nXqzvvt\nBaghdad\n"
    r = subprocess.run([sys.executable, "-m", "geomap", "geocode", "--json", "-"], input=names,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    recs = _json_lines(r.stdout)
    assert [x["query"] for x in recs] == ["Deir Ezzor", "", "دير الزور", "Xqzvvt", "Baghdad"]
    assert recs[1]["candidates"] == [] and recs[3]["candidates"] == []
    assert recs[0]["candidates"][0]["geonameid"] == recs[2]["candidates"][0]["geonameid"] == 170794


@pytest.mark.parametrize("argv,needle", [
    (["geocode"], "required"),
    (["geocode", "--country", "Narnia", "Tripoli"], "not a country"),
    (["geocode", "Tripoli", "-"], "only NAME"),
    (["geocode", "--limit", "0", "Tripoli"], "--limit"),
    (["nonsense"], "invalid choice"),
    ([], "required"),
])
def test_bad_usage_exits_1_with_one_line(capsys, argv, needle):
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert needle in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_gazetteer_info(capsys):
    assert main(["gazetteer", "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["places"] > 250_000


def test_gazetteer_add_reports_malformed(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GEOMAP_HOME", str(tmp_path))
    f = tmp_path / "XX.txt"
    f.write_text("not a geonames line\n", encoding="utf-8")
    assert main(["gazetteer", "add", "--quiet", str(f)]) == 0
    cap = capsys.readouterr()
    assert "0 places" in cap.out and "1 malformed" in cap.err and "line 1" in cap.err
    assert main(["gazetteer", "add", str(tmp_path / "missing.txt")]) == 1
    assert "no such file" in capsys.readouterr().err
