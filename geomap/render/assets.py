"""Find Leaflet and geomap's own map script in installed packages and inline them.

A map that geomap writes must render with no network, so nothing on the page
may load from a CDN. Leaflet itself (``leaflet.js``, ``leaflet.css`` and the
images the stylesheet refers to) is read from the installed PyPI package
``django-js-lib-leaflet`` (Leaflet 1.9.4, BSD 2-Clause; a pure data package
that imports nothing), never copied into this repository. geomap's own map
script and stylesheet ship beside this module, in ``geomap/render/assets/``.

The images are inlined as ``data:`` URIs; the banner comment of ``leaflet.js``
(its copyright notice, which the BSD licence asks to keep) is inlined with it.
"""
from __future__ import annotations

import base64
import functools
import re
from importlib import resources
from pathlib import Path

from geomap.exc import AssetMissingError

__all__ = ["leaflet_js", "leaflet_css", "leaflet_icon_urls", "geomap_js", "controls_js", "geomap_css",
           "script_tag", "style_tag", "AssetMissingError", "LEAFLET_PACKAGE"]

#: The PyPI distribution that ships Leaflet's built files.
LEAFLET_PACKAGE = "django-js-lib-leaflet"
_LEAFLET_MODULE = "js_lib_leaflet"
_LEAFLET_DIR = ("static", "js_lib_leaflet")


def _leaflet_root() -> Path:
    try:
        root = resources.files(_LEAFLET_MODULE)
    except ModuleNotFoundError:
        raise AssetMissingError(
            f"Leaflet is not installed: geomap inlines it from the Python package "
            f"{LEAFLET_PACKAGE!r} so maps work offline. Fix: pip install {LEAFLET_PACKAGE}"
        ) from None
    return Path(str(root.joinpath(*_LEAFLET_DIR)))


def _read_text(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:
        raise AssetMissingError(
            f"cannot read {what} at {path}: {e.strerror or e}. Fix: reinstall "
            f"{LEAFLET_PACKAGE if 'leaflet' in what.lower() else 'geomap'}"
        ) from None


def _data_uri(path: Path, mime: str) -> str:
    try:
        payload = base64.b64encode(path.read_bytes()).decode("ascii")
    except OSError as e:
        raise AssetMissingError(f"cannot read {path}: {e.strerror or e}. Fix: reinstall {LEAFLET_PACKAGE}") from None
    return f"data:{mime};base64,{payload}"


@functools.lru_cache(maxsize=1)
def leaflet_js() -> str:
    """Return the text of the installed ``leaflet.js`` (minified, with its licence banner)."""
    return _read_text(_leaflet_root() / "leaflet.js", "Leaflet's leaflet.js")


@functools.lru_cache(maxsize=1)
def leaflet_css() -> str:
    """Return ``leaflet.css`` with every ``url(images/...)`` replaced by a ``data:`` URI."""
    root = _leaflet_root()
    css = _read_text(root / "leaflet.css", "Leaflet's leaflet.css")

    def inline(match: re.Match[str]) -> str:
        return f'url("{_data_uri(root / "images" / match.group(1), "image/png")}")'

    return re.sub(r"url\(\s*['\"]?images/([A-Za-z0-9_.-]+\.png)['\"]?\s*\)", inline, css)


@functools.lru_cache(maxsize=1)
def leaflet_icon_urls() -> dict[str, str]:
    """``data:`` URIs of Leaflet's default marker images (for ``L.Icon.Default``).

    Leaflet finds its default icon by reading a CSS ``url()`` path, which a
    ``data:`` URI defeats; the map script sets these options directly instead, so a
    plain ``folium.Marker`` added by a user also draws offline.
    """
    images = _leaflet_root() / "images"
    return {
        "iconUrl": _data_uri(images / "marker-icon.png", "image/png"),
        "iconRetinaUrl": _data_uri(images / "marker-icon-2x.png", "image/png"),
        "shadowUrl": _data_uri(images / "marker-shadow.png", "image/png"),
    }


def _geomap_asset(name: str) -> str:
    path = Path(__file__).resolve().parent / "assets" / name
    return _read_text(path, f"geomap's map asset {name}")


@functools.lru_cache(maxsize=1)
def geomap_js() -> str:
    """geomap's own map script (``geomap/render/assets/geomap-map.js``)."""
    return _geomap_asset("geomap-map.js")


@functools.lru_cache(maxsize=1)
def controls_js() -> str:
    """geomap's analyst controls: filters, legend totals, timeline, search, exports (``assets/geomap-controls.js``)."""
    return _geomap_asset("geomap-controls.js")


@functools.lru_cache(maxsize=1)
def basemap_js() -> str:
    """geomap's basemap labels and disputed-area script (``geomap/render/assets/geomap-basemap.js``)."""
    return _geomap_asset("geomap-basemap.js")


@functools.lru_cache(maxsize=1)
def geomap_css() -> str:
    """geomap's own map stylesheet (``geomap/render/assets/geomap-map.css``)."""
    return _geomap_asset("geomap-map.css")


def script_tag(js: str) -> str:
    """Wrap JavaScript source in a ``<script>`` element that cannot be closed early.

    The only sequence that ends a script element early is ``</script`` (any case);
    it is rewritten as ``<\\/script``, which means the same inside JS strings and
    regular expressions and cannot occur elsewhere in valid JS.
    """
    return "<script>" + re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE) + "</script>"


def style_tag(css: str) -> str:
    """Wrap CSS in a ``<style>`` element (``</style`` is escaped as in :func:`script_tag`)."""
    return "<style>" + re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE) + "</style>"
