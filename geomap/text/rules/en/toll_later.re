# In a clause that gives an outdated figure (toll_earlier.re), where the later one starts ("A police officer
# initially said two soldiers had died, but a military official later said four soldiers had been killed"): the
# toll is read from there on.
# Used by: geomap.text.fatalities (toll).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
[,;]?\s+but\s+(?:[\w'’-]+\s+){0,6}?(?:later|then|subsequently|now|since)\b
