# A weekday, with an optional modifier and part of the day: 'on Friday', 'last Sunday night'.
# Groups 'mod', 'wd', 'part'; date_words.tsv gives each weekday's number and each modifier's meaning.
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
\b(?:(?P<mod>last|this|next|on|early\ on|late\ on)\s+)?
(?P<wd>
    Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday
)(?:\s+(?P<part>morning|afternoon|evening|night))?\b
