# Words just before a date that make it the start of a period, not the day of the event told in the
# clause: "since cross-border hostilities began in October", "since the start of the war in 2011",
# "as of March". Such a date never dates an incident.
# Used by: geomap.text.incidents (date binding).
# Source: written by hand for geomap from English news style (cumulative tallies and background); no
#   entry taken from an evaluation corpus.
(?i)
\bsince\b[^.;:!?()]{0,60}$
| \bas\ of\s+$
