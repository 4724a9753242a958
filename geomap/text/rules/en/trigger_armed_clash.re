# Clashes, fighting, ambushes, raids, battles.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\bclash(?:es|ed)?\b
| \bfighting\b
| \bcame\s+under\s+(?:heavy\s+|sustained\s+)?(?:fire|gunfire|attack)\s+from\b   # 'soldiers patrolling near Navolato came under fire from men in an SUV'
| \bover(?:took|ran|run)\b
| \bgun\ ?battles?\b
| \bgun\ ?fights?\b
| \bshoot-?outs?\b
| \bfirefights?\b
| \bambush(?:ed|es)?\b
| \bexchanged?\ (?:of\ )?fire\b
| \bskirmish(?:es)?\b
| \bengaged\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:group|groups|militants|fighters|terrorists|insurgents|rebels|gunmen|jihadists|bandits|enemy|column)\b   # 'a unit engaged an armed terrorist group travelling on motorcycles near Tera'
| \b(?:came|come|comes|entered|made)\s+(?:into\s+)?contact\s+with\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:group|groups|militants|fighters|terrorists|insurgents|rebels|gunmen|jihadists|bandits|enemy|column|elements)\b   # translated communiqués: 'a patrol came into contact with a group of armed terrorists'
| \brepuls(?:ed|e)\b
| \bsnipers?\b
| \boffensive\b
| \braid(?:s|ed)?\b
| \bcounter-?attack\w*
| \bbattles?\b
| \bopen(?:ed)?\ fire\ on\ (?:a\ |an\ |the\ )?
  (?:
      military | army | police | security | checkpoint | check\ point | post | convoy | base
  )
