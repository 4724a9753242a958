# A pronoun as the subject of the event word ("Also, they ambushed, assumedly with heavy weapons, pro-Hadi
# reinforcements"): the attacker is the one told before, so a force named after a comma is the target, not
# the subject after a fronted phrase. Matched at the end of the clause's text before the event word.
# Used by: geomap.text.actors (assign_actors).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:they|it|he|she|we)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+|reportedly\s+){0,2}$
