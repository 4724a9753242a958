# Where a sentence goes on to another day ("killed four people in a village on Wednesday and burned 40 houses,
# and on Tuesday they abducted 12 women"): a second event with a day of its own, cut there even when it names no
# place (clause_coordinators.re asks for one); or to a second blast or strike "the following day", "a day later".
# Used by: geomap.text.sentences (clauses).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
,\s+and\s+(?:then\s+)?(?=(?:(?:early|late)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.;]{0,60}?\b(?:abducted|kidnapped|attacked|killed|shelled|stormed|raided|ambushed|bombed|struck|burned|torched|looted|shot)\b)
| ,?\s+and\s+(?=(?:a|an|another)\s+(?:[\w'’-]+\s+){0,3}?(?:bomb|mine|landmine|IED|explosive\s+device|drone|air\s*strike|strike|missile|rocket|shell|blast|explosion|suicide\s+bomber)s?\s+(?:\w+\s+){0,2}?(?:killed|struck|hit|exploded|went\s+off)\b[^.;]{0,80}?\b(?:the\s+(?:following|next)\s+day|a\s+day\s+later|the\s+day\s+after|two\s+days\s+later)\b)   # '... in Dori on Monday, and a roadside bomb killed four soldiers there the following day'
