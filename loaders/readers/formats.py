"""A corpus file's format, from its content: PDF, HTML, JSON thread export or plain text.

Magic bytes first (``%PDF-`` within the first kilobyte, as PDF readers allow), then
markup (a doctype or an html/head/body/meta tag near the start, or a block tag opening the
file: a page's fragment such as ``<article><p>…``), then JSON (a file that
opens with ``{``/``[`` or the archive's ``window.YTD…`` prefix and parses); anything else
is text. The file's extension decides nothing, except that a ``.json`` file that does not
parse is reported as broken JSON rather than read as text. The manifest's ``format`` key
(``pdf``, ``html``, ``json``, ``text``) overrides detection.
"""

from __future__ import annotations

import json
import re
from enum import StrEnum

from kb.errors import DocumentError

# Here rather than in .html, which imports trafilatura: detecting a text file's format must
# not cost that import (about 0.06 s of a seeds load).
_MARKUP = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s", re.I)
# A file that opens with a block-level tag is a page's fragment saved as is.
_FRAGMENT = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<(?:article|section|main|div|p|h[1-6])[\s>]", re.I)
_JSON_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:[\[{]|window\.YTD\.)")


class Format(StrEnum):
    PDF = "pdf"
    HTML = "html"
    JSON = "json"
    TEXT = "text"


def looks_like_html(data: bytes) -> bool:
    """Markup near the start of the file: a doctype or an html/head/body/meta tag, or a
    page's fragment opening with a block tag ("<article><p class=…>")."""
    return bool(_MARKUP.search(data[:4096]) or _FRAGMENT.match(data[:256]))


_ARCHIVE_PREFIX = re.compile(rb"^\s*window\.YTD\.[\w.]+\s*=\s*")  # a Twitter archive's .js


def detect_format(data: bytes, source_path: str = "") -> Format:
    if b"%PDF-" in data[:1024]:
        return Format.PDF
    if looks_like_html(data):
        return Format.HTML
    if _JSON_START.match(data[:64]):
        if source_path.lower().endswith((".json", ".js")):
            return Format.JSON
        try:
            json.loads(_ARCHIVE_PREFIX.sub(b"", data).decode("utf-8-sig"))
        except (ValueError, UnicodeDecodeError):
            return Format.TEXT
        return Format.JSON
    return Format.TEXT


def forced_format(value: object, manifest_path: str) -> Format | None:
    """The manifest's `format` for a file, checked."""
    if value is None:
        return None
    try:
        return Format(str(value).lower())
    except ValueError:
        allowed = ", ".join(f.value for f in Format)
        raise DocumentError(manifest_path, f"format {value!r} is not one of {allowed}") from None
