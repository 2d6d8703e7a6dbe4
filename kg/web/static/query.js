/* The query page: YASGUI against this server's endpoint, the named queries (queries/*.rq) in a sidebar, and
   completion from kg's own vocabulary instead of the network (YASQE would ask lov.linkeddata.es). */
(function () {
  "use strict";
  var Yasgui = window.Yasgui;
  var root = document.getElementById("yasgui");
  if (!Yasgui || !root) { return; }
  var config = JSON.parse(document.getElementById("query-config").textContent);
  var named = JSON.parse(document.getElementById("named-query-data").textContent);
  var Yasqe = Yasgui.Yasqe;

  // -- completion from kg's vocabulary ---------------------------------------------------------------------
  function completer(base, name, list) {
    var own = {};
    Object.keys(base).forEach(function (key) { own[key] = base[key]; });
    own.name = name;
    own.bulk = true;
    own.autoShow = false;
    own.persistenceId = function () { return undefined; };  // never stored: always the server's list
    own.get = function () { return list; };
    return own;
  }
  var prefixLines = Object.keys(config.prefixes).sort().map(function (p) {
    return p + ": <" + config.prefixes[p] + ">";
  });
  var builtInPrefixes = Yasqe.Autocompleters.prefixes;
  var prefixes = completer(builtInPrefixes, "kgPrefixes", null);
  prefixes.autoShow = true;
  prefixes.get = function (yasqe) {  // kg's prefixes first, then the bundled list (no prefix.cc request)
    return Promise.resolve(builtInPrefixes.get(yasqe)).then(function (bundled) {
      var taken = {};
      prefixLines.forEach(function (line) { taken[line.split(":")[0]] = true; });
      return prefixLines.concat((bundled || []).filter(function (line) { return !taken[line.split(":")[0]]; }));
    });
  };
  Yasqe.registerAutocompleter(prefixes, false);
  Yasqe.registerAutocompleter(completer(Yasqe.Autocompleters.property, "kgProperties", config.properties), false);
  Yasqe.registerAutocompleter(completer(Yasqe.Autocompleters["class"], "kgClasses", config.classes), false);

  // -- YASGUI -----------------------------------------------------------------------------------------------
  root.textContent = "";
  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    autoAddOnInit: false,
    autofocus: false,
    persistenceId: "kg-" + window.location.host,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: config.endpoint }]; } },
    yasqe: {
      value: config.defaultQuery,
      autocompleters: ["kgPrefixes", "variables", "kgProperties", "kgClasses"],
      collapsePrefixesOnLoad: true,  // the PREFIX lines of a named query fold into one
      editorHeight: "300px"
    },
    yasr: { prefixes: config.prefixes }
  });

  function tabNamed(name) {
    var ids = yasgui.persistentConfig.getTabs();
    for (var i = 0; i < ids.length; i += 1) {
      var tab = yasgui.getTab(ids[i]);
      if (tab && tab.getName() === name) { return tab; }
    }
    return null;
  }

  function openNamed(query, run) {
    var tab = tabNamed(query.name);
    if (tab) {
      yasgui.selectTabId(tab.getId());
      if (tab.getQuery() !== query.text) { tab.setQuery(query.text); }
    } else {
      tab = yasgui.addTab(true, { name: query.name, yasqe: { value: query.text },
                                  requestConfig: { endpoint: config.endpoint, method: "POST" } });
    }
    if (run) { tab.query().catch(function () {}); }
    return tab;
  }

  // Tabs kept from an earlier visit ask this server, wherever it listened then.
  yasgui.persistentConfig.getTabs().forEach(function (id) {
    var tab = yasgui.getTab(id);
    if (tab && tab.getEndpoint() !== config.endpoint) { tab.setEndpoint(config.endpoint); }
  });

  // A first visit: the contract queries as ready tabs, the first one run.
  if (!yasgui.persistentConfig.getTabs().length) {
    var first = null;
    config.firstTabs.forEach(function (name) {
      var query = named.filter(function (q) { return q.name === name; })[0];
      if (query) { first = first || query; openNamed(query, false); }
    });
    if (first) {
      openNamed(first, true);
    } else {
      yasgui.addTab(true, { name: "Query", requestConfig: { endpoint: config.endpoint, method: "POST" } });
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("button.named-query"), function (button) {
    button.addEventListener("click", function () {
      var query = named.filter(function (q) { return q.name === button.getAttribute("data-name"); })[0];
      if (query) { openNamed(query, true); }
    });
  });

  window.kgYasgui = yasgui;
  root.setAttribute("data-ready", "true");
}());
