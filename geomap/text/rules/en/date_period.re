# A week, weekend or month relative to publication: 'this week', 'last month', 'the past week'.
# Groups 'which' and 'unit'; date_words.tsv (kinds period, unit) says what they mean.
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
(?i)
\b(?P<which>this|last|past|earlier\ this|later\ this|next|the\ previous|the\ past)\s+
(?P<unit>
    week | weekend | month | year
)\b
