# A dateline with the day the report was filed, at the start of a line near the top: "BEIRUT, March 27
# (Reuters) - ", "KABUL, Afghanistan, 9 May 2020 (AP) -- ", "June 9, 2024 - ", "WASHINGTON, Dec. 3, 2019 - ",
# a region with connector words ("BENI, Democratic Republic of Congo, Sept 11, 2025 (AP) - "), a town in
# Titlecase only in the wire shape, with the agency in parentheses and/or a dash after the date ("Pemba,
# Mozambique, 26 Sep 2025 (Lusa) - "), a town and an outlet joined by a dash or slash ("Qamishli - North
# Press, February 18, 2026 - ", a line "Shafaq News / Anbar - 22/01/2026").
# Group 'date': the date as written (read by geomap.text.dates; a numeric one by published_numeric.re);
# without a year it is anchored only by a full date in the byline, the HTML tags or a line before it.
# Group 'title': the town is in Titlecase (then the wire shape is required after the date).
# Used by: geomap.text.published.
# Source: written by hand for geomap from wire-service style (AP Stylebook, "datelines") and the datelines
#   of regional outlets; no entry taken from an evaluation corpus.
(?m)
^[ \t]*
(?:
    (?:
        (?!(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b)   # not a day's heading: "MONDAY (11 Nov):"
        [A-Z][A-Z'.\-]+(?:[ \t][A-Z][A-Z'.\-]+){0,3}                      # the town, in capitals
      | [A-Z][\w'.\-]+(?:[ \t][A-Z][\w'.\-]+){0,2}                        # a town and an outlet
        [ \t]*(?:[/\u2013\u2014]|--|[ \t]-)[ \t]*[A-Z][\w'.\-]+(?:[ \t][A-Z][\w'.\-]+){0,2}
      | (?P<title>[A-Z](?:[a-z]|['\u2019][A-Z])[\w'\u2019\-]*(?:[ \t][A-Z][a-z][\w'\-]*){0,2})    # the town, in Titlecase ("N'Djamena")
    )
    (?:,[ \t]*[A-Z][\w.'\-]+                                              # its region or country
       (?:[ \t](?:(?:of|the|and)[ \t]){0,2}[A-Z][\w.'\-]+){0,3}){0,2}     # "Republic of the Congo"
    [ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?                       # "(Reuters)" before the date
    (?:(?:,|--|[\u2013\u2014])[ \t]*|[ \t]*\((?=[^)\n]{5,20}\)))  # "ADEN, Yemen (AP) -- Feb. 20, 2025", "KABUL (Feb 18, 2025) -"
)?
(?P<date>
    [A-Z][a-z]{2,8}\.?[ \t]+[0-3]?\d(?:st|nd|rd|th)?(?:,?[ \t]+(?:19|20)\d\d)?
  | [0-3]?\d[ \t]+[A-Z][a-z]{2,8}\.?(?:,?[ \t]+(?:19|20)\d\d)?
  | (?:19|20)\d\d-[01]\d-[0-3]\d
  | [0-3]?\d[/.][0-3]?\d[/.](?:19|20)\d\d
)
(?(title)                                                   # a Titlecase town: the wire shape only
    (?:[ \t]*\([^)\n]{1,40}\)(?:[ \t]*(?:--|[-\u2013\u2014:])[ \t]|[ \t]*$|[ \t]+(?=\S))
     | [ \t]+(?:--|[-\u2013\u2014])[ \t])
  | \)?[ \t]*(?:\([^)\n]{1,40}\)|/[^/\n]{1,20}/)?               # "(Reuters)", "/Wire/"
    (?:[ \t]*(?:--|[-\u2013\u2014:])(?:[ \t]|$) | [ \t]*$)        # then the story, or the line ends ("December 2, 2024 -")
)
