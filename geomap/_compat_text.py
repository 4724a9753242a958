"""The text stage with the packaged gazetteer: what the public API and later stages call for now.

TODO(merge): replaced by geomap/pipeline.py. The text stage's entry functions
(:mod:`geomap.text.document`, :mod:`geomap.text.resolve`) take the gazetteer as
a required argument; these wrappers pass :func:`geomap.gazetteer.default_gazetteer`
when none is given, so that ``geomap.find_places(text)`` keeps working.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Iterable, Iterator, Sequence

from geomap.model import Document, Mention
from geomap.text.rules import Rules

__all__ = ["find_places", "resolve_spans", "extract_document", "extract_documents"]


def _gazetteer(gazetteer: Any) -> Any:
    if gazetteer is not None:
        return gazetteer
    from geomap.gazetteer import default_gazetteer

    return default_gazetteer()


def find_places(text: str, *, gazetteer: Any = None, rules: Rules | None = None,
                country_hints: Sequence[str] | str | None = None) -> list[Mention]:
    """:func:`geomap.text.document.find_places` with the packaged gazetteer by default.

    Examples
    --------
    >>> [m.text for m in find_places("Clashes in Aleppo, Syria.")]  # doctest: +SKIP
    ['Aleppo', 'Syria']
    """
    from geomap.text.document import find_places as _find_places

    return _find_places(text, gazetteer=_gazetteer(gazetteer), rules=rules, country_hints=country_hints)


def resolve_spans(text: str, spans: Sequence[tuple[int, int]], *, gazetteer: Any = None, rules: Rules | None = None,
                  country_hints: Sequence[str] | str | None = None) -> list[Mention]:
    """:func:`geomap.text.resolve.resolve_spans` with the packaged gazetteer by default."""
    from geomap.text.resolve import resolve_spans as _resolve_spans

    return _resolve_spans(text, spans, gazetteer=_gazetteer(gazetteer), rules=rules, country_hints=country_hints)


def extract_document(text: str, *, gazetteer: Any = None, rules: Rules | None = None,
                     published: str | _dt.date | None = None, country_hints: Sequence[str] | str | None = None,
                     source: str = "") -> Document:
    """:func:`geomap.text.document.extract_document` with the packaged gazetteer by default.

    Examples
    --------
    >>> doc = extract_document("An air strike hit Al Bukamal on Friday.", published="2020-01-10")  # doctest: +SKIP
    >>> [m.text for m in doc.places]  # doctest: +SKIP
    ['Al Bukamal']
    """
    from geomap.text.document import extract_document as _extract_document

    return _extract_document(text, gazetteer=_gazetteer(gazetteer), rules=rules, published=published,
                             country_hints=country_hints, source=source)


def extract_documents(items: Iterable[Any], *, gazetteer: Any = None, rules: Rules | None = None,
                      published: str | _dt.date | None = None,
                      country_hints: Sequence[str] | str | None = None) -> Iterator[Document]:
    """:func:`geomap.text.document.extract_documents` with the packaged gazetteer by default."""
    from geomap.text.document import extract_documents as _extract_documents

    return _extract_documents(items, gazetteer=_gazetteer(gazetteer), rules=rules, published=published,
                              country_hints=country_hints)
