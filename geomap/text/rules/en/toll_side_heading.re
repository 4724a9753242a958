# The heading of one side's dead in a communiqué's balance sheet ("on the friendly side, five soldiers fell with
# honour ...; on the enemy side, 18 terrorists were neutralised"): each side's count is read after its heading and
# the two are summed (geomap.text.fatalities.toll).
# Used by: geomap.text.fatalities.
# Source: written by hand for geomap from the style of West African armies' communiqués in English translation; no
#   entry taken from an evaluation corpus.
(?i)
\bon\s+(?:the\s+)?(?:friendly|enemy|enemy['’]s|adversary['’]s|our|their)\s+side\b
| \bamong\s+(?:our\s+(?:ranks|forces|troops)|the\s+(?:enemy|assailants|attackers|terrorists))\b
