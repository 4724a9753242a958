# A place named by reference to one told before ("in the town", "at the camp", "at the scene", "there"): a clause that
# names no place of its own but one of these tells more of the incident before it ("A man was killed
# when a rocket hit a factory in the town"), not a second incident.
# Used by: geomap.text.incidents (one event, one incident).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:in|at|near|on|outside|inside|across)\ the\ (?:same\ )?(?:town|city|village|camp|area|district|neighbou?rhood|base|site|market|building|compound|scene)\b(?!\s+of\b)
| \bthere\b(?!\s+(?:is|are|was|were|have|has|had)\b)
| \bthe\ same\ (?:town|city|village|camp|area|district|neighbou?rhood|base|site|market|building|compound|front(?:line)?|locality|road)\b
| \b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\ of\ the\ (?:town|city|village|camp|base)\b
| \b(?:entered|stormed|raided|shelled|struck|hit|attacked|besieged|surrounded|overran)\ the\ (?:town|city|village|camp|area|district|neighbou?rhood|base|site|market|compound)\b(?!\s+of\b)   # 'Israeli forces entered the camp before dawn'
