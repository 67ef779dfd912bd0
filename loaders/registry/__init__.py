"""Curated and generated registry data (JSON) and the script that builds states.json."""
