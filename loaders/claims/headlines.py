"""Headlines that state whose claim they are.

A news headline is no claim (see :mod:`loaders.claims.filters`), except when it names its
source:

- a subject and a speech verb opening it: "Kazakhstan says pipeline talks will resume",
  "Novak Warns Oil Output May Fall" (REPORTED_SPEECH of the subject);
- a credit after a dash or a colon ending it: "Arctic freight to double by 2030 – Norlink",
  "Summit to showcase ‘alternative’ to West: Kremlin", also as a
  related-story line of the body ("READ MORE: Grain exports hit record – Interfax");
- a source and a colon opening it, the wire-service form: "Lavrov: West seeks to isolate
  Russia", "Russian Ambassador: Russia not the only victim of sanctions", "Energy minister:
  Russia's deliveries of coal to China grow by over 8%" (the whole line is the claim);
- a role and a speech verb opening it: "Russian defense minister announces increase in
  combat readiness …" (the role is resolved to the person the body names with it).

The credited source must be an entity the document already knows (a registered or found
organisation or person, never a state, which a dash often sets off as a topic); the claim
is the headline's words without the label (with the credit, as the line reads). Text rules
only, used by :mod:`loaders.claims.extract`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A related-story label before a headline line in the body.
_LABEL = re.compile(
    r"^(?:(?i:read\s+(?:more|also|this\s+also)|also\s+read|see\s+also|related)\s*[:|]\s*)"
)
_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:of\s+|the\s+|&\s+)?[A-Z][\w&.'’-]*){0,4}"
# "<headline> – <Source>": a spaced dash (or a hyphen set off by spaces) then a name.
_CREDIT = re.compile(rf"(?P<head>.{{20,}}?)(?:\s+[-–—]|(?P<colon>:))\s+(?P<who>{_NAME})\s*$")
# A caption's credit is no source: "… Photo: Artem Ivanov", "Image Credit: AFP", "File photo:
# Kyodo"; nor is a line holding a sentence before its credit ("Qin Gang. Moscow said …: X").
_CAPTION_LABEL = re.compile(
    r"(?i:photo(?:graph)?s?|image|picture|pic|credits?|source|video|courtesy|file|caption|"
    r"by|via|author|editor|reporter|tags?|topics?)\s*$"
)
_SENTENCE_BEFORE = re.compile(r"[.!?]\s+[A-Z]\w")  # "Qin Gang. Moscow said …" (not "O. Shullman")
_VERBS = (
    "says|said|warns|warned|claims|claimed|confirms|confirmed|denies|denied|announces|"
    "announced|insists|vows|vowed|urges|urged|reports|expects|predicts|believes|rejects|"
    "rejected|accuses|accused|calls\\s+on|called\\s+on|stresses|stressed|"
    # a headline's present tense only: its past participle is passive ("Putin praised for …")
    "hints|voices|affirms|reaffirms|hails|slams|blasts|lauds|praises|condemns|criticises|"
    "criticizes|dismisses|pledges|finds|signals|touts|admits|argues|backs"
)
# "<Subject> says <clause>": one to four capitalised words, then the verb.
_SAYS = re.compile(
    rf"^(?P<who>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){{0,3}}?)\s+(?i:{_VERBS})\s+"
    r"(?P<rest>\S+(?:\s+\S+){3,})$"
)
# "<Subject> says <clause>" whose subject is a role written in lower case: "Russian defense
# minister announces …", "Energy minister says …" (the last word must be a role word: the
# caller checks).
_ROLE_SAYS = re.compile(
    rf"^(?P<who>[A-Z][\w.'’&-]*(?:\s+[A-Za-z][\w.'’&-]*){{0,3}}?)\s+(?i:{_VERBS})\s+"
    r"(?P<rest>\S+(?:\s+\S+){3,})$"
)
# "<Source>: <statement>": up to seven words before the colon (a name, a body, a role with
# its "of the …"), a capitalised statement of five words or more after it.
_COLON = re.compile(
    r"^(?P<who>[A-Z][\w.'’&-]*(?:\s+[A-Za-z][\w.'’&-]*){0,6}?)\s*:\s+"
    r"(?P<rest>[\"“‘']?\w[^\s:]*(?:\s+\S+){4,})$"
)
# "<headline>, says <source>": the inverted credit ("…, says Chinese diplomat").
_SAYS_AFTER = re.compile(
    r"(?P<head>.{20,}?),\s+(?i:says|said)\s+(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+){0,5})\s*$"
)
_QUOTED = re.compile(r"[“”\"]")
_SPEAKS = re.compile(
    rf"\b(?:{_VERBS}|told|tells|stated|states|noted|notes|added|adds|wrote|writes)\b", re.I
)
# Enough words for a statement, and a headline's shape: no final full stop.
MIN_HEAD_WORDS = 5
MAX_HEAD_WORDS = 30


def _caption(head: str) -> bool:
    """Whether the words before a closing colon credit are a caption's ("… Photo", "… Image
    Credit") or hold a sentence before them ("Qin Gang. Moscow said it has …")."""
    return bool(_CAPTION_LABEL.search(head) or _SENTENCE_BEFORE.search(head))


@dataclass(frozen=True)
class Headline:
    """A credited headline: the claim's span and the source's span (doc offsets)."""

    start: int
    end: int
    who: tuple[int, int]
    credit: bool  # the source ends the line ("– X") rather than opening it ("X says")
    form: str = "says"  # "says", "credit", "colon" ("X: …") or "role" ("<role> says …")


def credited_headline(base: int, text: str) -> Headline | None:
    """The claim and source of a headline line at doc offset `base`, else None."""
    line = text.rstrip()
    if (
        not line
        or line.endswith((".", "?", "!", ",", ";", ":"))
        or len(line.split()) > MAX_HEAD_WORDS
    ):
        # (a line ending on a comma is a speech's address, "Putin: President Xi, my friend,")
        return None
    label = _LABEL.match(line)
    at = label.end() if label else 0
    m = _CREDIT.match(line, at)
    if m is not None and _QUOTED.search(m.group("head")):
        m = None  # "“…” — X": a signed quotation, left to the quotation rules
    if m is not None and m.group("colon") and _caption(m.group("head")):
        m = None
    if m is not None and len(m.group("head").split()) >= MIN_HEAD_WORDS:
        who = (base + m.start("who"), base + m.end("who"))
        # the claim keeps its credit: "Arctic freight to double by 2030 – Norlink" is how a
        # reader quotes the line
        return Headline(base + m.start("head"), base + len(line), who, True, "credit")
    if label is not None:
        # a related story is the document's claim only when it names its source: "Also read |
        # Putin says world conflicts ‘strengthen’ ties with China"
        m = _SAYS.match(line[at:])
        if m is None:
            return None
        who = (base + at + m.start("who"), base + at + m.end("who"))
        return Headline(base + at, base + len(line), who, False)
    m = _SAYS_AFTER.match(line)
    head = m.group("head") if m is not None else ""
    if m is not None and not _QUOTED.search(head) and len(head.split()) >= MIN_HEAD_WORDS:
        who = (base + m.start("who"), base + m.end("who"))
        return Headline(base, base + len(line), who, True, "credit")
    m = _SAYS.match(line)
    if m is not None:
        return Headline(base, base + len(line), (base + m.start("who"), base + m.end("who")), False)
    m = _ROLE_SAYS.match(line)
    if m is not None:
        who = (base + m.start("who"), base + m.end("who"))
        return Headline(base, base + len(line), who, False, "role")
    m = _COLON.match(line)
    caption = m is not None and _CAPTION_LABEL.search(m.group("who")) is not None  # "X Photo:"
    if (
        m is not None
        and not _QUOTED.search(m.group("who"))
        and not _SPEAKS.search(m.group("who"))
        and not caption
    ):
        # (not "X said: “…”", a quotation its cue introduces)
        who = (base + m.start("who"), base + m.end("who"))
        return Headline(base, base + len(line), who, False, "colon")
    return None
