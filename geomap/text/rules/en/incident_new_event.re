# A sentence that opens with a word telling of another event ("Meanwhile, in Benue State, 11 farmers were
# killed ...", "Separately, ...", "Elsewhere, ...", "In a separate incident, ..."): its event is a new incident
# unless its own day, place or toll ties it to one told before. Matched at the start of the sentence.
# Used by: geomap.text.incidents, geomap.text.incident_merge.
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\W*(?:meanwhile|separately|elsewhere|in\s+(?:a|another)\s+(?:separate\s+)?(?:incident|attack|development)|in\s+other\s+(?:violence|news|attacks))\b
| \W*(?:earlier|later)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|that\s+(?:day|morning|evening|night))\s*,   # 'Earlier on Saturday, a man was killed by tank fire in Al-Qarara': another event that day
