"""Benchmarks of kg: extraction, store loading, the SPARQL endpoint, memory. `python -m bench --help`."""
