# A sentence that breaks down a toll already told ("Three soldiers and three civilians were among the dead"):
# it counts the incident's dead again, names no attacker, and starts no incident of its own.
# Used by: geomap.text.incidents (a toll-only sentence).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:dead|killed|victims|those\s+killed|fatalities|casualties)\b
| \bthe\s+dead\s+(?:included|include|were)\b
