"""The text stage: news documents to place mentions and incidents.

read (files to text) -> recognise (place names with spans) -> resolve (one
geographic story per document) -> dates and incidents (ACLED fields with evidence).
The gazetteer, the language rules and the publication date are passed in.
"""
