# A place named only to say where another is ("west of Marib city", "7 km from Hadibu"), found right
# before the name: a reference point, not one of the places a split incident is told over.
# Source: written by hand for geomap from English news style; no text taken from an evaluation corpus.
(?i)
\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:part\s+)?of\s+(?:the\s+)?$
| \b(?:km|kilometres|kilometers|miles)\s+(?:from|of|outside)\s+(?:the\s+)?$
| \b(?:outskirts|edge)\s+of\s+(?:the\s+)?$
