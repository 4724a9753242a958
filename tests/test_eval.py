"""Tests for geomap.eval: the standard geoparsing metrics on hand-made lines with known answers."""
from __future__ import annotations

import json
import math

import pytest

from geomap.gazetteer import haversine_km  # (lon1, lat1, lon2, lat2)

from geomap.eval import (
    Toponym,
    detect_gold_offset,
    format_line,
    match_toponyms,
    mentions_to_toponyms,
    parse_line,
    read_gold,
    run_corpus,
    score,
)
from geomap.exc import InputFileError
from geomap.model import Mention, Place

GOLD = "Paris,,Paris,,0.0,,0.0,,0,,5||Lyon,,Lyon,,0.0,,1.0,,20,,24||"


def test_parse_line_fields_and_offset():
    tops = parse_line(GOLD)
    assert [(t.phrase, t.latitude, t.longitude, t.start, t.end) for t in tops] == [
        ("Paris", 0.0, 0.0, 0, 5), ("Lyon", 0.0, 1.0, 20, 24)]
    shifted = parse_line(GOLD, offset=-1)
    assert (shifted[0].start, shifted[0].end) == (-1, 4)


def test_parse_line_skips_malformed_and_empty():
    assert parse_line("") == []
    assert parse_line("\n") == []
    assert parse_line("Bad,,item||Paris,,Paris,,1,,2,,x,,5||") == []
    # extra trailing fields (the LGL gold has a sixth) are ignored
    assert parse_line("A,,A,,1,,2,,3,,4,,99.5||")[0].end == 4


def test_format_line_round_trip():
    tops = parse_line(GOLD)
    assert parse_line(format_line(tops)) == tops
    no_coords = [Toponym("X", "X", None, None, 3, 4)]
    assert parse_line(format_line(no_coords)) == no_coords


def test_haversine_known_distances():
    assert haversine_km(0, 0, 0, 0) == 0.0
    assert haversine_km(0, 0, 1, 0) == pytest.approx(2 * math.pi * 6371 / 360, rel=1e-9)
    assert haversine_km(0, 0, 180, 0) == pytest.approx(math.pi * 6371, rel=1e-9)


def test_match_case_insensitive_and_midpoint_rule():
    g = parse_line("P,,Paris,,0,,0,,100,,105||")
    assert len(match_toponyms(g, parse_line("P,,PARIS,,0,,0,,100,,105||"))) == 1
    # mid-points 9.5 apart match, 10 apart do not
    assert len(match_toponyms(g, parse_line("P,,Paris,,0,,0,,109,,115||"))) == 1  # mid 112 vs 102.5
    assert len(match_toponyms(g, parse_line("P,,Paris,,0,,0,,110,,115||"))) == 0  # mid 112.5 vs 102.5
    # a different phrase never matches, however close
    assert match_toponyms(g, parse_line("P,,Paris Texas,,0,,0,,100,,111||")) == []


def test_match_is_one_to_one():
    g = parse_line("A,,Gaza,,0,,0,,10,,14||")
    p = parse_line("A,,Gaza,,0,,0,,10,,14||A,,Gaza,,0,,0,,12,,16||")
    assert len(match_toponyms(g, p)) == 1
    g2 = parse_line("A,,Gaza,,0,,0,,10,,14||A,,Gaza,,0,,0,,12,,16||")
    assert len(match_toponyms(g2, parse_line("A,,Gaza,,0,,0,,11,,15||"))) == 1
    # each gold takes the closest free prediction
    pairs = match_toponyms(g2, p)
    assert [(a.start, b.start) for a, b in pairs] == [(10, 10), (12, 12)]


def test_score_known_answer():
    gold = [parse_line(GOLD)]
    # Paris exact, Lyon 1 degree of longitude off at the equator (111.19 km), one false positive
    pred = [parse_line("Paris,,Paris,,0,,0,,0,,5||Lyon,,Lyon,,0,,2,,20,,24||Nowhere,,Rome,,0,,0,,40,,44||")]
    s = score(gold, pred)
    assert (s.n_gold, s.n_pred, s.n_matched, s.n_resolved) == (2, 3, 2, 2)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == 1.0
    assert s.f1 == pytest.approx(0.8)
    assert s.accuracy_161 == 1.0
    assert s.median_km == pytest.approx(111.195 / 2, rel=1e-3)
    assert s.mean_km == pytest.approx(111.195 / 2, rel=1e-3)
    expected_auc = (0 + math.log(1 + haversine_km(1, 0, 2, 0)) / math.log(20039)) / 2
    assert s.auc == pytest.approx(expected_auc)


def test_score_accuracy_threshold_and_auc_extremes():
    gold = [parse_line("A,,A,,0,,0,,0,,1||B,,B,,0,,0,,5,,6||")]
    far = haversine_km(0, 0, 179.99, 0)
    pred = [parse_line("A,,A,,0,,0,,0,,1||B,,B,,0,,179.99,,5,,6||")]
    s = score(gold, pred)
    assert s.accuracy_161 == 0.5
    assert s.auc == pytest.approx(0.5 * math.log(1 + far) / math.log(20039))
    assert s.median_km == pytest.approx(far / 2)


def test_score_empty_and_missing_documents():
    s = score([[], parse_line(GOLD)], [[]])
    assert (s.precision, s.recall, s.f1, s.n_gold, s.n_pred) == (0.0, 0.0, 0.0, 2, 0)
    assert s.accuracy_161 is None and s.auc is None
    # matched without coordinates: recognition counts, resolution does not
    s2 = score([parse_line(GOLD)], [[Toponym("Paris", "Paris", None, None, 0, 5)]])
    assert s2.n_matched == 1 and s2.n_resolved == 0 and s2.recall == 0.5


def test_detect_gold_offset():
    texts = ["xx Paris and Lyon"]
    gold_plus_one = [parse_line("P,,Paris,,0,,0,,4,,9||L,,Lyon,,0,,0,,14,,18||")]
    assert detect_gold_offset(texts, gold_plus_one) == -1
    gold_exact = [parse_line("P,,Paris,,0,,0,,3,,8||")]
    assert detect_gold_offset(texts, gold_exact) == 0


def _place(name, lat, lon, fcode="PPL"):
    return Place(1, name, "FR", "", fcode, 1000, lon, lat)


def test_mentions_to_toponyms_filters():
    ms = [Mention("Paris", 0, 5, "toponym", _place("Paris", 48.85, 2.35)),
          Mention("French", 10, 16, "adjective", _place("France", 46, 2, "PCLI")),
          Mention("Nowhere", 20, 27, "toponym", None)]
    assert [t.phrase for t in mentions_to_toponyms(ms)] == ["Paris", "French"]
    assert [t.phrase for t in mentions_to_toponyms(ms, include_demonyms=False)] == ["Paris"]
    got = mentions_to_toponyms(ms, include_unresolved=True)
    assert got[-1].latitude is None and got[-1].phrase == "Nowhere"
    assert got[0].latitude == 48.85 and got[0].longitude == 2.35


def test_run_corpus_with_injected_parser(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "0").write_text("Fighting in Paris today.", encoding="utf-8")
    (corpus / "1").write_text("Nothing here.", encoding="utf-8")
    gold = tmp_path / "gold.txt"
    gold.write_text("Paris,,Paris,,48.85,,2.35,,12,,17||\n\n", encoding="utf-8")

    def parse(text):
        i = text.find("Paris")
        return [Mention("Paris", i, i + 5, "toponym", _place("Paris", 48.86, 2.34))] if i >= 0 else []

    out = tmp_path / "pred.txt"
    s, info = run_corpus(corpus, gold, out=out, parse=parse)
    assert (s.precision, s.recall, s.accuracy_161) == (1.0, 1.0, 1.0)
    assert info["n_docs"] == 2 and info["problems"] == [] and info["gold_offset"] == 0
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[0].startswith("Paris,,Paris,,48.86000,,2.34000,,12,,17||") and lines[1] == ""


def test_run_corpus_reports_missing_documents_and_parser_failures(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "0").write_text("boom", encoding="utf-8")
    gold = tmp_path / "g.txt"
    gold.write_text("\n\n", encoding="utf-8")

    def parse(text):
        raise RuntimeError("parser broke")

    s, info = run_corpus(corpus, gold, parse=parse)
    assert s.n_gold == 0
    assert any("geoparsing failed" in p for p in info["problems"])
    assert any("missing" in p for p in info["problems"])


def test_read_gold_errors(tmp_path):
    with pytest.raises(InputFileError, match="no such gold file"):
        read_gold(tmp_path / "nope.txt")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(InputFileError, match="not UTF-8"):
        read_gold(bad)
    good = tmp_path / "good.txt"
    good.write_text("\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="corpus folder"):
        run_corpus(tmp_path / "missing-dir", good, parse=lambda t: [])


def test_cli_eval_prints_and_writes_predictions(tmp_path, capsys):
    from geomap.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "0").write_text("Air strikes hit Aleppo, Syria, on Monday.", encoding="utf-8")
    (corpus / "1").write_text("The committee met on Friday.", encoding="utf-8")
    gold = tmp_path / "gold.txt"
    gold.write_text("Aleppo,,Aleppo,,36.20,,37.16,,15,,21||Syria,,Syria,,35.0,,38.0,,23,,28||\n\n", encoding="utf-8")
    out = tmp_path / "pred.txt"
    assert main(["eval", "--corpus", str(corpus), "--gold", str(gold), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "2 documents" in printed and "F1 1.000" in printed and "acc@161" in printed and "AUC" in printed
    assert "n_gold 2" in printed
    preds = read_gold(out)
    assert len(preds) == 2 and [t.phrase for t in preds[0]] == ["Aleppo", "Syria"] and preds[1] == []
    assert main(["eval", "--corpus", str(corpus), "--gold", str(gold), "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["f1"] == 1.0 and d["n_docs"] == 2 and d["accuracy_161"] == 1.0


def test_cli_eval_bad_paths(tmp_path, capsys):
    from geomap.cli import main

    assert main(["eval", "--corpus", str(tmp_path), "--gold", str(tmp_path / "none.txt")]) == 1
    assert "no such gold file" in capsys.readouterr().err
