# Cumulative tallies: a clause that adds up many events over a period ("more than 400 people have been
# killed since October", "so far this year", "according to a Reuters tally", "last year").
# With a count of harm (incident_tally_harm.re) such a clause is document-level context, never an incident
# (nor the toll of the incident before it).
# Used by: geomap.text.incidents (clause roles, find_tallies).
# Source: written by hand for geomap from English news style (wire reports' tally and context
#   paragraphs); no entry taken from an evaluation corpus.
(?i)
\bsince\ (?:the\ )?(?:start|beginning|outbreak|onset)\ of\b
| \bsince\ (?:the\ )?(?:war|conflict|fighting|hostilities|insurgency|uprising|coup|invasion|offensive|crisis|revolution)\b
| \bsince\ (?:cross-border\ )?(?:hostilities|fighting|clashes|the\ war)\ (?:began|started|erupted|broke\ out)\b
| \bsince\ (?:early\ |late\ |mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December
    |Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?!\w)
| \bsince\ the\ (?:19|20)\d\d\ \w+
| \bsince\ (?:19|20)\d\d\b
| \bsince\ [^.;]{0,60}?\b(?:war|conflict|fighting|hostilities|insurgency|uprising|coup|invasion|offensive|crisis|revolution|takeover|ceasefire|truce|elections?)\b
| \bsince\ [^.;]{0,60}?\bin\ (?:(?:early\ |late\ |mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\ )?(?:19|20)\d\d\b
| \baccording\ to\ (?:a|an|the)\ (?:[\w-]+\ ){0,2}count\b
| \bkilled\ (?:more\ than\ |over\ |at\ least\ |nearly\ |about\ |some\ |almost\ )?(?:\d{1,3},\d{3}|\d{3,}|hundreds|thousands)\b[^.;]{0,80}\b(?:last|this|past)\ (?:year|month)\b
| \bsince\ (?:last|the\ start\ of\ the)\ (?:year|month|week)\b
| \bso\ far\ (?:this|in|since)\b
| \bcumulative\b
| \btally\b
| (?:\d{1,3},\d{3}|\d{3,}|hundreds|thousands)\b[^.;]{0,60}\b(?:killed|dead|died|deaths)\b[^.;]{0,60}\b(?:last|this|past)\ (?:year|month)\b
| \bhas\ (?:since\ )?killed\ (?:more\ than\ |over\ |at\ least\ |nearly\ |about\ |some\ |almost\ )?(?:[\d,]{4,}|(?:tens\ of\ |hundreds\ of\ )?thousands)
| \b(?:over|in|during)\ the\ (?:past|last)\ (?:(?:two|three|four|five|six|ten|few|several|\d+)\ )?(?:years?|decades?|months|weeks?)\b
| \bin\ recent\ (?:years|months)\b | \bto\ date\b | \bin\ total\b | \baltogether\b
| \baccording\ to\ (?:[\w-]+\ ){0,3}(?:figures|data|estimates|statistics|records)\b
| \b(?:insurgency|war|conflict|violence|fighting|offensive|campaign)\b[^.;]{0,60}\bhas\ (?:since\ )?killed\b
| \bin\ the\ (?:first|second|third|last|past)\ (?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\ )?(?:half|quarter|months?|weeks?)\ of\b
| \bbetween\ (?:19|20)\d\d\ and\ (?:19|20)\d\d\b | \bfrom\ (?:19|20)\d\d\ to\ (?:19|20)\d\d\b | \bsince\ then\b
| (?:\d{1,3},\d{3}|\d{4,}|tens\ of\ thousands|thousands)\b[^.;]{0,60}\b(?:have|has)\s+(?:since\s+|so\s+far\s+|now\s+)?(?:been\s+)?(?:killed|died)\b
| \b(?:have|has)\s+(?:since\s+|so\s+far\s+|now\s+)?killed\s+(?:more\ than\ |over\ |at\ least\ |nearly\ |about\ |some\ |almost\ |an\ estimated\ )?(?:\d{1,3},\d{3}|\d{4,}|tens\ of\ thousands|thousands)\b
| (?:\d{1,3},\d{3}|\d{4,}|tens\ of\ thousands|thousands)\b[^.;]{0,80}\b(?:killed|died|dead)\b[^.;]{0,40}\bin\ the\ (?:war|conflict|fighting|violence|insurgency|unrest|crisis)\b
| \b(?:from|between)\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:(?:19|20)\d\d\s+)?(?:through|to|until|till|and)\s+(?:early\s+|late\s+|mid-?|the\s+end\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b   # 'killed in gang violence from January through March'
| \b(?:in|over|during)\s+the\s+same\s+(?:period|time\s+frame|span|months|weeks)\b   # 'have been killed ... in the same period' (a tally's period, told before)
| \bsince\s+(?:early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\b   # 'killed at least 11 people in southern Gaza since Saturday': the sum of the events told below
| \bin\s+the\s+(?:past\s+|last\s+|previous\s+)?(?:24|48|72|twenty-four|forty-eight)\s+hours\b   # 'at least 35 killed in the 24 hours to Sunday morning'
| \b(?:in|over|during)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|seven|several|a\s+few|\d+)\s+days\s+of\s+(?:violence|fighting|clashes|attacks|unrest|strikes|bombardment|raids)\b   # 'killed in four days of violence in the Timbuktu region'
| \b(?:killed|died|dead)\b[^.;]{0,60}\bthis\s+week\b   # 'At least 13 people were killed in West and Central Darfur this week in a drone strike, a raid and a killing'
| \bover\s+the\s+(?:weekend|past\s+few\s+days|past\s+two\s+days|past\s+day)\b
| \bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’]+-led\s+(?:attack|assault|offensive|invasion|incursion|takeover|coup)\b   # 'since the Hamas-led attack on Israel on 7 October'
| \bsince\b[^.;]{0,60}?\b(?:7\s+October|October\s+7|Oct\.?\s+7)\b(?!\s+(?:19|20)\d\d\s+(?:19|20))   # the epoch of the Gaza war's tallies
| \bweekly\s+(?:communiqu[eé]s?|reports?|bulletins?|briefings?|updates?|round-?ups?)\b   # 'In its weekly communique, the ministry said ... "neutralised" 41'
| \bbetween\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?\s+and\s+(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{1,2}\b)   # 'between 30 September and 6 October'
