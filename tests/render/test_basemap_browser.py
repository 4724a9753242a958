"""The offline basemap in headless Chromium (every request blocked): disputed land, labels as
HTML text at zoom 8, precision symbols and their legend rows."""
from __future__ import annotations

import pytest

from _browser import offline_page, skip_reason
from geomap.model import Incident
from geomap.render import render_map, save_map

pytestmark = pytest.mark.skipif(skip_reason() is not None, reason=skip_reason() or "")


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


def _visible_label_texts(page, cls: str) -> list[str]:
    return page.evaluate(f"""() => {{
        const W = innerWidth, H = innerHeight;
        return [...document.querySelectorAll('.{cls} span')].filter(s => {{
            const b = s.getBoundingClientRect();
            return b.right > 0 && b.left < W && b.bottom > 0 && b.top < H; }}).map(s => s.textContent);
    }}""")


def test_lake_and_sea_names_are_html_text(browser, map_file):
    with offline_page(browser, map_file) as (page, log):
        page.evaluate(f"{_MAP}.map.setView([33.85, 43.3], 8, {{animate: false}}); 0")
        page.wait_for_timeout(300)
        lakes = _visible_label_texts(page, "gm-lake")
        assert any("Lake Tharthar" in t for t in lakes), lakes
        # the lake is drawn as water over the land: its canvas pixel is the lake fill, not land
        rgb = page.evaluate(f"""() => {{
            const r = {_MAP}.map, ren = {_MAP}.basemap.gmLand.options.renderer;
            const p = r.latLngToLayerPoint([33.95, 43.3]).subtract(ren._bounds.min), d = window.devicePixelRatio || 1;
            return [...ren._ctx.getImageData(Math.round(p.x * d), Math.round(p.y * d), 1, 1).data].slice(0, 3); }}""")
        assert rgb == [0xc6, 0xdb, 0xea], rgb
        assert page.get_by_text("Lake Tharthar", exact=False).count() >= 1  # findable as text
        page.evaluate(f"{_MAP}.map.setView([34.5, 33.5], 5, {{animate: false}}); 0")
        page.wait_for_timeout(300)
        assert "Mediterranean Sea" in _visible_label_texts(page, "gm-sea")
        assert not log.blocked and not log.errors


def test_land_borders_are_lines_distinct_from_coasts(browser, map_file):
    with offline_page(browser, map_file) as (page, log):
        page.evaluate(f"{_MAP}.map.setView([34.45, 40.92], 8, {{animate: false}}); 0")
        page.wait_for_timeout(300)
        got = page.evaluate(f"""() => {{
            const land = {_MAP}.basemap.gmLand, out = {{solid: 0, dashed: 0, landStroke: 0, disputedDashed: 0}};
            {_MAP}.basemap.eachLayer(l => {{
                if (l instanceof L.Polyline && !(l instanceof L.Polygon) && l.options.color === '#8a7a8e')
                    out[l.options.dashArray ? 'dashed' : 'solid'] += 1; }});
            land.eachLayer(l => {{
                if (l.feature.properties.DISPUTED) {{ if (l.options.dashArray) out.disputedDashed += 1; }}
                else if (l.options.stroke) out.landStroke += 1; }});
            return out; }}""")
        assert got["solid"] == 1 and got["dashed"] == 1, got
        assert got["landStroke"] == 0, "country outlines still drawn: coasts and borders would look the same"
        assert got["disputedDashed"] >= 2
        # the Syria-Iraq border (about 40.4 E at 34.2 N) is painted there in the border colour
        hit = page.evaluate(f"""() => {{
            const r = {_MAP}.map, ren = {_MAP}.basemap.gmLand.options.renderer, d = window.devicePixelRatio || 1;
            const a = r.latLngToLayerPoint([34.2, 40.0]).subtract(ren._bounds.min), b = r.latLngToLayerPoint([34.2, 40.8]).subtract(ren._bounds.min);
            const y = Math.round(a.y * d), data = ren._ctx.getImageData(Math.round(a.x * d), y, Math.round((b.x - a.x) * d), 1).data;
            for (let i = 0; i < data.length; i += 4) {{   /* darker than land, grey-purple (not a river's blue) */
                if (data[i] < 215 && data[i + 1] < 215 && Math.abs(data[i] - data[i + 2]) < 30) return true; }}
            return false; }}""")
        assert hit, "no border line painted across the Syria-Iraq border"
        assert not log.blocked and not log.errors


def test_urban_areas_fill_only_when_zoomed_in(browser, map_file):
    with offline_page(browser, map_file) as (page, log):
        def urban_opacity(zoom):
            page.evaluate(f"{_MAP}.map.setView([33.31, 44.37], {zoom}, {{animate: false}}); 0")
            page.wait_for_timeout(200)
            return page.evaluate(f"""() => {{ let o = null; {_MAP}.basemap.eachLayer(l => {{
                if (l instanceof L.Polygon && l.options.fillColor === '#e4d8c3') o = l.options.fillOpacity; }}); return o; }}""")
        assert urban_opacity(5) == 0
        assert urban_opacity(8) == 1     # Baghdad's built-up area as a light fill
        assert not log.blocked and not log.errors


@pytest.fixture(scope="module")
def iraq_map(tmp_path_factory):
    """A report (written for this test) of a strike known only to be in Iraq, through the whole pipeline."""
    from geomap.pipeline import build_map

    text = ("BAGHDAD, Feb. 3, 2020 (Wire) - An unidentified drone struck a truck somewhere in Iraq "
            "on Sunday, killing two people, the interior ministry said.")
    out = tmp_path_factory.mktemp("iraq") / "map.html"
    m = build_map(documents=[text], published="2020-02-03", title="Iraq")
    save_map(m, out)
    return out


def test_country_level_incident_sits_at_the_label_point(browser, iraq_map):
    from geomap.gazetteer.label_points import label_point
    from geomap.model import Place

    lon, lat, _ = label_point(Place(99237, "Iraq", "IQ", "", "PCLI", 0, 44.0, 33.0))
    with offline_page(browser, iraq_map) as (page, log):
        got = page.evaluate(f"""() => {{ const c = {_MAP}.spec.incidents;
            return c.gp.map((g, i) => [g, c.lat[i], c.lon[i]]); }}""")
        assert [g for g, _, _ in got] == [3], got
        assert abs(got[0][1] - lat) < 1e-4 and abs(got[0][2] - lon) < 1e-4, (got, lat, lon)
        page.evaluate(f"{_MAP}.map.setView([{lat}, {lon}], 7, {{animate: false}}); 0")
        page.wait_for_timeout(200)
        x, y = page.evaluate(f"""() => {{ const p = {_MAP}.incidents.containerPoint(0),
            b = {_MAP}.map.getContainer().getBoundingClientRect(); return [p.x + b.left, p.y + b.top]; }}""")
        page.mouse.move(x, y)
        page.wait_for_timeout(200)
        assert "somewhere in Iraq" in page.locator(".leaflet-tooltip").inner_text()
        assert not log.blocked and not log.errors


def _overlaps(page, boxes=None):
    """(shown basemap names on screen overlapping a waypoint name, the waypoint names' boxes on screen).

    With ``boxes`` (from an earlier call), the names overlapping those boxes instead."""
    return page.evaluate("""(boxes) => {
        const W = innerWidth, H = innerHeight, on = b => b.width && b.right > 0 && b.left < W && b.bottom > 0 && b.top < H;
        const wps = boxes || [...document.querySelectorAll('.gm-waypoint-label')].map(e => {
            const b = e.getBoundingClientRect(); return [e.textContent, b.left, b.top, b.right, b.bottom, on(b)]; }).filter(x => x[5]);
        const out = [];
        document.querySelectorAll('.gm-label span').forEach(s => {
            const b = s.getBoundingClientRect();
            if (!on(b)) return;
            wps.forEach(([name, l, t, r, bt]) => {
                if (b.left < r && b.right > l && b.top < bt && b.bottom > t) out.push([s.textContent, name]); });
        });
        return [out, wps]; }""", boxes)


@pytest.fixture(scope="module")
def route_map(tmp_path_factory):
    """Two incidents on the Iran-Mediterranean route, with the route."""
    from geomap import load_route

    incs = [Incident("2020-01-10", 1, "Explosions/Remote violence", "Air/drone strike", location="Deir ez-Zor",
                     country="Syria", longitude=40.14, latitude=35.336, geo_precision=1),
            Incident("2020-01-11", 1, "Battles", "Armed clash", location="Palmyra", country="Syria",
                     longitude=38.27, latitude=34.56, geo_precision=1)]
    out = tmp_path_factory.mktemp("routes") / "route.html"
    return save_map(render_map(incidents=incs, routes=[load_route("iran-mediterranean")]), out)


@pytest.mark.parametrize("lat, lon, zoom", [(35.336, 40.14, 8), (34.56, 38.28, 9), (34.45, 40.95, 8), (33.5, 37.0, 7)])
def test_basemap_names_give_way_to_the_routes_waypoint_names(browser, route_map, lat, lon, zoom):
    with offline_page(browser, route_map) as (page, log):
        page.evaluate(f"{_MAP}.map.setView([{lat}, {lon}], {zoom}, {{animate: false}}); 0")
        page.wait_for_timeout(200)
        overlaps, boxes = _overlaps(page)
        assert boxes and overlaps == [], overlaps
        # nor do the waypoint names overlap each other (Al Bukamal gives way to Al Qaim, 8 km before it)
        clashes = [(a[0], b[0]) for k, a in enumerate(boxes) for b in boxes[k + 1:]
                   if a[1] < b[3] and a[3] > b[1] and a[2] < b[4] and a[4] > b[2]]
        assert clashes == [], clashes
        # hiding the route gives the names their places back: some of them where the waypoints' were
        page.evaluate("""() => [...document.querySelectorAll('.leaflet-control-layers-overlays label')]
            .find(l => l.textContent.includes('Route: iran-mediterranean')).querySelector('input').click()""")
        page.wait_for_function("document.querySelectorAll('.gm-waypoint-label').length === 0")
        back, _ = _overlaps(page, boxes)
        assert back, "no basemap name would have been under a waypoint name: the check proves nothing here"
        assert not log.blocked and not log.errors
