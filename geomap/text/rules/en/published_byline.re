# A date line or byline near the top of a report: "Published: 12 March 2024", "Updated 9:40 AM EDT, June 9,
# 2024", "First published on Tue 12 Mar 2024 10.00 GMT", "Posted on 9 May 2020", "By Jane Doe, Reuters |
# June 9, 2024". The whole line is matched; geomap.text.dates reads the date in it. Group 'updated': the line
# gives the day of a later revision (a publication date wins over it).
# Used by: geomap.text.published.
# Source: written by hand for geomap from the page furniture of English-language news sites (bylines and
#   date lines); no entry taken from an evaluation corpus.
(?im)
^[ \t]*
(?:
    (?:(?:first[ \t]+)?published|posted|date[ \t]+published|publication[ \t]+date|dated?)\b
  | (?P<updated>(?:last[ \t]+)?(?:updated|modified|revised))\b
  | by[ \t]+\S
)
[^\n]{0,120}$
