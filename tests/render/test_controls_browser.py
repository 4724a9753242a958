"""The analyst controls in headless Chromium, every request blocked: search, legend filters and
totals, the timeline brush, exports of what is shown, popups clear of the panels, clusters that
split as one zooms in, and the Jupyter view of ``geomap.explore``.

The incidents are fictional reports at real places.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from _browser import offline_page, skip_reason
from geomap.model import Evidence, Incident
from geomap.render import render_map, save_map

pytestmark = pytest.mark.skipif(skip_reason() is not None, reason=skip_reason() or "")

R = "Object.values(window.GEOMAP.maps)[0]"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def _inc(date, etype, sub, location, lon, lat, actor1, fat, text, **kw):
    ev = (Evidence(text, 0, len(text)),) if text else ()
    base = dict(event_date=date, time_precision=1, event_type=etype, sub_event_type=sub, actor1=actor1,
                fatalities=fat, location=location, country="Syria", longitude=lon, latitude=lat, geo_precision=1,
                evidence=ev, source="controls-test")
    base.update(kw)
    return Incident(**base)


BATTLE, STRIKE, VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
INCIDENTS = [
    _inc("2020-01-02", BATTLE, "Armed clash", "Hajin", 40.83, 34.69, "Islamic State", 4,
         "Fighters clashed on the edge of Hajin overnight, a local monitor said.",
         actor2="Syrian Democratic Forces", source="https://example.org/reports/hajin-1",
         extra={"source_title": "Clashes near Hajin", "event_id_cnty": "SYR90001", "iso": "760",
                "assoc_actor_1": "Tribal Militia (Syria)", "admin2": "Deir ez-Zor", "inter1": "2", "year": "2020",
                "tags": ""}),   # ACLED's columns: exported as the table writer writes them
    _inc("2020-01-05", STRIKE, "Air/drone strike", "Abu Kamal", 40.918, 34.452, "Unidentified Military Forces", 7,
         "=HYPERLINK(\"http://x\") An air strike hit a depot near the border crossing.",
         notes="+ a note that starts like a formula; seen in two reports"),
    _inc("2020-01-09", STRIKE, "Shelling/artillery/missile attack", "Al Mayadin", 40.45, 35.02,
         "Military Forces of Syria", None, "Shelling was reported east of Al Mayadin.",
         extra={"geocoded_from": "location"}),
    _inc("2020-01-20", VAC, "Attack", "Deir ez-Zor", 40.14, 35.336, "Islamic State", 2,
         "Two shepherds were killed outside Deir ez-Zor, relatives said."),
    _inc("2020-02-03", BATTLE, "Armed clash", "Al Qaim", 41.06, 34.37, "Kataib Hezbollah", 3,
         "Kataib Hezbollah fighters exchanged fire with an unknown group.", country="Iraq",
         actor2="Unidentified Armed Group (Iraq)"),
    _inc("2020-02-14", STRIKE, "Air/drone strike", "Palmyra", 38.27, 34.56, "Military Forces of Israel", 12,
         "A strike on a base near Palmyra killed at least twelve, a war monitor reported.",
         fatalities_qualifier="at least", confidence=0.75),
    _inc("2020-03-01", VAC, "Abduction/forced disappearance", "Raqqa", 39.01, 35.95, "Islamic State", None,
         "A teacher was abducted in Raqqa, a rights group said.", geo_precision=2),
    _inc("2020-03-15", BATTLE, "Armed clash", "Homs", 36.72, 34.73, "Military Forces of Syria", 1,
         "A soldier was killed in a clash north of Homs.", actor2="Syrian rebels"),
]


@pytest.fixture(scope="module")
def map_file(tmp_path_factory):
    m = render_map(incidents=INCIDENTS, title="Controls test")
    return save_map(m, tmp_path_factory.mktemp("controls") / "map.html")


def _shown(page):
    return page.evaluate(f"{R}.filters.shownIndices()")


def _legend_total(page):
    return page.evaluate("""() => { const t = document.querySelector('.gm-legend-total');
        return [Number(t.dataset.shown), Number(t.dataset.fatalities), t.textContent]; }""")


def _fatalities(indices):
    return sum(INCIDENTS[i].fatalities or 0 for i in indices)


def test_search_pans_to_a_place_and_opens_it(browser, map_file):
    with offline_page(browser, map_file) as (page, log):
        page.evaluate(f"{R}.map.setView([33.5, 43.5], 6, {{animate: false}}); 0")
        box = page.locator(".gm-search-input")
        # an incident by its actor: the map pans to it and its popup opens
        box.fill("kataib")
        box.press("Enter")
        page.wait_for_selector(".leaflet-popup-content .gm-popup")
        assert "Kataib Hezbollah fighters exchanged fire" in page.inner_text(".leaflet-popup-content")
        lat, lon = page.evaluate(f"(() => {{ const c = {R}.map.getCenter(); return [c.lat, c.lng]; }})()")
        assert abs(lat - 34.37) < 0.2 and abs(lon - 41.06) < 0.2, (lat, lon)
        # a town of the basemap, typed without its diacritics: pans there and opens its name
        page.evaluate(f"{R}.map.closePopup(); {R}.map.setView([33.5, 43.5], 5, {{animate: false}}); 0")
        page.wait_for_selector(".leaflet-popup", state="detached")
        box.fill("subaykhan")
        page.wait_for_function("document.querySelector('.gm-search-results').innerText.includes('Subaykhān')")
        box.press("Enter")
        page.wait_for_selector(".leaflet-popup-content .gm-search-place")
        assert "Subaykhān" in page.inner_text(".leaflet-popup-content")
        lat, lon = page.evaluate(f"(() => {{ const c = {R}.map.getCenter(); return [c.lat, c.lng]; }})()")
        assert abs(lat - 34.8) < 0.3 and abs(lon - 40.6) < 0.3, (lat, lon)
        assert page.evaluate(f"{R}.map.getZoom()") >= 9
        # text of the evidence finds the incident too; nothing found says so
        box.fill("shepherds")
        box.press("Enter")
        page.wait_for_function("document.querySelector('.leaflet-popup-content').innerText.includes('Deir ez-Zor')")
        box.fill("no such place anywhere")
        box.press("Enter")
        assert "nothing found" in page.inner_text(".gm-search-status")
        assert log.errors == [] and log.blocked == []


def test_legend_click_changes_drawn_count_and_totals(browser, map_file):
    with offline_page(browser, map_file) as (page, log):
        n = len(INCIDENTS)
        assert page.evaluate(f"{R}.incidents.drawnCount") == n
        assert _legend_total(page)[:2] == [n, _fatalities(range(n))]
        battles = [i for i, x in enumerate(INCIDENTS) if x.event_type == BATTLE]
        page.click(f".gm-legend-type[data-type='{BATTLE}']")
        rest = [i for i in range(n) if i not in battles]
        assert page.evaluate(f"{R}.incidents.drawnCount") == len(rest)
        shown, fat, text = _legend_total(page)
        assert (shown, fat) == (len(rest), _fatalities(rest))
        assert f"Shown: {len(rest)} of {n} incidents" in text
        # an actor row: the Islamic State's incidents go too; its row and the type rows count what is left
        page.click(".gm-legend-actor[data-actor='Islamic State']")
        rest2 = [i for i in rest if "Islamic State" not in (INCIDENTS[i].actor1, INCIDENTS[i].actor2)]
        assert page.evaluate(f"{R}.incidents.drawnCount") == len(rest2)
        assert _legend_total(page)[:2] == [len(rest2), _fatalities(rest2)]
        vac = page.inner_text(f".gm-legend-type[data-type='{VAC}'] .gm-legend-count")
        assert vac == "0"          # both attacks on civilians were the Islamic State's
        # the time slider: counts follow it too
        page.click(f".gm-legend-type[data-type='{BATTLE}']")    # battles back on
        page.evaluate("""() => { const s = document.querySelector('.gm-time input[type=range]');
                                 s.value = String(Date.UTC(2020, 0, 31) / 86400000); s.dispatchEvent(new Event('input')); }""")
        january = [i for i, x in enumerate(INCIDENTS) if x.event_date < "2020-02"
                   and "Islamic State" not in (x.actor1, x.actor2)]
        assert _shown(page) == january
        assert _legend_total(page)[:2] == [len(january), _fatalities(january)]
        assert log.errors == [] and log.blocked == []


def test_timeline_brush_filters_and_moves_the_slider(browser, map_file):
    with offline_page(browser, map_file) as (page, log):
        assert page.evaluate(f"{R}.time.timeline.binDays") == 1          # 74 days: one bar a day
        day = lambda iso: page.evaluate(f"Date.UTC({int(iso[:4])}, {int(iso[5:7]) - 1}, {int(iso[8:])}) / 86400000")
        x0, x1, y = page.evaluate(f"""(() => {{ const t = {R}.time.timeline, b = t.canvas.getBoundingClientRect();
            return [b.left + t.xOfDay({day('2020-01-04')} + 0.5), b.left + t.xOfDay({day('2020-02-04')} + 0.5),
                    b.top + b.height / 2]; }})()""")
        page.mouse.move(x0, y)
        page.mouse.down()
        page.mouse.move((x0 + x1) / 2, y, steps=3)
        page.mouse.move(x1, y, steps=3)
        page.mouse.up()
        expected = [i for i, x in enumerate(INCIDENTS) if "2020-01-04" <= x.event_date <= "2020-02-04"]
        assert _shown(page) == expected
        assert page.evaluate(f"{R}.incidents.drawnCount") == len(expected)
        assert page.get_attribute(".gm-timeline", "data-range") == "2020-01-04/2020-02-04"
        # the slider and its window show the same range
        assert page.evaluate("parseInt(document.querySelector('.gm-time input[type=range]').value, 10)") == day("2020-02-04")
        assert "2020-01-04 – 2020-02-04" in page.inner_text(".gm-time-label")
        assert _legend_total(page)[:2] == [len(expected), _fatalities(expected)]
        # and the slider moves the brush: the window slides with it
        page.evaluate("""(d) => { const s = document.querySelector('.gm-time input[type=range]');
                                  s.value = String(d); s.dispatchEvent(new Event('input')); }""", day("2020-03-15"))
        assert page.get_attribute(".gm-timeline", "data-range") == "2020-02-13/2020-03-15"
        # a click on the timeline shows everything again
        page.mouse.click(x0, y)
        assert page.get_attribute(".gm-timeline", "data-range") == "all"
        assert page.evaluate(f"{R}.incidents.drawnCount") == len(INCIDENTS)
        assert log.errors == [] and log.blocked == []


def test_export_downloads_exactly_the_rows_shown(browser, map_file, tmp_path):
    from geomap.tables.read import read_incidents
    from geomap.tables.write import format_incidents

    with offline_page(browser, map_file) as (page, log):
        page.click(f".gm-legend-type[data-type='{VAC}']")
        page.evaluate("""() => { const s = document.querySelector('.gm-time input[type=range]');
                                 s.value = String(Date.UTC(2020, 1, 20) / 86400000); s.dispatchEvent(new Event('input')); }""")
        shown = _shown(page)
        expected = [i for i, x in enumerate(INCIDENTS) if x.event_type != VAC and x.event_date <= "2020-02-20"]
        assert shown == expected and len(expected) == 5
        with page.expect_download() as info:
            page.click(".gm-export-csv")
        csv_path = tmp_path / "shown.csv"
        info.value.save_as(csv_path)
        assert info.value.suggested_filename == "geomap-incidents-shown.csv"
        with page.expect_download() as info:
            page.click(".gm-export-geojson")
        gj_path = tmp_path / "shown.geojson"
        info.value.save_as(gj_path)
        assert log.errors == [] and log.blocked == []
    text = csv_path.read_text(encoding="utf-8")
    # the same text geomap's own CSV writer gives for those incidents (columns, quoting, csv_safe)
    assert text == format_incidents([INCIDENTS[i] for i in expected], "csv")
    assert "'=HYPERLINK" in text and "'+ a note" in text
    assert text.splitlines()[0].endswith(",geocode_reason,year,inter1,tags") and "\nSYR90001,2020-01-02," in text
    back = read_incidents(csv_path)
    assert [x.location for x in back.incidents] == [INCIDENTS[i].location for i in expected]
    assert back.incidents[1].evidence[0].text.startswith("=HYPERLINK")       # neutralised, restored on reading
    features = json.loads(gj_path.read_text(encoding="utf-8"))["features"]
    assert [f["properties"]["location"] for f in features] == [INCIDENTS[i].location for i in expected]
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [40.83, 34.69]}
    assert read_incidents(gj_path).incidents[0].actor2 == "Syrian Democratic Forces"


def test_popup_is_not_covered_by_panels_and_shows_source_and_notes(browser, map_file):
    with offline_page(browser, map_file) as (page, log):
        page.evaluate(f"{R}.map.setView([34.5, 40.9], 8, {{animate: false}}); 0")
        # just under the time panel (the popup opens upwards, over it); just left of the legend
        # (the popup would reach over it)
        for i, where in ((0, "under-time"), (1, "beside-legend")):
            page.evaluate(f"{R}.map.closePopup(); 0")
            page.wait_for_selector(".leaflet-popup", state="detached")     # the last one has faded out
            # put the marker there, then click it as a person would
            page.evaluate(f"""(() => {{ const m = {R}.map, p = {R}.incidents.containerPoint({i});
                const c = m.getContainer().getBoundingClientRect();
                const t = document.querySelector('.gm-time').getBoundingClientRect();
                const l = document.querySelector('.gm-legend').getBoundingClientRect();
                const target = '{where}' === 'under-time' ? [p.x, t.bottom - c.top + 20] : [l.left - c.left - 25, l.top - c.top + 60];
                m.panBy([p.x - target[0], p.y - target[1]], {{animate: false}}); }})()""")
            x, y = page.evaluate(f"""(() => {{ const p = {R}.incidents.containerPoint({i}),
                b = {R}.map.getContainer().getBoundingClientRect(); return [b.left + p.x, b.top + p.y]; }})()""")
            assert page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('.gm-panel, .gm-title') === null",
                                 [x, y]), "the marker is under a panel before the click"
            page.mouse.click(x, y)
            page.wait_for_selector(".leaflet-popup-content .gm-popup")
            overlaps = page.evaluate("""() => {
                const p = document.querySelector('.leaflet-popup').getBoundingClientRect();
                const c = document.querySelector('.leaflet-container').getBoundingClientRect();
                const out = [];
                if (p.top < c.top || p.bottom > c.bottom || p.left < c.left || p.right > c.right) out.push('outside the map');
                document.querySelectorAll('.gm-title, .gm-time, .gm-timeline, .gm-legend, .gm-search, .leaflet-control-layers').forEach(e => {
                    const b = e.getBoundingClientRect();
                    if (p.left < b.right && p.right > b.left && p.top < b.bottom && p.bottom > b.top) out.push(e.className);
                });
                return out; }""")
            assert overlaps == [], overlaps
        # the last popup (Abu Kamal): the notes of the table row
        text = page.inner_text(".leaflet-popup-content")
        assert "Notes" in text and "a note that starts like a formula" in text
        page.evaluate(f"{R}.map.closePopup(); 0")
        page.wait_for_selector(".leaflet-popup", state="detached")
        page.evaluate(f"{R}.openIncidents([0], {R}.incidents.latLng(0)); 0")
        link = page.locator(".leaflet-popup-content a.gm-source-link")
        assert link.get_attribute("href") == "https://example.org/reports/hajin-1"
        assert link.inner_text() == "Clashes near Hajin"
        page.wait_for_timeout(400)       # the popups finish fading
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "browser-controls-popup.png"))
        assert log.errors == [] and log.blocked == []


def test_clusters_split_when_zooming_in(browser, tmp_path):
    rng = random.Random(7)
    towns = [("Deir ez-Zor", 40.14, 35.336), ("Abu Kamal", 40.918, 34.452), ("Raqqa", 39.01, 35.95)]
    incs = []
    for k in range(300):
        name, lon, lat = towns[k % 3]
        incs.append(_inc(f"2020-01-{1 + k % 28:02d}", STRIKE, "Shelling/artillery/missile attack", name,
                         round(lon + rng.uniform(-0.15, 0.15), 4), round(lat + rng.uniform(-0.15, 0.15), 4),
                         "Military Forces of Syria", k % 4, f"Fictional shelling report {k}."))
    out = save_map(render_map(incidents=incs), tmp_path / "clusters.html")
    with offline_page(browser, out) as (page, log):
        state = f"(() => {{ const g = {R}.incidents; return [g.clusters.length, g.pointsDrawn, g.drawnCount]; }})()"
        page.evaluate(f"{R}.map.setView([35.2, 40.0], 6, {{animate: false}}); 0")
        clusters, points, drawn = page.evaluate(state)
        assert drawn == 300 and clusters >= 3 and points < 30, (clusters, points, drawn)
        # the clusters say how many they hold, and add up with the single points
        assert page.evaluate(f"{R}.incidents.clusters.reduce((s, g) => s + g.n, 0)") + points == 300
        # zooming in splits them
        page.evaluate(f"{R}.map.setView([35.336, 40.14], 9, {{animate: false}}); 0")
        c9, p9, d9 = page.evaluate(state)
        assert p9 > points and c9 >= 1
        page.evaluate(f"{R}.map.setView([35.336, 40.14], 11, {{animate: false}}); 0")
        c11, p11, d11 = page.evaluate(state)
        assert c11 == 0 and p11 == d11 > 0
        # a click on a cluster zooms in on its incidents
        page.evaluate(f"{R}.map.setView([35.2, 40.0], 6, {{animate: false}}); 0")
        x, y, n = page.evaluate(f"""(() => {{ const g = {R}.incidents.clusters[0], b = {R}.map.getContainer().getBoundingClientRect();
                                    return [b.left + g.x, b.top + g.y, g.n]; }})()""")
        page.mouse.click(x, y)
        assert page.evaluate(f"{R}.map.getZoom()") > 6
        assert page.evaluate(state)[1] > 0
        # a search hit inside a cluster: zoomed in until it is drawn on its own, then opened
        page.evaluate(f"{R}.map.setView([35.2, 40.0], 6, {{animate: false}}); 0")
        page.locator(".gm-search-input").fill("shelling report 150.")
        page.locator(".gm-search-input").press("Enter")
        page.wait_for_selector(".leaflet-popup-content .gm-popup")
        assert "Fictional shelling report 150." in page.inner_text(".leaflet-popup-content")
        assert page.evaluate(f"{R}.incidents._inCluster[150]") == 0 and page.evaluate(f"{R}.map.getZoom()") >= 8
        assert log.errors == [] and log.blocked == []


def test_explore_shows_inline_in_jupyter_offline(browser, tmp_path):
    import geomap
    from geomap.tables.schema import incidents_to_geodataframe

    gdf = incidents_to_geodataframe(INCIDENTS).to_crs(3857)       # any CRS: explore reprojects
    m = geomap.explore(gdf, title="Explore test")
    assert m.geomap_summary.incidents == len(INCIDENTS)
    html = m._repr_html_()
    assert "<iframe" in html and "srcdoc=" in html
    page_file = tmp_path / "notebook.html"
    page_file.write_text(f"<!DOCTYPE html><html><body><div style='width:900px'>{html}</div></body></html>",
                         encoding="utf-8")
    with offline_page(browser, page_file, wait_ready=False) as (page, log):
        frame = page.frame_locator("iframe")
        frame.locator(".gm-legend-total").wait_for()
        inner = page.frames[1]
        inner.wait_for_function("document.documentElement.getAttribute('data-geomap-ready') === '1'")
        assert inner.evaluate(f"{R}.incidents.drawnCount") == len(INCIDENTS)
        lat = inner.evaluate(f"{R}.spec.incidents.lat[0]")
        assert abs(lat - 34.69) < 1e-4
        assert log.errors == [] and log.blocked == []


@pytest.mark.parametrize("case", ["no incidents", "undated only", "one incident"])
def test_controls_on_small_maps(browser, tmp_path, case):
    from geomap.model import Mention, Place

    incs = {"no incidents": [], "undated only": [_inc(None, BATTLE, "Armed clash", "Hajin", 40.83, 34.69, "", None, "")],
            "one incident": INCIDENTS[:1]}[case]
    places = [Mention("Dimashq", 0, 7, place=Place(170654, "Damascus", "SY", "", "PPLC", 0, 36.29, 33.51))]
    out = save_map(render_map(incidents=incs, places=places), tmp_path / "small.html")
    with offline_page(browser, out) as (page, log):
        assert _legend_total(page)[:2] == [len(incs), _fatalities(range(len(incs))) if incs == INCIDENTS[:1] else 0]
        assert (page.locator(".gm-timeline").count() == 1) == (case == "one incident")
        text = page.evaluate(f"{R}.exportText('csv')")
        assert text.splitlines()[0].split(",")[:3] == ["event_id_cnty", "event_date", "time_precision"]
        assert len(text.splitlines()) == 1 + len(incs)
        page.locator(".gm-search-input").fill("damascus")
        page.locator(".gm-search-input").press("Enter")
        page.wait_for_selector(".leaflet-popup-content .gm-search-place")
        assert log.errors == [] and log.blocked == []


# incidents known only by their province or country (geo_precision 3), as ACLED codes them: at the
# provincial capital; one whose province Natural Earth has no label point for (Halabja); one exact
AREA_INCIDENTS = [
    _inc("2020-04-01", STRIKE, "Air/drone strike", "Homs", 36.72, 34.73, "Unidentified Military Forces", 2,
         "A drone struck a vehicle somewhere in Homs province, a monitor said.", admin1="Homs", geo_precision=3),
    _inc("2020-04-02", BATTLE, "Armed clash", "Baghdad", 44.36, 33.31, "Islamic State", 1,
         "Fighters clashed with the army somewhere in Iraq.", country="Iraq", geo_precision=3),
    _inc("2020-04-03", BATTLE, "Armed clash", "Halabja", 45.986, 35.177, "Islamic State", None,
         "A clash was reported in Halabja province.", country="Iraq", admin1="Halabja", geo_precision=3),
    _inc("2020-04-04", VAC, "Attack", "Al Mayadin", 40.45, 35.02, "Islamic State", 1,
         "A man was shot in Al Mayadin.", admin1="Deir ez-Zor"),
]


@pytest.fixture(scope="module")
def area_map(tmp_path_factory):
    m = render_map(incidents=AREA_INCIDENTS, title="Areas test")
    return save_map(m, tmp_path_factory.mktemp("areas") / "map.html")


def test_province_level_incident_is_drawn_at_the_label_point_and_exported_at_its_data(browser, area_map, tmp_path):
    from geomap.gazetteer.label_points import area_label_point
    from geomap.tables.write import format_incidents

    homs, iraq = area_label_point("Syria", "Homs"), area_label_point("Iraq")
    assert homs.level == "admin1" and iraq.level == "country"
    with offline_page(browser, area_map) as (page, log):
        drawn = page.evaluate(f"""() => [0, 1, 2, 3].map(i => {{ const p = {R}.incidents.latLng(i); return [p.lat, p.lng]; }})""")
        data = page.evaluate(f"() => {{ const c = {R}.spec.incidents; return c.lat.map((y, i) => [y, c.lon[i]]); }}")
        assert data == [[x.latitude, x.longitude] for x in AREA_INCIDENTS]      # the page keeps the data
        assert drawn[0] == pytest.approx([homs.latitude, homs.longitude], abs=1e-6)
        assert drawn[1] == pytest.approx([iraq.latitude, iraq.longitude], abs=1e-6)
        assert drawn[2] == data[2] and drawn[3] == data[3]     # Halabja has no label point; exact stays
        # the hollow symbol is on the canvas at the label point: hovering there shows its tooltip
        page.evaluate(f"{R}.map.setView([{homs.latitude}, {homs.longitude}], 9, {{animate: false}}); 0")
        page.wait_for_timeout(200)
        x, y = page.evaluate(f"""() => {{ const m = {R}.map, p = m.latLngToContainerPoint([{homs.latitude}, {homs.longitude}]),
            b = m.getContainer().getBoundingClientRect(); return [b.left + p.x, b.top + p.y]; }}""")
        page.mouse.move(x, y)
        page.wait_for_timeout(200)
        assert "somewhere in Homs, Syria, drawn at its label point" in page.locator(".leaflet-tooltip").inner_text()
        page.mouse.click(x, y)
        page.wait_for_selector(".leaflet-popup-content .gm-popup")
        place = page.inner_text(".leaflet-popup-content")
        assert "(34.7300, 36.7200)" in place and "Natural Earth label point of Homs (Hims)" in place, place
        assert "hollow, at its label point" in page.inner_text(".gm-legend")
        with page.expect_download() as info:
            page.click(".gm-export-csv")
        csv_path = tmp_path / "shown.csv"
        info.value.save_as(csv_path)
        geojson = json.loads(page.evaluate(f"{R}.exportText('geojson')"))
        assert log.errors == [] and log.blocked == []
    text = csv_path.read_text(encoding="utf-8")
    assert text == format_incidents(AREA_INCIDENTS, "csv")       # the data coordinates, as geomap writes them
    assert ",34.73,36.72,3," in text.splitlines()[1]
    assert geojson["features"][0]["geometry"]["coordinates"] == [36.72, 34.73]


def _basemap_name_point(what, name):
    """Where the basemap puts a lake's or sea's name (its label point in the page's layers)."""
    from geomap.render.basemap import layers_for_extent

    lay = layers_for_extent(34.37, 36.72, 35.95, 41.06)     # the extent of INCIDENTS
    if what == "lake":
        return next(tuple(k["at"]) for k in lay["lakes"] if k.get("n", "").startswith(name))
    return next((x[1], x[2]) for x in lay["seas"] if x[0] == name)


@pytest.mark.parametrize("query, name, what", [
    ("lake assad", "Buhayrat al-Assad", "lake"),      # the English name Natural Earth keeps in brackets
    ("persian gulf", "Persian Gulf", "sea"),
    ("mediterranean", "Mediterranean Sea", "sea"),
])
def test_search_finds_lake_and_sea_names(browser, map_file, query, name, what):
    lat, lon = _basemap_name_point(what, name)
    with offline_page(browser, map_file) as (page, log):
        box = page.locator(".gm-search-input")
        box.fill(query)
        page.wait_for_function(f"document.querySelector('.gm-search-results').innerText.includes({json.dumps(what)})")
        first = page.inner_text(".gm-search-results li:first-child")
        assert name in first and what in first, first
        box.press("Enter")
        page.wait_for_selector(".leaflet-popup-content .gm-search-place")
        assert name in page.inner_text(".leaflet-popup-content")
        got = page.evaluate(f"(() => {{ const c = {R}.map.getCenter(); return [c.lat, c.lng]; }})()")
        assert abs(got[0] - lat) < 0.01 and abs(got[1] - lon) < 0.01, (got, lat, lon)
        assert log.errors == [] and log.blocked == []


def _rgb(hex_color):
    return tuple(int(hex_color[k:k + 2], 16) for k in (1, 3, 5))


def test_clusters_take_the_colour_of_their_most_common_type(browser, tmp_path):
    from geomap.taxonomy import color_of

    rng = random.Random(3)
    # around Raqqa mostly battles, around Abu Kamal mostly strikes (fictional reports)
    mix = [("Raqqa", 39.01, 35.95, BATTLE, "Armed clash", 30), ("Raqqa", 39.01, 35.95, STRIKE, "Air/drone strike", 10),
           ("Abu Kamal", 40.918, 34.452, STRIKE, "Air/drone strike", 25), ("Abu Kamal", 40.918, 34.452, VAC, "Attack", 8)]
    incs = [_inc("2020-01-05", etype, sub, name, round(lon + rng.uniform(-0.1, 0.1), 4), round(lat + rng.uniform(-0.1, 0.1), 4),
                 "Islamic State", 1, f"Fictional report {name} {k}.")
            for name, lon, lat, etype, sub, n in mix for k in range(n)]
    out = save_map(render_map(incidents=incs), tmp_path / "clusters.html")
    with offline_page(browser, out) as (page, log):
        page.evaluate(f"{R}.map.setView([35.2, 40.0], 6, {{animate: false}}); 0")
        clusters = page.evaluate(f"""() => {{ const L = {R}.incidents, types = {R}.spec.types;
            const cv = document.querySelector('canvas.gm-points'), ctx = cv.getContext('2d'), d = window.devicePixelRatio || 1;
            return L.clusters.map(g => {{
                const px = ctx.getImageData(Math.round((g.x + g.r - 3) * d), Math.round(g.y * d), 1, 1).data;
                return [g.n, types[g.type].name, g.color, Array.from(px)]; }}); }}""")
        assert sorted((n, t) for n, t, _, _ in clusters) == [(33, STRIKE), (40, BATTLE)], clusters
        for _n, etype, color, px in clusters:
            assert color == color_of(etype)
            want, others = _rgb(color), [_rgb(color_of(t)) for t in (BATTLE, STRIKE, VAC) if t != etype]
            dist = lambda c: sum((a - b) ** 2 for a, b in zip(px[:3], c))  # noqa: E731
            assert px[3] > 200 and all(dist(want) < dist(o) for o in others), (etype, px)
        # the tooltip names the type and its share
        x, y = page.evaluate(f"""(() => {{ const g = {R}.incidents.clusters.find(c => c.n === 40),
            b = {R}.map.getContainer().getBoundingClientRect(); return [b.left + g.x, b.top + g.y]; }})()""")
        page.mouse.move(x, y)
        page.wait_for_selector(".leaflet-tooltip")
        assert "40 incidents" in page.inner_text(".leaflet-tooltip") and f"mostly {BATTLE} (75 %)" in page.inner_text(".leaflet-tooltip")
        assert "most common type" in page.inner_text(".gm-legend")
        assert log.errors == [] and log.blocked == []


def test_many_incidents_of_one_province_cluster_at_its_label_point_and_fan_out_in_a_disc(browser, tmp_path):
    from geomap.gazetteer.label_points import area_label_point

    anbar = area_label_point("Iraq", "Al Anbar")
    # 200 fictional reports known only to be in Anbar, coded (as ACLED does) at Ramadi
    incs = [_inc("2020-05-01", STRIKE, "Air/drone strike", "Ramadi", 43.3, 33.42, "Islamic State", 1,
                 f"Fictional report {k} of a strike in Anbar.", country="Iraq", admin1="Al Anbar", geo_precision=3)
            for k in range(200)]
    out = save_map(render_map(incidents=incs), tmp_path / "anbar.html")
    with offline_page(browser, out) as (page, log):
        page.evaluate(f"{R}.map.setView([{anbar.latitude}, {anbar.longitude}], 6, {{animate: false}}); 0")
        got = page.evaluate(f"""() => {{ const L = {R}.incidents, p = {R}.map.latLngToContainerPoint([{anbar.latitude}, {anbar.longitude}]);
            return [L.clusters.map(g => [g.n, g.x - p.x, g.y - p.y]), L.pointsDrawn]; }}""")
        (n, dx, dy), = got[0]
        assert n == 200 and got[1] == 0 and abs(dx) < 1 and abs(dy) < 1, got
        page.evaluate(f"{R}.map.setView([{anbar.latitude}, {anbar.longitude}], 12, {{animate: false}}); 0")
        spread = page.evaluate(f"""() => {{ const L = {R}.incidents, p = {R}.map.latLngToContainerPoint([{anbar.latitude}, {anbar.longitude}]);
            const d = []; for (let i = 0; i < 200; i++) {{ const q = L.containerPoint(i); d.push(Math.hypot(q.x - p.x, q.y - p.y)); }}
            return [L.clusters.length, L.pointsDrawn, Math.min(...d), Math.max(...d)]; }}""")
        assert spread[0] == 0 and spread[1] == 200 and 5 < spread[2] and spread[3] < 130, spread
        assert log.errors == [] and log.blocked == []
