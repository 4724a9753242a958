# What stands between a country's or a division's name and a place it owns: "Syria's " in "on the outskirts of
# Syria's Al Bukamal", " region's " in "Sagaing region's Shwebo township" (the group 'word' holds the division word).
# Used by: geomap.text.incident_places (matched, re.fullmatch, between the owner and the place).
# Source: written by hand for geomap from English news style; a general resource, not taken from any evaluation corpus.
(?i)
(?P<word>\s+(?:{{division_words}}))?['’]s\s+
