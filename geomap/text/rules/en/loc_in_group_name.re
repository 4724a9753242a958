# Region words inside an armed group's name ("Islamic State West Africa Province", "the Islamic State's Sahel
# Province", "Khorasan Province"): not place mentions. Without this, "West Africa Province" was read as a place
# (a governorate in Tunisia) and placed an attack in Konduga, Nigeria, in North Africa.
# Used by: geomap.text.recognise (recognise).
# Source: written by hand for geomap from the names the Islamic State gives its branches, as news reports them;
#   no entry taken from an evaluation corpus.
(?i)
\bIslamic\s+State(?:['’]s)?(?:\s*[-–—]\s*|\s+)(?:in\s+(?:the\s+)?)?(?:West\s+Africa|Central\s+Africa|Greater\s+Sahara|Sahel|Sinai|Khorasan|East\s+Asia)(?:\s+Province)?\b
| \b(?:West\s+Africa|Central\s+Africa|Sahel|Sinai|Khorasan)\s+Province\b
