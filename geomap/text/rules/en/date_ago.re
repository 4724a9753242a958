# A count of days, weeks or months before or after: 'three days ago', 'two weeks later'.
# Groups 'n' (number_words.tsv gives its value), 'unit', 'dir' (date_words.tsv).
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
(?i)
\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|a\ couple\ of|several|a\ few)\s+
(?P<unit>
    days? | weeks? | months?
)\s+(?P<dir>ago|earlier|before|after|later)\b
