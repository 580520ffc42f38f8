/* graphkit view: draw the embedded graph with vis-network; legend filters, search, details. */
(function () {
  "use strict";
  var status = document.getElementById("gk-status");
  var data = JSON.parse(document.getElementById("gk-data").textContent);

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { e.textContent = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); } });
    return e;
  }

  function show(value) {
    if (value === null || value === undefined) { return ""; }
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  }

  function evidenceBlock(ev) {
    var parts = [];
    if (ev.sentence) {
      parts.push(el("blockquote", {}, [ev.sentence.before, el("mark", { text: ev.sentence.span }), ev.sentence.after]));
    }
    var where = ev.title || ev.article;
    var offsets = ev.start === null ? "" : " [" + ev.start + "–" + ev.end + "]";
    var src = ev.url ? el("a", { href: ev.url, target: "_blank", rel: "noopener", text: where })
                     : el("span", { text: where });
    parts.push(el("div", { "class": "src" }, [src, offsets + (ev.sentence ? "" : (ev.start === null ? "" : " (article text not readable here: offsets only)"))]));
    return el("div", { "class": "evidence" }, parts);
  }

  function card(item, isEdge, limit) {
    var head = isEdge
      ? el("h3", {}, [item.label + " ", el("span", { "class": "labels", text: nameOf(item.from) + " → " + nameOf(item.to) })])
      : el("h3", {}, [item.name + " ", el("span", { "class": "labels", text: item.labels.join(", ") })]);
    var rows = [el("tr", {}, [el("td", { text: isEdge ? "type" : "id" }), el("td", { text: isEdge ? item.type : item.id })])];
    Object.keys(item.props).sort().forEach(function (k) {
      var v = item.props[k];
      if (v === null || v === "" || (Array.isArray(v) && v.length === 0)) { return; }
      rows.push(el("tr", {}, [el("td", { text: k }), el("td", { text: show(item.props[k]) })]));
    });
    var box = el("div", { "class": "gk-tip" }, [head, el("table", { "class": "props" }, rows)]);
    var shown = limit ? item.evidence.slice(0, limit) : item.evidence;
    shown.forEach(function (ev) { box.appendChild(evidenceBlock(ev)); });
    if (shown.length < item.evidence.length) {
      box.appendChild(el("div", { "class": "src", text: "+ " + (item.evidence.length - shown.length) + " more: click to see all" }));
    }
    return box;
  }

  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  function nameOf(id) { return byId[id] ? byId[id].name : id; }

  document.getElementById("gk-title").textContent = data.title;
  document.title = data.title;
  if (data.notice) {
    var notice = document.getElementById("gk-notice");
    notice.textContent = data.notice;
    notice.hidden = false;
  }

  /* No vis "group" on the nodes: vis-network's default group palette would override our colours. */
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: n.label, value: n.value, title: card(n, false, 1),
             color: { background: data.colors[n.group], border: "#555",
                      highlight: { background: data.colors[n.group], border: "#000" },
                      hover: { background: data.colors[n.group], border: "#000" } },
             borderWidth: n.id === data.focus ? 4 : 1 };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, label: e.label, title: card(e, true, 1) };
  }));
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });

  var big = data.nodes.length > 600;
  var network = new vis.Network(document.getElementById("gk-graph"), { nodes: nodes, edges: edges }, {
    nodes: { shape: "dot", scaling: { min: 6, max: 30, label: { enabled: true, min: 11, max: 18, drawThreshold: 6 } },
             font: { size: 12, face: "system-ui, sans-serif" } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { color: "#aaa", highlight: "#333" },
             font: { size: 9, color: "#555", strokeWidth: 2, align: "middle" }, smooth: false, width: 1 },
    physics: { solver: "forceAtlas2Based", forceAtlas2Based: { gravitationalConstant: -60, springLength: 80, avoidOverlap: 0.2 },
               stabilization: { iterations: big ? 120 : 300, updateInterval: 25 } },
    layout: { randomSeed: 7 },  /* the same page always lays out the same way */
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: big, navigationButtons: false }
  });

  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    network.fit();
    network.redraw();  /* draw now: a busy or headless browser may not give an animation frame soon */
    status.setAttribute("data-stabilized", "1");
  });
  network.on("afterDrawing", function () {
    var drawn = 0;
    nodes.getIds().forEach(function (id) {
      var n = network.body.nodes[id];
      if (n && !n.options.hidden && isFinite(n.x) && isFinite(n.y)) { drawn += 1; }
    });
    status.setAttribute("data-drawn", String(drawn));
    status.textContent = drawn + " of " + data.nodes.length + " nodes drawn, " + data.edges.length + " edges" +
      (data.total > data.nodes.length ? " (graph has " + data.total + ")" : "");
  });

  var details = document.getElementById("gk-details");
  function showDetails(box) { details.innerHTML = ""; details.appendChild(box); }
  network.on("click", function (p) {
    if (p.nodes.length) { showDetails(card(byId[p.nodes[0]], false)); }
    else if (p.edges.length) { showDetails(card(edgeById[p.edges[0]], true)); }
  });

  /* Legend: one checkbox per label filters its nodes (and so their edges). */
  var counts = {};
  data.nodes.forEach(function (n) { counts[n.group] = (counts[n.group] || 0) + 1; });
  var legend = document.getElementById("gk-legend");
  Object.keys(data.colors).forEach(function (group) {
    var box = el("input", { type: "checkbox", "data-label": group });
    box.checked = true;
    box.addEventListener("change", function () {
      nodes.update(data.nodes.filter(function (n) { return n.group === group; })
        .map(function (n) { return { id: n.id, hidden: !box.checked }; }));
    });
    legend.appendChild(el("label", {}, [box, el("span", { "class": "swatch", style: "background:" + data.colors[group] }),
                                        group, el("span", { "class": "count", text: String(counts[group]) })]));
  });

  /* Relationship types: one checkbox per type hides/shows those edges. */
  var types = {};
  data.edges.forEach(function (e) { types[e.type] = (types[e.type] || 0) + 1; });
  var typeBox = document.getElementById("gk-types");
  Object.keys(types).sort().forEach(function (type) {
    var box = el("input", { type: "checkbox", "data-type": type });
    box.checked = true;
    box.addEventListener("change", function () {
      edges.update(data.edges.filter(function (e) { return e.type === type; })
        .map(function (e) { return { id: e.id, hidden: !box.checked }; }));
    });
    typeBox.appendChild(el("label", {}, [box, type, el("span", { "class": "count", text: String(types[type]) })]));
  });

  /* Search: names in a datalist; Enter selects and centres the first match. */
  var list = document.getElementById("gk-names");
  data.nodes.slice().sort(function (a, b) { return a.name < b.name ? -1 : 1; }).slice(0, 5000).forEach(function (n) {
    list.appendChild(el("option", { value: n.name }));
  });
  var found = document.getElementById("gk-found");
  function search(q) {
    q = q.trim().toLowerCase();
    if (!q) { found.textContent = ""; return; }
    var hits = data.nodes.filter(function (n) { return n.name.toLowerCase().indexOf(q) >= 0 || n.id.toLowerCase() === q; });
    found.textContent = hits.length + " match" + (hits.length === 1 ? "" : "es");
    if (hits.length) {
      network.selectNodes(hits.map(function (n) { return n.id; }));
      network.focus(hits[0].id, { scale: 1.3, animation: false });
      showDetails(card(hits[0], false));
    }
  }
  var input = document.getElementById("gk-search");
  input.addEventListener("keydown", function (e) { if (e.key === "Enter") { search(input.value); } });
  input.addEventListener("change", function () { search(input.value); });
  window.gkSearch = search;
  window.gkNetwork = network;  /* for the browser console (and the hover test) */

  /* Deep links read from the fragment; a malformed one (bad %-escape, quotes) is ignored, never thrown. */
  function fragment(key) {
    var m = new RegExp("[#&]" + key + "=([^&]*)").exec(location.hash);
    if (!m) { return null; }
    try { return decodeURIComponent(m[1]); } catch (e) { return null; }
  }

  /* Deep link: view.html#hide=Statement,Topic starts with those labels (or relationship types) unticked. */
  var hide = fragment("hide");
  if (hide) {
    var names = hide.split(",");
    document.querySelectorAll("input[data-label], input[data-type]").forEach(function (box) {
      var name = box.getAttribute("data-label") || box.getAttribute("data-type");
      if (names.indexOf(name) >= 0 && box.checked) {
        box.checked = false;
        box.dispatchEvent(new Event("change"));
      }
    });
  }

  /* Deep link: view.html#q=Imam%20Hidayat selects and shows that node once the layout is done. */
  var wanted = fragment("q");
  if (wanted) {
    network.once("stabilizationIterationsDone", function () {
      input.value = wanted;
      search(input.value);
    });
  }
})();
