# Connectors that start a clause about a different event: 'in retaliation for',
# 'came days after', 'amid', 'following a rocket ...'. The clause after one is background.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
,?\s+
(?:
    in\ (?:retaliation|response|revenge|reprisal)\ (?:to|for)
  | (?:came|comes|come|coming)\s+(?:just\s+)?
    (?:
        (?:days|weeks|hours|months|a\ day|a\ week|a\ month|two\ days|three\ days)\s+
    )?(?:after|amid)
  | amid\b
  | (?<=buried\ their\ dead\ )after | (?<=buried\ the\ dead\ )after | (?<=buried\ the\ victims\ )after   # 'residents buried their dead after bandits stormed the town on Sunday': the funeral, then the event
  | (?:days|weeks|hours|months|a\ day|a\ week)\ (?:after|before)
  | following\ (?:a|an)\ (?:deadly\ )?(?:rocket|missile|drone|air)
  | (?:and\ )?(?:bringing|brought|raising|pushing|taking)(?=\s+(?:to\ [^.;]{0,30}\ )?the\ (?:number|total|tally)\b(?!\s+of\s+(?:martyrs|dead|deaths|victims|fatalities)\s+(?:of|in|from)\s+(?:the|that|this)\s)(?!\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:killed|dead)\s+(?:in|by)\s+(?:the|that|this|an?)\s+(?:[\w'’-]+\s+){0,2}?(?:attack|strike|air\s*strike|raid|bombing|blast|massacre|assault|ambush|shelling|explosion)\b)(?!\s+(?:killed|dead)\s+in\s+(?:the|that|this)\s+(?:fighting|attack|clashes|assault|ambush|raid|strike)\b))   # not the event's own: 'bringing to 14 the number of civilians killed in an attack blamed on the ADF'   # '..., and bringing the number of civilians killed this month to 14'
  | (?<=,\ )(?:and\s+)?as(?=\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,6}?(?:step(?:s|ped)|keeps?|kept|continu(?:es|ed)|press(?:es|ed)|intensif(?:ies|ied)|escalat(?:es|ed)|flar(?:es|ed)|rag(?:es|ed)|mount(?:s|ed)|tighten(?:s|ed)|edg(?:es|ed)|ramp(?:s|ed)|spreads?|sweeps|swept|grows|grew|spiral(?:s|l?ed)|enter(?:s|ed))\b)   # '..., as security forces stepped up raids': the trend around it
  | the\ latest\ (?:in|of)\b             # "..., the latest in a battle that has killed 2,600"
  | where(?=\s+(?:more\ than\ |over\ |at\ least\ |some\ |nearly\ )?[\d,]{3,})   # "..., where more than 2,500 have been killed"
)\s+
