# A negation right before the event word ("no new fighting was reported", "without further clashes"): the
# clause says the event did not happen, whatever the word.
# Used by: geomap.text.incidents (matched at the end of the clause's text before the event word).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:no|nor|without)\s+(?:new\s+|further\s+|fresh\s+|more\s+|major\s+|renewed\s+)?$
