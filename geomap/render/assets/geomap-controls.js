/* geomap's analyst controls (written for geomap, MIT): filters by event type, actor and time,
 * a legend whose counts and fatality totals follow them, a brushable timeline of incidents
 * per day or week, a search over places and incidents, exports of what is shown (CSV and
 * GeoJSON in geomap's table columns), and popups kept clear of the panels.
 * Called by geomap-map.js as GEOMAP.controls(record) once the incidents are drawn. Loads
 * nothing from the network; text from the data goes in with textContent only.
 */
(function () {
  "use strict";

  var GEOMAP = window.GEOMAP = window.GEOMAP || { maps: {}, errors: [] };
  var TOP_ACTORS = 6;           /* actors listed (and toggled) in the legend */
  var OTHER = "other";          /* the legend row for every other actor, or none */
  var MARGIN = 8;               /* pixels kept between a popup and a panel */

  /* ------------------------------------------------------------- filters */
  /* One filter state for the whole map: hidden event types, hidden actors and a date range.
   * apply() sets what the incident layer shows, redraws it, and tells every listener the
   * totals (per type, per actor, per day, overall) of what passes. */
  function Filters(record) {
    var inc = record.inc, c = inc.c, n = inc.n;
    this.record = record;
    this.inc = inc;
    this.n = n;
    this.hiddenTypes = {};
    this.hiddenActors = {};
    this.from = -Infinity;
    this.to = Infinity;
    this.listeners = [];
    this.shown = new Uint8Array(n);
    /* the most frequent actors (actor1 or actor2) */
    var counts = {};
    for (var i = 0; i < n; i++) {
      var a1 = c.a1[i], a2 = c.a2[i];
      if (a1 !== null && a1 !== undefined) { counts[a1] = (counts[a1] || 0) + 1; }
      if (a2 !== null && a2 !== undefined && a2 !== a1) { counts[a2] = (counts[a2] || 0) + 1; }
    }
    this.topActors = Object.keys(counts).map(Number).sort(function (x, y) {
      return counts[y] - counts[x] || (inc.s[x] < inc.s[y] ? -1 : 1);
    }).slice(0, TOP_ACTORS);
    this.isTop = {};
    this.topActors.forEach(function (a) { this.isTop[a] = true; }, this);
    this.hasOthers = Object.keys(counts).length > this.topActors.length;
    this.otherCount = 0;       /* incidents with an actor outside the top ones, or with none */
    for (var m = 0; m < n; m++) { if (this.actorKeys(m).indexOf(OTHER) >= 0) { this.otherCount++; } }
    var d0 = Infinity, d1 = -Infinity;
    for (var k = 0; k < n; k++) {
      var d = c.day[k];
      if (d !== null && d !== undefined) { if (d < d0) { d0 = d; } if (d > d1) { d1 = d; } }
    }
    this.dayMin = d0;
    this.dayMax = d1;
  }

  /* the legend keys of an incident's actors: top actors by string index, the rest as OTHER */
  Filters.prototype.actorKeys = function (i) {
    var c = this.inc.c, out = [], a1 = c.a1[i], a2 = c.a2[i];
    [a1, a2].forEach(function (a) {
      if (a === null || a === undefined) { return; }
      out.push(this.isTop[a] ? a : OTHER);
    }, this);
    if (!out.length) { out.push(OTHER); }
    return out;
  };

  Filters.prototype.setType = function (t, on) { if (on) { delete this.hiddenTypes[t]; } else { this.hiddenTypes[t] = true; } this.apply(); };
  Filters.prototype.setActor = function (a, on) { if (on) { delete this.hiddenActors[a]; } else { this.hiddenActors[a] = true; } this.apply(); };
  Filters.prototype.setTime = function (from, to) { this.from = from; this.to = to; this.apply(); };
  Filters.prototype.onChange = function (fn) { this.listeners.push(fn); };

  Filters.prototype.apply = function (noRedraw) {
    var c = this.inc.c, n = this.n, layer = this.record.incidents;
    var span = this.dayMin === Infinity ? 0 : this.dayMax - this.dayMin + 1;
    var stats = {
      shown: 0, fatalities: 0, total: n,
      types: {}, typeFat: {}, actors: {}, actorFat: {},
      days: new Float64Array(span)       /* incidents per day passing the type and actor filters */
    };
    var hiddenT = this.hiddenTypes, hiddenA = this.hiddenActors, from = this.from, to = this.to;
    var anyActorHidden = Object.keys(hiddenA).length > 0;
    for (var i = 0; i < n; i++) {
      var t = c.type[i], d = c.day[i], f = c.fat[i] || 0;
      var keys = this.actorKeys(i);
      var actorOk = true;
      if (anyActorHidden) {
        for (var k = 0; k < keys.length; k++) { if (hiddenA[keys[k]]) { actorOk = false; } }
      }
      var dated = d !== null && d !== undefined;
      var timeOk = !dated || (d >= from && d <= to);
      var typeOk = !hiddenT[t];
      if (actorOk && timeOk) {
        stats.types[t] = (stats.types[t] || 0) + 1;
        stats.typeFat[t] = (stats.typeFat[t] || 0) + f;
      }
      if (typeOk && timeOk) {
        for (var j = 0; j < keys.length; j++) {
          if (j && keys[j] === keys[0]) { continue; }
          stats.actors[keys[j]] = (stats.actors[keys[j]] || 0) + 1;
          stats.actorFat[keys[j]] = (stats.actorFat[keys[j]] || 0) + f;
        }
      }
      if (typeOk && actorOk && dated) { stats.days[d - this.dayMin]++; }
      var on = typeOk && actorOk && timeOk;
      this.shown[i] = on ? 1 : 0;
      if (layer) { layer.setVisible(i, on); }
      if (on) { stats.shown++; stats.fatalities += f; }
    }
    this.stats = stats;
    if (layer && !noRedraw) { layer.redraw(); }
    this.listeners.forEach(function (fn) { fn(stats); });
    return stats;
  };

  /* indices of the incidents shown now, in input order */
  Filters.prototype.shownIndices = function () {
    var out = [];
    for (var i = 0; i < this.n; i++) { if (this.shown[i]) { out.push(i); } }
    return out;
  };

  /* -------------------------------------------------------------- legend */
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  function legendControl(record, filters) {
    var U = GEOMAP.util, el = U.el, map = record.map, spec = record.spec, inc = record.inc;
    var counts = record.typeCounts || {};
    return U.addControl(map, "bottomright", function () {
      var box = el("div", "gm-panel gm-legend");
      var total = el("div", "gm-legend-total");
      box.appendChild(total);
      var exports = el("div", "gm-export");
      [["csv", "Export CSV"], ["geojson", "Export GeoJSON"]].forEach(function (e) {
        var b = el("button", "gm-export-" + e[0], e[1]);
        b.type = "button";
        b.title = "download the incidents shown now (filters applied) in geomap's table columns";
        b.addEventListener("click", function () { exportShown(record, filters, e[0]); });
        exports.appendChild(b);
      });
      box.appendChild(exports);

      function toggleRow(cls, swatch, name, key, setter) {
        var row = el("button", "gm-legend-row gm-toggle " + cls);
        row.type = "button";
        row.setAttribute("aria-pressed", "true");
        row.title = "click to hide or show these incidents";
        if (swatch) { row.appendChild(swatch); }
        row.appendChild(el("span", "gm-legend-name", name));
        var count = el("span", "gm-legend-count");
        row.appendChild(count);
        row.addEventListener("click", function () {
          var on = row.getAttribute("aria-pressed") !== "true";
          row.setAttribute("aria-pressed", on ? "true" : "false");
          L.DomUtil[on ? "removeClass" : "addClass"](row, "gm-off");
          setter(key, on);
        });
        return { row: row, count: count, key: key };
      }
      function countText(n, fat) { return n + (fat ? " \u00b7 " + fat + " killed" : ""); }

      box.appendChild(el("div", "gm-panel-title", "Incidents by type"));
      var typeRows = [];
      spec.types.forEach(function (t, k) {
        if (!counts[k]) { return; }
        var sw = el("span", "gm-swatch");
        sw.style.background = t.color;
        var r = toggleRow("gm-legend-type", sw, t.name, k, function (key, on) { filters.setType(key, on); });
        r.row.setAttribute("data-type", t.name);
        typeRows.push(r);
        box.appendChild(r.row);
      });
      var actorRows = [];
      if (filters.topActors.length) {
        box.appendChild(el("div", "gm-panel-title", "Top actors"));
        var keys = filters.topActors.slice();
        if (filters.otherCount) { keys.push(OTHER); }
        keys.forEach(function (a) {
          var name = a === OTHER ? (filters.hasOthers ? "Other actors or none" : "No actor reported") : inc.s[a];
          var r = toggleRow("gm-legend-actor", null, name, a, function (key, on) { filters.setActor(key, on); });
          r.row.setAttribute("data-actor", name);
          actorRows.push(r);
          box.appendChild(r.row);
        });
      }
      var prec = el("div", "gm-legend-precisions");
      [["gm-prec-1", "exact"], ["gm-prec-2", "near (ring)"],
       ["gm-prec-3", inc.areas.length ? "province or country only (hollow, at its label point)" : "area only (hollow)"]
      ].forEach(function (pr) {
        var row = el("span", "gm-legend-row gm-legend-precision");
        row.appendChild(el("span", "gm-swatch " + pr[0]));
        row.appendChild(el("span", null, pr[1]));
        prec.appendChild(row);
      });
      box.appendChild(prec);
      box.appendChild(el("div", "gm-panel-title", "Fatalities"));
      var sizes = el("div", "gm-legend-sizes");
      [[null, "?"], [1, "1"], [10, "10"], [100, "100"]].forEach(function (s) {
        var d = 2 * U.radiusFor(s[0]);
        var c = el("span", "gm-size");
        c.style.width = c.style.height = d + "px";
        var w = el("span", "gm-size-wrap");
        w.appendChild(c);
        w.appendChild(el("span", null, s[1]));
        sizes.appendChild(w);
      });
      box.appendChild(sizes);
      if (inc.n >= record.incidents.options.clusterMin) {
        var cl = el("div", "gm-legend-row gm-muted");
        cl.appendChild(el("span", "gm-cluster-swatch", "n"));
        cl.appendChild(el("span", null, "n incidents close together, in the colour of their most common type " +
                                        "(zoom in or click to split)"));
        box.appendChild(cl);
      }
      if (record.routes.length) {
        box.appendChild(el("div", "gm-panel-title", "Routes"));
        record.routes.forEach(function (r) {
          var row = el("div", "gm-legend-row");
          row.appendChild(el("span", "gm-route-swatch"));
          row.appendChild(el("span", null, r.name + " (" + r.km + " km buffer; incidents inside have a dark ring)"));
          box.appendChild(row);
        });
      }
      if (spec.places.lat.length) {
        var pr = el("div", "gm-legend-row");
        pr.appendChild(el("span", "gm-place-swatch"));
        pr.appendChild(el("span", null, "Other places named in the text"));
        box.appendChild(pr);
      }

      filters.onChange(function (st) {
        total.textContent = "Shown: " + st.shown + " of " + plural(st.total, "incident", "incidents") +
          " \u00b7 " + plural(st.fatalities, "fatality", "fatalities");
        total.setAttribute("data-shown", String(st.shown));
        total.setAttribute("data-fatalities", String(st.fatalities));
        typeRows.forEach(function (r) { r.count.textContent = countText(st.types[r.key] || 0, st.typeFat[r.key] || 0); });
        actorRows.forEach(function (r) { r.count.textContent = countText(st.actors[r.key] || 0, st.actorFat[r.key] || 0); });
      });
      return box;
    });
  }

  /* -------------------------------------------------- time: slider + timeline */
  /* The slider picks the last day shown and the select a window before it; the timeline
   * below the map shows incidents per day (per week over long spans) and a drag on it picks
   * any range. Both write the same state, so each shows what the other chose. */
  function timeControls(record, filters) {
    var U = GEOMAP.util, el = U.el, map = record.map, spec = record.spec;
    var min = filters.dayMin, max = filters.dayMax;
    if (min === Infinity) { return null; }
    var undated = 0;
    record.inc.c.day.forEach(function (d) { if (d === null || d === undefined) { undated++; } });
    var state = { to: max, window: 0, timer: null };
    var box = U.guard(el("div", "gm-panel gm-time"));
    if (!spec.title) { box.style.top = "10px"; }
    var label = el("span", "gm-time-label");
    var slider = el("input");
    slider.type = "range";
    slider.min = String(min);
    slider.max = String(max);
    slider.step = "1";
    slider.value = String(max);
    slider.setAttribute("aria-label", "show incidents up to this date");
    var win = el("select");
    [[0, "all up to date"], [1, "that day"], [7, "7 days to date"], [30, "30 days to date"]].forEach(function (o) {
      var opt = el("option", null, o[1]);
      opt.value = String(o[0]);
      win.appendChild(opt);
    });
    var custom = null;     /* the option a timeline drag adds: "N days to date" */
    var play = el("button", "gm-play", "\u25b6 play");
    play.type = "button";
    var note = el("span", "gm-muted", undated ? " (" + undated + " undated always shown)" : "");
    var timeline = null;

    function range() {
      var from = state.window ? state.to - state.window + 1 : -Infinity;
      return [from, state.to];
    }
    function apply() {
      state.to = parseInt(slider.value, 10);
      state.window = parseInt(win.value, 10);
      var r = range();
      label.textContent = (state.window ? U.dayToIso(Math.max(min, r[0])) + " \u2013 " : "to ") + U.dayToIso(state.to);
      filters.setTime(r[0], r[1]);
      box.setAttribute("data-shown", String(filters.stats.shown));
    }
    /* a range from the timeline: the slider goes to its end, the window to its length */
    function setRange(from, to) {
      from = Math.max(min, from);
      to = Math.min(max, to);
      if (from <= min && to >= max) {
        if (custom) { win.removeChild(custom); custom = null; }
        slider.value = String(max);
        win.value = "0";
      } else {
        var days = to - from + 1;
        var std = from <= min ? "0" : (["1", "7", "30"].indexOf(String(days)) >= 0 ? String(days) : null);
        if (!std) {
          if (!custom) { custom = el("option"); win.appendChild(custom); }
          custom.value = String(days);
          custom.textContent = days + " days to date (timeline)";
        } else if (custom) { win.removeChild(custom); custom = null; }
        win.value = std || String(days);
        slider.value = String(to);
      }
      stop();
      apply();
    }
    function stop() {
      if (state.timer) { clearInterval(state.timer); state.timer = null; }
      play.textContent = "\u25b6 play";
    }
    play.addEventListener("click", function () {
      if (state.timer) { stop(); return; }
      if (parseInt(slider.value, 10) >= max) { slider.value = String(min); }
      play.textContent = "\u275a\u275a pause";
      var step = Math.max(1, Math.round((max - min) / 60));
      apply();
      state.timer = setInterval(function () {
        var v = parseInt(slider.value, 10);
        if (v >= max) { stop(); return; }
        slider.value = String(Math.min(max, v + step));
        apply();
      }, 250);
    });
    slider.addEventListener("input", function () { stop(); apply(); });
    win.addEventListener("change", apply);
    box.appendChild(el("span", "gm-panel-title", "Time "));
    box.appendChild(slider);
    box.appendChild(label);
    box.appendChild(win);
    box.appendChild(play);
    box.appendChild(note);
    map.getContainer().appendChild(box);
    var title = map.getContainer().querySelector(".gm-title");
    if (title && title.offsetHeight) { box.style.top = (title.offsetTop + title.offsetHeight + 8) + "px"; }   /* a title on two lines */
    label.textContent = "to " + U.dayToIso(max);
    timeline = timelinePanel(record, filters, min, max, range, setRange);
    return { box: box, slider: slider, apply: apply, setRange: setRange, range: range, min: min, max: max,
             timeline: timeline };
  }

  function timelinePanel(record, filters, min, max, range, setRange) {
    var U = GEOMAP.util, el = U.el, map = record.map;
    var span = max - min + 1, binDays = span > 180 ? 7 : 1;
    var nbins = Math.ceil(span / binDays);
    var box = U.guard(el("div", "gm-panel gm-timeline"));
    var head = el("div", "gm-timeline-head");
    head.appendChild(el("span", "gm-panel-title", "Incidents per " + (binDays === 1 ? "day" : "week")));
    head.appendChild(el("span", "gm-muted", " \u2014 drag to choose dates, click to show all"));
    box.appendChild(head);
    var wrap = el("div", "gm-timeline-plot");
    var canvas = el("canvas", "gm-timeline-canvas");
    var brush = el("div", "gm-timeline-brush");
    wrap.appendChild(canvas);
    wrap.appendChild(brush);
    box.appendChild(wrap);
    var axis = el("div", "gm-timeline-axis");
    axis.appendChild(el("span", null, U.dayToIso(min)));
    axis.appendChild(el("span", null, U.dayToIso(max)));
    box.appendChild(axis);
    map.getContainer().appendChild(box);
    var H = 48, bins = new Float64Array(nbins), drag = null;

    function width() { return Math.max(50, wrap.clientWidth); }
    function binAt(x) { return Math.max(0, Math.min(nbins - 1, Math.floor(x / width() * nbins))); }
    function xOfDay(day) { return (day - min) / binDays / nbins * width(); }
    function draw() {
      var w = width(), dpr = window.devicePixelRatio || 1;
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(H * dpr);
      canvas.style.width = w + "px";
      canvas.style.height = H + "px";
      var ctx = canvas.getContext("2d");
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, w, H);
      var top = 0;
      for (var b = 0; b < nbins; b++) { if (bins[b] > top) { top = bins[b]; } }
      var r = drag ? [drag.from, drag.to] : range(), bw = w / nbins;
      for (var k = 0; k < nbins; k++) {
        if (!bins[k]) { continue; }
        var d0 = min + k * binDays, d1 = d0 + binDays - 1;
        var inside = d1 >= r[0] && d0 <= r[1];
        var h = Math.max(1.5, bins[k] / top * (H - 2));
        ctx.fillStyle = inside ? "#3b6ea5" : "#c4c9cf";
        ctx.fillRect(k * bw + (bw > 3 ? 0.5 : 0), H - h, Math.max(1, bw - (bw > 3 ? 1 : 0)), h);
      }
      var full = r[0] <= min && r[1] >= max;
      brush.style.display = full ? "none" : "block";
      if (!full) {
        var x0 = xOfDay(Math.max(min, r[0])), x1 = xOfDay(Math.min(max, r[1]) + 1);
        brush.style.left = x0 + "px";
        brush.style.width = Math.max(2, x1 - x0) + "px";
      }
      box.setAttribute("data-range", full ? "all" : U.dayToIso(Math.max(min, r[0])) + "/" + U.dayToIso(Math.min(max, r[1])));
    }
    filters.onChange(function (st) {
      bins = new Float64Array(nbins);
      for (var d = 0; d < st.days.length; d++) { if (st.days[d]) { bins[Math.floor(d / binDays)] += st.days[d]; } }
      draw();
    });
    function dayRange(b0, b1) {
      var lo = Math.min(b0, b1), hi = Math.max(b0, b1);
      return { from: min + lo * binDays, to: Math.min(max, min + hi * binDays + binDays - 1) };
    }
    function localX(e) { return e.clientX - wrap.getBoundingClientRect().left; }
    wrap.addEventListener("pointerdown", function (e) {
      var x = localX(e);
      drag = { x: x, b: binAt(x), from: 0, to: 0, moved: false };
      var r = dayRange(drag.b, drag.b);
      drag.from = r.from;
      drag.to = r.to;
      if (wrap.setPointerCapture) { try { wrap.setPointerCapture(e.pointerId); } catch (err) { /* synthetic events */ } }
      e.preventDefault();
    });
    wrap.addEventListener("pointermove", function (e) {
      if (!drag) { return; }
      var x = localX(e);
      if (Math.abs(x - drag.x) > 3) { drag.moved = true; }
      var r = dayRange(drag.b, binAt(x));
      drag.from = r.from;
      drag.to = r.to;
      draw();
    });
    function end(e) {
      if (!drag) { return; }
      var d = drag;
      drag = null;
      if (e.type === "pointerup" && d.moved) { setRange(d.from, d.to); } else if (e.type === "pointerup") { setRange(min, max); }
      else { draw(); }
    }
    wrap.addEventListener("pointerup", end);
    wrap.addEventListener("pointercancel", end);
    map.on("resize", draw);
    return { box: box, bins: function () { return bins; }, binDays: binDays, nbins: nbins, redraw: draw,
             xOfDay: xOfDay, canvas: canvas };
  }

  /* -------------------------------------------------------------- search */
  function fold(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/['\u2018\u2019\u02bb\u02bc\u02be\u02bf`]/g, "").replace(/[-_,.;:()\/]+/g, " ").replace(/\s+/g, " ").trim();
  }

  function searchIndex(record) {
    var spec = record.spec, places = [];
    function add(name, lat, lon, zoom, what) {
      if (name && typeof lat === "number" && typeof lon === "number") {
        places.push({ kind: "place", name: name, key: fold(name), lat: lat, lon: lon, zoom: zoom, what: what });
      }
    }
    var p = spec.places;
    for (var i = 0; i < p.lat.length; i++) { add(p.name[i], p.lat[i], p.lon[i], 9, "place named in the text"); }
    var lab = spec.labels || {};
    (lab.towns || []).forEach(function (t) { add(t[0], t[1], t[2], Math.max(9, t[3] || 0), "town"); });
    (lab.admin1 || []).forEach(function (a) { add(a[0], a[1], a[2], 7, "province"); });
    /* lake and sea names of the basemap (geomap/render/basemap.py), at their label points */
    var lay = spec.layers || {};
    (lay.lakes || []).forEach(function (k) { if (k.n && k.at) { add(k.n, k.at[0], k.at[1], Math.max(7, Math.ceil(k.lz || 0)), "lake"); } });
    (lay.seas || []).forEach(function (x) { add(x[0], x[1], x[2], Math.max(4, Math.ceil(x[3] || 0)), "sea"); });
    ((spec.basemap || {}).features || []).forEach(function (f) {
      var q = f.properties || {};
      if (typeof q.LABEL_X === "number") { add(q.NAME, q.LABEL_Y, q.LABEL_X, 5, "country"); }
    });
    /* incidents: one folded text per field, built once */
    var inc = record.inc, c = inc.c, foldedStr = inc.s.map(fold), ev = null;
    function sf(col, k) { var v = inc.val(col, k); return v === null ? "" : foldedStr[v]; }
    return {
      places: places,
      incident: function (k) {
        if (!ev) { ev = new Array(inc.n); }
        if (ev[k] === undefined) { ev[k] = fold((c.ev[k] || "") + " " + (inc.val("notes", k) || "")); }
        return { loc: sf("loc", k), actors: sf("a1", k) + " | " + sf("a2", k),
                 other: sf("sub", k) + " | " + sf("src", k) + " | " + sf("stitle", k), text: ev[k] };
      }
    };
  }

  function search(record, filters, index, query, limit) {
    var q = fold(query);
    if (!q) { return []; }
    var hits = [];
    index.places.forEach(function (p) {
      var at = p.key.indexOf(q);
      if (at < 0) { return; }
      var score = p.key === q ? 0 : at === 0 ? 1 : 3;
      hits.push({ score: score + ({ country: 0.2, province: 0.1, sea: 0.3, lake: 0.25 }[p.what] || 0), place: p,
                  label: p.name, detail: p.what });
    });
    var inc = record.inc;
    for (var k = 0; k < inc.n; k++) {
      if (!filters.shown[k]) { continue; }
      var f = index.incident(k), s = null;
      if (f.loc.indexOf(q) >= 0) { s = f.loc === q || f.loc.indexOf(q + " ") === 0 ? 0.5 : 2; }
      else if (f.actors.indexOf(q) >= 0) { s = 4; }
      else if (f.other.indexOf(q) >= 0) { s = 5; }
      else if (f.text.indexOf(q) >= 0) { s = 6; }
      if (s === null) { continue; }
      hits.push({ score: s, incident: k, label: inc.str("loc", k) || inc.typeText(k),
                  detail: (inc.c.day[k] === null || inc.c.day[k] === undefined ? "undated" : GEOMAP.util.dayToIso(inc.c.day[k])) +
                          " \u00b7 " + (inc.str("sub", k) || inc.typeText(k)) });
    }
    hits.sort(function (a, b) { return a.score - b.score || (a.incident || 0) - (b.incident || 0); });
    return hits.slice(0, limit || 50);
  }

  function searchControl(record, filters) {
    var U = GEOMAP.util, el = U.el, map = record.map, index = null;
    var state = { query: null, hits: [], at: -1 };
    return U.addControl(map, "topleft", function () {
      var box = el("div", "gm-panel gm-search");
      var input = el("input", "gm-search-input");
      input.type = "search";
      input.placeholder = "Search places, actors, text\u2026";
      input.setAttribute("aria-label", "search places on the map and incidents (Enter goes to the next hit)");
      var list = el("ol", "gm-search-results");
      var status = el("div", "gm-search-status gm-muted");
      box.appendChild(input);
      box.appendChild(status);
      box.appendChild(list);
      function run() {
        if (!index) { index = searchIndex(record); }
        state.query = input.value;
        state.hits = search(record, filters, index, input.value, 50);
        state.at = -1;
        list.textContent = "";
        status.textContent = input.value.trim() ? (state.hits.length ? (state.hits.length >= 50 ? "50+" : state.hits.length) +
          " found; Enter goes to each" : "nothing found among the places and the incidents shown") : "";
        state.hits.slice(0, 8).forEach(function (h, k) {
          var li = el("li", "gm-search-hit");
          li.appendChild(el("b", null, h.label));
          li.appendChild(el("span", "gm-muted", " \u2014 " + h.detail));
          li.addEventListener("click", function () { go(k); });
          list.appendChild(li);
        });
      }
      function go(k) {
        var h = state.hits[k];
        if (!h) { return; }
        state.at = k;
        Array.prototype.forEach.call(list.children, function (li, j) {
          L.DomUtil[j === k ? "addClass" : "removeClass"](li, "gm-active");
        });
        if (h.place) {
          var p = h.place;
          map.setView([p.lat, p.lon], Math.max(map.getZoom(), p.zoom), { animate: false });
          var content = el("div", "gm-place gm-search-place");
          content.appendChild(el("b", null, p.name));
          content.appendChild(el("div", "gm-muted", p.what));
          L.popup({ maxWidth: 320, autoPan: false, gmClear: true }).setLatLng([p.lat, p.lon]).setContent(content).openOn(map);
        } else {
          record.showIncident(h.incident);
        }
      }
      var timer = null;
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(run, 150);
      });
      input.addEventListener("keydown", function (e) {
        if (e.key === "Enter") {
          e.preventDefault();
          clearTimeout(timer);
          if (state.query !== input.value) { run(); }
          if (state.hits.length) { go((state.at + 1) % state.hits.length); }
        } else if (e.key === "Escape") {
          input.value = "";
          run();
        }
      });
      box.gmRun = run;
      return box;
    });
  }

  /* -------------------------------------------------------------- export */
  /* a CSV cell a spreadsheet will not run as a formula: geomap.tables.schema.csv_safe */
  function csvSafe(v) {
    return typeof v === "string" && /^'*[=+\-@\t\r]/.test(v) ? "'" + v : v;
  }
  function csvCell(v) {
    if (v === null || v === undefined) { return ""; }
    var s = String(csvSafe(v));
    return /[",\r\n]/.test(s) ? "\"" + s.replace(/"/g, "\"\"") + "\"" : s;
  }

  /* incident i in geomap's table columns (the shape of Incident.to_dict() plus notes) */
  function tableRecord(inc, i) {
    var c = inc.c, d = c.day[i], ev = c.ev[i] || "";
    var spans = inc.val("sp", i) || (ev ? [[0, ev.length]] : []);
    var num = function (v) { return v === null || v === undefined ? null : v; };
    return {
      event_date: d === null || d === undefined ? (inc.str("draw", i) || null) : GEOMAP.util.dayToIso(d),
      time_precision: num(c.tp[i]),
      event_type: inc.types[c.type[i]].name === "Unknown event type" ? "" : inc.types[c.type[i]].name,
      sub_event_type: inc.str("sub", i),
      actor1: inc.str("a1", i),
      actor2: inc.str("a2", i),
      fatalities: num(c.fat[i]),
      fatalities_qualifier: inc.str("fq", i),
      location: c.rl ? inc.str("rl", i) : inc.str("loc", i),
      country: inc.str("cty", i),
      admin1: inc.str("adm", i),
      latitude: c.lat[i],
      longitude: c.lon[i],
      geo_precision: num(c.gp[i]),
      geonameid: inc.val("gid", i),
      evidence: ev,
      start: spans.length ? spans[0][0] : null,
      end: spans.length ? spans[0][1] : null,
      evidence_spans: spans,
      source: inc.str("src", i),
      confidence: num(c.cf ? c.cf[i] : null),
      notes: inc.val("notes", i) || ""
    };
  }

  function toCsv(fields, records) {
    var lines = [fields.join(",")];
    records.forEach(function (r) {
      lines.push(fields.map(function (f) {
        var v = r[f];
        if (f === "evidence_spans") {     /* as Python's json.dumps writes it */
          v = "[" + (v || []).map(function (s) { return "[" + s[0] + ", " + s[1] + "]"; }).join(", ") + "]";
        }
        return csvCell(v);
      }).join(","));
    });
    return lines.join("\n") + "\n";
  }

  function toGeoJson(fields, records) {
    return JSON.stringify({
      type: "FeatureCollection",
      features: records.map(function (r) {
        var props = {};
        fields.forEach(function (f) { props[f] = r[f] === undefined ? null : r[f]; });
        return { type: "Feature", properties: props, geometry: { type: "Point", coordinates: [r.longitude, r.latitude] } };
      })
    }) + "\n";
  }

  function exportText(record, filters, kind) {
    var fields = record.spec.fields, inc = record.inc;
    var recs = filters.shownIndices().map(function (i) {
      var rec = tableRecord(inc, i);
      /* the other table columns (geocoding, point source ...) travel as "f:<name>" columns */
      fields.forEach(function (f) { if (!(f in rec)) { rec[f] = inc.val("f:" + f, i); } });
      return rec;
    });
    return kind === "csv" ? toCsv(fields, recs) : toGeoJson(fields, recs);
  }

  function exportShown(record, filters, kind) {
    var text = exportText(record, filters, kind);
    var blob = new Blob([text], { type: kind === "csv" ? "text/csv;charset=utf-8" : "application/geo+json" });
    var url = URL.createObjectURL(blob);
    var a = document.createElement("a");
    a.href = url;
    a.download = "geomap-incidents-shown." + kind;
    a.style.display = "none";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
  }

  /* ------------------------------------------------- popups clear of panels */
  /* Pans the map so that a popup lies inside the map and off every panel (title, time,
   * timeline, legend, search, layer control), moving it as little as possible; when no
   * position is free of all of them, the top panels win (the heading and date stay visible). */
  function keepPopupClear(map, popup) {
    var node = popup.getElement && popup.getElement();
    if (!node) { return; }
    var cont = map.getContainer(), cb = cont.getBoundingClientRect();
    var pb = node.getBoundingClientRect();
    var rect = { left: pb.left, top: pb.top, right: pb.right, bottom: pb.bottom };
    var obstacles = [];
    cont.querySelectorAll(".gm-title, .gm-time, .gm-timeline, .gm-legend, .gm-search, .gm-unplaced, .gm-tallies," +
                          ".leaflet-control-layers, .leaflet-control-zoom").forEach(function (e) {
      var b = e.getBoundingClientRect();
      if (b.width && b.height) { obstacles.push(b); }
    });
    var dx = 0, dy = 0;
    function shifted(sx, sy) { return { left: rect.left + sx, right: rect.right + sx, top: rect.top + sy, bottom: rect.bottom + sy }; }
    function inside(r) {
      return r.left >= cb.left + MARGIN && r.right <= cb.right - MARGIN && r.top >= cb.top + MARGIN && r.bottom <= cb.bottom - MARGIN;
    }
    function hits(r, b) {
      return r.left < b.right + MARGIN && r.right > b.left - MARGIN && r.top < b.bottom + MARGIN && r.bottom > b.top - MARGIN;
    }
    function clear(r) { return inside(r) && !obstacles.some(function (b) { return hits(r, b); }); }
    /* candidate positions: every edge of every obstacle and of the map, tried nearest first */
    var xs = [0], ys = [0];
    obstacles.forEach(function (b) {
      xs.push(b.right + MARGIN - rect.left, b.left - MARGIN - rect.right);
      ys.push(b.bottom + MARGIN - rect.top, b.top - MARGIN - rect.bottom);
    });
    xs.push(cb.left + MARGIN - rect.left, cb.right - MARGIN - rect.right);
    ys.push(cb.top + MARGIN - rect.top, cb.bottom - MARGIN - rect.bottom);
    var best = null;
    xs.forEach(function (sx) {
      ys.forEach(function (sy) {
        var cost = Math.abs(sx) + Math.abs(sy);
        if ((!best || cost < best.cost) && clear(shifted(sx, sy))) { best = { x: sx, y: sy, cost: cost }; }
      });
    });
    if (best) {
      dx = best.x;
      dy = best.y;
    } else {
      /* no free spot: below the top panels and inside the map's left and right edges */
      var topLimit = cb.top + MARGIN;
      obstacles.forEach(function (b) { if (b.top < cb.top + cb.height / 3 && hits({ left: rect.left, right: rect.right, top: b.top, bottom: b.bottom }, b)) { topLimit = Math.max(topLimit, b.bottom + MARGIN); } });
      dy = topLimit - rect.top;
      if (rect.left < cb.left + MARGIN) { dx = cb.left + MARGIN - rect.left; }
      else if (rect.right > cb.right - MARGIN) { dx = cb.right - MARGIN - rect.right; }
    }
    if (dx || dy) { map.panBy([-dx, -dy], { animate: false }); }
  }

  /* ---------------------------------------------------------------- main */
  GEOMAP.controls = function (record) {
    var map = record.map;
    var filters = new Filters(record);
    record.filters = filters;
    record.legend = legendControl(record, filters);
    record.search = searchControl(record, filters);
    record.time = timeControls(record, filters);
    /* on a narrow map the centred time panel can reach the search box: move the box below it */
    function unstack() {
      var box = record.search.getContainer(), time = map.getContainer().querySelector(".gm-time");
      box.style.marginTop = "";
      if (!time) { return; }
      var a = box.getBoundingClientRect(), b = time.getBoundingClientRect();
      if (a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top) {
        box.style.marginTop = (10 + b.bottom - a.top + 6) + "px";
      }
    }
    unstack();
    map.on("resize", unstack);
    record.exportText = function (kind) { return exportText(record, filters, kind); };
    record.keepPopupClear = function (popup) { keepPopupClear(map, popup); };
    map.on("popupopen", function (e) {
      if (e.popup.options.gmClear) { keepPopupClear(map, e.popup); }
    });
    filters.apply(true);      /* totals for the legend and the timeline; everything is drawn already */
    return filters;
  };
}());
