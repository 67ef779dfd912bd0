"""Strawberry types of the API, built from kb's table rows (never the rows themselves)."""
