"""The Dask worker plugin of `kb load --engine dask`: build the pipeline once per worker.

Kept apart from :mod:`loaders.dask_pool` so that importing the pool (every `kb load
--engine dask`, even an unchanged refresh) does not import Dask.
"""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from loaders.worker import warm_up


class WarmUp(WorkerPlugin):
    """Build the extraction pipeline (the registry and its matchers) once per worker process."""

    name = "kb-warm-up"

    def setup(self, worker: Any) -> None:
        warm_up()
