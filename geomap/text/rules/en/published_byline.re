# A date line or byline near the top of a report: "Published: 12 March 2024", "Updated 9:40 AM EDT, June 9,
# 2024", "First published on Tue 12 Mar 2024 10.00 GMT", "Posted on 9 May 2020", "By Jane Doe, Reuters |
# June 9, 2024", or a line that is only a date ("Sunday, June 9, 2024 10:40 GMT"). The whole line is
# matched; geomap.text.dates reads the date in it. Group 'updated': the line gives the day of a later
# revision (a publication date wins over it).
# Used by: geomap.text.published.
# Source: written by hand for geomap from the page furniture of English-language news sites (bylines and
#   date lines); no entry taken from an evaluation corpus.
(?im)
^[ \t]*
(?:
    (?:(?:first[ \t]+)?published|posted|date[ \t]+published|publication[ \t]+date|dated?)\b
  | (?P<updated>(?:last[ \t]+)?(?:updated|modified|revised))\b
  | by[ \t]+\S
  | (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)?\.?,?[ \t]*   # a line that is a date
    (?:[a-z]{3,9}\.?[ \t]+[0-3]?\d(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d
     | [0-3]?\d[ \t]+[a-z]{3,9}\.?,?[ \t]+(?:19|20)\d\d)
    (?:[ \t,]+[\d:.]+(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[a-z]{2,5})?)?[ \t]*$    # and a time: "10:40 GMT"
)
[^\n]{0,120}$
