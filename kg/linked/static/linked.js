/* Shared by the linked-data pages: node styles per type, and where a node's page is on this server. */
(function () {
  "use strict";
  var TYPES = {
    "kg:Official": { color: "#1f77b4", shape: "ellipse", name: "Officials" },
    "kg:Call": { color: "#ff7f0e", shape: "diamond", name: "Calls" },
    "kg:AidPackage": { color: "#2ca02c", shape: "round-rectangle", name: "Aid packages" },
    "kg:Country": { color: "#9467bd", shape: "hexagon", name: "Countries" },
    "kg:Organization": { color: "#8c564b", shape: "hexagon", name: "Organizations" },
    "schema:Organization": { color: "#c49c94", shape: "hexagon", name: "Outlets" },
    "kg:WeaponSystem": { color: "#d62728", shape: "triangle", name: "Weapon systems" },
    "kg:AidItem": { color: "#98df8a", shape: "round-triangle", name: "Aid items" },
    "org:Post": { color: "#aec7e8", shape: "round-rectangle", name: "Posts" },
    "schema:NewsArticle": { color: "#7f7f7f", shape: "rectangle", name: "Articles" }
  };

  function style() {
    var rules = [
      { selector: "node", style: { "label": "data(label)", "font-size": 12, "text-wrap": "wrap",
        "text-max-width": 140, "background-color": "#bbb", "width": 18, "height": 18, "color": "#1d2330",
        "text-valign": "bottom", "text-margin-y": 3, "text-background-color": "#fff",
        "text-background-opacity": 0.85, "text-background-padding": 1, "text-background-shape": "roundrectangle" } },
      { selector: "edge", style: { "width": 1, "line-color": "#bbb", "target-arrow-color": "#bbb",
        "target-arrow-shape": "triangle", "arrow-scale": 0.6, "curve-style": "bezier" } },
      { selector: 'node[type = "schema:NewsArticle"], node[type = "schema:Organization"]',
        style: { "text-wrap": "ellipsis", "text-max-width": 170 } },
      { selector: "node[?center]", style: { "width": 30, "height": 30, "border-width": 3, "border-color": "#000",
        "font-size": 13, "font-weight": 600, "text-valign": "top", "text-margin-y": -4 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#000" } }
    ];
    Object.keys(TYPES).forEach(function (type) {
      rules.push({ selector: 'node[type = "' + type + '"]',
        style: { "background-color": TYPES[type].color, "shape": TYPES[type].shape } });
    });
    return rules;
  }

  function hrefFor(iri) {
    var base = document.body.getAttribute("data-base") || "";
    var root = document.body.getAttribute("data-root") || "";
    if (base && iri.indexOf(base) === 0) { return root + "/" + iri.slice(base.length); }
    if (/^https?:\/\//.test(iri)) { return iri; }
    return null;
  }

  function openOnTap(cy) {
    cy.on("tap", "node", function (event) {
      var target = hrefFor(event.target.id());
      if (target) { window.location.assign(target); }
    });
  }

  // Lay `elements` out (cose) in a box the size of the container, less a margin for the labels at its edges, or
  // larger when there are more nodes than it holds (`room`: px² a node and its label need); move apart the labels
  // that still overlap; fit, but no smaller than `minZoom`, so labels are read at (nearly) their own size.
  function layoutIn(cy, elements, container, room, edgeLength, minZoom) {
    var width = Math.max(200, container.clientWidth - 160), height = Math.max(150, container.clientHeight - 70);
    var scale = Math.max(1, Math.sqrt(elements.nodes().length * room / (width * height)));
    elements.layout({
      name: "cose", animate: false, randomize: true, fit: false, nodeDimensionsIncludeLabels: true,
      boundingBox: { x1: 0, y1: 0, w: width * scale, h: height * scale },
      idealEdgeLength: function () { return edgeLength; }, nodeRepulsion: function () { return 1000000; },
      componentSpacing: 80, nodeOverlap: 40, gravity: 0.25, numIter: 3000
    }).run();
    separate(elements.nodes(), 400, 600, 2 * width / height);  // windows are wider than tall: spread sideways
    fitTo(cy, elements, container, minZoom);
  }

  // cose keeps nodes apart, not their labels: push apart every two nodes whose boxes (label included, measured once
  // around each node's position) still overlap, along the shorter overlap (sideways preferred in a wide window:
  // `aspect`), until none do, `rounds` have passed or `budget` ms. Quadratic: for graphs of a few hundred nodes.
  function separate(nodes, rounds, budget, aspect) {
    if (nodes.length > 600) { return; }
    var started = Date.now();
    var at = nodes.map(function (n) { var p = n.position(); return { x: p.x, y: p.y }; });
    var size = nodes.map(function (n, i) {
      var b = n.boundingBox({ includeLabels: true });
      return { left: at[i].x - b.x1, right: b.x2 - at[i].x, top: at[i].y - b.y1, bottom: b.y2 - at[i].y };
    });
    for (var round = 0; round < rounds && Date.now() - started < budget; round += 1) {
      var moved = false;
      for (var i = 0; i < nodes.length; i += 1) {
        for (var j = i + 1; j < nodes.length; j += 1) {
          var a = size[i], b = size[j], p = at[i], q = at[j];
          var w = Math.min(p.x + a.right, q.x + b.right) - Math.max(p.x - a.left, q.x - b.left) + 4;
          var h = Math.min(p.y + a.bottom, q.y + b.bottom) - Math.max(p.y - a.top, q.y - b.top) + 4;
          if (w <= 0 || h <= 0) { continue; }
          if (w < h * aspect) {
            var dx = p.x <= q.x ? w / 2 : -w / 2;
            p.x -= dx; q.x += dx;
          } else {
            var dy = p.y <= q.y ? h / 2 : -h / 2;
            p.y -= dy; q.y += dy;
          }
          moved = true;
        }
      }
      if (!moved) { break; }
    }
    nodes.forEach(function (n, i) { n.position(at[i]); });
  }

  function fitTo(cy, elements, container, minZoom) {
    cy.fit(elements, 24);
    var zoom = Math.min(1.3, Math.max(minZoom || 0, cy.zoom()));
    if (zoom !== cy.zoom()) {
      cy.zoom(zoom);
      cy.center(elements);
    }
  }

  // A promise kept once the graph has been drawn: the size of a wrapped label is known from then on.
  function drawn(cy) {
    return new Promise(function (resolve) {
      cy.one("render", function () { window.requestAnimationFrame(function () { resolve(); }); });
      cy.forceRender();
    });
  }

  window.kgLinked = { TYPES: TYPES, style: style, hrefFor: hrefFor, openOnTap: openOnTap, layoutIn: layoutIn,
                      fitTo: fitTo, drawn: drawn };
}());
