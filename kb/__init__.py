"""kb core: configuration, storage (tables, engine, migrations), identifiers and errors.

The core knows nothing of parsing or GraphQL; `loaders` and `schema` build on it.
"""

__version__ = "0.1.0"
