/* The graph view: loads /graph.json (the entity graph with people by name, calls and packages by their titles),
   filters it by type and date, lays it out with a Cytoscape.js layout (cose) in the window's own size, so labels
   are read at their real size, and opens a node's page on click. */
(function () {
  "use strict";
  var form = document.getElementById("graph-controls");
  var status = document.getElementById("graph-status");
  var container = document.getElementById("graph");
  var hoverInfo = document.getElementById("hover-info");
  var EVENTS = ["kg:Call", "kg:AidPackage"];
  var READABLE = 9;  // px on screen: below this a label is hidden until one zooms in
  var SPACE_PER_NODE = 100 * 100;  // px² a node and its label need; more nodes than the window holds get more room
  var MANY_EVENTS = 120;  // more dated calls and packages than this: the first view shows the latest year's
  var narrowed = document.getElementById("narrowed");
  var MIN_ZOOM = 0.85;  // the first view: labels at 85% of their size or more (a large graph then overflows: pan)

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

  function isShown(element) { return element.style("display") === "element"; }

  // Keep the calls and packages the filters show, what they link to, and what those officials link to (their
  // countries, posts); without any shown event, every node with a shown neighbour.
  function hideUnlinked(cy) {
    var shown = cy.nodes().filter(isShown);
    var events = shown.filter(function (n) { return EVENTS.indexOf(n.data("type")) >= 0; });
    var keep;
    if (events.length) {
      var near = events.neighborhood("node").filter(isShown);
      var officials = near.filter(function (n) { return n.data("type") === "kg:Official"; });
      keep = events.union(near).union(officials.neighborhood("node").filter(function (n) {
        return isShown(n) && EVENTS.indexOf(n.data("type")) < 0 && n.data("type") !== "kg:Official";
      }));
    } else {
      keep = shown.filter(function (n) { return n.neighborhood("node").filter(isShown).length > 0; });
    }
    shown.difference(keep).style("display", "none");
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
      if (document.getElementById("hide-isolated").checked) { hideUnlinked(cy); }
    });
    document.querySelectorAll("#legend li").forEach(function (item) {
      item.hidden = !types[item.getAttribute("data-type")];
    });
    var shown = cy.nodes().filter(isShown);
    status.textContent = shown.length + " of " + cy.nodes().length + " nodes shown";
    return shown;
  }

  function layout(cy) {
    window.kgLinked.layoutIn(cy, cy.elements().filter(isShown), container, SPACE_PER_NODE, 80, MIN_ZOOM);
  }

  function fit(cy) {
    window.kgLinked.fitTo(cy, cy.elements().filter(isShown), container, MIN_ZOOM);
  }

  function counts(cy) {
    document.querySelectorAll(".count").forEach(function (span) {
      var type = span.getAttribute("data-type");
      span.textContent = "(" + cy.nodes().filter(function (n) { return n.data("type") === type; }).length + ")";
    });
  }

  // The dates of every event; with more events than one window shows legibly, the first view is the latest year's.
  function dateRange(cy) {
    var dates = cy.nodes().map(function (n) { return n.data("date"); }).filter(Boolean).sort();
    if (!dates.length) { return; }
    var last = dates[dates.length - 1], from = dates[0];
    if (dates.length > MANY_EVENTS) {
      var yearBefore = new Date(last + "T00:00:00Z");
      yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
      from = yearBefore.toISOString().slice(0, 10);
      document.getElementById("undated").checked = false;
      narrowed.hidden = false;
    }
    document.getElementById("date-from").value = from;
    document.getElementById("date-to").value = last;
  }

  function style() {
    return window.kgLinked.style().concat([
      { selector: "node", style: { "font-size": 13, "min-zoomed-font-size": READABLE, "text-max-width": 150,
        "text-wrap": "wrap", "width": 16, "height": 16 } },
      { selector: 'node[type = "kg:Official"]', style: { "font-size": 14, "font-weight": 600, "width": 20, "height": 20 } },
      { selector: 'node[type = "kg:Country"]', style: { "font-size": 14, "width": 22, "height": 22 } },
      { selector: "node.hover", style: { "border-width": 3, "border-color": "#1d2330", "z-index": 10 } }
    ]);
  }

  function hover(cy) {
    cy.on("mouseover", "node", function (event) {
      var data = event.target.data();
      event.target.addClass("hover");
      hoverInfo.textContent = (data.title || data.label) + " · click to open";
      hoverInfo.hidden = false;
    });
    cy.on("mouseout", "node", function (event) {
      event.target.removeClass("hover");
      hoverInfo.hidden = true;
    });
  }

  // Labels are measured when laid out: wait for the fonts they are drawn in (and their fallbacks, for "→" and "–").
  var fontsReady = document.fonts && document.fonts.ready ? document.fonts.ready : Promise.resolve();
  fetch(form.getAttribute("data-source"), { headers: { "Accept": "application/json" } })
    .then(function (response) {
      if (!response.ok) { throw new Error("the graph data answered " + response.status); }
      return response.json();
    })
    .then(function (data) { return fontsReady.then(function () { return data; }); })
    .then(function (data) {
      var cy = window.cytoscape({
        container: container,
        elements: data.elements,
        style: style(),
        minZoom: 0.05,
        maxZoom: 4
      });
      window.cy = cy;
      counts(cy);
      dateRange(cy);
      apply(cy);
      return window.kgLinked.drawn(cy).then(function () {  // labels are measured once drawn
        layout(cy);
        hover(cy);
        window.kgLinked.openOnTap(cy);
        form.addEventListener("change", function () { apply(cy); layout(cy); });
        document.getElementById("relayout").addEventListener("click", function () { layout(cy); });
        document.getElementById("fit").addEventListener("click", function () { fit(cy); });
        document.body.setAttribute("data-graph-ready", "true");
      });
    })
    .catch(function (problem) {
      status.textContent = "Could not load the graph: " + problem.message;
    });
}());
