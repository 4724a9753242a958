# After a day word, an event noun it qualifies: "an overnight raid", "the overnight attack". Such a word
# says when in the night the event came, not which night; the story's own day ("late on Saturday", "overnight into
# Sunday") dates it.
# Matched at the end of the date phrase (geomap.text.incident_dates.dates_for).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\s+(?:attacks?|raids?|strikes?|air\s*strikes?|assaults?|bombings?|shelling|ambush(?:es)?|operations?|clashes|fighting|offensive|incursions?|barrage)\b
| \s+(?:into|to|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b   # 'overnight into Sunday': the day after it says which
