r"""Whole-word occurrences of a literal string, found with `str.find`.

`re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text)` compiles a pattern per needle,
and a lookbehind first defeats the regex engine's literal search (a report took 8 ms per
name); this finds the same spans.
"""

from __future__ import annotations

from collections.abc import Iterator


def is_word_char(c: str) -> bool:
    """What `\\w` matches in a str pattern."""
    return c.isalnum() or c == "_"


def whole_word_spans(text: str, needle: str, not_after: str = "") -> Iterator[tuple[int, int]]:
    """Non-overlapping (start, end) of `needle` in `text` with no word character on either
    side (nor one of `not_after` just before it), left to right."""
    at = text.find(needle)
    while at >= 0:
        end = at + len(needle)
        before = text[at - 1] if at else ""
        if not (before and (is_word_char(before) or before in not_after)) and (
            end == len(text) or not is_word_char(text[end])
        ):
            yield at, end
            at = text.find(needle, end)
        else:
            at = text.find(needle, at + 1)
