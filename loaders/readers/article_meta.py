"""What a short block of a news article *is*, when it is not body text.

Bylines (``By Jane Doe``, ``By Jane Doe and John Roe | Staff writers``, ``By Jane Doe,
Reuters``), dates (``March 3, 2023``, ``3 March 2023``, ``2023-03-03``, ``Published …``),
wire datelines that state a publisher (``MOSCOW (Reuters) –``), copyright and source lines,
photo credits (``Dmitry Astakhov/Sputnik/AP``, ``Photo: …``, ``Getty Images``), box labels
(``Why We Wrote This``) and page furniture (``Previous ArticleNext Article``, ``Share``,
``Advertisement``). Used by :mod:`loaders.readers.article`.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = [
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
]
_DATE_LABEL = re.compile(
    r"^(?:(?:first\s+)?published|posted|updated|last\s+updated|date|dated)(?:\s+on)?\s*:?\s*",
    re.I,
)
_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.I)
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\b|\b(?:GMT|UTC|ET|EST|EDT|MSK)\b"
)

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:de|da|van|von|der|le|la|bin|al)\s+)?[A-Z][\w'’.-]*){1,3}"
_BYLINE = re.compile(
    rf"^(?i:by|written\s+by|author:?|words\s+by)\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    r"(?P<rest>.*)$"
)
_ROLE = re.compile(
    r"\b(?:staff|writer|writers|correspondent|correspondents|reporter|reporters|editor|editors|"
    r"contributor|contributing|columnist|special|senior|chief|bureau|chief|analyst|fellow)\b",
    re.I,
)
_MEDIA_WORDS = re.compile(
    r"\b(?:News|Times|Post|Monitor|Press|Agency|Journal|Tribune|Herald|Guardian|Review|Magazine|"
    r"Daily|Gazette|Telegraph|Economist|Reuters|AFP|AP|Bloomberg|TASS|Xinhua|Interfax|RIA|"
    r"Kommersant|Vedomosti|Nikkei|Radio|Television|TV|Broadcasting|Media|Observer|Standard|"
    r"Insider|Diplomat|Affairs|Wire|Dispatch|Chronicle|Courier|Mail|Express|Independent)\b"
)
_WIRE = re.compile(r"^[A-Z][A-Z .,'’-]{1,40}\((?P<pub>[A-Z][\w .&-]{1,30})\)\s*[-–—]")
_SOURCE = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?"
    r"(?!(?:photo|image|picture|video)s?\b)(?P<pub>[A-Z][^.|\n]{1,60}?)\.?"
    r"(?:\s*all rights reserved\.?)?$|"
    r"^(?:source|published by|publisher)\s*:?\s+(?P<pub2>[A-Z][^|]{1,60})$",
    re.I,
)
_CAPS = r"[A-Z][\w.'’-]*(?:[ -](?:[A-Z][\w.'’-]*|via|for)){0,4}"
# Photo credits: "Dmitry Astakhov/Sputnik/AP", "Photo: X", "Getty Images", "X | Reuters".
_CREDIT = re.compile(
    r"^(?:\(?(?i:photo|photograph|image|picture|illustration|credit|file photo|video)s?\s*"
    rf"(?i:by|:|credit:?)\s*.{{1,80}}\)?|(?i:courtesy of)\s.{{1,60}}|"
    rf"{_CAPS}(?:\s*[/|]\s*{_CAPS}){{1,3}}"
    r"|(?:[A-Z][\w.'’-]+\s+){0,3}(?:for\s+)?(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock|"
    r"Sputnik|TASS|Xinhua)(?:\s+via\s+Getty Images)?)$"
)
_BOX_LABELS = re.compile(
    r"^(?:why we wrote this|key (?:takeaways|points)|at a glance|in brief|quick read|"
    r"the big picture|what to know|editor'?s note)"
    r"\s*:?$",
    re.I,
)
_FURNITURE = re.compile(
    r"^(?:(?:previous|next)\s*(?:article|story|post)\s*)+$|"
    r"^(?:comments?|likes?|shares?|views?|replies|reactions?)\s*[(:]?\s*\d+\s*\)?$|"  # counters
    r"^(?:advertisement|sponsored|share|"
    r"share this(?: article| story)?|tweet|email|print|comments?|subscribe(?: now)?|skip to "
    r"(?:main )?content|sign up.{0,60}newsletter.{0,40}|follow us.{0,60}|click here.{0,60}|"
    r"you have read \d+ of \d+ free articles.*|"
    r"related(?: stories| articles| reading)?(?::.{0,80})?|"
    r"read more(?::.{0,80})?|(?:story )?continues? (?:below|after) (?:the )?advertisement|"
    r"all rights reserved\.?|loading\.*|[\W_]+)$",
    re.I,
)
_DANGLING = re.compile(r"\b(?:on|of|by|for|to|the|a|an|in|with|and|about)$", re.I)


def parse_date(text: str) -> date | None:
    """The first calendar date in `text` ("May 24, 2023", "24 May 2023", "2023-05-24")."""
    for pattern in _DATES:
        m = pattern.search(text)
        if not m:
            continue
        month = int(m.group("mnum")) if "mnum" in m.groupdict() else _MONTHS[m["month"].lower()]
        try:
            return date(int(m["year"]), month, int(m["day"]))
        except ValueError:
            continue
    return None


_WORD = re.compile(r"[A-Za-z]{3,}")
_NAME_LIST = re.compile(r"\s*(?:,|\band\b|&)\s*")  # "A, B and C"
_BYLINE_PART = re.compile(r"\s*[|,;–—]\s*|\s+-\s+")


def date_line(text: str) -> date | None:
    """A block that is only a date (maybe labelled, with weekday and time): its date."""
    rest = _WEEKDAY.sub("", _DATE_LABEL.sub("", text.strip()))
    found = parse_date(rest)
    if found is None:
        return None
    for pattern in _DATES:
        rest = pattern.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    return found if not _WORD.search(rest) else None


def byline(text: str) -> tuple[list[str], str | None, date | None] | None:
    """(authors, publisher, date) of a byline block, or None when it is not one."""
    if len(text.split()) > 25:
        return None
    m = _BYLINE.match(text.strip())
    if not m:
        return None
    names_part, rest = m["names"], m["rest"]
    names: list[str] = []
    for raw in _NAME_LIST.split(names_part):
        words = raw.split()
        # "Fred Weir Special correspondent": the name stops at the first role word.
        for i, w in enumerate(words):
            if _ROLE.fullmatch(w):
                rest = " ".join(words[i:]) + rest
                words = words[:i]
                break
        if names and _MEDIA_WORDS.search(" ".join(words)):  # "…, Bloomberg News"
            rest = ", " + " ".join(words) + rest
        elif len(words) >= 2:
            names.append(" ".join(words))
        elif words and names:  # "Smith, Reuters" leftovers go to the rest
            rest = " " + " ".join(words) + rest
    if not names:
        return None
    publisher = None
    for part in _BYLINE_PART.split(rest):
        part = part.strip(" .")
        if part and _MEDIA_WORDS.search(part) and not _ROLE.search(part) and not parse_date(part):
            publisher = part
            break
    return names, publisher, parse_date(rest)


_MONTH_ANY = _MONTH.replace("(?P<month>", "(?:")
# What a source line may run on with after the outlet's name: a date label ("Published:",
# "Updated"), a date ("2018-02-27", "March 3, 2023") or a time ("23:09:45") — the line's
# timestamp, not part of the name ("Source: Xinhua 2018-02-27 23:09:45").
_STAMP_TAIL = re.compile(
    r"\s+(?:(?:first\s+)?published|posted|updated|last\s+updated|dated?)(?:\s+on)?\s*:?\s*"
    rf"(?:\d|{_MONTH_ANY}\b).*$"
    r"|\s+\(?\d{4}-\d{2}-\d{2}\b.*$|\s+\d{1,2}:\d{2}\b.*$"
    rf"|\s+\(?(?:{_MONTH_ANY}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_ANY})\b.*$",
    re.I,
)


def _without_stamp(name: str) -> str:
    """An outlet's name without the date or time its source line runs on with."""
    return _STAMP_TAIL.sub("", name).strip(" .,;:|-–—")


def stated_publisher(text: str) -> str | None:
    """A publisher stated by a copyright/source line or a wire dateline."""
    m = _SOURCE.match(text.strip())
    if m and len(text.split()) <= 12:
        return _without_stamp((m["pub"] or m["pub2"]).strip(" .")) or None
    m = _WIRE.match(text)
    return m["pub"].strip() if m else None


def is_copyright(text: str) -> bool:
    return bool(_SOURCE.match(text.strip())) and len(text.split()) <= 12


def is_credit(text: str) -> bool:
    """A photo credit line (short, names joined by slashes, or labelled)."""
    s = text.strip()
    if len(s.split()) > 12 or s.endswith((".", "?", "!", "”", '"')):
        return False
    return bool(_CREDIT.match(s))


def is_box_label(text: str) -> bool:
    return bool(_BOX_LABELS.match(text.strip()))


def is_furniture(text: str) -> bool:
    """Page furniture: pager links, share buttons, ads, a truncated label ("A story focused on")."""
    s = text.strip()
    if _FURNITURE.match(s):
        return True
    words = s.split()
    return len(words) <= 5 and not s.endswith((".", "?", "!")) and bool(_DANGLING.search(s))
