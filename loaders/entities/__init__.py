"""The entity layer: find people and organisations in a document, type them, resolve them.

- :mod:`loaders.entities.registry` — the curated registry and its indexes (shared with the
  statistics and claims stages and the store);
- :mod:`loaders.entities.names` — capitalised phrases typed from evidence;
- :mod:`loaders.entities.social` — @handles, flag emoji, web domains;
- :mod:`loaders.entities.document` — one document's hits resolved to one cluster per entity;
- :mod:`loaders.entities.roles` — affiliations stated by the text;
- :mod:`loaders.entities.authors` — Document.authors / publisher as entity keys.
"""

from loaders.entities.document import find, write
from loaders.entities.registry import Entry, Registry, registry

__all__ = ["Entry", "Registry", "find", "registry", "write"]
