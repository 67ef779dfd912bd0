"""What a short block of a news article *is*, when it is not body text.

Bylines (``By Jane Doe``, ``By Jane Doe and John Roe | Staff writers``, ``By Jane Doe,
Reuters``), dates (``March 3, 2023``, ``3 March 2023``, ``2023-03-03``, ``Published …``),
wire datelines that state a publisher (``MOSCOW (Reuters) –``), copyright and source lines,
photo credits (``Dmitry Astakhov/Sputnik/AP``, ``Photo: …``, ``Getty Images``), box labels
(``Why We Wrote This``) and page furniture (``Previous ArticleNext Article``, ``Share``,
``Advertisement``), links to other pieces (``Next Article``, ``Related``: the byline under
them is not this piece's), a recommended reference (``For citation, please use: Doe, J.,
2024. …``: its authors). Used by :mod:`loaders.readers.article` and the report reader.
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
_MONTH_ANY = _MONTH.replace("(?P<month>", "(?:")
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


# Where a byline's names end at the latest: a date, a date label or a time ("by Jane Doe
# March 10, 2025 3:23 PM", "Jane Doe Published 20 March 2023").
_NAME_END = re.compile(
    rf"\s(?:(?i:{_MONTH_ANY})\s+\d|\d{{1,2}}\s+(?i:{_MONTH_ANY})\b"
    r"|\d{4}-\d{2}|\d{1,2}[:.]\d{2}|(?i:(?:first\s+)?published|posted|updated|last\s+updated)\b)"
)


def _title_case(name: str) -> str:
    """An all-capitals name in title case ("ZHAO YIMENG" → "Zhao Yimeng")."""
    return name.title() if name.isupper() and len(name) > 3 else name


def byline(text: str) -> tuple[list[str], str | None, date | None] | None:
    """(authors, publisher, date) of a byline block, or None when it is not one."""
    if len(text.split()) > 25:
        return None
    text = text.strip()
    cut = _NAME_END.search(text)
    m = _BYLINE.match(text[: cut.start()] if cut else text)
    if not m:
        return None
    names_part, rest = m["names"], m["rest"] + (text[cut.start() :] if cut else "")
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
            names.append(_title_case(" ".join(words)))
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


# A site's title in segments: "President of Russia – The Kremlin – English", "Reuters | World"
_TITLE_SEGMENTS = re.compile(r"\s+[–—|]\s+")
_LANGUAGES = frozenset(["English", "Russian", "Chinese", "French", "German", "Spanish", "Arabic"])


def _site_name(title: str) -> str:
    """The outlet a site title names: its first segment the registry knows as an
    organisation ("The Kremlin" of "President of Russia – The Kremlin – English"), else its
    first segment that names no language."""
    parts = [p for p in _TITLE_SEGMENTS.split(title) if p and p not in _LANGUAGES]
    if len(parts) < 2:
        return title
    from kb.models import EntityType
    from loaders.entities.registry import registry

    known = [p for p in parts if registry().lookup(p, EntityType.ORGANISATION) is not None]
    return (known or parts)[0]


def stated_publisher(text: str) -> str | None:
    """A publisher stated by a copyright/source line or a wire dateline."""
    m = _SOURCE.match(text.strip())
    if m and len(text.split()) <= 12:
        return _site_name(_without_stamp((m["pub"] or m["pub2"]).strip(" ."))) or None
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


# A page's link to another piece ("Next Article", "Related", "Read more"): the names right
# under it are that piece's authors, not this document's. (A pager bar naming both
# directions, "Previous ArticleNext Article", links nowhere in particular.)
_ELSEWHERE = re.compile(
    r"^(?:(?:previous|next|related|recommended|featured)\s*(?:articles?|stories|story|posts?|"
    r"reading|papers?)?|read\s+(?:more|next|also)|up\s+next|more\s+from(?:\s+\S+){0,3}|"
    r"see\s+also|you\s+(?:may|might)\s+also\s+like)\s*:?$",
    re.I,
)


def links_elsewhere(text: str) -> bool:
    """A label linking to another piece: the byline under it is that piece's."""
    return bool(_ELSEWHERE.match(" ".join(text.split())))


def is_furniture(text: str) -> bool:
    """Page furniture: pager links, share buttons, ads, a truncated label ("A story focused on")."""
    s = text.strip()
    if _FURNITURE.match(s):
        return True
    words = s.split()
    return len(words) <= 5 and not s.endswith((".", "?", "!")) and bool(_DANGLING.search(s))


# --- Author lines that are not "By …" bylines -------------------------------------------------

_PERSON_WORD = (
    r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)?|[A-Z]\.(?:[A-Z]\.)*|[A-Z]{2,}(?:-[A-Z]{2,})?)"
)
_PARTICLE = r"(?:van|von|de|der|den|du|da|di|la|le|bin|ibn|al|el|dos|del)"
_PERSON = re.compile(rf"^{_PERSON_WORD}(?:\s+(?:{_PERSON_WORD}|{_PARTICLE})){{1,3}}$")
# Capitalised words that a headline, a rubric or a place line has and a person's name has not.
_NOT_NAME = re.compile(
    r"\b(?:by|the|of|in|on|for|and|to|with|at|from|new|north|south|east|west|central|united|saint|"
    r"st|san|city|republic|federation|region|province|state|home|world|opinion|analysis|"
    r"politics|economy|business|markets?|energy|defen[cs]e|security|asia|europe|africa|"
    r"america|news|latest|breaking|live|video|photos?|gallery|edition|section|topics?|"
    r"council|institute|university|academy|cent(?:re|er)|foundation|ministry|agency|"
    r"association|group|department|office|bank|fund|company|corporation|service|union|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|online|daily|weekly|today|"
    r"report|china|chinese|russia|russian|ukraine|india|japan|korea|kazakhstan|germany|france|"
    r"britain|british|european|american|moscow|beijing|washington|london|kremlin|white|house|"
    r"says?|said|meets?|warns?|calls?|vows?|urges?|slams?|hits?|sees?|eyes?|industry|"
    r"industries|trade|war|military|technology|tech|science|sports?|culture|society|health|"
    r"climate|environment|oil|gas|finance|money|tags?|categor(?:y|ies)|latest|more|top|"
    r"stories|comments?|share|print|email|subscribe|menu|search|register|login|sign|log|"
    # a publication's type: "Issue Brief September 29, 2016" is no author line
    r"issue|brief|briefing|paper|memo|commentary|policy|insights?|perspectives?|explainer|"
    r"bulletin|digest|newsletter|backgrounder|factsheet)\b",
    re.I,
)
_ROLE_PART = re.compile(
    r"^(?:staff|writer|writers|correspondent|correspondents|reporter|reporters|editor|editors|"
    r"contributor|contributing|columnist|special|senior|chief|bureau|analyst|fellow|journalist|"
    r"author|researcher|professor|director|head|expert|scholar|economist|associate|deputy|"
    r"assistant|visiting|research)\b[\w\s,&'’.()-]*$",
    re.I,
)
# A role and affiliation, not a headline running on: capitalised words, role words and
# the little words of an institution's name ("Senior Fellow, Some Policy Council").
_AFFILIATION = re.compile(
    r"^(?:(?:[A-Z][\w.'’&()-]*|staff|writers?|correspondents?|reporters?|editors?|"
    r"contributor|contributing|columnist|special|senior|chief|bureau|analyst|fellow|"
    r"of|the|and|for|at|in|on|de|journalist|author|researcher|professor|director|head|expert|scholar|economist|associate|"
    r"deputy|assistant|visiting|research)[\s,|–—-]*){1,12}$",
    re.I,
)
_NAME_LINE_SPLIT = re.compile(r"\s*[|,–—]\s*|\s+-\s+")


def person_name(text: str) -> str | None:
    """`text` when it reads as one person's name (2–4 capitalised words, no headline or
    place word), title-cased when printed in capitals."""
    text = text.strip(" •·*-–—\t")
    if not _PERSON.match(text) or _NOT_NAME.search(text) or _MEDIA_WORDS.search(text):
        return None
    if _ROLE.search(text):
        return None
    return _title_case(text)


def _people(text: str) -> list[str]:
    """Names joined by commas, "and" or "&" ("Jane Doe & John Roe"), or [] when any is not."""
    parts = [p for p in _NAME_LIST.split(text.strip()) if p]
    names = [person_name(p) for p in parts]
    return [n for n in names if n] if parts and all(names) else []


# "For citation, please use: Doe, J.K. and Roe, A., 2024. Title. Journal, …": the page's
# recommended reference names its authors, surname first, before the year.
_CITE_LABEL = re.compile(
    r"^(?:for\s+citation(?:,?\s+please\s+use)?|please\s+cite\s+(?:this\s+\w+\s+)?as|"
    r"cite\s+(?:this\s+\w+|as)|how\s+to\s+cite(?:\s+this\s+\w+)?|suggested\s+citation)"
    r"\s*:\s*",
    re.I,
)
_CITED = re.compile(r"^(?P<names>[A-Z][^\d()]{2,200}?)[,.]?\s*\(?(?:19|20)\d{2}\)?[a-z]?[.,:]\s+\S")
_SURNAME = re.compile(r"^[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?$")
_GIVEN = re.compile(r"^(?:(?:[A-Z]\.\s?-?){0,2}[A-Z]\.?|[A-Z][a-z]+(?:\s[A-Z]\.?)?)$")


def citation_label(text: str) -> str | None:
    """The rest of a line labelled as the page's recommended reference ("For citation, please
    use: …", "Cite as: …"); "" when the reference is on the next line; None when unlabelled."""
    m = _CITE_LABEL.match(" ".join(text.split()))
    return " ".join(text.split())[m.end() :] if m else None


def cited_authors(text: str) -> list[str] | None:
    """The authors of a recommended reference, written given name first ("Asmolov, K.V. and
    Babaev, K.V., 2024. The …" → ["K.V. Asmolov", "K.V. Babaev"]), or None."""
    m = _CITED.match(" ".join(text.split()))
    if m is None:
        return None
    parts = [p for p in re.split(r"\s*(?:,|;|&|\band\b)\s*", m.group("names")) if p]
    if not parts or len(parts) % 2:
        return None  # surname, given name; surname, given name …
    people = []
    for last, first in zip(parts[::2], parts[1::2], strict=True):
        if not (_SURNAME.match(last) and _GIVEN.match(first)):
            return None
        first = re.sub(r"\.\s+(?=[A-Z]\.?)", ".", first)
        if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", first):
            first += "."  # "Lukin, A 2020": the initial's stop went to the year
        people.append(f"{first} {last}")
    return people


# A bibliography-style author line, the first author family name first: "Charap, Samuel,
# John Drennan, and Pierre Noël", "Lukin, Artyom and Ivan Zuenko".
_INVERTED_FIRST = re.compile(
    r"(?P<last>[A-Z][\w'’-]+),\s+(?P<first>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?)"
    r"(?P<rest>(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})*)"
)


def inverted_authors(text: str) -> list[str] | None:
    """The authors of a line naming the first one family name first ("Charap, Samuel, John
    Drennan, and Pierre Noël" → Samuel Charap, John Drennan, Pierre Noël), when that given
    name is a known one and every name is shaped like a person's; else None."""
    from loaders.entities.lexicon import name_lists

    m = _INVERTED_FIRST.fullmatch(" ".join(text.split()).rstrip("."))
    if m is None or m.group("first").split()[0] not in name_lists()[0]:
        return None
    rest = [p for p in re.split(r"\s*(?:,|&|\band\b)\s*", m.group("rest")) if p.strip()]
    people = [f"{m.group('first')} {m.group('last')}", *(p.strip() for p in rest)]
    return people if all(person_name(p) for p in people) else None


def names_only(text: str) -> bool:
    """A line that is people's names and nothing else ("Jane Doe", "Jane Doe and John Roe"),
    whether or not the given names are known."""
    s = " ".join(text.split())
    return len(s.split()) <= 12 and bool(_people(s))


def _known_first(name: str) -> bool:
    """A bare name opens with a known given name ("Jane Doe") or Chinese family name ("Chen
    Lin"): without a role or a date beside it, two capitalised words may be a subtitle
    ("Digital Sovereignty") or an outlet ("Northern Ledger")."""
    from loaders.entities.lexicon import name_lists

    given, chinese = name_lists()
    first = name.split()[0]
    return first in given or first in chinese


def name_line(text: str, plain: bool = False) -> tuple[list[str], date | None] | None:
    """An author line without "By": names followed by a role or a date ("Jane Doe, Staff
    Writer", "Jane Doe | Senior Correspondent", "Jane Doe Published March 3, 2023", "Jane
    Doe Senior Fellow, Some Council"). With `plain`, names alone ("Jane Doe & John Roe") are
    one too when each opens with a known given name — the caller knows the line sits where a
    byline does (under the title)."""
    s = " ".join(text.split()).strip(" •·*")
    if not s or len(s.split()) > 16 or s.endswith(("?", "!", "”", '"')):
        return None
    cut = _NAME_END.search(s)
    head, tail = (s[: cut.start()], s[cut.start() :]) if cut else (s, "")
    if tail:
        rest = _WEEKDAY.sub("", _DATE_LABEL.sub("", tail.strip(" |,–—")))
        if parse_date(rest) is None:
            return None
        for pattern in _DATES:
            rest = pattern.sub(" ", rest)
        if _WORD.search(re.sub(r"\b(?:min(?:ute)?s?\s+read|[AP]M)\b", " ", _TIME.sub(" ", rest))):
            return None
    parts = _NAME_LINE_SPLIT.split(head.strip(), maxsplit=1)
    names = _people(parts[0])
    role = parts[1] if len(parts) > 1 else ""
    if plain and not tail and (every := _people(head)):  # "Jane Doe, John Roe"
        names, role = every, ""
    if not names:  # "Stephen Roe Senior Fellow, Some Council": the role runs on unseparated
        words = parts[0].split()
        for i in range(2, min(len(words), 5)):
            if _ROLE.fullmatch(words[i]) or _ROLE_PART.match(words[i]):
                names = _people(" ".join(words[:i]))
                role = " ".join(words[i:]) + (", " + parts[1] if len(parts) > 1 else "")
                break
        if not names:
            return None
    if role and not (_ROLE_PART.match(role.strip()) and _AFFILIATION.match(role.strip())):
        return None
    if not (role or tail or (plain and all(_known_first(n) for n in names))):
        return None
    return names, parse_date(tail) if tail else None


_TRAILER = re.compile(
    r"^\(?\s*(?:(?:additional\s+)?reporting|writing|written|compiled|editing|edited)\s+by\s",
    re.I,
)
_TRAILER_PART = re.compile(
    r"(?:^|;|\s)\s*(?P<label>additional\s+reporting|reporting|writing|written|compiled|"
    r"editing|edited)\s+by\s+",
    re.I,
)


def credit_trailer(text: str) -> list[str] | None:
    """The authors of a wire story's closing credits ("(Reporting by Jane Doe; Writing by John
    Roe; Editing by Max Poe)"): the reporters and writers, not the editors or the additional
    reporting; None when the block is not such a line."""
    s = text.strip()
    if not _TRAILER.match(s) or len(s.split()) > 40 or not s.rstrip(" .").endswith(")"):
        return None
    inner = s.strip(" .").strip("()")
    marks = list(_TRAILER_PART.finditer(inner))
    names: list[str] = []
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(inner)
        label = m["label"].lower()
        if label.startswith(("edit", "additional")):
            continue
        for part in re.split(r"\s*(?:,|;|&|\band\b)\s*", inner[m.end() : end]):
            part = re.sub(r"\s+in\s+[A-Z][\w .-]*$", "", part.strip())  # "Jane Doe in Moscow"
            if (name := person_name(part)) and name not in names:
                names.append(name)
    return names


def standalone_byline(text: str) -> tuple[list[str], str | None, date | None] | None:
    """A byline that is a block of its own anywhere in an article ("By Jane Doe" after the
    last paragraph, "Author: Jane Doe"): nothing but names, roles, an outlet and a date."""
    if len(text.split()) > 14:
        return None
    found = byline(text)
    if not found or not all(person_name(n) for n in found[0]):  # "By Friday Officials Hope …"
        return None
    m = _BYLINE.match(text.strip())
    rest = text.strip()[m.end("names") :] if m else ""
    for pattern in _DATES:
        rest = pattern.sub(" ", rest)
    rest = _ROLE.sub(" ", _TIME.sub(" ", _DATE_LABEL.sub(" ", rest)))
    rest = re.sub(r"\b\d+\s*min(?:ute)?s?\s+read\b", " ", rest)  # "3 min read"
    if re.search(r"\b(?!and\b|for\b|of\b|the\b)[a-z]{3,}", rest):  # prose: "By Jane's count, …"
        return None
    return found


# "MOSCOW. (Jane Doe, Some Institute – for Outlet News)": the dateline of a commissioned
# opinion piece names its author and what the author is.
_OPINION_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .,'’-]{1,40}[.,:]?\s*)?\((?P<name>[^,()]{3,40}),\s*(?P<what>.{3,120}?)"
    r"\s*[-–—]\s*(?i:(?:exclusively|specially|written)\s+)?(?i:for)\s+(?P<pub>[A-Z][^()]{1,40})\)\.?$"
)


def opinion_dateline(text: str) -> list[str] | None:
    """The author of an opinion piece's dateline ("MOSCOW. (Jane Doe, political analyst – for
    Outlet News)"), or None."""
    m = _OPINION_DATELINE.match(" ".join(text.split()))
    name = person_name(m["name"]) if m else None
    return [name] if name else None
