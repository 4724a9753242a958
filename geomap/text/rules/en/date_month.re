# A month name as written in dates (capitalised; the abbreviations may take a dot).
# Group 'mon': the name; date_months.tsv gives its number.
# A fragment, included by other patterns (its name in double braces).
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
(?P<mon>
    January | February | March | April | May | June | July | August | September | October
  | November | December | Jan | Feb | Mar | Apr | Jun | Jul | Aug | Sept | Sep | Oct | Nov | Dec
)\.?
