"""The curated registry of well-known entities (loaders/registry/*.json) and its indexes.

A :class:`Registry` is built once per process (:func:`registry`): entries by canonical name,
alias, handle, web domain and flag emoji, plus a trie of the words of every written form
(:func:`phrase_trie`) that finds them in a text. Other stages (statistics, claims) and the
store use the same indexes, so "Russia" means one record everywhere.

The trie replaced a spaCy ``PhraseMatcher`` with the same matches: importing spaCy alone
cost about 0.8 s of CPU per loading process, and each text became a spaCy Doc first.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from kb.enums import EntityType, OrganisationKind
from kb.ids import normalise_name
from loaders.drafts import EntityDraft


@dataclass(frozen=True)
class Entry:
    """One registered entity. `kind` is "ACTOR" for people, else an OrganisationKind."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()  # metonyms for a state's government ("Moscow")
    flag: str | None = None
    qid: str | None = None
    role: str | None = None  # office a person is known by ("President")
    of: str | None = None  # canonical name of the organisation of that office
    description: str | None = None
    adjectives: tuple[str, ...] = ()  # "Lithuanian" (states: from the generated states.json)
    codes: tuple[str, ...] = ()  # ISO 3166-1 alpha-2 and alpha-3 (never matched as text)

    @property
    def type(self) -> EntityType:
        return EntityType.ACTOR if self.kind == "ACTOR" else EntityType.ORGANISATION

    @property
    def org_kind(self) -> str | None:
        return None if self.kind == "ACTOR" else self.kind

    def draft(self) -> EntityDraft:
        """A fresh draft carrying everything the registry knows (aliases, handles, QID)."""
        return EntityDraft(
            self.type,
            self.name,
            kind=self.org_kind,
            aliases={self.name, *self.aliases},
            handles=set(self.handles),
            qid=self.qid,
            description=self.description,
        )


@dataclass
class Registry:
    entries: list[Entry]
    by_name: dict[str, Entry] = field(default_factory=dict)  # normalised canonical name
    by_alias: dict[str, list[Entry]] = field(default_factory=dict)  # normalised alias
    by_handle: dict[str, Entry] = field(default_factory=dict)  # casefolded "@handle"
    by_domain: dict[str, Entry] = field(default_factory=dict)
    by_flag: dict[str, Entry] = field(default_factory=dict)
    forms: dict[str, tuple[Entry, bool]] = field(default_factory=dict)  # surface → (entry, capital)

    def __post_init__(self) -> None:
        for e in self.entries:
            self.by_name[normalise_name(e.name)] = e
            for alias in (e.name, *e.aliases):
                bucket = self.by_alias.setdefault(normalise_name(alias), [])
                if e not in bucket:
                    bucket.append(e)
                self.forms.setdefault(alias, (e, False))
            for cap in e.capitals:
                self.forms.setdefault(cap, (e, True))
            for h in e.handles:
                self.by_handle[h.casefold()] = e
            for d in e.domains:
                self.by_domain[d.casefold()] = e
            if e.flag:
                self.by_flag[e.flag] = e
        for e in self.entries:  # after every registered form, which wins over a variant
            if e.kind == "ACTOR":
                continue
            for alias in (e.name, *e.aliases):
                for variant in written_variants(alias):
                    self.forms.setdefault(variant, (e, False))
                if e.kind == "MEDIA" and " " in alias.strip() and not alias.isupper():
                    self.forms.setdefault(alias.upper(), (e, False))  # a credit: "CHINA DAILY"

    def lookup(self, name: str, type_: EntityType | None = None) -> Entry | None:
        """The one entry with this canonical name or alias (None when unknown or ambiguous)."""
        key = normalise_name(name)
        if key in self.by_name and (type_ is None or self.by_name[key].type == type_):
            return None if _word_for_acronym(name, self.by_name[key]) else self.by_name[key]
        found = [e for e in self.by_alias.get(key, []) if type_ is None or e.type == type_]
        found = [e for e in found if not _word_for_acronym(name, e)]
        return found[0] if len(found) == 1 else None

    def handle(self, handle: str) -> Entry | None:
        return self.by_handle.get(handle.casefold())

    def domain(self, host: str) -> Entry | None:
        """Entry for a host name, trying it and each parent domain ("static.government.ru")."""
        host = host.casefold()
        if host in self.by_domain:
            return self.by_domain[host]
        host = host.removeprefix("www.")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            e = self.by_domain.get(".".join(parts[i:]))
            if e is not None:
                return e
        return None

    def state(self, name: str) -> Entry | None:
        e = self.by_name.get(normalise_name(name))
        return e if e is not None and e.kind in ("STATE", "INTERNATIONAL_ORG") else None


_HYPHENED = re.compile(r"\b([A-Z][a-z]+)-([A-Z][a-z]+)\b")


def written_variants(form: str) -> list[str]:
    """Other ways the press writes a registered organisation's name: a hyphen between two
    capitalised words as a space ("Almaz-Antey" → "Almaz Antey", "Rolls-Royce"), an acronym of
    four or more letters in title case ("TASS" → "Tass", "NATO" → "Nato") unless that is an
    English word or a given name ("SWIFT" is not "Swift")."""
    from loaders.entities.lexicon import name_lists

    out = []
    if _HYPHENED.search(form):
        out.append(_HYPHENED.sub(r"\1 \2", form))
    if len(form) >= 4 and form.isalpha() and form.isupper():
        title = form[0] + form[1:].lower()
        if title.lower() not in _dictionary_words() and title not in name_lists()[0]:
            out.append(title)
    return out


@lru_cache(maxsize=1)
def _dictionary_words() -> frozenset[str]:
    """Headwords of the GNU Collaborative International Dictionary of English (english-words'
    "gcide" list): a general dictionary, without Webster's 2nd's rare words ("tass")."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True))


def _word_for_acronym(written: str, entry: Entry) -> bool:
    """ "Who" is not WHO, "Us" not US: an English word written in lower or title case does not
    name the entity whose only form of that spelling is an acronym ("Nato" still names NATO)."""
    if written.isupper() or " " in written.strip():
        return False
    key = normalise_name(written)
    forms = [f for f in (entry.name, *entry.aliases) if normalise_name(f) == key]
    if not forms or not all(f.isupper() for f in forms):
        return False
    from loaders.entities.lexicon import common_word

    return common_word(written.strip())


def _entry(raw: dict, default_kind: str | None = None) -> Entry:
    kind = raw.get("kind", default_kind)
    if kind != "ACTOR":
        OrganisationKind(kind)  # fails loudly on a typo in the registry
    aliases = list(raw.get("aliases", ()))
    if raw["name"].startswith("The ") and raw["name"].count(" ") >= 2:
        aliases.append(raw["name"][4:])  # "Christian Science Monitor" (not "Hill")
    return Entry(
        name=raw["name"],
        kind=kind,
        aliases=tuple(aliases),
        handles=tuple(raw.get("handles", ())),
        domains=tuple(raw.get("domains", ())),
        capitals=tuple(raw.get("capitals", ())),
        flag=raw.get("flag"),
        qid=raw.get("qid"),
        role=raw.get("role"),
        of=raw.get("of"),
        description=raw.get("description"),
        adjectives=tuple(raw.get("adjectives", ())),
        codes=tuple(raw.get("codes", ())),
    )


def _read(name: str) -> dict:
    return json.loads(resources.files("loaders").joinpath(f"registry/{name}").read_text("utf-8"))


@lru_cache(maxsize=1)
def registry() -> Registry:
    """The process-wide registry: states.json (generated by :mod:`loaders.registry.build`)
    and the curated lists (entities.json and the files named in its ``_include``); as an
    earlier process built it when that is kept (:mod:`loaders.entities.kept_indexes`)."""
    from loaders.entities.kept_indexes import kept

    found = kept()
    return found["registry"] if found is not None else build_registry()


def build_registry() -> Registry:
    entries = [_entry(r, "STATE") for r in _read("states.json")["states"]]
    main = _read("entities.json")
    entries += [_entry(r) for r in main["entities"]]
    for name in main.get("_include", ()):
        entries += [_entry(r) for r in _read(name)["entities"]]
    return Registry(entries)


# Words for phrase matching: abbreviations with stops ("U.S."), runs of letters/digits, and
# any other single character, so "U.S.-China", "Moscow&Beijing", "Russia’s" split alike in
# the text and in the registered forms.
_WORDS = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+|\S")


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _WORDS.finditer(text)]


# A trie of the registered forms' words: each node maps a word to the next node; the forms
# that end at a node are listed under the key ``_FORMS`` (no word is empty). Matching walks it
# from every word of a text: all matches, nested and overlapping ones too, as spaCy's
# PhraseMatcher gave them, without importing spaCy (about 0.8 s of CPU per process) nor
# building a Doc per text and per registered form.
_FORMS = ""
_Trie = dict[str, Any]


@lru_cache(maxsize=1)
def phrase_trie() -> _Trie:
    """The words of every registered surface form, as a trie (built once, or kept: see
    :func:`registry`)."""
    from loaders.entities.kept_indexes import kept

    found = kept()
    return found["trie"] if found is not None else build_phrase_trie(registry())


def build_phrase_trie(reg: Registry) -> _Trie:
    trie: _Trie = {}
    for form in sorted(reg.forms):
        if form.startswith("@") or len(form) < 2:
            continue
        node = trie
        form_words = _form_words(form)
        if not form_words:
            continue
        for w in form_words:
            node = node.setdefault(w, {})
        node.setdefault(_FORMS, []).append(form)
    return trie


def _form_words(form: str) -> list[str]:
    return [w for _, _, w in _words(form.removeprefix("the "))]


def _trie_matches(trie: _Trie, words: list[str]) -> list[tuple[int, int, str]]:
    """Every (first word, end word, form) of the trie's forms in the words, by first word."""
    found = []
    n = len(words)
    top = trie.get
    for i, w in enumerate(words):
        node = top(w)
        j = i + 1
        while node is not None:
            forms = node.get(_FORMS)
            if forms is not None:
                found.extend((i, j, form) for form in forms)
            if j == n:
                break
            node = node.get(words[j])
            j += 1
    return found


_DESIGNATION = re.compile(r"-\d")
_VERB_ACRONYMS = frozenset({"IS"})  # acronyms that spell an English function word
_LOWER_WORD = re.compile(r"[a-z]{2,}")


def _in_mixed_case(text: str, start: int, end: int) -> bool:
    """Both neighbouring words have lower-case letters: "to halt IS attacks", not "CHINA IS
    READY" nor "IS IT OVER"."""
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    return bool(
        before and after and _LOWER_WORD.search(before[-1]) and _LOWER_WORD.search(after[0])
    )


def _word_starts(text: str, words: list[str], count: int) -> list[int]:
    """Where each of the first `count` of `_WORDS`'s words of `text` starts. The words tile
    the text's non-space characters (each starts a match, `\\S` being the last alternative,
    and no match holds a space), so a word is the first occurrence of itself after the one
    before it: only white space lies between. (`findall` and this walk cost a fifth of
    `finditer`'s match objects on every word of a document.)"""
    starts = []
    pos = 0
    for w in words[:count]:
        pos = text.find(w, pos)
        starts.append(pos)
        pos += len(w)
    return starts


def registry_matches(text: str) -> list[tuple[int, int, Entry, bool]]:
    """Non-overlapping (start, end, entry, is_capital) matches, longest first, in order.

    The text is split by a regular expression into words (much faster than the tokenizer's
    affix rules on URL-heavy reports); curly apostrophes match straight ones.
    """
    trie = phrase_trie()
    reg = registry()
    plain = text.replace("’", "'")
    words = _WORDS.findall(plain)
    matches = _trie_matches(trie, words)
    starts = _word_starts(plain, words, max((e for _, e, _ in matches), default=0))
    spans = []
    for s, e, form in matches:
        start, end = starts[s], starts[e - 1] + len(words[e - 1])
        if start > 0 and text[start - 1] in "@#_":
            continue  # the body of a handle or hashtag is read as a handle
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue  # "Russian" is not "Russia"
        if text[start:end].isupper() and _DESIGNATION.match(text, end):
            continue  # "CFR-600", "MC-21": a model's designation, not the acronym's body
        if text[start:end] in _VERB_ACRONYMS and not _in_mixed_case(text, start, end):
            continue  # "CHINA IS READY": a verb in a headline in capitals, not Islamic State
        entry, capital = reg.forms[form]
        spans.append((start, end, entry, capital))
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[tuple[int, int, Entry, bool]] = []
    last_end = -1
    for span in spans:
        if span[0] >= last_end:
            out.append(span)
            last_end = span[1]
    return out
