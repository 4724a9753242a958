"""The map page: Leaflet inlined, the data as escaped JSON, and the self-contained HTML file.

:func:`make_offline` swaps folium's CDN links for inlined Leaflet and geomap's
script (:mod:`geomap.render.assets`); :func:`map_html` renders the page and
refuses one that would still load files from the network; :func:`save_map`
writes it atomically.
"""
from __future__ import annotations

import functools
import json
import os
import re
from pathlib import Path
from typing import Any

from geomap.exc import ExternalResourceError, GeomapError, InputError, InputFileError
from geomap.render import assets as _assets

__all__ = ["make_offline", "map_html", "save_map", "json_for_html", "raw_html", "geomap_layer"]


def json_for_html(obj: Any) -> str:
    """JSON that can sit inside a ``<script>`` element: no text in it can end the element.

    The text is ASCII (other characters as ``\\uXXXX``, U+2028/9 included), which keeps the
    replacements below fast on a 20 MB map.
    """
    text = json.dumps(obj, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


@functools.lru_cache(maxsize=None)
def _raw_cls() -> type:
    from branca.element import Element

    class Raw(Element):
        """Pre-built HTML put in the page as is (never parsed as a Jinja template)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self._text = text

        def render(self, **kwargs: Any) -> str:
            return self._text

    return Raw


def raw_html(text: str) -> Any:
    """Pre-built HTML as a folium element (put in the page as is, never parsed as a template)."""
    return _raw_cls()(text)


def _build_offline_element() -> type:
    from branca.element import Figure, MacroElement

    class OfflineAssets(MacroElement):
        """Inlines Leaflet and geomap's script/styles in the page header (first)."""

        def __init__(self) -> None:
            super().__init__()
            self._name = "GeomapOfflineAssets"

        def render(self, **kwargs: Any) -> None:
            figure = self.get_root()
            if not isinstance(figure, Figure):
                raise GeomapError("a geomap map must be rendered inside a folium Figure")
            parent = self._parent
            if getattr(parent, "default_js", None):
                parent.default_js = []
                parent.default_css = []
            icons = json.dumps(_assets.leaflet_icon_urls())
            head = "\n".join([
                _assets.style_tag(_assets.leaflet_css()),
                _assets.style_tag(_assets.geomap_css()),
                _assets.script_tag(_assets.leaflet_js()),
                _assets.script_tag(
                    "(function(){var o=" + icons + ";L.Icon.Default.imagePath='';"
                    "L.Icon.Default.mergeOptions(o);})();\n" + _JQUERY_SHIM),
                _assets.script_tag(_assets.geomap_js()),
                _assets.script_tag(_assets.controls_js()),
                _assets.script_tag(_assets.basemap_js()),
            ])
            header = figure.header
            header.add_child(raw_html(head), name="geomap_offline_assets")
            # Leaflet must come before every other script in the header
            header._children.move_to_end("geomap_offline_assets", last=False)
            if _uses_awesome_icons(parent):
                # folium.Icon needs Leaflet.awesome-markers and icon fonts, which are not
                # installed locally: link them (for online use); save_map(offline=True) refuses.
                from folium.folium import _default_css, _default_js
                from branca.element import CssLink, JavascriptLink

                for name, url in _default_js:
                    if name != "leaflet":
                        header.add_child(JavascriptLink(url), name=name)
                for name, url in _default_css:
                    if name != "leaflet_css":
                        header.add_child(CssLink(url), name=name)
            super().render(**kwargs)

    return OfflineAssets


#: folium's own templates use jQuery in two places only: ``$(`<div>...</div>`)[0]`` to build
#: popup content and ``$(document).ready(fn)``. jQuery is not inlined (it is not installed
#: locally); this shim covers exactly those uses when jQuery is absent.
_JQUERY_SHIM = """if (typeof window.$ === 'undefined') {
  window.$ = function (x) {
    if (typeof x === 'string') {
      var t = document.createElement('template');
      t.innerHTML = x.trim();
      return Array.prototype.slice.call(t.content.childNodes);
    }
    if (x === document) {
      return { ready: function (fn) {
        if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
      } };
    }
    return [x];
  };
}"""


def _uses_awesome_icons(root: Any) -> bool:
    import folium

    stack = [root]
    while stack:
        e = stack.pop()
        if isinstance(e, folium.Icon):
            return True
        stack.extend(getattr(e, "_children", {}).values())
    return False


@functools.lru_cache(maxsize=None)
def _offline_cls() -> type:
    return _build_offline_element()


@functools.lru_cache(maxsize=None)
def _layer_cls() -> type:
    from branca.element import Figure, MacroElement

    class GeomapLayer(MacroElement):
        """The data of one render_map call and the call that draws it."""

        def __init__(self, spec: dict[str, Any]) -> None:
            super().__init__()
            self._name = "GeomapLayer"
            self.spec = spec

        def render(self, **kwargs: Any) -> None:
            figure = self.get_root()
            if not isinstance(figure, Figure):
                raise GeomapError("a geomap map must be rendered inside a folium Figure")
            name = self.get_name()
            self.spec["id"] = name
            data = f'<script type="application/json" id="{name}-spec">{json_for_html(self.spec)}</script>'
            figure.html.add_child(raw_html(data), name=name)
            call = (f'geomapRender({self._parent.get_name()}, '
                    f'JSON.parse(document.getElementById("{name}-spec").textContent));')
            figure.script.add_child(raw_html(call), name=name)
            for child in self._children.values():
                child.render(**kwargs)

    return GeomapLayer


def geomap_layer(spec: dict[str, Any]) -> Any:
    """The element that carries one render_map call's data into the page and draws it."""
    return _layer_cls()(spec)


def make_offline(m: Any) -> Any:
    """Make a ``folium.Map`` render with Leaflet inlined instead of loaded from CDNs.

    Removes folium's CDN links for the map (Leaflet, jQuery, Bootstrap, Font
    Awesome) and adds an element that inlines Leaflet and geomap's script into
    the page header. Idempotent; returns ``m``. :func:`render_map` and
    :func:`save_map` call it; the Jupyter view of the map uses the same page.
    """
    import folium

    if not isinstance(m, folium.Map):
        raise InputError(f"expected a folium.Map, not {type(m).__name__}")
    m.default_js = []
    m.default_css = []
    cls = _offline_cls()
    if not any(isinstance(c, cls) for c in m._children.values()):
        m.add_child(cls(), name="geomap_offline_assets")
    return m


_EXTERNAL = re.compile(
    r"""<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)|<link\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)|@import\s+(?:url\()?["']?([^"')\s;]+)""",
    re.IGNORECASE,
)


_EXTERNAL_BYTES = re.compile(_EXTERNAL.pattern.encode("ascii"), re.IGNORECASE)


def _external_files(page: str) -> list[str]:
    """Files a page would load from elsewhere (what :data:`_EXTERNAL` matches, sorted).

    The regex runs only where ``<script``, ``<link`` or ``@import`` occur in any case (found
    with ``bytes.find`` in the ASCII-lowered UTF-8 page), not over megabytes of map data.
    """
    data = page.encode("utf-8", "surrogatepass")
    low = data.lower()          # ASCII only: positions stay the same
    found: set[str] = set()
    for needle in (b"<script", b"<link", b"@import"):
        at = low.find(needle)
        while at >= 0:
            match = _EXTERNAL_BYTES.match(data, at)
            if match:
                found.add(next(g for g in match.groups() if g).decode("utf-8", "replace"))
            at = low.find(needle, at + 1)
    return sorted(found)


def map_html(m: Any, *, offline: bool = True) -> str:
    """The complete HTML page of a map.

    Parameters
    ----------
    m : folium.Map
    offline : bool
        Inline Leaflet (see :func:`make_offline`) and refuse a page that would still
        load scripts or styles from elsewhere.

    Raises
    ------
    ExternalResourceError
        When ``offline`` and an element added to the map (a folium plugin, or
        ``folium.Icon``) needs files geomap cannot inline; the message lists them.
    """
    if offline:
        make_offline(m)
    page = m.get_root().render()
    if offline:
        external = _external_files(page)
        if external:
            raise ExternalResourceError(
                f"this map would load {len(external)} file(s) from the network, so it would not work "
                f"offline: {', '.join(external[:6])}{' ...' if len(external) > 6 else ''}. They come from "
                "folium elements added to the map (plugins, or markers with folium.Icon) whose scripts are "
                "not installed locally. Fix: draw with CircleMarker/GeoJson or geomap's layers instead, or "
                "save with offline=False for a map that needs a network")
    return page


def save_map(m: Any, path: str | os.PathLike[str], *, offline: bool = True) -> Path:
    """Write a map as one self-contained HTML file.

    Parameters
    ----------
    m : folium.Map
        Usually from :func:`render_map`; any folium map is made offline too.
    path : str or path-like
        Output file (``.html``); written atomically.
    offline : bool
        See :func:`map_html`.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    ExternalResourceError
        When ``offline`` and the page would still need the network.
    InputFileError
        When the file cannot be written.
    """
    page = map_html(m, offline=offline)
    from geomap._files import write_output

    return write_output(path, page, what="the map")
