# Before a place: a verb of attack whose object is the place itself ('shelling hit Aleppo', 'jets struck
# Al Qaim', 'militants stormed the town of X'): the place is where the incident happened.
# Source: written by hand for geomap from English news style; no text taken from an evaluation corpus.
(?i)
\b(?:
    hit | hits | struck | strikes? | shelled | shelling | bombed | bombing | bombarded | pounded | targeted | targeting
  | attacked | attacking | raided | stormed | overran | besieged | shelled | rocketed
  | entered | captured | seized | retook | recaptured | liberated
  | (?:shelling|bombardment|bombing|bombings|strikes?|air\ ?strikes?|attacks?|raids?|siege|capture|assault)\s+(?:of|on)
)\s+
(?:(?:the|a)\s+)?
(?:(?:town|city|village|district|camp|outskirts|suburbs?|centre|center)\s+of\s+(?:the\s+)?)?
$
