/* A resource page: its neighbourhood graph, and the highlight of the mention the URL's #char=s,e names. */
(function () {
  "use strict";
  var container = document.getElementById("neighbourhood");
  var data = document.getElementById("neighbourhood-data");
  if (container && data && window.cytoscape) {
    var graph = JSON.parse(data.textContent);
    if (graph.nodes.length > 1) {
      var cy = window.cytoscape({
        container: container,
        elements: { nodes: graph.nodes, edges: graph.edges },
        style: window.kgLinked.style(),
        maxZoom: 2
      });
      window.kgLinked.layoutIn(cy, cy.elements(), container, 140 * 70, 90, 0.9);
      window.kgLinked.openOnTap(cy);
      window.cy = cy;
    } else {
      container.hidden = true;
    }
  }

  function highlight() {
    var fragment = decodeURIComponent(window.location.hash.slice(1));
    document.querySelectorAll("mark.current").forEach(function (mark) { mark.classList.remove("current"); });
    if (!fragment) { return; }
    var first = null;
    document.querySelectorAll("mark[data-mentions]").forEach(function (mark) {
      if (mark.getAttribute("data-mentions").split(" ").indexOf(fragment) >= 0) {
        mark.classList.add("current");
        first = first || mark;
      }
    });
    if (first) { first.scrollIntoView({ block: "center" }); }
  }
  window.addEventListener("hashchange", highlight);
  highlight();
}());
