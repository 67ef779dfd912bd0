"""Imported by the worker pool's forkserver (see :mod:`loaders.pool`): builds the
process-wide indexes that the pipeline otherwise builds on its first document — the
registry, the trie of its written forms, the name and common-word lists — so that
every worker forks with them built instead of building them itself (about 0.3 s of CPU
each, again for every fresh pool). The PDF, HTML and JSON readers, which
:func:`loaders.readers.read_file` imports on demand, are imported here once for all workers.
Last, the garbage collector is tuned for loading and all of this frozen out of its scans
(:mod:`loaders.gc_tuning`): the workers inherit both, and never touch the shared pages of
the forkserver's heap to scan them."""

from __future__ import annotations

from loaders import gc_tuning
from loaders.pipeline import default_components, load_engines
from loaders.readers import html, json_threads, pdf  # noqa: F401  (imported once, for all)
from loaders.worker import build_indexes

load_engines(default_components())
build_indexes()
gc_tuning.for_loading()
gc_tuning.freeze_imports()
