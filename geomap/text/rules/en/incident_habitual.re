# Background and habitual cues ('in the past', 'has often struck ... before', 'regularly'):
# a sentence with one reports no incident.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\bin\ the\ past\b
| \bhas\ (?:also\ |repeatedly\ |often\ )?(?:struck|attacked|targeted|hit|bombed)\ .{0,80}\b
  (?:
      before | in\ the\ past | repeatedly | for\ years
  )\b
| \b(?:often|regularly|frequently|repeatedly|routinely|usually)\b
| \bhistory\ of\b
| ^(?:(?!,\s+as\b)[^.;])*?\bstepped\s+up\b   # a trend ('Militants have stepped up attacks'), unless only told beside an event (', as forces stepped up raids')
| \bhave\s+(?:become|grown)\s+(?:almost\s+|increasingly\s+|more\s+)?(?:routine|common|frequent|more\s+frequent)\b | \bare\s+(?:less|more)\s+frequent\b | \blike\s+(?:this|these|Tuesday's|Monday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\b
| ^\W*(?:analysts?|experts?|observers?|critics?|security\ analysts?)\s+(?:say|said|says|believe|note|noted|warn|warned|argue)\b   # analysis, not a report of an event
| \b(?:here\s+is|here's)\s+(?:a\s+|our\s+)?(?:quick\s+|brief\s+)?(?:recap|summary|round-?up)\b | ^\W*(?:recap|summary|in\s+summary|catch\s+up)\s*:   # a live page's recap retells the entries, it adds no event
| ^(?:(?!\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most|first|latest|since)\b)[^.;])*?\b(?:in|over|during|throughout)\s+(?:recent|the\s+(?:past|last))\s+(?:few\s+|several\s+|two\s+|three\s+)?(?:days|weeks|months)\b   # many events over a span ('arrested dozens of men in recent weeks'), unless it ranks one ('the deadliest in recent weeks')
