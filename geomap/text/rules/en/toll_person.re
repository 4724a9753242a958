# Who can be counted among the dead ('people', 'soldiers', 'policemen', 'Arbakis').
# A fragment, included by other patterns (its name in double braces).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?:
    people | persons | person | civilians? | soldiers? | troops | commandos? | fighters?
  | militants? | members? | insurgents? | rebels? | police(?:men|man|\ officers?)? | officers?
  | personnel | guards? | commanders? | gunm[ae]n | attackers? | assailants? | militiam[ae]n
  | children | women | men | man | woman | child | boys? | girls? | students? | worshippers
  | villagers? | residents? | farmers? | workers? | contractors? | staff | employees? | pilgrims
  | passengers | shepherds? | elders? | teachers? | scholars? | clerics? | journalists?
  | doctors? | nurses? | recruits | cadets | members | Arbakis? | 'Arbakis?' | Taliban | others?
  | individuals | casualties | victims | bodyguards? | relatives | family\ members | sons?
  | daughters? | brothers? | wives | wife | husband | jihadists | terrorists | Daesh | IS | ISIS
  | teenagers? | tourists? | guides? | medics? | paramedics? | rescuers? | drivers? | mourners?
  | protesters? | demonstrators? | rioters? | pedestrians? | patients? | foreigners? | nationals? | aid\ workers?
  | [a-z]+(?:ians|eans|ans) | Iraqis | Israelis | Pakistanis | Somalis | Yemenis | Saudis | Bangladeshis
  | chiefs? | leaders? | officials? | mayors? | governors? | judges? | imams? | priests? | elders?
  | elements | tribesm[ae]n | clansm[ae]n
  | citizens? | bystanders? | engineers? | fisherm[ae]n | traders? | merchants? | labou?rers? | herders?
  | businessm[ae]n | businesswom[ae]n | shopkeepers? | vendors? | miners? | hunters? | herdsm[ae]n
  | suspects? | criminals? | activists? | thieves | robbers? | bandits? | kidnappers? | conscripts? | volunteers? | prisoners?
  | detainees? | inmates? | migrants? | refugees? | commissioners? | chairm[ae]n | council+ors? | councilm[ae]n | lawmakers?
  | peacekeepers? | hostages? | captives? | spectators? | youths? | infants? | babies | toddlers?
  | ["“‘][A-Za-z-]{3,20}(?=["”’]\s+(?:were|was|have|had|are|is|died|killed|dead)\b)   # a side's label in quotes: 'six "khwarij" were killed'
  | constables? | sergeants? | lieutenants? | captains? | majors? | colonels? | privates | sheikhs? | guardsm[ae]n | watchm[ae]n | securitym[ae]n
  | cadres? | operatives? | combatants? | gendarmes? | legislators? | deputies | councillors? | chiefs? | more(?=\W)
  | dissidents? | guerrillas? | combatants? | separatists? | extremists? | raiders? | mercenaries | vigilantes? | IDPs?
)
