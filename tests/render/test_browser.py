"""Open generated maps in a real headless Chromium with the network blocked.

Checks what a person would see: Leaflet loaded, the expected incident markers
drawn, the route and the basemap drawn, a popup opening on click with the
evidence text, markup in the data shown as text and never run, no script
errors, and no request needed beyond the file itself. Screenshots are saved
under ``tests/artifacts/`` (not committed).

Skipped, with the reason, where Debian's ``chromium`` is not installed.
"""
from __future__ import annotations

import re
from pathlib import Path

import folium
import pytest

from _browser import offline_page, skip_reason
from geomap.model import Evidence, Incident, Mention, Place
from geomap.pipeline import build_map
from geomap.render import render_map, save_map

pytestmark = pytest.mark.skipif(skip_reason() is not None, reason=skip_reason() or "")

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
XSS_SCRIPT = "<script>window.__xss = 'script'</script>"
XSS_IMG = "<img src=x onerror=\"window.__xss = 'img'\">"
XSS_CLOSE = "</script><script>window.__xss = 'close'</script>"

RECORD = "Object.values(window.GEOMAP.maps)[0]"


def _inc(date, lon, lat, location, evidence, **kw):
    base = dict(event_date=date, time_precision=1, event_type="Explosions/Remote violence",
                sub_event_type="Air/drone strike", actor1="Unidentified Military Forces", fatalities=3,
                location=location, country="Syria", longitude=lon, latitude=lat, geo_precision=1,
                evidence=(Evidence(evidence, 0, len(evidence)),), source="browser-test")
    base.update(kw)
    return Incident(**base)


INCIDENTS = [
    _inc("2020-01-10", 40.918, 34.452, "Abu Kamal", "Unidentified planes struck targets near Al Bukamal.",
         fatalities=8, fatalities_qualifier="at least", geo_precision=2, confidence=0.8234),
    _inc("2020-01-03", 44.2346, 33.2625, "Baghdad airport " + XSS_IMG,
         "A drone strike at Baghdad airport " + XSS_SCRIPT + " killed two.", country="Iraq", fatalities=2),
    _inc("2019-12-29", 36.29, 33.51, "Damascus", "Evidence that tries to close the script: " + XSS_CLOSE,
         event_type="Battles", sub_event_type="Armed clash", actor1=XSS_IMG, fatalities=None),
    _inc("2019-11-02", 38.27, 34.56, "Palmyra", "Shelling was reported near Palmyra.",
         sub_event_type="Shelling/artillery/missile attack", fatalities=25),
    _inc(None, 51.39, 35.69, "Tehran", "An undated incident in Tehran.", country="Iran",
         event_type="Strategic developments", sub_event_type="Other", fatalities=None),
]
UNPLACED = _inc("2020-01-08", None, None, "Nowhere " + XSS_IMG, "A strike somewhere " + XSS_SCRIPT)
PLACES = [Mention("Dimashq", 0, 7, place=Place(276781, "Beirut " + XSS_SCRIPT, "LB", "", "PPLC", 0, 35.50, 33.89),
                 confidence=0.91)]


@pytest.fixture(scope="module")
def map_file(tmp_path_factory):
    m = build_map(incidents=INCIDENTS + [UNPLACED], places=PLACES, routes=["iran-mediterranean"],
                  skipped=[(7, "missing columns: latitude " + XSS_IMG)], title="Browser test " + XSS_SCRIPT)
    return save_map(m, tmp_path_factory.mktemp("maps") / "map.html")


def _marker_page_xy(page, i):
    # wait for any pan (a popup's auto-pan) to finish, then read where marker i is drawn
    page.wait_for_function(f"(() => {{ const m = {RECORD}.map; return !(m._panAnim && m._panAnim._inProgress); }})()")
    return page.evaluate(
        """(i) => { const r = %s; const p = r.incidents.containerPoint(i);
                    const b = r.map.getContainer().getBoundingClientRect();
                    return [b.left + p.x, b.top + p.y]; }""" % RECORD, i)


def _no_xss(page, log):
    assert page.evaluate("typeof window.__xss") == "undefined", "markup from the data ran"
    assert log.dialogs == []
    assert page.evaluate("document.querySelectorAll('img[src=\"x\"], .leaflet-container script').length") == 0


def test_map_renders_offline(browser, map_file):
    ARTIFACTS.mkdir(exist_ok=True)
    with offline_page(browser, map_file) as (page, log):
        assert page.evaluate("typeof L === 'object' && L.version") == "1.9.4"
        assert page.evaluate(f"{RECORD}.incidents.drawnCount") == len(INCIDENTS)
        # markers really painted: the incident canvas has the marker's colour at its centre
        colour = page.evaluate(
            """() => { const r = %s; const p = r.incidents.containerPoint(0);
                       const cv = r.map.getContainer().querySelector('canvas.gm-points');
                       const s = window.devicePixelRatio || 1;
                       return Array.from(cv.getContext('2d').getImageData(Math.round(p.x * s), Math.round(p.y * s), 1, 1).data); }"""
            % RECORD)
        assert colour[:3] != [0, 0, 0] and abs(colour[0] - 0xFF) < 40 and abs(colour[1] - 0x7F) < 40, colour
        # the route: line projected on screen, one label per waypoint, direction arrows
        route = page.evaluate(
            """() => { const r = %s.routes[0];
                       return {parts: r.line._parts.length, onMap: r.line._map !== undefined && r.line._map !== null,
                               labels: document.querySelectorAll('.gm-waypoint-label').length,
                               arrows: document.querySelectorAll('.gm-arrow').length,
                               waypoints: %s.spec.routes[0].waypoints.length}; }""" % (RECORD, RECORD))
        assert route["onMap"] and route["parts"] >= 1
        assert route["labels"] == route["waypoints"] >= 5
        assert route["arrows"] == route["waypoints"] - 1
        # the basemap: many polygons, and its canvas has paint on it
        base = page.evaluate(
            """() => { const r = %s; const c = r.map.getPane('gmBasemap').querySelector('canvas');
                       const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                       let painted = 0; for (let i = 3; i < d.length; i += 4 * 16) { if (d[i] > 0) painted++; }
                       return {layers: r.basemap.gmLand.getLayers().length, share: painted / (d.length / 64)}; }"""
            % RECORD)
        assert base["layers"] > 200 and base["share"] > 0.2, base
        # legend, scale bar, layer control, credits, unplaced list
        assert page.locator(".gm-legend").count() == 1
        assert page.locator(".leaflet-control-scale").count() == 1
        assert page.locator(".leaflet-control-layers").count() == 1
        layers = page.evaluate(f"{RECORD}.layerControl._layers.map(l => [l.name, !!l.overlay, {RECORD}.map.hasLayer(l.layer)])")
        bases = {name: on for name, overlay, on in layers if not overlay}
        assert bases == {"No tiles (offline)": True, "OpenStreetMap (online)": False, "CARTO Positron (online)": False}
        overlays = {re.sub("<[^>]+>", "", name): on for name, overlay, on in layers if overlay}
        assert overlays["Natural Earth land and borders"] and overlays["Route: iran-mediterranean"]
        assert overlays["Incidents (5)"] and overlays["Other places named"]
        attribution = page.inner_text(".leaflet-control-attribution")
        assert "GeoNames" in attribution and "Natural Earth" in attribution
        unplaced = page.inner_text(".gm-unplaced")
        assert "1 incident not on the map" in unplaced and "1 input row skipped" in unplaced
        assert XSS_IMG in unplaced and XSS_SCRIPT in unplaced       # shown as text
        assert page.inner_text(".gm-title") == "Browser test " + XSS_SCRIPT
        page.screenshot(path=str(ARTIFACTS / "browser-map.png"))
        _no_xss(page, log)
        assert log.errors == []
        assert log.blocked == [], "the map asked the network for something"


def test_popup_opens_on_click_with_evidence_as_text(browser, map_file):
    with offline_page(browser, map_file) as (page, log):
        x, y = _marker_page_xy(page, 0)
        page.mouse.move(x, y)
        page.wait_for_selector(".leaflet-tooltip .gm-tooltip")
        assert "Abu Kamal" in page.inner_text(".leaflet-tooltip .gm-tooltip")
        page.mouse.click(x, y)
        page.wait_for_selector(".leaflet-popup-content .gm-popup")
        text = page.inner_text(".leaflet-popup-content")
        assert "Unidentified planes struck targets near Al Bukamal." in text
        assert "2020-01-10 (exact day)" in text and "at least 8" in text and "near the place" in text
        assert "inside the 50 km buffer of iran-mediterranean" in text
        assert "confidence 0.82" in text  # how sure geomap is of the point
        page.wait_for_timeout(400)     # let the popup finish fading in
        page.screenshot(path=str(ARTIFACTS / "browser-popup.png"))

        # the marker whose texts carry markup: shown literally, nothing runs
        page.keyboard.press("Escape")
        x, y = _marker_page_xy(page, 1)
        page.mouse.click(x, y)
        page.wait_for_function("document.querySelector('.leaflet-popup-content') && "
                               "document.querySelector('.leaflet-popup-content').innerText.includes('Baghdad')")
        text = page.inner_text(".leaflet-popup-content")
        assert XSS_SCRIPT in text and XSS_IMG in text
        assert page.evaluate("document.querySelectorAll('.leaflet-popup-content img, .leaflet-popup-content script').length") == 0
        x, y = _marker_page_xy(page, 2)
        page.mouse.click(x, y)
        page.wait_for_function("document.querySelector('.leaflet-popup-content').innerText.includes('Damascus')")
        assert XSS_CLOSE in page.inner_text(".leaflet-popup-content")
        # the other places: a lighter layer with its own tooltip and popup (text, not markup)
        page.evaluate(f"() => {{ {RECORD}.map.closePopup(); }}")
        page.wait_for_selector(".leaflet-popup", state="detached")
        px, py = page.evaluate(
            """() => { const r = %s; const p = r.map.latLngToContainerPoint(r.places.getLayers()[0].getLatLng());
                       const b = r.map.getContainer().getBoundingClientRect(); return [b.left + p.x, b.top + p.y]; }"""
            % RECORD)
        page.mouse.move(px, py)
        page.mouse.click(px, py)
        page.wait_for_selector(".leaflet-popup-content .gm-place")
        assert "Beirut " + XSS_SCRIPT in page.inner_text(".leaflet-popup-content")
        assert "named in the text as: Dimashq" in page.inner_text(".leaflet-popup-content")
        assert "confidence 0.91" in page.inner_text(".leaflet-popup-content")
        _no_xss(page, log)
        assert log.errors == [] and log.blocked == []


def test_time_control_filters_markers(browser, map_file):
    with offline_page(browser, map_file) as (page, log):
        count = f"{RECORD}.incidents.drawnCount"
        assert page.evaluate(count) == 5
        page.evaluate("""() => { const s = document.querySelector('.gm-time input[type=range]');
                                 s.value = String(Date.UTC(2019, 11, 31) / 86400000);
                                 s.dispatchEvent(new Event('input')); }""")
        assert page.evaluate(count) == 3      # 2019-12-29, 2019-11-02 and the undated one
        assert "2019-12-31" in page.inner_text(".gm-time-label")
        page.select_option(".gm-time select", "7")
        assert page.evaluate(count) == 2      # 2019-12-29 and the undated one
        # play runs from the first date forward; pause stops it
        page.select_option(".gm-time select", "0")
        page.click(".gm-play")
        page.wait_for_timeout(700)
        page.click(".gm-play")
        value = page.evaluate("parseInt(document.querySelector('.gm-time input[type=range]').value, 10)")
        first, last = page.evaluate(f"[{RECORD}.time.min, {RECORD}.time.max]")
        assert first < value < last
        assert page.evaluate(count) < 5 and "pause" not in page.inner_text(".gm-play")
        assert log.errors == [] and log.blocked == []


def test_plain_folium_map_is_made_offline(browser, tmp_path):
    m = folium.Map(location=[34, 40], zoom_start=5, tiles=None)
    folium.Marker([34.45, 40.92], popup="Abu Kamal").add_to(m)
    folium.Marker([33.51, 36.29]).add_to(m)
    path = save_map(m, tmp_path / "plain.html")
    with offline_page(browser, path, wait_ready=False) as (page, log):
        page.wait_for_function("document.querySelectorAll('img.leaflet-marker-icon').length === 2")
        srcs = page.evaluate("Array.from(document.querySelectorAll('img.leaflet-marker-icon')).map(i => i.src.slice(0, 15))")
        assert srcs == ["data:image/png;"] * 2
        page.locator("img.leaflet-marker-icon").first.click()     # folium's popup (its jQuery use is shimmed)
        page.wait_for_selector(".leaflet-popup-content")
        assert "Abu Kamal" in page.inner_text(".leaflet-popup-content")
        assert log.errors == [] and log.blocked == []


def test_example_map_end_to_end(browser, tmp_path):
    """`geomap map --example`: the report's four incidents, the corridor and the basemap, offline."""
    from geomap.cli import main

    out = tmp_path / "map.html"
    assert main(["map", "--example", "-o", str(out)]) == 0
    with offline_page(browser, out) as (page, log):
        assert page.evaluate(f"{RECORD}.incidents.drawnCount") == 4
        assert page.evaluate(f"{RECORD}.routes.length") == 1
        assert page.evaluate(f"{RECORD}.routes[0].name") == "iran-mediterranean"
        assert page.evaluate(f"{RECORD}.basemap.gmLand.getLayers().length") > 200
        # every incident can be clicked, even two placed at the same point (fanned out)
        popups = set()
        for i in range(4):
            page.evaluate(f"() => {{ {RECORD}.map.closePopup(); }}")
            page.wait_for_selector(".leaflet-popup", state="detached")
            x, y = _marker_page_xy(page, i)
            page.mouse.click(x, y)
            page.wait_for_selector(".leaflet-popup-content .gm-popup")
            popups.add(page.inner_text(".leaflet-popup-content"))
        evidence = page.evaluate(f"{RECORD}.spec.incidents.ev")
        assert len(evidence) == 4
        for ev in evidence:       # every incident's evidence reachable by a click on its marker
            assert any(ev in p for p in popups), ev
        assert any("Al Bukamal" in p for p in popups)
        page.evaluate(f"() => {{ {RECORD}.map.closePopup(); }}")
        page.wait_for_selector(".leaflet-popup", state="detached")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "browser-example.png"))
        assert log.errors == [] and log.blocked == []


@pytest.mark.parametrize("fixture, payloads", [
    ("render_table.csv", ["<script>window.__xss='script'</script>", "<img src=x onerror=\"window.__xss='img'\">",
                          "</script><script>window.__xss='close'</script>"]),
    ("render_xss_article.txt", ["<script>window.__xss = 'article'</script>",
                                "</script><script>window.__xss = 'close'</script>"]),
])
def test_markup_in_tables_and_reports_is_shown_as_text(browser, tmp_path, fixture, payloads):
    """Through the CLI, as users make maps: popups show the markup as text and nothing runs."""
    from geomap.cli import main

    out = tmp_path / "map.html"
    args = ["map", str(Path(__file__).resolve().parents[1] / "data" / fixture), "-o", str(out)]
    assert main(args + (["--published", "2020-01-10"] if fixture.endswith(".txt") else [])) == 0
    with offline_page(browser, out) as (page, log):
        n = page.evaluate(f"{RECORD}.incidents.drawnCount")
        assert n >= 1
        shown = []
        for i in range(n):
            page.keyboard.press("Escape")
            page.evaluate(f"() => {{ {RECORD}.map.closePopup(); }}")
            page.wait_for_selector(".leaflet-popup", state="detached")
            x, y = _marker_page_xy(page, i)
            page.mouse.click(x, y)
            page.wait_for_selector(".leaflet-popup-content .gm-popup")
            shown.append(page.inner_text(".leaflet-popup-content"))
            assert page.evaluate("document.querySelectorAll('.leaflet-popup-content *:is(img, script)').length") == 0
        text = "\n".join(shown) + page.inner_text("body")
        for p in payloads:
            assert p in text, p
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"browser-xss-{fixture.split('.')[0]}.png"))
        _no_xss(page, log)
        assert log.errors == [] and log.blocked == []


def test_tallies_are_listed_as_context_not_drawn(browser, tmp_path):
    """A report's cumulative tally is shown on the page as context, never as a marker."""
    report = ("BEIRUT, June 12 (Wire) - An Israeli air strike on a house in the southern Lebanese village of "
              "Aitaroun killed three people early on Wednesday, the state news agency said.\n\n"
              "More than 400 people have been killed in Lebanon since hostilities began in October, "
              "according to a Reuters tally.")
    m = build_map(documents=[report], published="2024-06-12", title="Tally test")
    out = save_map(m, tmp_path / "tally.html")
    with offline_page(browser, out) as (page, log):
        assert page.evaluate(f"{RECORD}.spec.incidents.fat") == [3]
        page.wait_for_selector(".gm-tallies")
        page.click(".gm-tallies summary")
        text = page.inner_text(".gm-tallies")
        assert "1 tally the reports give (context, not incidents)" in text
        assert "More than 400 people have been killed in Lebanon" in text
        assert log.errors == [] and log.blocked == []
