# After a country's adjective, a word for a settlement or area: the adjective says the place's country
# ("the southern Lebanese village of Aitaroun", "a Syrian border town"), unlike "an Israeli air strike".
# Used by: geomap.text.incident_places (the fallback of an unknown place to its country).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
[ ](?:[a-z-]+[ ])?(?:village|town|city|hamlet|area|region|province|district|camp|neighbou?rhood|port|countryside)s?\b
