# A date written in numbers, day and month in either order, with the year ("22/01/2026", "22.01.2026",
# "01/22/2026"). Read only in a dateline or byline, and only when the order is certain (a number above 12
# is the day); "05/04/2026" gives no date. Groups 'first', 'second', 'year'.
# Used by: geomap.text.published (never in a story's body, where "3/4" and scores are not dates).
# Source: written by hand for geomap from the date lines of regional news sites; no entry taken from an
#   evaluation corpus.
(?<![\d/.])
(?P<first>[0-3]?\d)(?P<sep>[/.])(?P<second>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)
(?![\d/.]\d)
