"""Named patterns of a language's rules, compiled once: the attributes of a compiled rule set.

``Patterns(rules, "toll_", "coded update")`` has ``.coded`` =
``rules.regex("toll_coded")`` and ``.update`` = ``rules.regex("toll_update")``:
the stages' rule sets (:class:`~geomap.text.fatalities.TollRules` ...) name the
files they use once, in one line, instead of one assignment each.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.text.rules import Rules

__all__ = ["Patterns"]


class Patterns:
    """The patterns ``prefix + name`` of ``rules`` for each name of ``names``, as attributes.

    Examples
    --------
    >>> from geomap.text.rules import load_rules
    >>> p = Patterns(load_rules("en"), "toll_", "none also")
    >>> bool(p.none.search("No casualties were reported."))
    True
    """

    def __init__(self, rules: Rules, prefix: str, names: str) -> None:
        for name in names.split():
            setattr(self, name, rules.regex(prefix + name))

    if TYPE_CHECKING:  # for type checkers only: a __getattr__ at run time would slow every attribute read
        def __getattr__(self, name: str) -> re.Pattern[str]: ...
