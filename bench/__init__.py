"""Benchmarks: one module per figure; `python -m bench [NAME ...]` runs them and prints figures.

Each module exposes `main() -> None` and prints its figures. Speed and memory targets live
here, never in timed tests.
"""
