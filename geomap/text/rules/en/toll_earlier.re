# A toll the clause itself calls outdated ("Officials had earlier put the death toll at four", "the ministry
# initially reported one dead"): weaker than any other figure of the incident, never its toll over a later one.
# Used by: geomap.text.incidents (a clause's toll strength).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:had\s+)?(?:earlier|initially|at\s+first|first)\s+(?:put|given|gave|reported|said|announced|counted|listed|cited)\b
| \b(?:an|the)\s+(?:earlier|initial|first|preliminary)\s+(?:death\s+)?(?:toll|figure|count|tally)\s+(?:of|was|had\s+been|put)\b
| \b(?:an|the)\s+(?:earlier|initial|first|preliminary)\s+(?:[\w-]+\s+){0,2}?(?:toll|figure|count|tally|statement|report|estimate)\b[^.;]{0,40}?\b(?:put|gave|said|was|reported)\b   # 'An initial police statement had put the number of dead at four'
| \b(?:early|earlier|initial|first|preliminary)\s+(?:reports|accounts|estimates|figures|tolls)\s+(?:had\s+)?(?:put|gave|given|said|suggested|spoke\s+of|reported)\b   # 'Early accounts put the death toll at more than 100, but the state government later said 28'
