"""The command line parses --published and --country once, the same way for every command."""
from __future__ import annotations

import pytest

from geomap.cli import build_parser, main
from geomap.settings import data_path

REPORT = str(data_path("example", "al-bukamal-strikes.txt"))


def _commands_with(option: str) -> list[str]:
    """Sub-commands (and sub-sub-commands) whose parser declares ``option``."""
    found = []

    def walk(parser, path):
        for action in parser._actions:
            if option in getattr(action, "option_strings", ()):
                found.append(" ".join(path))
            choices = getattr(action, "choices", None)
            for name, sub in (choices.items() if isinstance(choices, dict) else ()):
                if hasattr(sub, "_actions"):
                    walk(sub, path + [name])
    walk(build_parser(), [])
    return sorted(found)


def test_the_options_are_where_they_are_needed():
    assert _commands_with("--published") == ["extract", "map", "near"]
    assert _commands_with("--country") == ["extract", "geocode", "map", "near", "route build"]


@pytest.mark.parametrize("argv", [
    ["extract", REPORT],
    ["near", "iran-mediterranean", REPORT],
    ["map", REPORT, "-o", "{out}"],
])
@pytest.mark.parametrize("date", ["2020-01-10", "Jan. 10, 2020", "10 January 2020"])
def test_every_command_reads_the_same_dates(argv, date, tmp_path, capsys):
    argv = [a.replace("{out}", str(tmp_path / "m.html")) for a in argv]
    assert main(argv + ["--published", date]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("command", ["extract", "near", "map"])
def test_a_bad_date_is_one_line_for_every_command(command, tmp_path, capsys):
    argv = {"extract": ["extract", REPORT], "near": ["near", "iran-mediterranean", REPORT],
            "map": ["map", REPORT, "-o", str(tmp_path / "m.html")]}[command]
    assert main(argv + ["--published", "10/13/2020"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--published" in err and "YYYY-MM-DD" in err


@pytest.mark.parametrize("argv", [
    ["geocode", "Tripoli"],
    ["extract", REPORT],
    ["near", "iran-mediterranean", REPORT],
    ["map", REPORT, "-o", "{out}"],
    ["route", "build", "Baghdad", "Damascus"],
])
def test_an_unknown_country_is_refused_by_every_command(argv, tmp_path, capsys):
    argv = [a.replace("{out}", str(tmp_path / "m.html")) for a in argv]
    assert main(argv + ["--country", "XX"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "'XX'" in err and "--country" in err
    assert main(argv + ["--country", "Syria,IQ"]) == 0  # names and codes alike
    capsys.readouterr()
