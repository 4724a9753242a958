# Words of an air or drone strike ('airstrikes', 'warplanes', 'jets bombed', 'Shahed drones').
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b(?:drone|air|aerial)[\s-]*(?:strikes?|raids?|attacks?|bombardments?|bombings?)\b
| \bairstrikes?\b
| \bair-strikes?\b
| \bwarplanes?\b
| \b(?:fighter\ )?jets?\ (?:struck|bombed|hit|targeted)
| \bhelicopter\ gunships?\b
| \bbombed\ from\ the\ air\b
| \b(?:planes|aircraft|drones?)\ (?:struck|bombed|hit|targeted|attacked|pounded|strafed|raided)\b
| \bdrones?\s+(?:(?:slammed|crashed|smashed|ploughed|plowed|flew)\s+into|fired\s+(?:an?\s+|two\s+|three\s+)?(?:missiles?|rockets?)|exploded\s+(?:over|above|on|at|near))\b   # 'a drone slammed into a pickup truck', 'a drone fired a missile at a house'
| \bbombing\ (?:raids?|runs?)\b
| \bair\ (?:force\ )?(?:operations?)\b
| \b(?:air\s+force|aircraft|aviation)\s+(?:carried\s+out|conducted|launched|staged)\s+(?:\w+\s+){0,2}?(?:strikes?|raids?|bombardments?|sorties)\b   # 'the national air force carried out strikes on terrorist positions'
| \b(?:Shahed|kamikaze|suicide|attack|loitering)[\s-]+drones?\b
| \b(?:launched|fired|sent)\s+(?:an?\s+)?(?:(?:wave|swarm|barrage|dozens|scores)\s+of\s+)?
  (?:
      [\w-]+\s+
  )?drones\b
| \b(?:aircraft|aircrafts|planes?|jets?|warplanes|helicopters?|drones?)\b[^.;]{0,200}?\bdropp(?:ed|ing)\s+(?:\w+\s+){0,3}?(?:bombs?|barrel\s+bombs|explosives?|(?:explosive\s+)?charges|grenades|missiles|munitions)\b
| \b(?:jets|aircraft|warplanes|planes|helicopters|drones|UAVs)\s+(?:conducted|carried\s+out|launched|staged|made)\s+(?:\w+\s+){0,4}?(?:raids|strikes|sorties)\b   # 'Russian jets conducted a series of raids on Sarmin'
| \b(?:aircraft|jets|warplanes|planes|helicopters?|drones?|UAVs?)\s+(?:launched|fired)\s+(?:\w+\s+){0,2}?(?:missiles|rockets)\b   # 'Israeli aircraft launched missiles from over the Golan'
| \b(?:UAVs?|unmanned\s+aerial\s+vehicles?)\b
