# Before a place: 'near', 'outside', 'on the outskirts of', '20 km from': near it (precision 2).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b
(?:
    near
  | outside
  | around
  | close\ to
  | nearby
  | on\ the\ outskirts\ of
  | outskirts\ of
  | vicinity\ of
  | km\ (?:from|north|south|east|west)\w*(?:\ of)?
)\s+(?:the\s+)?$
| {{loc_distance_of}}
