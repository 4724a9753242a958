# A definite reference to an event told before ('the attack', 'the latest air strikes',
# 'these planes'): the clause joins that incident.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b(?:the|that|this|these|those|its|their)\s+
(?:
    (?:latest|last|recent|most\ recent|same|deadly|reported|suspected|alleged|twin|initial|first|second)\s+
)*(?:(?:US|U\.S\.|American|Israeli|drone|air|rocket|missile|roadside|car|truck|suicide|artillery|mortar)\s+)?
(?:
    attacks? | strikes? | air\ ?strikes? | raids? | planes | aircraft | bombings? | blasts?
  | exchanges?\ of\ fire | gun\ ?battles? | gunfights? | firefights? | shoot-?outs? | operations? | explosions? | bombs? | (?:explosive\ )?devices? | landmines? | mines? | assault | incident | shelling | barrage | ambush | clash(?:es)? | fighting
  | area\ struck | area | killing | shells | rockets | missiles | mortars | mortar\ rounds   # 'The shells struck the Wadi al-Qadi area'
)\b
