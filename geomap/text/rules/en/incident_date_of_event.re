# Words right after a date that say it is the event's own day ("Eight people were reported dead on Thursday, the
# day of the attack"): the date stands even in a sentence that only counts the dead.
# Used by: geomap.text.incidents (matched, re.match, at the end of a date).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\s*,?\s*(?:the\s+day\s+(?:of|when)\s+the\s+(?:attack|strike|raid|bombing|ambush|massacre|assault|clash(?:es)?|fighting|shelling|explosion|blast|killings?)
  | when\s+the\s+(?:attack|strike|raid|bombing|ambush|massacre|assault|shelling|explosion|blast)\s+(?:took\s+place|happened|occurred))\b
