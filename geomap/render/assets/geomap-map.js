/* geomap's map script: draws a geomap "spec" (JSON written by geomap.render) on a
 * Leaflet map. Written for geomap (MIT). Inlined into every map page by
 * geomap/_assets.py, so it must not load anything from the network.
 *
 * Every piece of text that came from an article or a table is put on the page
 * with textContent or createTextNode, never innerHTML: maps are shared, and a
 * report that contains markup must show it as text and run nothing.
 */
(function () {
  "use strict";

  var GEOMAP = window.GEOMAP = window.GEOMAP || { maps: {}, errors: [] };

  var TIME_PRECISION = { 1: "exact day", 2: "within a week", 3: "within a month" };
  var GEO_PRECISION = { 1: "at the place", 2: "near the place", 3: "in the region" };
  var DAY_MS = 86400000;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function dayToIso(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  function radiusFor(fatalities) {
    if (fatalities === null || fatalities === undefined) { return 5; }
    return Math.min(22, 5 + 2.2 * Math.sqrt(Math.max(0, fatalities)));
  }

  function guard(control) {
    L.DomEvent.disableClickPropagation(control);
    L.DomEvent.disableScrollPropagation(control);
    return control;
  }

  function addControl(map, position, build) {
    var C = L.Control.extend({ options: { position: position }, onAdd: function () { return guard(build()); } });
    var c = new C();
    c.addTo(map);
    return c;
  }

  /* ------------------------------------------------------------ incidents */
  function Incidents(spec) {
    var c = spec.incidents, s = spec.strings;
    this.c = c;
    this.s = s;
    this.types = spec.types;
    this.n = c.lat.length;
    /* where each incident is drawn: its coordinates, except an incident known only by its
     * province or country (geo_precision 3), drawn at the area's label point (spec.areas,
     * row -> area in column "ap"); the data (popup, exports) keeps the coordinates */
    this.areas = spec.areas || [];
    var n = this.n, dlat = this.dlat = new Float64Array(n), dlon = this.dlon = new Float64Array(n);
    for (var i = 0; i < n; i++) { dlat[i] = c.lat[i]; dlon[i] = c.lon[i]; }
    var ap = c.ap, areas = this.areas;
    if (ap) {
      Object.keys(ap).forEach(function (k) {
        var a = ap[k];
        if (a !== null && a !== undefined && areas[a]) { dlat[+k] = areas[a][0]; dlon[+k] = areas[a][1]; }
      });
    }
  }
  /* the area an incident is drawn at ([lat, lon, "Al Anbar, Iraq", "Natural Earth label point of Al-Anbar"]), or null */
  Incidents.prototype.area = function (i) {
    var a = this.val("ap", i);
    return a === null ? null : this.areas[a] || null;
  };
  /* a column's value, or null: optional columns may be absent, or sparse ({"row": value}) */
  Incidents.prototype.val = function (col, i) {
    var c = this.c[col];
    if (!c) { return null; }
    var v = c[i];
    return v === undefined ? null : v;
  };
  Incidents.prototype.str = function (col, i) {
    var v = this.val(col, i);
    return v === null ? "" : this.s[v];
  };
  /* the source as a link when the input gives an http(s) URL, else as text ("" when unknown) */
  Incidents.prototype.sourceNode = function (i) {
    var src = this.str("src", i), url = this.val("url", i), title = this.str("stitle", i);
    if (!url || !/^https?:\/\//i.test(url)) { return title && src ? title + " (" + src + ")" : (title || src); }
    var a = el("a", "gm-source-link", title || src || url);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    a.title = url;
    if (title && src && src !== url) {
      var span = el("span");
      span.appendChild(a);
      span.appendChild(document.createTextNode(" (" + src + ")"));
      return span;
    }
    return a;
  };
  Incidents.prototype.fatalitiesText = function (i) {
    var f = this.c.fat[i];
    if (f === null || f === undefined) { return "not reported"; }
    var q = this.str("fq", i);
    return (q ? q + " " : "") + f;
  };
  Incidents.prototype.dateText = function (i) {
    var d = this.c.day[i];
    if (d === null || d === undefined) {
      var raw = this.str("draw", i);
      return raw ? raw + " (not a calendar date)" : "date not stated";
    }
    var p = TIME_PRECISION[this.c.tp[i]];
    return dayToIso(d) + " (" + (p || "precision unknown") + ")";
  };
  Incidents.prototype.typeText = function (i) {
    var t = this.types[this.c.type[i]].name, sub = this.str("sub", i);
    return sub && sub !== t ? t + " \u2014 " + sub : t;
  };
  Incidents.prototype.placeText = function (i) {
    var loc = this.str("loc", i) || "(unnamed place)";
    var p = GEO_PRECISION[this.c.gp[i]];
    var cf = this.c.cf ? this.c.cf[i] : null, area = this.area(i);
    return loc + " \u2014 " + (p ? "located " + p : "location precision unknown") +
      " (" + this.c.lat[i].toFixed(4) + ", " + this.c.lon[i].toFixed(4) + ")" +
      (area ? "; known only to be somewhere in " + area[2] + ", so drawn at its label point (" + area[3] + ", " +
              area[0].toFixed(4) + ", " + area[1].toFixed(4) + ")" : "") +
      (cf === null || cf === undefined ? "" : "; confidence " + cf.toFixed(2));
  };
  Incidents.prototype.actorsText = function (i) {
    var a1 = this.str("a1", i), a2 = this.str("a2", i);
    if (a1 && a2) { return a1 + " vs " + a2; }
    return a1 || a2 || "not reported";
  };
  Incidents.prototype.popup = function (i) {
    var box = el("div", "gm-popup");
    box.appendChild(el("div", "gm-popup-title", this.typeText(i)));
    var tbl = el("table", "gm-popup-table");
    var rows = [["Date", this.dateText(i)], ["Actors", this.actorsText(i)],
                ["Fatalities", this.fatalitiesText(i)], ["Place", this.placeText(i)]];
    var src = this.sourceNode(i);
    if (src) { rows.push(["Source", src]); }
    var inr = this.c.route[i];
    if (inr !== null && inr !== undefined) { rows.push(["Route", this.s[inr]]); }
    for (var r = 0; r < rows.length; r++) {
      var tr = el("tr");
      tr.appendChild(el("th", null, rows[r][0]));
      var td = el("td");
      if (typeof rows[r][1] === "string") { td.textContent = rows[r][1]; } else { td.appendChild(rows[r][1]); }
      tr.appendChild(td);
      tbl.appendChild(tr);
    }
    box.appendChild(tbl);
    var ev = this.c.ev[i];
    if (ev) {
      box.appendChild(el("div", "gm-popup-label", "Evidence"));
      box.appendChild(el("blockquote", "gm-evidence", ev));
    }
    var notes = this.val("notes", i);
    if (notes) {
      box.appendChild(el("div", "gm-popup-label", "Notes"));
      box.appendChild(el("div", "gm-notes", notes));
    }
    return box;
  };
  Incidents.prototype.tooltip = function (i) {
    var d = this.c.day[i], f = this.c.fat[i], area = this.area(i);
    var parts = [d === null || d === undefined ? (this.str("draw", i) || "undated") : dayToIso(d),
                 this.str("sub", i) || this.types[this.c.type[i]].name,
                 area ? "somewhere in " + area[2] + ", drawn at its label point"
                      : (this.c.gp[i] === 3 ? "somewhere in " : "") + this.str("loc", i)];
    if (f !== null && f !== undefined) { parts.push(this.fatalitiesText(i) + " killed"); }
    return el("div", "gm-tooltip", parts.filter(function (p) { return p; }).join(" \u00b7 "));
  };


  /* --------------------------------------------------------- point layer */
  /* All incidents on one canvas: projected once, drawn in a few paths per
   * colour, hit-tested with a screen grid. Fast for 100,000 points, where one
   * Leaflet layer per incident is not. The canvas takes no pointer events;
   * hover and click are read from the map, so layers under it stay usable. */
  /* Below zoom `clusterBelowZoom`, a screen grid (cells of `clusterCell` pixels, fixed to
   * the world so they do not jump while panning) aggregates the incidents of any cell that
   * holds `clusterMin` or more into one counted circle; the cells shrink on the ground as
   * one zooms in, so clusters split, and at high zoom every incident is drawn. */
  var PointLayer = L.Layer.extend({
    options: { pane: "gmIncidents", tolerance: 3, clusterBelowZoom: 11, clusterCell: 64, clusterMin: 12 },

    initialize: function (inc, styles, options) {
      L.setOptions(this, options);
      var n = inc.n, c = inc.c, dlat = inc.dlat, dlon = inc.dlon;
      this._inc = inc;
      this._n = n;
      this._x0 = new Float64Array(n);
      this._y0 = new Float64Array(n);
      this._r = new Float32Array(n);
      this._visible = new Uint8Array(n);
      this._inCluster = new Uint8Array(n);
      this._cellKey = new Float64Array(n);
      this.clusters = [];
      this._style = new Uint16Array(n);
      this._styles = styles;          /* [{fill, stroke, weight}] */
      /* Web Mercator at zoom 0, as L.CRS.EPSG3857.latLngToPoint(latlng, 0) gives it, without
       * making two objects per incident */
      var MAXLAT = L.Projection.SphericalMercator.MAX_LATITUDE, D2R = Math.PI / 180;
      for (var i = 0; i < n; i++) {
        var lat = Math.max(Math.min(MAXLAT, dlat[i]), -MAXLAT) * D2R, sin = Math.sin(lat);
        this._x0[i] = 256 * (0.5 + dlon[i] / 360);
        this._y0[i] = 256 * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
        this._r[i] = Math.round(radiusFor(c.fat[i]) * 2) / 2;
        this._visible[i] = 1;
        this._style[i] = styles.index(i);
      }
      /* incidents at the very same point (a country centroid, say) are fanned out around it
       * on screen, so each one can be seen and clicked; the point's key is its lat/lon in
       * 1e-5 degrees (the page's rounding), one number */
      this._dupK = new Uint16Array(n);
      this._dupN = new Uint16Array(n);
      var first = new Map(), groups = null;
      for (var d = 0; d < n; d++) {
        var key = Math.round((dlat[d] + 90) * 1e5) * 4e7 + Math.round((dlon[d] + 180) * 1e5);
        var at = first.get(key);
        if (at === undefined) { first.set(key, d); continue; }
        groups = groups || new Map();
        var list = groups.get(at);
        if (!list) { groups.set(at, list = [at]); }
        list.push(d);
      }
      if (groups) {
        groups.forEach(function (list) {
          for (var m = 0; m < list.length; m++) { this._dupK[list[m]] = m; this._dupN[list[m]] = Math.min(list.length, 65535); }
        }, this);
      }
      /* draw big circles first so small ones stay on top and clickable: a counting sort on
       * the radius (few distinct values), input order within one radius */
      var byR = new Map(), r = this._r;
      for (var k = 0; k < n; k++) { byR.set(r[k], (byR.get(r[k]) || 0) + 1); }
      var radii = Array.from(byR.keys()).sort(function (a, b) { return b - a; }), start = new Map(), pos = 0;
      radii.forEach(function (rad) { start.set(rad, pos); pos += byR.get(rad); });
      var order = new Uint32Array(n);
      for (var q = 0; q < n; q++) { var p0 = start.get(r[q]); order[p0] = q; start.set(r[q], p0 + 1); }
      this._order = order;
      this.drawnCount = 0;
    },

    onAdd: function (map) {
      if (!map.getPane(this.options.pane)) {
        map.createPane(this.options.pane);
        map.getPane(this.options.pane).style.zIndex = 450;
        map.getPane(this.options.pane).style.pointerEvents = "none";
      }
      this._canvas = L.DomUtil.create("canvas", "gm-points leaflet-zoom-animated");
      this._canvas.style.pointerEvents = "none";
      this.getPane().appendChild(this._canvas);
      map.on("moveend resize", this.redraw, this);
      map.on("zoomanim", this._animateZoom, this);
      map.on("mousemove", this._onMove, this);
      map.on("click", this._onClick, this);
      map.on("mouseout", this._onOut, this);
      this.redraw();
    },

    onRemove: function (map) {
      map.off("moveend resize", this.redraw, this);
      map.off("zoomanim", this._animateZoom, this);
      map.off("mousemove", this._onMove, this);
      map.off("click", this._onClick, this);
      map.off("mouseout", this._onOut, this);
      this._onOut();
      L.DomUtil.remove(this._canvas);
      this._canvas = null;
      this._grid = null;
      this.drawnCount = 0;
    },

    setVisible: function (i, on) { this._visible[i] = on ? 1 : 0; },
    isVisible: function (i) { return this._visible[i] === 1; },
    visibleCount: function () {
      var k = 0;
      for (var i = 0; i < this._n; i++) { k += this._visible[i]; }
      return k;
    },
    /* where incident i is drawn (its data coordinates, or its area's label point) */
    latLng: function (i) { return L.latLng(this._inc.dlat[i], this._inc.dlon[i]); },

    _animateZoom: function (e) {
      if (!this._bounds) { return; }
      var scale = this._map.getZoomScale(e.zoom),
          offset = this._map._latLngBoundsToNewLayerBounds(this._bounds, e.zoom, e.center).min;
      L.DomUtil.setTransform(this._canvas, offset, scale);
    },

    redraw: function () {
      var map = this._map;
      if (!map || !this._canvas) { return this; }
      var size = map.getSize(), dpr = window.devicePixelRatio || 1;
      var topLeft = map.containerPointToLayerPoint([0, 0]);
      var canvas = this._canvas;
      L.DomUtil.setPosition(canvas, topLeft);
      canvas.width = Math.round(size.x * dpr);
      canvas.height = Math.round(size.y * dpr);
      canvas.style.width = size.x + "px";
      canvas.style.height = size.y + "px";
      this._bounds = L.latLngBounds(map.containerPointToLatLng([0, 0]), map.containerPointToLatLng(size));
      var ctx = canvas.getContext("2d");
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, size.x, size.y);

      var s = map.options.crs.scale(map.getZoom()) / map.options.crs.scale(0);
      var origin = map.getPixelOrigin();
      var ox = origin.x + topLeft.x, oy = origin.y + topLeft.y;
      var sx = this._sx = this._sx || new Float32Array(this._n);
      var sy = this._sy = this._sy || new Float32Array(this._n);
      var o = this.options, cell = o.clusterCell, keys = this._cellKey, inCl = this._inCluster;
      var clustering = map.getZoom() < o.clusterBelowZoom;
      var cellCount = clustering ? new Map() : null;
      var drawn = 0, points = 0, order = this._order, n = order.length, k, i, x, y, r;
      /* pass 1: where each shown incident is on screen, and how many fall in each grid cell */
      for (k = 0; k < n; k++) {
        i = order[k];
        inCl[i] = 0;
        if (!this._visible[i]) { sx[i] = NaN; keys[i] = -1; continue; }
        var ax = this._x0[i] * s - ox, ay = this._y0[i] * s - oy;
        x = ax;
        y = ay;
        r = this._r[i];
        if (this._dupN[i] > 1) {
          var off = this._fanOffset(i);
          x += off.x;
          y += off.y;
        }
        sx[i] = x;
        sy[i] = y;
        /* while clustering, an incident counts where its point is, not where its fan puts it:
         * incidents sharing a point (an area's label point) make one cluster there */
        if (clustering) { x = ax; y = ay; }
        if (x < -r - 3 || y < -r - 3 || x > size.x + r + 3 || y > size.y + r + 3) { keys[i] = -1; continue; }
        if (clustering) {
          var key = Math.floor((this._x0[i] * s) / cell) * 1048576 + Math.floor((this._y0[i] * s) / cell);
          keys[i] = key;
          cellCount.set(key, (cellCount.get(key) || 0) + 1);
        } else {
          keys[i] = 0;
        }
      }
      /* pass 2: single incidents as pre-drawn images (one per style and radius, copied at
       * whole pixels: far cheaper than paths); crowded cells summed into clusters */
      var groups = new Map();
      for (k = 0; k < n; k++) {
        i = order[k];
        if (keys[i] === -1) { continue; }
        drawn++;
        if (clustering && cellCount.get(keys[i]) >= o.clusterMin) {
          inCl[i] = 1;
          var g = groups.get(keys[i]);
          if (!g) { groups.set(keys[i], g = { key: keys[i], n: 0, x: 0, y: 0, fat: 0, tc: {} }); }
          g.n++;
          g.tc[this._inc.c.type[i]] = (g.tc[this._inc.c.type[i]] || 0) + 1;
          g.x += this._x0[i] * s - ox;
          g.y += this._y0[i] * s - oy;
          g.fat += this._inc.c.fat[i] || 0;
          continue;
        }
        points++;
        var sp = this._sprite(this._style[i], this._r[i], dpr);
        ctx.drawImage(sp.canvas, Math.round(sx[i] - sp.half), Math.round(sy[i] - sp.half), sp.size, sp.size);
      }
      var clusters = [], types = this._inc.types;
      groups.forEach(function (g) {
        g.x /= g.n;
        g.y /= g.n;
        /* coloured by the event type most of its members have (the first listed on a tie) */
        var best = -1, most = 0;
        Object.keys(g.tc).forEach(function (t) {
          t = +t;
          if (g.tc[t] > most || (g.tc[t] === most && t < best)) { best = t; most = g.tc[t]; }
        });
        g.type = best;
        g.share = most / g.n;
        g.color = types[best].color;
        g.r = Math.min(30, 12 + 3.2 * Math.log(g.n / o.clusterMin + 1) / Math.LN2);
        clusters.push(g);
      });
      clusters.forEach(function (g) { drawCluster(ctx, g); });
      this.clusters = clusters;
      this._grid = null;   /* the hit-test grid is built on the first hover or click */
      this._size = size;
      this.drawnCount = drawn;          /* incidents on screen, alone or in a cluster */
      this.pointsDrawn = points;        /* incidents drawn as their own symbol */
      this.fire("drawn", { count: drawn });
      return this;
    },

    /* the cluster under a container point, or null */
    clusterAt: function (pt) {
      for (var k = this.clusters.length - 1; k >= 0; k--) {
        var g = this.clusters[k], dx = g.x - pt.x, dy = g.y - pt.y;
        if (dx * dx + dy * dy <= (g.r + 2) * (g.r + 2)) { return g; }
      }
      return null;
    },

    /* the incidents a cluster holds, and their bounds */
    clusterMembers: function (g) {
      var out = [], b = L.latLngBounds([]);
      for (var i = 0; i < this._n; i++) {
        if (this._inCluster[i] && this._cellKey[i] === g.key) { out.push(i); b.extend(this.latLng(i)); }
      }
      return { indices: out, bounds: b };
    },

    _sprite: function (style, r, dpr) {
      var cache = this._sprites || (this._sprites = {});
      var key = style + ":" + r + ":" + dpr;
      var sp = cache[key];
      if (sp) { return sp; }
      var sty = this._styles.list[style];
      var half = r + sty.weight / 2 + 1, size = 2 * half;
      var cv = document.createElement("canvas");
      cv.width = Math.ceil(size * dpr);
      cv.height = Math.ceil(size * dpr);
      var ctx = cv.getContext("2d");
      ctx.scale(dpr, dpr);
      ctx.beginPath();
      ctx.arc(half, half, r, 0, 2 * Math.PI);
      if (sty.gp === 1) {
        ctx.globalAlpha = 0.85;
        ctx.fillStyle = sty.fill;
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.lineWidth = sty.weight;
        ctx.strokeStyle = sty.stroke;
        ctx.stroke();
      } else {     /* 2: a ring; 3 (only the area known): a hollow dashed circle */
        ctx.globalAlpha = sty.gp === 2 ? 0.25 : 0.08;
        ctx.fillStyle = sty.fill;
        ctx.fill();
        ctx.globalAlpha = 1;
        if (sty.gp === 3) { ctx.setLineDash([3, 2]); }
        ctx.lineWidth = 2.5;
        ctx.strokeStyle = sty.fill;
        ctx.stroke();
      }
      sp = cache[key] = { canvas: cv, half: half, size: cv.width / dpr };
      return sp;
    },

    _buildGrid: function () {
      var size = this._size, CELL = 32;
      var cols = Math.ceil(size.x / CELL) + 1, rows = Math.ceil(size.y / CELL) + 1;
      var grid = new Array(cols * rows), order = this._order, sx = this._sx, sy = this._sy;
      for (var k = 0; k < order.length; k++) {
        var i = order[k], x = sx[i], y = sy[i], r = this._r[i];
        if (!this._visible[i] || this._inCluster[i] || x !== x || x < -r || y < -r || x > size.x + r || y > size.y + r) { continue; }
        var c0 = Math.max(0, Math.floor((x - r) / CELL)), c1 = Math.min(cols - 1, Math.floor((x + r) / CELL));
        var r0 = Math.max(0, Math.floor((y - r) / CELL)), r1 = Math.min(rows - 1, Math.floor((y + r) / CELL));
        for (var gx = c0; gx <= c1; gx++) {
          for (var gy = r0; gy <= r1; gy++) {
            var cell = gx + gy * cols;
            (grid[cell] || (grid[cell] = [])).push(k);
          }
        }
      }
      return (this._grid = { cell: CELL, cols: cols, rows: rows, cells: grid });
    },

    /* every incident under a container point, the top one (drawn last) first */
    hitAll: function (pt) {
      if (!this._size) { return []; }
      var g = this._grid || this._buildGrid();
      var gx = Math.floor(pt.x / g.cell), gy = Math.floor(pt.y / g.cell);
      if (gx < 0 || gy < 0 || gx >= g.cols || gy >= g.rows) { return []; }
      var list = g.cells[gx + gy * g.cols];
      if (!list) { return []; }
      var found = [], tol = this.options.tolerance;
      for (var j = 0; j < list.length; j++) {
        var i = this._order[list[j]];
        if (!this._visible[i] || this._inCluster[i]) { continue; }
        var dx = this._sx[i] - pt.x, dy = this._sy[i] - pt.y, r = this._r[i] + tol;
        if (dx * dx + dy * dy <= r * r) { found.push(list[j]); }
      }
      found.sort(function (x, y) { return y - x; });
      var order = this._order;
      return found.map(function (k) { return order[k]; });
    },

    /* index of the top incident under a container point, or -1 */
    hit: function (pt) {
      var all = this.hitAll(pt);
      return all.length ? all[0] : -1;
    },

    /* screen offset of an incident that shares its point with others (fanned out around it) */
    /* a ring for up to 12; more (all the incidents known only by one province, drawn at its
     * label point) fill a disc around the point, sunflower-wise, rather than a ring hundreds
     * of pixels wide */
    _fanOffset: function (i) {
      var n = this._dupN[i], k = this._dupK[i], a, spread;
      if (n < 2) { return L.point(0, 0); }
      if (n <= 12) { a = 2 * Math.PI * k / n; spread = 8 + 2 * n; }
      else { a = 2.399963 * k; spread = 10 + 7 * Math.sqrt(k); }
      return L.point(spread * Math.cos(a), spread * Math.sin(a));
    },

    /* where incident i is drawn now, in container pixels */
    containerPoint: function (i) {
      return this._map.latLngToContainerPoint(this.latLng(i)).add(this._fanOffset(i));
    },

    _onMove: function (e) {
      var g = this.clusterAt(e.containerPoint);
      var i = g ? -1 : this.hit(e.containerPoint);
      var hover = g ? "c" + g.key : i;
      if (hover === this._hover) { return; }
      this._hover = hover;
      this._map.getContainer().style.cursor = (g || i >= 0) ? "pointer" : "";
      if (g) { this.fire("gmclusterover", { cluster: g }); return; }
      this.fire(i >= 0 ? "gmover" : "gmout", { index: i });
    },
    _onOut: function () {
      if (this._hover !== undefined && this._hover !== -1) { this.fire("gmout", { index: -1 }); }
      this._hover = -1;
      if (this._map) { this._map.getContainer().style.cursor = ""; }
    },
    _onClick: function (e) {
      var g = this.clusterAt(e.containerPoint);
      if (g) { this.fire("gmclusterclick", { cluster: g }); return; }
      var all = this.hitAll(e.containerPoint);
      if (all.length) { this.fire("gmclick", { index: all[0], indices: all }); }
    }
  });

  function clusterLabel(n) {
    return n >= 10000 ? Math.round(n / 1000) + "k" : n >= 1000 ? (n / 1000).toFixed(1) + "k" : String(n);
  }

  /* a cluster: a disc in the colour of its most common event type, a halo, and its count */
  function drawCluster(ctx, g) {
    ctx.beginPath();
    ctx.arc(g.x, g.y, g.r + 3, 0, 2 * Math.PI);
    ctx.globalAlpha = 0.3;
    ctx.fillStyle = g.color;
    ctx.fill();
    ctx.globalAlpha = 0.9;
    ctx.beginPath();
    ctx.arc(g.x, g.y, g.r, 0, 2 * Math.PI);
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = "#ffffff";
    ctx.stroke();
    ctx.font = "600 11px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.lineWidth = 2.5;                       /* a dark edge keeps the count legible on light colours */
    ctx.strokeStyle = "rgba(0, 0, 0, 0.55)";
    ctx.strokeText(clusterLabel(g.n), g.x, g.y + 0.5);
    ctx.fillStyle = "#ffffff";
    ctx.fillText(clusterLabel(g.n), g.x, g.y + 0.5);
  }

  /* --------------------------------------------------------------- layers */
  /* the screen boxes (at zoom z, in projected pixels) the waypoint names of the routes shown
   * take, so the basemap's names give way to them: a label right of each waypoint's dot
   * (the tooltips of routeLayers: direction "right", offset 6 px, Leaflet's 6 px margin).
   * A waypoint name that would overlap one before it on the route (Al Bukamal, 8 km from
   * Al Qaim) goes to the left of its dot, or, overlapping there too, is hidden at that
   * zoom (its dot stays). */
  function routeLabelBoxes(map, routes) {
    var measure = document.createElement("canvas").getContext("2d");
    measure.font = "600 11px " + (window.getComputedStyle(map.getContainer()).fontFamily || "sans-serif");
    var widths = {};
    return function (z) {
      var out = [];
      routes.forEach(function (r) {
        if (!map.hasLayer(r.group)) { return; }
        r.waypoints.forEach(function (w, k) {
          var p = map.project([w.lat, w.lon], z);
          var wd = widths[w.name] || (widths[w.name] = measure.measureText(w.name).width + 10);
          function free(b) { return !out.some(function (o) { return b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]; }); }
          var right = [p.x - 6, p.y - 9, p.x + 12 + wd, p.y + 9], left = [p.x - 12 - wd, p.y - 9, p.x + 6, p.y + 9];
          var side = free(right) ? "right" : free(left) ? "left" : null;
          var tt = r.dots[k] && r.dots[k].getTooltip(), node = tt && tt.getElement();
          if (tt && side && tt.options.direction !== side) {
            tt.options.direction = side;
            tt.options.offset = L.point(side === "right" ? 6 : -6, 0);
            if (node) { tt.update(); }
          }
          if (node) { L.DomUtil[side ? "removeClass" : "addClass"](node, "gm-label-hidden"); }
          if (side) { out.push(side === "right" ? right : left); }
        });
      });
      return out;
    };
  }

  function basemapLayer(map, spec, routes) {
    if (!spec.basemap) { return null; }
    if (!map.getPane("gmBasemap")) {
      map.createPane("gmBasemap");
      map.getPane("gmBasemap").style.zIndex = 150;   /* under the tile pane (200) */
      map.getPane("gmBasemap").style.pointerEvents = "none";
    }
    var renderer = L.canvas({ pane: "gmBasemap", padding: 0.5 });
    if (window.geomapDecodeBasemap) { spec.basemap = window.geomapDecodeBasemap(spec.basemap); }
    var borders = !!(spec.layers && spec.layers.borders);   /* land borders drawn as lines: no outlines */
    var land = L.geoJSON(spec.basemap, {
      renderer: renderer, pane: "gmBasemap", interactive: false,
      style: function (f) {
        return (f.properties || {}).DISPUTED ? { color: "#8c8c8c", weight: 0.8, dashArray: "4 3", fillColor: "#ece6d6", fillOpacity: 1 }
          : { stroke: !borders, color: "#8c8c8c", weight: 0.8, fillColor: "#f2efe6", fillOpacity: 1 };
      }
    });
    var labels = L.layerGroup();
    spec.basemap.features.forEach(function (f) {
      var p = f.properties || {};
      if (typeof p.LABEL_X === "number" && typeof p.LABEL_Y === "number" && p.NAME) {
        var t = el("span", null, p.NAME);
        labels.addLayer(L.marker([p.LABEL_Y, p.LABEL_X], {
          interactive: false, keyboard: false, pane: "gmBasemap",
          icon: L.divIcon({ className: "gm-country-label", html: t, iconSize: null })
        }));
      }
    });
    var group = L.layerGroup([land, labels]);
    if (window.geomapBasemapExtras) {
      window.geomapBasemapExtras(map, spec, group, land, routes && routes.length ? routeLabelBoxes(map, routes) : null);
    }
    function zoomLabels() {
      var c = map.getContainer();
      if (map.getZoom() >= 4) { L.DomUtil.addClass(c, "gm-show-country-labels"); }
      else { L.DomUtil.removeClass(c, "gm-show-country-labels"); }
    }
    map.on("zoomend", zoomLabels);
    zoomLabels();
    group.gmLand = land;
    return group;
  }

  function routeLayers(map, spec, renderer) {
    var out = [];
    if (spec.routes.length && !map.getPane("gmRouteMarks")) {
      map.createPane("gmRouteMarks");                       /* arrows: above lines, under incidents */
      map.getPane("gmRouteMarks").style.zIndex = 440;
      map.getPane("gmRouteMarks").style.pointerEvents = "none";
    }
    spec.routes.forEach(function (r) {
      var g = L.featureGroup();
      var buffer = null;
      if (r.buffer) {
        buffer = L.geoJSON(r.buffer, {
          renderer: renderer, interactive: false,
          style: function () { return { color: "#0b6e4f", weight: 1, dashArray: "4 4", fillColor: "#0b6e4f", fillOpacity: 0.12 }; }
        });
      }
      var line = L.polyline(r.line, { renderer: renderer, color: "#0b6e4f", weight: 3.5, opacity: 0.9 });
      line.bindTooltip(el("span", null, r.name + (r.length_km ? " (" + Math.round(r.length_km) + " km)" : "")), { sticky: true });
      g.addLayer(line);
      r.arrows.forEach(function (a) {
        var p1 = map.options.crs.latLngToPoint(L.latLng(a[0], a[1]), 0);
        var p2 = map.options.crs.latLngToPoint(L.latLng(a[2], a[3]), 0);
        var deg = Math.atan2(p2.y - p1.y, p2.x - p1.x) * 180 / Math.PI;
        var arrow = el("div", "gm-arrow");
        arrow.style.transform = "rotate(" + deg.toFixed(1) + "deg)";
        g.addLayer(L.marker([(a[0] + a[2]) / 2, (a[1] + a[3]) / 2], {
          interactive: false, keyboard: false, pane: "gmRouteMarks",
          icon: L.divIcon({ className: "gm-arrow-icon", html: arrow, iconSize: [14, 14], iconAnchor: [7, 7] })
        }));
      });
      var dots = r.waypoints.map(function (w) {
        var dot = L.circleMarker([w.lat, w.lon], { renderer: renderer, radius: 4, color: "#fff", weight: 1.5, fillColor: "#0b6e4f", fillOpacity: 1 });
        dot.bindTooltip(el("span", null, w.name), { permanent: true, direction: "right", className: "gm-waypoint-label", offset: [6, 0] });
        g.addLayer(dot);
        return dot;
      });
      out.push({ name: r.name, km: r.km, line: line, group: g, buffer: buffer, waypoints: r.waypoints, dots: dots });
    });
    return out;
  }

  function placesLayer(map, spec, renderer, tip) {
    var p = spec.places, g = L.featureGroup();
    for (var i = 0; i < p.lat.length; i++) {
      var m = L.circleMarker([p.lat[i], p.lon[i]], {
        renderer: renderer, radius: 4, color: "#666", weight: 1, opacity: 0.7,
        fillColor: "#bbb", fillOpacity: 0.55, gmPlace: i
      });
      g.addLayer(m);
    }
    function content(i) {
      var box = el("div", "gm-place");
      box.appendChild(el("b", null, p.name[i]));
      if (p.detail[i]) { box.appendChild(el("div", null, p.detail[i])); }
      if (p.texts[i]) { box.appendChild(el("div", "gm-muted", "named in the text as: " + p.texts[i])); }
      return box;
    }
    g.on("mouseover", function (e) { tip(e.layer.getLatLng(), content(e.layer.options.gmPlace)); });
    g.on("mouseout", function () { tip(null); });
    g.on("click", function (e) {
      L.popup({ maxWidth: 320 }).setLatLng(e.layer.getLatLng()).setContent(content(e.layer.options.gmPlace)).openOn(map);
    });
    return g;
  }

  /* ------------------------------------------------------------- controls */
  /* a folded list in the bottom-left corner: what the page shows besides the markers */
  function listControl(map, cls, title, open, fill) {
    return addControl(map, "bottomleft", function () {
      var box = el("div", "gm-panel " + cls);
      var det = el("details");
      det.open = open;
      det.appendChild(el("summary", "gm-panel-title", title));
      var list = el("ol", "gm-unplaced-list");
      fill(list);
      det.appendChild(list);
      box.appendChild(det);
      return box;
    });
  }

  function item(list, head, tail) {
    var li = el("li");
    li.appendChild(head);
    li.appendChild(el("span", "gm-muted", tail));
    list.appendChild(li);
    return li;
  }

  function unplacedControl(map, spec) {
    var un = spec.unplaced, sk = spec.skipped;
    if (!un.length && !sk.length) { return null; }
    var parts = [];
    if (un.length) { parts.push(un.length + (un.length === 1 ? " incident" : " incidents") + " not on the map"); }
    if (sk.length) { parts.push(sk.length + (sk.length === 1 ? " input row" : " input rows") + " skipped"); }
    return listControl(map, "gm-unplaced", parts.join("; "), true, function (list) {
      un.forEach(function (u) {
        var li = item(list, el("b", null, u.label), " \u2014 " + u.reason);
        if (u.evidence) { li.appendChild(el("blockquote", "gm-evidence", u.evidence)); }
      });
      sk.forEach(function (s) { item(list, el("b", null, s.where), " \u2014 skipped: " + s.reason); });
    });
  }

  function talliesControl(map, spec) {
    var ts = spec.tallies || [];
    if (!ts.length) { return null; }
    return listControl(map, "gm-tallies",
      ts.length + (ts.length === 1 ? " tally" : " tallies") + " the reports give (context, not incidents)", false,
      function (list) {
        ts.forEach(function (t) { item(list, el("span", null, t.text), " \u2014 " + t.source); });
      });
  }

  function titleBox(map, spec) {
    if (!spec.title) { return; }
    var t = guard(el("div", "gm-title", spec.title));
    map.getContainer().appendChild(t);
  }

  /* ----------------------------------------------------------------- main */
  /* fit padding that keeps the data clear of the panels: those at the top (title, time,
   * search), the timeline at the bottom and the legend on the right, while that leaves
   * enough of the map; else a plain margin */
  function fitPadding(map) {
    var cont = map.getContainer(), cb = cont.getBoundingClientRect(), size = map.getSize();
    var top = 40, bottom = 40, right = 40, left = 40;
    function each(sel, fn) {
      cont.querySelectorAll(sel).forEach(function (e) { var b = e.getBoundingClientRect(); if (b.width && b.height) { fn(b); } });
    }
    each(".gm-title, .gm-time, .gm-search", function (b) { top = Math.max(top, b.bottom - cb.top + 12); });
    each(".gm-timeline", function (b) { bottom = Math.max(bottom, cb.bottom - b.top + 12); });
    each(".gm-legend", function (b) { right = Math.max(right, cb.right - b.left + 12); });
    if (size.y - top - bottom < 0.4 * size.y) { top = Math.min(top, 0.25 * size.y); bottom = Math.min(bottom, 0.2 * size.y); }
    if (size.x - left - right < 0.5 * size.x) { right = 40; }
    return [[left, Math.round(top)], [right, Math.round(bottom)]];
  }

  function render(map, spec) {
    var t0 = performance.now();
    var inc = new Incidents(spec);
    var record = GEOMAP.maps[spec.id] = { map: map, spec: spec, ready: false, timings: { start: t0 } };
    function mark(name) { record.timings[name] = Math.round(performance.now() - t0); }
    L.DomUtil.addClass(map.getContainer(), "gm-map");
    (spec.credits || []).forEach(function (c) { map.attributionControl.addAttribution(c); });

    /* fit to the data (incidents, else routes, else places) before any layer is added,
     * so nothing is projected twice */
    function extent(lats, lons, b) {
      for (var k = 0; k < lats.length; k++) {
        var la = lats[k], lo = lons[k];
        if (la < b[0]) { b[0] = la; } if (la > b[2]) { b[2] = la; }
        if (lo < b[1]) { b[1] = lo; } if (lo > b[3]) { b[3] = lo; }
      }
      return b;
    }
    var ext = extent(inc.dlat, inc.dlon, [Infinity, Infinity, -Infinity, -Infinity]);
    spec.routes.forEach(function (r) {
      extent(r.line.map(function (p) { return p[0]; }), r.line.map(function (p) { return p[1]; }), ext);
    });
    if (ext[0] === Infinity) { extent(spec.places.lat, spec.places.lon, ext); }
    var renderer = L.canvas({ padding: 0.5, tolerance: 2 });

    /* shared tooltip: one object for all markers, content built on hover */
    var tooltip = L.tooltip({ direction: "top", offset: [0, -6], opacity: 0.95 });
    function tip(latlng, content) {
      if (!latlng) { map.closeTooltip(tooltip); return; }
      tooltip.setLatLng(latlng).setContent(content);
      map.openTooltip(tooltip);
    }

    /* the layers are built first and added after the fit, so nothing is projected twice */
    var routes = routeLayers(map, spec, renderer);
    var places = placesLayer(map, spec, renderer, tip);

    /* one style per (event type, inside a route buffer or not) */
    var c = inc.c, counts = {};
    var styleList = [], styleIndex = {};
    var styles = {
      list: styleList,
      index: function (i) {
        var tk = c.type[i], ring = c.route[i] !== null && c.route[i] !== undefined;
        counts[tk] = (counts[tk] || 0) + 1;
        var gp = c.gp[i] === 2 || c.gp[i] === 3 ? c.gp[i] : 1;
        var key = tk + (ring ? "r" : "") + ":" + gp;
        if (styleIndex[key] === undefined) {
          styleIndex[key] = styleList.length;
          styleList.push({ fill: spec.types[tk].color, stroke: ring ? "#1a1a1a" : "#ffffff", weight: ring ? 2.5 : 1, gp: gp });
        }
        return styleIndex[key];
      }
    };
    mark("routes+places");
    var group = new PointLayer(inc, styles);
    mark("points");
    group.on("gmover", function (e) { tip(group.latLng(e.index), inc.tooltip(e.index)); });
    group.on("gmout", function () { tip(null); });
    /* open the popup of one incident, or of several drawn at the same spot */
    function openIncidents(all, latlng) {
      var content;
      if (all.length === 1) {
        content = inc.popup(all[0]);
      } else {
        /* overlapping markers: one popup lists them all (up to 25) */
        content = el("div", "gm-popup-many");
        content.appendChild(el("div", "gm-popup-count", all.length + " incidents here"));
        all.slice(0, 25).forEach(function (i) { content.appendChild(inc.popup(i)); });
        if (all.length > 25) { content.appendChild(el("div", "gm-muted", "and " + (all.length - 25) + " more: zoom in")); }
      }
      /* autoPan off: geomap's own pan (in the controls) keeps the popup clear of every panel */
      return L.popup({ maxWidth: 360, minWidth: 240, maxHeight: 380, autoPan: false, gmClear: true })
        .setLatLng(latlng).setContent(content).openOn(map);
    }
    group.on("gmclick", function (e) {
      tip(null);
      openIncidents(e.indices || [e.index], group.latLng(e.index));
    });
    group.on("gmclusterover", function (e) {
      var g = e.cluster;
      tip(map.containerPointToLatLng([g.x, g.y - g.r]), el("div", "gm-tooltip", g.n + " incidents" +
        (g.fat ? " \u00b7 " + g.fat + " killed" : "") + " \u00b7 " + (g.share === 1 ? "all " : "mostly ") +
        spec.types[g.type].name + (g.share === 1 ? "" : " (" + Math.round(100 * g.share) + " %)") + " \u2014 click to zoom in"));
    });
    group.on("gmclusterclick", function (e) {
      tip(null);
      var m = group.clusterMembers(e.cluster), z = map.getZoom();
      var target = m.bounds.isValid() ? map.getBoundsZoom(m.bounds, false, L.point(60, 60)) : z + 2;
      target = Math.min(Math.max(target, z + 1), map.getMaxZoom());
      map.setView(m.bounds.isValid() ? m.bounds.getCenter() : map.containerPointToLatLng([e.cluster.x, e.cluster.y]),
        target, { animate: false });
    });
    /* show incident i: centre it at zoom 8 or closer, closer still while it is in a cluster */
    function showIncident(i) {
      map.setView(group.latLng(i), Math.max(map.getZoom(), 8), { animate: false });
      if (group._inCluster[i]) { map.setView(group.latLng(i), group.options.clusterBelowZoom, { animate: false }); }
      return openIncidents([i], group.latLng(i));
    }

    record.inc = inc;
    record.incidents = group;
    record.places = places;
    record.routes = routes;
    record.typeCounts = counts;
    record.openIncidents = openIncidents;
    record.showIncident = showIncident;
    record.tip = tip;
    unplacedControl(map, spec);
    talliesControl(map, spec);
    titleBox(map, spec);
    /* legend with filters, time slider and timeline, search, exports (geomap-controls.js) */
    GEOMAP.controls(record);
    mark("controls");

    if (spec.fit && ext[0] !== Infinity) {
      var pad = fitPadding(map);
      map.fitBounds([[ext[0], ext[1]], [ext[2], ext[3]]],
        { paddingTopLeft: pad[0], paddingBottomRight: pad[1], maxZoom: 9, animate: false });
    } else if (spec.fit) {
      map.setView([30, 40], 3, { animate: false });
    }
    mark("fit");
    var base = basemapLayer(map, spec, routes);
    if (base) { base.addTo(map); }
    mark("basemap");
    routes.forEach(function (r) { if (r.buffer) { r.buffer.addTo(map); } r.group.addTo(map); });
    if (base && base.gmUpdateLabels && routes.length) { base.gmUpdateLabels(); }   /* names give way to the waypoints' */
    if (spec.places.lat.length) { places.addTo(map); }
    group.addTo(map);
    mark("points drawn");

    /* layer control: the offline basemap is the default; tiles are optional */
    var baseLayers = {};
    baseLayers["No tiles (offline)"] = L.layerGroup().addTo(map);
    (spec.tiles || []).forEach(function (t) {
      baseLayers[t.name + " (online)"] = L.tileLayer(t.url, { attribution: t.attribution, maxZoom: t.maxZoom || 18 });
    });
    var overlays = {};
    if (base) { overlays["Natural Earth land and borders"] = base; }
    routes.forEach(function (r) {
      overlays["Route: " + r.name] = r.group;
      if (r.buffer) { overlays["Route buffer: " + r.name + " (" + r.km + " km)"] = r.buffer; }
    });
    if (spec.places.lat.length) { overlays["Other places named"] = places; }
    overlays["Incidents (" + inc.n + ")"] = group;
    var names = Object.keys(overlays);
    var safeOverlays = {};
    names.forEach(function (n) {
      var s = el("span", null, n);       /* names carry route names: text, not markup */
      safeOverlays[s.outerHTML] = overlays[n];
    });
    var layerControl = L.control.layers(baseLayers, safeOverlays, { collapsed: true, position: "topright" }).addTo(map);
    /* keep the drawing order when overlays are switched back on */
    map.on("overlayadd", function () {
      if (map.hasLayer(places)) { places.bringToBack(); }
      routes.forEach(function (r) { if (map.hasLayer(r.group)) { r.line.bringToBack(); } });
      routes.forEach(function (r) { if (r.buffer && map.hasLayer(r.buffer)) { r.buffer.bringToBack(); } });
    });
    mark("layer control");
    record.basemap = base;
    record.layerControl = layerControl;
    record.buildMs = performance.now() - t0;
    /* drawn: canvas renderers repaint on the next animation frame */
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        record.ready = true;
        record.drawnAt = performance.now();
        document.documentElement.setAttribute("data-geomap-ready", "1");
      });
    });
    return record;
  }

  /* shared with geomap-controls.js */
  GEOMAP.util = { el: el, dayToIso: dayToIso, radiusFor: radiusFor, guard: guard, addControl: addControl,
                  DAY_MS: DAY_MS };

  window.geomapRender = function (map, spec) {
    try {
      return render(map, spec);
    } catch (err) {
      GEOMAP.errors.push(String(err && err.stack || err));
      var msg = el("div", "gm-error", "geomap could not draw this map: " + err);
      map.getContainer().appendChild(msg);
      throw err;
    }
  };
}());
