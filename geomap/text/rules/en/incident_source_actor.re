# What follows an actor named as the source of a statement ("Police said nine of the victims had
# died", "the army told reporters"): in a clause with no event word of its own, such an actor
# reports the incident before; it does not act in a new one.
# Used by: geomap.text.incidents (candidates: an untyped clause's say-verb subject is not its actor).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}?(?:said|says|told|reported|reports|announced|added|stated|confirmed|claimed)\b   # "the Houthis' Al Masirah TV reported": its outlet
