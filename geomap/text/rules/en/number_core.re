# A count written in digits ('12', '1,200', '5-7') or words ('twelve', 'twenty-one', 'a dozen'),
# without the articles; number_words.tsv gives the words' values.
# A fragment, included by other patterns (its name in double braces).
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
# Never an age: '27 year-old', '27-year-old', '40 years old' count no one.
(?:
    \d{1,3}(?:,\d{3})+(?!\d)
    | \d+(?:\s*[-–]\s*\d+)?
    | (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)
      (?:
          [\s-](?:one|two|three|four|five|six|seven|eight|nine)
      )?
    | zero
    | one
    | two
    | three
    | four
    | five
    | six
    | seven
    | eight
    | nine
    | ten
    | eleven
    | twelve
    | thirteen
    | fourteen
    | fifteen
    | sixteen
    | seventeen
    | eighteen
    | nineteen
    | a\ dozen
    | two\ dozen
    | dozen
    | a\ hundred
    | hundred
)(?:[^\S\n]\(\d{1,4}\))?(?!\d)(?![\s-]*years?[\s-]*old)   # 'nine (9) terrorists': the figure repeated in digits, as communiqués write it
