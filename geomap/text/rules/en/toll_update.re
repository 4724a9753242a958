# A death-toll update ('the death toll has risen to 25'): it wins over earlier figures; 'uv' its verb, after
# which a day is the update's, not the event's ('The toll was revised on 20 February to 15').
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
(?:
    \b(?:death\ toll|toll|number\ of\ (?:dead|deaths|people\ killed))\b[^;]{0,100}?\b(?:has\ |had\ )?
    (?P<uv>
        risen | rose | climbed | jumped | increased | reached | stands | stood | now
      | (?:was|were|has\ been|had\ been)\s+(?:revised|raised)(?:\s+(?:upwards?|up))?(?:\s+on(?:\s+(?!to\b|at\b)\S[^;,]{2,24}?)?)?   # 'The toll was revised upward on 20 February to 15'
    )(?:\s+from\s+(?:at\s+least\s+)?{{number}})?\s+(?:at|to)?   # 'rose from eight to ten'
  | \b(?:bringing|taking|raising|pushing)\s+(?:the\s+)?(?:[\w'’-]+['’]s\s+)?(?:overall\s+|total\s+)?(?:death\s+)?toll\s+(?:(?:from|of|in)\s+(?:that|the|this)\s+(?:attack|strike|raid|bombing|blast|shelling|ambush|explosion|assault)\s+)?to
  | \b(?:bringing|taking|raising|pushing)\s+(?:the\s+)?number\s+of\s+(?:dead|deaths|martyrs|victims|fatalities|people\s+killed)\s+(?:(?:from|of|in)\s+(?:that|the|this)\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|strikes?|raids?|bombings?|blasts?|shelling|ambush|explosions?|assault)\s+)?to   # 'raising the number of martyrs of the criminal raids to three'
  | \b(?:bringing|taking|raising|pushing)\s+(?:the\s+)?(?:total\s+)?number\s+(?:of\s+(?:people\s+)?)?(?:killed|dead)\s+(?:in\s+(?:the|that|this)\s+(?:[\w'’-]+\s+){0,2}?(?:fighting|attack|clashes|assault|ambush|raid|strike)\s+)?to   # 'bringing the number killed in the fighting to eight'
  | \b(?:bringing|taking|raising|pushing)\s+it\s+to(?=\s+(?:(?:at\s+least|more\s+than)\s+)?(?:\d[\d,]*|[a-z]+)\b)   # 'put the toll at 12 ..., bringing it to 14'
  | \b(?:raised|revised|put|puts|putting|raises)\s+(?:the\s+)?(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|people\s+killed|fatalities))\s+(?:(?:in|from|at)\s+(?:[A-Z][\w'’-]+\s+){1,3})?(?:at|to)   # 'raised the toll in Baalbek to eight'
  | \b(?:(?:was|were)\s+able\s+to\s+|could\s+)?(?:confirm(?:ed)?|verif(?:y|ied))\s+(?=(?:(?:at\s+least|only)\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:deaths|dead|fatalities|bodies|of\s+the\s+deaths|people\s+killed)\b)   # 'KIA said 30 soldiers had been killed. The Monitor was able to confirm six deaths': the checked count
  | \b(?:raised|raises|raising|brought|brings|bringing|took|taking|pushed|pushing)\s+to(?=\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly|around)\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+the\s+(?:number|toll|total)\s+of\s+(?:[\w-]+\s+){0,2}?(?:killed|dead|deaths)\b)   # 'raised to five the number of people killed in ...'
)\s*{{toll_qualifier}}?\s*(?P<num>{{number}})\b
