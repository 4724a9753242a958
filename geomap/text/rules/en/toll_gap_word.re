# One word (not a number) between a count and who was killed ('12 suspected Taliban ...', 'a 25-year-old man').
# A fragment, included by other patterns (its name in double braces).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?!
    (?:
        one | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve
      | thirteen | fourteen | fifteen | sixteen | seventeen | eighteen | nineteen | twenty | thirty
      | forty | fifty | hundred | dozen
    )\b
)(?:[^\W\d][\w'’-]*|\d{1,3}-(?:year|month)-old),?\s+
