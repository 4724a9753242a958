# What, right after a place name, points at a location: a comma and a capitalised qualifier
# (", La.", ", D.C.", ", Syria"), or a word of area_after.txt. Matched at the end of the name.
# Used by: geomap.text.recognise (a place cue after a name).
# Source: written by hand for geomap from common English usage and news style (AP style);
#   a general resource, not taken from any evaluation corpus.
\s*
(?:
    , \s* (?: [A-Z][a-z]+\. | [A-Z]\.[A-Z]\. | [A-Z][a-z]{3,} \b )   # ", La.", ", D.C.", ", Texas": a qualifier
  | [ -] (?i: {{area_after}} ) \b                                     # "Aleppo province", "Deir-ez-Zor area"
  | {{cue_compass_after}}                                           # "Shadadi, south of Hasakah"
)
