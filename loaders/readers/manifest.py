"""The corpus manifest (`manifest.toml` beside the files): known metadata per file.

Unknowns stay empty. The manifest may override the detected kind; its title, url, date and
publisher fill what a reader could not find in the text and never replace what the text
states. Its `authors` (curated, e.g. "Alexander Gabuev (@AlexGabuev)") replace the reader's
guess (e.g. a bare handle from a self-link), which the curated entry is expected to cover.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kb.enums import DocumentKind
from kb.errors import DocumentError
from loaders.drafts import DocumentDraft

MANIFEST_NAME = "manifest.toml"


@dataclass(frozen=True)
class ManifestEntry:
    kind: DocumentKind | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published_on: date | None = None
    url: str | None = None
    extra: dict = field(default_factory=dict)

    def apply(self, draft: DocumentDraft) -> None:
        draft.title = draft.title or self.title
        draft.url = draft.url or self.url
        draft.published_on = draft.published_on or self.published_on
        draft.publisher = draft.publisher or self.publisher
        if self.authors:
            draft.authors = list(self.authors)
        for key, value in self.extra.items():
            draft.meta.setdefault(key, value)


def _entry(name: str, raw: dict, manifest: Path) -> ManifestEntry:
    known = {"kind", "title", "authors", "publisher", "published_on", "url"}
    kind = raw.get("kind")
    if kind is not None and kind not in DocumentKind.__members__:
        raise DocumentError(
            str(manifest), f"[{name}] kind {kind!r} is not one of {', '.join(DocumentKind)}"
        )
    published = raw.get("published_on")
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return ManifestEntry(
        kind=DocumentKind(kind) if kind else None,
        title=raw.get("title") or None,
        authors=tuple(raw.get("authors") or ()),
        publisher=raw.get("publisher") or None,
        published_on=published,
        url=raw.get("url") or None,
        extra={k: v for k, v in raw.items() if k not in known},
    )


def load_manifest(folder: Path) -> dict[str, ManifestEntry]:
    """Entries by file name; an absent manifest is an empty one."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, ValueError) as exc:
        raise DocumentError(str(path), f"manifest is not valid TOML: {exc}") from exc
    files = raw.get("files", {})
    return {name: _entry(name, body, path) for name, body in files.items()}
