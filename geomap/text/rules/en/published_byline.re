# A date line or byline near the top of a report: "Published: 12 March 2024", "Updated 9:40 AM EDT, June 9,
# 2024", "First published on Tue 12 Mar 2024 10.00 GMT", "Posted on 9 May 2020", "By Jane Doe, Reuters |
# June 9, 2024", "Staff Report | Published October 2, 2024", or a line that is only a date, perhaps after its
# place or outlet ("Sunday, June 9, 2024 10:40 GMT", "TIBU, Norte de Santander — Saturday, February 8, 2025"). The whole line is
# matched; geomap.text.dates reads the date in it. Group 'updated': the line gives the day of a later
# revision (a publication date wins over it).
# Used by: geomap.text.published.
# Source: written by hand for geomap from the page furniture of English-language news sites (bylines and
#   date lines); no entry taken from an evaluation corpus.
(?im)
^[ \t]*
(?:
    (?:[^\n]{0,100}?(?:[|\u00b7\u2022\u2013\u2014\[(]|[ \t]-|,|\.(?=[ \t]))[ \t]*)?   # after a place, an outlet or a title: "Staff Report | Published ..."
    (?:(?:(?:first[ \t]+|original(?:ly)?[ \t]+)?published|posted|filed|issued|date[ \t]+published|publication[ \t]+date|dated?|as[ \t]+of)\b
     | (?P<updated>(?:last[ \t]+)?(?:updated|modified|revised))\b)
  | by[ \t]+\S
  | (?:19|20)\d\d-[01]\d-[0-3]\d(?:[ \tT][0-2]?\d:\d\d(?::\d\d)?)?(?:[ \t]*(?:GMT|UTC|Z))?[ \t]*$   # an ISO date line: "2024-08-12 16:05:41"
  | (?:[^\n]{0,60}?[|\u00b7\u2022][ \t]*)?   # after a byline: "Faheem Akhtar |05.03.2025 - Update : 05.03.2025"
    [0-3]?\d[/.][01]?\d[/.](?:19|20)\d\d[ \t]*
    (?:$|[|\u00b7\u2022]|(?:[-\u2013\u2014][ \t]*)?\d{1,2}:\d\d|[-\u2013\u2014][ \t]*(?:last[ \t]+)?updated?\b)   # a numeric date line: "14/08/2025  |  By ...", "08/08/2024 14:31 GMT"
  | (?-i:(?:[A-Z\u00c0-\u00de][\w.'\u2019-]*(?:,?[ \t]+(?:de[ \t]+|del[ \t]+|of[ \t]+)?[A-Z\u00c0-\u00de][\w.'\u2019-]*){0,4}[ \t]*
       (?:[-|\u2013\u2014][ \t]*[A-Z\u00c0-\u00de][\w.'\u2019-]*(?:[ \t]+[A-Z\u00c0-\u00de][\w.'\u2019-]*){0,3}[ \t]*)?
       (?:[|\u00b7\u2022\u2013\u2014,/]|[ \t]-)[ \t]*)?)   # a place or an outlet before it: "CULIACAN, Sinaloa \u2014 Monday, January 20, 2025"
    (?:[0-2]?\d:\d\d[ \t]*(?:[ap]\.?m\.?)?[ \t]+)?   # a time first: "Philippine Daily Inquirer / 05:12 AM January 27, 2025"
    (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)?\.?,?[ \t]*   # a line that is a date
    (?:[a-z]{3,9}\.?[ \t]+[0-3]?\d(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d
     | [0-3]?\d[ \t]+[a-z]{3,9}\.?,?[ \t]+(?:19|20)\d\d)
    (?:[ \t,]+(?:[-\u2013\u2014][ \t]*)?[\d:.]+(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[a-z]{2,5})?(?:[ \t]*\([^)\n]{1,30}\))?)?
    (?:[ \t]+\d{1,2}[ \t]+min[ \t]+read)?   # "June 12, 2025 11:34 AM 3 min read"
    [ \t]*:?[ \t]*(?:[|\u00b7\u2022][^\n]*|[\u2013\u2014][ \t]*(?-i:[a-z])[^\n]*)?$    # and a time, a note ("\u2014 this page is no longer updated"): "10:40 GMT", "- 14:10 (Mogadishu time)"
)
[^\n]{0,120}$
