"""The statistics stage (not built yet: writes nothing). Replaced by its own issue's work."""

from __future__ import annotations

from loaders.drafts import Extraction


class PendingStatistics:
    name = "statistics"
    version = "0"
    reads: tuple[str, ...] = ()
    writes: tuple[str, ...] = ()

    def __call__(self, ex: Extraction) -> None:
        return None


COMPONENT = PendingStatistics
