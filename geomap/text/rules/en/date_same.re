# The day of the event told before: 'later that night', 'the same day', 'hours later'.
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
(?i)
\b(?:later|earlier)\ (?:that|the\ same)\ (?:day|night|morning|evening|afternoon)\b
| \b(?:on\ )?the\ same\ (?:day|night)\b
| \bhours\ (?:later|earlier)\b
| \bminutes\ (?:later|earlier)\b
| \b(?:a\s+(?:short\s+)?while|moments|shortly|soon)\ (?:later|afterwards?|after)\b(?!\s+(?:the|a|an|his|her|their)\b)   # 'a short while later'
| \b(?:an|one|two|three|a\ few|several)\ hours?\ (?:later|earlier)\b
