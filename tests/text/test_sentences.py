"""Tests for geomap.text.sentences: sentences, captions and clauses."""
from __future__ import annotations

from geomap.text.rules import load_rules
from geomap.text.sentences import blocks, clauses, sentence_rules, split_sentences


# ----------------------------------------------------------------- sentences
def test_sentences_keep_abbreviations_together():
    t = "A U.S. airstrike hit Qaim on Monday, Dec. 30, 2019. Mr Al Assad met St. John's staff. It ended."
    got = [t[a:b] for a, b in split_sentences(t)]
    assert got == ["A U.S. airstrike hit Qaim on Monday, Dec. 30, 2019.", "Mr Al Assad met St. John's staff.",
                   "It ended."]


def test_sentences_break_at_lines_and_headlines():
    t = "Headline without a stop\n\nBody one. Body two.\nCaption (AP Photo)"
    got = [t[a:b] for a, b in split_sentences(t)]
    assert got == ["Headline without a stop", "Body one.", "Body two.", "Caption (AP Photo)"]



def test_blocks_and_captions():
    t = "Headline\n\nRuins in Qaim, Dec. 30, 2019. (AP Photo)\nBody."
    assert [t[a:b] for a, b in blocks(t)] == ["Headline", "Ruins in Qaim, Dec. 30, 2019. (AP Photo)", "Body."]
    sr = sentence_rules()
    assert [sr.is_caption(t[a:b]) for a, b in blocks(t)] == [False, True, False]
    assert sentence_rules(load_rules("en")) is sr  # compiled once per Rules


def test_clauses_at_connectors_to_another_event():
    t = "US jets struck Qaim in retaliation for a rocket attack on a base."
    got = [(t[a:b], background) for a, b, background in clauses(t, 0, len(t), lambda s: "struck" in s or "attack" in s)]
    assert got == [("US jets struck Qaim", False), ("a rocket attack on a base.", True)]
    # a fronted connector: the main clause first, then the preamble, then the cause
    t = "Reported on 4 March, in retaliation to Taliban attacks, Afghan forces killed 6 militants."
    got = [(t[a:b], background) for a, b, background in clauses(t, 0, len(t), lambda s: "killed" in s or "attacks" in s)]
    assert got == [(" Afghan forces killed 6 militants.", False), ("Reported on 4 March, in retaliation to ", False),
                   ("Taliban attacks", True)]
