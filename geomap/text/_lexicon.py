"""The words recognition and resolution look for, built once per :class:`~geomap.text.rules.Rules`.

The English lives in ``geomap/text/rules/en/`` (one file per list, each with a
header saying what it holds and where it comes from); this module turns those
files into the sets, tables and compiled patterns the mechanism uses, once per
``Rules`` object (:meth:`Rules.derived <geomap.text.rules.Rules.derived>`), so
that a call costs one dictionary look-up. Nothing here is read at import time.

Examples
--------
>>> from geomap.text.rules import load_rules
>>> lex = lexicon(load_rules("en"))
>>> "president" in lex.titles, lex.demonyms["syrian"]
(True, 'SY')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields

from geomap.exc import GazetteerDataError, PackageDataError
from geomap.text.rules import Rules

__all__ = ["Lexicon", "lexicon"]


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Word sets (lower case unless said), tables and patterns of one language.

    A field typed ``frozenset[str]`` or ``re.Pattern[str]`` is the rules file of
    the same name (``titles`` is ``titles.txt``, ``cue_after`` is ``cue_after.re``;
    see each file's header for what it holds and how it is used) unless
    :func:`_build` says otherwise: adding a list is adding a field and a file.
    """

    titles: frozenset[str]
    given_names: frozenset[str]
    any_given_names: frozenset[str]  # given_names + more_given_names
    family_names_first: frozenset[str]
    name_particles: frozenset[str]
    stop_words: frozenset[str]  # stop_words + titles
    function_words: frozenset[str]
    street_words: frozenset[str]
    not_place_after: frozenset[str]
    group_after: frozenset[str]
    institution_after: frozenset[str]
    institution_end: frozenset[str]
    institution_middle: frozenset[str]
    institution_continue: frozenset[str]
    town_school_words: frozenset[str]
    stop_phrases: frozenset[str]
    company_suffixes: frozenset[str]
    company_of: re.Pattern[str]
    storm_words: frozenset[str]
    party_state: re.Pattern[str]
    serotype_before: frozenset[str]
    area_after: frozenset[str]
    cue_before: frozenset[str]
    cue_after: re.Pattern[str]
    cue_compass_after: re.Pattern[str]
    org_after: frozenset[str]
    org_bridge_words: frozenset[str]
    name_connectors: frozenset[str]
    demonyms: dict[str, str]  # lower-case form -> ISO code or continent key (read-only)
    continents: dict[str, str]  # continent key -> the gazetteer's name of the continent
    demonym_org_end: frozenset[str]
    articles: frozenset[str]
    ethnic_prefixes: frozenset[str]
    ethnic_heads: tuple[str, ...]
    ethnic_before: frozenset[str]
    plural_endings: tuple[str, ...]
    dotted_abbreviations: frozenset[str]
    possessive: re.Pattern[str]
    possessive_heads: frozenset[str]
    possessive_starts: frozenset[str]
    of_the_heads: frozenset[str]
    state_abbreviations: dict[str, str]  # "La." -> "Louisiana" (as written)
    state_after_comma: re.Pattern[str]  # built from state_abbreviations.tsv
    place_modifiers: frozenset[str]
    say_verbs: frozenset[str]
    division_words: frozenset[str]
    settlement_after: frozenset[str]
    contraction: re.Pattern[str]  # case-blind
    foreign_compass: frozenset[str]
    foreign_compass_after: re.Pattern[str]
    compass_particles: frozenset[str]
    compass_words: frozenset[str]
    feature_after: frozenset[str]
    feature_before: frozenset[str]
    feature_fallback: frozenset[str]
    feature_fallback_before: frozenset[str]
    lookup_fallback: frozenset[str]  # division_words + feature_fallback + foreign_compass
    role_nouns: frozenset[str]
    dotted_titles: frozenset[str]
    national_body_words: frozenset[str]
    national_body_fields: frozenset[str]
    country_acronyms: frozenset[str]  # as written (USA, UAE)
    initials_skip: frozenset[str]
    not_country_phrases: frozenset[str]
    not_surname: frozenset[str]  # words that end a person's name (see _persons.name_persons)
    org_name_words: frozenset[str]
    coordinators: frozenset[str]
    companion_words: frozenset[str]  # words beside a place's name in a run that leave the name whole (see recognise)
    calendar_words: frozenset[str]  # month and weekday names (date_months.tsv, date_words.tsv): never in a place name
    of_word: str
    definite_article: str


def lexicon(rules: Rules) -> Lexicon:
    """The :class:`Lexicon` of ``rules``, built on first use and kept on the ``Rules`` object."""
    return rules.derived("text.lexicon", _build)


def _demonym_table(rules: Rules) -> dict[str, str]:
    """Lower-case demonym -> ISO code (or continent key): the gazetteer's list, then the rules' own."""
    from geomap.settings import gazetteer_source_path

    path = gazetteer_source_path("demonyms.tsv")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise GazetteerDataError(f"{path}: the demonym list cannot be read ({e}); reinstall geomap") from None
    name_forms = rules.set("demonym_name_forms")
    table: dict[str, str] = {}
    for line in lines:
        if not line.strip() or line.startswith("#") or line.startswith("iso2"):
            continue
        cc, _, forms = line.partition("\t")
        for form in forms.split("|"):
            f = form.strip().lower()
            if f and f not in name_forms:
                table[f] = cc.strip().upper()
    for row in rules.table("more_demonyms"):
        table.setdefault(row["form"].lower(), row["code"].upper())
    return table


def _key_word(rules: Rules, role: str) -> str:
    for row in rules.table("key_words"):
        if row["role"] == role and row["word"]:
            return row["word"].lower()
    raise PackageDataError(f"{rules.path / 'key_words.tsv'}: has no word for the role {role!r}; add a row")


def _build(rules: Rules) -> Lexicon:
    s = rules.set
    states = {row["abbreviation"]: row["name"] for row in rules.table("state_abbreviations")}
    built: dict[str, object] = {
        "any_given_names": s("more_given_names") | s("given_names"),
        "stop_words": s("stop_words") | s("titles"),
        "demonyms": _demonym_table(rules),
        "continents": {row["code"]: row["name"] for row in rules.table("continents")},
        "ethnic_heads": tuple(sorted(s("ethnic_heads"))),
        "plural_endings": tuple(sorted(s("plural_endings"))),
        "state_abbreviations": states,
        "state_after_comma": re.compile(r"(?<=,\s)(" + "|".join(re.escape(k) for k in sorted(states, key=len, reverse=True))
                                        + r")(?=[\s,;:)\"'”]|$)"),
        "contraction": rules.regex("contraction", re.IGNORECASE),
        "lookup_fallback": s("division_words") | s("feature_fallback") | s("foreign_compass"),
        "country_acronyms": frozenset(rules.list("country_acronyms")),
        "calendar_words": frozenset(row["name"].lower() for row in rules.table("date_months"))
        | frozenset(row["word"].lower() for row in rules.table("date_words") if row["kind"] == "weekday"),
        "of_word": _key_word(rules, "of"),
        "definite_article": _key_word(rules, "definite_article"),
    }
    built["companion_words"] = (built["stop_words"] | s("division_words") | s("area_after") | s("feature_after")  # type: ignore[operator]
                                | s("place_modifiers") | s("compass_words") | s("org_after") | s("institution_after")
                                | s("not_place_after") | s("street_words") | s("say_verbs") | s("name_connectors")
                                | built["calendar_words"] | frozenset(built["demonyms"]))  # type: ignore[arg-type]
    built["not_surname"] = (built["stop_words"] | s("area_after") | s("division_words") | s("feature_after")  # type: ignore[operator]
                            | s("street_words") | s("org_after") | s("institution_after") | s("not_place_after")
                            | s("compass_words") | s("say_verbs"))
    for f in fields(Lexicon):
        if f.name in built:
            continue
        if f.type == "frozenset[str]":
            built[f.name] = s(f.name)
        elif f.type == "re.Pattern[str]":
            built[f.name] = rules.regex(f.name)
        else:
            raise TypeError(f"Lexicon.{f.name}: no rule builds a {f.type}")  # a field added without its builder
    return Lexicon(**built)  # type: ignore[arg-type]
