/* newsgraph view: draws the actor graph embedded in #ng-data with cytoscape.js.
 * Plain browser script, no build step. Every piece of article text reaches the
 * page through textContent, never innerHTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "style") node.style.cssText = attrs[k];
      else if (k.slice(0, 2) === "on") node.addEventListener(k.slice(2), attrs[k]);
      else node.setAttribute(k, attrs[k]);
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return node;
  }

  var hasPositions = data.nodes.length > 0 && data.nodes.every(function (n) { return typeof n.x === "number"; });
  var elements = data.nodes.map(function (n) {
    var item = { group: "nodes", data: n };
    if (hasPositions) item.position = { x: n.x, y: n.y };
    return item;
  }).concat(data.edges.map(function (e) { return { group: "edges", data: e }; }));

  var maxWeight = Math.max.apply(null, [2].concat(data.edges.map(function (e) { return e.weight; })));
  var cy = cytoscape({
    container: $("cy"),
    elements: elements,
    layout: hasPositions ? { name: "preset", fit: true, padding: 40 } : { name: "cose", animate: false, randomize: false, padding: 40 },
    minZoom: 0.05,
    maxZoom: 6,
    style: [
      { selector: "node", style: {
        "background-color": "data(color)", "label": "data(name)", "width": "data(size)", "height": "data(size)",
        "font-size": 15, "text-valign": "bottom", "text-margin-y": 3, "color": "#222",
        "text-outline-color": "#fff", "text-outline-width": 2, "min-zoomed-font-size": 6,
        "border-width": 1, "border-color": "#fff" } },
      { selector: "edge", style: {
        "line-color": "data(color)", "target-arrow-color": "data(color)", "target-arrow-shape": "triangle",
        "curve-style": "bezier", "width": "mapData(weight, 1, " + maxWeight + ", 1.5, 7)", "opacity": 0.85,
        "label": "data(label)", "font-size": 8, "color": "#555", "text-rotation": "autorotate",
        "min-zoomed-font-size": 9, "text-background-color": "#fff", "text-background-opacity": 0.8,
        "text-background-padding": 1 } },
      { selector: "edge[?claim]", style: { "line-style": "dotted", "width": "mapData(weight, 1, " + maxWeight + ", 2, 7)" } },
      { selector: "edge[?negated]", style: { "line-style": "dashed" } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: ".faded", style: { "opacity": 0.12, "text-opacity": 0.2 } },
      { selector: "node.match", style: { "border-width": 4, "border-color": "#222" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#2a6fb0" } },
      { selector: "edge:selected", style: { "width": 8, "opacity": 1, "z-index": 10 } }
    ]
  });

  // -- filter controls --------------------------------------------------------
  function checkbox(group, value, color, label, round) {
    return el("label", { "class": "check" },
      el("input", { type: "checkbox", checked: "checked", "data-group": group, value: value, onchange: applyFilters }),
      el("span", { "class": "swatch" + (round ? " round" : ""), style: "background:" + color }),
      label);
  }
  data.relation_types.forEach(function (t) {
    $("type-filters").appendChild(checkbox("type", t.type, t.color, t.type.replace(/_/g, " ").toLowerCase()));
  });
  data.classes.forEach(function (c) {
    $("class-legend").appendChild(el("span", { "class": "legend-item" },
      el("span", { "class": "swatch", style: "background:" + c.color }), c["class"]));
  });
  data.actor_types.forEach(function (t) {
    $("actor-filters").appendChild(checkbox("actor", t.type, t.color, t.type.toLowerCase(), true));
  });
  data.nodes.forEach(function (n) { $("actor-names").appendChild(el("option", { value: n.name })); });
  if (data.date_range) {
    ["since", "until"].forEach(function (id) {
      $(id).min = data.date_range[0];
      $(id).max = data.date_range[1];
    });
  }

  // -- timeline: mentions per bin by class; a drag across it filters the dates -----------
  var classColors = {}, classNames = data.classes.map(function (c) { classColors[c["class"]] = c.color; return c["class"]; });
  var bins = (data.timeline && data.timeline.bins) || [];
  var unitWord = { day: "day", week: "week", month: "month" }[(data.timeline || {}).unit] || "day";
  $("timeline-title").textContent = "Mentions per " + unitWord;
  data.classes.forEach(function (c) {
    $("timeline-legend").appendChild(el("span", { "class": "legend-item" },
      el("span", { "class": "swatch", style: "background:" + c.color }), c["class"]));
  });
  var undatedBeforeBrush = null;
  function onBrush(a, b) {
    if (a === null) { clearBrush(); return; }
    if (undatedBeforeBrush === null) undatedBeforeBrush = $("undated").checked;
    $("since").value = bins[a].start; $("until").value = bins[b].end;
    $("undated").checked = false;  // a period holds dated mentions only
    applyFilters();
  }
  function clearBrush() {
    $("since").value = ""; $("until").value = "";
    if (undatedBeforeBrush !== null) { $("undated").checked = undatedBeforeBrush; undatedBeforeBrush = null; }
    applyFilters();
  }
  var brush = null;
  function drawTimeline() {
    brush = bins.length ? NewsgraphCharts.timeline($("timeline-chart"), bins, classNames, classColors, onBrush) : null;
  }
  if (bins.length) drawTimeline(); else $("timeline").hidden = true;
  function redrawTimeline() {  // the page's width changed: draw the bars and the brush again at the new size
    if (!bins.length) return;
    drawTimeline();
    syncBrush($("since").value, $("until").value);
  }
  $("timeline-clear").addEventListener("click", clearBrush);
  function binOf(day) {  // index of the bin holding an ISO day, or -1
    var lo = 0, hi = bins.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (bins[mid].start <= day) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found >= 0 && day <= bins[found].end ? found : -1;
  }
  function syncBrush(since, until) {
    $("timeline-clear").hidden = !(since || until);
    if (!brush) return;
    if (!since && !until) { brush.clear(); return; }
    var a = since ? bins.findIndex(function (b) { return b.end >= since; }) : 0;
    var b = until ? bins.length - 1 - bins.slice().reverse().findIndex(function (x) { return x.start <= until; }) : bins.length - 1;
    if (a < 0 || b >= bins.length || a > b) brush.clear(); else brush.select(a, b);
  }
  function inPeriod(day) {
    var since = $("since").value || null, until = $("until").value || null;
    if (!since && !until) return true;
    return !!day && (!since || day >= since) && (!until || day <= until);
  }

  function checked(group) {
    var out = {};
    document.querySelectorAll("input[data-group=" + group + "]").forEach(function (i) { if (i.checked) out[i.value] = true; });
    return out;
  }

  function applyFilters() {
    var types = checked("type"), actors = checked("actor");
    var since = $("since").value || null, until = $("until").value || null;
    var undated = $("undated").checked;
    var minWeight = Math.max(1, parseInt($("min-weight").value, 10) || 1);
    var visibleNodes = {};
    var shownEdges = 0;
    cy.batch(function () {
      cy.edges().forEach(function (e) {
        var d = e.data();
        var ok = !!types[d.type] && !!actors[e.source().data("type")] && !!actors[e.target().data("type")];
        var weight = d.weight;
        if (ok && d.dates.length === 0) {
          ok = undated;
        } else if (ok && (since || until)) {
          weight = d.dates.length ? d.evidence.filter(function (x) {
            var day = (x.date || "").slice(0, 10);
            return day && (!since || day >= since) && (!until || day <= until);
          }).length : 0;
          ok = weight > 0;
        }
        ok = ok && weight >= minWeight;
        e.toggleClass("hidden", !ok);
        if (ok) {
          shownEdges += 1;
          visibleNodes[d.source] = true;
          visibleNodes[d.target] = true;
        }
      });
      cy.nodes().forEach(function (n) { n.toggleClass("hidden", !visibleNodes[n.id()]); });
    });
    var shownNodes = Object.keys(visibleNodes).length;
    $("counts").textContent = shownNodes + " of " + data.nodes.length + " actors, " +
      shownEdges + " of " + data.edges.length + " relations shown";
    state.shown = { nodes: shownNodes, edges: shownEdges };
    state.period = since || until ? [since, until] : null;
    syncBrush(since, until);
    search();
  }

  // -- search -----------------------------------------------------------------
  function search() {
    var q = $("search").value.trim().toLowerCase();
    cy.elements().removeClass("match faded");
    if (!q) { $("search-result").textContent = ""; return; }
    var hits = cy.nodes(":visible").filter(function (n) {
      var d = n.data();
      return d.name.toLowerCase().indexOf(q) >= 0 ||
        d.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
    });
    $("search-result").textContent = hits.length === 1 ? "1 actor matches" : hits.length + " actors match";
    if (!hits.length) return;
    cy.elements(":visible").not(hits).not(hits.connectedEdges()).addClass("faded");
    hits.addClass("match");
    var exact = hits.filter(function (n) { return n.data("name").toLowerCase() === q; });
    var target = exact.length ? exact[0] : (hits.length === 1 ? hits[0] : null);
    if (target) {
      cy.center(target);
      showNode(target);
    }
  }

  // -- details panel ----------------------------------------------------------
  function showPanel(children) {
    var body = $("details-body");
    body.textContent = "";
    children.forEach(function (c) { if (c) body.appendChild(c); });
    $("details").hidden = false;
    cy.resize();
    redrawTimeline();
  }

  function span(first, last) {
    if (!first) return "no date";
    return first === last ? first : first + " \u2192 " + last;
  }

  function showEdge(edge) {
    var d = edge.data();
    var evidence = d.evidence.slice().sort(function (a, b) {
      return (a.date || "9999").localeCompare(b.date || "9999") || (a.article_id || "").localeCompare(b.article_id || "");
    });
    showPanel([
      el("h2", { id: "details-title" }, edge.source().data("name") + " " + d.label + " " + edge.target().data("name")),
      el("p", { "class": "meta" },
        el("span", { "class": "tag", style: "background:" + d.color }, d["class"]), " ",
        d.weight + (d.weight === 1 ? " mention" : " mentions") + " in " + d.articles +
        (d.articles === 1 ? " article" : " articles") + " \u00b7 " + span(d.first, d.last) +
        (d.negated ? " \u00b7 denied in the text" : "") + (d.claim ? " \u00b7 only someone's claim" : "")),
      el("ol", { id: "evidence" }, evidence.map(function (x) {
        return el("li", { "class": "evidence" },
          el("div", { "class": "article" }, x.title || ("article " + x.article_id)),
          el("div", { "class": "meta" }, [x.date || "undated", "article " + x.article_id,
            x.attributed_to ? "according to " + x.attributed_to : null].filter(Boolean).join(" \u00b7 ")),
          el("blockquote", {}, x.sentence || ""),
          x.source ? el("div", { "class": "source" }, x.source) : null);
      }).reduce(function (frag, li) { frag.appendChild(li); return frag; }, document.createDocumentFragment()))
    ]);
  }

  // the profile of an actor: its counterparts and its cooperative vs conflictual mentions over time
  function profile(node) {
    var partners = {}, rows = bins.map(function (b) { return { start: b.start, cooperative: 0, conflictual: 0 }; });
    node.connectedEdges(":visible").forEach(function (e) {
      var d = e.data(), other = d.source === node.id() ? e.target() : e.source();
      var p = partners[other.id()] || (partners[other.id()] = { node: other, cooperative: 0, conflictual: 0, structural: 0 });
      d.evidence.forEach(function (x) {
        var day = (x.date || "").slice(0, 10);
        if (!inPeriod(day)) return;
        p[d["class"]] = (p[d["class"]] || 0) + 1;
        var i = day ? binOf(day) : -1;
        if (i >= 0 && rows[i][d["class"]] !== undefined) rows[i][d["class"]] += 1;
      });
    });
    var list = Object.keys(partners).map(function (k) { return partners[k]; }).sort(function (a, b) {
      var ta = a.cooperative + a.conflictual + a.structural, tb = b.cooperative + b.conflictual + b.structural;
      return tb - ta || a.node.data("name").localeCompare(b.node.data("name"));
    });
    return { partners: list, rows: rows };
  }

  function profileTable(partners) {
    var head = el("tr", {}, el("th", {}, "counterpart"));
    classNames.forEach(function (c) {
      head.appendChild(el("th", { title: c }, el("span", { "class": "swatch", style: "background:" + classColors[c] })));
    });
    var table = el("table", { id: "profile-partners" }, head);
    partners.forEach(function (p) {
      var row = el("tr", {}, el("td", {}, el("a", { href: "#", onclick: function (ev) {
        ev.preventDefault(); cy.elements().unselect(); p.node.select(); showNode(p.node); } }, p.node.data("name"))));
      classNames.forEach(function (c) { row.appendChild(el("td", {}, String(p[c] || 0))); });
      table.appendChild(row);
    });
    return table;
  }

  function showNode(node) {
    var d = node.data();
    var prof = profile(node);
    var list = el("ul", {});
    node.connectedEdges(":visible").forEach(function (e) {
      list.appendChild(el("li", {},
        el("a", { href: "#", onclick: function (ev) { ev.preventDefault(); cy.elements().unselect(); e.select(); showEdge(e); } },
          e.source().data("name") + " " + e.data("label") + " " + e.target().data("name")),
        " (" + e.data("weight") + ")"));
    });
    showPanel([
      el("h2", { id: "details-title" }, d.name),
      el("p", { "class": "meta" },
        el("span", { "class": "tag", style: "background:" + d.color }, (d.type || "").toLowerCase()),
        d.country ? " " + d.country : "", " \u00b7 " + d.mentions + " mentions \u00b7 " + span(d.first, d.last)),
      d.aliases.length ? el("p", {}, "Also called: " + d.aliases.join("; ")) : null,
      el("h3", {}, "Counterparts (mentions by class)"),
      profileTable(prof.partners),
      bins.length ? el("h3", {}, "Cooperative (up) vs conflictual (down) per " + unitWord) : null,
      bins.length ? el("div", { "class": "profile-chart", id: "profile-chart" }) : null,
      el("h3", {}, "Relations"),
      list
    ]);
    if (bins.length) NewsgraphCharts.diverging($("profile-chart"), prof.rows, classColors);
    state.profile = { actor: d.name, partners: prof.partners.map(function (p) {
      return { name: p.node.data("name"), cooperative: p.cooperative, conflictual: p.conflictual, structural: p.structural };
    }), over_time: prof.rows.filter(function (r) { return r.cooperative || r.conflictual; }) };
  }

  cy.on("tap", "edge", function (evt) { showEdge(evt.target); });
  cy.on("tap", "node", function (evt) { showNode(evt.target); });
  $("close-details").addEventListener("click", function () { $("details").hidden = true; cy.resize(); redrawTimeline(); });

  // -- buttons ----------------------------------------------------------------
  $("search").addEventListener("input", search);
  ["since", "until", "undated", "min-weight"].forEach(function (id) { $(id).addEventListener("change", applyFilters); });
  $("types-all").addEventListener("click", function () { setAll("type", true); });
  $("types-none").addEventListener("click", function () { setAll("type", false); });
  function setAll(group, value) {
    document.querySelectorAll("input[data-group=" + group + "]").forEach(function (i) { i.checked = value; });
    applyFilters();
  }
  $("fit").addEventListener("click", function () { cy.fit(cy.elements(":visible"), 40); });
  $("relayout").addEventListener("click", function () {
    cy.elements(":visible").layout({ name: "cose", animate: false, randomize: true, padding: 40 }).run();
  });
  $("reset").addEventListener("click", function () {
    document.querySelectorAll("input[data-group]").forEach(function (i) { i.checked = true; });
    $("since").value = ""; $("until").value = ""; $("undated").checked = true; $("min-weight").value = "1";
    $("search").value = "";
    applyFilters();
  });

  var state = { shown: null, period: null, profile: null };
  window.addEventListener("resize", redrawTimeline);
  applyFilters();
  cy.one("render", function () { document.body.setAttribute("data-ready", "1"); });
  window.newsgraphView = { cy: cy, data: data, state: state, applyFilters: applyFilters, showEdge: showEdge, showNode: showNode };
})();
