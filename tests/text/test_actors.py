"""Tests for geomap.text.actors: who, recognised and named as ACLED names them."""
from __future__ import annotations

import pytest

from _incidents import only
from geomap.text.actors import actor_rules, find_actors, normalize_actor
from geomap.text.rules import load_rules


# ----------------------------------------------------------------- who
@pytest.mark.parametrize("text", [
    "The US carried out strikes in Syria on Friday.",
    "U.S. forces struck targets in Syria on Friday.",
    "American jets struck targets in Syria on Friday.",
    "The Pentagon launched strikes in Syria on Friday.",
])
def test_united_states_has_one_name(text):
    assert only(text).actor1 == "Military Forces of the United States"


@pytest.mark.parametrize("name", ["Kataib Hezbollah", "Kataeb Hezbollah", "Hezbollah Brigades"])
def test_kataib_hezbollah_has_one_name(name):
    inc = only(f"{name} fighters fired rockets at a base in Iraq on Friday.")
    assert inc.actor1 == "Kataib Hezbollah"


def test_unidentified_planes_and_victims():
    inc = only("Unidentified planes struck positions of pro-Iran militias in the Al Bukamal area on Friday.")
    assert inc.actor1 == "Unidentified Military Forces"
    assert inc.actor2 == "Pro-Iran Militias"


def test_forces_without_a_country_take_the_incident_country():
    inc = only("A roadside bomb killed two soldiers in Kandahar on Monday.")
    assert inc.actor2 == "Military Forces of Afghanistan"
    assert normalize_actor("", "civilians", "Somalia") == "Civilians (Somalia)"


def test_claim_of_responsibility_names_actor1():
    inc = only("A car bomb exploded in Mogadishu on Saturday, killing 9 people. Al-Shabaab said it carried out the attack.")
    assert inc.actor1 == "Al Shabaab"


def test_group_members_are_the_group():
    inc = only("On 4 March 2020, Afghan forces killed 12 Taliban militants in clashes in Kandahar.", None)
    assert (inc.actor1, inc.actor2) == ("Military Forces of Afghanistan", "Taliban")


def test_find_actors_groups_countries_and_roles():
    ar = actor_rules()
    t = "Iraqi Shiite militias fought Islamic State fighters, killing 3 villagers."
    got = [(t[h.start:h.end], h.name, h.country, h.role) for h in find_actors(t, 0, len(t), ar)]
    assert got == [("Iraqi Shiite militias", "Militia (Iraq)", "", "group"),
                   ("Islamic State fighters", "Islamic State", "", "group"), ("villagers", "", "", "civilians")]
    t = "Afghan forces killed 6 Taliban militants and 2 civilians."
    got = [(t[h.start:h.end], h.name, h.role) for h in find_actors(t, 0, len(t), ar)]
    assert got == [("Afghan forces", "Afghanistan", "military"), ("Taliban militants", "Taliban", "group"),
                   ("civilians", "", "civilians")]
    t = "A Britain-based monitor said the regime struck Idlib."
    assert [(h.name, h.role) for h in find_actors(t, 0, len(t), ar)] == [("Syria", "military")]
    assert actor_rules(load_rules("en")) is ar  # compiled once per Rules


@pytest.mark.parametrize("args, name", [
    (("United States", "military"), "Military Forces of the United States"),
    (("Iran", "state"), "Military Forces of Iran"),
    (("", "police", "Afghanistan"), "Police Forces of Afghanistan"),
    (("", "police"), "Police Forces"),
    (("", "rebels", "Syria"), "Rebel Groups (Syria)"),
    (("", "armed_group", "Mali"), "Unidentified Armed Group (Mali)"),
    (("Unidentified Armed Group", "group", "Nigeria"), "Unidentified Armed Group (Nigeria)"),
    (("Taliban", "group", "Afghanistan"), "Taliban"),
])
def test_normalize_actor(args, name):
    assert normalize_actor(*args) == name
    assert normalize_actor(*args, rules=load_rules("en")) == name
