"""Reference tables kept as data."""
