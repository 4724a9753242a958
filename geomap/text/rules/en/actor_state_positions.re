# After a country's name: its positions ('Turkish positions', 'Iranian military posts'): its forces, the target.
# Source: written by hand for geomap from English news style and ACLED's codebook.
(?:{{actor_possessive}})?[^\S\n]+(?:military[^\S\n]+|army[^\S\n]+|regime[^\S\n]+)?{{actor_positions}}\b
