# A sentence saying the one before it is an unchecked claim ("HTS said it had killed 12 soldiers. The claim
# could not be independently verified."): that sentence is a claim, never an incident nor a toll.
# Used by: geomap.text.incidents (clause roles), matched (re.match) at the start of the next sentence.
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\W*(?:the|this|that|such|these|those)\s+(?:claims?|figures?|accounts?|tolls?|numbers?|reports?)\b[^.]{0,60}?
\b(?:could\s+not|cannot|can\s+not|has\s+not\s+been|have\s+not\s+been|was\s+not|were\s+not)\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)
| \W*(?:[A-Z][\w'’-]*\s+){0,4}?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:denied|disputed|rejected|dismissed)\s+(?:the|that|this|those|these)\s+(?:figures?|claims?|tolls?|accounts?|numbers?)\b   # 'The Agwelek leadership denied the figure'
| \W*(?:we|reuters|the\s+agency|afp|ap)\s+(?:have|has|had|were|was)\s+not\s+been\s+able\s+to\s+(?:independently\s+)?(?:verify|confirm)\b   # 'We have not been able to verify either account'
