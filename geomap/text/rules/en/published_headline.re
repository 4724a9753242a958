# A headline (the first line, with more text after it) that ends with a full date after a comma, dash,
# bar or colon: "LIVE: Strikes on south Lebanon - latest updates, October 22, 2025". Group 'date': the
# date as written (read by geomap.text.dates). A weekday before the date ("on Saturday,
# June 8, 2024") is prose, and a line that ends with a full stop is a sentence, not this.
# Used by: geomap.text.published.
# Source: written by hand for geomap from the headlines of live pages on English-language news sites; no
#   entry taken from an evaluation corpus.
\A\s*
[^\n]{0,200}?[^\s.,](?<![Dd]ay)[ \t]*    # not "on Saturday, June 8, 2024"
(?:,|--|[\u2013\u2014|:]|[ \t]-)[ \t]*
(?P<date>
    [A-Z][a-z]{2,8}\.?[ \t]+[0-3]?\d(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d
  | [0-3]?\d[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+(?:19|20)\d\d
)
[ \t]*\r?\n(?=\s*\S)
