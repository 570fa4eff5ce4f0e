"""Benchmarks run against a PostgreSQL database of their own (see docs/performance.md)."""
