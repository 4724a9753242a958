# A clause that tells the other side answering the fire of the event just told ("returned fire", "fired
# back", "responded to the fire", "responded to the shelling"): the same event, fought by both sides; it joins
# the incident before it even with another attacker (and, by trigger_return_fire.re, makes it a clash).
# Not "responded by firing ...": that is a later event (incident_bound_after.re).
# Source: written by hand for geomap from English news style; no text taken from an evaluation corpus.
(?i)
\breturn(?:ed|ing)\s+(?:the\s+)?fire\b
| \bfir(?:ed|ing)\s+back\b
| \brespond(?:ed|ing)\s+to\s+(?:the|their|this|that)\s+(?:[\w-]+\s+)?(?:fire|shelling|shots|gunfire|attack|assault)\b
