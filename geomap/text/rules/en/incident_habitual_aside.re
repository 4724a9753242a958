# An aside that tells a habit of the place, not of the event (", a stretch frequently targeted by jihadists",
# ", which is regularly shelled"): left out before incident_habitual.re is looked for, so "The convoy was
# attacked on Thursday outside Douentza, a stretch frequently targeted by jihadists" still reports the attack.
# Used by: geomap.text.incidents.
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
,\s+(?:a|an|which|where|whose)\s[^,;.]*?\b(?:often|regularly|frequently|repeatedly|routinely|usually)\b[^,;.]*
