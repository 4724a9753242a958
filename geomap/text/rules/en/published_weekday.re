# The day a wire report is filed, named by its weekday: "officials said on Tuesday", "police said Tuesday",
# "told reporters on Wednesday". When a dateline's day/month order is ambiguous ("10/12/2024") or it has no year
# ("BEIRUT, March 27 (Reuters) -"), the one reading whose weekday is this one is the publication date (for a
# dateline without a year, among the latest year the text names and the next). Group day: the weekday.
# Used by: geomap.text.published (published_in_text).
# Source: written by hand for geomap from wire style (AP and Reuters copy attributes the day's news with
#   "said on <weekday>"); no entry taken from an evaluation corpus.
\b(?:said|says|told\s+(?:[\w-]+\s+){1,2}?|announced|reported|confirmed|added)(?:\s+(?:early|late)?\s*on)?\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s+(?:that|it|he|she|they)\b[^.]{0,40}\b(?:had|was|were)\b)
