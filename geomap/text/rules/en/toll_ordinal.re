# A later death counted by its place in the toll ("A sixth victim, a man pulled from the rubble, died in
# hospital on Thursday"): the toll of the event told before is now that number (group 'ord', whose value is in
# ordinal_words.tsv).
# Used by: geomap.text.fatalities (toll).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:a|the)\s+(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+
(?:(?:[\w-]+\s+){0,2}?(?:victims?|person|man|woman|child|boy|girl|soldier|officer|policeman|civilian|fighter|worker|member|passenger|casualty)\b
[^.;]{0,100}?|(?:later\s+|subsequently\s+|also\s+)?)\b(?:died|succumbed|was\ killed|has\ died|had\ died|was\ found\ dead)\b
