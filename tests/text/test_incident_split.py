"""One incident told over several places, split as the text says (geomap.text.incident_split)."""
from __future__ import annotations

from geomap.text.document import extract_document

# fictional events at real places, in the style of a conflict monitor's note
FRONTS = ("On 3 June 2024, government forces and Houthi fighters clashed on the Sirwah (Marib), Nihm (Sanaa) "
          "and Harib (Marib) fronts, killing ten fighters. Fatalities coded as 10 and spread across three "
          "locations.")


def test_a_toll_spread_over_three_fronts_is_three_incidents(gaz):
    incs = extract_document(FRONTS, gazetteer=gaz, country_hints=["YE"]).incidents
    assert [i.fatalities for i in incs] == [4, 3, 3]          # equal shares, the remainder to the first
    assert sum(i.fatalities for i in incs) == 10
    names = [i.location for i in incs]
    assert len(set(names)) == 3 and "Sirwah" in names[0]
    assert all(i.event_date == "2024-06-03" and i.sub_event_type == "Armed clash" for i in incs)
    assert all("one of 3 events" in i.notes for i in incs)
    assert [i.extra["split"] for i in incs] == [[1, 3], [2, 3], [3, 3]]
    assert all(i.country == "Yemen" for i in incs)


def test_a_share_already_given_is_not_split_again(gaz):
    # "(3)": this text is already one of the parts, with its share
    text = ("On 3 June 2024, ten rebels were killed in clashes with the army in Sirwah (Marib) and Nihm "
            "(Sanaa). Fatalities split across 2 events (5).")
    incs = extract_document(text, gazetteer=gaz, country_hints=["YE"]).incidents
    assert len(incs) == 1 and incs[0].fatalities == 5


def test_what_another_source_counted_is_not_a_split(gaz):
    text = ("On 3 June 2024, rebels attacked army posts in Sirwah (Marib) and Nihm (Sanaa). Fatalities coded as "
            "0 (a local outlet reported 12 fatalities split across two events).")
    incs = extract_document(text, gazetteer=gaz, country_hints=["YE"]).incidents
    assert len(incs) == 1 and incs[0].fatalities == 0


def test_a_reference_point_is_not_a_front_and_too_few_places_keep_it_whole(gaz):
    text = ("On 3 June 2024, coalition air strikes hit rebel positions in Sirwah district west of Marib city, "
            "killing several fighters. Fatalities coded as 10 and split between 2 locations.")
    incs = extract_document(text, gazetteer=gaz, country_hints=["YE"]).incidents
    assert len(incs) == 1 and incs[0].fatalities == 10   # Marib city only says where Sirwah is


def test_fronts_the_gazetteer_does_not_know_count_at_their_districts(gaz):
    text = ("On 9 June 2024, Houthi forces exchanged artillery fire with government forces on the fronts of "
            "Jabal al Kirsh front (Al Qabbaytah, Lahij) and Bab Ghaliq (Qaatabah, Ad Dali). Unclear fatalities "
            "coded as 10 and spread between 2 locations.")
    incs = extract_document(text, gazetteer=gaz, country_hints=["YE"]).incidents
    assert [i.fatalities for i in incs] == [5, 5]
    assert all(i.geo_precision == 2 and i.country == "Yemen" for i in incs)
    assert incs[0].location != incs[1].location


def test_a_statement_counts_the_places_of_the_incident_told_before_it(gaz):
    # the shelling and the clashes are told apart, then counted together over three places
    text = ("On 12 June 2024, Houthi forces shelled farms in Hays district. Government forces responded to the "
            "fire. Separately, Houthi forces clashed with government forces in Wadi Nakhla (Jabal Ras, Al "
            "Hudaydah) and Kadf Zuhra (Jabal Ras, Al Hudaydah). Unknown fatalities coded as 10, split between "
            "three locations.")
    incs = extract_document(text, gazetteer=gaz, country_hints=["YE"]).incidents
    assert [i.fatalities for i in incs] == [4, 3, 3]
    assert "Hays" in incs[0].location
    assert all(i.country == "Yemen" and i.event_date == "2024-06-12" for i in incs)
    # each unknown village says it is one and where it was put
    assert "'Wadi Nakhla' is not in the gazetteer" in incs[1].notes
    assert "'Kadf Zuhra' is not in the gazetteer" in incs[2].notes


def test_an_earlier_incident_with_its_own_toll_is_not_counted_into_a_later_split(gaz):
    text = ("On 12 June 2024, Houthi forces shelled farms in Hays district, killing two farmers. Separately, "
            "Houthi forces clashed with government forces in Wadi Nakhla (Jabal Ras, Al Hudaydah) and Kadf "
            "Zuhra (Jabal Ras, Al Hudaydah). Unknown fatalities coded as 10, split between three locations.")
    incs = extract_document(text, gazetteer=gaz, country_hints=["YE"]).incidents
    assert incs[0].fatalities == 2
    assert sum(i.fatalities or 0 for i in incs[1:]) == 10


def test_villages_listed_after_a_place_are_places_at_the_division_named_before(gaz):
    text = ("On 14 June 2024, Houthi fighters attacked army positions in Al Mashariq front (Qaatabah, Ad Dali). "
            "Clashes were also reported in Bayt Salim, Jabal al Ward and Qaryat al Nahr, killing eight fighters. "
            "Fatalities coded as 8 and spread across four locations.")
    incs = extract_document(text, gazetteer=gaz, country_hints=["YE"]).incidents
    assert [i.fatalities for i in incs] == [2, 2, 2, 2]
    assert {i.geo_precision for i in incs[1:]} == {3}        # only the governorate is known
    assert all(i.country == "Yemen" for i in incs)
    assert [n for i in incs for n in ("Bayt Salim", "Jabal al Ward", "Qaryat al Nahr") if repr(n) in i.notes] == \
        ["Bayt Salim", "Jabal al Ward", "Qaryat al Nahr"]


def test_a_front_before_parentheses_that_open_with_an_article_counts(gaz):
    text = ("On 16 June 2024, government forces repelled a Houthi attack on the Raghwan frontline (Raghwan, "
            "Marib) and took the Al Mahjar checkpoint (As Sawadiyah, Al Bayda), killing 21 fighters. Fatalities "
            "spread across two locations.")
    incs = extract_document(text, gazetteer=gaz, country_hints=["YE"]).incidents
    assert [i.fatalities for i in incs] == [11, 10]
    assert "'Al Mahjar checkpoint' is not in the gazetteer" in incs[1].notes
