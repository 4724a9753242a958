# What comes right before a killing verb that did not kill: an attempt, a plan, a threat ("attempted to
# kill a commander", "tried to kill him", "failed to kill", "vowed to kill"). Searched in the words before
# the verb; a match means the verb states no death.
# Used by: geomap.text.fatalities.
# Source: written by hand for geomap from English usage; no entry taken from an evaluation corpus.
(?i)
\b(?:attempt(?:ed|ing|s)?|tr(?:y|ies|ied|ying)|fail(?:ed|ing|s)?|plott?(?:ed|ing|s)?|sought|seek(?:ing|s)?
  |plann?(?:ed|ing|s)?|threaten(?:ed|ing|s)?|intend(?:ed|ing|s)?|vow(?:ed|ing|s)?|aim(?:ed|ing|s)?
  |wanted|want(?:ing|s)?|order(?:ed|ing|s)?|call(?:ed|ing|s)?\ for\ them)\s+to\s+$
| \b(?:attempts?|plots?|plans?|bids?|threats?|orders?|efforts?)\ to\s+$
