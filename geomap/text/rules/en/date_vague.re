# A phrase that bounds a date without giving it: 'days after', 'weeks before'.
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
(?i)
\b(?P<unit>days|weeks|hours)\s+(?P<dir>after|before|earlier|later)\b
