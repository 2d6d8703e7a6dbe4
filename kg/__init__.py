"""kg: news articles about defense officials -> a knowledge graph of officials, calls and military aid,
served as a SPARQL 1.1 endpoint."""
from kg.api import load, open_store, query

__all__ = ["load", "open_store", "query"]
