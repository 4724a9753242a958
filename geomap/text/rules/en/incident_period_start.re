# Words just before a date that make it the start or end of a period, not the day of an event
# ("unpaid since July 2011", "from 2015"): such a date does not make a clause background.
# Used by: geomap.text.incidents (clause roles).
# Source: written by hand for geomap from English usage; no entry taken from an evaluation corpus.
(?i)
\b(?:since|from|until|till|through)\s+(?:early\s+|late\s+|mid-?)?$
