"""TextBuilder: assemble a clean document text piece by piece while recording passage offsets.

Readers append cleaned pieces; the builder joins them with blank lines and returns the
passage drafts whose `start`/`end` index the final text exactly.
"""

from __future__ import annotations

from loaders.drafts import PassageDraft


class TextBuilder:
    def __init__(self, separator: str = "\n\n") -> None:
        self._parts: list[str] = []
        self._length = 0
        self.separator = separator
        self.passages: list[PassageDraft] = []

    def add(self, text: str, passage: PassageDraft, separator: str | None = None) -> PassageDraft:
        """Append `text` as one passage; fills the passage's offsets and returns it.
        `separator` overrides the builder's one before this passage (e.g. "\n" between the
        rows of a table)."""
        if self._parts:
            sep = self.separator if separator is None else separator
            self._parts.append(sep)
            self._length += len(sep)
        passage.start = self._length
        self._parts.append(text)
        self._length += len(text)
        passage.end = self._length
        self.passages.append(passage)
        return passage

    @property
    def offset(self) -> int:
        """Where the next passage's text will start (after the separator)."""
        return self._length + (len(self.separator) if self._parts else 0)

    def text(self) -> str:
        return "".join(self._parts)
