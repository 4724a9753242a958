"""Language rules as data: one folder per language (``rules/en/`` ...).

The text stage holds the mechanism; the words it looks for live here, as files
a linguist can read and extend without touching code. Three kinds of file:

``NAME.txt``
    A list: one entry per line. Lines that start with ``#`` and blank lines are
    comments. The first comment lines are the header: what the list holds and
    where its entries come from.
``NAME.tsv``
    A table: a comment header, then a line of column names, then one row per
    line, tab-separated. Empty cells are ``""``.
``NAME.re``
    A regular expression in verbose mode (:data:`re.VERBOSE`): white space is
    ignored and ``#`` starts a comment (write ``\\#`` and ``\\ `` for the
    characters). ``{{other}}`` inserts another file: ``other.re`` as a
    non-capturing group, or the list ``other.txt`` as an alternation of its
    entries (escaped, longest first).

Every file's header has a ``Source:`` line. A :class:`Rules` object reads each
file once, on first use; :func:`load_rules` gives one object per language.
Stages take a ``Rules`` as a parameter; nothing reads the files behind their back.

Examples
--------
>>> rules = load_rules("en")
>>> "monday" in rules.set("weekdays")  # doctest: +SKIP
True
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, Callable, TypeVar

from geomap.exc import InputError, PackageDataError

__all__ = ["Rules", "load_rules", "languages"]

_ROOT = Path(__file__).resolve().parent
_INCLUDE = re.compile(r"\{\{([a-z0-9_]+)\}\}")
_NAME = re.compile(r"^[a-z0-9_]+$")
T = TypeVar("T")


def languages() -> list[str]:
    """The languages that have a rules folder (``['en']``)."""
    return sorted(p.name for p in _ROOT.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


class Rules:
    """The language rules of one language, read from ``rules/<lang>/``.

    Parameters
    ----------
    lang : str
        Folder name under ``geomap/text/rules/`` (``"en"``).
    root : str or Path, optional
        Another folder with the same layout (for rules of your own).
    """

    def __init__(self, lang: str = "en", root: str | Path | None = None) -> None:
        folder = Path(root) / lang if root is not None else _ROOT / lang
        if not _NAME.match(lang) or not folder.is_dir():
            raise InputError(f"no language rules for {lang!r} (in {folder.parent}); "
                             f"the languages are: {', '.join(languages()) or 'none'}")
        self.lang = lang
        self.path = folder
        self._cache: dict[tuple[str, str], Any] = {}

    def __repr__(self) -> str:
        return f"Rules({self.lang!r}, path={str(self.path)!r})"

    # ------------------------------------------------------------ reading
    def _file(self, name: str, suffix: str) -> Path:
        if not _NAME.match(name):
            raise InputError(f"a rules file name is lower case letters, digits and '_', not {name!r}")
        return self.path / f"{name}{suffix}"

    def _lines(self, name: str, suffix: str) -> list[str]:
        path = self._file(name, suffix)
        try:
            return path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            raise PackageDataError(f"{path}: the language rules file is missing; reinstall geomap "
                                     f"or add the file") from None
        except (OSError, UnicodeDecodeError) as e:
            raise PackageDataError(f"{path}: cannot be read ({e}); reinstall geomap") from None

    def _memo(self, kind: str, name: str, build: Callable[[], T]) -> T:
        key = (kind, name)
        try:
            return self._cache[key]
        except KeyError:
            value = self._cache[key] = build()
            return value

    def list(self, name: str) -> tuple[str, ...]:
        """The entries of ``NAME.txt``, in file order, as written."""
        def build() -> tuple[str, ...]:
            return tuple(s for s in (line.strip() for line in self._lines(name, ".txt")) if s and not s.startswith("#"))
        return self._memo("list", name, build)

    def set(self, name: str) -> frozenset[str]:
        """The entries of ``NAME.txt``, lower-cased, as a set."""
        return self._memo("set", name, lambda: frozenset(e.lower() for e in self.list(name)))

    def table(self, name: str) -> tuple[dict[str, str], ...]:
        """The rows of ``NAME.tsv`` as dicts keyed by the column names."""
        def build() -> tuple[dict[str, str], ...]:
            rows = [line for line in self._lines(name, ".tsv") if line.strip() and not line.startswith("#")]
            if not rows:
                return ()
            header = [h.strip() for h in rows[0].split("\t")]
            out = []
            for n, line in enumerate(rows[1:], 2):
                cells = line.split("\t")
                if len(cells) > len(header):
                    raise PackageDataError(f"{self._file(name, '.tsv')}: row {n} has {len(cells)} cells "
                                             f"for {len(header)} columns")
                cells += [""] * (len(header) - len(cells))
                out.append({h: c.strip() for h, c in zip(header, cells)})
            return tuple(out)
        return self._memo("table", name, build)

    def alternation(self, name: str) -> str:
        """The list ``NAME.txt`` as a regex alternation (escaped, longest entry first)."""
        def build() -> str:
            entries = sorted(set(self.list(name)), key=lambda e: (-len(e), e))
            return "(?:" + "|".join(re.escape(e) for e in entries) + ")"
        return self._memo("alt", name, build)

    def pattern(self, name: str) -> str:
        """The source of ``NAME.re`` with every ``{{other}}`` expanded (verbose-mode syntax)."""
        return self._memo("pattern", name, lambda: self._expand(name, ()))

    def _expand(self, name: str, stack: tuple[str, ...]) -> str:
        if name in stack:
            raise PackageDataError(f"{self.path}: {' -> '.join(stack + (name,))}: a rules pattern includes itself")
        src = "\n".join(self._lines(name, ".re"))

        def include(m: re.Match[str]) -> str:
            other = m.group(1)
            if self._file(other, ".re").exists():
                return "(?:" + self._expand(other, stack + (name,)) + "\n)"
            if self._file(other, ".txt").exists():
                return self.alternation(other)
            raise PackageDataError(f"{self._file(name, '.re')}: includes {{{{{other}}}}}, but there is no "
                                     f"{other}.re or {other}.txt in {self.path}")
        return _INCLUDE.sub(include, src)

    def regex(self, name: str, flags: int = 0) -> re.Pattern[str]:
        """``NAME.re`` compiled (verbose mode, plus ``flags``)."""
        def build() -> re.Pattern[str]:
            try:
                return re.compile(self.pattern(name), re.VERBOSE | flags)
            except re.error as e:
                raise PackageDataError(f"{self._file(name, '.re')}: not a valid pattern ({e})") from None
        return self._memo(f"regex{flags}", name, build)

    def derived(self, key: str, build: Callable[["Rules"], T]) -> T:
        """A structure the mechanism builds from these rules, built once per ``Rules``.

        ``build(rules)`` is called on first use of ``key``; later calls return
        the same object (compiled scanners, lookup tables).
        """
        return self._memo("derived", key, lambda: build(self))

    def files(self) -> list[Path]:
        """Every rules file of this language."""
        return sorted(p for p in self.path.iterdir() if p.suffix in (".txt", ".tsv", ".re"))


@functools.lru_cache(maxsize=None)
def load_rules(lang: str = "en") -> Rules:
    """The packaged rules of ``lang``, one object per language (files read on first use)."""
    return Rules(lang)
