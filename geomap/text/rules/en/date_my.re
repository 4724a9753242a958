# A month, with a year or a modifier: 'March 2020', 'early January', 'mid-June'.
# Group 'early': the modifier (date_months.tsv says which names need a year or a modifier); group 'prep'
# (empty) when 'in', 'last', 'since' or 'until' comes before: 'In March, ...' is the month, as a modifier is.
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
\b(?:(?P<early>early|mid|late|earlier|later)[\s-]+(?:in\s+)?|(?P<prep>(?<=\b[Ii]n\ )|(?<=\b[Ll]ast\ )|(?<=\b[Ss]ince\ )|(?<=\b[Uu]ntil\ )))?{{date_month}}(?:,?\s+{{date_year}})?\b
