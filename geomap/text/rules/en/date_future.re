# Words that show a sentence speaks of the future ('will', 'is to', 'next'): a date without
# a year may then lie up to 31 days after publication.
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
(?i)
\b
(?:
    will | shall | is\ to | are\ to | is\ due\ to | are\ due\ to | is\ expected\ to
  | are\ expected\ to | plans?\ to | scheduled | upcoming | (?<!\bthe\ )next(?!\ (?:to|door)\b)
)\b
