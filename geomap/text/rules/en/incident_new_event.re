# A sentence that opens with a word telling of another event ("Meanwhile, in Benue State, 11 farmers were
# killed ...", "Separately, ...", "Elsewhere, ...", "In a separate incident, ..."): its event is a new incident
# unless its own day, place or toll ties it to one told before; so does a sentence that opens with a place of its
# own ("In Bama, three soldiers died ...", "Near the town of Tafas, ..."), as a roundup tells each event. Matched at
# the start of the sentence.
# Used by: geomap.text.incidents, geomap.text.incident_merge.
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\W*(?:meanwhile|separately|elsewhere|in\s+(?:a|another)\s+(?:separate\s+)?(?:incident|attack|development)|in\s+other\s+(?:violence|news|attacks))\b
| \W*(?:earlier|later|also)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|that\s+(?:day|morning|evening|night))\s*,   # 'Earlier on Saturday, a man was killed by tank fire in Al-Qarara': another event that day
| \W*(?:in|near|outside)\s+(?:the\s+(?:town|village|city|camp|district|province|region)\s+of\s+|the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?-i:[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){0,2})(?:\s+(?:province|state|district|region|governorate|county|city|town|camp|area))?\s*,   # 'In Bama, three soldiers died ...': a roundup's next event
