# A later death of the event told before ("A third officer died of his wounds in hospital on Thursday"): the
# day the text gives is the death's, not the event's, so such a clause joins the event and keeps its day.
# Used by: geomap.text.incidents (candidates: the dates of an untyped clause).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:died|succumbed)\s+(?:later\s+)?(?:on\s+\w+\s+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+|overnight\s+|in\s+hospital\s+)?(?:of|from|to)\s+(?:his|her|their|the\s+)?\s*(?:wounds|injuries)\b
| \b(?:later\s+)?(?:died|succumbed)\s+(?:later\s+|overnight\s+|on\s+\w+\s+|(?:hours|days)\s+later\s+)?(?:in|at)\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,3}?hospitals?\b
