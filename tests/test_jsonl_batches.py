"""``geomap extract --jsonl``: a batch never stops on one line (issue 11).

Each bad line becomes an output record with an ``error`` that starts "FILE:N: "; the other
lines still come out. Output is strict JSON that ``geomap map`` reads back.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from geomap.cli import main

GOOD = b'{"id": "ok", "text": "Clashes were reported in Homs on Monday."}'


def _run(capsys, *argv: str) -> tuple[int, list[dict], str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, [json.loads(line, parse_constant=_no_constant) for line in out.split("\n") if line.strip()], err


def _no_constant(name: str) -> None:
    raise AssertionError(f"{name} in the output: not JSON")


def _batch(tmp_path: Path, *lines: bytes) -> str:
    p = tmp_path / "batch.jsonl"
    p.write_bytes(b"\n".join(lines) + b"\n")
    return str(p)


def test_a_utf8_bom_on_the_first_line_is_read(tmp_path, capsys):
    src = _batch(tmp_path, b"\xef\xbb\xbf" + GOOD, GOOD.replace(b'"ok"', b'"ok2"'))
    code, recs, err = _run(capsys, "extract", "--jsonl", src)
    assert code == 0, err
    assert [r["id"] for r in recs] == ["ok", "ok2"]
    assert "error" not in recs[0] and recs[0]["places"][0]["name"] == "Homs"


HOSTILE = {
    "deep": (b"[" * 100_000, "nested too deeply"),
    "digits": (b'{"id": "d", "text": "x", "n": ' + b"7" * 5000 + b"}", "5000 digits"),
    "nan": (b'{"id": "n", "text": "x", "n": NaN}', "NaN is not JSON"),
    "inf": (b'{"id": "i", "text": "x", "n": Infinity}', "Infinity is not JSON"),
    "-inf": (b'{"id": "m", "text": "x", "n": -Infinity}', "-Infinity is not JSON"),
    "overflow": (b'{"id": "o", "text": "x", "n": 1e999}', "too large"),
    "surrogate": (b'{"id": "s", "text": "\\ud800 in Homs"}', "lone surrogate"),
    "bad-byte": (b'{"id": "b", "text": "caf\xe9 in Homs"}', "not UTF-8 (byte 0xe9"),
    "bad-json": (b"{not json", "not valid JSON"),
    "list": (b"[1, 2]", "expected a JSON object"),
    "no-text": (b'{"id": 3}', "text"),
}


def test_each_bad_line_is_an_error_record_and_the_batch_goes_on(tmp_path, capsys):
    lines = [GOOD]
    for raw, _why in HOSTILE.values():
        lines += [raw, GOOD]
    src = _batch(tmp_path, *lines)
    code, recs, err = _run(capsys, "extract", "--jsonl", src)
    assert code == 1
    assert len(recs) == 1 + 2 * len(HOSTILE)
    assert all(r["id"] == "ok" and "error" not in r and r["places"] for r in recs[::2])
    for (name, (_raw, why)), rec, n in zip(HOSTILE.items(), recs[1::2], range(2, 100, 2)):
        assert rec["error"].startswith(f"{src}:{n}: "), (name, rec["error"])
        assert why in rec["error"], (name, rec["error"])
    messages = [ln for ln in err.splitlines() if ln.startswith("geomap extract: ") and "could not be read" not in ln]
    assert len(messages) == len(HOSTILE)
    assert all(re.match(rf"geomap extract: {re.escape(src)}:\d+: ", m) for m in messages), messages
    assert f"{len(HOSTILE)} of {len(recs)} document(s)" in err


def test_a_good_surrogate_pair_is_text(tmp_path, capsys):
    src = _batch(tmp_path, b'{"id": "e", "text": "\\ud83d\\ude00 Clashes in Homs."}')
    code, (rec,), err = _run(capsys, "extract", "--jsonl", src)
    assert code == 0, err
    assert rec["places"][0]["text"] == "Homs"


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_fifo_or_device_is_refused_up_front(kind, tmp_path, capsys):
    path = "/dev/null"
    if kind == "fifo":
        path = str(tmp_path / "pipe.jsonl")
        os.mkfifo(path)  # opening it would block: the check must come first
    assert main(["extract", "--jsonl", path]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and path in err and "not a regular file" in err


def test_line_separators_in_the_text_round_trip_through_map(tmp_path, capsys):
    text = "Clashes\u2028 were\u0085 reported\u2029 in Homs. An air strike hit Aleppo on 3 January 2020."
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "sep", "text": text, "published": "2020-01-05"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    assert main(["extract", "--jsonl", str(src)]) == 0
    out = capsys.readouterr().out
    assert "\u2028" in out and "\u0085" in out  # written as text, one record a line
    extracted = tmp_path / "out.jsonl"
    extracted.write_text(out, encoding="utf-8")
    n_incidents = len(json.loads(out)["incidents"])
    assert n_incidents
    assert main(["map", str(extracted), "-o", str(tmp_path / "m.html")]) == 0
    captured = capsys.readouterr()
    assert f"{n_incidents} incident" in captured.out + captured.err
    assert "0 skipped" in captured.out + captured.err


def test_an_abbreviated_option_is_refused_not_guessed(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("Clashes were reported in Homs on Monday.", encoding="utf-8")
    assert main(["extract", "--json", str(art)]) == 1
    err = capsys.readouterr().err
    assert "--json" in err and "Traceback" not in err


def test_a_line_over_the_limit_is_an_error_record_and_memory_stays_bounded(tmp_path, capsys):
    from geomap._jsonl import MAX_LINE_BYTES

    long = b'{"id": "big", "text": "' + b"Homs " * (MAX_LINE_BYTES // 5 + 10) + b'"}'
    src = _batch(tmp_path, GOOD, long, GOOD.replace(b'"ok"', b'"ok2"'))
    code, recs, err = _run(capsys, "extract", "--jsonl", src)
    assert code == 1
    assert [r.get("id") for r in recs] == ["ok", "line 2", "ok2"]
    assert recs[1]["error"].startswith(f"{src}:2: the line is 10.5 MB, longer than the 10 MB accepted")
