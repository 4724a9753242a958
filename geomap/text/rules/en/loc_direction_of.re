# Before a place: a direction from it ('villages northwest of Durayhimi', 'south of Baghdad'): the incident is near
# the place, not in it (geo_precision 2).
# Source: written by hand for geomap from English news style; no text taken from an evaluation corpus.
(?i)
\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?$
| \b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:port|city|town|capital|village)\s+of\s+$   # 'south of the Red Sea port of Hodeidah'
| \b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:port|city|town|capital)\s+$   # 'a village about 30 km north of the state capital Wad Medani'
