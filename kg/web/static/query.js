// The query page: run the editor's query against the endpoint and show the results as a table.
(function () {
  "use strict";
  var form = document.getElementById("query-form");
  var textarea = document.getElementById("query");
  var statusLine = document.getElementById("status");
  var errorBox = document.getElementById("error");
  var results = document.getElementById("results");
  var downloads = document.getElementById("downloads");
  var examples = JSON.parse(document.getElementById("example-queries").textContent);
  var endpoint = form.getAttribute("action");

  var editor = null;
  if (window.CodeMirror) {
    editor = window.CodeMirror.fromTextArea(textarea, {
      mode: "application/sparql-query", lineNumbers: true, matchBrackets: true, viewportMargin: Infinity
    });
  }
  function getQuery() { return editor ? editor.getValue() : textarea.value; }
  function setQuery(text) { if (editor) { editor.setValue(text); } else { textarea.value = text; } }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function termCell(term) {
    var cell = element("td");
    if (!term) { return cell; }
    if (term.type === "uri") {
      if (/^https?:\/\//.test(term.value)) {
        var link = element("a", term.value);
        link.href = term.value;
        cell.appendChild(link);
      } else {
        cell.textContent = term.value;
      }
    } else if (term.type === "bnode") {
      cell.textContent = "_:" + term.value;
    } else if (term.type === "triple") {
      cell.textContent = "<< " + [term.value.subject, term.value.predicate, term.value.object]
        .map(function (t) { return t.value; }).join(" ") + " >>";
    } else {
      cell.appendChild(document.createTextNode(term.value));
      if (term["xml:lang"]) { cell.appendChild(element("span", " @" + term["xml:lang"], "lang")); }
      if (term.datatype) { cell.appendChild(element("span", " ^^" + term.datatype.replace(/^.*[#\/]/, ""), "datatype")); }
    }
    return cell;
  }

  function showTable(data) {
    var table = element("table", null, "results");
    var head = element("tr");
    data.head.vars.forEach(function (name) { head.appendChild(element("th", "?" + name)); });
    table.appendChild(element("thead")).appendChild(head);
    var body = element("tbody");
    data.results.bindings.forEach(function (row) {
      var line = element("tr");
      data.head.vars.forEach(function (name) { line.appendChild(termCell(row[name])); });
      body.appendChild(line);
    });
    table.appendChild(body);
    results.appendChild(table);
    return data.results.bindings.length;
  }

  function setDownloads(query, tabular) {
    downloads.hidden = !tabular;
    if (!tabular) { return; }
    ["csv", "json"].forEach(function (format) {
      var params = new URLSearchParams({ query: query, format: format });
      document.getElementById("download-" + format).href = endpoint + "?" + params.toString();
    });
  }

  function run(event) {
    if (event) { event.preventDefault(); }
    var query = getQuery();
    var started = performance.now();
    statusLine.textContent = "running…";
    errorBox.hidden = true;
    results.textContent = "";
    downloads.hidden = true;
    fetch(endpoint, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, text/turtle;q=0.9"
      },
      body: new URLSearchParams({ query: query })
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      var reading = type.indexOf("json") >= 0 ? response.json() : response.text();
      return reading.then(function (body) { return { response: response, type: type, body: body }; });
    }).then(function (answer) {
      var elapsed = Math.round(performance.now() - started) + " ms";
      if (!answer.response.ok) {
        var message = answer.body && answer.body.error ? answer.body.error.message : String(answer.body);
        statusLine.textContent = answer.response.status + " " + (answer.body.error ? answer.body.error.title : "");
        errorBox.textContent = message;
        errorBox.hidden = false;
        return;
      }
      if (typeof answer.body === "string") {
        results.appendChild(element("pre", answer.body, "graph"));
        statusLine.textContent = "graph in " + elapsed;
      } else if (answer.body.boolean !== undefined) {
        results.appendChild(element("p", String(answer.body.boolean), "boolean"));
        statusLine.textContent = "answer in " + elapsed;
      } else {
        var rows = showTable(answer.body);
        statusLine.textContent = rows + (rows === 1 ? " row" : " rows") + " in " + elapsed;
        setDownloads(query, true);
      }
    }).catch(function (error) {
      statusLine.textContent = "failed";
      errorBox.textContent = String(error);
      errorBox.hidden = false;
    });
  }

  form.addEventListener("submit", run);
  Array.prototype.forEach.call(document.querySelectorAll("button.example"), function (button) {
    button.addEventListener("click", function () {
      var chosen = examples.filter(function (e) { return e.name === button.dataset.name; })[0];
      if (chosen) { setQuery(chosen.text); run(); }
    });
  });
})();
