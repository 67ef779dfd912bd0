"""Front matter (title page, credits, imprint) and the back-cover imprint of a report.

Front matter is what precedes the contents list (or the first body heading). It yields
metadata, not body: the title (the first block that is neither names nor institutions), the
institutions of the title page (the publisher is the one the bibliographic line names, else
the first; the others are partners), the credits under ``Authors:`` with their groups
(``From Russia:``) and the editors under ``… Editors:``, the ISBN, and from the bibliographic
line the report number, place, year and page count. Prose blocks of the front matter (an
abstract, a disclaimer) stay body paragraphs. The back-cover imprint (title again in
capitals, ``Report No.``, credits for layout and photos, print format, phone, address) is
dropped from the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from loaders.readers import article_meta
from loaders.readers.report.blocks import Block
from loaders.readers.report.people import is_institution, is_name, parse_credits, parse_names

_AUTHORS_LABEL = re.compile(r"^(?:authors?|contributors|written by|prepared by|"
                            r"authors? (?:team|group)|research team)\s*:?$", re.I)  # fmt: skip
_EDITORS_LABEL = re.compile(r"^(?:[\w-]+\s+)?editors?(?:[\s-]in[\s-]chief)?\s*:?$|^edited by:?$",
                            re.I)  # fmt: skip
_INLINE_LABEL = re.compile(
    r"^(?P<label>authors?|contributors|written by|prepared by|"
    r"(?:[\w-]+\s+)?editors?|edited by)\s*:\s*(?P<rest>\S.*)$",
    re.I,
)
_GROUP_LABEL = re.compile(r"^(?P<group>[A-Z][^.;]{1,40}):$")
_ISBN = re.compile(r"\bISBN(?:-1[03])?[:\s]*(?P<isbn>[0-9][0-9Xx\- ]{8,16}[0-9Xx])")
_REPORT_NO = re.compile(r"\b(?:Report|Working Paper|Paper|Policy Brief)\s+No\.?\s*"
                        r"(?P<no>\d+(?:\s*/\s*\d{2,4})?)", re.I)  # fmt: skip
_IMPRINT = re.compile(r"[—–-]\s*(?P<place>[A-Z][\w .-]{1,30}?)\s*:\s*(?P<house>[^,—–]{1,60}),\s*"
                      r"(?P<year>(?:19|20)\d{2})\b")  # fmt: skip
_PAGES = re.compile(r"\b(?P<pages>\d{1,4})\s*(?:p|pp|pages)\.(?:\s|$)")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]  # fmt: skip
_FULL_DATE = re.compile(rf"\b(?P<month>{'|'.join(m.title() for m in _MONTHS)})\s+"
                        r"(?P<day>\d{1,2}),\s*(?P<year>(?:19|20)\d{2})\b")  # fmt: skip
_PROSE_END = re.compile(r"[.!?:][\"”’)]?$")


@dataclass
class FrontMatter:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    details: list[dict] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    institutions: list[str] = field(default_factory=list)
    publisher: str | None = None
    published_on: date | None = None
    meta: dict = field(default_factory=dict)

    @property
    def partners(self) -> list[str]:
        return [i for i in self.institutions if i != self.publisher]


def _is_prose(b: Block) -> bool:
    return len(b.text.split()) >= 12 and bool(_PROSE_END.search(b.text))


def parse_front(blocks: list[Block]) -> FrontMatter:
    """Metadata from the front blocks; marks the blocks it consumed kind="front"."""
    fm = FrontMatter()
    mode: str | None = None
    group: str | None = None
    bib: list[str] = []
    title_page_names: list[str] = []
    byline_names: list[str] = []  # "By Jane Doe", "Jane Doe, Senior Fellow, Some Council"
    seen_content = False
    for b in blocks:
        if b.kind == "noise":
            continue
        text = b.text
        inline = _INLINE_LABEL.match(text) if len(text) < 600 else None
        if inline:  # "Authors: A. Name, Ph.D.; B. Name"
            mode = "editors" if "edit" in inline.group("label").lower() else "authors"
            text = inline.group("rest")
        if _AUTHORS_LABEL.match(text):
            mode, group, b.kind = "authors", None, "front"
            continue
        if _EDITORS_LABEL.match(text):
            mode, b.kind = "editors", "front"
            continue
        g = _GROUP_LABEL.match(text)
        if g and mode in ("authors", "editors") and len(b.lines) == 1:
            group, b.kind = g.group("group").strip(), "front"
            continue
        dated = bool(_FULL_DATE.search(text)) and len(text.split()) <= 8  # "Moscow, May 4, 2024"
        if _ISBN.search(text) or _REPORT_NO.search(text) or _IMPRINT.search(text) or dated:
            bib.append(text)
            b.kind, mode = "front", None
            continue
        if mode == "authors" and (";" in text or is_name(text.split(",")[0])):
            fm.details += parse_credits(text, group)
            b.kind = "front"
            continue
        if mode == "editors" and (";" in text or is_name(text.split(",")[0])):
            fm.editors += parse_names(text)
            b.kind = "front"
            continue
        mode = None
        institutions = all(is_institution(x) for x in b.lines)
        if len(b.lines) == 1 and (named := author_line(text, plain=seen_content)):
            byline_names += [n for n in named if n not in byline_names]
            if not institutions:  # "Jane Doe, Fellow, Some Institute" still names the institute
                b.kind = "front"
                continue
        opening = not seen_content and len(b.lines) == 1  # the first line: a title, not a name
        seen_content = True
        if (fm.title is None and not _is_prose(b) and not institutions
                and (opening or not all(is_name(x) for x in b.lines))):  # fmt: skip
            fm.title = " ".join(text.split())
            b.kind = "front"
            continue
        if all(is_name(x) for x in b.lines):
            title_page_names += [" ".join(x.split()) for x in b.lines]
            b.kind = "front"
        elif institutions:
            fm.institutions += [" ".join(x.split()) for x in b.lines
                                if " ".join(x.split()) not in fm.institutions]  # fmt: skip
            b.kind = "front"
        elif not _is_prose(b) and len(text.split()) > 6 and not _PROSE_END.search(text):
            b.kind = "front"  # a run of names printed on one line, a slogan: not body
    if fm.title is None and fm.institutions:  # a title that reads like a body's name
        fm.title = fm.institutions.pop(0)
    _dedupe_people(fm)
    fm.authors = [p["name"] for p in fm.details] or title_page_names or byline_names
    _read_bibliography(fm, bib)
    return fm


def author_line(text: str, plain: bool) -> list[str] | None:
    """The authors an author line names: a byline ("By Jane Doe and John Roe", "Author:
    Jane Doe"), names with a role or a date ("Jane Doe, Senior Fellow, Some Council"), or,
    with `plain` (the line sits under a title), names alone ("JANE DOE, JOHN ROE")."""
    if found := article_meta.standalone_byline(text):
        return found[0]
    named = article_meta.name_line(text, plain=plain)
    return named[0] if named else None


_HEAD_BLOCKS = 10  # how far into a report without front matter its author line may sit


# "- Jane Doe", "— Jane Doe": a name alone after a dash, an author line of a saved page.
_DASHED_NAME = re.compile(r"^\s*[-–—]\s+(?P<name>[^\s].{2,60})$")
# A page's dek naming its author: "Jane Doe on how …" / "… on why …".
_DEK_ON = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\s+on\s+"
    r"(?:how|why|what|whether|where|when|who)\b"
)
# A byline run into the page's first line: "… 29 Mar 2019 By Jane Doe for Some Center (SC) …".
_BY_FOR = re.compile(
    r"(?:^|\s)By\s+(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]*){1,3}"
    r"(?:\s+and\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]*){1,3})?)\s+for\s+(?:the\s+)?[A-Z]"
)


def _stated_author(line: str) -> list[str] | None:
    """The author a page's opening line states without a byline of its own: a dek "Jane Doe
    on how …", or "By Jane Doe for <Outlet>" run into a longer line. The line stays text."""
    dek = _DEK_ON.match(line)
    if dek is not None and _person_shaped(dek.group("name")):
        return [dek.group("name")]
    by = _BY_FOR.search(line[:400])
    if by is not None:
        names = [n.strip() for n in by.group("names").split(" and ")]
        if all(_person_shaped(n) for n in names):
            return names
    return None


def _person_shaped(name: str) -> bool:
    """Shaped like one person's name, a bare middle initial allowed ("Brian G Carlson")."""
    return article_meta.person_name(re.sub(r"\b([A-Z])\b(?!\.)", r"\1.", name)) is not None


def head_authors(blocks: list[Block]) -> list[str]:
    """Authors of a report without front matter (a web page saved as text): an author line
    among its opening blocks (after a prose paragraph, only a "By …" line). The line leaves
    the body (a block of its own is marked kind="front", a line of a longer block is cut out
    of it), unless it names an institution. The names under a link to another piece ("Next
    Article ¶ Jane Doe") are that piece's authors: they name no author here (and stay text).
    A recommended reference ("For citation, please use: Doe, J. and Roe, A., 2024. …") names
    the authors, given name first ("J. Doe", "A. Roe"); it stays text."""
    seen_title = seen_prose = elsewhere = cite_next = False
    for b in blocks[:_HEAD_BLOCKS]:
        if b.kind == "noise":
            continue
        for n, line in enumerate(b.lines):
            reference = article_meta.citation_label(line)
            if reference == "":  # "For citation, please use:" ¶ "Doe, J. and Roe, A., 2024. …"
                cite_next = True
                continue
            if reference is not None or cite_next:
                cited = article_meta.cited_authors(reference or line)
                if cited:
                    return cited  # the reference stays text
                cite_next = False
            if article_meta.links_elsewhere(line) or (
                elsewhere and (is_name(line) or author_line(line, plain=True))
            ):
                elsewhere = True  # "Next Article ¶ Jane Doe": the linked piece's author
                continue
            elsewhere = False
            if not seen_prose and (inverted := article_meta.inverted_authors(line)):
                _take_out(b, n)  # "Charap, Samuel, John Drennan, and Pierre Noël"
                return inverted
            if not seen_prose and (stated := _stated_author(line)):
                return stated  # "Jane Doe on how …", "… 2019 By Jane Doe for X …": stays text
            if not seen_prose and (dashed := _DASHED_NAME.match(line)):
                named = article_meta.name_line(dashed.group("name"), plain=True)
                if named:  # "- Jane Doe" under or over the title: the author line
                    _take_out(b, n)
                    return named[0]
            if _is_prose(Block(b.index, [line])):
                seen_prose = True  # past a pull quote or the lead only "By …" counts
                continue
            if seen_prose:
                found = article_meta.standalone_byline(line)
                named = found[0] if found else None
            else:
                named = author_line(line, plain=seen_title)
            if not named and (named := article_meta.opinion_dateline(line)):
                return named  # "MOSCOW. (Jane Doe, … – for X)": the dateline stays
            if named:
                if is_institution(line):  # "Jane Doe, Fellow, Some Institute": the institute
                    return named  # is the entity stage's to find in the text
                _take_out(b, n)
                return named
            seen_title = True
    return []


def _take_out(b: Block, n: int) -> None:
    """An author line leaves the body: a block of its own becomes front matter, a line of a
    longer block is cut out of it."""
    if len(b.lines) == 1:
        b.kind = "front"
    else:
        b.lines.pop(n)


def _dedupe_people(fm: FrontMatter) -> None:
    seen: set[str] = set()
    kept = []
    for p in fm.details:
        if p["name"] not in seen:
            seen.add(p["name"])
            kept.append(p)
    fm.details = kept


_SPACES = re.compile(r"\s+")


def _read_bibliography(fm: FrontMatter, lines: list[str]) -> None:
    text = " ".join(lines)
    m = _ISBN.search(text)
    if m:
        fm.meta["isbn"] = " ".join(m.group("isbn").split())
    m = _REPORT_NO.search(text)
    if m:
        fm.meta["report_number"] = _SPACES.sub("", m.group("no"))
    m = _IMPRINT.search(text)
    if m:
        fm.meta["place"] = m.group("place").strip()
        fm.meta["year"] = int(m.group("year"))
    m = _PAGES.search(text)
    if m:
        fm.meta["page_count"] = int(m.group("pages"))
    d = _FULL_DATE.search(text)
    if d:
        fm.published_on = date(int(d.group("year")), _MONTHS.index(d.group("month").lower()) + 1,
                               int(d.group("day")))  # fmt: skip
    named = [i for i in fm.institutions if i in text]
    fm.publisher = named[0] if named else (fm.institutions[0] if fm.institutions else None)


_BACK = re.compile(
    r"\b(?:tel\.?|fax|e-?mail|phone)\s*[:.]|@\w|\bcopies\b|^format\b|^layout\b|"
    r"\bphoto(?:s|graphs?)?\b.*\bcredits?\b|^cover\b|\bprinted\b|\bISBN\b|©|"
    r"^\d{5,6},\s|^(?:www\.)?[\w-]+\.(?:ru|com|org|net|cn|info|eu)/?$",
    re.I,
)


def drop_back_matter(blocks: list[Block], fm: FrontMatter) -> list[str]:
    """Mark the trailing imprint blocks kind="front"; returns their lines (for meta)."""
    title = (fm.title or "").casefold()
    names = [i.casefold() for i in fm.institutions]
    report_no = _REPORT_NO
    dropped: list[str] = []
    for b in reversed(blocks):
        if b.kind == "noise":
            continue
        text = b.text
        low = text.casefold()
        if len(text.split()) > 25:
            break
        if (
            _BACK.search(text)
            or (title and low.strip(" .") == title.strip(" ."))
            or (report_no.search(text) and len(text.split()) <= 6)
            or (names and sum(n in low for n in names) >= 2 and len(text.split()) <= 40)
            or low.strip(" .") in names
            or (
                len(b.lines) == 1
                and len(text.split()) <= 3
                and text.lower().strip(" :") in ("notes", "for notes", "notes page")
            )
        ):
            b.kind = "front"
            dropped.append(text)
            continue
        break
    return list(reversed(dropped))
