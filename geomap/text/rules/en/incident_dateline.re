# A dateline: where a report was filed, before its first words ("PESHAWAR, Pakistan, July 19 (Wire) - ",
# "BEIRUT (AP) — ", "KABUL, Afghanistan -- ", "KABUL, Afghanistan, 9 May 2020 (AP) - "). The event may be
# elsewhere: a town named only in the dateline is an incident's place of last resort, and a fallback goes
# to its country instead.
# Used by: geomap.text.incidents.
# Source: written by hand for geomap from wire-service style (AP Stylebook, "datelines"); no entry
#   taken from an evaluation corpus.
(?m)
^[ \t]*[A-Z][A-Z'.\-]+(?:[ \t][A-Z][A-Z'.\-]+){0,3}
(?:,[ \t]*[A-Z][\w.'\-]+(?:[ \t][A-Z][\w.'\-]+){0,3}){0,2}
(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?(?:,?[ \t]+\d{4})?))?
[ \t]*(?:\([^)\n]{1,40}\))?
[ \t]*(?:--|[-\u2013\u2014:])[ \t]
