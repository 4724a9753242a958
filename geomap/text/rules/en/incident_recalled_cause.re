# Before a cause clause ('after ...'): it recalls an event weeks or more before the ones told ('The attacks come a
# week after the hijacking of a train in Bolan, in which 26 hostages were killed'): background, not an incident.
# Searched in the sentence up to the end of the cause clause.
# Used by: geomap.text.incidents.
# Source: written by hand for geomap from English news style (wire reports' context sentences); no entry taken
#   from an evaluation corpus.
(?i)
\b(?:comes?|came|follows?|followed)\s+(?:just\s+|only\s+|nearly\s+|more\s+than\s+|less\s+than\s+)?(?:a|one|two|three|four|five|six|\d+|several|a\s+few)\s+(?:weeks?|months?|years?)\s+after\b
