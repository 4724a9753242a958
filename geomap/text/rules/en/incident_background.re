# Background: a clause about earlier events or a long stretch of time, told for context ("In 2017, a truck
# bombing killed ...", "the deadliest attack since ...", "has carried out hundreds of strikes", "the war
# began after ..."). It reports no incident; its sentence may still be kept as evidence.
# Used by: geomap.text.incidents (clause roles).
# Source: written by hand for geomap from English news style (wire reports' background paragraphs); no
#   entry taken from an evaluation corpus.
(?i)
^\W*in\ (?:(?:early|late|mid-?)\ )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\ )?(?:19|20)\d\d\b
| ^(?![^.;]*\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|overnight)\b)[^.;]*?\b(?:deadliest|worst|bloodiest|biggest|largest)\b[^.;]{0,80}\bsince\b
| \b(?:has|have|had)\ (?:carried\ out|launched|conducted|staged|mounted|attacked|struck|fired)\ (?:hundreds|dozens|scores|thousands|a\ series|a\ wave|waves)\ of\b
| \b(?:war|conflict|insurgency|crisis)\ (?:began|started|erupted|broke\ out)\b
| \b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\ few|many)\ (?:years|decades)\ ago\b | \b(?:a|one)\ (?:year|decade)\ ago\b
| ^\W*(?:last|the\ previous)\ year\b | ^\W*back\ in\ (?:19|20)\d\d\b | ^\W*in\ the\ past\b | \b(?:had\ )?previously\ been\ (?:attacked|targeted|hit|struck|raided|bombed)\b
| \b(?:a|an|the)\ (?:19|20)\d\d\ (?:[\w-]+\ ){0,2}?(?:attack|bombing|massacre|raid|strike|air\ ?strike|ambush|assault|explosion|blast|offensive|siege|shelling)\b   # 'a 2018 coalition air strike on a school bus'
| \bwas\ the\ scene\ of\b
| \b(?:earthquake|quake|floods?|flooding|cyclone|typhoon|hurricane|landslides?|tsunami|drought|famine|epidemic|cholera|measles|mpox|malaria|outbreak|wildfires?)\b[^.;]{0,60}\b(?:killed|left|claimed|died|deaths)\b
| \bstill\ recovering\ from\b
| (?:^\W*|\b(?:Context|Background):\s*)(?:last|earlier\ this|the\ previous)\ month\b | \b(?:Context|Background): | ^\W*in\ (?:a|another)\ similar\ (?:attack|strike|raid|bombing|ambush|assault)\b
| \b(?:a|another)\ similar\ (?:attack|strike|raid|bombing|ambush|assault)\b[^.;]{0,60}\b(?:ago|last\ (?:month|year)|in\ (?:19|20)\d\d)\b
| ^\W*in\ (?:(?:early|late|mid-?)\ )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\ (?:of\ )?last\ year\b | ^\W*(?:a|one|two|three|four|five|six|\d+)\ (?:years?|months?|decades?)\ (?:earlier|before)\b
| \b(?:last|in)\ (?:January|February|March|April|May|June|July|August|September|October|November|December|year|summer|winter|spring|autumn)\b[^.;]{0,60}\b(?:a|another)\ similar\ (?:attack|strike|raid|bombing|ambush|assault|explosion|blast)\b
| \b(?:coffins?|funerals?|burials?)\s+(?:of|for)\b[^.;]{0,80}\bkilled\b
| \b(?:coffins?|funerals?|burials?)\s+(?:of|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:victims|dead)\b | \bburied\s+(?:their|the|his|her)\s+(?:dead|sons?|daughters?|relatives|victims|children)\b | \b(?:are|is|were|was|will\s+be)\s+(?:due\s+)?to\s+be\s+buried\b   # funerals: 'The bodies of the Jenin dead are to be buried on Thursday'
| \b(?:has|have|had)\s+been\s+(?:fighting|waging|battling|attacking|targeting)\b[^.;]{0,60}\bsince\b
| \b(?:in|since|until|till|by)\s+(?:19|20)\d\d,\s+when\b | \b(?:after|when|while)\s+fleeing\s+(?:the\s+)?(?:fighting|clashes|violence|attacks|bombardment|shelling)\b
| \bsince\s+(?:(?:late|early|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?,\s+when\b   # 'high since August, when fighting around Hajin killed 25'
| \b(?:has|have)\s+(?:since\s+)?(?:targeted|attacked|struck|hit|carried\s+out|come\s+under|faced|suffered|detained|arrested)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|some\s+|nearly\s+|about\s+)?[\d,]{3,}\b   # 'has targeted over 100 merchant vessels': a count of many, not one event
| \b(?:at|attended|held|attend)\s+(?:the|a)\s+funerals?\b
| ^\W*(?:editor'?s\s+note|correction|clarification)\b | \ban\s+earlier\s+version\s+of\s+this\s+(?:article|story|report)\b   # a correction tells of the text, not of an event
| \b(?:remain|remained|remains|are\s+still|were\s+left)\s+displaced\b
| \bmarks?\s+(?:\w+\s+){0,2}(?:years?|months?|decades?)\s+since\b | \banniversary\b
| \b(?:was|is)\s+one\s+of\s+(?:at\s+least\s+|more\s+than\s+|some\s+|nearly\s+|the\s+)?(?:\d+|\w+)\s+(?:[\w-]+\s+){0,2}(?:attacks|strikes|raids|incidents|bombings)\b   # 'The Shwebo strike was one of at least 40 air attacks ...'
| \b(?:were|was)\s+buried\b | \brecalled\s+that\b
| \b(?:condemned|denounced|deplored)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:attacks?|strikes?|bombings?|killings?|shelling|raids?|massacre|assault)\b   # a reaction to the event, not the event
| \b(?:a|another)\ similar\ (?:attack|strike|raid|bombing|ambush|assault|explosion|blast)\b[^.;]{0,60}\bin\ (?:early\ |late\ |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b
| \b(?:had|has|have)\s+(?:launched|fired)\s+(?:more\s+than\s+|over\s+|some\s+|at\s+least\s+|nearly\s+)?\d[\d,]+\s+(?:[\w-]+\s+)?(?:drones|missiles|rockets|shells)\b   # 'Russia had launched more than 450 drones': a count of many
| \ba\s+(?:wave|spate|series|string|campaign|cycle)\s+of\s+(?:[\w-]+\s+)?(?:killings|attacks|violence|bombings|strikes|massacres|raids)\s+(?:that|which)\s+(?:left|killed|claimed)\b   # 'an offensive in January, a wave of killings that left more than 60 people dead': many events
| \b(?:war|conflict|insurgency|crisis|uprising|revolution)\s+(?:that|which)\s+(?:began|started|erupted|broke\s+out)\b   # 'killed in the civil war that began in 2011'
| \b(?:joined|attended|held)\s+(?:the\s+|a\s+)?funerals?\b | \bfuneral\s+(?:procession|prayers?|ceremony|march|cortege)\b | \b(?:military|burial|memorial|mourning|official)\s+ceremon(?:y|ies)\b | \bfired\s+(?:shots\s+|guns\s+|rifles\s+|bullets\s+)?(?:in)?to\s+the\s+air\b(?!\s+(?:to|and|in\s+an\s+attempt\s+to)\s+(?:disperse|break\s+up|scatter|drive\s+back|push\s+back)\b)   # a funeral, shots fired into the air (not 'to break up a protest')
| \bsince\s+(?:(?:late|early|mid-?)\s*)?(?:last|this)\s+(?:year|summer|winter|spring|autumn)\b(?:,\s+when\b|[^.;]{0,30}$)   # 'has faced defeats since late last year, when an alliance launched an offensive'
| \b(?:has|have|had)\s+(?:long\s+)?been\s+(?:the\s+)?(?:scene|site|theatre|theater)\s+of\b   # 'Lower Shabelle has been the scene of fierce fighting since ...'
| \bbod(?:y|ies)\s+of\b[^.;]{0,80}\b(?:were|was|have\s+been|had\s+been)\s+(?:flown|taken|brought|returned|handed\s+over|transported|repatriated)\b[^.;]{0,60}\b(?:burial|funerals?|buried|families|relatives)\b   # 'The bodies of the five soldiers killed in Kodok were flown to Juba for burial'
| \bfunerals?\s+(?:was|were|is|are|will\s+be)\s+(?:held|planned|due)\b   # 'Lt. Haider Jassim, whose funeral was held in the town on Wednesday'
| \b(?:of|later|earlier)\s+that\s+year\b | \bthat\s+same\s+year\b   # 'in November of that year, more than 30 protesters were shot dead': the year told before
| \b(?:farewell|memorial|mourning|burial|funeral)\s+(?:ceremony|ceremonies|service|services|rites)\b   # 'residents held a farewell ceremony for 3 people killed in the strike of 30 Jan'
| \bthe\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\s+(?:[\w'’-]+\s+){0,3}?(?:war|conflict|insurgency|crisis|fighting|violence|uprising|rebellion)\b   # 'The 2013-2018 civil war killed an estimated 400,000 people'
| \b(?:was|were|had\s+been)\s+(?:sparked|triggered|set\s+off|ignited|touched\s+off)\s+(?:on|by|in|when|after)\b   # 'The latest round was sparked on Nov. 21, when gunmen attacked a convoy': its cause, told as background
