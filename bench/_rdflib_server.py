"""rdflib-endpoint serving an rdflib Dataset (default graph = union) loaded from an N-Quads file; for bench.endpoint.

    python -m bench._rdflib_server DUMP.nq PORT
"""
from __future__ import annotations

import sys

import uvicorn
from rdflib import Dataset
from rdflib_endpoint import SparqlEndpoint


def main() -> None:
    dump, port = sys.argv[1], int(sys.argv[2])
    dataset = Dataset(default_union=True)
    dataset.parse(dump, format="nquads")
    app = SparqlEndpoint(graph=dataset, path="/sparql", cors_enabled=False)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
