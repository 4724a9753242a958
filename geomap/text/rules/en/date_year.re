# A four-digit year from 1900 to 2099; group 'year'.
# A fragment, included by other patterns (its name in double braces).
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
(?P<year>(?:19|20)\d\d)
