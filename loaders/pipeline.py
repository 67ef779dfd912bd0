"""The extraction pipeline: named, versioned components run in order over an Extraction.

Each component declares what it reads and writes on the :class:`~loaders.drafts.Extraction`
blackboard. The extractor version (part of the load-skip key) derives from the reader
versions and the component list, so changing any stage re-extracts every document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import import_module
from typing import Protocol

from loaders import regex_cache
from loaders.drafts import DocumentDraft, Extraction


class Component(Protocol):
    name: str
    version: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]

    def __call__(self, ex: Extraction) -> None: ...


# Module paths, in run order; each module exposes `COMPONENT` (an instance or a factory).
COMPONENT_MODULES: tuple[str, ...] = (
    "loaders.components.sentences",
    "loaders.components.entities",
    "loaders.components.statistics",
    "loaders.components.claims",
)


@lru_cache(maxsize=1)
def default_components() -> tuple[Component, ...]:
    components: list[Component] = []
    for path in COMPONENT_MODULES:
        factory: Component | Callable[[], Component] = import_module(path).COMPONENT
        components.append(factory() if isinstance(factory, type) else factory)
    return tuple(components)


def load_engines(components: Sequence[Component] | None = None) -> None:
    """Import the modules the components run (their `engines`): the rule modules, whose
    regular expressions are most of a process's start-up. Called before extracting (outside
    a file's time limit) and by the pool's forkserver; computing the extractor version
    needs only the light component modules, so a load that extracts nothing never pays."""
    with regex_cache.kept():  # their patterns compiled by an earlier process, when kept
        for component in components or default_components():
            for path in getattr(component, "engines", ()):
                import_module(path)


def extractor_version(components: Sequence[Component] | None = None) -> str:
    """A short hash of the readers' and components' names and versions."""
    from loaders.readers import READERS_VERSION

    parts = [f"readers={READERS_VERSION}"]
    parts += [f"{c.name}={c.version}" for c in (components or default_components())]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def extract(doc: DocumentDraft, components: Sequence[Component] | None = None) -> Extraction:
    """Run every component over one document draft."""
    ex = Extraction(doc=doc)
    for component in components or default_components():
        component(ex)
    return ex
