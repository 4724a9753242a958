# Any word of death: with a total's own words (incident_tally_total.re) a clause is a tally.
# Used by: geomap.text.roles (is_tally).
# Source: written by hand for geomap from English usage; no entry taken from an evaluation corpus.
(?i)
\b(?:killed|killings?|died|dead|deaths?|lives|casualties|fatalities|toll|neutrali[sz]ed|eliminated)\b | \blost\s+[\d,]{3,}\b
| \bthe\s+(?:number|total)\s+of\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|incidents|raids|assaults|bombings)\b
| \b(?:assassinations|killings|murders|executions)\b
