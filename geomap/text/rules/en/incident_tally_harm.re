# A count of harm summed over a period, in a clause with a tally's period ("since October", "so far this
# year"): the perfect tense of a verb of harm ("have been killed", "has killed", "have died"), a year's
# dead ("were killed ... last year") or a death toll. It makes the clause a tally ("more than 400 people
# have been killed since October") and not an event compared with a period ("the heaviest strike on the
# town since October, killing two men").
# Used by: geomap.text.incidents (clause roles, tallies).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:have|has|had)\s+(?:since\s+|so\s+far\s+|now\s+)?(?:been\s+)?(?:killed|died|wounded|injured|displaced|lost\s+their\s+lives)\b
| \b(?:were|was)\s+(?:killed|neutrali[sz]ed|eliminated)\b[^.;]{0,80}\b(?:last|this|past)\s+(?:year|month|week)\b
| \bkilled\s+(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|about\s+|some\s+|almost\s+)?(?:\d{1,3},\d{3}|\d{3,}|hundreds|thousands)\b[^.;]{0,80}\b(?:last|this|past)\s+(?:year|month)\b
| \b(?:death\s+)?toll\b | \btally\b
| \bkilled\s+(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|about\s+|some\s+|almost\s+|an\s+estimated\s+)?(?:\d{1,3},\d{3}|\d{4,}|tens\s+of\s+thousands|thousands)\b
| (?:\d{1,3},\d{3}|\d{4,}|tens\s+of\s+thousands|thousands)\b[^.;]{0,80}\b(?:were|have\s+been|had\s+been)\s+killed\b
| \b(?:have|has|had)\s+left\b[^.;]{0,60}\bdead\b
| \bkill(?:ed|ing)\s+(?:(?:more\s+than|over|at\s+least|nearly|about|around|roughly|some|almost|approximately|an\s+estimated|as\s+many\s+as|up\s+to|close\s+to)\s+)?(?:\d{1,3},\d{3}|\d{4,}|\d+(?:\.\d+)?\s+(?:thousand|million)|tens\s+of\s+thousands|thousands|hundreds\s+of\s+thousands)\b
| (?:\d{1,3},\d{3}|\d{4,}|tens\s+of\s+thousands|thousands)\s+(?:[a-z]+\s+){0,2}(?:killed|dead|deaths|died|fatalities)\b
| \b(?:have|has|had)\s+(?:carried\s+out|conducted|launched|staged|claimed)\s+(?:more\s+than\s+|at\s+least\s+|over\s+|some\s+|nearly\s+|about\s+)?[\d,]+\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|operations|bombings)\b
| \b(?:has|have|had)\s+treated\s+(?:more\s+than\s+|over\s+|at\s+least\s+|some\s+|nearly\s+)?[\d,]+
| \b(?:killed|died|dead)\b(?=[^.;]{0,80}\b(?:since\s+(?:early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)|in\s+the\s+(?:past\s+|last\s+|previous\s+)?(?:24|48|72)\s+hours)\b)   # 'killed at least 11 people in southern Gaza since Saturday'
| \b(?:killed|died|dead)\b(?=[^.;]{0,80}\b(?:over|in)\s+the\s+(?:weekend|past\s+few\s+days|past\s+two\s+days|past\s+day|past\s+24\s+hours|last\s+24\s+hours)\b)   # 'At least 17 people were killed over the weekend in a drone strike and fighting'
| \bone\s+of\s+(?:(?:more\s+than|over|at\s+least|nearly|about|some)\s+)?[\d,]+\s+(?:[\w-]+\s+){0,2}?(?:killed|dead|deaths|victims|to\s+(?:have\s+been\s+|be\s+)killed)\b   # 'The teacher was one of 45 civilians killed in the zone since the start of the year'
