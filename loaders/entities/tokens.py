"""Capitalised runs of a text: tokens, runs of capitalised words (with connectors inside
organisation names), cut at headline verbs and split where two names are chained."""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.entities.lexicon import (
    CONNECTORS,
    GLUED_PARTICLE,
    HEAD_KINDS,
    LEADING_STOP,
    LEGAL_PREFIXES,
    NAME_PARTICLES,
    SEAT_HEADS,
    TITLES,
    head_kind,
    name_lists,
    words,
)
from loaders.entities.registry import registry

_TOKEN = re.compile(r"(?:[A-Z]\.){1,3}(?![a-z])|[^\W\d_][\w'’.-]*|&|\d+[A-Za-z]+\w*")


_SUPERSCRIPTS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")


# URLs, domains, e-mail: "beijing.gov.cn" is no prose. A match is a whole run of non-space
# characters holding a stop, slash or "@" before a word character; it starts only where a run
# does and reads it once (`\S*[./@]\w\S*`, the same matches, went to the run's end and back
# from every character of every word).
_ADDRESS = re.compile(r"(?<!\S)\S*?[./@]\w\S*")
# What makes a run of non-space characters an address (`_ADDRESS` matches every run holding
# one, whole), the last white space character before a position, the rest of a run.
_ADDRESS_MARK = re.compile(r"[./@]\w")
_LAST_SPACE = re.compile(r"\s\S*\Z")
_NON_SPACE = re.compile(r"\S*")


def _without_addresses(text: str) -> str:
    """`_ADDRESS.sub(" ", text)`, found from the stops, slashes and "@" that make a run of
    non-space characters an address: each run holding one is replaced whole, and its start is
    the character after the white space before it (a space or a line break, unless a rarer
    white space character lies between). `_ADDRESS` opens with a look-behind, tried at every
    character (the substitution cost twice this)."""
    parts: list[str] = []
    at = 0  # where the text after the last address replaced starts
    for mark in _ADDRESS_MARK.finditer(text):
        q = mark.start()
        if q < at:
            continue  # inside the address just replaced
        p = max(text.rfind(" ", at, q), text.rfind("\n", at, q), at - 1) + 1
        other = _LAST_SPACE.search(text, p, q)  # (a tab, a no-break space, …)
        if other is not None:
            p = other.start() + 1
        parts += (text[at:p], " ")
        at = _NON_SPACE.match(text, q).end()  # type: ignore[union-attr]  # (`\S*` always matches)
    if not parts:
        return text
    parts.append(text[at:])
    return "".join(parts)


_PAGE_GLUED = re.compile(r"[A-Z][a-z]{2,}\d{1,4}")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]{2,}\b")
# Two sentences the page glued without a space: "… in Moscow.Russian Foreign Ministry said …".
# A word ending in two lower-case letters, a stop, a capitalised word: two tokens (a domain or
# a brand written so stays whole when the registry knows it: "Yandex.Market" is no sentence).
_GLUED_SENTENCE = re.compile(r"(?P<left>[^\W\d_]*[a-z]{2})\.(?P<right>[A-Z][a-z][\w'’-]*)")
# A byline's name glued to the weekday or month of its dateline: a lower-case letter, then a
# capitalised day or month name closing the token ("SmithThursday", "IvanovaMarch").
_GLUED_DATE = re.compile(
    r"(?P<left>[A-Z][\w'’-]*[a-z])(?P<right>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|"
    r"February|March|April|June|July|August|September|October|November|December)"
)
# What a token `_GLUED_DATE` matches ends with (a cheap test before the pattern).
_GLUED_DATE_ENDS = (
    "day", "January", "February", "March", "April", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
# The last characters `tokens` strips: footnote markers, then stops, hyphens, apostrophes.
_STRIPPED_LAST = _SUPERSCRIPTS | frozenset(".-'’ʼ")
_KEEPS_STOP = re.compile(r"(?:[A-Z]\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Jr\.|Sr\.|St\.|Gen\.")


def _hashtag_surname(text: str, s: int, w: str, out: list[tuple[int, int, str]]) -> bool:
    """ "President Vladimir #Putin": threads tag a person's surname after the given name; the
    tag is a name word when a capitalised word of prose (no tag itself) ends just before it."""
    if text[s - 1] != "#" or s < 3 or text[s - 2] != " " or not out or out[-1][1] != s - 2:
        return False
    prev = out[-1]
    return (
        w[:1].isupper() and w[1:].islower() and prev[2][:1].isupper() and prev[2][1:].islower()
        and (prev[0] == 0 or text[prev[0] - 1] not in "#@")
    )  # fmt: skip


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text, start, end):
        (s, e), w = m.span(), m.group()
        if w[-1] in _STRIPPED_LAST:  # (most words end in none: the cheap test first)
            while w and w[-1] in _SUPERSCRIPTS:  # "Guangzhou.¹⁷⁵": a footnote marker
                w, e = w[:-1], e - 1
            while w and w[-1] in ".-'’ʼ" and not _KEEPS_STOP.fullmatch(w):
                w, e = w[:-1], e - 1
        if w[-1:] == "s" and w.endswith(("'s", "’s", "ʼs")) and len(w) > 2:
            # (ʼ U+02BC is a letter to \w)
            w, e = w[:-2], e - 2
        dated = _GLUED_DATE.fullmatch(w) if w.endswith(_GLUED_DATE_ENDS) else None
        if dated and registry().lookup(w) is None:  # "Viktor VolokitaThursday, 30 January"
            left = dated.group("left")
            out.append((s, s + len(left), left))
            out.append((s + len(left), e, dated.group("right")))
            continue
        if w and s > 0 and text[s - 1] in "@#/." and not _hashtag_surname(text, s, w, out):
            continue  # inside a handle, hashtag, path or domain
        # (cheap tests first: the patterns need a final digit and a stop; most words have none)
        if w[-1:].isdecimal() and _PAGE_GLUED.fullmatch(w):
            continue  # "Notes20": a contents entry glued to its page number, no name word
        glued = _GLUED_SENTENCE.fullmatch(w) if "." in w else None
        if glued and registry().lookup(w) is None:
            left = glued.group("left")
            out.append((s, s + len(left), left))
            out.append((s + len(left) + 1, e, glued.group("right")))
            continue
        if w:
            out.append((s, e, w))
    return out


# Plural nouns whose possessive sits inside names ("People's Daily", "Children's Centre").
PLURAL_POSSESSIVES = frozenset({"People", "Children", "Women", "Men", "Workers", "Peoples"})


def _is_cap(w: str) -> bool:
    if w[:1].isupper() or w == "&":
        return True
    head = w[:5]
    return ("-" in head or "'" in head or "’" in head) and bool(GLUED_PARTICLE.match(w))


def _inner_before_cap(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Is token i a connector or particle followed, over single spaces and at most one more
    particle ("van den", "von der"), by a capitalised word?"""
    for j in (i + 1, i + 2):
        if j >= len(toks) or text[toks[j - 1][1] : toks[j][0]] != " ":
            return False
        if _is_cap(toks[j][2]):
            return True
        if toks[j][2] not in NAME_PARTICLES or toks[i][2] not in NAME_PARTICLES:
            return False
    return False


def _inner(w: str) -> bool:
    """A lower-case word that may sit between capitalised words of one name: a connector
    ("Institute of …") or a particle of a personal name ("bin", "von der")."""
    return w.lower() in CONNECTORS or w in NAME_PARTICLES


# Three or more words in a row of lower-case prose: white space, then words each opening on a
# lower-case ASCII letter and holding no capital, "&" nor non-ASCII letter (only ASCII
# lower-case letters, digits, punctuation and a few typographic marks). The words between
# the first and the last (`mid`, white space before them included) are the ones `runs` need
# not see.
_DEAD = "abcdefghijklmnopqrstuvwxyz0123456789!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~’‘“”—–…"
_DEAD_WORD = rf"[a-z][{re.escape(_DEAD)}]*"
_DEAD_STRETCH = re.compile(rf"\s{_DEAD_WORD}(?P<mid>(?:\s+{_DEAD_WORD})+)\s+{_DEAD_WORD}(?!\S)")


def _run_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """`tokens(text, start, end)` without the tokens of lower-case words whose neighbours are
    lower-case words too (`_DEAD_STRETCH`'s `mid`): `runs` reads the same runs from them,
    and most of a text's tokens are such words (half of 10x's).

    Why the runs are the same: each such word is a token (it opens on a letter after white
    space, which `tokens` keeps) and so are its neighbours, and none of them can join a run
    (no capital, no "&"). `runs` reads a token only as the next one or two of a connector
    (`_inner_before_cap`) or of an ampersand: a dropped token's neighbour sees, in its place,
    a later token behind more than one space, which joins nothing, where it saw a lower-case
    word, which joined nothing either. And a run is never open when a dropped word is reached
    (the word before it, lower-case, closed it), so skipping the word skips nothing. The
    stretches start after white space and end before it, where `tokens` ends and starts a
    token, so the tokens between them are found as in one pass."""
    out: list[tuple[int, int, str]] = []
    at = start
    for m in _DEAD_STRETCH.finditer(text, start, end):
        out += tokens(text, at, m.start("mid"))
        at = m.end("mid")
    out += tokens(text, at, end)
    return out


def runs(text: str, start: int, end: int) -> list[list[tuple[int, int, str]]]:
    """Maximal runs of capitalised tokens separated by one space (connectors inside)."""
    toks = _run_tokens(text, start, end)
    out: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        s, _, w = tok
        head = w[:5]  # `_is_cap(w) and w != "&"`, inline: most tokens are lower-case words
        cap = w[:1].isupper() or (
            ("-" in head or "'" in head or "’" in head) and bool(GLUED_PARTICLE.match(w))
        )
        if not cap and not cur:
            continue  # a lower-case word outside a run (most words): nothing to join or end
        gap = text[cur[-1][1] : s] if cur else ""
        joined = bool(cur) and (
            gap in (" ", "-", "–")  # "Center for Russian–Chinese Relations Studies"
            or (gap == " #" and _hashtag_surname(text, s, w, [cur[-1]]))  # "Vladimir #Putin"
            or (gap == "" and "&" in (w, cur[-1][2]) and len(cur[-1][2]) <= 3)  # "S&C", "AT&T"
            or (gap == "—" and cur[-1][2].isupper() and w.isupper())  # "MSU—BIT University"
            or (gap in ("'s ", "’s ", "' ", "’ ") and cur[-1][2] in PLURAL_POSSESSIVES)
        )  # "People's Republic", "Peoples' Friendship University": a possessive inside a name
        glued_amp = (  # "S&C Trade", "AT&T": an ampersand inside an acronym
            w == "&"
            and bool(cur)
            and gap == ""
            and i + 1 < len(toks)
            and toks[i + 1][0] == tok[1]
            and toks[i + 1][2][:1].isupper()
        )
        if cap or (_inner(w) and cur and _inner_before_cap(text, toks, i)) or glued_amp:
            if cur and not joined:
                out.append(cur)
                cur = []
            cur.append(tok)
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    cleaned = []
    for run in out:
        while run and _inner(run[-1][2]):
            run = run[:-1]
        if run and _CHROME_AFTER.match(text, run[-1][1]) and run[-1][2] in _CHROME_WORDS:
            run = run[:-1]  # "Sam Greene Profile picture": page chrome after the name
        if run and run[-1][2] in _CREDIT_ROLES and _BY_AFTER.match(text, run[-1][1]):
            run = run[:-1]  # "(Writing by Anna Smith Editing by …)": the next credit's role
        described = next(
            (i for i, t in enumerate(run[:3]) if "-" in t[2] and DESCRIBED.search(t[2])), None
        )  # (every described word has a hyphen: the cheap test first)
        if described is not None and described < len(run) - 1:
            run = run[described + 1 :]  # "Hong Kong-registered Bright Ocean Ltd"
        while run and (
            _inner(run[0][2])
            or (run[0][2] in LEADING_STOP and not _names_body(run, text))
            or ("-" in run[0][2] and DESCRIBED.search(run[0][2]))
            or run[0][2] in _IMPERATIVES
        ):  # "Moscow-based Association of …": a description, then the name
            run = run[1:]
        if run:
            cleaned.append(run)
    return cleaned


# Site chrome that opens a line before a name: "Support The Moscow Times!", "Subscribe to …".
_IMPERATIVES = frozenset(
    words("Support Subscribe Donate Share Download Listen Watch Contact Sign Register Login")
)
# "Sam Greene Profile picture", "Name Profile image" on thread-reader pages.
_CHROME_WORDS = frozenset(words("Profile Avatar"))
_CHROME_AFTER = re.compile(r" (?:picture|photo|image|pic)\b")
# A wire credit's roles, each before "by": "Reporting by", "Additional reporting by", "Editing by".
_CREDIT_ROLES = frozenset(words("Reporting Additional Writing Editing Edited Written Compiled"))
_BY_AFTER = re.compile(r" (?:reporting )?by\b")


def _names_body(run: list[tuple[int, int, str]], text: str) -> bool:
    """ "Great Wall West China Bank", "Great Hall of the People": an adjective that opens
    clauses ("Great news") is part of a name of three or more words ending in a head noun;
    "He Lifeng": the Chinese family name He before a pinyin given name of two syllables that
    is no English word (not the pronoun); inside a sentence, where the pronoun is written
    "he", any pinyin given name ("met with He Ping, the editor-in-chief")."""
    if run[0][2] == "He" and len(run) == 2:
        from loaders.entities.lexicon import common_word, is_pinyin

        own = run[1][2]
        if not (own[1:].islower() and is_pinyin(own)):
            return False
        inside = _IN_SENTENCE.search(text, max(0, run[0][0] - 3), run[0][0]) is not None
        return inside or (len(own) >= 5 and not common_word(own))
    return run[0][2] == "Great" and len(run) >= 3 and run[-1][2] in HEAD_KINDS


# A word or a comma right before: a capitalised word there is inside its sentence.
_IN_SENTENCE = re.compile(r"(?:[a-z],?|,) $")
# A word's ending that describes the body after it ("Moscow-based", "state-owned").
DESCRIBED_SUFFIX = (
    r"-(?:based|owned|run|backed|listed|registered|born|made|led|linked|controlled|affiliated|"
    r"funded|supported|headquartered|sanctioned|designated|blacklisted|flagged|operated|managed)"
)
DESCRIBED = re.compile(DESCRIBED_SUFFIX + "$")


@lru_cache(maxsize=4)
def lower_words(text: str) -> frozenset[str]:
    """Words the document writes in lower case in its prose (so, common words rather than
    names); web addresses do not count ("en.beijing.gov.cn"). Several steps of the entities
    stage ask for the same document's set: it is computed once (two full-text regex passes)."""
    return frozenset(_LOWER_WORD.findall(_without_addresses(text)))


_MONTHS = frozenset(
    words("""
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""")
)


# Capitalised verbs of title-case headlines ("Russia Has Opened Up …", "Would You Rate …").
HEADLINE_VERBS = frozenset(
    words("""
    Has Have Had Is Are Was Were Be Been Will Would Can Could Should May Might Must Do Does
    Did Make Makes Made Discuss Discusses Discussed Launch Launches Launched Rate Rates Say
    Says Said Warn Warns Warned Sign Signs Signed Call Calls Called Set Sets Plan Plans
    Planned Help Helps Host Hosts Hosted Open Opens Opened Create Creates Created Carrying
    Become Becomes Became Seek Seeks Want Wants Agree Agrees Agreed Expand Expands Boost
    Boosts Join Joins Joined Reach Reaches Reached Start Starts Started Take Takes Took Get
    Gets Got Hold Holds Held Meet Meets Met Begin Begins Began Turn Turns Face Faces Show
    Shows Showed Go Goes Went Restrictions How Why What Who When Where You We They It Our
    Your
""")
)


def _is_state(name: str) -> bool:
    entry = registry().lookup(name)
    return entry is not None and entry.kind == "STATE"


def _family_may(run: list[tuple[int, int, str]], i: int) -> bool:
    """ "May Yuhong": "May" (Mei, a Chinese family name) before a pinyin given name of two
    syllables closing the run, not the headline modal ("… May Boost Trade")."""
    from loaders.entities.people import chinese_variant_name

    return run[i][2] == "May" and i == len(run) - 2 and chinese_variant_name(["May", run[-1][2]])


def _cut_headline(run: list[tuple[int, int, str]], text: str = "") -> list[tuple[int, int, str]]:
    """Keep what follows the last headline verb, and stop before "on <Month>"."""
    for i, tok in enumerate(run):
        if tok[2] in ("on", "in") and i + 1 < len(run) and run[i + 1][2] in _MONTHS:
            run = run[:i]
            break
    last = max((i for i, t in enumerate(run) if t[2] in HEADLINE_VERBS
                and not _family_may(run, i)), default=-1)  # fmt: skip
    if last >= 0:
        run = run[last + 1 :]
    while run and (
        run[0][2].lower() in CONNECTORS
        or (run[0][2] in LEADING_STOP and not _names_body(run, text))
    ):
        run = run[1:]
    while run and run[-1][2].lower() in CONNECTORS:
        run = run[:-1]
    return run


_HONORIFIC_TOKENS = frozenset({"Dr", "Dr.", "Prof", "Prof.", "Professor"})


def _front_matter_cut(run: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]] | None:
    """A title page run together: "Energy Security Papers The Gas Question Dr Anna B Smith
    Royal Institute of Strategy". A capitalised "The" inside a run (not after "of"/"and")
    opens a new title, and an honorific inside it opens a person's name: the honorific, a
    known given name, initials, one surname; what follows is its own candidate."""
    given, surnames = name_lists()
    for i, tok in enumerate(run):
        if i == 0:
            continue
        prev = run[i - 1][2]
        if tok[2] == "The" and prev.lower() not in CONNECTORS and i < len(run) - 1:
            return [run[:i], run[i:]]
        if (
            tok[2] in _HONORIFIC_TOKENS
            and i + 2 < len(run)
            and (run[i + 1][2] in given or run[i + 1][2] in surnames)
        ):
            j = i + 2
            while j < len(run) - 1 and re.fullmatch(r"[A-Z]\.?", run[j][2]):
                j += 1
            surname = run[j][2]
            if (
                surname[:1].isupper()
                and surname not in HEAD_KINDS
                and surname.lower() not in CONNECTORS
            ):
                pieces = [run[:i], run[i : j + 1]]
                if j + 1 < len(run):
                    pieces.append(run[j + 1 :])
                return pieces
    return None


# Adjective endings: a word so ending closes no organisation's name ("Asian", "Oriental",
# "Economic", "Chinese", "Eastern"), it is coordinated with the next field word.
_ADJECTIVE_END = re.compile(r"(?:an|al|ic|ese|ern|ish)$")


def split_chain(text: str, run: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Cut "Centre X of the Institute Y" at "of the"/"under the", and "X University and Y
    University" at "and", when both sides have their own head noun, so each organisation is
    its own candidate."""
    run = _cut_headline(run, text)
    cut = _front_matter_cut(run)
    if cut is not None:
        return [part for piece in cut for part in split_chain(text, piece)]
    for i, tok in enumerate(run):
        if (
            tok[2] == "the"
            and 0 < i < len(run) - 1
            and run[i - 1][2].lower() not in CONNECTORS
            and not any(t[2] in HEAD_KINDS for t in run[:i])  # "Fund for Saving the Aral Sea"
        ):
            return split_chain(text, run[i + 1 :])  # "De-Dollarizing the Eurasian Union"
    for i, tok in enumerate(run):
        if tok[2] == "of" and i >= 2 and not any(t[2] in HEAD_KINDS for t in run[:i]):
            right = run[i + 1 :]
            if right and right[0][2] == "the":
                right = right[1:]
            given = name_lists()[0]
            personal = i == 2 and run[0][2] in given  # "Sergei Tselikov of Autostat"
            if right and all(t[2][:1].isupper() for t in run[:i]) and (
                head_kind([t[2] for t in right]) or personal
            ):  # fmt: skip
                return [run[:i], *split_chain(text, right)]  # "Andrei Bezrukov of MGIMO University"
        nested = tok[2] in ("of", "under") and i + 1 < len(run) and run[i + 1][2] == "the"
        joined = tok[2] in ("and", "&") and not (
            tok[2] == "&" and tok[0] > 0 and text[tok[0] - 1].isalnum()
        )  # ("S&C Trade" is one name)
        if nested or joined:
            left, right = run[:i], run[i + (2 if nested else 1) :]
            lw, rw = [t[2] for t in left], [t[2] for t in right]
            if not left or not right or _is_state(" ".join(rw)):
                continue  # "… of the Russian Federation" stays in the name
            left_ok = head_kind(lw) or (joined and len(lw) == 1 and lw[0].isupper())
            if left_ok and head_kind(rw) and (nested or HEAD_KINDS.get(lw[-1])):
                return [*split_chain(text, left), *split_chain(text, right)]
            if joined and len(lw) == 1 and lw[0].isupper() and head_kind(rw):
                return [*split_chain(text, left), *split_chain(text, right)]
            if joined and lw[0] in LEGAL_PREFIXES and rw[0] in LEGAL_PREFIXES:
                return [*split_chain(text, left), *split_chain(text, right)]  # "PJSC X and JSC Y"
            if (
                joined
                and lw[0] in HEAD_KINDS
                and head_kind(lw)
                and len(rw) >= 2
                and HEAD_KINDS.get(rw[-1], "COMPANY") != "COMPANY"
                and not _ADJECTIVE_END.search(lw[-1])
            ):  # "Center for … Studies and Shenzhen MSU—BIT University" (not "Institute of
                # Asian and African Studies of … University": an adjective ends no name, it is
                # coordinated with the next one)
                return [*split_chain(text, left), *split_chain(text, right)]
    return [run] if run else []


# What may join two capitalised parts into one official name: the right part is where the
# organisation sits ("… of the Russian Academy of Sciences", "… at Lomonosov Moscow State
# University", "Consulate General … in Harbin", "… for the Humanities").
_JOIN = re.compile(r"^(?:,?\s+(of|at|for|in)(?:\s+the)?\s+|(,)\s+)$")


def _is_registered_org(name: str) -> bool:
    entry = registry().lookup(name)
    return entry is not None and entry.type.value == "ORGANISATION"


def _joins(
    link: str, gap: str, lw: list[str], rw: list[str], right_org: bool, complement: bool = False
) -> bool:
    """Does the part after `gap` continue the official name before it (see join_parts)?"""
    if link == "of" and complement and not right_org:
        # "Commission for the Strategy of Development | of the Fuel and Energy Complex …": the
        # field after "for the" goes on over "of (the)" while no new head noun starts
        return head_kind(rw) is None and len(rw) <= 8 and rw[-1] not in TITLES
    if link in ("of", "at"):
        return right_org
    if link == "for":
        # "Commission for the Russian President on the strategy …": an office, the name goes
        # on in lower case; not a name to cut here
        fits = len(rw) <= 4 or (head_kind(rw) is None and len(rw) <= 8)
        return fits and "the" in gap and rw[-1] not in TITLES
    if link == "in":
        return any(w in SEAT_HEADS for w in lw) and len(rw) <= 4
    return (
        any(w in ("of", "for") for w in lw)
        and "and" in rw
        and head_kind(rw) is None
        and (len(rw) <= 6)
        and not any(w in TITLES for w in rw)  # "…, State Councilor and Foreign Minister"
    )


Tok = tuple[int, int, str]


def join_parts(
    text: str, parts: list[list[Tok]]
) -> list[tuple[list[Tok], list[Tok] | None, list[Tok] | None]]:
    """Official names written over several capitalised parts, joined into one: (name, the
    organisation inside it when the join was "of the"/"at", the short form before the
    first join — "Institute of Far Eastern Studies" — when parts were joined).

    An organisation part (a head noun) takes the next part when the gap is "of (the)" or
    "at (the)" and that part is itself an organisation or a state; "for the"
    and any short capitalised part ("State Academic University for the Humanities"); "in
    (the)" and a state or place when its head is a seat (an embassy, a consulate, an office);
    ", A, B and C" when it closes a list begun after "of"/"for" ("Committee for Friendship,
    Peace and Development").
    """
    out: list = []
    i = 0
    while i < len(parts):
        cur = short = parts[i]
        inner_at = inner_end = None
        complement = False  # joined over "for the": the name states a field
        while i + 1 < len(parts):
            nxt = parts[i + 1]
            m = _JOIN.match(text[cur[-1][1] : nxt[0][0]])
            lw, rw = [t[2] for t in cur], [t[2] for t in nxt]
            if not m or not (head_kind(lw) or (len(lw) == 1 and lw[0] in HEAD_KINDS)):
                break
            link = m.group(1) or ","
            gap = text[cur[-1][1] : nxt[0][0]]
            right_org = head_kind(rw) is not None or _is_registered_org(
                text[nxt[0][0] : nxt[-1][1]]
            )
            if link == "in" and inner_at is not None and inner_end is None:
                inner_end = len(cur)  # "… of the Bank of Russia | in the People's Republic …"
            if not _joins(link, gap, lw, rw, right_org, complement):
                break
            complement = complement or link == "for"
            if link in ("of", "at") and inner_at is None and head_kind(rw):
                inner_at = len(cur) + len(tokens(text, cur[-1][1], nxt[0][0]))
            cur = cur + tokens(text, cur[-1][1], nxt[0][0]) + nxt
            i += 1
        inner = cur[inner_at:inner_end] if inner_at is not None else None
        out.append((cur, inner, short if len(cur) > len(short) else None))
        i += 1
    return out
