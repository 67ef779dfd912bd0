"""People in one document: spellings of one person merged (initials, transliterations),
lone surnames resolved to the one person of the document who bears them; and what no person
is (:func:`never_person`: places, things, organisations by their head nouns), also read by
the claims stage before it makes a person of a speaker's name."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from operator import attrgetter

from rapidfuzz import fuzz

from kb.enums import EntityType
from loaders.alternation import ordered_alternation
from loaders.entities.found import Found, Hit
from loaders.entities.lexicon import (
    HEAD_KINDS,
    MIDDLE_INITIAL,
    NAME_PARTICLES,
    NOT_NAME,
    PLACE_WORDS,
    PREFIXED_SURNAME,
    STATE_ADJECTIVES,
    THING_HEADS,
    TITLES,
    common_word,
    head_kind,
    is_pinyin,
    name_lists,
    page_chrome_name,
    words,
)
from loaders.entities.registry import registry

Token = tuple[int, int, str]

# Mongolian names: the father's name in the genitive, then the person's own name
# ("Gombojavyn Zandanshatar", "Ukhnaagiin Khürelsükh", "Гомбожавын Занданшатар").
MONGOLIAN_GENITIVE = re.compile(r"(?:[^aeiouy]yn|[^aeiou]iin|ijn|[^aeiou]yin|ын|ийн|ий)$")


# Chinese family names in Cantonese, Wade-Giles or English spellings, written before a pinyin
# given name ("May Yuhong" for Mei, "Chan Wenhua", "Cheung Xiaoming").
FAMILY_VARIANTS = frozenset(
    words(
        "May Lee Chan Cheung Chang Wong Chow Lau Lam Kwok Ho Tsang Leung Yeung Chiu Hui Tse Tang "
        "Ng Woo Yip Tam Chen Hsu Hsieh Tsai Chiang Kuo Chou"
    )
)


def chinese_variant_name(words: list[str]) -> bool:
    """A family name in another romanisation and a pinyin given name of two syllables."""
    if len(words) != 2 or words[0] not in FAMILY_VARIANTS:
        return False
    own = words[1]
    if own in PLACE_WORDS or registry().lookup(own) is not None:
        return False  # "May China", "May Beijing"
    return own[:1].isupper() and own[1:].islower() and len(own) > 4 and is_pinyin(own)


def western_chinese_name(words: list[str]) -> bool:
    """A pinyin given name of two syllables before a Chinese family name, in the Western order
    of academic bylines and acknowledgements ("Jianwei Zhang", "Xiaoming Chen")."""
    if len(words) != 2:
        return False
    own, family = words
    surnames = name_lists()[1]
    if family not in surnames or own in surnames or not is_pinyin(family):
        return False
    if own in PLACE_WORDS or registry().lookup(own) is not None or common_word(own):
        return False  # "Beijing Wang", "Shanghai Li"
    if own in STATE_ADJECTIVES:
        return False  # "the Chinese Yuan", "Canadian Li": a nationality, not a given name
    return own[:1].isupper() and own[1:].islower() and len(own) > 4 and is_pinyin(own)


def mongolian_name(words: list[str]) -> bool:
    """A patronymic in the genitive and a given name: "Tsakhiagiin Elbegdorj"."""
    shaped = all(w[:1].isupper() and w[1:].replace("-", "").islower() for w in words)
    if len(words) != 2 or not shaped:
        return False
    father, own = words
    if len(father) < 6 or len(own) < 4 or not MONGOLIAN_GENITIVE.search(father):
        return False
    if father in name_lists()[0] or father in PLACE_WORDS or common_word(father):
        return False  # "Evelyn", "Brooklyn"
    return own not in HEAD_KINDS and own not in NOT_NAME and not common_word(own)


# Korean family names in their usual romanisations (South and North), before a given name
# of two syllables: hyphenated ("Moon Jae-in", "Lee Jae-myung") or as two words ("Yoon Suk
# Yeol", "Kim Jong Un", "Choe Son Hui").
KOREAN_FAMILY = frozenset(
    words(
        "Kim Lee Yi Ri Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang "
        "Lim Im Han Oh Seo Shin Kwon Hwang Ahn An Song Yoo Yu Hong Jeon Chun Ko Moon Mun Yang "
        "Son Bae Baek Heo Nam Noh Roh Ha Kwak Sung Cha Joo Woo Min Ryu Na Chae Ban Hyun Ham Byun"
    )
)
_KOREAN_SYLLABLE = re.compile(
    r"(?:ch|ss|jj|kk|pp|tt|[bcdghjkmnprstwy])?(?:wae|yae|yeo|wa|we|wi|wo|ya|ye|yo|yu|ae|eo|eu|"
    r"oe|ui|oo|ee|a|e|i|o|u)(?:ng|[klmnpt])?",
    re.I,
)


def korean_name(words: list[str]) -> bool:
    """A Korean family name, then a given name of two syllables, hyphenated or as two words."""
    if not words or words[0] not in KOREAN_FAMILY:
        return False
    rest = words[1:]
    if len(rest) == 1 and rest[0].count("-") == 1:
        a, b = rest[0].split("-")
        return bool(a[:1].isupper() and b.islower() and _KOREAN_SYLLABLE.fullmatch(a)
                    and _KOREAN_SYLLABLE.fullmatch(b))  # fmt: skip
    return len(rest) == 2 and all(
        w[:1].isupper() and w[1:].islower() and _KOREAN_SYLLABLE.fullmatch(w) for w in rest
    )


def personal_name(words: list[str]) -> bool:
    """Two words shaped like a person's name: a known given name and a capitalised surname
    ("Tatyana Golikova", "Mark Milley"), or a Chinese family name and a pinyin given name
    ("Sun Chunlan", "He Ping")."""
    if len(words) != 2 or not all(_name_shaped(w) for w in words):
        return False
    first, last = words
    if page_chrome_name(" ".join(words)):
        return False  # "Long Time", "Reading Time"
    if registry().lookup(" ".join(words)) is not None or last in PLACE_WORDS:
        return False  # "Hong Kong"
    if last in STATE_ADJECTIVES:
        return False  # "Han Chinese": a people, not a family name and a given name
    if mongolian_name(words) or chinese_variant_name(words) or korean_name(words):
        return True
    if western_chinese_name(words):
        return True
    surnames = name_lists()[1]
    if first in surnames and last in _MONTH_GIVEN and is_pinyin(first):
        return True  # "Dong Jun": a given name spelled like a month's abbreviation
    if last in HEAD_KINDS or last in NOT_NAME:
        return False
    if not (last.replace("-", "").isalpha() or PREFIXED_SURNAME.match(last)):
        return False
    if given_name(first):
        return PREFIXED_SURNAME.match(last) is not None or not common_word(last)
    return first in surnames and is_pinyin(first) and is_pinyin(last) and len(last) > 2


_MONTH_GIVEN = frozenset({"Jun"})


def _syllables_apart(words: list[str]) -> bool:
    """A Chinese name with its given name's two syllables written apart ("Guo Jia Kun"):
    a family name, then two single pinyin syllables."""
    surnames = name_lists()[1]
    return (
        words[0] in surnames
        and all(is_pinyin(w) for w in words)
        and all(len(w) <= 4 for w in words[1:])
    )


# A Russian patronymic closing a name: "Ravil Faritovich", "Anna Sergeyevna".
_PATRONYMIC_END = re.compile(r"[a-z](?:ovich|evich|ovna|evna|ichna)$")


_POSSESSIVE_INSIDE = re.compile(r"['’]s\s+\S")


def never_person(name: str) -> bool:
    """A capitalised phrase no person bears, whatever verb follows it: a registered place or
    organisation ("Hong Kong"), an owner's possession ("Hong Kong’s Ming Pao"), a place
    ("Amur Oblast"), a thing ("Aegis Ballistic Missile Defense System", "New START Treaty") or
    an organisation by its head noun ("United Aircraft Corp")."""
    name = " ".join(name.split()).strip(" ,.;:")
    words = name.split()
    if not words or _POSSESSIVE_INSIDE.search(name):
        return True
    entry = registry().lookup(name)
    if entry is not None:
        return entry.type != EntityType.ACTOR
    if name in registry().forms:
        return registry().forms[name][0].type != EntityType.ACTOR  # a capital: "Ulaanbaatar"
    last = words[-1].strip("'’")
    if any(w in _EVENT_WORDS for w in words):
        return True  # "World War II", "the Beijing Olympics": an event
    return last in THING_HEADS or last in PLACE_WORDS or head_kind(words) is not None


# Words that make a capitalised phrase an event's name, which no person bears.
_EVENT_WORDS = frozenset(
    words(
        """War Wars Revolution Olympics Olympic Paralympics Games Summit Expo Festival
        Championship Championships Anniversary Uprising Crisis Pandemic"""
    )
)


def _name_shaped(w: str) -> bool:
    """Capitalised like a name: "Putin", "O'Brien", "McFaul", "Jean-Claude"."""
    return (w[:1].isupper() and w[1:2].islower()) or PREFIXED_SURNAME.match(w) is not None


def given_name(w: str) -> bool:
    """A known given name, or a hyphenated one made of known given names ("Jean-Claude",
    "Anne-Marie", "Hans-Joachim")."""
    given = name_lists()[0]
    if w in given:
        return True
    parts = w.split("-")
    return (
        len(parts) == 2
        and parts[0] in given
        and parts[1][:1].isupper()
        and (parts[1] in given or (parts[1][1:].isalpha() and parts[1][1:].islower()))
    )


def person_with_initial(words: list[str]) -> bool:
    """ "Daniel J. Kritenbrink": a personal name with a middle initial."""
    return (
        len(words) == 3
        and bool(MIDDLE_INITIAL.match(words[1]))
        and personal_name([words[0], words[2]])
    )


def _after_head(words: list[str]) -> bool:
    """An organisation's head noun, then two words shaped like a Slavic or known name: the
    name of the organisation's officer written after it."""
    from loaders.entities.lexicon import SURNAME_SUFFIX, head_kind

    first, last = words[-2:]
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in (first, last)):
        return False
    if first in HEAD_KINDS or last in HEAD_KINDS or head_kind(words[:-2]) is None:
        return False
    if words[-3] not in HEAD_KINDS and words[-3] != "Port":
        return False  # the organisation's name must end in its head noun just before
    return first in name_lists()[0] or (len(last) > 4 and bool(SURNAME_SUFFIX.search(last)))


# Words that title a person without being an office of their own ("Rostec Head X").
_TITLE_WORDS = frozenset({"Head", "Chief", "Aide", "Boss", "Leader"})


def _registered_person_after_words(words: list[str]) -> int:
    """How many words (2, or up to 4 with particles: "Ursula Von der Leyen") a registered
    person's name closing a longer run of capitalised words that do not continue it takes:
    "Rostec Head Sergei Chemezov", "Kremlin Aide Yuri Ushakov", "Secretary General of the
    Communist Party of China Jiang Zemin"; 0 when none. The name is known as a whole, so the
    words before it are a title or a body, never part of the name (":func:`personal_name`
    leaves registered names to the registry, which only sees a name that stands alone)."""
    from loaders.entities.names import strip_title

    n = 2
    if len(words) > 4 and any(w.lower() in NAME_PARTICLES for w in words[-3:-1]):
        n = next((k for k in (4, 3) if _registered_actor(words[-k:])), 2)
    if (
        not _registered_actor(words[-n:])
        or words[-n - 1] in ("of", "for", "and", "the")
        or registry().lookup(" ".join(words[-n - 1 :])) is not None
    ):
        return 0
    # "Russian Prime Minister <Name>": a title alone before the name is the name stage's to
    # read (it keeps the title and the state); the cut is for other words glued before it
    rest, _title, _at, _state = strip_title([(0, 0, w) for w in words])
    return n if len(rest) > n else 0


def _registered_actor(words: list[str]) -> bool:
    entry = registry().lookup(" ".join(words))
    return entry is not None and entry.type == EntityType.ACTOR


def _name_after_titled_state(words: list[str]) -> bool:
    """Two name-shaped words after "<title> of <state>" ("Deputy Prime Minister of
    Kyrgyzstan Zhenish Razakov"): the title's holder, whatever his given name; the state
    closes the title, so the words after it are no part of its name."""
    if len(words) < 5 or words[-4] != "of" or not any(w in TITLES for w in words[:-4]):
        return False
    entry = registry().lookup(words[-3], EntityType.ORGANISATION)
    return entry is not None and entry.kind == "STATE" and _unknown_name_pair(words[-2:])


def _name_after_registered_body(words: list[str]) -> bool:
    """Two name-shaped words right after a registered organisation's full name ("Bank of China
    Zong Liang"): a person written after the body, whose name no word list knows (pinyin
    may spell an English word: "Liang"). Words of English ("… Cloud Intelligence"), head
    nouns ("… Deutschland GmbH") and places ("… Hong Kong") continue the body's name."""
    entry = registry().lookup(" ".join(words[:-2]))
    if entry is None or entry.type == EntityType.ACTOR:
        return False
    return _unknown_name_pair(words[-2:])


def _unknown_name_pair(tail: list[str]) -> bool:
    """Two words shaped like a person's name no word list knows, after a body or a title:
    no English word (but pinyin may spell one: "Liang"), head noun, place or nationality, and
    not a registered name."""
    return (
        all(_name_shaped(w) and w.isalpha() and (not common_word(w) or is_pinyin(w)) for w in tail)
        and not any(w in HEAD_KINDS or w in PLACE_WORDS or w in STATE_ADJECTIVES for w in tail)
        and registry().lookup(" ".join(tail)) is None
        and " ".join(tail) not in registry().forms
    )


def split_people(parts: list[list[Token]]) -> list[list[Token]]:
    """Cut a person's name off the capitalised words it is glued to: "Deputy Prime Minister
    of Russia Tatyana Golikova", "Xinhua Editor-in-Chief He Ping", "Alexandra Trusova and
    Anna Shcherbakova", "Oleg Deripaska and Gennady Timchenko"."""
    out: list[list[Token]] = []
    for part in parts:
        words = [t[2] for t in part]
        if "and" in words:
            i = words.index("and")
            if (
                personal_name(words[i - 2 : i])
                or person_with_initial(words[max(0, i - 3) : i])
                or (i > 3 and _after_head(words[:i]))
            ):
                out.extend(split_people([part[:i], part[i + 1 :]]))
                continue
        if len(part) >= 3 and korean_name(words[-3:]):
            if len(part) > 3:
                out.extend([part[:-3], part[-3:]])  # "President Yoon Suk Yeol"
            else:
                out.append(part)
            continue
        if len(part) > 3 and _syllables_apart(words[-3:]) and not is_pinyin(words[-4]):
            out.extend([part[:-3], part[-3:]])  # "Spokesperson Guo Jia Kun"
            continue
        if len(part) > 3 and person_with_initial(words[-3:]) and words[-4] not in ("of", "for"):
            out.extend([part[:-3], part[-3:]])  # "Officials Daniel J. Kritenbrink"
            continue
        if (
            len(part) > 2
            and personal_name(words[-2:])
            and words[-3] not in ("of", "for")
            # (not "Geniatulin Ravil Faritovich", a Russian name family name first, nor "Guo
            # Jia Kun", a Chinese given name's syllables written apart)
            and not (
                len(part) == 3 and (_PATRONYMIC_END.search(words[-1]) or _syllables_apart(words))
            )
        ):
            out.extend([part[:-2], part[-2:]])
            continue
        if len(part) > 3 and _after_head(words):  # "… Commercial Sea Port Tsetsen Goryaev"
            out.extend([part[:-2], part[-2:]])
            continue
        if len(part) > 3 and (
            _name_after_registered_body(words) or _name_after_titled_state(words)
        ):
            out.extend([part[:-2], part[-2:]])  # "Bank of China Zong Liang"
            continue
        if len(part) > 2 and (n := _registered_person_after_words(words)):
            before = part[:-n]  # "Rostec Head": the body, then the person's title
            while before and (before[-1][2] in TITLES or before[-1][2] in _TITLE_WORDS):
                before = before[:-1]
            out.extend([before, part[-n:]] if before else [part[-n:]])
            continue
        out.append(part)
    return out


def _person_names(found: Found) -> dict[str, str]:
    """Surname (casefolded) → person cluster, for surnames that name exactly one person."""
    _, surnames = name_lists()
    by_surname: dict[str, set[str]] = {}
    for cid, c in found.clusters.items():
        if c.type != EntityType.ACTOR or c.name.startswith("@"):
            continue
        words = c.name.split()
        if len(words) < 2:
            continue
        chinese = words[0] in surnames and all(is_pinyin(w) for w in words)
        family = words[0] if chinese else words[-1]  # "Li Qiang" → "Li", "Natalia Zubarevich"
        by_surname.setdefault(family, set()).add(cid)
    folded: dict[str, set[str]] = {}
    for k, v in by_surname.items():
        folded.setdefault(k.casefold(), set()).update(v)
    return {k: next(iter(v)) for k, v in by_surname.items() if len(folded[k.casefold()]) == 1}


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def same_given(a: str, b: str) -> bool:
    """ "A.V." ~ "Andrey", "Yulia" ~ "Yuliya", "Alexey" ~ "Alexei" (transliterations)."""
    if _INITIALS.fullmatch(a):
        return b[:1] == a[:1]
    if _INITIALS.fullmatch(b):
        return a[:1] == b[:1]
    return a[:1] == b[:1] and fuzz.ratio(a.casefold(), b.casefold()) >= 75


def merge(found: Found, source: str, target: str) -> None:
    src = found.clusters.pop(source)
    dst = found.clusters[target]
    dst.aliases |= {src.name, *src.aliases}
    dst.handles |= src.handles
    found.redirect[source] = target


def apply_redirects(found: Found) -> None:
    """Point hits of merged clusters at the cluster they were merged into (one pass)."""
    if not found.redirect:
        return
    for h in found.hits:
        while h.cluster in found.redirect:
            h.cluster = found.redirect[h.cluster]
    found.redirect.clear()


def _variants(found: Found) -> None:
    """Merge spellings of one person: initials and transliterations of the given name."""
    by_surname: dict[str, list[str]] = {}
    for cid, c in found.clusters.items():
        words = c.name.split()
        if c.type == EntityType.ACTOR and len(words) == 2 and not c.name.startswith("@"):
            by_surname.setdefault(words[1].casefold(), []).append(cid)
    for group in by_surname.values():
        # the registry's record first, then the longest given name
        group.sort(key=lambda cid: (found.clusters[cid].entry is None,
                                    -len(found.clusters[cid].name)))  # fmt: skip
        kept: list[str] = []
        for cid in group:
            given = found.clusters[cid].name.split()[0]
            firsts = {k: found.clusters[k].name.split()[0] for k in kept}
            target = next((k for k in kept if same_given(given, firsts[k])), None)
            if target is not None and found.clusters[cid].entry is None:
                merge(found, cid, target)
            else:
                kept.append(cid)
    apply_redirects(found)


def resolve_surnames(found: Found, text: str) -> None:
    """Merge single-word people into the full name; find bare surnames as mentions."""
    _variants(found)
    index = _person_names(found)
    folded = {k.casefold(): v for k, v in index.items()}
    for cid in list(found.clusters):
        c = found.clusters[cid]
        if c.type != EntityType.ACTOR or c.entry is not None or " " in c.name:
            continue
        target = folded.get(c.name.casefold())
        if target:
            merge(found, cid, target)
    apply_redirects(found)
    if not index:
        return
    names = {k: v for k, v in index.items() if v in found.clusters}
    alt = ordered_alternation(sorted(names, key=len, reverse=True))  # same matches, faster
    rx = (rf"(?<![\w@#.-])(?P<name>{alt})(?:\s(?:[A-Z]\.){{1,3}}(?=[\s,;]))?(?![\w-])"
          rf"(?!\s+[A-Z][a-z])")  # fmt: skip
    spans = _HitSpans(found)
    for m in re.finditer(rx, text):
        cid = names[m.group("name")]
        if not found.occupied(m.start(), m.end()):
            found.add(Hit(m.start(), m.end(), cid))
            found.clusters[cid].aliases.add(m.group("name"))
        elif (company := _registered_company_at(found, m.start(), m.end(), spans)) is not None:
            # "Viktor Kalashnikov … Kalashnikov said": the person the document named in
            # full, not the company registered under the same surname
            company.cluster = cid
            found.clusters[cid].aliases.add(m.group("name"))


class _HitSpans:
    """The hits of a document overlapping a span, as a walk over all of them finds them:
    the hits there when first asked, sorted by start with the furthest end reached by each
    prefix, and those added since, walked in turn (a report's thousands of hits were walked
    once per lone surname)."""

    def __init__(self, found: Found) -> None:
        self.found = found
        self._index: tuple[list[Hit], list[int], list[int], int] | None = None

    def overlapping(self, start: int, end: int) -> list[Hit]:
        """The hits `h` with `h.start < end and start < h.end` (not in the hits' order)."""
        hits = self.found.hits
        if self._index is None:
            by_start = sorted(hits, key=_HIT_START)
            reach = list(accumulate(map(_HIT_END, by_start), max))
            self._index = by_start, list(map(_HIT_START, by_start)), reach, len(hits)
        by_start, starts, reach, indexed = self._index
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        at = [h for h in by_start[first:last] if start < h.end]
        if first and reach[first - 1] > start:  # hits starting before `start` reach into it
            at += [h for h in by_start[:first] if start < h.end]
        at += [h for h in hits[indexed:] if h.start < end and start < h.end]
        return at


_HIT_START, _HIT_END = attrgetter("start"), attrgetter("end")


def _registered_company_at(found: Found, start: int, end: int,
                           spans: _HitSpans | None = None) -> Hit | None:  # fmt: skip
    """The one hit at exactly `start:end` when it is a registered organisation's (a
    surname that is also a company's registered name), else None."""
    if spans is not None:
        at = spans.overlapping(start, end)
    else:
        at = [h for h in found.hits if h.start < end and start < h.end]
    if len(at) != 1 or (at[0].start, at[0].end) != (start, end):
        return None
    owner = found.clusters.get(at[0].cluster)
    if owner is None or owner.entry is None or owner.type != EntityType.ORGANISATION:
        return None
    return at[0]


# A nickname in quotation marks between the given name and the surname: "Dmytro “Henry”
# Aleksandrov", "Kenneth 'Ken' Marsh".
# (The look-behind after the first capital: `re` jumps from capital to capital; same matches.)
_NICKNAMED = re.compile(
    r"(?P<first>[A-Z](?<![\w-][A-Z])[a-z]+)\s+[“\"‘'](?P<nick>[A-Z][\w.’' -]{0,20}?)[”\"’']\s+"
    r"(?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])"
)


def find_nicknamed(found: Found, text: str) -> None:
    """A person written with a quoted nickname inside the name is the person "First Last"
    (a known given name first, a surname no common word); a guessed person inside the span
    ("Dr. Ironfist") gives way."""
    for m in _NICKNAMED.finditer(text):
        first, last = m.group("first"), m.group("last")
        if not given_name(first) or common_word(last) or last in NOT_NAME:
            continue
        s, e = m.span()
        inside = [h for h in found.hits if h.start < e and s < h.end]
        if any(
            h.start < s or h.end > e or found.clusters[h.cluster].entry is not None
            or found.clusters[h.cluster].type != EntityType.ACTOR
            for h in inside
        ):  # fmt: skip
            continue
        for h in inside:
            found.hits.remove(h)
            if not any(o.cluster == h.cluster for o in found.hits):
                found.clusters.pop(h.cluster, None)
        found.add(Hit(s, e, found.named_cluster(EntityType.ACTOR, f"{first} {last}")))
