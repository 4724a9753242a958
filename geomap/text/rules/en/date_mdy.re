# A date written month first: 'December 29', 'Dec. 30, 2019', 'Sunday, Dec. 29th'.
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
{{date_weekday_before}}{{date_month}}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{{date_year}}\b)?
