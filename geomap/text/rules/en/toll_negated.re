# Words just before a count that deny it: "no one was killed", "not a single soldier died". A count read
# right after them is no toll (the clause's "no ... killed" is told by toll_none.re).
# Used by: geomap.text.fatalities (toll), matched against the text before the count.
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:no|not\s+a\s+single|not\s+even|nor)\s+$
