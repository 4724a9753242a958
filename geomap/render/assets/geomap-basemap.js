/* geomap's basemap extras (written for geomap, MIT): rivers, and place, division and river
 * names as HTML text (crisp, selectable, found by the browser's search), shown by zoom.
 * Names go in with textContent. Called by geomap-map.js through window.geomapBasemapExtras. */
(function () {
  "use strict";

  function label(cls, name, lat, lon, pane) {
    var s = document.createElement("span");
    s.textContent = name;
    return L.marker([lat, lon], {
      interactive: false, keyboard: false, pane: pane,
      icon: L.divIcon({ className: "gm-label " + cls, html: s, iconSize: null })
    });
  }

  window.geomapBasemapExtras = function (map, spec, group, land) {
    var lab = spec.labels;
    if (!lab) { return; }
    if (!map.getPane("gmLabels")) {
      map.createPane("gmLabels");
      map.getPane("gmLabels").style.zIndex = 420;    /* above tiles and routes, under incidents */
      map.getPane("gmLabels").style.pointerEvents = "none";
    }
    var renderer = land.options.renderer;
    var items = [];   /* [min zoom, layer] */
    lab.rivers.forEach(function (r) {
      var line = L.polyline(r.lines, { renderer: renderer, pane: "gmBasemap", interactive: false,
                                      color: "#7fa7cf", weight: r.z <= 4 ? 1.6 : 1.0, opacity: 0.9 });
      group.addLayer(line);
      var best = null;
      r.lines.forEach(function (l) { if (!best || l.length > best.length) { best = l; } });
      if (best && best.length) {
        var mid = best[Math.floor(best.length / 2)];
        items.push([Math.max(5, Math.ceil(r.z)), label("gm-river", r.name, mid[0], mid[1], "gmLabels")]);
      }
    });
    lab.admin1.forEach(function (a) { items.push([6, label("gm-admin1", a[0], a[1], a[2], "gmLabels")]); });
    lab.towns.forEach(function (t) { items.push([t[3], label("gm-town", t[0], t[1], t[2], "gmLabels")]); });
    var shown = L.layerGroup();
    group.addLayer(shown);
    function update() {
      var z = map.getZoom();
      items.forEach(function (it) {
        var on = z >= it[0];
        if (on && !shown.hasLayer(it[1])) { shown.addLayer(it[1]); }
        else if (!on && shown.hasLayer(it[1])) { shown.removeLayer(it[1]); }
      });
    }
    map.on("zoomend", update);
    update();
    group.gmLabels = shown;
  };
}());
