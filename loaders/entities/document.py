"""One document's entities: every written form found, resolved to one record per entity.

Sources of hits, in order of trust: the registry (names, aliases, capitals as their states,
handles, domains, flags); capitalised phrases typed by :mod:`loaders.entities.names`; @handles
typed by :mod:`loaders.entities.social`. Resolution inside the document:

- a discovered organisation phrase that contains registered names ("Institute of China and
  Contemporary Asia") is one organisation, and the inner names are not mentions;
- "Mr. Xi" / "President Rahmon": the title is read, the name resolves to its registry entry;
- a surname alone ("Zubarevich", "Dr Kortunov") is the person named in full in the document,
  when exactly one person has that surname;
- a handle is the registry's entity for it, else the person of the document whose name it
  spells ("@Igor_Denisov" → Igor Denisov), else a new person or organisation by its evidence;
- "Full Name (ACR)" makes ACR an alias, and every later ACR a mention;
- a body written in lower case by its field ("the ministry of economic development said")
  is "Ministry of Economic Development";
- an unknown domain is merged with an unknown handle of the same stem ("levada.ru",
  "@levada_ru").
A cluster has one type: people and organisations never share a record.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.enums import EntityType
from kb.ids import normalise_name
from loaders.alternation import ordered_alternation
from loaders.drafts import Extraction, MentionDraft
from loaders.entities.anchored import finditer_at, finditer_not_after, occurrences, word_start
from loaders.entities.companies import trim_company
from loaders.entities.credits import find_credits
from loaders.entities.customs import find_customs
from loaders.entities.found import Found, Hit, SpanIndex
from loaders.entities.governments import find_embassies, find_governments
from loaders.entities.lexicon import (
    HEAD_KINDS,
    NOT_NAME,
    ORG_NOUN_KIND,
    ORG_NOUNS,
    STATE_ADJECTIVES,
    common_word,
    head_kind,
    name_lists,
)
from loaders.entities.links import resolve_acronyms, resolve_flags_and_hosts, resolve_handles
from loaders.entities.military import find_formations
from loaders.entities.ministries import find_executives_companies, find_ministries
from loaders.entities.names import Candidate, classify
from loaders.entities.outlets import (
    find_glued_sections,
    find_named_after_noun,
    find_outlet_short_names,
)
from loaders.entities.people import (
    apply_redirects,
    find_nicknamed,
    given_name,
    merge,
    resolve_surnames,
    split_people,
)
from loaders.entities.regional import find_regional
from loaders.entities.registry import Entry, registry, registry_matches
from loaders.entities.tokens import join_parts, lower_words, runs, split_chain, tokens

# "the mayor of Moscow", "MNI (London) -": the city, not the government ("in Beijing" stays
# the state, as the press uses it: "the enthusiasm in Beijing").
_CITY_BEFORE = re.compile(
    r"(?:\bnear|\boutside|\baround|\bof|\bto|\bmayor\s+of|[A-Za-z.]\s\()\s*$", re.I
)


_CITY_AFTER = re.compile(
    r":\s|\)\s*[-–—]|-(?:based|headquartered|registered)\b"
    r"|\s+(?:Statute|Treaty|Convention|Protocol|Declaration|Agreements?|Accords?|Charter)\b"
)  # "Oslo: Fridtjof Nansen Institute, 2023" (place of publication); "a Moscow-based firm";
# "the Rome Statute", "the Paris Agreement": a document named after the city of its signing
# A state's name before a geographic feature names the feature, not the state: "the Taiwan
# Strait", "the South China Sea", "the Korea Bay".
_FEATURE_AFTER = re.compile(
    r"\s+(?:Straits?|Sea|Gulf|Bay|Peninsula|Basin|Canal|Islands?|Lake)\b(?!\s+of\b)"
)


_FEATURE_BEFORE = re.compile(r"\b(?:Sea|Gulf|Bay|Straits?|Isthmus)\s+of\s+(?:the\s+)?$")
_STANCE_PREFIX = re.compile(r"\b(?:pro|anti)-$", re.IGNORECASE)  # "pro-Kremlin"


# "Ph.D. in Public Administration", "Doctor of Philological Sciences": a field, not a body.
_DEGREE_BEFORE = re.compile(
    r"(?:Ph\.?\s?D\.?|Dr\.?|Doctor|Candidate|Master|Bachelor|degree|Professor|MA|BA|MSc)"
    r"\s+(?:in|of)\s+$"
)


# "Russian military equipment / industry / cooperation": "military" modifies a noun.
_MILITARY_MODIFIER = re.compile(
    r"[ -](?:equipment|industry|industrial|technology|technologies|cooperation|co-operation|"
    r"uniforms?|exercises?|drills?|aid|aircraft|bases?|hardware|spending|budget|ties|relations|"
    r"doctrine|capabilit(?:y|ies)|production|parts|components|goods|supplies|needs|use|"
    r"purposes|applications|end-users?|analysts?|experts?|bloggers?|sources|intelligence|"
    r"personnel|contractors?|facilit(?:y|ies)|sites?|targets?|vehicles?|logistics|"
    r"modernisation|modernization|reform|power|might|machine|complex|training|officers?|"
    r"planners|commanders?|leadership|operations?|actions?|activit(?:y|ies)|campaigns?|"
    r"offensives?|presence|deployments?|build-?up)\b"
)


# "the 2024 Department of Defense Arctic Strategy": a body's document named after it (one to
# three capitalised words ending in a document noun), not a longer name of the body.
_DOCUMENT_AFTER = re.compile(
    r"(?:\s+[A-Z][\w-]+){0,2}\s+(?:Strategy|Doctrine|Concept|Review|Report|Guidance|Roadmap)"
)
# "Visa-free", "Shell-shocked": a registered name that is also a common word, glued by a hyphen
# to a lower-case word, is that word in a compound.
_COMPOUND_AFTER = re.compile(r"-[a-z]")

# A unit of a body named after it: "the Presidium of the …", "Standing Committee of the …".
_UNIT_OF = re.compile(
    r"\b(?:Committee|Commission|Presidium|Secretariat|Bureau|Council|Office|Department|"
    r"Directorate|Division|Institute|Centre|Center)\s+of\s+(?:the\s+)?$"
)

# `_UNIT_OF` matches its own letters and white space only, so a match holds at most as many
# non-space characters as the pattern has (its words, "of", "the"); `_unit_of` looks that far
# back twice that far.
_UNIT_LETTERS = len(_UNIT_OF.pattern)


# An owner's quoted work: "the Central Bank's latest ‘Financial Markets Risk Review’".
_OWNED_QUOTE = re.compile(r"\w['’]s\s+(?:[a-z][\w-]*\s+){0,2}[‘“\"']$")
_CLOSING_QUOTE = re.compile(r"[’”\"']")


def _owned_title(text: str, c: Candidate) -> bool:
    """A capitalised phrase in quotation marks after an owner's possessive is the title of
    the owner's publication or report, not an organisation."""
    return (
        c.type == "ORGANISATION"
        and bool(_OWNED_QUOTE.search(text, max(0, c.start - 40), c.start))
        and bool(_CLOSING_QUOTE.match(text, c.end))
    )


# The rest of a ministry's list of fields: ", Transport, Construction and Urban Development".
_FIELD_WORDS = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}"
_MORE_FIELDS = re.compile(rf"(?:,\s+{_FIELD_WORDS})*,?\s+and\s+{_FIELD_WORDS}(?![\w-])")
_LIST_HEADS = frozenset({"Ministry", "Department", "Committee", "Commission", "Agency"})


def _field_word(w: str) -> bool:
    """A common word, or its "-ing" form ("Planning", "Housing", "Mining")."""
    if common_word(w):
        return True
    stem = w[:-3] if w.endswith("ing") else ""
    return bool(stem) and any(common_word(x) for x in (stem, stem[:-1], stem + "e"))


def _fields_listed(text: str, c: Candidate) -> Candidate:
    """ "Ministry of Roads, Transport, Construction and Urban Development": a body "of" a list
    of fields, cut at the first comma by the capitalised run, is one name (every listed
    word a common word, so "Ministry of Finance, Gazprom and Rosneft" stays three)."""
    words = c.text.split()
    if c.type != "ORGANISATION" or len(words) < 3 or words[0] not in _LIST_HEADS:
        return c
    if words[1] != "of" or not text.startswith(",", c.end):
        return c
    more = _MORE_FIELDS.match(text, c.end)
    if more is None:
        return c
    listed = re.findall(r"[A-Za-z]+", more.group(0))
    if not all(w == "and" or _field_word(w) for w in listed):
        return c
    return Candidate(c.start, more.end(), text[c.start : more.end()], c.type, c.kind)


# "TVEL Fuel Company of Rosatom": a company's name, then "of" and its registered parent.
_OF_PARENT = re.compile(
    r"^(?P<name>.+\b(?:Company|Corporation|Corp|Group|Holding|Holdings))\s+of\s+(?P<parent>.+)$"
)


def _of_parent(text: str, c: Candidate) -> Candidate:
    """A company named "of" a registered company or bank is the subsidiary alone; the parent
    keeps its own mention ("TVEL Fuel Company of Rosatom": TVEL Fuel Company, and Rosatom).
    A state or a place after "of" stays in the name ("Bank of China")."""
    m = _OF_PARENT.match(c.text) if c.type == "ORGANISATION" else None
    if m is None or " of " in m.group("name"):
        return c
    parent = registry().lookup(m.group("parent"))
    if parent is None or parent.kind not in ("COMPANY", "BANK"):
        return c
    end = c.start + m.end("name")
    return Candidate(c.start, end, text[c.start : end], c.type, c.kind)


# "According to The Calvert Journal": "The" capitalised mid-sentence belongs to the title.
_THE_BEFORE = re.compile(r"(?<=[\w,;:(] )The $")


def _with_the(text: str, c: Candidate) -> Candidate:
    """An outlet's name written with a capital "The" inside a sentence keeps it: "according to
    The Calvert Journal" names "The Calvert Journal" (at a sentence's start the capital says
    nothing, and "The" stays out)."""
    if c.type != "ORGANISATION" or c.kind != "MEDIA" or c.start < 6:
        return c
    if not _THE_BEFORE.search(text, c.start - 6, c.start):
        return c
    s = c.start - 4
    return Candidate(s, c.end, text[s : c.end], c.type, c.kind)


def _unit_of(text: str, s: int) -> bool:
    """`_UNIT_OF.search(text, 0, s)` in time independent of `s`: a match ends at `s` (`$`), so
    it lies in the last stretch before `s` (where `\\b` still sees the text before the
    stretch) unless white space pads it out past the stretch's start; then the whole text is
    searched as before. From 0 it cost a pass over the document per registered name inside a
    longer organisation name (0.48 s of the seeds' 2.7 s of extraction)."""
    lo = max(0, s - 2 * _UNIT_LETTERS)
    if _UNIT_OF.search(text, lo, s):
        return True
    if lo == 0 or len("".join(text[lo:s].split())) > _UNIT_LETTERS:
        return False  # a match from before `lo` leaves only its tail after `lo`
    return _UNIT_OF.search(text, 0, s) is not None


_COMPLEMENT_BEFORE = re.compile(r"(?:\bfor|\bof|\bon|['’]s)\s+$")
_CONTINUED = re.compile(r" [A-Z][a-z]")


def _phrase_not_title(text: str, s: int, e: int) -> bool:
    """ "Representative … for Foreign Affairs and Security Policy", "Russia's Foreign Policy
    Performance": an outlet named by common words ("Foreign Affairs", "Foreign Policy") is
    the plain phrase after "for"/"of"/"on"/a possessive, or inside a longer capitalised name."""
    words = text[s:e].split()
    if len(words) < 2 or not all(common_word(w) for w in words):
        return False
    if head_kind(words) is not None:
        return False  # "China's Central News Agency": a body's head noun makes it a name
    return bool(_COMPLEMENT_BEFORE.search(text, max(0, s - 6), s) or _CONTINUED.match(text, e))


def _given_name_before(text: str, start: int, at: int) -> bool:
    """Whether `text[start:at]` is one given name (and white space): "Viktor Kalashnikov",
    "Henry Ford": a company named after a person, written with a given name, is the person."""
    words = text[start:at].split()
    return len(words) == 1 and given_name(words[0])


def _prose(found: Found, text: str) -> None:
    """Registry names and typed capitalised phrases, reconciled span by span."""
    reg_hits = []
    for s, e, entry, capital in registry_matches(text):
        if capital and (_CITY_BEFORE.search(text[max(0, s - 12) : s])
                        or _CITY_AFTER.match(text, e)):  # fmt: skip
            continue  # "the mayor of Moscow": the city, not the government
        if (
            not capital
            and entry.kind in ("STATE", "OTHER")
            and (_FEATURE_AFTER.match(text, e) or _FEATURE_BEFORE.search(text, max(0, s - 20), s))
        ):
            continue  # "the Taiwan Strait", "the Gulf of Finland": a place named after the state
        if entry.kind == "MEDIA" and _phrase_not_title(text, s, e):
            continue
        if _STANCE_PREFIX.search(text[max(0, s - 5) : s]):
            continue  # "a pro-Kremlin outlet", "anti-NATO protests": a stance, not the body
        if _COMPOUND_AFTER.match(text, e) and common_word(text[s:e]):
            continue  # "Visa-free entry": a common word in a compound, not the company
        if text[s:e].endswith((" military", " army")) and _MILITARY_MODIFIER.match(text, e):
            continue  # "Russian military equipment": an adjective, not the armed forces
        reg_hits.append((s, e, entry))
    reg_index = SpanIndex(reg_hits)
    lower = lower_words(text)
    cands: list[Candidate] = []
    parts = [part for run in runs(text, 0, len(text)) for part in split_chain(text, run)]
    parts = split_people(parts)
    nested: list[Candidate] = []
    shorts: dict[str, str] = {}  # official name → its short form, as written here
    for part, inner, short in join_parts(text, parts):
        c = classify(text, part, lower)
        if c is not None:
            cands.append(c)
        if short is None and inner is None and c is not None and c.type == "ORGANISATION":
            short, inner = _unit_short(text, part)  # the parent is mentioned too
        if short is not None and c is not None and c.type == "ORGANISATION":
            sc = classify(text, short, lower)
            if sc is not None and sc.type == "ORGANISATION" and sc.start == c.start:
                shorts.setdefault(c.text, sc.text)
        if inner is not None and c is not None and c.type == "ORGANISATION":
            n = classify(text, inner, lower)  # "… of the Russian Academy of Sciences"
            if n is not None and n.type == "ORGANISATION":
                nested.append(n)
    cands = [part for c in cands for part in trim_company(text, c, lower)]
    cands = [part for c in cands for part in _split_at_registry(text, c, reg_index, lower)]
    cands = [c for c in cands if not _DEGREE_BEFORE.search(text[max(0, c.start - 30) : c.start])]
    cands = [c for c in cands if not _owned_title(text, c)]
    cands = [_fields_listed(text, c) for c in cands]
    cands = [_with_the(text, c) for c in cands]
    cands = [_of_parent(text, c) for c in cands]
    # the outlet written once as "The Calvert Journal" is that one wherever "The" is left out
    the_names = {
        c.text[4:]: c.text
        for c in cands
        if c.type == "ORGANISATION" and c.kind == "MEDIA" and c.text.startswith("The ")
    }
    # "MSU-BIT University" cut at the registered "MSU": no name starts inside a compound
    cands = [c for c in cands if not (c.start > 1 and text[c.start - 1] == "-"
                                      and text[c.start - 2].isalnum())]  # fmt: skip
    cand_index = SpanIndex([(c.start, c.end, c) for c in cands])
    kept: dict[tuple[int, int], Entry] = {}
    inner_reg: list[tuple[int, int, Entry]] = []
    for s, e, entry in reg_hits:
        inside = [x[2] for x in cand_index.overlapping(s, e)]
        org_wins = any(c.type == "ORGANISATION" and c.start <= s and e <= c.end
                       and (c.end - c.start) > (e - s)
                       and not (c.start == s and _DOCUMENT_AFTER.fullmatch(text, e, c.end))
                       for c in inside)  # fmt: skip
        person_wins = entry.type == EntityType.ORGANISATION and any(
            c.type == "ACTOR"
            and c.start <= s
            and e <= c.end
            and (
                (c.strong and (c.title_start is not None or (c.start, c.end) != (s, e)))
                or (e == c.end and s > c.start and _given_name_before(text, c.start, s))
            )
            for c in inside
        )  # (a registered organisation's whole name, untitled, stays it: "Almaz Antey")
        if not (org_wins or person_wins):
            kept[(s, e)] = entry
        elif org_wins and entry.kind not in ("STATE", "OTHER") and _unit_of(text, s):
            inner_reg.append((s, e, entry))  # "Standing Committee of the National People's
            # Congress": the registered body is mentioned too
    kept_index = SpanIndex([(s, e, entry) for (s, e), entry in kept.items()])
    taken: list[tuple[int, int, Entry]] = []  # registered people a candidate resolved to
    for c in cands:
        covering = [r for r in kept_index.overlapping(c.start, c.end) if (r[0], r[1]) in kept]
        if c.type == "ORGANISATION":
            if not covering:  # else the registered name (same or overlapping span) is the record
                name = the_names.get(c.text, c.text)
                cid = found.named_cluster(EntityType.ORGANISATION, name, c.kind)
                found.add(Hit(c.start, c.end, cid))
            continue
        people = [r for r in covering if r[2].type == EntityType.ACTOR]
        if covering and not people:
            continue  # a registered organisation inside a weakly evidenced "name"
        if any(s <= c.start and c.end <= e for s, e, _ in taken):
            continue  # "Minh Chinh" read apart inside "Pham Minh Chinh", already the person
        if people and not _other_person(text, c, people[0]):
            s, e, entry = people[0]
            del kept[(s, e)]
            taken.append(people[0])
            cid = found.entry_cluster(entry)
            found.add(Hit(min(s, c.start), max(e, c.end), cid, c.title, c.title_start, c.state))
            continue
        if people:  # "Akylbek Japarov" is not the registered "Sadyr Japarov"
            del kept[(people[0][0], people[0][1])]
        name = c.text
        if c.title_start is not None and c.start == c.title_start:  # honorific kept in span
            name = name.split(" ", 1)[1] if " " in name else name
        found.add(Hit(c.start, c.end, found.named_cluster(EntityType.ACTOR, name),
                      c.title, c.title_start, c.state))  # fmt: skip
    for (s, e), entry in kept.items():
        found.add(Hit(s, e, found.entry_cluster(entry)))
    for s, e, entry in inner_reg:
        found.add(Hit(s, e, found.entry_cluster(entry)))
    for n in nested:  # the organisation named inside a longer official name is mentioned too
        found.add(Hit(n.start, n.end, found.named_cluster(EntityType.ORGANISATION, n.text, n.kind)))
    _short_forms(found, shorts)


_Run = list[tuple[int, int, str]]


def _unit_short(text: str, run: _Run) -> tuple[_Run | None, _Run | None]:
    """ "Institute of Asian and African Studies of Moscow State University": a unit named in
    full ("<Head> of/for …"), then "of (the) <parent>" whose head is a university, an academy
    of sciences or a registered organisation: (the unit's own name, its short form; the
    parent's name), or (None, None)."""
    words = [t[2] for t in run]
    if not words or words[0] not in HEAD_KINDS or len(words) < 5:
        return None, None
    for i in range(len(words) - 2, 2, -1):
        if words[i] != "of":
            continue
        right = run[i + 2 :] if words[i + 1] == "the" else run[i + 1 :]
        rw = [t[2] for t in right]
        if not rw or not any(w in ("of", "for") for w in words[1:i]):
            return None, None
        registered = registry().lookup(text[right[0][0] : right[-1][1]])
        if head_kind(rw) == "UNIVERSITY" or rw[-1] == "Sciences" or (
            registered is not None and registered.type == EntityType.ORGANISATION
            and registered.kind != "STATE"
        ):  # fmt: skip
            return run[:i], right
        return None, None
    return None, None


def _other_person(text: str, c: Candidate, reg: tuple) -> bool:  # type: ignore[type-arg]
    """A name written in full whose registered part is only the surname of someone else:
    the given name before it is none of the registered person's ("Akylbek Japarov" when
    "Japarov" is Sadyr Japarov's alias)."""
    from loaders.entities.people import same_given

    s, e, entry = reg
    written = text[c.start : s].split()
    if not written or e - s == c.end - c.start or " " in text[s:e].strip():
        return False  # the registered form has a given name of its own
    given = written[-1]
    if not given[:1].isupper() or c.title_start == c.start:
        return False
    forms = [f.split() for f in (entry.name, *entry.aliases) if len(f.split()) >= 2]
    return bool(forms) and not any(same_given(given, f[0]) for f in forms)


def _short_forms(found: Found, shorts: dict[str, str]) -> None:
    """The short form of an official name ("Institute of Far Eastern Studies") is its alias,
    and where it is written alone it names the same organisation, when only one official
    name of the document has that short form."""
    owners: dict[str, set[str]] = {}
    for long_name, short in shorts.items():
        cid = f"{EntityType.ORGANISATION.value}:{normalise_name(long_name)}"
        if cid in found.clusters:  # (not when a registered name took the span)
            owners.setdefault(normalise_name(short), set()).add(cid)
            found.clusters[cid].aliases.add(short)
    for cid in list(found.clusters):
        c = found.clusters[cid]
        if c.type != EntityType.ORGANISATION or c.entry is not None:
            continue
        targets = owners.get(normalise_name(c.name), set()) - {cid}
        if len(targets) == 1:
            merge(found, cid, next(iter(targets)))
    apply_redirects(found)


_OFFICE_OF = re.compile(
    r"\b(?:Representative|Commissioner|Envoy|Rapporteur|Coordinator|Ambassador|Secretary)\s+"
    r"(?:of|to)\s+(?:the\s+)?$"
)


def _split_at_registry(text: str, c: Candidate, reg: SpanIndex, lower: set[str]) -> list[Candidate]:
    """ "Russian International Affairs Council Institute of …": a registered organisation
    opening (or closing) a longer phrase is its own name when the rest has its own head."""
    if c.type != "ORGANISATION":
        return [c]
    for s, e, entry in reg.overlapping(c.start, c.end):
        if entry.type != EntityType.ORGANISATION or not (c.start <= s and e <= c.end):
            continue
        if entry.kind == "STATE":
            continue  # "Warsaw Centre …", "China Construction Bank": part of the name
        if (s, e) == (c.start, c.end):
            return [c]
        rest = None
        if s == c.start:
            rest = (e, c.end)
        elif e == c.end:
            rest = (c.start, s)
        if rest is None:
            continue
        run = list(tokens(text, rest[0], rest[1]))
        if not run:
            continue
        joint = run[0] if s == c.start else run[-1]
        if joint[2] == "for" and s == c.start and _OFFICE_OF.search(text, 0, c.start):
            return []  # "High Representative of the European Union for Foreign Affairs …"
        if joint[2] == "on" and s == c.start and HEAD_KINDS.get(run[-1][2]) is None:
            return []  # "the X Review Commission on Energy Relations": a registered body and
            # the topic of its hearing
        if joint[2].lower() in ("of", "for", "the", "at", "in", "on"):
            continue  # "Association of Tour Operators of Russia" is one name
        if joint[2].lower() in ("and", "&"):  # "Sberbank and Bank of China": two names
            run = run[1:] if s == c.start else run[:-1]
            other = classify(text, run, lower) if run else None
            return [other] if other is not None and other.type == "ORGANISATION" else []
        other = classify(text, run, lower) if run else None
        if other is not None and other.type == "ORGANISATION":
            return [other]  # the registered part stays a registry hit
    return [c]


# (a flag emoji, or one mangled by a wrong encoding, may stand before each name: "🇨🇳 X and
# 🇷🇺 Y")
_FLAG = r"(?:[\U0001F1E6-\U0001F1FF]{2}\s*|[^\x00-\x7F]{3,8}\s+)?"
_LISTED_AFTER = re.compile(
    rf"\s*(?:,|and|&|or)\s+(?:also\s+)?{_FLAG}([A-Z][\w-]+(?: [A-Z][\w-]+){{0,2}})\b"
)
_LISTED_BEFORE = re.compile(rf"\b([A-Z][\w-]+(?: [A-Z][\w-]+){{0,2}}),?\s+(?:and|&|or)\s*{_FLAG}$")
_LISTABLE = {"COMPANY", "BANK", "MEDIA"}


def _coordinated(found: Found, text: str) -> None:
    """ "Norinco and AVIC", "Haval, Chery and Geely": an unknown capitalised name coordinated
    with a company, bank or outlet is one too (one word to three, no other evidence needed)."""
    lower = lower_words(text)
    for h in list(found.hits):
        c = found.clusters[h.cluster]
        if c.type != EntityType.ORGANISATION or (c.kind or "OTHER") not in _LISTABLE:
            continue
        spans = []
        m = _LISTED_AFTER.match(text, h.end)
        if m:
            spans.append((m.start(1), m.end(1)))
        m = _LISTED_BEFORE.search(text[max(0, h.start - 60) : h.start])
        if m:
            base = max(0, h.start - 60)
            spans.append((base + m.start(1), base + m.end(1)))
        for s, e in spans:
            name = text[s:e]
            ws = name.split()
            if found.occupied(s, e) or any(
                w in NOT_NAME or w.lower() in lower or w in STATE_ADJECTIVES for w in ws
            ):  # fmt: skip
                continue
            if ws[0] in name_lists()[0]:
                continue  # a person's given name
            cid = found.named_cluster(EntityType.ORGANISATION, name, c.kind)
            found.add(Hit(s, e, cid))


# "traders including A, B and C", "banks such as A and B": the names a plural organisation
# noun introduces are organisations of its kind (one to three capitalised words each).
_PLURAL_ORG_NOUNS = sorted(
    (w for w in ORG_NOUNS if w.endswith("s") and w not in ("entities", "affiliates")),
    key=len, reverse=True,
)  # fmt: skip
_LIST_ITEM = r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2}"
_LIST_ITEM_RE = re.compile(_LIST_ITEM)
# A full stop after a word that is no abbreviation ("Lotte.", not "Co.", "Inc.", "S.A.").
_SENTENCE_STOP = re.compile(r"(?<![A-Z.])(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bJr)"
                            r"(?<=[a-z]{2})\.(?=\s|$)")  # fmt: skip
_NOUN_LIST = re.compile(
    rf"\b(?i:(?P<noun>{'|'.join(_PLURAL_ORG_NOUNS)})),? (?:such as|including|like|namely|e\.g\.,?) "
    rf"(?P<items>{_LIST_ITEM}(?:, (?:and )?{_LIST_ITEM}| and {_LIST_ITEM}){{0,6}})"
)


# The words after a plural noun and ", " or " " that open a list (the pattern's, as written).
_LIST_OPENERS = ("such as", "including", "like", "namely", "e.g.")
_LONGEST_PLURAL = max(map(len, _PLURAL_ORG_NOUNS))


def _noun_list_starts(text: str) -> Iterator[int]:
    """Where a match of `_NOUN_LIST` can start: at the word (a plural noun, word characters
    only) ending just before ", " or " " and a list opener."""
    for opener in _LIST_OPENERS:
        for a in occurrences(text, opener):
            if a < 2 or text[a - 1] != " ":
                continue
            end = a - 2 if text[a - 2] == "," else a - 1
            s = word_start(text, end, _LONGEST_PLURAL)
            if s is not None:
                yield s


def _listed_after_noun(found: Found, text: str) -> None:
    lower = lower_words(text)
    given = name_lists()[0]
    for m in finditer_at(_NOUN_LIST, text, _noun_list_starts(text)):  # (= _NOUN_LIST.finditer)
        kind = ORG_NOUN_KIND.get(m["noun"].lower(), "COMPANY")
        for item in _LIST_ITEM_RE.finditer(m["items"]):
            s, e = m.start("items") + item.start(), m.start("items") + item.end()
            stop = _SENTENCE_STOP.search(text, s, e)
            if stop:
                e = stop.start()  # "… Daewoo and Lotte.": the sentence's full stop, not "Co."
            name = text[s:e]
            ws = name.split()
            if (found.occupied(s, e) or ws[0] in given or ws[0].lower() in lower
                    or any(w in NOT_NAME or w in STATE_ADJECTIVES for w in ws)):  # fmt: skip
                continue  # "companies, including Chinese ones"; a person; a common word
                # (a common word may follow the first: "Zhenhua Oil")
            found.add(Hit(s, e, found.named_cluster(EntityType.ORGANISATION, name, kind)))


def _repeats(found: Found, text: str) -> None:
    """Every other occurrence of a name discovered somewhere in the document ("a former TVEL
    engineer" once "TVEL" was read as a company), in one scan."""
    names: dict[str, str] = {}
    for cid, c in found.clusters.items():
        if c.entry is not None or c.name.startswith("@") or len(c.name) < 3:
            continue
        if c.type == EntityType.ACTOR and " " not in c.name:
            continue  # lone surnames are resolve_surnames' job
        names.setdefault(c.name, cid)
    if not names:
        return
    # as a tree of shared beginnings, same matches (loaders.alternation): 4 times faster
    alt = ordered_alternation(sorted(names, key=len, reverse=True))
    for m in finditer_not_after(re.compile(rf"(?:{alt})(?![\w-])"), text, "@#.-"):
        if not found.occupied(m.start(), m.end()):
            found.add(Hit(m.start(), m.end(), names[m.group(0)]))


# Names written in lower case after a place, as tweets do: "Tomsk polytechnic university".
_LOWER_HEAD = re.compile(
    r"\b([A-Z][a-z]{2,}(?:[ -][A-Z][a-z]{2,})?) ((?:(?:state|polytechnic|federal|national|"
    r"technical|medical|pedagogical|normal|agrarian|agricultural|linguistic|economic|"
    r"university|research) ){0,2}(?:university|institute|academy|college))\b"
)


_SPACE_OR_HYPHEN = re.compile(r"[ -]")


_LOWER_HEADS = ("university", "institute", "academy", "college")


def _lower_head_starts(text: str) -> Iterator[int]:
    """Where a match of `_LOWER_HEAD` can start: a capital in the letters, spaces and hyphens
    before a head noun (a match holds only these before its head)."""
    for head in _LOWER_HEADS:
        for a in occurrences(text, head):
            r = a
            while r > 0 and (text[r - 1] in " -" or "A" <= text[r - 1] <= "Z"
                             or "a" <= text[r - 1] <= "z"):  # fmt: skip
                r -= 1
            yield from (i for i in range(r, a) if "A" <= text[i] <= "Z")


def _lower_case_heads(found: Found, text: str, lower: set[str]) -> None:
    for m in finditer_at(_LOWER_HEAD, text, _lower_head_starts(text)):  # (= finditer)
        place = m.group(1)
        proper = all(
            not common_word(w) and w.lower() not in lower for w in _SPACE_OR_HYPHEN.split(place)
        )
        if not proper or found.occupied(m.start(), m.end()) or place in NOT_NAME:
            continue
        kind = (
            "RESEARCH_INSTITUTE"
            if m.group(2).endswith(("institute", "academy"))
            else ("UNIVERSITY")
        )
        name = m.group(0)
        found.add(Hit(m.start(), m.end(), found.named_cluster(EntityType.ORGANISATION, name, kind)))


# A body named in lower case by its field: "the ministry of economic development said".
_LOWER_BODY = re.compile(
    r"\bthe (?P<head>ministry|department|committee|agency|service) of "
    r"(?P<field>(?!the\b|a\b|an\b|its\b|their\b|this\b|that\b)[a-z]+(?: (?:and )?[a-z]+){0,2})"
    r"(?=\s+(?:said|says|announced|reported|noted|stated|added|warned|told)\b|\s*[,;:])"
)


def _lower_case_bodies(found: Found, text: str) -> None:
    """ "the ministry of economic development said": an official body written in lower case,
    named "Ministry of Economic Development" (every field word a common word)."""
    if "the " not in text:
        return
    for m in _LOWER_BODY.finditer(text):
        words = [w for w in m.group("field").split() if w != "and"]
        if not all(common_word(w) for w in words) or found.occupied(m.start("head"), m.end()):
            continue
        name = f"{m.group('head').title()} of " + " ".join(
            w if w == "and" else w.title() for w in m.group("field").split()
        )
        cid = found.named_cluster(EntityType.ORGANISATION, name, "GOVERNMENT_BODY")
        found.add(Hit(m.start("head"), m.end(), cid))


def find(text: str) -> Found:
    """Everything the stage finds in a text (pure: no Extraction needed)."""
    found = Found()
    _prose(found, text)
    find_formations(found, text)
    find_customs(found, text)
    find_outlet_short_names(found, text)
    find_named_after_noun(found, text)
    find_glued_sections(found, text)
    find_ministries(found, text)
    find_regional(found, text)
    find_embassies(found, text)
    find_governments(found, text)
    find_credits(found, text)
    find_executives_companies(found, text, lower_words(text))
    _lower_case_heads(found, text, lower_words(text))
    _lower_case_bodies(found, text)
    _coordinated(found, text)
    _listed_after_noun(found, text)
    find_nicknamed(found, text)
    _repeats(found, text)
    resolve_surnames(found, text)
    resolve_handles(found, text)
    resolve_flags_and_hosts(found, text)
    resolve_acronyms(found, text)
    found.hits.sort(key=lambda h: (h.start, h.end))
    return found


def write(found: Found, ex: Extraction) -> dict[str, str]:
    """Add the clusters as entity drafts and the hits as mentions; cluster id → entity key."""
    text = ex.doc.text
    keys: dict[str, str] = {}
    for cid, c in found.clusters.items():
        keys[cid] = ex.add_entity(c.draft())
    for h in found.hits:
        surface = text[h.start : h.end]
        ent = ex.entities[keys[h.cluster]]
        if not surface.startswith("@"):
            ent.aliases.add(surface)
        ex.mentions.append(MentionDraft(keys[h.cluster], h.start, h.end, surface))
    ex.mentions.sort(key=lambda m: (m.start, m.end))
    found.keys = keys
    return keys


__all__ = ["Found", "Hit", "find", "write"]
