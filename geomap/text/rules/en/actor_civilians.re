# Civilians, by the words news uses for them.
# A fragment, included by other patterns (its name in double braces).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?:
    civilians? | villagers? | residents? | worshippers | farmers? | students? | children | child
  | women | woman | girls? | boys? | teachers? | scholars? | contractors? | journalists?
  | doctors? | workers? | passengers? | shepherds? | sheperds? | pilgrims?
  | (?:tribal\ )?elders? | people | family | families | clerics? | merchants? | traders?
  | shopkeepers? | cooks? | drivers? | mother | father | sons? | daughters? | former\ soldiers?
  | aid\ workers? | refugees? | civil\ servants? | fisherm[ae]n | pharmacists? | vendors? | sellers?
  | (?:a|an|one)\ (?:young\ |elderly\ |old\ |local\ )?man
)
