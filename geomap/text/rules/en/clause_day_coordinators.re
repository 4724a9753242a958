# Where a sentence goes on to another day ("killed four people in a village on Wednesday and burned 40 houses,
# and on Tuesday they abducted 12 women"): a second event with a day of its own, cut there even when it names no
# place (clause_coordinators.re asks for one).
# Used by: geomap.text.sentences (clauses).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
,\s+and\s+(?:then\s+)?(?=(?:(?:early|late)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.;]{0,60}?\b(?:abducted|kidnapped|attacked|killed|shelled|stormed|raided|ambushed|bombed|struck|burned|torched|looted|shot)\b)
