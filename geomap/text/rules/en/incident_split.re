# A text saying how one incident's toll is divided over places ("coded as 10 and spread across three
# locations", "20 fatalities split up between 3 events"): the incident is that many events, one per
# place it lists (geomap/text/incident_split.py). The number of parts is the group n. With the share in
# parentheses ("split across 3 events (3)") the text is already one of the parts: not a split.
# Source: written by hand for geomap after the wording conflict monitors use for tolls counted over
#   several places (ACLED's coding notes); no text taken from an evaluation corpus.
(?i)
\b(?:split|spread|divided|distributed)\s+(?:up\s+)?(?:equally\s+|evenly\s+)?(?:between|across|over|among)\s+
(?:the\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+
(?:separate\s+|different\s+)?(?:events|locations|places|fronts|frontlines|areas|districts|villages)\b(?!\s*\(\s*\d)
