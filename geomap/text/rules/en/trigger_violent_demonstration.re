# Riots, mobs, looting, arson by crowds.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b
(?:
    riot(?:s|ers?|ing|ed)?(?!\ (?:police|gear|squad|control|officers|units?|troops))   # not 'riot police'
  | mobs?
  | looting
  | looted
  | petrol-bomb\w*
  | stoned
  | torched
  | set\ (?:ablaze|fire\ to|on\ fire)
  | razed
  | vandali[sz]ed
  | burn(?:ed|t|ing)\ (?:tyres|tires|cars|vehicles|houses|shops|buildings|a\ police)
  | (?:hurl(?:ed|ing)|throw(?:ing|n)|threw|pelt(?:ed|ing))\ (?:stones|rocks|bricks|molotov\ cocktails|petrol\ bombs)(?:\ at)?
  | sett?(?:ing)?\ (?:tyres|tires)\ (?:on\ fire|ablaze|alight)
  | (?:marched|protesters|demonstrators|crowds?|rioters)\ (?:and\ |who\ )?
    (?:
        destroyed | burned | attacked | clashed | threw | stormed | torched | smashed | ransacked
    )
)\b
