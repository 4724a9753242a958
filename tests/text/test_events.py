"""Tests for geomap.text.events: ACLED event and sub-event types from the words used."""
from __future__ import annotations

import shutil

import pytest

from _incidents import only, incidents
from geomap.exc import PackageDataError
from geomap.text.events import event_rules, typed
from geomap.text.incidents import extract_incidents
from geomap.text.rules import Rules, load_rules


# ----------------------------------------------------------------- what
@pytest.mark.parametrize("text, event_type, sub_event_type", [
    ("A drone strike hit a car in Kandahar on Monday, killing two men.", "Explosions/Remote violence", "Air/drone strike"),
    ("Government forces shelled Khan Shaykhun on Monday.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("A roadside bomb killed two soldiers in Kandahar on Monday.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up in Mogadishu on Monday, killing 5 people.", "Explosions/Remote violence", "Suicide bomb"),
    ("A grenade thrown at a checkpoint in Kandahar on Monday wounded 3 policemen.", "Explosions/Remote violence", "Grenade"),
    ("Rebels and government troops clashed near Kafr Zita on Monday.", "Battles", "Armed clash"),
    ("Gunmen abducted four aid workers in Mogadishu on Monday.", "Violence against civilians", "Abduction/forced disappearance"),
    ("Unknown gunmen shot dead 2 civilians in Mogadishu on Monday.", "Violence against civilians", "Attack"),
    ("Hundreds of protesters marched through Mogadishu on Monday.", "Protests", "Peaceful protest"),
    ("Rioters burned tyres and looted shops in Mogadishu on Monday.", "Riots", "Violent demonstration"),
    ("Clashes between protesters and police were reported in Mogadishu on Monday.", "Riots", "Violent demonstration"),
    ("Police fired tear gas to disperse hundreds of protesters in Mogadishu on Monday.", "Protests", "Protest with intervention"),
    ("Soldiers beat a student severely in Mogadishu on Monday.", "Violence against civilians", "Attack"),
    ("Salamat and Fellata militias clashed in Mogadishu on Monday. At least 20 killed, 25 wounded.", "Battles", "Armed clash"),
])
def test_event_types(text, event_type, sub_event_type):
    inc = only(text)
    assert (inc.event_type, inc.sub_event_type) == (event_type, sub_event_type)


@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin made a rare visit to Syria this week for talks in Damascus.",
    "Israel has also struck Iran-backed militias in the area in the past.",
    "The weather in Damascus was mild on Monday.",
    "The United Nations envoy called for a ceasefire and said he would visit Damascus next week.",
    "",
])
def test_no_incident(text):
    assert incidents(text) == []


def test_weapon_as_target_is_not_a_missile_attack():
    inc = only("Unidentified planes struck depots for ballistic missiles in Al Bukamal on Friday.")
    assert inc.sub_event_type == "Air/drone strike"



def test_typed_gives_the_best_event_word():
    ev = event_rules()
    assert typed("A roadside bomb exploded, killing two.", ev)[1:4] == ("Remote explosive/landmine/IED", 2, "roadside bomb")
    assert typed("The explosion killed two.", ev)[1:3] == ("Remote explosive/landmine/IED", 1)  # a bare explosion
    assert typed("Police said it was quiet.", ev) is None
    assert event_rules(load_rules("en")) is ev  # compiled once per Rules


def _rules_copy(tmp_path):
    shutil.copytree(load_rules("en").path, tmp_path / "en")
    return tmp_path / "en"


def test_a_new_trigger_row_types_an_incident(tmp_path):
    folder = _rules_copy(tmp_path)
    with (folder / "triggers.tsv").open("a", encoding="utf-8") as f:
        f.write("Chemical weapon\t2\ttrigger_chemical_weapon\t\t\t\t\t\n")
    (folder / "trigger_chemical_weapon.re").write_text(
        "# Chemical weapons (a test row).\n# Source: written for this test.\n(?i)\n"
        "\\b(?:chlorine|sarin|mustard|chemical)\\ (?:gas\\ )?(?:attacks?|bombs?)\\b\n", encoding="utf-8")
    text = "A chlorine gas attack hit Kafr Zita on Monday, killing 3 civilians."
    assert only(text).sub_event_type != "Chemical weapon"  # the packaged rules do not know it
    inc = only(text, rules=Rules("en", root=tmp_path))
    assert (inc.event_type, inc.sub_event_type, inc.fatalities) == ("Explosions/Remote violence", "Chemical weapon", 3)


def test_a_trigger_row_must_name_an_acled_sub_event_type(tmp_path):
    folder = _rules_copy(tmp_path)
    with (folder / "triggers.tsv").open("a", encoding="utf-8") as f:
        f.write("Cyber attack\t2\ttrigger_generic\t\t\t\t\t\n")
    with pytest.raises(PackageDataError, match="Cyber attack"):
        extract_incidents("A drone strike hit Kafr Zita.", [], gazetteer=None, rules=Rules("en", root=tmp_path))


@pytest.mark.parametrize("text, sub", [
    ("Rebel fighters exchanged artillery fire with government troops near Taiz on Monday.", "Armed clash"),
    ("The two militias exchanged rockets with each other outside Tripoli on Monday.", "Armed clash"),
    ("Soldiers opened fire on a civilian at a checkpoint in Taiz on Monday, injuring him.", "Attack"),
    ("Naval forces fired rubber bullets at Palestinian fishermen off the coast of Gaza on Friday.", "Attack"),
    ("Artillery shelling hit the outskirts of Taiz on Monday.", "Shelling/artillery/missile attack"),
])
def test_exchanges_of_fire_are_clashes_and_fire_on_civilians_is_an_attack(text, sub):
    assert only(text).sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    # one side answering the other's fire: both fought
    ("Rebels shelled army positions near Taiz on Monday, and the troops returned fire.", "Armed clash"),
    ("Militants fired mortars at a police post in Marib on Monday; officers fired back.", "Armed clash"),
    ("Government forces repelled an attack by rebels on the Nihm front on Monday.", "Armed clash"),
    ("Troops thwarted a rebel incursion north of Hays on Tuesday.", "Armed clash"),
    # ground changing hands: the government's when its forces take it, a group's otherwise
    ("Government troops took control of the village of Al Ghayl from rebels on Monday after heavy clashes.",
     "Government regains territory"),
    ("Rebel fighters captured two military bases near Mukayras on Monday after a day of fighting.",
     "Non-state actor overtakes territory"),
    ("Government forces repelled a rebel attack near Marib on Monday and then took control of two hills.",
     "Government regains territory"),
    # heavy, crew-served weapons fired from a distance
    ("Militiamen fired heavy weapons and anti-aircraft guns at villages near Hays on Monday.",
     "Shelling/artillery/missile attack"),
    ("Rebels attacked a convoy with heavy weapons east of Marib on Monday.", "Shelling/artillery/missile attack"),
    ("Militants carried out a remote explosive attack on a bus depot in Diyarbakir on Monday.",
     "Remote explosive/landmine/IED"),
    # one-sided violence on people
    ("Police assaulted a shopkeeper in Aden on Monday after he refused to pay a fee.", "Attack"),
    ("Soldiers fired live bullets at two Palestinians near Qalqilya on Friday.", "Attack"),
    ("Fighter aircraft flew over rebel camps near Hadibu on Monday, dropping light bombs.", "Air/drone strike"),
    ("Rebels fired machine guns, reportedly heavy, at residential areas of Hays on Monday.",
     "Shelling/artillery/missile attack"),
])
def test_return_fire_territory_heavy_weapons_and_assaults(text, sub):
    assert only(text).sub_event_type == sub


def test_weapons_taken_as_booty_are_not_fired():
    inc = only("Government troops took control of the hill near Sirwah on Monday, seizing heavy machine guns.")
    assert inc.sub_event_type == "Government regains territory"


def test_fire_at_a_place_is_an_incident_even_with_a_plain_weapon():
    inc = only("Rebel forces fired machine guns at scattered areas of Hays district on Monday. No one was hurt.")
    assert inc.event_type == "Battles" and inc.fatalities == 0


def test_forces_firing_live_ammunition_at_protesters_is_excessive_force_with_the_crowd_first(gaz):
    from geomap.text.document import extract_document
    text = ("On 14 June 2024, security forces fired live ammunition at protesters in Kut (Wasit), killing one "
            "protester.")
    inc = extract_document(text, gazetteer=gaz, country_hints=["IQ"]).incidents[0]
    assert (inc.event_type, inc.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert inc.actor1 == "Protesters (Iraq)" and inc.fatalities == 1
