# Where one sentence goes on to a second event with a place of its own ("gunmen killed nine people at a market
# near Ayorou and abducted five others on the road outside Ouallam"; "..., while in Turbat a grenade hurled at a
# shop wounded two people"): the sentence is cut there into two clauses, both told as news (not background).
# The second part must name a place (a capitalised name after a preposition) soon after the connector, and its
# verb must not be one that goes on telling the same event ('were shot and killed by ... in X', 'burned tyres and
# looted shops in X'); the caller also checks that both parts name a place.
# A second victim with a place and a day of its own ("killed a man in Nabatieh on Monday and two brothers in Bint
# Jbeil early on Tuesday") is a second event of the same kind: geomap.text.incidents gives it the first's type.
# Used by: geomap.text.sentences (clauses).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
,?\s+and\s+(?=(?:also\s+|later\s+)?(?:abducted|kidnapped|attacked|shelled|stormed|ambushed|bombed|raided|burned|burnt|torched|looted)\b[^,.;]{0,70}?\b(?:in|near|outside|at)\s+(?:the\s+(?:town|village|city)\s+of\s+)?[A-Z])
| ,\s+while\s+(?=(?:in|near|at|outside)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|adjacent\s+)?[A-Z]|[^,.;]{0,60}?\b(?:in|near|at|outside|on)\s+(?:nearby\s+|neighbou?ring\s+)?[A-Z])
| ,?\s+and\s+(?=(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w'’-]+\s+){0,6}?(?:in|near|at|outside)\s+(?:neighbou?ring\s+|nearby\s+|the\s+(?:town|village|city)\s+of\s+)?[A-Z][^,.;]{0,40}?\b(?:(?:early|late)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
| ,?\s+and\s+(?=(?:a|an|another)\s+(?:[\w'’-]+\s+){0,2}?(?:bomb|mine|landmine|IED|explosive\s+device|drone|air\s*strike|missile|rocket|shell|blast|explosion|suicide\s+bomber)\s+(?:\w+\s+)?(?:killed|struck|hit|exploded|went\s+off)\b[^,.;]{0,80}?\b(?:in|near|outside|at)\s+(?:the\s+(?:town|village|city)\s+of\s+)?[A-Z])   # 'gunmen killed two guards in Spin Boldak on Sunday and a roadside bomb killed three in Khost on Monday'
| ,?\s+and\s+(?=(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:hit|struck|ran\s+over|drove\s+over|triggered)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:mine|landmine|IED|bomb|explosive\s+device)\b[^,.;]{0,40}?\b(?:in|near|outside|at)\s+[A-Z])   # '... near Djibo and a bus hit a mine near Gorom-Gorom'
| ,?\s+and\s+(?=(?:(?:at\s+least|more\s+than|another)\s+)?{{number_no_article}}\s+(?:[\w'’-]+\s+){0,6}?(?:in|near|at|outside)\s+(?:the\s+(?:town|village|city)\s+of\s+|nearby\s+|neighbou?ring\s+)?(?:al-|el-|ad-|as-|ash-)?[A-Z])   # 'were killed near Tarmiyah, ..., and three shepherds in a village outside Daquq' (both parts placed)
| ,?\s+and\s+(?=(?:(?:at\s+least|more\s+than|another)\s+)?{{number_no_article}}\s+(?:[\w'’-]+\s+){0,3}?(?:were\s+|was\s+)?(?:killed|died)\b[^,.;]{0,80}?\b(?:in|near|at|outside)\s+(?:al-|el-)?[A-Z])   # 'were killed outside Hajin and two men died when a drone hit their truck near al-Mayadin'
| ;\s+(?:and\s+)?that\s+(?=[^.;]{0,160}?\b(?:in|near|at|outside|on\s+the\s+road\s+between)\s+(?:the\s+(?:town|village|city)\s+of\s+)?[A-Z])   # a statement's list: 'said 17 soldiers died when ... at Deou ...; that six civilians were killed ... in Titao; and that ...'
