"""The offline basemap in headless Chromium (every request blocked): disputed land, labels as
HTML text at zoom 8, precision symbols and their legend rows."""
from __future__ import annotations

import pytest

from _browser import offline_browser, offline_page, skip_reason
from geomap.model import Incident
from geomap.render import render_map, save_map

pytestmark = pytest.mark.skipif(skip_reason() is not None, reason=skip_reason() or "")


@pytest.fixture(scope="module")
def browser():
    with offline_browser() as b:
        yield b


@pytest.fixture(scope="module")
def map_file(tmp_path_factory):
    incs = [
        Incident("2020-01-10", 1, "Explosions/Remote violence", "Air/drone strike", fatalities=8,
                 location="Abu Kamal", country="Syria", longitude=40.92, latitude=34.45, geo_precision=1),
        Incident("2020-01-11", 1, "Battles", "Armed clash", location="near Al Qaim", country="Iraq",
                 longitude=41.1, latitude=34.37, geo_precision=2),
        Incident("2020-01-12", 1, "Explosions/Remote violence", "Air/drone strike", location="",
                 country="Iraq", longitude=43.26, latitude=33.09, geo_precision=3),
    ]
    out = tmp_path_factory.mktemp("basemap") / "map.html"
    save_map(render_map(incidents=incs, title="Basemap"), out)
    return out


_MAP = "Object.values(window.GEOMAP.maps)[0]"


def test_golan_is_land_drawn_as_disputed(browser, map_file):
    with offline_page(browser, map_file) as (page, log):
        page.evaluate(f"{_MAP}.map.setView([32.98, 35.75], 9, {{animate: false}}); 0")
        page.wait_for_timeout(300)
        alpha, disputed = page.evaluate(f"""() => {{
            const r = {_MAP}.map, land = {_MAP}.basemap.gmLand, ren = land.options.renderer;
            const p = r.latLngToLayerPoint([32.98, 35.75]).subtract(ren._bounds.min);
            const d = window.devicePixelRatio || 1;
            const px = ren._ctx.getImageData(Math.round(p.x * d), Math.round(p.y * d), 1, 1).data;
            let hit = null;
            land.eachLayer(l => {{ if (l.feature.properties.DISPUTED && l.getBounds().contains([32.98, 35.75])) hit = l.feature.properties.NAME; }});
            return [px[3], hit];
        }}""")
        assert alpha == 255, "the Golan point is not painted as land (the sea is the bare background)"
        assert disputed == "Golan Heights"
        assert not log.blocked and not log.errors


def test_zoom8_al_bukamal_shows_river_towns_and_governorates_as_text(browser, map_file):
    with offline_page(browser, map_file) as (page, log):
        page.evaluate(f"{_MAP}.map.setView([34.45, 40.92], 8, {{animate: false}}); 0")
        page.wait_for_timeout(300)
        texts = page.evaluate("""() => {
            const W = innerWidth, H = innerHeight;
            return [...document.querySelectorAll('.gm-label span')].filter(s => {
                const b = s.getBoundingClientRect();
                return b.right > 0 && b.left < W && b.bottom > 0 && b.top < H; }).map(s => s.textContent);
        }""")
        assert "Euphrates" in texts
        assert any(t in texts for t in ("Al Mayādīn", "Hajīn", "Al Qā’im")), texts
        assert any("Zawr" in t or "Anbar" in t for t in texts), texts
        page.evaluate(f"{_MAP}.map.setView([34.45, 40.92], 4, {{animate: false}}); 0")
        page.wait_for_timeout(200)
        assert page.locator(".gm-town").count() < len([t for t in texts])  # fewer towns zoomed out
        assert not log.blocked and not log.errors


def test_precision_three_is_hollow_with_somewhere_in_tooltip(browser, map_file):
    with offline_page(browser, map_file) as (page, log):
        gp = page.evaluate(f"""() => {{ const g = {_MAP}.incidents;
            return [0, 1, 2].map(i => g._styles.list[g._style[i]].gp); }}""")
        assert gp == [1, 2, 3]
        page.evaluate(f"{_MAP}.map.setView([33.09, 43.26], 7, {{animate: false}}); 0")
        page.wait_for_timeout(200)
        x, y = page.evaluate(f"""() => {{ const p = {_MAP}.incidents.containerPoint(2),
            b = {_MAP}.map.getContainer().getBoundingClientRect(); return [p.x + b.left, p.y + b.top]; }}""")
        page.mouse.move(x, y)
        page.wait_for_timeout(200)
        assert "somewhere in Iraq" in page.locator(".leaflet-tooltip").inner_text()
        rows = page.locator(".gm-legend-precision").all_inner_texts()
        assert len(rows) == 3 and "hollow" in rows[2] and "ring" in rows[1]
        assert not log.blocked and not log.errors
