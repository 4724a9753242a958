# Before a place named as the event's own name ("the Tammun strike"): an article or a day's possessive.
# Used by: geomap.text.incident_places (clause_locations), with loc_event_named.re.
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:the|this|that|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\ week|this\ week)['’]s)\s+$
