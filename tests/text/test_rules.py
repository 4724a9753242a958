"""The language rules: every file has a header with its source; the loader's formats."""
from __future__ import annotations

import re

import pytest

from geomap.exc import InputError, PackageDataError
from geomap.text.rules import Rules, languages, load_rules


def test_english_is_a_language():
    assert "en" in languages()
    assert load_rules("en") is load_rules("en")


@pytest.mark.parametrize("lang", languages())
def test_every_rules_file_has_a_header_with_its_source(lang):
    for path in Rules(lang).files():
        lines = path.read_text(encoding="utf-8").splitlines()
        header = []
        for line in lines:
            if not line.startswith("#"):
                break
            header.append(line)
        assert len(header) >= 2, f"{path.name}: needs a header (what it holds, and 'Source:')"
        assert any(re.match(r"#\s*Sources?:", h) for h in header), f"{path.name}: its header needs a 'Source:' line"


@pytest.mark.parametrize("lang", languages())
def test_every_rules_file_loads(lang):
    rules = Rules(lang)
    for path in rules.files():
        name = path.stem
        if path.suffix == ".txt":
            assert rules.list(name), f"{path.name} is empty"
        elif path.suffix == ".tsv":
            assert rules.table(name), f"{path.name} has no rows"
        else:
            rules.regex(name)


def _rules(tmp_path, files):
    folder = tmp_path / "xx"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return Rules("xx", root=tmp_path)


def test_lists_tables_and_patterns(tmp_path):
    r = _rules(tmp_path, {
        "units.txt": "# units\n# Source: test\nkm\n\nkilometres\nmiles per hour\n",
        "towns.tsv": "# towns\n# Source: test\nname\tcc\nAleppo\tSY\nQaim\n",
        "dist.re": "# distance\n# Source: test\n\\d+ \\s* {{units}}   # a number and a unit\n",
        "near.re": "# near\n# Source: test\n(?:near|close\\ to) \\s+ {{dist}}\n",
    })
    assert r.list("units") == ("km", "kilometres", "miles per hour")
    assert r.set("units") == {"km", "kilometres", "miles per hour"}
    assert r.table("towns") == ({"name": "Aleppo", "cc": "SY"}, {"name": "Qaim", "cc": ""})
    assert r.regex("dist").fullmatch("12 miles per hour")
    assert r.regex("near").search("close to 5 km")
    assert r.derived("n", lambda rules: len(rules.list("units"))) == 3
    assert r.derived("n", lambda rules: 99) == 3  # built once


def test_bad_rules_fail_with_the_file_named(tmp_path):
    r = _rules(tmp_path, {"a.re": "# a\n# Source: t\n{{b}}\n", "c.re": "# c\n# Source: t\n{{c}}\n",
                          "d.re": "# d\n# Source: t\n(unclosed\n", "t.tsv": "# t\n# Source: t\na\n1\t2\n"})
    for name, method in (("a", r.regex), ("c", r.regex), ("d", r.regex), ("t", r.table), ("missing", r.list)):
        with pytest.raises(PackageDataError):
            method(name)
    with pytest.raises(InputError):
        Rules("zz")
    with pytest.raises(InputError):
        r.list("../etc/passwd")
