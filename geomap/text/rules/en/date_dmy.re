# A date written day first: '9 May 2020', 'the 3rd of January', 'Friday 12 Dec. 2019'.
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
{{date_weekday_before}}(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{{date_month}}
(?:
    ,?\s+{{date_year}}\b
)?
