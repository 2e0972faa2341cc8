/* newsgraph view: the two small charts of the page, drawn as plain SVG.
 * NewsgraphCharts.timeline(container, bins, classes, colors, onBrush) draws stacked bars of
 * mentions per bin and class; dragging across it calls onBrush(firstBin, lastBin) (null, null
 * for a click without a drag) and .select(i, j) / .clear() move the brush from outside.
 * NewsgraphCharts.diverging(container, rows, colors) draws cooperative mentions up and
 * conflictual ones down, one bar per bin, for an actor's profile. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";

  function svg(tag, attrs, parent) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function frame(container, height) {
    container.textContent = "";
    var width = Math.max(container.clientWidth || 600, 200);
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height,
      preserveAspectRatio: "none" }, container);
    return { root: root, width: width, height: height };
  }

  function axisLabels(f, bins, left, step, y) {
    var every = Math.max(1, Math.ceil(bins.length / Math.max(1, Math.floor((f.width - left) / 80))));
    bins.forEach(function (b, i) {
      if (i % every) return;
      svg("text", { x: left + i * step + 1, y: y, "class": "axis" }, f.root).textContent = b.start;
    });
  }

  function timeline(container, bins, classes, colors, onBrush) {
    var f = frame(container, 100), left = 4, bottom = 14;
    var step = (f.width - left * 2) / Math.max(bins.length, 1);
    var max = Math.max.apply(null, [1].concat(bins.map(function (b) {
      return classes.reduce(function (s, c) { return s + (b[c] || 0); }, 0);
    })));
    var plot = f.height - bottom - 4;
    bins.forEach(function (b, i) {
      var y = f.height - bottom;
      classes.forEach(function (c) {
        var h = (b[c] || 0) / max * plot;
        if (!h) return;
        y -= h;
        svg("rect", { x: left + i * step + 0.5, y: y, width: Math.max(step - 1, 1), height: h, fill: colors[c],
          "data-bin": i, "data-class": c }, f.root);
      });
    });
    axisLabels(f, bins, left, step, f.height - 2);
    var brush = svg("rect", { "class": "brush", x: 0, y: 0, width: 0, height: f.height - bottom, visibility: "hidden" }, f.root);

    function binAt(evt) {
      var box = f.root.getBoundingClientRect();
      var x = (evt.clientX - box.left) * f.width / box.width;
      return Math.min(bins.length - 1, Math.max(0, Math.floor((x - left) / step)));
    }
    function show(i, j) {
      var a = Math.min(i, j), b = Math.max(i, j);
      brush.setAttribute("x", left + a * step);
      brush.setAttribute("width", (b - a + 1) * step);
      brush.setAttribute("visibility", "visible");
    }
    var start = null, moved = false;
    f.root.addEventListener("mousedown", function (evt) {
      if (!bins.length) return;
      start = binAt(evt); moved = false; show(start, start); evt.preventDefault();
    });
    window.addEventListener("mousemove", function (evt) {
      if (start === null) return;
      moved = true; show(start, binAt(evt));
    });
    window.addEventListener("mouseup", function (evt) {
      if (start === null) return;
      var end = binAt(evt), a = Math.min(start, end), b = Math.max(start, end);
      start = null;
      if (!moved && a === b) { brush.setAttribute("visibility", "hidden"); onBrush(null, null); return; }
      onBrush(a, b);
    });
    return {
      select: function (i, j) { show(i, j); },
      clear: function () { brush.setAttribute("visibility", "hidden"); }
    };
  }

  function diverging(container, rows, colors) {
    var f = frame(container, 90), left = 4, bottom = 14;
    var step = (f.width - left * 2) / Math.max(rows.length, 1);
    var max = Math.max.apply(null, [1].concat(rows.map(function (r) { return Math.max(r.cooperative, r.conflictual); })));
    var mid = (f.height - bottom) / 2, half = mid - 2;
    svg("line", { x1: 0, x2: f.width, y1: mid, y2: mid, stroke: "#bbb" }, f.root);
    rows.forEach(function (r, i) {
      var up = r.cooperative / max * half, down = r.conflictual / max * half;
      if (up) svg("rect", { x: left + i * step, y: mid - up, width: Math.max(step - 1, 1), height: up,
        fill: colors.cooperative, "class": "coop" }, f.root);
      if (down) svg("rect", { x: left + i * step, y: mid, width: Math.max(step - 1, 1), height: down,
        fill: colors.conflictual, "class": "conf" }, f.root);
    });
    axisLabels(f, rows, left, step, f.height - 2);
  }

  window.NewsgraphCharts = { timeline: timeline, diverging: diverging };
})();
