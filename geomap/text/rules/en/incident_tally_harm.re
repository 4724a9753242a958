# A count of harm in a clause with a tally's period ("since October", "so far this year"): what makes it
# a tally ("more than 400 people have been killed since October") and not an event told with a date
# ("a sit-in against a ruling in force since 2007").
# Used by: geomap.text.incidents (clause roles, tallies).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:killed|killing|dead|died|deaths|death\ toll|casualties|wounded|injured|displaced|lives)\b
