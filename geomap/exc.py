"""The geomap error family.

Every error geomap raises derives from :class:`GeomapError`; each subclass also
derives from the built-in exception it resembles, so callers may catch either.
Messages name the input at fault and say how to fix it. Every warning derives
from :class:`GeomapWarning`.
"""
from __future__ import annotations

__all__ = [
    "GeomapError",
    "GeomapWarning",
    "InputError",
    "UsageError",
    "RowError",
    "InputFileError",
    "GazetteerDataError",
    "PackageDataError",
    "AssetMissingError",
    "ExternalResourceError",
    "PlaceNotFoundError",
    "RouteError",
    "GeometryError",
    "GeomapWarning",
    "CountryMismatchWarning",
]


class GeomapError(Exception):
    """Root of every error raised by geomap."""


class GeomapWarning(UserWarning):
    """Root of every warning geomap gives (a country mismatch, a swapped coordinate ...)."""


class InputError(GeomapError, ValueError):
    """A value given to geomap (a name, a date, a distance, a coordinate) is unusable."""


class UsageError(InputError):
    """A command line that cannot run as given (the message is the one line the CLI prints)."""


class RowError(InputError):
    """A value in a row of a table is unusable; the message is the reason the row is skipped."""


class InputFileError(GeomapError, OSError):
    """A file given to geomap cannot be read as what it claims to be.

    The message names the file and what to do about it.
    """


class GazetteerDataError(GeomapError, OSError):
    """The gazetteer index or one of its source files is missing or corrupt."""


class PackageDataError(GeomapError, OSError):
    """A file geomap ships (basemap, language rules, map assets, taxonomy) is missing or corrupt.

    The fix is to reinstall geomap; the message names the file.
    """


class AssetMissingError(PackageDataError, FileNotFoundError):
    """A script, stylesheet or basemap an offline map needs is not installed (Leaflet, geomap's own)."""


class ExternalResourceError(GeomapError, ValueError):
    """A map would load files from the network, so it would not work offline."""


class PlaceNotFoundError(GeomapError, LookupError):
    """A place name that must resolve (a route waypoint, say) did not.

    Attributes
    ----------
    name : str
        The name as given.
    candidates : list
        The nearest candidates found, best first (may be empty).
    """

    def __init__(self, message: str, name: str = "", candidates: list | None = None):
        super().__init__(message)
        self.name = name
        self.candidates = list(candidates or [])


class RouteError(GeomapError, ValueError):
    """A route cannot be built or found (unknown name, fewer than two points ...)."""


class GeometryError(GeomapError, ValueError):
    """A geometry is invalid for the operation (bad polygon, negative distance ...)."""


class CountryMismatchWarning(GeomapWarning):
    """An incident's coordinates fall in a different country from the one its text names."""
