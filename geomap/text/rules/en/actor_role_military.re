# Military forces named without a country ('soldiers', 'NDS officers', 'commandos').
# A fragment, included by other patterns (its name in double braces).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?:
    (?:NDS|intelligence|security)\s+(?:members?|officers?|agents?|employees?|operatives?)
  | commandos?\b
  | (?:military|army)(?=\s+(?:positions?|posts?|outposts?|checkpoints?|convoys?|barracks|patrols?)\b)   # "attacked military positions", "an army post"
  | (?:the\s+)?
    (?:
        army | soldiers? | troops | security\ forces | security\ personnel | government\ forces
      | commandos | special\ forces | border\ guards | government\ (?:troops|soldiers|army)
      | military\ (?:forces|personnel|troops|units?)
      | the\ military(?=\s*[,.;:)]|\s+(?:said|says|has|have|had|was|were|is|are|also|then|reportedly|on|in|at|near|and|of|for|[a-z]+ed)\b)
    )
)
