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
      { selector: "node", style: { "label": "data(label)", "font-size": 9, "text-wrap": "ellipsis",
        "text-max-width": 120, "background-color": "#bbb", "width": 18, "height": 18, "color": "#222",
        "text-valign": "bottom", "text-margin-y": 3 } },
      { selector: "edge", style: { "width": 1, "line-color": "#bbb", "target-arrow-color": "#bbb",
        "target-arrow-shape": "triangle", "arrow-scale": 0.6, "curve-style": "bezier" } },
      { selector: "node[?center]", style: { "width": 30, "height": 30, "border-width": 3, "border-color": "#000" } },
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

  window.kgLinked = { TYPES: TYPES, style: style, hrefFor: hrefFor, openOnTap: openOnTap };
}());
