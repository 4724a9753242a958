# A toll told with a noun of death and no event word ("HPG confirmed 4 PKK fatalities", "two more deaths"):
# a statement of the toll alone, which belongs to the incident told before it (toll_statement).
# Source: written by hand for geomap from English news style; no text taken from an evaluation corpus.
(?i)
(?:^|(?<=[\s,(]))(?P<num>{{number_no_article}})\s+(?:(?:more|further|additional|[A-Z][\w-]*)\s+){0,2}(?:fatalities|deaths|bodies)\b
| \b(?:the\s+)?bod(?:y|ies)\s+of\s+(?P<num2>{{number_no_article}}|an?)\s+(?:[\w'-]+\s+){0,3}?(?:{{toll_person}}|[a-z]+(?:er|or|man|woman|ist|ian|ent|ant)s?)\b   # 'the bodies of 6 truffle hunters were found', 'the body of a schoolteacher'
