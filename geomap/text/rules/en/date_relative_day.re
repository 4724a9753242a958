# A day named relative to publication: 'yesterday', 'last night', 'the day before', 'the next day'.
# Group 'rel': the phrase; date_words.tsv (kind relative_day) says how many days back.
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
(?i)
\b
(?P<rel>
    yesterday | today | tonight | this\ morning | this\ afternoon | this\ evening | last\ night
  | overnight | the\ day\ before | (?:on\ )?the\ previous\ day
  | the\ (?:next|following)\ (?:day|morning) | the\ previous\ (?:night|evening) | the\ night\ before
)\b
