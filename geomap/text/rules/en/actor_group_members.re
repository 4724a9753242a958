# Words after a group's name that name its members ('Taliban militants', 'IS fighters').
# A fragment, included by other patterns (its name in double braces).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?:\([A-Z][\w-]{1,10}\)[\ \t]+)?   # 'Pakistani Taliban (TTP) militants'
(?:militants?|fighters?|members?|insurgents?|commanders?|gunmen|militiamen|troops|soldiers|forces|peacekeepers|units?
  |rebels?|guerrillas?|militias?|jihadists|combatants|separatists)
