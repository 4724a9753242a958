# Before a place: a preposition of location ('in', 'near', 'in the northern', 'in the X area of'):
# a place after one is the incident's.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
(?:
    \b(?:in|at|near|outside|around|across|along|into|inside|on|onto|towards?|within|over|from|through|(?<=road\ )between|(?<=highway\ )between)\s+
    (?:
        (?:the|a|an)\s+
    )?
    (?:
        (?:[\w'’-]+\s+){0,3}?
        (?:
            area | areas | village | district | city | town | province | region | outskirts | limits
          | vicinity | part | parts | centre | center | suburbs? | countryside | neighbou?rhood | PD\d+
          | entrances? | gates? | edge | heart | periphery | fringes | approaches
          | markets? | square | sector | streets? | camp | countryside | desert | farmland | hills | mountains | plains? | valley | old\ city
          | hinterlands? | forests? | jungles? | foothills | (?:municipal\ |district\ |provincial\ )?seat
        )\s+of\s+(?:(?:the|a)\s+)?
      | (?:entrances?|gates?|approaches|road)\s+to\s+(?:(?:the|a)\s+)?
    )?
    (?:
        (?:
            northern | southern | eastern | western | central | north-?(?:east|west)ern
          | south-?(?:east|west)ern | rural | restive | remote | besieged | northeastern | northwestern
          | southeastern | southwestern | nearby | neighbou?ring | occupied | embattled | front-?line | Russian-(?:held|occupied) | rebel-held | government-held
        )\s+
    )?
)$
| \b(?:in|at|on|near|into|over|across|towards?)\s+(?:the\s+)?(?:[\w'’-]+['’]s?\s+)?(?:(?:northern|southern|eastern|western|central|provincial|regional|port|border|main)\s+)?(?:capital|city|town|port|village)\s*,\s*$   # "strikes on Yemen's capital, Sanaa": the place after the apposition
| (?:^|\n)[ \t]*[-\u2022*\u2013\u2014][ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?(?:[0-3]?\d[ \t]+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?[ \t]+[0-3]?\d)(?:,?[ \t]+(?:19|20)\d\d)?[ \t]*(?:[-\u2013\u2014,:][ \t]*)$   # a bullet's place after its day: "- Sunday 15 October - Cabaret (Ouest department): Gang members ..."
| \b(?:struck|hit|shelled|bombed|raided|attacked|targeted|stormed)\s+(?:(?:two|three|four|several|many|some|residential|\d+)\s+)?(?:[\w'’-]+\s+)?(?:districts?|neighbou?rhoods?|suburbs?|quarters?|villages?)\s+of\s+$   # 'drones struck two districts of Kharkiv'
