# A protest named as what came before the event ("soldiers attacked students following protests against
# the plan"): in such a clause, when it also says what was done to people, the protest word is generic.
# Used by: geomap.text.events (triggers.tsv: the weak_clause of Peaceful protest).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?is)
^(?=.*\b(?:attack(?:ed|s)?|killed|shot|beat(?:en)?|stormed|raided|fired\ (?:on|at)|abducted|arrested|detained)\b)
.*?\b(?:following|after)\s+(?:the\s+|a\s+|weeks\s+of\s+|days\s+of\s+|recent\s+|earlier\s+)?
(?:(?:anti-government|student|mass|street|weekend)\s+)?(?:protests?|demonstrations?|rallies|rally|sit-ins?)\b
