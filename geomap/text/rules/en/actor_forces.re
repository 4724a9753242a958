# A state's armed forces after its name ('forces', 'troops', 'warplanes', '-led coalition forces').
# A fragment, included by other patterns (its name in double braces).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?:-led\s+)?(?:coalition\s+)?
(?:
    military | army | armed\ forces | forces | troops | soldiers? | security\ forces
  | security\ personnel | service\ ?members | marines | air\ ?force | navy | jets | warplanes
  | planes | aircraft | drones? | UAVs? | helicopters? | special\ forces | commandos | personnel | air\ defen[cs]es?
  | government\ forces | regime\ forces | national\ army | border\ guards? | artillery
  | warships? | gunboats | tanks | missile\ forces
)
