# A clause that only refers back to an incident told before ("the area struck on Friday is key to ...",
# "the site hit in the raid"): it adds nothing of its own, so its sentence is not the incident's evidence
# unless it states a toll or a place.
# Used by: geomap.text.incidents (evidence).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\bthe\ (?:area|site|town|village|city|base|building|convoy|camp|targets?|positions?|facility|compound)\ (?:that\ was\ )?(?:struck|hit|targeted|attacked|bombed|shelled|raided)\b
