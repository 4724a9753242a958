"""Traps of wire copy that made incidents where a report states none, or lost one it states (issue 10).

Every sentence is written here (fictional events at real places). The second set of written reports,
``tests/data/incidents/reports_unseen.json``, was written after the rules of ``reports.json`` and
measured before any rule here was added: the figures it must keep are checked at the end.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.eval import IncidentScores, score_incidents
from geomap.text.document import extract_document
from geomap.text.roles import is_tally, role_rules

DATA = Path(__file__).resolve().parents[1] / "data" / "incidents"

def _incidents(gaz, text, published):
    return [(i.event_date, i.sub_event_type, i.fatalities, i.location)
            for i in extract_document(text, published=published, gazetteer=gaz).incidents]


@pytest.mark.parametrize("text", [
    "More than 900 soldiers have been killed in the north since the army launched an offensive against the group in 2023.",
    "Over 4,000 civilians have been killed across the country since the military seized power in a coup in 2021.",
    "More than 8,000 people have been killed since Russia's full-scale invasion in February 2022, the UN said.",
    "Gangs killed more than 1,800 people in the region last year, according to a count by a rights group.",
    "The group has killed tens of thousands of people over the past decade.",
    "At least 600 people have died in such attacks in recent years, according to UN figures.",
])
def test_more_tallies_are_context(text):
    assert is_tally(text, role_rules())


@pytest.mark.parametrize("text", [
    "Gunmen killed three traders near the market in Gao on Tuesday.",
    "A bomb exploded next to a police van in Quetta on Monday, killing two officers.",
    "The strike was the deadliest since the ceasefire, killing 11 people on Sunday.",
])
def test_events_are_not_tallies(text):
    assert not is_tally(text, role_rules())


def test_a_tally_of_last_year_is_not_an_incident(gaz):
    text = ("ABUJA, May 7, 2025 (Wire) - Gunmen killed four farmers near Gusau on Monday, police said.\n\n"
            "Bandits killed more than 1,900 people in the northwest last year, according to a count by a rights group.")
    assert _incidents(gaz, text, "2025-05-07") == [("2025-05-05", "Attack", 4, "Gusau")]


def test_next_to_is_not_the_future(gaz):
    text = "QUETTA, Pakistan, Sept 9, 2025 (Wire) - A bomb blew up next to a police van in Quetta on Monday, killing four policemen."
    assert _incidents(gaz, text, "2025-09-09")[0][0] == "2025-09-08"  # the Monday before, not after


def test_a_toll_update_joins_its_event_with_the_event_s_day(gaz):
    text = ("MOGADISHU, Somalia (Wire) -- A suicide bomber drove a car into a checkpoint at the entrance of "
            "Beledweyne on Tuesday, killing at least eight people, a police officer said.\n\n"
            "By Wednesday the death toll had risen to 13, said an elder who helped carry the wounded to hospital.")
    assert _incidents(gaz, text, "2025-06-11") == [("2025-06-10", "Suicide bomb", 13, "Beledweyne")]
    text = ("KINSHASA, July 3, 2025 (Wire) - Rebels killed 12 villagers in an attack on Eringeti on Monday night. "
            "Rescuers later found four more bodies, bringing the death toll to 16, the administrator said on Wednesday.")
    assert [i[2] for i in _incidents(gaz, text, "2025-07-03")] == [16]


def test_the_source_of_a_toll_is_not_an_attacker(gaz):
    text = ("ABUJA, May 22, 2025 (Wire) - On Tuesday, gunmen on motorcycles killed or wounded about 20 farmers near "
            "Dutsin-Ma in Katsina state. Police said nine of the victims had died.")
    assert [(i[2], i[3]) for i in _incidents(gaz, text, "2025-05-22")] == [(9, "Dutsin-Ma")]


def test_the_speaker_after_a_toll_is_not_one_more_dead(gaz):
    text = ("GOMA, July 3, 2025 (Wire) - Shells landed on a camp for displaced people near Sake on Tuesday, killing "
            "four people, a humanitarian worker said.")
    assert [i[2] for i in _incidents(gaz, text, "2025-07-03")] == [4]


@pytest.mark.parametrize("text, toll", [
    ("On Monday, soldiers killed five dissidents in fighting near Argelia, the army said.", 5),
    ("On Tuesday a drone dropped explosives on a bus in Kherson, killing the driver, officials said.", 1),
    ("On Tuesday a drone dropped explosives on a bus in Kherson, killing the driver's dog.", None),
])
def test_tolls_of_named_victims(gaz, text, toll):
    assert _incidents(gaz, "BOGOTA, Oct 16, 2025 (Wire) - " + text, "2025-10-16")[0][2] == toll


def test_explosions_worded_as_blew_up(gaz):
    text = ("CALI, Oct 16, 2025 (Wire) - A motorcycle packed with explosives blew up on a busy street in Jamundi on "
            "Wednesday, wounding nine people.")
    assert _incidents(gaz, text, "2025-10-16") == [("2025-10-15", "Remote explosive/landmine/IED", None, "Jamundí")]


def test_a_date_after_the_dateline_dash(gaz):
    doc = extract_document("ADEN, Yemen (Wire) -- Feb. 20, 2025\n\nA missile struck a market in Marib on Monday, "
                           "killing four people.", gazetteer=gaz)
    assert doc.published.isoformat() == "2025-02-20" and doc.incidents[0].event_date == "2025-02-17"


def _reports(name):
    return json.loads((DATA / name).read_text(encoding="utf-8"))["reports"]


def _score(gaz, reports, *, given=True):
    """The incident scores of a set of written reports (with or without their publication date), and the
    reports whose tallies became an incident's toll."""
    total, leaked = IncidentScores(0, 0, 0, 0, 0, 0), []
    for r in reports:
        doc = extract_document(r["text"], published=r["published"] if given else None, gazetteer=gaz)
        total = total + score_incidents(doc.incidents, r["incidents"])
        # (a tally equal to one of the report's own tolls cannot be told from it: it is no evidence of a leak)
        if {i.fatalities for i in doc.incidents} & (set(r["tallies"]) - {g.get("fatalities") for g in r["incidents"]}):
            leaked.append(r["id"])
    return total, leaked


# each set written after the rules of the one before and measured before any rule was fitted to it
# (README, "Incidents from news text"): (file, precision, recall, fatalities right, total toll within)
SETS = [
    ("reports_unseen.json", 0.80, 0.85, 0.85, 0.1),   # before: .70 / .81, 22,006 dead on the map against 206
    ("reports_context.json", 0.85, 0.90, 0.85, 0.2),  # context paragraphs; before: 611,906 against 337
    ("reports_styles.json", 0.80, 0.80, 0.85, 0.1),   # house styles; before: 790 against 198
    ("reports_fifth.json", 0.85, 0.95, 0.90, 0.1),    # before: 3,932 against 159 ("figures released ... show")
    ("reports_sixth.json", 0.90, 0.80, 0.90, 0.1),    # Syria, Iraq, Lebanon; before: .56 / .76
    ("reports_seventh.json", 0.90, 0.90, 0.95, 0.05),  # Africa, Asia, Ukraine; before: .70 / .88, 902 against 259
    ("reports_eighth.json", 0.80, 0.80, 0.80, 0.15),  # large figures that are not incidents; before: 878 against 254
    ("reports_ninth.json", 0.75, 0.80, 0.75, 0.2),    # Syria and Iraq, twelve house styles; before: .60 / .74
    ("reports_tenth.json", 0.75, 0.85, 0.80, 0.15),   # twelve countries, outlets' own datelines; before: .73 / .88
    ("reports_eleventh.json", 0.80, 0.85, 0.85, 0.1),  # fourteen countries; before: .74 / .86, 500,405 against 214
    ("reports_twelfth.json", 0.70, 0.80, 0.75, 0.1),  # reaction, analysis, retold events; before: .60 / .86
    ("reports_thirteenth.json", 0.75, 0.85, 0.80, 0.1),  # before: .75 / .92
    ("reports_fourteenth.json", 0.75, 0.85, 0.80, 0.1),  # live pages, added tolls; before: .61 / .82, 253 against 154
    ("reports_fifteenth.json", 0.70, 0.90, 0.85, 0.1),  # one event in many sentences; before: .61 / .96, 181 against 130
    ("reports_sixteenth.json", 0.65, 0.85, 0.90, 0.1),  # analysis with a news peg; before: .59 / .79, 204 against 130
    ("reports_seventeenth.json", 0.85, 0.80, 0.90, 0.1),  # several events a sentence; before: .82 / .70, 188 against 164
    ("reports_eighteenth.json", 0.80, 0.85, 0.80, 0.15),  # recalled months, clutter; before: .70 / .88, 343 against 128
    ("reports_held.json", 0.85, 0.85, 0.85, 0.1),  # held out for several stops; first measure 1,853 against 275
    ("reports_held3.json", 0.85, 0.90, 0.90, 0.1),  # held out for two stops; first measure .72 / .87
    ("reports_held4.json", 0.80, 0.90, 0.90, 0.1),  # held out at stop 21; first measure .55 / .89, 156 against 123
    ("reports_held5.json", 0.75, 0.75, 0.80, 0.1),  # held out at stop 21; first measure .61 / .78, 243 against 139
    ("reports_held6.json", 0.80, 0.85, 0.85, 0.1),  # first measure .74 / .73, 671 against 107
    ("reports_nineteenth.json", 0.85, 0.90, 0.85, 0.1),  # all regions; first measure .82 / .89, 238 against 145
    ("reports_twentieth.json", 0.85, 0.90, 0.85, 0.1),  # less covered conflicts; first measure .89 / .91
]

#: The newest sets, with the reports whose tallies still become an incident's toll (open failures: no other may join)
NEWEST = [
    ("reports_twentyfirst.json", 0.75, 0.75, 0.70, 0.2, set()),  # first measure .69 / .78, 280 against 215
    ("reports_twentysecond.json", 0.85, 0.85, 0.70, 0.1,  # first measure .84 / .81, fatalities .63
     {"T22-Afghanistan-01", "T22-Israel-01", "T22-DRCongo-01"}),
    ("reports_twentythird.json", 0.85, 0.85, 0.90, 0.1, set()),  # first measure .87 / .82, fatalities .82
    ("reports_twentyfourth.json", 0.85, 0.80, 0.80, 0.1, set()),  # first measure .81 / .81, fatalities .64
    ("reports_twentyfifth.json", 0.80, 0.85, 0.75, 0.1,  # first measure .72 / .75, 287 against 181
     {"T25-Yemen-01", "T25-Sudan-01"}),  # a month-old strike kept; an earlier toll (30) over the revised one
    ("reports_twentysixth.json", 0.70, 0.85, 0.80, 0.1, set()),  # first measure .74 / .90, fatalities .86
    ("reports_twentyseventh.json", 0.85, 0.85, 0.85, 0.1,  # first measure .90 / .92, 227 against 193
     {"T27-Lebanon-01"}),  # "Attacks from Lebanon have killed nine Israeli soldiers": a tally kept as an incident
    ("reports_twentyeighth.json", 0.75, 0.80, 0.70, 0.1,  # first measure .80 / .82, fatalities .81
     {"T28-India-01"}),  # a drone attack's first toll (1) kept over its update in a reverse-order live page
    ("reports_twentyninth.json", 0.85, 0.85, 0.80, 0.1, set()),  # first measure .88 / .90, fatalities .74
    ("reports_thirtieth.json", 0.85, 0.80, 0.75, 0.15, set()),  # first measure .87 / .78, 176 against 132
    ("reports_thirtyfirst.json", 0.80, 0.85, 0.75, 0.15,  # first measure .81 / .91, 1,444 against 201
     {"T31-Yemen-01"}),  # a lead that sums the day's events, kept as an incident of its own
    ("reports_thirtysecond.json", 0.85, 0.85, 0.80, 0.1, set()),  # first measure .88 / .88, fatalities .86
]


@pytest.mark.parametrize("name, precision, recall, fatalities, toll, leaks", NEWEST, ids=[s[0] for s in NEWEST])
def test_the_newest_report_sets_keep_their_figures(gaz, name, precision, recall, fatalities, toll, leaks):
    total, leaked = _score(gaz, _reports(name))
    assert set(leaked) <= leaks, leaked
    assert total.precision >= precision and total.recall >= recall and total.fatalities >= fatalities, total
    assert abs(total.toll_pred - total.toll_gold) <= toll * total.toll_gold, total


@pytest.mark.parametrize("name, precision, recall, fatalities, toll", SETS, ids=[s[0] for s in SETS])
def test_the_written_report_sets_keep_their_figures(gaz, name, precision, recall, fatalities, toll):
    total, leaked = _score(gaz, _reports(name))
    assert not leaked  # no tally is an incident's toll
    assert total.precision >= precision and total.recall >= recall and total.fatalities >= fatalities, total
    assert abs(total.toll_pred - total.toll_gold) <= toll * total.toll_gold, total


def test_the_house_styles_reports_are_dated_without_a_publication_date(gaz):
    total, _ = _score(gaz, _reports("reports_styles.json"), given=False)
    assert total.recall >= 0.65, total  # dates from datelines, bylines and end-of-story 'Published' lines


def test_the_day_counted_from_the_event_before(gaz):
    text = ("BAMAKO, April 17, 2025 (Wire) - Fighters attacked an army post in Niono on Tuesday, killing 11 soldiers.\n\n"
            "A day later, a bus struck a landmine outside Douentza, killing seven people.\n\n"
            "Two days earlier, gunmen had killed three herders near Djenne.")
    got = [(i.event_date, i.location) for i in extract_document(text, published="2025-04-17", gazetteer=gaz).incidents]
    assert got[:2] == [("2025-04-15", "Niono"), ("2025-04-16", "Douentza")]
    assert ("2025-04-14", "Djenné") in got or ("2025-04-14", "Djenne") in got  # two days before the Douentza mine


def test_the_place_shelled_is_the_incident_s(gaz):
    text = ("KYIV, Sept. 30, 2025 (Wire) - Artillery shelling of Nikopol, across the Dnipro river from a "
            "Russian-held nuclear plant, wounded four people on Monday.")
    assert [i[3] for i in _incidents(gaz, text, "2025-09-30")] == ["Nikopol"]


@pytest.mark.parametrize("text, actor1", [
    ("GOMA, July 3, 2025 (Wire) - ADF rebels killed 12 villagers in Oicha, North Kivu, on Monday.",
     "ADF: Allied Democratic Forces"),
    ("GOMA, July 3, 2025 (Wire) - M23 rebels clashed with Congolese troops near Sake on Monday.",
     "M23: March 23 Movement"),
    ("QUETTA, July 3, 2025 (Wire) - Pakistani Taliban (TTP) militants attacked a police station in Bannu on Monday.",
     "TTP: Tehreek-i-Taliban Pakistan"),
    ("YANGON, July 3, 2025 (Wire) - Myanmar military jets bombed a market in Kyauktaw on Tuesday, killing 16 people.",
     "Military Forces of Myanmar (2021-)"),
    ("OUAGADOUGOU, July 3, 2025 (Wire) - Burkinabe soldiers killed 20 militants near Djibo on Monday.",
     "Military Forces of Burkina Faso"),
    ("BAHIR DAR, July 3, 2025 (Wire) - Fano militiamen clashed with Ethiopian troops near Gondar on Monday.",
     "Fano Militia"),
])
def test_acled_names_of_groups_and_states_in_the_news(gaz, text, actor1):
    assert extract_document(text, published="2025-07-03", gazetteer=gaz).incidents[0].actor1 == actor1


@pytest.mark.parametrize("text, sub, actor1", [
    ("ADDIS ABABA, Jan. 6, 2016 (Wire) - Soldiers attacked students in Adama on Monday following protests against "
     "the plan.", "Attack", "Military Forces of Ethiopia (1991-)"),
    ("ADDIS ABABA, Jan. 6, 2016 (Wire) - Hundreds staged a protest in Adama on Monday following a rally the day "
     "before.", "Peaceful protest", "Protesters (Ethiopia)"),
])
def test_a_protest_that_came_before_is_not_the_event(gaz, text, sub, actor1):
    inc = extract_document(text, published="2016-01-06", gazetteer=gaz).incidents[0]
    assert (inc.sub_event_type, inc.actor1) == (sub, actor1)


@pytest.mark.parametrize("text, tally", [
    ("At least 20,000 people have been killed in the conflict, the UN says.", True),
    ("Jihadist violence killed 20,000 people in Burkina Faso between 2015 and 2024.", True),
    ("Some 2,500 civilians were killed in the first half of the year, the UN said.", True),
    ("The conflict has displaced 2 million people and has killed more than 8,000.", True),
    ("Two soldiers have been killed in the fighting, the army said.", False),
    ("The blast killed 12 people on Saturday.", False),
])
def test_large_counts_summed_over_a_war_are_tallies(text, tally):
    assert is_tally(text, role_rules()) is tally


def test_a_missile_fired_by_someone_is_a_missile_attack(gaz):
    text = ("ADEN, Yemen, Feb. 20, 2025 (Wire) - A ballistic missile fired by the Houthis struck a neighbourhood of "
            "Marib city on Monday, killing four people.")
    assert _incidents(gaz, text, "2025-02-20")[0][1:3] == ("Shelling/artillery/missile attack", 4)


SENTENCES = json.loads((DATA / "tally_sentences.json").read_text(encoding="utf-8"))["sentences"]


@pytest.mark.parametrize("s", SENTENCES, ids=[f"{s['kind']}-{i}" for i, s in enumerate(SENTENCES)])
def test_tallies_background_and_events_are_told_apart(gaz, s):
    """A tally is one by its words; background gives no incident in a report of 1 June 2025 (its words, or its
    date long before publication); an event is neither and gives an incident."""
    from geomap.text.roles import is_background

    rr = role_rules()
    tally, background = is_tally(s["text"], rr), is_background(s["text"], rr)
    incidents = extract_document(s["text"], published="2025-06-01", gazetteer=gaz).incidents
    if s["kind"] == "tally":
        assert tally and not incidents
    elif s["kind"] == "background":
        assert not incidents, [(i.event_date, i.fatalities) for i in incidents]
    else:
        assert not tally and not background and incidents


@pytest.mark.parametrize("text, toll", [
    ("Shelling killed four people in Kadugli on Tuesday, where more than 2,500 people have been killed or wounded.", 4),
    ("Clashes in Kadugli on Tuesday killed nine, the latest in a battle for the city that has killed 2,600.", 9),
])
def test_an_event_and_a_tally_in_one_sentence(gaz, text, toll):
    assert [i[2] for i in _incidents(gaz, "KHARTOUM, May 3, 2025 (Wire) - " + text, "2025-05-03")] == [toll]


@pytest.mark.parametrize("text, sub, actor1, actor2", [
    ("BENI, Congo, Sept 11, 2025 (AP) - Fighters of the Allied Democratic Forces raided a farming village near "
     "Butembo on Monday, killing 22 people.", "Attack", "ADF: Allied Democratic Forces",
     "Civilians (Democratic Republic of Congo)"),
    ("OUAGADOUGOU, Sept 11, 2025 (AP) - Militants attacked military positions in Djibo on Sunday, killing at least "
     "60 people, most of them soldiers.", "Armed clash", "Unidentified Armed Group (Burkina Faso)",
     "Military Forces of Burkina Faso"),
])
def test_members_of_a_group_and_an_army_s_positions(gaz, text, sub, actor1, actor2):
    inc = extract_document(text, published="2025-09-11", gazetteer=gaz).incidents[0]
    assert (inc.sub_event_type, inc.actor1, inc.actor2) == (sub, actor1, actor2)


def test_bodies_brought_in_are_the_toll(gaz):
    text = ("ADDIS ABABA, Ethiopia, Oct 2, 2025 (Reuters) - Fighting broke out on Tuesday in Lalibela between federal "
            "troops and Fano militiamen. A hospital official said eight bodies, three of them civilians, were brought in.")
    assert [(i[2], i[3]) for i in _incidents(gaz, text, "2025-10-02")] == [(8, "Lalibela")]


@pytest.mark.parametrize("text, n", [
    ("LAGOS, Nigeria, March 3, 2016 (Wire) - Troops cleared villages near Damboa on Tuesday, killing 35 militants "
     "and rescuing 97, including those who were abducted in Chibok in 2014.", 1),  # another event's year
    ("LAGOS, Nigeria, March 3, 2016 (Wire) - The area was hit in 2014 by an air strike that killed 60 people.", 0),
    ("PORT-AU-PRINCE, Haiti, April 10, 2025 (AP) - In December, gang members killed at least 184 people in Cite "
     "Soleil.", 0),
])
def test_a_clause_of_a_year_or_month_long_past_is_background(gaz, text, n):
    assert len(extract_document(text, gazetteer=gaz).incidents) == n


@pytest.mark.parametrize("text, tally", [
    ("Figures released on Monday by a medical group show more than 3,500 civilians were killed in the first two "
     "months of the year.", True),
    ("Figures released by the United Nations show 250 civilians killed in the first half of the year.", True),
])
def test_figures_released_are_tallies(text, tally):
    assert is_tally(text, role_rules()) is tally


def test_a_later_death_joins_its_event(gaz):
    text = ("BAQUBAH, Iraq, March 13, 2025 (Reuters) - On Wednesday night, gunmen attacked a police checkpoint on the "
            "outskirts of Tikrit, killing two policemen. A third officer died of his wounds in hospital on Thursday "
            "morning, a police spokesman said.")
    assert [i[0] for i in _incidents(gaz, text, "2025-03-13")] == ["2025-03-12"]


@pytest.mark.parametrize("text, toll", [
    # a side's claim, counted by the monitor's coder all the same
    ("On 9 June 2021, government forces claimed to have shelled rebel positions east of Marib city. "
     "They claimed to have killed a number of fighters; unknown reported fatalities coded as 10.", 10),
    # the coder's note with its final 's' left out
    ("On 9 June 2021, tribal fighters clashed with rebels near Harib, killing several on both sides. "
     "Unknown number of fatalitie coded as 6.", 6),
    # the space after a full stop left out before the coder's note
    ("On 9 June 2021, rebels shelled army positions near Harib and damaged two vehicles.Unknown "
     "number of fatalities coded as 3.", 3),
])
def test_a_monitor_s_coded_toll_is_read_where_the_text_is_loose(gaz, text, toll):
    assert [i[2] for i in _incidents(gaz, text, "2021-06-11")] == [toll]


def test_they_then_ambushing_in_the_same_area_is_the_same_incident(gaz):
    text = ("On 9 June 2021, rebel forces reportedly shelled army positions in Harib (Marib). Also, they "
            "ambushed, apparently with machine guns, army reinforcements heading towards the same area. "
            "Fatalities coded as 4.")
    incs = extract_document(text, published="2021-06-11", gazetteer=gaz).incidents
    assert [(i.sub_event_type, i.fatalities) for i in incs] == [("Shelling/artillery/missile attack", 4)]
    assert incs[0].actor1 != incs[0].actor2


@pytest.mark.parametrize("text, cc, actor1", [
    ("SAF warplanes kept up aerial bombardments of Tawila on 3 May 2024.", "SD", "Military Forces of Sudan (2019-)"),
    ("SNA continued an offensive near Jowhar on 3 May 2024, killing four fighters.", "SO", "Military Forces of Somalia (2022-)"),
    ("Military forces killed six gunmen near Gusau on 3 May 2024.", "NG", "Military Forces of Nigeria (2023-)"),
])
def test_a_state_s_forces_named_by_an_acronym_or_as_military_forces(gaz, text, cc, actor1):
    incs = extract_document(text, published="2024-05-05", country_hints=[cc], gazetteer=gaz).incidents
    assert incs[0].actor1 == actor1


def test_the_other_side_s_dead_told_next_is_the_same_fight(gaz):
    text = ("Troops repelled an ISWAP attack on an army base at Monguno on 3 May 2024. 22 ISWAP dead, "
            "five soldiers wounded.")
    incs = extract_document(text, published="2024-05-05", country_hints=["NG"], gazetteer=gaz).incidents
    assert [(i.location, i.fatalities) for i in incs] == [("Monguno", 22)]


def test_thousands_killed_over_months_without_a_verb_is_a_tally():
    assert is_tally("UN figures show 2,900 civilians killed across Sudan in the first four months of the year.",
                    role_rules())


@pytest.mark.parametrize("text, n", [
    # threatened or planned, not done
    ("Protest organisers vowed to block the road to the port of Umm Qasr on Friday.", 0),
    ("The army said it would launch a sweep of the desert near Rutba in the coming days.", 0),
    ("Gunmen who had vowed to avenge their leader attacked the village of Tafas on Monday, killing three.", 1),
    # a claim the next sentence says nobody could check, with no place or day of its own
    ("HTS said it had killed 12 soldiers in retaliatory operations. The claim could not be independently verified.", 0),
    # a denial is not the event denied; the event told before it in the sentence stays
    ("A ministry spokesman denied reports that troops had fought Kurdish fighters near Hasakah on Sunday.", 0),
    ("Hezbollah said it fired rockets at positions near Metula on Monday, and denied reports that it had fired "
     "at homes.", 1),
    # a count of attacks, a funeral caption, a similar attack last February
    ("The strike brings to three the number of attacks on PMF positions around al-Qaim this month.", 0),
    ("Caption: Mourners in Qamishli carry the coffins of fighters killed in clashes near the dam last week.", 0),
    ("Last February, a similar bombing in Al-Bab killed 12 people.", 0),
])
def test_threats_claims_denials_counts_and_past_attacks_are_not_incidents(gaz, text, n):
    assert len(_incidents(gaz, text, "2025-01-09")) == n


def test_the_next_morning_is_not_the_future(gaz):
    text = "Artillery shelled Ariha in Idlib province on Tuesday night, killing a woman, the rescue group said the next morning."
    assert [i[0] for i in _incidents(gaz, text, "2024-10-17")] == ["2024-10-15"]


def test_a_headline_and_the_next_sentences_of_one_strike_are_one_incident(gaz):
    text = ("Russian raids kill five in Idlib countryside\n\n"
            "IDLIB, Syria - Russian warplanes struck the outskirts of Jisr al-Shughur in Idlib province on "
            "Wednesday, killing five civilians, rescuers said.\n\n"
            "Witnesses said at least four missiles hit a cluster of farms west of the town shortly after noon.")
    incs = _incidents(gaz, text, "2024-10-17")
    assert [(i[0], i[1], i[2]) for i in incs] == [("2024-10-16", "Air/drone strike", 5)]


@pytest.mark.parametrize("text, n", [
    ("In March, separatist fighters hijacked a train carrying 400 people near Sibi, a siege that left 26 dead.", 0),
    ("Forty people were killed in a single rebel attack on a nearby village last year.", 0),
    ("At least 180 civilians had been killed in the region in November alone, many in drone strikes.", 0),
    ("The group claimed this week to have killed dozens of soldiers in the province.", 0),
    ("Al Shabaab has been fighting since 2007 to topple the government in Mogadishu.", 0),
    ("Troops have been deployed to the province since 2021, when insurgents stormed the town of Palma.", 0),
    ("About 150 people had been sheltering in the monastery in Sagaing after fleeing fighting nearby.", 0),
])
def test_past_and_summed_events_in_one_clause_are_not_incidents(gaz, text, n):
    assert len(_incidents(gaz, text, "2025-12-16")) == n


@pytest.mark.parametrize("link, day", [("The day before", "2024-10-14"), ("The previous day", "2024-10-14"),
                                       ("The next day", "2024-10-16"), ("The following morning", "2024-10-16")])
def test_the_day_before_and_the_next_day_count_from_the_event_told_before(gaz, link, day):
    text = f"Gunmen attacked a checkpoint in Tikrit on Tuesday, killing two. {link}, a bomb exploded in Samarra, killing one."
    assert [i[0] for i in _incidents(gaz, text, "2024-10-17")] == ["2024-10-15", day]


def test_what_the_gunmen_also_did_is_the_same_attack(gaz):
    text = ("At least 25 civilians were killed when gunmen attacked a convoy near Ansongo in Mali on Friday. "
            "The gunmen also set fire to 21 trucks and a bus, an official said.")
    assert [(i[1], i[2]) for i in _incidents(gaz, text, "2025-02-11")] == [("Attack", 25)]


def test_a_later_death_counted_by_its_place_is_the_toll(gaz):
    text = ("Warplanes struck the outskirts of Jisr al-Shughur in Idlib province on Wednesday, killing five "
            "civilians, rescuers said. A sixth victim, a man pulled from the rubble, died in hospital on Thursday.")
    assert [(i[0], i[2]) for i in _incidents(gaz, text, "2024-10-17")] == [("2024-10-16", 6)]


def test_a_town_then_a_compass_reference_is_the_town(gaz):
    text = "Gunmen attacked a checkpoint near the town of al-Karama, east of Raqqa, on Sunday night, killing four."
    assert [i[3] for i in _incidents(gaz, text, "2024-03-12")] == ["Al Karāmah"]


def test_days_before_another_event_count_back_from_it(gaz):
    text = ("Gunmen shot dead a former rebel commander in Tafas on Monday, local sources said. Two days before the "
            "Tafas killing, gunmen abducted a pharmacist in Jasim, north of Daraa city.")
    assert [i[0] for i in _incidents(gaz, text, "2024-05-22")] == ["2024-05-20", "2024-05-18"]


@pytest.mark.parametrize("text", [
    '"Nobody can see a mine in the sand," said a man from the town.',
    '"We escaped Daesh only to live under drones," said one protester.',
    "Extremist cells have carried out at least 60 attacks in the province since January 1, a monitor said.",
    "Raqqa was the group's capital until 2017, when Kurdish-led forces captured it after a four-month battle.",
])
def test_a_witness_s_words_a_count_of_attacks_and_a_past_battle_are_not_incidents(gaz, text):
    assert _incidents(gaz, text, "2024-05-22") == []


def test_a_large_toll_with_no_day_in_a_report_of_dated_events_is_a_tally(gaz):
    from geomap.text.roles import find_tallies
    text = ("Gunmen killed four soldiers at a checkpoint near Kirkuk on Tuesday, police said. "
            "More than 1,500 people were killed in the province in fighting between rival groups, officials say.")
    assert [(i[3], i[2]) for i in _incidents(gaz, text, "2025-02-13")] == [("Kirkuk", 4)]
    assert [t.fatalities for t in find_tallies(text)] == [1500]


@pytest.mark.parametrize("text", [
    "Organisers say they will march again in Sweida on Friday.",
    "Factions have threatened further attacks on US interests in Baghdad.",
    "Reinforcements were seen near Daraa on Friday, but no new fighting was reported.",
    "Three people were killed in Iraq this week, bringing the November total recorded by this newsletter to 19.",
    "The SDF says it has detained more than 300 suspected militants in sweeps along the Euphrates this year.",
    "At the funeral in Raqqa on Sunday, hundreds of mourners chanted against the strikes.",
    "The monitor documented 43 assassinations in Daraa province in September alone.",
])
def test_plans_denials_counts_and_funerals_are_not_incidents(gaz, text):
    assert _incidents(gaz, text, "2024-11-18") == []


def test_the_day_of_the_attack_not_of_the_death(gaz):
    text = ("A child succumbed on Sunday to wounds she sustained when government forces shelled Ariha in Idlib "
            "province on Friday, August 16, raising the death toll to three.")
    assert [(i[0], i[2]) for i in _incidents(gaz, text, "2024-08-19")] == [("2024-08-16", 3)]


def test_the_previous_night_counts_back_from_the_event_told_before(gaz):
    text = ("A committee member was shot dead in Jasim on Thursday evening. Clashes had broken out the previous "
            "night in the nearby city of Nawa, where gunmen attacked a checkpoint, killing three.")
    assert [i[0] for i in _incidents(gaz, text, "2024-10-05")] == ["2024-10-03", "2024-10-02"]


def test_an_unverified_claim_with_its_own_place_and_day_is_kept_and_says_so(gaz):
    text = ("On Sunday, the military said security forces killed nine militants in an operation in Lakki Marwat "
            "district. The figures could not be independently confirmed.")
    incs = extract_document(text, published="2024-10-02", gazetteer=gaz).incidents
    assert [(i.event_date, i.fatalities) for i in incs] == [("2024-09-29", 9)]
    assert "could not be verified" in incs[0].notes


def test_a_neighbourhood_of_a_town_known_only_elsewhere_is_in_the_town(gaz):
    text = "Four gunmen were killed on Saturday in a shootout with soldiers in the Tierra Blanca neighbourhood of Culiacán."
    assert [i[3] for i in _incidents(gaz, text, "2025-01-20")] == ["Culiacán"]


@pytest.mark.parametrize("text", [
    "Editor's note: An earlier version of this article said the Jabalia strike killed seven people.",
    "Some 40,000 residents of the Jenin camp remain displaced after a military operation launched this year.",
    "This month marks eleven years since IS overran Sinjar in August 2014, killing thousands of Yazidis.",
    "The Shwebo strike was one of at least 40 air attacks recorded in Sagaing Region in November.",
])
def test_corrections_displacement_anniversaries_and_one_of_many_are_not_incidents(gaz, text):
    assert _incidents(gaz, text, "2025-12-03") == []


def test_a_later_death_at_a_hospital_named_like_a_city_abroad_joins_its_event(gaz):
    text = ("A car bomb exploded at a checkpoint in Mogadishu on Tuesday, killing five people. Three of the "
            "wounded later died at Madina hospital, police said on Wednesday, bringing the toll to eight.")
    assert [(i[3], i[2]) for i in _incidents(gaz, text, "2025-10-29")] == [("Mogadishu", 8)]


def test_written_acled_style_notes_of_syria_and_iraq(gaz):
    """ACLED-style notes written for the tests (tests/data/incidents/acled_style_sy_iq*.json): the first
    incident of each against its gold, as bench_acled scores ACLED's own notes."""
    from geomap.eval import score_event_notes
    for name, sub, fat, actor in (("acled_style_sy_iq.json", 0.90, 0.93, 0.85), ("acled_style_sy_iq2.json", 0.95, 0.93, 0.80)):
        notes = json.loads((DATA / name).read_text(encoding="utf-8"))["notes"]
        rates = score_event_notes(notes, gazetteer=gaz)
        assert rates["date"] >= 0.95 and rates["sub"] >= sub and rates["fat"] >= fat and rates["actor1_base"] >= actor, (name, rates)


@pytest.mark.parametrize("text, expected", [
    ("A roadside bomb exploded next to a patrol in Al Mayadin on Wednesday, wounding two soldiers. Syria's civil war, "
     "which began in 2011, killed more than 500,000 people.", [("2025-03-12", 0, "Al Mayādīn")]),
    ("Gunmen attacked an army post near Djibo on Saturday, killing 12 soldiers. The attack came a day after gunmen "
     "killed nine villagers at a weekly market near Dori.", [("2025-03-08", 12, "Djibo"), ("2025-03-07", 9, "Dori")]),
    ("Across the Dnipro river, Russian artillery shelled the town of Nikopol on Monday, wounding three people.",
     [("2025-03-10", 0, "Nikopol")]),
    ("Gunmen killed five people in Maiduguri on Monday. Meanwhile, in Benue State, 11 farmers were killed on Monday "
     "when herdsmen invaded a village in Makurdi.", [("2025-03-10", 5, "Maiduguri"), ("2025-03-10", 11, "Makurdi")]),
])
def test_a_war_s_toll_a_day_before_a_river_and_meanwhile(gaz, text, expected):
    assert [(i[0], i[2] or 0, i[3]) for i in _incidents(gaz, text, "2025-03-12")] == expected


@pytest.mark.parametrize("text", [
    "Hundreds of mourners attended the funeral in Nabatieh on Tuesday of the man killed the previous evening.",
    "Police arrested three militants who were allegedly planning attacks in Dera Ismail Khan.",
    "The same hospital has treated more than 40 civilians for blast wounds in Taiz since the start of May.",
    "The army said more than 200 terrorists were neutralised in the region over the past week.",
])
def test_funerals_plots_and_weekly_sums_are_not_incidents(gaz, text):
    assert _incidents(gaz, text, "2025-03-12") == []


@pytest.mark.parametrize("text, n", [
    ("Gunmen killed three soldiers near Hit on Tuesday. In neighbouring Syria, militants killed two guards in "
     "Deir ez-Zor last week.", 1),
    ("Gunmen killed three soldiers near Hit on Tuesday. Analysts said the group had stepped up attacks in the desert.", 1),
    ("Gunmen killed three soldiers near Hit on Tuesday. The soldiers were buried in Ramadi on Wednesday.", 1),
    ('Gunmen killed three soldiers near Hit on Tuesday. "The whole building came down," said a neighbour in Hit.', 1),
])
def test_recalled_attacks_analysis_burials_and_quotes_beside_the_news(gaz, text, n):
    assert len(_incidents(gaz, text, "2025-03-06")) == n


def test_a_district_then_a_compass_reference_is_the_district(gaz):
    text = "Six fighters were killed on Monday in clashes in Hays district, south of the Red Sea port of Hodeidah."
    assert [i[3] for i in _incidents(gaz, text, "2024-02-07")] != ["Al Ḩudaydah"]


@pytest.mark.parametrize("text", [
    "The government condemned the attacks as genocidal and called on the UN to act.",
    "Russia had launched more than 450 drones and 30 missiles at Ukraine over the weekend, most of them shot down.",
    "Analysts say fighting has flared on the ground front lines despite the truce.",
    "The Baidoa attack came a month after a similar bombing outside Afgooye in late January that killed three people.",
])
def test_reactions_counts_of_many_analysis_and_a_similar_earlier_bombing(gaz, text):
    assert _incidents(gaz, text, "2025-03-05") == []


def test_a_later_death_at_a_hospital_named_like_a_town_is_not_placed_there(gaz):
    text = ("A Houthi shell hit a school in Taiz on Tuesday, killing two pupils. A girl wounded in the attack died "
            "overnight at Al-Thawra hospital.")
    assert [i[3] for i in _incidents(gaz, text, "2025-11-20")] == ["Taiz"]


@pytest.mark.parametrize("text, published, want", [
    # two sides that "traded fire", and the dead of "the exchange"
    ("DARAA, Syria, May 6, 2025 (Wire) - Late on Monday, army troops and local gunmen traded fire for two hours on "
     "the edge of Tafas. A monitor said four fighters died in the exchange.", "2025-05-06",
     [("2025-05-05", "Armed clash", 4)]),
    # a second victim with a place and a day of its own is a second event of the same kind
    ("KYIV, Oct. 8, 2025 (Wire) - Russian shelling killed a man in Kherson on Monday and two women in Bilozerka "
     "early on Tuesday, officials said.", "2025-10-08",
     [("2025-10-06", "Shelling/artillery/missile attack", 1), ("2025-10-07", "Shelling/artillery/missile attack", 2)]),
    # the speaker is not the toll: "An army officer said at least six soldiers had been killed"
    ("GOMA, Congo, Feb. 4, 2025 (Wire) - The army and M23 fighters clashed near Minova on Monday. An army officer "
     "said at least six soldiers had been killed.", "2025-02-04", [("2025-02-03", "Armed clash", 6)]),
    # "Four ... died on the spot and a fifth died in hospital": five
    ("KANO, Nigeria, June 3, 2025 (Wire) - Gunmen attacked a mosque in Kankara on Sunday. Four worshippers died on "
     "the spot and a fifth died in hospital.", "2025-06-03", [("2025-06-01", "Attack", 5)]),
    # a toll raised for one event is no tally, and the event's day is the bombing's, not the announcement's
    ("KABUL, April 9, 2025 (Wire) - Officials on Wednesday raised to six the number of people killed in last "
     "Friday's suicide bombing outside a mosque in Kunduz.", "2025-04-09", [("2025-04-04", "Suicide bomb", 6)]),
    # a trend told beside the event, a burial to come and a threat add nothing
    ("KIRKUK, Iraq, May 13, 2025 (Wire) - Gunmen stormed a police post near Daquq on Sunday night, killing two "
     "officers, as security forces stepped up raids across the province.\n\nThe bodies of the dead are to be buried "
     "on Thursday. A channel close to the group warned that \"the checkpoints will burn one by one\".", "2025-05-13",
     [("2025-05-11", "Armed clash", 2)]),
    # arrests made in a raid are arrests, not a battle
    ("JALALABAD, Afghanistan, Sept. 3, 2025 (Wire) - Gunmen shot dead a cleric in Jalalabad on Monday. Police "
     "arrested four suspects in a raid in Kama district on Tuesday.", "2025-09-03",
     [("2025-09-01", "Attack", 1), ("2025-09-02", "Arrests", None)]),
    # a quarter's toll ("from January through March") is a tally, whatever its size
    ("PORT-AU-PRINCE, April 8, 2025 (Wire) - Police killed eight gang members in a gunfight in Kenscoff on "
     "Sunday.\n\nMore than 1,200 people were killed in gang violence across Haiti from January through March, "
     "according to a UN report.", "2025-04-08", [("2025-04-06", "Armed clash", 8)]),
    # "killing herself and two guards": ACLED counts the bomber; "at the entrance to" a town is at the town
    ("MAIDUGURI, Nigeria, Aug. 6, 2025 (Wire) - A suicide bomber blew herself up at a checkpoint at the entrance "
     "to Konduga on Tuesday, killing herself and two vigilantes.", "2025-08-06", [("2025-08-05", "Suicide bomb", 3)]),
])
def test_what_a_clause_adds(gaz, text, published, want):
    assert [i[:3] for i in _incidents(gaz, text, published)] == want


@pytest.mark.parametrize("text, published, field, want", [
    # the hospital the wounded were flown to is not the place
    ("BOGOTA, July 30, 2025 (Wire) - A drone struck the police station in Convención on Tuesday, killing an officer. "
     "The wounded were flown to a hospital in Ocaña.", "2025-07-30", 3, ["Convención"]),
    # an old shell that explodes is an explosive remnant
    ("DARAA, Syria, March 18, 2025 (Wire) - A shepherd was killed by an old artillery shell that exploded on farmland "
     "near Tafas on Friday.", "2025-03-18", 1, ["Remote explosive/landmine/IED"]),
    # a country's possessive before a town: "on the outskirts of Syria's Al Bukamal" is Al Bukamal itself
    ("AMMAN, March 18, 2025 (Wire) - A drone strike on a pickup truck on the outskirts of Syria's Al Bukamal killed "
     "four men late on Monday, residents said.", "2025-03-18", 3, ["Ālbū Kamāl"]),
])
def test_one_field_of_each_incident(gaz, text, published, field, want):
    assert [i[field] for i in _incidents(gaz, text, published)] == want


def test_a_live_page_s_headings_and_recap_add_no_incident(gaz):
    text = ("LIVE: Strikes in southern Lebanon\n\nLast updated: 9 July 2025, 20:10\n\n"
            "20:10 — We are closing this page. Here is a recap: a strike on a car in Bint Jbeil killed two people, "
            "and shelling hit Marjayoun.\n\n15:40 — Shelling hits Marjayoun\n\nIsraeli artillery shelled the "
            "outskirts of Marjayoun on Wednesday, wounding a farmer.\n\n09:15 — Strike on car in Bint Jbeil\n\n"
            "A drone strike hit a car in Bint Jbeil early on Wednesday, killing two people.")
    got = _incidents(gaz, text, "2025-07-09")
    assert sorted((d, f or 0, place) for d, _t, f, place in got) == [("2025-07-09", 0, "Marjayoun"),
                                                                     ("2025-07-09", 2, "Bent Jbaïl")], got


@pytest.mark.parametrize("text, published, want", [
    # a sentence with no day, place or toll of its own tells of an event already told
    ("ADEN, Yemen, May 8, 2025 (Wire) - Shelling killed three civilians in Taiz on Wednesday. Government troops and "
     "Houthi fighters clashed in Sirwah on Tuesday, killing 11.\n\nA Houthi spokesman said his forces had destroyed "
     "14 vehicles.", "2025-05-08", [("2025-05-07", 3, "Taiz"), ("2025-05-06", 11, "Sirwah")]),
    # a lead that sums "three separate incidents", and the war's dead, are context
    ("BEIRUT, June 18, 2025 (Wire) - At least six people were killed in three separate incidents in central Syria "
     "over two days. Gunmen killed four men outside Talbiseh on Monday. Two farmers were killed by a landmine near "
     "Kafr Zita on Tuesday.\n\nMore than half a million people were killed in the civil war that began in 2011.",
     "2025-06-18", [("2025-06-16", 4, "Tallbīsah"), ("2025-06-17", 2, "Kafr Zaytā")]),
    # a caption's day is the photo's; a funeral procession and shots fired into the air add nothing
    ("JENIN, West Bank, Nov. 14, 2024 (Wire) - An Israeli drone strike killed three men in Tulkarm late on Wednesday, "
     "health officials said.\n\nThousands joined the funeral procession in Tulkarm on Thursday as gunmen fired into "
     "the air.\n\nCaption: Mourners carry the bodies of three men killed in an Israeli drone strike, Tulkarm, "
     "November 14, 2024", "2024-11-14", [("2024-11-13", 3, "Tulkarm")]),
    # the day of the fire, not of the death
    ("BAGHDAD, Oct. 3, 2024 (Wire) - A second protester died on Thursday of wounds sustained when police opened fire "
     "on a crowd in Nasiriyah on Wednesday, officials said.", "2024-10-03", [("2024-10-02", 1, "Nasiriyah")]),
    # "an overnight raid" says which part of the night, "late on Saturday" which night
    ("GOMA, Congo, Jan. 21, 2025 (Wire) - Rebels killed 14 civilians in an overnight raid on a village outside Beni, "
     "officials said.\n\nThe attackers, armed with machetes, struck the village late on Saturday.", "2025-01-21",
     [("2025-01-18", 14, "Beni")]),
    # one name, one place: "the nearby town of Tammun" ... "The Tammun strike"
    ("JENIN, West Bank, July 3, 2025 (Wire) - An Israeli drone strike killed three men in the nearby town of Tammun, "
     "health officials said.\n\nThe Tammun strike took place late on Tuesday.", "2025-07-03",
     [("2025-07-01", 3, "Ţammūn")]),
    # the sum "since Saturday" and "in the 24 hours to Sunday morning" are tallies
    ("KHAN YUNIS, Gaza, Dec. 15, 2024 (Wire) - Israeli strikes killed at least 11 people in southern Gaza since "
     "Saturday, rescuers said. An air strike on a house in Bani Suheila killed seven people on Sunday. Across the Gaza "
     "Strip, at least 35 people were killed in the 24 hours to Sunday morning.", "2024-12-15",
     [("2024-12-15", 7, "Banī Suhaylā")]),
    # "Earlier on Saturday, ..." is another event of that day
    ("KHAN YUNIS, Gaza, Dec. 15, 2024 (Wire) - A strike on a tent in Deir el-Balah killed three people on Saturday "
     "evening.\n\nEarlier on Saturday, a man was killed by tank fire in Al-Qarara.", "2024-12-15",
     [("2024-12-14", 3, "Deir Al Balah"), ("2024-12-14", 1, "Al Qarārah")]),
    # "no one was killed" is no toll
    ("GOMA, Congo, Feb. 4, 2025 (Wire) - A gunfight broke out in Sake on Monday between soldiers and militiamen. Six "
     "people were wounded, a medic said, but no one was killed.", "2025-02-04", [("2025-02-03", 0, "Sake")]),
    # "The day before, ..." is another event a day earlier; victims named with their ages are counted
    ("DARAA, Syria, March 18, 2025 (Wire) - A roadside bomb killed three soldiers outside Nawa on Monday.\n\nThe day "
     "before, two gunmen opened fire on a car in Jasim, killing Ahmad al-Hariri, 34, and his cousin Khaled, 27.",
     "2025-03-18", [("2025-03-17", 3, "Nawá"), ("2025-03-16", 2, "Jāsim")]),
    # ", while in neighbouring Quneitra province ..." is a second event
    ("DARAA, Syria, March 18, 2025 (Wire) - On Saturday, a hand grenade thrown at a checkpoint in al-Sanamayn wounded "
     "four soldiers, while in neighbouring Quneitra province clashes near Khan Arnabeh left two gunmen dead.",
     "2025-03-18", [("2025-03-15", None, "Aş Şanamayn"), ("2025-03-15", 2, "Khān Arnabah")]),
    # the day the bodies were recovered is not the strike's
    ("BAALBEK, Lebanon, Oct. 15, 2024 (Wire) - Nine people were killed in an Israeli air strike on a house near "
     "Baalbek, the ministry said, after rescuers pulled two more bodies from the rubble on Tuesday morning.\n\nThe "
     "strike hit the house shortly after 10pm on Monday.", "2024-10-15", [("2024-10-14", 9, "Baalbek")]),
    # two targets of one kind of strike, each with its day and dead
    ("BAGHDAD, Nov. 6, 2024 (Wire) - Jets struck hideouts south of Haditha on Monday, killing six militants, and a "
     "cave complex in the hills near Rawah on Sunday, killing three more.", "2024-11-06",
     [("2024-11-04", 6, "Ḩadīthah"), ("2024-11-03", 3, "Rawah District")]),
    # "forces entered the camp" is the raid told in the lead
    ("JENIN, West Bank, May 27, 2025 (Wire) - Three Palestinians were killed during an Israeli raid on the Jenin camp, "
     "the ministry said on Tuesday.\n\nIsraeli forces entered the camp before dawn on Monday, triggering hours of "
     "gunfire exchanges with fighters.", "2025-05-27", [("2025-05-26", 3, "Jenin")]),
    # "in four days of violence" is a tally
    ("TIMBUKTU, Mali, June 8, 2025 (Wire) - At least 15 people have been killed in four days of violence in the "
     "Timbuktu region.\n\nOn Friday evening, mortar shells fired at Timbuktu killed a woman and her two children.",
     "2025-06-08", [("2025-06-06", 3, "Timbuktu")]),
    # both sides' dead
    ("BANNU, Pakistan, March 30, 2025 (Wire) - Two policemen were martyred and three attackers killed when militants "
     "stormed a checkpost in Lakki Marwat on Saturday night.", "2025-03-30", [("2025-03-29", 5, "Lakki")]),
    # ", and on Tuesday they abducted ..." is a second event, a day earlier
    ("EL GENEINA, Sudan, July 19, 2024 (Wire) - Gunmen killed four people in a village west of El Geneina on "
     "Wednesday and burned 40 houses, and on Tuesday they abducted 12 women from a camp on the edge of the town, "
     "residents said.", "2024-07-19", [("2024-07-17", 4, "Al-Junaynah"), ("2024-07-16", None, "")]),
    ("DJIBO, Burkina Faso, Aug. 11, 2025 (Wire) - On Saturday, gunmen killed six civilians in a village near Djibo and a "
     "bus hit a mine near Gorom-Gorom, wounding nine passengers.", "2025-08-11",
     [("2025-08-09", 6, "Djibo"), ("2025-08-09", None, "Gorom-Gorom")]),
    ("KYIV, Nov. 24, 2025 (Wire) - A Russian missile strike on Kharkiv overnight into Sunday killed four people.",
     "2025-11-24", [("2025-11-23", 4, "Kharkiv")]),
    # an event the report dates only by a month, beside the days it tells, is one it recalls
    ("MANBIJ, Syria, Jan. 13, 2025 (Wire) - A car bomb killed four people in Manbij on Saturday.\n\nIn March, a "
     "similar blast at the same market killed nine.", "2025-01-13", [("2025-01-11", 4, "Manbij")]),
    # two sides' counts are claims; a month's sum of attacks is a tally; "over the weekend" sums the weekend
    ("JOWHAR, Somalia, June 16, 2025 (Wire) - Militants attacked an army base in Mahaday on Friday, killing seven "
     "soldiers.\n\nThe government said 40 militants were killed in the fighting, while Al-Shabaab claimed it had "
     "killed 20 soldiers.\n\nAttacks killed at least 124 civilians in the region in May, officials said. At least "
     "17 people were killed over the weekend in drone strikes and fighting in the Middle Shabelle region.",
     "2025-06-16", [("2025-06-13", 7, "Jawhar")]),
    # "... killed three soldiers and at least five attackers": eight; "bringing it to 14" updates the toll
    ("DIFFA, Niger, June 17, 2024 (Wire) - On Sunday, assailants attacked a military post in Maine-Soroa, sparking a "
     "gun battle that killed three soldiers and at least five attackers, an official said.", "2024-06-17",
     [("2024-06-16", 8, "Maïné Soroa")]),
    ("DAKAR, Jan 23, 2025 (Wire) - Jihadist fighters attacked an army detachment in Djibo on Sunday. A security source "
     "put the toll at 12 on Monday, but sources said on Wednesday that two wounded soldiers had died, bringing it to "
     "14.", "2025-01-23", [("2025-01-19", 14, "Djibo")]),
])
def test_what_belongs_to_which_event(gaz, text, published, want):
    assert [(d, f, place) for d, _t, f, place in _incidents(gaz, text, published)] == want


def test_a_dateline_abroad_is_not_the_place_and_the_sentence_s_country_is_the_country(gaz):
    text = ("AMMAN, March 18, 2025 (Wire) - At least four people were killed when a roadside bomb struck a truck in "
            "Syria's southern Daraa province on Monday, a war monitor said.\n\nMeanwhile, the governor of Russia's "
            "Belgorod Oblast said on Monday that a Ukrainian drone attack had injured two people.")
    got = [(i.country, i.location) for i in extract_document(text, published="2025-03-18", gazetteer=gaz).incidents]
    assert got == [("Syria", ""), ("Russia", "")]


@pytest.mark.parametrize("text, want", [
    ("Around 14 March 2023 (month of), the bodies of 6 truffle hunters were found in the desert east of As-Sukhnah "
     "(Tadmor, Homs).", {"fatalities": 6}),
    ("On 30 October 2021, the body of a schoolteacher was found near Jasim (Izraa, Dara), a week after gunmen had "
     "kidnapped him.", {"fatalities": 1}),
    ("On 27 July 2018, a suicide bomber detonated his belt at an army checkpoint in Shahba (Shahba, As-Sweida), "
     "killing 4 soldiers as well as himself. IS claimed responsibility via Amaq.",
     {"fatalities": 5, "actor1": "Islamic State (Syria)"}),
    ("On 23 February 2019, a suicide bomber blew himself up near a funeral tent in Al Qaim (Al Qaim, Anbar), killing 3 "
     "mourners. The bomber also died.", {"fatalities": 4}),
    ("On 22 November 2022, Turkish artillery pounded several villages in the countryside of Kobani (Ain Al Arab, "
     "Aleppo), 1 SDF fighter was killed.", {"actor1": "Military Forces of Turkey (2016-)", "fatalities": 1}),
    ("On 10 June 2021, SAA artillery shelled Ihsim (Ariha, Idleb), killing a woman and her son.",
     {"actor1": "Military Forces of Syria (2000-)"}),
    # the brackets put Al-Riyadh in Iraq, not at the Saudi capital
    ("On 8 March 2022, IS militants opened fire on an army checkpoint near Al-Riyadh (Al-Hawiga, Kirkuk). 2 soldiers "
     "were killed.", {"country": "Iraq", "fatalities": 2}),
    ("On 9 May 2022, HTS's General Security Service detained a media activist at a checkpoint at the entrance of "
     "Darat Izza (Jebel Saman, Aleppo).", {"sub_event_type": "Arrests"}),
    ("On 28 January 2020, SAA troops entered Maarrat al-Numan (Maarrat An Nu'man, Idleb) and declared full control "
     "of the town.", {"sub_event_type": "Government regains territory", "country": "Syria"}),
    ("On 5 September 2022, Russian air defences at Hmeimim airbase (Jableh, Lattakia) shot down 2 drones launched by "
     "HTS.", {"sub_event_type": "Disrupted weapons use"}),
    ("On 10 December 2019, riot police fired live ammunition at demonstrators in Nasiriyah (Al Nasiriya, Thi-Qar). 3 "
     "protesters were killed.", {"sub_event_type": "Excessive force against protesters", "fatalities": 3}),
    ("On 3 April 2022, a mob of villagers beat to death a man accused of stealing livestock in Al Qurna (Al Qurna, "
     "Basrah).", {"sub_event_type": "Mob violence", "fatalities": 1}),
    ("On 21 September 2017, Iraqi troops backed by tribal Hashd fighters retook the town of Anah (Anah, Anbar) from "
     "IS.", {"sub_event_type": "Government regains territory"}),
    ("On 19 March 2018, Turkish-backed factions looted shops and homes in Afrin (Afrin, Aleppo).",
     {"sub_event_type": "Looting/property destruction"}),
    ("On 3 September 2021, local gunmen attacked a checkpoint in Daraa al-Balad (Dara, Dara). Fighting went on for "
     "hours; 3 of the gunmen and 1 soldier were killed.", {"fatalities": 4}),
])
def test_event_notes_of_syria_and_iraq(gaz, text, want):
    inc = extract_document(text, gazetteer=gaz).incidents[0]
    assert {k: getattr(inc, k) for k in want} == want


def test_an_event_abroad_told_in_passing_is_context(gaz):
    text = ("MAKURDI, Nigeria, Oct. 21, 2024 (Wire) - Gunmen killed 17 people in Igbor on Saturday, officials said.\n\n"
            "In neighbouring Cameroon, authorities said on Sunday that separatists had killed two gendarmes in the "
            "Northwest region.")
    doc = extract_document(text, published="2024-10-21", gazetteer=gaz)
    assert [(i.fatalities, i.country) for i in doc.incidents] == [(17, "Nigeria")]
    assert [(i.fatalities, i.country) for i in doc.mentioned] == [(2, "Cameroon")]
    assert "told in passing" in doc.mentioned[0].notes and "mentioned" in doc.to_dict()


def test_without_a_publication_date_a_hundred_dead_with_no_day_stays_a_tally(gaz):
    text = ("Gunmen attacked a police post in Kunduz on Monday, killing six officers.\n\nIn March, militants "
            "hijacked a train carrying more than 400 passengers in Balochistan.")
    doc = extract_document(text, gazetteer=gaz)
    assert all((i.fatalities or 0) < 100 for i in doc.incidents), [(i.fatalities, i.location) for i in doc.incidents]



@pytest.mark.parametrize("text, published, want", [
    # a threat is no event; "The bomb went off ..." is the lead's bomb; arrests "in recent weeks" are many events
    ("BAGHDAD, March 6, 2025 (Wire) - A roadside bomb killed three soldiers in the western desert of Anbar province, "
     "officials said Thursday.\n\nThe bomb went off Wednesday afternoon as a patrol drove along a road north of "
     "Rutba. Police in Ramadi have arrested dozens of men in recent weeks, the ministry said on Wednesday.\n\nA "
     "militant commander said the group would resume attacks on the highway within hours if the army stayed.",
     "2025-03-06", [("2025-03-05", 3, "Ar Ruţbah")]),
    # "... before fleeing when troops returned fire" answers that clause's own attack, in another town
    ("BAQUBA, Iraq, Nov. 7, 2024 (Wire) - A roadside bomb killed three soldiers near Muqdadiya on Wednesday.\n\n"
     "Later the same night, gunmen opened fire on an army outpost on the outskirts of Khanaqin, wounding two "
     "soldiers before fleeing when troops returned fire.", "2024-11-07",
     [("2024-11-06", 3, "Al Miqdādīyah"), ("2024-11-06", None, "Khānaqīn")]),
    # a lead that sums the strikes told below it; bodies taken home for burial retell the strike
    ("TYRE, Lebanon, Nov. 13, 2024 (Wire) - Israeli strikes have killed at least nine people in southern Lebanon's "
     "Tyre district.\n\nLate on Tuesday, an air strike flattened a building in Tyre, killing seven people. Early on "
     "Wednesday, a drone struck a car near Naqoura, killing two men. The bodies of the seven killed in Tyre were "
     "taken to their villages on Wednesday for burial.", "2024-11-13",
     [("2024-11-12", 7, "Tyre"), ("2024-11-13", 2, "En Nâqoûra")]),
    # a claim the other side denies, dated only by when it was said, is no incident
    ("MALAKAL, South Sudan, May 14, 2025 (Wire) - At least nine people were killed on Monday when fighting broke out "
     "between the South Sudan People's Defence Forces and rebels in Kodok.\n\nThe army said on Tuesday it had killed "
     "37 rebels near Malakal. The rebel leadership denied the figure.", "2025-05-14", [("2025-05-12", 9, "Kodok")]),
    # a headline's total is no one incident's toll
    ("Russian attacks kill six in Donetsk region\n\nKYIV, Jan. 21, 2025 (Wire) - A Russian drone hit a car in "
     "Kramatorsk on Monday, killing two people. Russian artillery killed a man in Pokrovsk on Sunday. On Tuesday, "
     "shelling killed three people in Kostiantynivka.", "2025-01-21",
     [("2025-01-20", 2, "Kramatorsk"), ("2025-01-19", 1, "Pokrovsk"), ("2025-01-21", 3, "Kostyantynivka")]),
    # a year before an event word, and "since August, when ...", tell background
    ("SANAA, Feb. 3, 2025 (Wire) - Houthi shelling killed a child in Taiz on Sunday.\n\nTensions have been high "
     "since August, when fighting between tribesmen and troops around Marib killed at least 25 people. In one of "
     "the deadliest incidents of the war, a 2018 coalition air strike on a school bus in Dahyan killed 40 children.",
     "2025-02-03", [("2025-02-02", 1, "Taiz")]),
    # a division's possessive ("Khyber Pakhtunkhwa's Lakki Marwat district"); the hospital the wounded went to;
    # "while in the neighbouring Tank district, ..." is a second event; "Tank" before "district" is a place
    ("PESHAWAR, Oct. 26, 2025 (Wire) - Three policemen were killed when militants attacked a checkpost in Khyber "
     "Pakhtunkhwa's Lakki Marwat district late on Friday. Two wounded policemen were shifted to the District "
     "Headquarters Hospital in Bannu.\n\nSeparately, gunmen shot dead a constable in Dera Ismail Khan on Friday "
     "evening, while in the neighbouring Tank district, a grenade hurled at a checkpost wounded two policemen.",
     "2025-10-26", [("2025-10-24", 3, "Lakki"), ("2025-10-24", 1, "Dera Ismail Khan"), ("2025-10-24", None, "Tānk District")]),
    # "Mawlaik town" is the town, not the district; a claim dismissed in the same sentence is no toll
    ("BANGKOK, Oct. 14, 2025 (Wire) - Resistance forces attacked a junta outpost at the edge of Mawlaik town on "
     "Sunday. A spokesman said 12 soldiers were killed, a claim the military's information team dismissed as "
     "fabricated. Two resistance fighters were killed in the fighting, he said.", "2025-10-14",
     [("2025-10-12", 2, "Mawlaik")]),
    # "in separate attacks" sums the attacks told below
    ("ISLAMABAD, March 5, 2025 (Wire) - At least eight security personnel were killed in separate militant attacks "
     "in Khyber Pakhtunkhwa, officials said on Wednesday.\n\nMilitants stormed a police station in Lakki Marwat late "
     "on Tuesday, killing five policemen. A roadside bomb killed three soldiers near Miran Shah on Tuesday.",
     "2025-03-05", [("2025-03-04", 5, "Lakki"), ("2025-03-04", 3, "Miran Shah")]),
    # "over the weekend" sums; "and three in Hermel" is a second event; "raised the toll in Baalbek to eight"
    ("BEIRUT, Nov. 3, 2025 (Wire) - Israeli air strikes killed at least 11 people in the Bekaa valley and the south "
     "over the weekend, the ministry said on Sunday.\n\nSix people were killed in Baalbek and three in Hermel in "
     "strikes on Saturday afternoon, the ministry said initially. It later raised the toll in Baalbek to eight after "
     "rescuers pulled two more bodies from the rubble.", "2025-11-03",
     [("2025-11-01", 8, "Baalbek"), ("2025-11-01", 3, "El Hermel")]),
    # a tally since the war's epoch, and "of that year", are no toll of the day's raids
    ("RAMALLAH, June 9, 2025 (Wire) - Israeli troops detained nine Palestinians in raids in Hebron on Sunday, the "
     "Prisoners' Society said. At least 520 Palestinians have been killed in the West Bank by troops or settlers "
     "since the Hamas-led attack on Israel on 7 October, according to the health ministry.", "2025-06-09",
     [("2025-06-08", None, "Hebron")]),
    ("BAGHDAD, Nov. 5, 2025 (Wire) - Security forces arrested eight activists in dawn raids in Diwaniyah on "
     "Saturday. The protest movement began in October 2019. In a single day in November of that year, more than 30 "
     "protesters were shot dead on the city's bridges.", "2025-11-05", [("2025-11-01", None, "Al Diwaniyah")]),
    # a live page's entry is of the page's day; "in al-Atarib, in the western Aleppo countryside" is a place; a
    # reference back ("its aircraft had struck only targets in Idlib") does not move the strike
    ("Syria live: drones over Idlib\n\nPublished: 2026-01-24 07:10 GMT\n\n11:40 GMT - Drone wounds four in "
     "al-Atarib\nA small explosive-laden drone hit a vegetable market in al-Atarib, in the western Aleppo "
     "countryside, wounding four people, rescuers said.\n\n09:20 GMT - Strike near Jisr al-Shughur\nFive people "
     "were killed late on Monday when warplanes struck a farm on the edge of Jisr al-Shughur, rescuers said. "
     "Russia's defence ministry said its aircraft had struck only terrorist targets in Idlib.", "2026-01-24",
     [("2026-01-24", None, "Al Atārib"), ("2026-01-19", 5, "Jisr ash Shughūr")]),
    # "embraced martyrdom" counts; "had earlier put the death toll at four" is outdated
    ("PESHAWAR, June 3, 2025 (Wire) - A suicide bomber rammed a vehicle into a convoy near Miranshah on Monday, the "
     "military said. Six soldiers embraced martyrdom, it said. Officials had earlier put the death toll at four.",
     "2025-06-03", [("2025-06-02", 6, "Miran Shah")]),
    # two counts at two places in one sentence, with or without a day: two events
    ("AMMAN, Oct. 14, 2025 (Wire) - Four fighters were killed at a checkpoint outside Hajin and two men died when a "
     "drone hit their pickup truck near al-Mayadin, the Observatory said.", "2025-10-14",
     [("2025-10-14", 4, "Hajīn"), ("2025-10-14", 2, "Al Mayādīn")]),
    ("BAGHDAD, April 18, 2025 (Wire) - Two soldiers were killed near Tarmiyah, about 45 kilometres (28 miles) north "
     "of the capital, and three shepherds in a village outside Daquq, south of Kirkuk, officials said on Tuesday.",
     "2025-04-18", [("2025-04-15", 2, "Aţ Ţārmīyah"), ("2025-04-15", 3, "Daquq District")]),
    ("GAO, Mali, April 18, 2025 (Wire) - Gunmen killed two soldiers in Ansongo and three civilians in nearby Bara on "
     "Monday.", "2025-04-18", [("2025-04-14", 2, "Ansongo"), ("2025-04-14", 3, "Bara")]),
    # ... but two counts at one place are one event
    ("GAO, Mali, April 18, 2025 (Wire) - Gunmen killed two soldiers and three civilians in Ansongo on Monday.",
     "2025-04-18", [("2025-04-14", 5, "Ansongo")]),
    # "came under fire from" is a clash; grenades seized in an arrest are no grenade attack; "marched through
    # central Culiacan" is placed; a weak word with its own day and town is its own event
    ("CULIACAN, Mexico, Sept. 27, 2025 (Wire) - Gunmen shot dead five men at a repair shop in Culiacan on Thursday."
     "\n\nHours later, soldiers patrolling on the outskirts of Navolato came under fire from men in an SUV. Three "
     "gunmen were killed in the ensuing shootout.\n\nOn Wednesday, soldiers arrested eight suspected cartel members "
     "in Eldorado and seized grenades and body armor.\n\nHundreds of people marched through central Culiacan on "
     "Thursday evening to demand peace.", "2025-09-27",
     [("2025-09-25", 5, "Culiacán"), ("2025-09-25", 3, "Navolato"), ("2025-09-24", None, "Eldorado"),
      ("2025-09-25", None, "Culiacán")]),
    # "over the past day" sums; ", while a drone attack on nearby Marhanets ..." and "In Kherson, ..." are events
    ("KYIV, May 14, 2025 (Wire) - Russian drone and artillery attacks killed at least two people across Ukraine over "
     "the past day, officials said.\n\nRussian forces shelled Nikopol on Tuesday, killing a 64-year-old man, while a "
     "drone attack on nearby Marhanets injured two women. In Kherson, a drone killed a driver on Tuesday.",
     "2025-05-14", [("2025-05-13", 1, "Nikopol"), ("2025-05-13", None, "Marhanets"), ("2025-05-13", 1, "Kherson")]),
    # "on Thursday, the day of the attack" dates the attack in a sentence that counts its dead; "police fired live
    # rounds to disperse residents marching" is force against protesters
    ("N'DJAMENA, Chad, June 9, 2025 (Wire) - The toll from an attack by armed herders on a village near Kyabe rose "
     "to 12, local authorities said. Eight people were reported dead on Thursday, the day of the attack, and four "
     "of the wounded later died in hospital.\n\nIn N'Djamena, one person was killed on Friday when police fired live "
     "rounds to disperse residents marching peacefully against power cuts.", "2025-06-09",
     [("2025-06-05", 12, "Kyabé"), ("2025-06-06", 1, "N'Djamena")]),
    # "... were among the dead" breaks down the toll told; a weekly communique's count is a tally
    ("MOGADISHU, Sept. 22, 2025 (Wire) - A suicide car bomb killed at least six people at a checkpoint on the edge of "
     "Beledweyne on Saturday, police said.\n\nThree soldiers and three civilians, including a minibus driver, were "
     "among the dead, he said.\n\nIn its weekly communique, the defence ministry said troops had killed 41 militants "
     "in the Hiiraan region between 15 September and 21 September.", "2025-09-22",
     [("2025-09-20", 6, "Beledweyne")]),
    # tolls: "Three fighters of the U.S.-backed ... were killed"; six "khwarij"; "raising the death toll of that
    # shelling to three"
    ("QAMISHLI, Syria, March 6, 2025 (Wire) - Three fighters of the U.S.-backed Syrian Democratic Forces (SDF) were "
     "killed on Tuesday when a roadside bomb tore through their vehicle near al-Busayrah in eastern Deir ez-Zor "
     "province.", "2025-03-06",
     [("2025-03-04", 3, "Al Buşayrah")]),
    ("PESHAWAR, March 30, 2025 (Wire) - The military said six \"khwarij\" were killed during an operation in the "
     "Miranshah area of North Waziristan on March 28.", "2025-03-30", [("2025-03-28", 6, "Miran Shah")]),
    # a battle's dead on both sides, told in two sentences, add up; one side told twice does not
    ("PESHAWAR, June 3, 2025 (Wire) - Security forces killed 11 terrorists in an operation in Lakki Marwat district "
     "on Sunday night, the military said. Two soldiers were martyred in the exchange of fire, it added.",
     "2025-06-03", [("2025-06-01", 13, "Lakki")]),
    ("PESHAWAR, June 3, 2025 (Wire) - Militants attacked a checkpost in Lakki Marwat on Sunday night, killing three "
     "soldiers. Three soldiers were killed in the exchange of fire, a police official said.", "2025-06-03",
     [("2025-06-01", 3, "Lakki")]),
])
def test_threats_sums_claims_and_retold_events_stay_out(gaz, text, published, want):
    assert [(d, f, place) for d, _t, f, place in _incidents(gaz, text, published)] == want


@pytest.mark.parametrize("text, published, passing", [
    # the cue anywhere in the sentence
    ("BEIRUT, April 17, 2025 (Wire) - An Israeli drone struck a car in Bint Jbeil on Wednesday, killing its driver. "
     "On Thursday, a drone hit a motorcycle near Naqoura, killing two men.\n\nSeparately, Israel's military said on "
     "Thursday it had struck weapons depots near Damascus in neighbouring Syria overnight.", "2025-04-17", "Syria"),
    # no cue, but a lone event in another country that names no town of its own
    ("BANGKOK, Dec. 12, 2024 (Wire) - A military air strike on a market in Mawlaik killed nine people on Wednesday. "
     "On Thursday, resistance fighters attacked a police station in Shwebo, killing two officers.\n\nOn Thursday, a "
     "stray mortar shell landed in Thailand's Mae Sot district, damaging a house, Thai officials said.",
     "2024-12-12", "Thailand"),
])
def test_a_lone_event_abroad_is_told_in_passing(gaz, text, published, passing):
    doc = extract_document(text, published=published, gazetteer=gaz)
    assert passing not in {i.country for i in doc.incidents} and len(doc.incidents) == 2
    assert [i.country for i in doc.mentioned] == [passing]


def test_a_division_s_possessive_keeps_its_town_in_its_country(gaz):
    # the gazetteer has no Nasir in South Sudan: Upper Nile, not Sudan's Nasir Extension
    text = ("KHARTOUM, March 9, 2025 (Wire) - Shelling killed 12 people in Omdurman on Saturday.\n\nIn neighbouring "
            "South Sudan, fighting in Upper Nile state's Nasir county on Friday killed at least 10 soldiers.")
    doc = extract_document(text, published="2025-03-09", gazetteer=gaz)
    assert [i.location for i in doc.incidents] == ["Omdurman"]
    assert [(i.country, i.location) for i in doc.mentioned] == [("South Sudan", "Upper Nile")]


def test_an_army_named_in_full_is_the_state_s_not_myanmar_s_resistance(gaz):
    text = ("MALAKAL, South Sudan, May 14, 2025 (Wire) - At least nine people were killed on Monday when fighting "
            "broke out between the South Sudan People's Defence Forces (SSPDF) and Agwelek forces in Kodok.")
    inc = extract_document(text, published="2025-05-14", gazetteer=gaz).incidents[0]
    assert "People's Defense Force" not in (inc.actor1 + inc.actor2)
    assert "Military Forces of South Sudan (2011-)" in (inc.actor1, inc.actor2)


def test_a_lead_that_sums_the_events_below_gives_them_its_day_and_is_no_incident(gaz):
    # the lead's count leaves out the bomber, the events below carry no day of their own: Monday's, from the lead
    text = ("KANO, Nigeria, Aug. 12, 2025 (Wire) - Jihadists killed at least 11 people in three attacks in Borno "
            "state on Monday, security sources said.\n\nSix farmers were killed in Gwoza when gunmen opened fire "
            "on them in their fields. A suicide bomber blew herself up at a checkpoint at the entrance to Konduga, "
            "killing herself and two vigilantes. In Bama, three soldiers died when fighters stormed a base.\n\n"
            "On Sunday, a roadside bomb wounded four people near Dikwa.")
    got = [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2025-08-12")]
    assert got == [("2025-08-11", 6, "Gwoza"), ("2025-08-11", 3, "Konduga"), ("2025-08-11", 3, "Bama"),
                   ("2025-08-10", None, "Dikwa")]


@pytest.mark.parametrize("text, published, want", [
    # the attacker killed after the victims ("also", "The bomber was killed in the blast") adds to the toll
    ("JUBA, June 10, 2025 (Wire) - Armed youth attacked a cattle camp near Tonj on Sunday, killing 11 herders. "
     "Three of the attackers were also killed when the herders fought back, the commissioner said.", "2025-06-10",
     [("2025-06-08", 14, "Tonj")]),
    ("PESHAWAR, March 18, 2025 (Wire) - Five soldiers were killed when a suicide bomber rammed a car into a convoy "
     "near Bannu on Sunday. The bomber was killed in the blast.", "2025-03-18", [("2025-03-16", 6, "Bannu")]),
    # a figure the report says nobody could check does not replace the one it gives
    ("KHARTOUM, Jan. 15, 2025 (Wire) - A drone strike hit the market in Kutum on Sunday. At least 15 people were "
     "killed, health workers said. Activists put the toll at 23, a figure the UN has not been able to verify.",
     "2025-01-15", [("2025-01-12", 15, "Kutum District")]),
    # a funeral, then the attack it follows (on Sunday, not the funeral's Tuesday; "the town" names no place)
    ("GUSAU, Nigeria, March 4, 2025 (Wire) - Residents of Maru on Tuesday buried their dead after bandits stormed "
     "the town on Sunday night, killing at least 13 people.", "2025-03-04", [("2025-03-02", 13, "")]),
    # a road named by its two ends is not where the ambush was
    ("JUBA, June 10, 2025 (Wire) - Gunmen ambushed a truck on the Juba-Yei road near Yei, in South Sudan's Central "
     "Equatoria state, on Saturday, killing three traders.", "2025-06-10", [("2025-06-07", 3, "Yei County")]),
    # a sum over days, a war's toll and an event recalled weeks before are no incidents
    ("BOGOTA, Sept. 10, 2025 (Wire) - Four days of attacks by armed groups in Cauca left at least eight people dead, "
     "the minister said on Wednesday. On Sunday, rebels killed five soldiers in Argelia. On Monday, a bomb killed "
     "two police officers in Suárez. On Tuesday, a drone killed a soldier in Jamundí.\n\nThe attacks come a week "
     "after an ambush near Tumaco in which 12 soldiers were killed. The 1964-2016 conflict killed 450,000 people.",
     "2025-09-10", [("2025-09-07", 5, "Argelia"), ("2025-09-08", 2, "Suárez"), ("2025-09-09", 1, "Jamundí")]),
    # a sentence that opens on a town of its own tells the next event of a roundup
    ("MAIDUGURI, Nigeria, Aug. 6, 2025 (Wire) - A suicide bomber blew herself up in Konduga on Tuesday, killing "
     "herself and two vigilantes. In Bama, three soldiers died when fighters stormed a base.", "2025-08-06",
     [("2025-08-05", 3, "Konduga"), ("2025-08-05", 3, "Bama")]),
])
def test_attackers_dead_unverified_figures_funerals_roads_and_roundups(gaz, text, published, want):
    assert [(i[0], i[2], i[3]) for i in _incidents(gaz, text, published)] == want


@pytest.mark.parametrize("text, published, want", [
    # the month is no march: a brief's bullet line gives its day and place-less heading to the events below it
    ("MARCH BRIEF\nReporting period: Monday 10 March - Sunday 16 March 2025\n\n"
     "• Mora (Mayo-Sava) - Tuesday 11 March, c. 02:00. Gunmen raided a neighbourhood on the outskirts of Mora, "
     "killing four civilians.\n\n• Koza (Mayo-Tsanaga) - Saturday 15 March, afternoon. Troops \"neutralised\" six "
     "militants in a clash near Koza. One soldier was killed.", "2025-03-17",
     [("2025-03-11", 4, "Mora"), ("2025-03-15", 7, "Koza")]),
    # a range is its lower bound; an aside that breaks the dead down is part of the toll; "p.m. No one" ends a sentence
    ("OUAGADOUGOU, Oct. 24, 2024 (Wire) - On Sunday, gunmen killed between eight and ten civilians in Kaya. On "
     "Monday, 12 IDPs, including five children, were killed in an attack near Djibo. On Tuesday, a man threw a "
     "grenade at a shop in Dori, wounding six people, at about 8:45 p.m. No one was killed.", "2024-10-24",
     [("2024-10-20", 8, "Kaya"), ("2024-10-21", 12, "Djibo"), ("2024-10-22", None, "Dori")]),
    # an earlier figure gives way to the later one; so does a toll that rose from one figure to another
    ("MOGADISHU, March 18, 2025 (Wire) - A car bomb exploded at a checkpoint in Mogadishu on Tuesday. The toll rose "
     "from four to seven by the evening. An initial police statement had put the number of dead at four.",
     "2025-03-18", [("2025-03-18", 7, "Mogadishu")]),
])
def test_briefs_ranges_asides_and_revised_tolls(gaz, text, published, want):
    assert [(i[0], i[2], i[3]) for i in _incidents(gaz, text, published)] == want


def test_a_one_word_name_known_only_as_another_name_of_a_city_abroad_is_not_placed_there(gaz):
    # "Mambasa" (Ituri) is an old name of Mombasa in GeoNames: not in Kenya, 1,100 km away, in a report of Ituri
    text = ("BUNIA, Congo, Feb. 21, 2025 (Wire) - Rebels killed nine civilians in Mambasa on Wednesday, "
            "a local official in Bunia said.")
    incs = extract_document(text, published="2025-02-21", gazetteer=gaz).incidents
    assert [(i.fatalities, i.country) for i in incs] == [(9, "Democratic Republic of the Congo")]
    assert incs[0].location != "Mombasa"


@pytest.mark.parametrize("text, published, want", [
    # arrests with a day or place of their own are their own event (ACLED's Arrests), not the attack's
    ("IMPHAL, April 16, 2024 (Wire) - Gunmen killed two village volunteers in Moirang on Monday. On Tuesday, "
     "security forces arrested three cadres of a banned outfit in Thoubal district.", "2024-04-16",
     [("2024-04-15", "Attack", 2), ("2024-04-16", "Arrests", None)]),
    # a march told beside a shooting is its own event; the dead "at the scene and two more" add up
    ("CULIACAN, Mexico, Feb. 12, 2025 (Wire) - Gunmen burst into a party in the municipal seat of Navolato on "
     "Sunday night and opened fire on the guests. Four people died at the scene and two more died hours later in "
     "hospitals in Culiacán. On Sunday morning, thousands of people marched through the centre of Culiacán to "
     "demand peace.", "2025-02-12",
     [("2025-02-09", "Attack", 6), ("2025-02-09", "Peaceful protest", None)]),
])
def test_arrests_marches_and_later_deaths(gaz, text, published, want):
    assert [i[:3] for i in _incidents(gaz, text, published)] == want


def test_a_live_page_s_time_line_over_its_title_heads_an_entry(gaz):
    text = ("Live: strikes in south Lebanon\n\n10 Nov 2024 - 14:40 GMT\nToll in Tyre strike rises to five\n\n"
            "The number of people killed in this morning's Israeli strike on a building in Tyre has risen to five. "
            "Three people had been confirmed dead earlier.\n\n10 Nov 2024 - 12:15 GMT\nFour killed in Nabatieh\n\n"
            "An Israeli strike on a civil defence centre in Nabatieh killed four people on Sunday.\n\n"
            "10 Nov 2024 - 09:50 GMT\nSoldier killed near Khiam\n\nThe Israeli military says a soldier was killed "
            "in fighting with Hezbollah in southern Lebanon on Saturday.")
    got = [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2024-11-10")]
    assert got[:2] == [("2024-11-10", 5, "Tyre"), ("2024-11-10", 4, "Nabatîyé et Tahta")]
    assert [g[:2] for g in got[2:]] == [("2024-11-09", 1)]


def test_a_toll_update_said_on_a_later_day_joins_the_raid(gaz):
    text = ("KHARTOUM, June 18 (Wire) - Paramilitary fighters stormed a village outside Wad Medani on Saturday, "
            "opening fire on residents, activists said. The resistance committee initially said 14 people were killed. "
            "On Monday, the committee said the toll had risen to 19 as bodies were found in nearby fields.")
    assert [(i[0], i[2]) for i in _incidents(gaz, text, "2024-06-18")] == [("2024-06-15", 19)]


def test_a_toll_update_by_an_evening_is_not_a_new_event(gaz):
    text = ("Gunmen stormed several neighbourhoods of Mirebalais on Sunday, killing four people and torching homes, "
            "the mayor said. By Monday evening, the toll had risen to six after two more bodies were found.")
    assert [(i[0], i[2]) for i in _incidents(gaz, text, "2025-05-06")] == [("2025-05-04", 6)]


def test_the_number_of_martyrs_raised_in_translated_copy(gaz):
    text = ("SANAA, July 9 (Agency) - The aggression launched two raids on Monday evening on a district of Hodeidah, "
            "killing two citizens. The source added on Tuesday that one of the wounded succumbed to his injuries, "
            "raising the number of martyrs of the raids to three.")
    assert [(i[0], i[2]) for i in _incidents(gaz, text, "2024-07-09")] == [("2024-07-08", 3)]


def test_early_accounts_then_the_official_figure(gaz):
    text = ("Fighters stormed a village near Wad Medani on Friday, opening fire on residents. Early accounts put "
            "the death toll at more than 90, but the state government later said 17 people had been killed.")
    assert [(i[0], i[2]) for i in _incidents(gaz, text, "2024-06-10")] == [("2024-06-07", 17)]


def test_the_rescuers_day_is_not_the_strike_s(gaz):
    text = ("Rescuers on Wednesday and Thursday pulled bodies from the rubble of a building in Tyre that was "
            "flattened by an air strike on Tuesday evening. The health ministry said seven people were killed.")
    assert [(i[0], i[2]) for i in _incidents(gaz, text, "2024-11-28")] == [("2024-11-26", 7)]


def test_a_village_north_of_a_state_capital_is_placed_by_the_capital(gaz):
    text = ("Fighters stormed a village about 30 km (19 miles) north of the state capital Wad Medani on Friday, "
            "killing 12 residents, activists said.")
    assert [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2024-06-10")] == [("2024-06-07", 12, "Wad Medani")]


@pytest.mark.parametrize("text, day", [
    ("In late March, gangs overran the town of Mirebalais, killing at least 20 people.", "2025-03-01"),
    ("Gangs overran Mirebalais in early May, killing at least 20 people.", "2025-05-01"),
])
def test_a_modified_month_dates_an_older_event(gaz, text, day):
    assert [i[0] for i in _incidents(gaz, text, "2025-06-09")] in ([day], [])


@pytest.mark.parametrize("text, toll", [
    ("On Monday, a patrol came into contact with a group of armed terrorists near Téra. In the riposte, nine (9) "
     "terrorists were neutralised. Two (2) of our soldiers fell on the field of honour.", 11),
    ("On Monday, gunmen killed seven (7) civilians near Téra, the ministry said.", 7),
])
def test_communique_counts_repeated_in_digits(gaz, text, toll):
    assert [(i[0], i[2]) for i in _incidents(gaz, text, "2024-08-14")] == [("2024-08-12", toll)]


def test_a_brief_s_bullet_day_over_a_month_named_in_passing(gaz):
    text = ("KEY INCIDENTS\n"
            "• 22 September: Several hundred displaced people held a peaceful demonstration in front of the district "
            "administration in Pemba, demanding food distributions suspended in August.")
    assert [(i[0], i[1], i[3]) for i in _incidents(gaz, text, "2024-09-23")] == [("2024-09-22", "Peaceful protest", "Pemba")]


def test_a_blast_the_following_day_is_its_own_incident_a_day_later(gaz):
    text = ("OUAGADOUGOU (Wire) - Jihadists killed nine volunteers in an assault on the town of Djibo on Monday, and a "
            "landmine killed three soldiers there the following day, security sources told the agency on Wednesday.\n\n"
            "Gunmen on motorbikes attacked a post on the edge of Djibo early on Monday, a security source said.")
    got = [(i[0], i[2]) for i in _incidents(gaz, text, "2025-05-14")]
    assert got == [("2025-05-12", 9), ("2025-05-13", 3)]   # gunmen's attack on Monday is the assault told again


def test_a_habit_of_the_place_does_not_make_the_attack_a_habit(gaz):
    text = ("The convoy was attacked on Thursday on the road outside Douentza, a stretch frequently targeted by "
            "jihadists, the army said. Four soldiers were killed.")
    assert [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2025-01-18")] == [("2025-01-16", 4, "Douentza")]
    text = "Jihadists frequently attack convoys on the road outside Douentza."
    assert _incidents(gaz, text, "2025-01-18") == []


def test_a_side_s_claim_and_the_abducted_are_no_toll(gaz):
    text = ("On Friday, gunmen stopped a bus near Bandiagara and abducted 14 passengers after shooting dead the driver, "
            "a youth association said. JNIM claimed on Saturday that it had killed 30 soldiers near Boni.")
    assert [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2025-01-19")] == [("2025-01-17", 1, "Bandiagara")]


def test_the_day_an_outlet_was_told_is_not_the_event_s(gaz):
    text = ("JUBA (Wire) - At least nine people were killed when armed youth raided a cattle camp near Tonj on Tuesday, "
            "officials said.\n\nThe county commissioner told Radio Miraya on Wednesday that six herders were killed "
            "when the attackers surrounded the camp at dawn. Three of the raiders were shot dead by the camp's defenders.")
    assert [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2023-08-17")] == [("2023-08-15", 9, "Tonj")]


def test_a_checked_count_wins_over_a_side_s_and_a_commander_s_claim(gaz):
    text = ("- 31 July, near Myitkyina: Fighting broke out between the Kachin Independence Army and troops around an "
            "army outpost south of Myitkyina. The KIA said on its channel that 40 soldiers had been killed. The Monitor "
            "was able to confirm five deaths.")
    assert [(i[0], i[2]) for i in _incidents(gaz, text, "2024-08-03")] == [("2024-07-31", 5)]
    text = ("Militia fighters and troops fought for the town of Bure on Tuesday. A militia commander said his fighters "
            "had seized the town and killed 50 soldiers. A regional official said eight people were killed.")
    assert [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2024-04-26")] == [("2024-04-23", 8, "Burē")]


def test_a_second_blast_with_its_own_town_and_day_and_shots_to_break_up_a_protest(gaz):
    text = ("Gunmen killed two guards at a checkpoint in Spin Boldak district on Sunday and a roadside bomb killed three "
            "policemen in Khost on Monday, officials said. On Saturday, fighters in Kunduz fired into the air to break "
            "up a protest by women.")
    got = [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2023-03-14")]
    assert got[:2] == [("2023-03-12", 2, "Spīn Bōldak"), ("2023-03-13", 3, "Khōst")]
    assert [g[0] for g in got[2:]] == ["2023-03-11"]


def test_bodies_found_bring_the_attack_s_own_number_up(gaz):
    text = ("BENI (Wire) - The bodies of four more people were found on Thursday in fields near a village north of Beni, "
            "bringing to 12 the number of civilians killed in an attack blamed on ADF rebels, local officials said.\n\n"
            "The attackers entered the village late on Wednesday, killing eight people with machetes.")
    assert [(i[0], i[2]) for i in _incidents(gaz, text, "2025-09-05")] == [("2025-09-03", 12)]


def test_the_other_side_s_dead_told_next_are_the_same_fight_s(gaz):
    text = ("Troops repelled an attack by fighters of the Islamic State West Africa Province on a military base in "
            "Konduga early on Tuesday, an army spokesman said. Eleven of the attackers were killed, and three soldiers "
            "lost their lives in the fighting, he said.")
    assert [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2024-09-11")] == [("2024-09-10", 14, "Konduga")]


@pytest.mark.parametrize("text, town, cc", [
    ("Fighters of the Islamic State West Africa Province attacked a base in Konduga on Tuesday.", "Konduga", "NG"),
    ("Fighters of the Islamic State Sahel Province attacked a camp near Menaka on Tuesday.", "Ménaka", "ML"),
    ("ISWAP fighters attacked a base in Konduga on Tuesday.", "Konduga", "NG"),
])
def test_the_region_in_a_group_s_name_is_no_place(gaz, text, town, cc):
    doc = extract_document(text, published="2024-09-11", gazetteer=gaz)
    assert [(m.place.name, m.place.country_code) for m in doc.places if m.place is not None] == [(town, cc)]
    assert [(i.location, i.actor1) for i in doc.incidents] == [(town, "Islamic State")]


def test_a_bulletin_s_bullet_places_its_event_after_its_day(gaz):
    text = ("INCIDENTS RECORDED THIS WEEK\n"
            "- Sunday 15 October - Cabaret (Ouest department): Gang members attacked a neighbourhood at dawn, killing "
            "six people.\n"
            "- Wednesday 18 October - Croix-des-Bouquets: Police carried out an operation against a gang controlling the "
            "area. The police said 12 gang members were killed; our field team confirmed three bodies.")
    got = [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2023-10-21")]
    assert got == [("2023-10-15", 6, "Cabaret"), ("2023-10-18", 3, "Croix-des-Bouquets")]
    # a dateline's town after its date is no bullet's
    text = "October 15, 2024 - BAHIR DAR, Ethiopia - A drone strike hit a minibus outside Finote Selam on Saturday, killing 9."
    assert [i[3] for i in _incidents(gaz, text, "2024-10-15")] == ["Finote Selam"]


def test_a_town_named_with_city_in_a_story_about_its_province_is_that_province_s(gaz):
    text = ("In Idlib, warplanes struck Kansafra. In Daraa, gunmen killed a man in Nawa. In Idlib too, regime forces "
            "shelled residential neighbourhoods of Ariha city on Friday, killing two children.")
    doc = extract_document(text, published="2024-08-18", gazetteer=gaz)
    ariha = [m.place for m in doc.places if m.text == "Ariha"]
    assert [(p.country_code, p.admin1) for p in ariha] == [("SY", "Idlib")]   # not Jericho, 'Ariha' in Arabic
    assert ("2024-08-16", 2, "Syria") in [(i.event_date, i.fatalities, i.country) for i in doc.incidents]


def test_drones_that_struck_districts_of_a_city_are_the_city_s(gaz):
    text = "Russian attack drones struck two districts of Kharkiv overnight, killing two people, officials said on Thursday."
    assert [i[3] for i in _incidents(gaz, text, "2025-06-12")] == ["Kharkiv"]


def test_a_round_up_s_day_headings_date_the_paragraphs_under_them(gaz):
    text = ("AMHARA WEEKLY ROUND-UP\nPublished 4 March 2024\n\nThursday 29 February\n\nHeavy fighting between troops "
            "and Fano fighters broke out in Finote Selam in the early morning. A hospital source said 10 people were "
            "killed.\n\nSunday 3 March\n\nThe teacher was one of 38 civilians killed in the zone since the start of the "
            "year, officials said.\n\nOutlook\n\nFighting is expected to continue around Finote Selam.")
    assert [(i.event_date, i.fatalities, i.location) for i in extract_document(text, gazetteer=gaz).incidents] == [
        ("2024-02-29", 10, "Finote Selam")]


def test_the_town_told_next_in_the_incident_s_province_places_it(gaz):
    text = ("BOGOTA, April 10 (Wire) - Explosive-laden drones attacked a police station in the southwestern province "
            "of Cauca on Tuesday, killing two officers, authorities said.\n\nThe drones dropped at least three "
            "explosive charges on the station in the town of Suárez in the early morning, a police spokesman said.")
    assert [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2024-04-10")] == [("2024-04-09", 2, "Suárez")]


def test_a_convoy_s_destination_a_toll_s_breakdown_and_a_headline_s_march(gaz):
    text = ("Twelve killed in ambush on the road to Dori; traders march in Dori\n\n"
            "Twelve people, eight soldiers and four volunteers, were killed on Thursday when armed men ambushed a supply "
            "convoy, security sources said. The convoy, which was escorting trucks of food towards Dori, was attacked "
            "about 40 km north-east of Kaya.\n\nOn Monday, hundreds of traders marched peacefully in Dori.")
    got = [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2024-09-10")]
    assert got == [("2024-09-05", 12, "Kaya"), ("2024-09-09", None, "Dori")]   # the headline's 12 is the ambush's
    from geomap.text.fatalities import toll, toll_rules
    s = "Two soldiers and two civilians were killed."
    assert toll(s, 0, len(s), toll_rules())[0] == 4   # the same count twice is no breakdown


def test_bodies_found_km_from_a_town_after_a_raid_the_day_before(gaz):
    text = ("The discovery on Monday of three beheaded bodies near a village about 20 km from Mocímboa da Praia was a "
            "grim reminder that the insurgency in northern Mozambique is far from over. Insurgents had raided the "
            "village on Sunday, residents said.")
    assert [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2025-06-18")] == [("2025-06-15", 3, "Mocimboa da Praia")]


def test_the_number_killed_in_the_fighting_and_grenades_an_attacker_carried(gaz):
    text = ("Police in Lakki Marwat say four policemen were killed in Thursday night's assault on a police post, and "
            "that two of the attackers were shot dead in the return fire, bringing the number killed in the fighting "
            "to six.")
    assert [(i[0], i[2]) for i in _incidents(gaz, text, "2024-11-22")] == [("2024-11-21", 6)]
    text = "Militants armed with rifles and rocket-propelled grenades attacked a police post in Lakki Marwat on Thursday."
    assert [i[1] for i in _incidents(gaz, text, "2024-11-22")] == ["Armed clash"]


def test_both_sides_dead_when_one_side_is_told_twice(gaz):
    text = ("BAGHDAD (Wire) - Islamic State militants attacked an army outpost near Tarmiyah late Monday, killing three "
            "soldiers, officials said Tuesday. Two soldiers were killed at the scene and a lieutenant died hours later "
            "in hospital. Troops who returned fire killed two of the attackers, the officials said.")
    assert [(i[0], i[2]) for i in _incidents(gaz, text, "2023-02-14")] == [("2023-02-13", 5)]


def test_the_day_in_a_toll_update_s_subject_and_a_strike_on_another_town_that_day(gaz):
    text = ("Death toll in Celaya bar attack rises to five\n\nThe number of people killed in an armed attack on a bar in "
            "the centre of Celaya late on Tuesday has risen to five, the state prosecutor's office said on Wednesday.\n\n"
            "In Salamanca, gunmen killed two men outside a workshop on Tuesday, police said. In neighbouring Michoacan, "
            "soldiers clashed with gunmen south of Apatzingan on Monday, killing three of the attackers.")
    got = [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2024-10-02")]
    assert got[:2] == [("2024-10-01", 5, "Celaya"), ("2024-10-01", 2, "Salamanca")]   # five is no sum of 2 and 3


def test_a_communique_s_quoted_count_of_the_enemy_dead(gaz):
    text = ("According to the communiqué, on Monday a unit engaged an armed terrorist group on motorcycles near Téra. "
            "\"The vigorous reaction of our forces made it possible to neutralise eleven (11) terrorists,\" the text says.")
    assert [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2024-07-17")] == [("2024-07-15", 11, "Téra")]


def test_the_first_count_told_again_with_more_dead(gaz):
    text = ("Gunmen attacked an army checkpoint near Busra al-Sham on Tuesday, killing three soldiers, residents said. "
            "Three soldiers were killed in the exchange of fire and two of the attackers were also killed, according to "
            "a war monitor.")
    assert [(i[0], i[2]) for i in _incidents(gaz, text, "2024-06-19")] == [("2024-06-18", 5)]


def test_an_event_a_month_before_the_week_s_news_is_recalled(gaz):
    text = ("JERUSALEM, Nov 21, 2023 (Wire) - A rocket fired from Gaza killed a man in Sderot on Monday, police said. "
            "On Tuesday, an assailant stabbed a woman to death at the bus station in Beersheba.\n\n"
            "The Hamas-led attack on October 7 killed some 1,200 people in Israel, according to Israeli officials.")
    got = [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2023-11-21")]
    assert [g[0] for g in got] == ["2023-11-20", "2023-11-21"] and all(g[1] != 1200 for g in got)


def test_a_claim_on_social_media_and_a_ceremony_for_the_dead(gaz):
    text = ("On Friday 21 March 2025, a patrol was attacked by armed terrorists on motorcycles about 20 kilometres from "
            "Ouallam. On the friendly side, four soldiers fell with honour; on the enemy side, 15 terrorists were "
            "neutralised. A jihadist group claimed on social media that it had killed 30 soldiers.\n\nThe bodies of the "
            "four soldiers were received at a military ceremony in Niamey on Sunday.")
    assert [(i[0], i[2], i[3]) for i in _incidents(gaz, text, "2025-03-24")] == [("2025-03-21", 19, "Ouallam")]


def test_a_lead_that_sums_the_day_s_attacks_is_no_event_s_toll(gaz):
    text = ("BEIRUT, March 14 (Wire) - Attacks across Syria's southern province of Daraa killed nine people on Wednesday, "
            "a war monitor said.\n\nA roadside bomb struck an army pick-up truck on the outskirts of Jasim early on "
            "Wednesday, killing three soldiers. Hours later in Nawa, gunmen shot dead six men outside the municipal "
            "building, a local official said.")
    assert [(i[0], i[2]) for i in _incidents(gaz, text, "2024-03-14")] == [("2024-03-13", 3), ("2024-03-13", 6)]
