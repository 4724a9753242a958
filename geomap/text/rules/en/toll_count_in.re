# A clause that starts with a bare count and a place, cut from a clause with a toll: "Six people were killed
# in Baalbek | and three in Hermel in strikes on Saturday". Its count is its own toll (of the verb before).
# Used by: geomap.text.incidents (matched, re.match, at the start of the second clause).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\W*(?:and\s+|while\s+)?(?:{{toll_qualifier}}\s+)?{{number_no_article}}\s+(?:(?:{{toll_person}})\s+)?(?:more\s+|others?\s+)?(?:in|near|at|outside)\b
