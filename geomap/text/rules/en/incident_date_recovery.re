# Before a date: the recovery of bodies ("after rescuers pulled two more bodies from the rubble on Tuesday
# morning", "the bodies were found on Sunday"). That is the day the dead were counted, not the day of the event.
# Matched against the text just before a date phrase (geomap.text.incident_dates.dates_for).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:pulled|recovered|retrieved|found|discovered|dug\s+out|exhumed)\b[^.;]{0,40}\bbod(?:y|ies)\b[^.;]{0,50}$
| \bbod(?:y|ies)\b[^.;]{0,30}\b(?:were|was|had\s+been)\s+(?:pulled|recovered|retrieved|found|discovered|dug\s+out)\b[^.;]{0,30}$
| \b(?:rescuers|rescue\s+(?:workers|teams|crews)|civil\s+defen[cs]e\s+(?:teams|workers|crews))\s+$   # 'Rescuers on Wednesday pulled bodies from the rubble of a building flattened by a strike on Tuesday'
| \b(?:after|following|during)\s+(?:the\s+)?(?:retrieval|recovery|search|rescue)\s+(?:operations?|efforts?)\s+(?:on\s+)?$   # 'Following retrieval operations on 15 February, the police confirmed a total of five killed'
| \b(?:the\s+)?(?:discovery|recovery|finding)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$   # 'The discovery on Monday of four beheaded bodies ...': the day they were found
