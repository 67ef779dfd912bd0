"""Citations of one document: every web address it cites (a footnote's URL, a link in a
tweet, a bare "kommersant.ru"), its domain, and the outlet when the domain is a known
outlet's (``kommersant.ru`` → Kommersant). A cited domain is where a source was published:
it never becomes an organisation of its own (see :mod:`loaders.entities.links`).
"""

from __future__ import annotations

import re

from loaders.drafts import CitationDraft, Extraction
from loaders.entities.found import Found
from loaders.entities.registry import registry
from loaders.entities.social import host_spans

# A URL as written, up to white space or closing punctuation (a final "." or "," is prose).
URL = re.compile(r"\bhttps?://[^\s\"”’<>)\]}]+", re.I)
_DOMAIN = re.compile(r"(?:https?://)?(?:[^@/\s]*@)?([A-Za-z0-9.-]+\.[A-Za-z]{2,})", re.I)


def _domain(url: str) -> str | None:
    m = _DOMAIN.match(url)
    return m.group(1).lower().removeprefix("www.") if m else None


def find_citations(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, url, domain) of every URL, and of every bare domain outside a URL."""
    out: list[tuple[int, int, str, str]] = []
    covered: list[tuple[int, int]] = []
    for m in URL.finditer(text):
        url = m.group(0).rstrip(".,;:…")
        domain = _domain(url)
        if domain:
            out.append((m.start(), m.start() + len(url), url, domain))
            covered.append((m.start(), m.start() + len(url)))
    spans = iter(covered)
    span = next(spans, None)
    for s, e, host in host_spans(text):  # (`HOST`'s matches, read once for the entity pass)
        while span is not None and span[1] <= s:
            span = next(spans, None)
        if span is not None and span[0] <= s < span[1]:
            continue
        out.append((s, e, host, host.lower().removeprefix("www.")))
    out.sort()
    return out


def add_citations(ex: Extraction, found: Found) -> None:
    """Citation drafts for the document; the outlet is the entity its domain was read as."""
    reg = registry()
    for start, end, url, domain in find_citations(ex.doc.text):
        entry = reg.domain(domain)
        outlet = found.keys.get(f"reg:{entry.name}") if entry is not None else None
        ex.citations.append(CitationDraft(start, end, url, domain, outlet))
