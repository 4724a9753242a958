# A dateline with the day the report was filed, at the start of a line near the top: "BEIRUT, March 27
# (Reuters) - ", "KABUL, Afghanistan, 9 May 2020 (AP) -- ", "June 9, 2024 - ", "WASHINGTON, Dec. 3, 2019 - ".
# Group 'date': the date as written (read by geomap.text.dates); without a year it is anchored only by a
# full date elsewhere in the dateline or byline.
# Used by: geomap.text.published.
# Source: written by hand for geomap from wire-service style (AP Stylebook, "datelines"); no entry taken
#   from an evaluation corpus.
(?m)
^[ \t]*
(?:
    [A-Z][A-Z'.\-]+(?:[ \t][A-Z][A-Z'.\-]+){0,3}              # the town, in capitals
    (?:,[ \t]*[A-Z][\w.'\-]+(?:[ \t][A-Z][\w.'\-]+){0,3}){0,2}  # its region or country
    [ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?                       # "(Reuters)" before the date
    (?:,|--|[\u2013\u2014])[ \t]*                             # "ADEN, Yemen (AP) -- Feb. 20, 2025"
)?
(?P<date>
    [A-Z][a-z]{2,8}\.?[ \t]+[0-3]?\d(?:st|nd|rd|th)?(?:,?[ \t]+(?:19|20)\d\d)?
  | [0-3]?\d[ \t]+[A-Z][a-z]{2,8}\.?(?:,?[ \t]+(?:19|20)\d\d)?
  | (?:19|20)\d\d-[01]\d-[0-3]\d
)
[ \t]*(?:\([^)\n]{1,40}\))?
(?:[ \t]*(?:--|[-\u2013\u2014:])[ \t] | [ \t]*$)                 # then the story, or the line ends
