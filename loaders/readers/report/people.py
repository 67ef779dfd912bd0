"""Credit lines of a report's front matter: names, degrees, titles and "(Head)" marks.

``Kirill Babaev, Dr. of Philological Studies (Head); Andrey Kortunov, Ph.D. in History (Head);
… Elena Safronova, Ph.D. in Economics, Ksenia Kuzmina`` → one record per person. Entries are
split on semicolons; within an entry, comma-separated parts that read as degrees belong to
the person and a part that reads as a name starts the next person (a lost semicolon).
"""

from __future__ import annotations

import re

_PARTICLE = r"(?:van|von|de|der|den|du|da|di|la|le|bin|ibn|al|el|dos|del)"
_NAME_WORD = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)?|[A-Z]\.(?:[A-Z]\.)*)"
NAME = re.compile(rf"^{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE})){{1,4}}$")
_DEGREE = re.compile(
    r"\b(?:Ph\.?\s?D|D\.?\s?Sc|Dr\b|Dr\.|Doctor|Candidate|Cand\.|M\.?A\b|M\.?Sc|MSc|MBA|B\.?A\b|"
    r"LL\.?M|Habil|Sc\.?D|Professor|Associate Professor|PhD|DPhil|MPhil)",
)
_TITLE = re.compile(r"^(?:(?:Prof|Dr|Mr|Ms|Mrs|Acad)\.|Professor|Academician)\s+")
_ROLE = re.compile(r"\s*\((Head|head|Lead|lead|Chair|chair|Team Leader|Coordinator|"
                   r"Editor-in-Chief|Project Head|Project Leader)\)\s*")  # fmt: skip
_ORG_WORD = re.compile(
    r"\b(?:Council|Institute|University|Academy|Cent(?:re|er)|Foundation|School|Society|"
    r"Ministry|Agency|Association|Club|Forum|College|Commission|Committee|Bank|Fund|"
    r"Organi[sz]ation|Corporation|Group|Department|Office|Laboratory|Initiative|Programme|"
    r"Program|Service|Board|Union|Chamber|Network)\b"
)


def is_name(text: str) -> bool:
    """A person's name as credits print it: 2–5 capitalised words, no organisation word."""
    text = _ROLE.sub(" ", text).strip().rstrip(".")
    text = _TITLE.sub("", text)
    return bool(NAME.match(text)) and not _ORG_WORD.search(text)


def is_institution(text: str) -> bool:
    return bool(_ORG_WORD.search(text)) and len(text.split()) <= 16 and not text.endswith(".")


_SEMICOLON = re.compile(r"\s*;\s*")
_NAME_SEPARATOR = re.compile(r"\s*(?:;|:|,|\band\b)\s*")


def parse_credits(text: str, group: str | None = None) -> list[dict]:
    """Person records from one credits paragraph (`group` e.g. "From Russia")."""
    people: list[dict] = []
    for entry in _SEMICOLON.split(text.strip().rstrip(".")):
        current: dict | None = None
        for part in (p.strip() for p in entry.split(",")):
            if not part:
                continue
            head = bool(_ROLE.search(part))
            part = _ROLE.sub(" ", part).strip()
            m = _TITLE.match(part)
            bare = part[m.end() :].strip() if m else part
            if not is_name(bare):
                if current is not None:  # a degree, or a qualification that reads as neither
                    current["degrees"].append(part.rstrip("."))
                    current["head"] = current["head"] or head
                continue
            part, titles = bare, ([m.group(0).strip()] if m else [])
            current = {"name": " ".join(part.split()), "degrees": [], "head": head,
                       "group": group, "titles": titles}  # fmt: skip
            people.append(current)
    return people


def parse_names(text: str) -> list[str]:
    """Names from an editors' or contributors' line (separators ; , : and "and")."""
    names: list[str] = []
    for part in _NAME_SEPARATOR.split(text.strip().rstrip(".")):
        part = _ROLE.sub(" ", part).strip()
        part = _TITLE.sub("", part)
        if is_name(part) and part not in names:
            names.append(" ".join(part.split()))
    return names


_BIO = re.compile(
    r"^(?P<name>[^—–(]{3,60}?)\s*(?:\((?P<role>[^)]{1,30})\))?\s*[—–]\s*"
    r"(?P<bio>\S.*)$"
)


def attach_bios(details: list[dict], paragraphs: list[tuple[str, int, int]]) -> None:
    """Add "bio" and "bio_span" ([start, end] in the document text) to the credited people
    from ``Name (Head)—Ph.D. in History, RIAC Director General`` paragraphs (an "About the
    Authors" section); spellings may differ a little (Yuriy / Yury)."""
    from rapidfuzz import fuzz

    for text, start, end in paragraphs:
        m = _BIO.match(text)
        if not m or not is_name(m.group("name")):
            continue
        name = " ".join(m.group("name").split())
        best = max(details, key=lambda d: fuzz.ratio(d["name"], name), default=None)
        if best is None or "bio" in best or fuzz.ratio(best["name"], name) < 85:
            continue
        best["bio"] = m.group("bio")
        best["bio_span"] = [start, end]
        if m.group("role") and m.group("role").lower() == "head":
            best["head"] = True
