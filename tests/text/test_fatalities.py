"""Tests for geomap.text.fatalities: the death toll a clause states."""
from __future__ import annotations

import pytest

from _incidents import only
from geomap.text.fatalities import num_value, toll, toll_rules


# ----------------------------------------------------------------- how many
@pytest.mark.parametrize("text, n, qualifier", [
    ("At least eight fighters were killed in an air strike in Al Bukamal on Friday.", 8, "at least"),
    ("An air strike in Al Bukamal on Friday killed 25 fighters.", 25, ""),
    ("An air strike in Al Bukamal on Friday killed twenty-one fighters.", 21, ""),
    ("A rocket attack on a base in Iraq on Friday killed a US contractor.", 1, ""),
    ("An air strike hit Al Bukamal on Friday. No casualties were reported.", 0, ""),
    ("An air strike hit Al Bukamal on Friday, killing 3 people. The death toll has risen to 11.", 11, ""),
    ("On 19 March 2020, 1 policeman and 2 civilians were shot and killed by gunmen in Kandahar.", 3, ""),
    ("On 19 March 2020, 2 policemen were killed in an ambush in Kandahar. 6 militants were also killed.", 8, ""),
    ("On 19 March 2020, 3 soldiers were killed in an ambush in Kandahar. Fatalities coded as 0.", 0, ""),
    ("On 3 March 2020, police clashed with militants, killing 2 militants and injuring 2, in Kandahar.", 2, ""),
    ("On 6 March 2020, 5 militants and 2-4 policemen were killed during clashes in Kandahar.", 7, ""),
    ("On 9 March 2020, gunmen shot and killed 1 elder in addition to 3 of his guards in Kandahar.", 4, ""),
    ("On 18 March 2020, a commander and his guard were killed by a roadside bomb in Kandahar.", 2, ""),
    ("On 8 March 2020, militants attacked a post in Kandahar; as a result 3 militants were killed.", 3, ""),
    ("Militants attacked a post in Kandahar on Monday. Also a soldier was killed.", 1, ""),
    ("On 4 March 2020, 7 policemen were killed and wounded in an attack in Kandahar.", None, ""),
])
def test_fatalities(text, n, qualifier):
    inc = only(text)
    assert (inc.fatalities, inc.fatalities_qualifier) == (n, qualifier)


def test_wounded_only_is_not_a_toll():
    inc = only("A roadside bomb wounded 4 soldiers in Kandahar on Monday.")
    assert inc.fatalities is None


def test_date_phrase_numbers_are_not_tolls():
    inc = only("On 21 March 2020, 12 militants were killed in clashes in Kandahar.", None)
    assert inc.fatalities == 12 and inc.event_date == "2020-03-21"



@pytest.mark.parametrize("s, n", [("12", 12), ("1,200", 1200), ("5-7", 5), ("twenty-one", 21), ("a dozen", 12),
                                  ("both", 2), ("several", None)])
def test_num_value(s, n):
    assert num_value(s, toll_rules()) == n


def test_toll_of_a_clause():
    tr = toll_rules()
    t = "Fatalities coded as 0 (VoJ reported 3)."
    assert toll(t, 0, len(t), tr) == (0, "", 3, False)
    t = "the death toll has risen to at least 25"
    assert toll(t, 0, len(t), tr) == (25, "at least", 2, False)
    t = "Abu Mahdi Al-Muhandis, was also killed"
    assert toll(t, 0, len(t), tr) == (1, "", 1, True)
    t = "the blast wounded 4 soldiers"
    assert toll(t, 0, len(t), tr) == (None, "", 0, False)


@pytest.mark.parametrize("clause, n", [
    ("A 25-year-old man was killed when a rocket hit a factory.", 1),
    ("At least 1,500 people were killed in the attacks.", 1500),        # thousands, not 1 + 500
    ("The offensive has killed more than 37,000 Palestinians.", 37000),
    ("Gunmen shot dead two policemen guarding a vaccination team.", 2),
    ("Soldiers clashed with militants, killing eight of them.", 8),
    ("Gunmen killed a village chief near the market.", 1),
    ("Air raids hit the area, killing four citizens, including a child.", 4),
    ("Clashes erupted in the market, leading to the death of a bystander.", 1),
    ("Residents protested following the death of a civilian.", None),  # a death that caused the protest
    ("A drone strike on a car in Khan Younis killed two men.", 2),      # "Younis" is no victim
])
def test_more_ways_of_telling_the_dead(clause, n):
    assert toll(clause, 0, len(clause), toll_rules())[0] == n


@pytest.mark.parametrize("text", [
    "Three militants were killed, injured or captured during a security operation in Tunceli on Monday.",
    "Five fighters were killed or captured near Hays on Monday.",
    "Four soldiers were killed and wounded in clashes near Marib on Monday.",
])
def test_dead_counted_with_wounded_or_captured_is_not_a_toll(text):
    assert only(text).fatalities is None


def test_a_coders_count_of_fatalities_and_injuries_is_the_toll():
    inc = only("On 9 May 2020, air strikes hit rebel positions in Kandahar, killing and injuring dozens of "
               "fighters. Dozens of fatalities and injuries coded as 6.", None)
    assert inc.fatalities == 6


import pytest


@pytest.mark.parametrize("clause", [
    "Gunmen attempted to kill a police commander outside his home.",
    "Two men tried to kill the mayor, Hassan Ali, on Friday.",
    "A plot to kill two judges was foiled.",
])
def test_an_attempt_to_kill_states_no_death(clause):
    from geomap.text.fatalities import toll, toll_rules
    assert toll(clause, 0, len(clause), toll_rules())[0] is None


def test_a_killing_after_an_attempt_still_counts():
    from geomap.text.fatalities import toll, toll_rules
    clause = "After a failed attempt on Monday, gunmen killed two guards."
    assert toll(clause, 0, len(clause), toll_rules())[0] == 2


@pytest.mark.parametrize("clause, n", [
    ("Troops cleared militant camps in three villages, kill five, rescue 40 hostages.", 5),
    ("A land dispute led to the killing of four persons near the market.", 4),
    ("Stray bullets killed a businessman and injured two.", 1),
    ("Gunmen shot dead two traders and a shopkeeper.", 3),
])
def test_headline_verbs_killings_of_and_more_kinds_of_victims(clause, n):
    from geomap.text.fatalities import toll, toll_rules
    assert toll(clause, 0, len(clause), toll_rules())[0] == n


def test_a_threat_to_kill_is_no_toll_in_the_bare_form_either():
    from geomap.text.fatalities import toll, toll_rules
    clause = "The group vowed to kill two, the statement said."
    assert toll(clause, 0, len(clause), toll_rules())[0] is None


@pytest.mark.parametrize("clause, n", [
    ("1 child, a shepherd, was killed by a roadside bomb.", 1),          # the same victim, described
    ("2 soldiers, a policeman, and a civilian were killed.", 4),         # a list
    ("A 27-year-old fighter was executed by the group.", 1),             # an age is no count
    ("Gunmen killed 27-year-old Ali Hassan.", None),
    ("IS militants executed five youths in a public square.", 5),
    ("A militiaman was beaten to death by residents.", 1),
    # a long aside with an acronym in brackets is part of the count, not the count
    ("Thirteen people, including nine members of the Volunteers for the Defence of the Homeland (VDP), were killed.", 13),
    ("Fourteen people, nine soldiers and five volunteers, were killed.", 14),   # its breakdown
    ("Four soldiers were killed in the exchange of fire and two of the attackers were also killed.", 6),
    ("The army deplored the loss of two soldiers who fell on the field of honour.", 2),   # a communiqué's own dead
    ("A jet bombed a village on Sunday, killing eight civilians, according to two residents who helped bury the dead.",
     8),   # the dead they buried are no count of theirs
    ("The balance sheet: on the friendly side, four soldiers fell with honour and six were wounded; on the enemy side, "
     "15 terrorists were neutralised.", 19),   # both sides of a communiqué's balance sheet
])
def test_appositions_ages_and_executions(clause, n):
    from geomap.text.fatalities import toll, toll_rules
    assert toll(clause, 0, len(clause), toll_rules())[0] == n
