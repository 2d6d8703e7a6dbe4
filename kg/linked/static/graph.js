/* The graph view: loads the Cytoscape JSON export, filters it by type and date, lays it out with a
   Cytoscape.js layout (cose), and opens a node's page on click. */
(function () {
  "use strict";
  var form = document.getElementById("graph-controls");
  var status = document.getElementById("graph-status");
  var EVENTS = ["kg:Call", "kg:AidPackage"];

  document.querySelectorAll(".swatch").forEach(function (swatch) {
    var type = window.kgLinked.TYPES[swatch.getAttribute("data-type")];
    if (type) { swatch.style.backgroundColor = type.color; }
  });

  function checkedTypes() {
    var types = {};
    form.querySelectorAll('input[name="type"]:checked').forEach(function (box) { types[box.value] = true; });
    return types;
  }

  function visible(node, types, from, to, undated) {
    var data = node.data();
    if (!types[data.type]) { return false; }
    if (EVENTS.indexOf(data.type) < 0) { return true; }
    if (!data.date) { return undated; }
    return (!from || data.date >= from) && (!to || data.date <= to);
  }

  function apply(cy) {
    var types = checkedTypes();
    var from = document.getElementById("date-from").value;
    var to = document.getElementById("date-to").value;
    var undated = document.getElementById("undated").checked;
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        node.style("display", visible(node, types, from, to, undated) ? "element" : "none");
      });
      if (document.getElementById("hide-isolated").checked) {
        cy.nodes().filter(function (node) {
          return node.style("display") === "element" && node.connectedEdges().filter(function (edge) {
            return edge.source().style("display") === "element" && edge.target().style("display") === "element";
          }).length === 0;
        }).style("display", "none");
      }
    });
    var shown = cy.nodes().filter(function (node) { return node.style("display") === "element"; });
    status.textContent = shown.length + " of " + cy.nodes().length + " nodes shown";
    return shown;
  }

  function layout(cy) {
    var shown = cy.elements().filter(function (element) { return element.style("display") === "element"; });
    shown.layout({ name: "cose", animate: false, randomize: true, nodeDimensionsIncludeLabels: true,
                   idealEdgeLength: function () { return 60; }, fit: true, padding: 20 }).run();
  }

  function counts(cy) {
    document.querySelectorAll(".count").forEach(function (span) {
      var type = span.getAttribute("data-type");
      span.textContent = "(" + cy.nodes().filter(function (n) { return n.data("type") === type; }).length + ")";
    });
  }

  function dateRange(cy) {
    var dates = cy.nodes().map(function (n) { return n.data("date"); }).filter(Boolean).sort();
    if (dates.length) {
      document.getElementById("date-from").value = dates[0];
      document.getElementById("date-to").value = dates[dates.length - 1];
    }
  }

  fetch(form.getAttribute("data-source"), { headers: { "Accept": "application/json" } })
    .then(function (response) {
      if (!response.ok) { throw new Error("the export answered " + response.status); }
      return response.json();
    })
    .then(function (data) {
      var cy = window.cytoscape({
        container: document.getElementById("graph"),
        elements: data.elements,
        style: window.kgLinked.style(),
        wheelSensitivity: 0.2,
        minZoom: 0.1,
        maxZoom: 4
      });
      window.cy = cy;
      counts(cy);
      dateRange(cy);
      apply(cy);
      layout(cy);
      window.kgLinked.openOnTap(cy);
      form.addEventListener("change", function () { apply(cy); layout(cy); });
      document.getElementById("relayout").addEventListener("click", function () { layout(cy); });
      document.body.setAttribute("data-graph-ready", "true");
    })
    .catch(function (problem) {
      status.textContent = "Could not load the graph: " + problem.message;
    });
}());
