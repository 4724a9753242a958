# A date written YYYY-MM-DD ('2020-03-21').
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
\b{{date_year}}-(?P<mnum>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])\b
