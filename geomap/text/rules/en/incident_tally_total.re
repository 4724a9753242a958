# A count that sums many deaths by its own words ("the total number of civilians killed", "the overall
# toll", "has claimed more than 9,000 lives", "now exceeds 20,000", "has documented 5,200 deaths", "1,700
# killed in 2024", "last year alone"): with any word of death (incident_tally_dead.re) such a clause is a
# tally, whatever its tense (a period cue of incident_tally.re needs the perfect tense of
# incident_tally_harm.re, because "the heaviest strike since October, killing two" is an event).
# Used by: geomap.text.roles (is_tally).
# Source: written by hand for geomap from English news style (wire reports' tally paragraphs); no entry
#   taken from an evaluation corpus.
(?i)
\btotal\ (?:number|death\ toll|toll)\b | \boverall\ (?:death\ )?toll\b | \bcumulative\b | \bin\ all,
| \b(?:has|have|had)\s+claimed\b[^.;]{0,40}\blives\b | \bclaimed\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?[\d,]{4,}\s+lives\b
| \b(?:now\ )?(?:exceeds?|exceeded|topped|tops|surpassed|surpasses|passed)\s+(?:the\s+)?(?:[\d,]{3,}|\d+\s+(?:thousand|million))
| \b(?:has|have|had)\s+(?:documented|recorded|counted|registered|verified|confirmed)\b
| \b(?:documented|recorded|counted|registered)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|some\s+)?(?:the\s+deaths\s+of\s+)?[\d,]{3,}
| \b(?:casualty|death)\s+(?:figures|counts?|statistics|data)\b | \bcasualties\s+in\b[^.;]{0,60}\b(?:surpassed|exceeded|topped|rose)\b
| \blast\ year\ alone\b | \bthis\ year\ alone\b | \bdeadliest\ year\b | \bfor\ the\ \w+\ (?:straight|consecutive)\ year\b
| \bin\ the\ (?:past|last)\ (?:twelve|\d+|six|three)\ months\b | \bduring\ the\ (?:first|second|third|fourth|last)\ quarter\b
| (?:[\d]{1,3},\d{3}|\d{4,})\s+(?:people\s+|civilians\s+)?(?:killed|dead|deaths)\s+(?:[^.;]{0,40}\s)?in\s+(?:19|20)\d\d\b
| \bare\ (?:thought|believed|estimated)\ to\ have\ died\b | \bhave\ been\ attributed\ to\b
| \b(?:lost|cost)\s+(?:the\s+lives\s+of|their\s+lives)\b[^.;]{0,60}\b(?:since|last\ year|this\ year|in\ the\ (?:war|conflict))\b
| \bhave\ lost\ their\ lives\b | \blost\s+[\d,]{3,}\s+(?:personnel|soldiers|troops|men|fighters)\b
| \bleft\b[^.;]{0,60}\b(?:[\d,]{4,}|thousands)\s+(?:people\s+)?dead\b
| \b(?:bring|brings|bringing|brought|raising|raised|pushing|pushed|taking|took)\s+(?:to\s+(?:(?:more\s+than|over|at\s+least|nearly|about|around|roughly|some|almost|approximately|an\s+estimated|as\s+many\s+as|up\s+to|close\s+to)\s+)?(?:[\d,]+|[a-z]+)\s+)?the\s+(?:\w+\s+)?(?:total|number|overall|tally)\b(?!\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:killed|dead)\s+(?:in|by|from)\s+(?:(?:last|this)\s+\w+'s|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)'s|(?:the|an?|that|this)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|blast|explosion|strike|air\s*strike|raid|ambush|shelling|assault|massacre|fighting|clashes)\b))
| \bpushed\s+the\s+(?:overall\s+)?toll\b
| \b(?:fighting|war|conflict|offensive|violence|battle|siege|insurgency|campaign|crackdown|uprising),?\s+(?:that|which)\b[^.;]{0,50}\b(?:killed|left)\s+(?:(?:more\s+than|over|at\s+least|nearly|about|around|roughly|some|almost|approximately|an\s+estimated|as\s+many\s+as|up\s+to|close\s+to)\s+)?(?:\d{1,3},\d{3}|\d{4,}|\d+(?:\.\d+)?\s+(?:thousand|million)|tens\s+of\s+thousands|thousands|hundreds\s+of\s+thousands)\b
| \b(?:in\ (?:19|20)\d\d|last\ year|this\ year|of\ (?:19|20)\d\d|in\ (?:January|February|March|April|May|June|July|August|September|October|November|December)|this\ month|last\ month|this\ week|last\ week)\ alone\b
| \b(?:estimate|estimates|estimated|believed|thought)\b[^.;]{0,30}\bkilled\s+(?:(?:more\s+than|over|at\s+least|nearly|about|around|roughly|some|almost|approximately|an\s+estimated|as\s+many\s+as|up\s+to|close\s+to)\s+)?(?:\d{1,3},\d{3}|\d{4,}|\d+(?:\.\d+)?\s+(?:thousand|million)|tens\s+of\s+thousands|thousands|hundreds\s+of\s+thousands)\b
| ^\W*(?:and\s+)?to\s+(?:(?:more\s+than|over|at\s+least|nearly|about|around|some|almost)\s+)?[\d,]+\s+the\s+(?:number|total)\b   # the rest of '..., bringing | to 300 the number killed'
| \bthe\s+(?:number|total)\s+of\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|deaths)\b[^.;]{0,60}\bto\s+(?:(?:more\s+than|over|at\s+least|nearly|about|around|some|almost)\s+)?[\d,]+
| \bthe\s+(?:number|total)\s+of\s+(?:[\w-]+\s+){0,3}?(?:dead|killed|deaths)\b[^.;]{0,60}\bsince\b
| \b(?:figures|data|statistics|numbers|a\ report)\s+(?:released|published|compiled|issued|made\ public)\b
| \bdaily\s+(?:death\s+)?toll\b | \bacross\s+(?:[A-Z]\w+\s+)?(?:territory|the\s+country|the\s+province|the\s+region|the\s+state)\b   # 'Daily death toll | 4 people killed across Syrian territory'
| \b(?:half\s+a|a|one|two|three|several|\d+(?:\.\d+)?)\s+million\b[^.;]{0,60}\b(?:killed|dead|died|deaths|lives)\b   # 'half a million people were killed'
| \b(?:(?:after|in|over|during)\s+)?(?:two|three|four|five|six|seven|several|a\s+few|\d+)\s+days\s+of\s+(?:violence|fighting|clashes|attacks|unrest|strikes|bombardment|raids)\b   # 'four days of attacks ... left at least eight people dead': many events' sum
| \b(?:between|on)\s+(?:\d{1,2}\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?and\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\s+and\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{1,2}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+and\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b   # 'killed in three territories between 18 and 20 February', '... on Tuesday and Wednesday': days' sum
| \b(?:in|during|over)\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|several)\s+(?:months|years|weeks)\s+of\s+(?:hostilities|war|fighting|conflict|violence|clashes|bombardment)\b   # 'killed in the 14 months of hostilities before that'
| \b(?:in|within)\s+(?:less\s+than\s+|under\s+|just\s+over\s+|more\s+than\s+|the\s+space\s+of\s+)?(?:24|36|48|72|twenty-four|forty-eight)\s+hours\b   # 'killed five Palestinians in less than 24 hours': a day's sum
| {{incident_sum_lead}}   # a lead that sums the events told below: 'nine killed in three separate incidents'
| \b(?:attacks|strikes|air\s*strikes|shelling|violence|fighting|raids|bombardments?)\s+(?:have\s+|had\s+)?killed\b[^.;]{0,60}\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b   # 'Russian attacks killed at least 124 civilians in the Donetsk region in November'
