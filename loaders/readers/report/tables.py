"""Tables, figure captions and their source notes.

``Table N. Caption`` and ``Figure N. Caption`` (also ``Fig.``, ``Chart``, ``Diagram``,
``Map``, ``Box``) lines are CAPTION passages. A block whose lines carry tab-separated cells
is a table: its first line is the header, every line a TABLE_ROW passage whose
:class:`~loaders.drafts.TableDraft` keeps the caption, header and the row's cells with their
document offsets. A ``Source:`` / ``Note:`` block right after a table or figure (with its
``URL:`` lines) is a CAPTION too. The unit hint is the caption's trailing unit phrase
(``…, bln. USD``, ``… (million dollars)``).
"""

from __future__ import annotations

import re

from loaders.readers.report.blocks import Block

_CAPTION = re.compile(
    r"^(?P<kind>Table|Figure|Fig\.|Chart|Graph|Diagram|Map|Box|Exhibit)\s+"
    r"(?P<num>\d{1,3}(?:\.\d{1,2})?)\s*[.:—–-]?\s+(?P<title>\S.*)$"
)
_SOURCE = re.compile(r"^(?:Sources?|Notes?|Compiled by|Data)\s*:", re.I)
_UNIT_WORD = re.compile(
    r"\b(?:bln|bn|billion|mln|mn|million|thousand|trillion|ths|USD|EUR|CNY|RUB|dollars?|"
    r"euros?|yuan|roubles?|rubles?|percent|tonnes?|tons?|bcm|kWh|TEU|units|people|%)",
    re.I,
)


def caption(text: str) -> tuple[str, str, str] | None:
    """(kind, number, title) of a table/figure caption line."""
    m = _CAPTION.match(text)
    if not m or len(text) > 300:
        return None
    kind = "Figure" if m.group("kind") in ("Fig.", "Figure") else m.group("kind")
    return kind, m.group("num"), m.group("title")


def is_table(block: Block) -> bool:
    tabbed = [line for line in block.lines if "\t" in line]
    return len(tabbed) >= 2 and 2 * len(tabbed) >= len(block.lines)


def rows(block: Block) -> list[list[str]]:
    """Cells per tabbed line (a line without tabs continues the row before it)."""
    out: list[list[str]] = []
    for line in block.lines:
        if "\t" not in line and out:
            out[-1][-1] = f"{out[-1][-1]} {line.strip()}"
            continue
        out.append([" ".join(c.split()) for c in line.split("\t")])
    return out


def is_source_note(text: str) -> bool:
    return bool(_SOURCE.match(text))


_BRACKETED_END = re.compile(r"\(([^()]{2,40})\)\s*\.?$")  # "… (million dollars)"
_COMMA_END = re.compile(r",\s*([^,]{2,40}?)\.?$")  # "…, bln. USD"
_DIGITS_ONLY = re.compile(r"[\d\s–-]+")


def unit_hint(title: str) -> str | None:
    """A trailing unit phrase of a caption: "…, bln. USD" or "… (million dollars)"."""
    m = _BRACKETED_END.search(title) or _COMMA_END.search(title)
    if m and _UNIT_WORD.search(m.group(1)) and not _DIGITS_ONLY.fullmatch(m.group(1)):
        return m.group(1).strip()
    return None
