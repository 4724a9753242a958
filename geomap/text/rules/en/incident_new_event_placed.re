# A sentence that opens by counting time from the event told before ("Hours later on Tuesday, ...", "Minutes
# after that, ..."): with a place of its own ("... gunmen shot dead a councilman and his son in Sumisip") it tells
# another event, unless its own day, place or toll ties it to one told before; with none it goes on with that one
# ("A few hours later, a drone fired a missile at a car on the road between Hermel and the border").
# Matched at the start of the sentence.
# Used by: geomap.text.incidents.
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\W*(?:(?:hours|minutes|moments|a\s+few\s+hours)\s+(?:later|earlier)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|that\s+(?:day|morning|evening|night)))?|(?:hours|minutes)\s+(?:after|before)\s+(?:that|the\s+\w+))\s*,
