# A date phrase that starts with its own preposition ('on Saturday', 'early on Wednesday', 'late on
# Friday'): bound to the clause's verb as firmly as a date written after 'on'.
# Used by: geomap.text.incidents (date binding).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
^(?:on|early\ on|late\ on)\s
