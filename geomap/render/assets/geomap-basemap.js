/* geomap's basemap extras (written for geomap, MIT): land borders (disputed ones dashed), lakes,
 * urban areas, rivers, and place, division, river, lake and sea names as HTML text (crisp,
 * selectable, found by the browser's search), shown by zoom. Names go in with textContent.
 * Geometry arrives as integers on a 0.001 degree grid, each point the difference from the
 * previous one ([x0, y0, dx1, dy1, ...], lon first; geomap/render/basemap.py).
 * Called by geomap-map.js through window.geomapDecodeBasemap and window.geomapBasemapExtras. */
(function () {
  "use strict";

  /* [x0, y0, dx1, dy1, ...] -> [[lat, lon], ...] (Leaflet's order) or [[lon, lat], ...] (GeoJSON's) */
  function decode(a, lonFirst) {
    var out = new Array(a.length >> 1), x = 0, y = 0, k = 0;
    for (var i = 0; i + 1 < a.length; i += 2) {
      x += a[i]; y += a[i + 1];
      out[k++] = lonFirst ? [x / 1000, y / 1000] : [y / 1000, x / 1000];
    }
    return out;
  }
  function polygons(ps) {   /* encoded polygons -> Leaflet multipolygon latlngs */
    return ps.map(function (rings) { return rings.map(function (r) { return decode(r, false); }); });
  }

  /* the countries as a GeoJSON FeatureCollection (they arrive encoded; anything else is returned as is) */
  window.geomapDecodeBasemap = function (b) {
    if (!b || !b.enc) { return b; }
    return { type: "FeatureCollection", features: b.features.map(function (f) {
      return { type: "Feature", properties: f.properties, geometry: { type: "MultiPolygon",
        coordinates: f.p.map(function (rings) { return rings.map(function (r) { return decode(r, true); }); }) } };
    }) };
  };

  /* a label to show by zoom; its marker is made the first time it is shown */
  function label(cls, name, lat, lon, pane) {
    return { cls: cls, name: name, lat: lat, lon: lon, pane: pane, marker: null };
  }
  function markerOf(lb) {
    if (!lb.marker) {
      var s = document.createElement("span");
      s.textContent = lb.name;
      lb.marker = L.marker([lb.lat, lb.lon], {
        interactive: false, keyboard: false, pane: lb.pane,
        icon: L.divIcon({ className: "gm-label " + lb.cls, html: s, iconSize: null })
      });
    }
    return lb.marker;
  }

  /* reserved(z), when given, lists boxes [x0, y0, x1, y1] (projected pixels at zoom z) that
   * other labels take first: the routes' waypoint names (geomap-map.js) */
  window.geomapBasemapExtras = function (map, spec, group, land, reserved) {
    var lab = spec.labels || { rivers: [], admin1: [], towns: [] };
    if (!spec.labels && !spec.layers) { return; }
    if (!map.getPane("gmLabels")) {
      map.createPane("gmLabels");
      map.getPane("gmLabels").style.zIndex = 420;    /* above tiles and routes, under incidents */
      map.getPane("gmLabels").style.pointerEvents = "none";
    }
    var renderer = land.options.renderer;
    var items = [];   /* [min zoom, layer, max zoom] */
    var lay = spec.layers || {};
    var base = { renderer: renderer, pane: "gmBasemap", interactive: false };
    var urban = null;
    if (lay.urban && lay.urban.length) {   /* built-up areas: a light fill from zoom 7 */
      urban = L.polygon([].concat.apply([], lay.urban.map(polygons)),
                        L.extend({ stroke: false, fillColor: "#e4d8c3", fillOpacity: 0 }, base));
      group.addLayer(urban);
    }
    (lay.lakes || []).forEach(function (k) {
      group.addLayer(L.polygon(polygons(k.p), L.extend({ color: "#9dbcd6", weight: 0.6, fillColor: "#c6dbea",
                                                         fillOpacity: 1 }, base)));
      if (k.n) { items.push([Math.max(5, Math.ceil(k.lz)), label("gm-lake", k.n, k.at[0], k.at[1], "gmLabels")]); }
    });
    lab.rivers.forEach(function (r) {
      var line = L.polyline(r.lines, { renderer: renderer, pane: "gmBasemap", interactive: false,
                                      color: "#7fa7cf", weight: r.z <= 4 ? 1.6 : 1.0, opacity: 0.9 });
      group.addLayer(line);
      var at = r.at;
      if (!at) {   /* no label points given: the middle of the longest line */
        var best = null;
        r.lines.forEach(function (l) { if (!best || l.length > best.length) { best = l; } });
        at = best && best.length ? [best[Math.floor(best.length / 2)]] : [];
      }
      at.forEach(function (p) { items.push([Math.max(5, Math.ceil(r.z)), label("gm-river", r.name, p[0], p[1], "gmLabels")]); });
    });
    [0, 1].forEach(function (c) {   /* land borders over rivers and lakes; disputed and indefinite dashed */
      var lines = [];
      (lay.borders || []).forEach(function (b) {
        if (b[0] === c) { b[1].forEach(function (l) { lines.push(decode(l, false)); }); }
      });
      if (lines.length) {
        group.addLayer(L.polyline(lines, L.extend(c ? { color: "#8a7a8e", weight: 1.1, dashArray: "5 4" }
                                                    : { color: "#8a7a8e", weight: 1.1 }, base)));
      }
    });
    (lay.seas || []).forEach(function (x) {
      items.push([Math.max(3, Math.ceil(x[3])), label("gm-sea", x[0], x[1], x[2], "gmLabels"), x[4]]);
    });
    lab.admin1.forEach(function (a) { items.push([6, label("gm-admin1", a[0], a[1], a[2], "gmLabels")]); });
    lab.towns.forEach(function (t) { items.push([t[3], label("gm-town", t[0], t[1], t[2], "gmLabels")]); });
    var shown = L.layerGroup();
    group.addLayer(shown);
    /* a label is shown from its zoom unless it would overlap one shown before it: the routes'
     * waypoint names, then seas, rivers, lakes and divisions, then towns by population (the
     * order of `items`) */
    var order = { "gm-sea": 0, "gm-river": 1, "gm-lake": 2, "gm-admin1": 3, "gm-town": 4 };
    items.forEach(function (it, k) {
      var cls = it[1].cls, name = it[1].name;
      it[3] = (order[cls] || 0) * 1e6 + k;
      it[4] = [name.length * (cls === "gm-sea" ? 4.2 : 3.4) + (cls === "gm-town" ? 7 : 3), 6];  /* half size, px */
    });
    items.sort(function (a, b) { return a[3] - b[3]; });
    var SAME_NAME_PX = 320;   /* the same name (a river's) at most once in this many pixels */
    function update() {
      var z = map.getZoom(), grid = {}, C = 64, seen = {};
      if (urban) { urban.setStyle({ fillOpacity: z >= 7 ? 1 : 0 }); }
      function fits(x0, y0, x1, y1) {
        for (var gx = Math.floor(x0 / C); gx <= Math.floor(x1 / C); gx++) {
          for (var gy = Math.floor(y0 / C); gy <= Math.floor(y1 / C); gy++) {
            var cell = grid[gx + ":" + gy] || [];
            for (var i = 0; i < cell.length; i++) {
              var r = cell[i];
              if (x0 < r[2] && x1 > r[0] && y0 < r[3] && y1 > r[1]) { return false; }
            }
          }
        }
        return true;
      }
      function take(r) {
        for (var gx = Math.floor(r[0] / C); gx <= Math.floor(r[2] / C); gx++) {
          for (var gy = Math.floor(r[1] / C); gy <= Math.floor(r[3] / C); gy++) {
            (grid[gx + ":" + gy] = grid[gx + ":" + gy] || []).push(r);
          }
        }
      }
      if (reserved) { reserved(z).forEach(take); }   /* the routes' waypoint names come first */
      items.forEach(function (it) {
        var on = z >= it[0] && !(it[2] && z > it[2]);
        if (on) {
          var p = map.project([it[1].lat, it[1].lon], z), h = it[4];
          var r = [p.x - h[0], p.y - h[1], p.x + h[0], p.y + h[1]];
          var name = it[1].name, prev = seen[name] || [];
          on = fits(r[0], r[1], r[2], r[3]) && prev.every(function (q) {
            return Math.abs(q.x - p.x) > SAME_NAME_PX || Math.abs(q.y - p.y) > SAME_NAME_PX; });
          if (on) { take(r); prev.push(p); seen[name] = prev; }
        }
        var m = it[1].marker;
        if (on && !(m && shown.hasLayer(m))) { shown.addLayer(markerOf(it[1])); }
        else if (!on && m && shown.hasLayer(m)) { shown.removeLayer(m); }
      });
    }
    map.on("zoomend", update);
    if (reserved) { map.on("overlayadd overlayremove", update); }   /* a route shown or hidden */
    update();
    group.gmLabels = shown;
    group.gmUpdateLabels = update;
  };
}());
