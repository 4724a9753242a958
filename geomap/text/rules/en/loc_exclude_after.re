# After a place: it is not the incident's ('-based', '-backed', "'s" unless an area of it follows: "Baghdad's Green
# Zone", "Kabul's Shar-e Naw district"; 'government', 'embassy').
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
^
(?:
    \s*-\s*based
  | -based
  | -backed
  | -led
  | -born
  | ['’]s(?!\s+(?:[A-Z][\w-]+\s+){0,2}(?:Green\ Zone|[Oo]utskirts|suburbs?|(?:old|Old)\ city|(?:city\ )?cent(?:re|er)|districts?|neighbo(?:u)?rhoods?|quarters?|markets?|airport|port|countryside)\b)
  | \s+\d
  | \s+Observatory
  | \s+(?:government|embassy|ministry|officials?|authorities|president|leader)
  | \s+(?:river|River|hospital|Hospital)\b   # 'across the Dnipro river': the river, not the city of its name
  | \s*[–—-]\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:road|highway|route|Road|Highway)\b   # 'on the Juba–Yei road near Yei': the road's end, not the place
)
