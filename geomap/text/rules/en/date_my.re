# A month, with a year or a modifier: 'March 2020', 'early January', 'mid-June'.
# Group 'early': the modifier (date_months.tsv says which names need a year or a modifier).
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
\b(?:(?P<early>early|mid|late|earlier|later)[\s-]+(?:in\s+)?)?{{date_month}}(?:,?\s+{{date_year}})?\b
