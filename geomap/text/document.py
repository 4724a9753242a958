"""The text stage end to end: a news text to its places and incidents.

* :func:`find_places` recognises every toponym and demonym
  (:mod:`geomap.text.recognise`) and resolves them at document level
  (:mod:`geomap.text.resolve`);
* :func:`extract_document` adds the incidents (:mod:`geomap.text.incidents`) and
  returns a :class:`~geomap.model.Document`;
* :func:`extract_documents` does many at once and never lets one bad document
  stop the others.

The gazetteer is a required argument and the language rules an optional one
(English by default): both are resolved here, once, and passed down.

Examples
--------
>>> from geomap.gazetteer import Gazetteer
>>> doc = extract_document("Shelling hit Aleppo on Monday.", gazetteer=Gazetteer())  # doctest: +SKIP
>>> [m.text for m in doc.places]  # doctest: +SKIP
['Aleppo']
"""
from __future__ import annotations

import datetime as _dt
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from geomap.exc import GeomapError, InputError
from geomap.model import Document, Mention
from geomap.text.dates import parse_published
from geomap.text.incidents import extract_incidents
from geomap.text.published import published_in_text
from geomap.text.read import read_article
from geomap.text.recognise import recognise
from geomap.text.resolve import hint_list, resolve_mentions
from geomap.text.roles import find_tallies
from geomap.text.rules import Rules, load_rules

__all__ = ["find_places", "extract_document", "extract_documents"]


def find_places(text: str, *, gazetteer: Any, rules: Rules | None = None,
                country_hints: Sequence[str] | str | None = None) -> list[Mention]:
    """Every place a text names, with its span, resolved at document level.

    Parameters
    ----------
    text : str
    gazetteer : geomap.gazetteer.Gazetteer
        Where names are looked up (:func:`geomap.gazetteer.default_gazetteer`
        for the packaged one).
    rules : geomap.text.rules.Rules, optional
        Language rules (default: English, ``load_rules("en")``).
    country_hints : str or list of str, optional
        ISO 3166 alpha-2 codes of the countries the document is about.

    Returns
    -------
    list of Mention
        In text order. ``kind`` is ``toponym``, ``demonym`` ("Syrians") or
        ``adjective`` ("Iraqi militia"); ``place`` is None when the name did not
        resolve, with whatever ``candidates`` were found.

    Raises
    ------
    geomap.exc.InputError
        When ``text`` is not a string or a country hint is not a code.

    Examples
    --------
    >>> from geomap.gazetteer import Gazetteer
    >>> [(m.text, m.place.country_code)
    ...  for m in find_places("Clashes in Aleppo, Syria.", gazetteer=Gazetteer())]  # doctest: +SKIP
    [('Aleppo', 'SY'), ('Syria', 'SY')]
    """
    if not isinstance(text, str):
        raise InputError(f"find_places needs a str, got {type(text).__name__}; read files with read_document()")
    return _find_places(text, gazetteer, rules if rules is not None else load_rules("en"), country_hints)


def _find_places(text: str, gazetteer: Any, rules: Rules, country_hints: Sequence[str] | str | None) -> list[Mention]:
    spans = recognise(text, gazetteer=gazetteer, rules=rules)
    return resolve_mentions(text, spans, gazetteer=gazetteer, rules=rules, country_hints=country_hints)


def extract_document(text: str, *, gazetteer: Any, rules: Rules | None = None,
                     published: str | _dt.date | None = None,
                     country_hints: Sequence[str] | str | None = None, source: str = "",
                     published_source: str | None = None, today: _dt.date | None = None) -> Document:
    """Places and incidents of one news text.

    Without ``published``, the publication date is the one the text states in its
    dateline or byline (:func:`geomap.text.published.published_in_text`), if any;
    ``Document.published_source`` says where the date came from.

    Parameters
    ----------
    text : str
    gazetteer : geomap.gazetteer.Gazetteer
        Where names are looked up.
    rules : geomap.text.rules.Rules, optional
        Language rules (default: English).
    published : str (YYYY-MM-DD) or datetime.date, optional
        Publication date; relative dates ("on Friday") resolve against it. It wins
        over a date the text states.
    country_hints : str or list of str, optional
    source : str
        File name or id, kept on the document and on each incident.
    published_source : str, optional
        Where ``published`` comes from (default ``given``; ``html meta ...`` when it was
        read from a page's metadata: :func:`geomap.text.read.read_article`).
    today : datetime.date, optional
        The day the text is read (default: the system's date). A dateline without a year
        ("ADEN, Oct 20 (Reuters) -") takes the year, of the last five up to this day, in which
        its day is the weekday the report files on ("said on Sunday"); the incidents' notes say
        the year was inferred.

    Returns
    -------
    Document
        ``places`` (as :func:`find_places` gives them), ``incidents`` and ``tallies`` (the
        cumulative figures the report gives: context, never incidents).

    Raises
    ------
    geomap.exc.InputError
        When ``published`` does not parse or ``text`` is not a string.

    Examples
    --------
    >>> from geomap.gazetteer import Gazetteer
    >>> doc = extract_document("An air strike hit Al Bukamal on Friday.", published="2020-01-10",
    ...                        gazetteer=Gazetteer())  # doctest: +SKIP
    >>> doc.incidents[0].event_date  # doctest: +SKIP
    datetime.date(2020, 1, 10)
    """
    pub = parse_published(published)
    if not isinstance(text, str):
        raise InputError(f"{source or 'document'}: text must be a str, got {type(text).__name__}")
    rules = rules if rules is not None else load_rules("en")
    how, why = (published_source or "given"), ""
    if pub is None:
        stated = published_in_text(text, rules=rules, today=today or _dt.date.today())
        pub, how, why = stated.date, stated.source, stated.note
    places = _find_places(text, gazetteer, rules, country_hints)
    hints = [h.strip().upper() for h in hint_list(country_hints) or ()]
    incidents = extract_incidents(text, places, gazetteer=gazetteer, rules=rules, published=pub, source=source,
                                  country=hints[0] if len(hints) == 1 else None)
    if why and pub is not None:
        # the publication date was read by the weekday the report names: each incident says so
        incidents = [replace(i, notes=f"{i.notes} (publication date: {why})".lstrip()) for i in incidents]
    elif why:
        # the dateline gives a day without a year: say why a relative date stays unknown
        incidents = [replace(i, notes=f"{i.notes} ({why})") if _NO_PUBLICATION in i.notes else i for i in incidents]
    mentioned = [i for i in incidents if i.extra.get("mentioned")]
    return Document(source=source, text=text, published=pub, places=places,
                    incidents=[i for i in incidents if not i.extra.get("mentioned")],
                    published_source=how, tallies=find_tallies(text, rules=rules), mentioned=mentioned)


#: The words of an incident's notes when a relative date had no publication date to count from.
_NO_PUBLICATION = "no publication date"


def extract_documents(items: Iterable[Any], *, gazetteer: Any, rules: Rules | None = None,
                      published: str | _dt.date | None = None,
                      country_hints: Sequence[str] | str | None = None,
                      today: _dt.date | None = None) -> Iterator[Document]:
    """Extract many documents; a bad one yields a :class:`~geomap.model.Document` with ``error`` set.

    Parameters
    ----------
    items : iterable
        Paths (read with :func:`~geomap.text.read.read_article`: an HTML page's
        metadata may give the publication date), or dicts
        ``{"id", "text", "published"?}``, or ``(id, text)`` pairs.
    gazetteer : geomap.gazetteer.Gazetteer
        Where names are looked up.
    rules : geomap.text.rules.Rules, optional
        Language rules (default: English).
    published, country_hints
        Defaults for documents that carry none.
    today : datetime.date, optional
        The day the texts are read (:func:`extract_document`).

    Yields
    ------
    Document
        One per item, in input order. A document that cannot be read or parsed
        has ``error`` set (the message names it); so has one that meets an
        internal error, whose message says so and names the exception.

    Examples
    --------
    >>> from geomap.gazetteer import Gazetteer
    >>> docs = extract_documents([("a", "Fighting near Homs."), ("b", 42)],
    ...                          gazetteer=Gazetteer())  # doctest: +SKIP
    >>> [(d.source, bool(d.error)) for d in docs]  # doctest: +SKIP
    [('a', False), ('b', True)]
    """
    rules = rules if rules is not None else load_rules("en")
    default_pub: _dt.date | None = None
    default_pub_error = ""
    try:
        default_pub = parse_published(published)
    except InputError as e:
        default_pub_error = str(e)
    for item in items:
        source, text, pub, error, how = _read_item(item, default_pub)
        if not error and default_pub_error and pub is None:
            error = default_pub_error
        if error:
            yield Document(source=source, text=text if isinstance(text, str) else "", error=error)
            continue
        try:
            doc = extract_document(text, gazetteer=gazetteer, rules=rules, published=pub,
                                   country_hints=country_hints, source=source, published_source=how, today=today)
        except GeomapError as e:
            doc = Document(source=source, text=text if isinstance(text, str) else "", error=str(e))
        except _INTERNAL_ERRORS as e:  # a bug met on one document never stops the batch, and is named
            doc = Document(source=source, text=text if isinstance(text, str) else "", error=_internal_error(source, e))
        yield doc


#: Exceptions a bug in the rules or the mechanism raises on one document. Others (a broken
#: gazetteer index, memory) stop the batch: every document would fail the same way.
_INTERNAL_ERRORS = (ArithmeticError, AttributeError, LookupError, TypeError, ValueError, RecursionError)


def _internal_error(source: str, e: BaseException) -> str:
    tb = traceback.extract_tb(e.__traceback__)
    where = f" at {Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
    return (f"{source or 'document'}: internal error in geomap while extracting ({type(e).__name__}{where}: {e}); "
            "please report it with this document")


def _read_item(item: Any, default_pub: _dt.date | None) -> tuple[str, Any, Any, str, str | None]:
    """``(source, text, published, error, published_source)`` of one input item; a file is read
    here (a given publication date wins over the one an HTML page's metadata states)."""
    source = ""
    text: Any = ""
    try:
        if isinstance(item, (str, Path)):
            source = str(item)
            art = read_article(item)
            if default_pub is None and art.published is not None:
                return source, art.text, art.published, "", art.published_source
            return source, art.text, default_pub, "", None
        if isinstance(item, dict):
            source = str(item.get("id", ""))
            text = item.get("text")
            if not isinstance(text, str):
                raise InputError(f"document {source!r}: 'text' must be a string")
            return source, text, item.get("published") or default_pub, "", None
        try:
            source, text = str(item[0]), item[1]
        except (TypeError, LookupError):
            raise InputError(f"cannot read a document from {type(item).__name__} {str(item)[:40]!r}; give a "
                             "path, a dict with 'id' and 'text', or an (id, text) pair") from None
        return source, text, default_pub, "", None
    except GeomapError as e:
        return source, text, None, str(e), None
