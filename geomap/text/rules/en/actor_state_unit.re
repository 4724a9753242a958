# A numbered unit of a state's forces ("the 35th Armored Brigade", "4th Division", "the 1st Naval Brigade"): ACLED
# names it after its state's forces ("Military Forces of Yemen (2012-) 35th Armored Brigade"; actor_names.tsv, role
# state_unit: the country is the incident's). The unit's name is the group 'unit'.
# Source: written by hand for geomap from ACLED's actor naming (codebook: state forces' units after the period);
#   no text taken from an evaluation corpus.
(?-i:
    (?P<unit>\d{1,3}(?:st|nd|rd|th)\s+(?:(?:Armou?red|Infantry|Mechani[sz]ed|Motori[sz]ed|Border|Mountain|Naval|Marine|Airborne|Commando|Assault|Special\s+Forces|Presidential\s+Protection|Rapid\s+Intervention|Giants|Artillery|Missile)\s+)?
    (?:Brigade|Division|Corps|Regiment|Battalion|Military\s+Region|Military\s+District))
)(?:\s+(?:forces|troops|soldiers|units?|fighters))?
