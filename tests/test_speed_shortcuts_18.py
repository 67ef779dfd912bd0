"""Shortcuts of speed18 give what the code they replace gives (issue 15): on random inputs
built from the pieces the code reads and on the seed documents' lines."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from loaders.claims import attribution, clauses, quotes
from loaders.claims.patterns import QUOTE, SINGLE_CLOSE
from loaders.entities import governments
from loaders.entities.anchored import finditer_at
from loaders.prefilter import Gated
from loaders.readers import decode
from loaders.readers.report import blocks

_SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# characters `re` folds to ASCII letters, white space beyond " " and "\n", a digit of
# another script
_ODD = ["ſ", "K", "ı", "İ", "\u00a0", "\u2009", "\t", "٣"]


def _seed_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(_SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            lines.append(line)
            lines += re.split(r"(?<=[.!?])\s+", line)
    return lines


def _texts(pieces: list[str], seed: int, n: int = 20000, most: int = 14) -> list[str]:
    rnd = random.Random(seed)
    pieces = pieces + _ODD
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def _opened_at_before(body: str) -> tuple[int, str] | None:
    """`quotes._opened_at` before speed18: the substitution first."""
    body = QUOTE.sub(lambda m: " " * len(m.group(0)), body)
    opened = body.rfind("“")
    if opened >= 0 and "”" not in body[opened:]:
        return opened, "”"
    if body.count('"') % 2 == 1:
        return body.rfind('"'), '"'
    single = body.rfind("‘")
    opens = single >= 0 and (single == 0 or not body[single - 1].isalnum())
    if opens and SINGLE_CLOSE.search(body, single) is None:
        return single, "’"
    return None


def test_opened_at_answers_as_before() -> None:
    pieces = ["“", "”", '"', "‘", "’", "'", "«", "»", "We", "It", " ", "said", ".", ",", "\n",
              "don’t", "X", "a", "Russia’s"]  # fmt: skip
    texts = _seed_lines() + _texts(pieces, 181)
    assert sum(quotes._opened_at(t) is not None for t in texts) > 100  # both answers seen
    for text in texts:
        assert quotes._opened_at(text) == _opened_at_before(text), text


def test_list_intro_answers_as_before() -> None:
    pieces = ["Key ", "statements ", "by ", "Lavrov", " at the talks", ":", " ", "\n", "Putin ",
              "made ", "several ", "points", "the following", "said", "x", ": ", "."]  # fmt: skip
    crafted = ["Key statements by Lavrov at the press conference:", "  Putin made several "
               "statements after the talks: \n", "Main points from Xi:", "Remarks by X:x",
               "Key statements by Lavrov:\n\n", "Putin said the following", "By X: "]  # fmt: skip
    texts = crafted + _seed_lines() + _texts(pieces, 182)
    found = 0
    for text in texts:
        m = attribution._LIST_INTRO.match(text.strip())
        cue = attribution.list_intro(10, text)
        if m is None:
            assert cue is None, text
        else:
            found += 1
            group = "a" if m.group("a") else "b"
            lead = len(text) - len(text.lstrip())
            span = attribution._span(10, text, lead + m.start(group), lead + m.end(group))
            expected = (
                attribution.Cue("REPORTED_SPEECH", span, anchor="start" if group == "a" else "end")
                if span
                else None
            )
            assert cue == expected, text
    assert found > 10


@pytest.mark.parametrize("name", ["_BE", "_NOMINAL_BEFORE", "_INFINITIVE"])
def test_ends_on_finds_what_a_search_of_the_whole_left_finds(name: str) -> None:
    pattern = getattr(clauses, name)
    words = [w for w in re.findall(r"[a-z]+", pattern.pattern) if w not in ("b", "s")]
    assert max(map(len, words)) + 2 <= clauses._LAST_WORD_MAX  # ("'s" and a letter around)
    pieces = [*words, *(w.upper() for w in words), " ", "  ", "\n", "'s", "’s", "s'", "x",
              "a", "-", "_", "1", ",", "officially", "tobe"]  # fmt: skip
    for text in _seed_lines() + _texts(pieces, sum(map(ord, name))):
        for left in (text, text[: len(text) // 2]):
            fast, slow = clauses._ends_on(pattern, left), pattern.search(left)
            assert (fast and fast.span()) == (slow and slow.span()), left


def test_gerund_behind_its_prefilter_finds_what_the_pattern_finds() -> None:
    assert isinstance(clauses._GERUND, Gated)
    pattern = clauses._GERUND.pattern_object
    pieces = ["with ", "With ", "wITH ", "X ", "the ", "minister ", "saying", "noting", " of",
              " to", " ", "\n", "-", "sWith ", "@x "]  # fmt: skip
    for text in _seed_lines() + _texts(pieces, 184):
        fast = [m.span() for m in clauses._GERUND.finditer(text)]
        assert fast == [m.span() for m in pattern.finditer(text)], text


_GOVERNMENT_PIECES = [
    "Government", "government", "overnment", "G", "the ", "Chinese ", "China", "’s ", "'s ",
    "federal ", "central ", "South ", "Korean ", "of ", "Russia", "Russian Federation", " ",
    "  ", "\n", ".", ",", "-", "Mr.", "officials", " spokesman", "and ", "U.S.", "x", "_",
    "Kazakhstan", "A", "é",
]  # fmt: skip


def test_government_patterns_tried_where_they_can_start_find_what_finditer_finds() -> None:
    g = governments
    texts = ["\n".join(_seed_lines()), *_texts(_GOVERNMENT_PIECES, 185, n=30000, most=20)]
    found = 0
    for text in texts:
        heads = g._heads(text)
        for pattern, starts in (
            (g._ADJECTIVE, g._starts_before(text, heads, g._adjective_char)),
            (g._POSSESSIVE, g._starts_before(text, heads, g._possessive_char)),
            (g._OF_STATE, heads),
        ):
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in finditer_at(pattern, text, starts)] == expected, text
            found += len(expected)
    assert found > 300


def test_lost_spaces_mended_as_by_the_whole_text_substitution() -> None:
    pieces = ["?", "a", "B", "1", "_", " ", "\n", "/", "=", "&", "é", "x?y", "100?billion",
              "?q=1", "the?Kommersant?newspaper", "-", "."]  # fmt: skip
    texts = _seed_lines() + _texts(pieces, 186, most=30)
    changed = 0
    for text in texts:
        expected = decode._LOST_SPACE.sub(decode._mend, text)
        assert decode.mend_lost_spaces(text) == expected, text
        changed += expected != text
    assert changed > 1000


def _furniture_key_before(line: str) -> str:
    return blocks._DIGITS.sub("#", blocks._PAGE_EDGE.sub("", line.strip())).casefold()


def test_furniture_key_as_before() -> None:
    pieces = ["12", "1234", "12345", " ", "\n", "Report", "page", "٣", "x", "\t", "-"]
    for line in _seed_lines() + _texts(pieces, 187):
        assert blocks.furniture_key(line) == _furniture_key_before(line), line


@pytest.mark.parametrize("name", ["_DETERMINER", "_PASSIVE", "_OWNED"])
def test_tail_starts_no_later_than_a_match_of_the_speech_verb_look_backs(name: str) -> None:
    pattern = getattr(attribution, name)
    words = re.findall(r"[A-Za-z]+", pattern.pattern)
    assert max(map(len, words)) <= attribution._TAIL_WORD
    pieces = [*words, *(w.upper() for w in words), " ", "  ", "\n", "'s", "’s", "s", "ſ", "x",
              "Norland", "bank", "He", "it", "_", "1", ",", "-", "commonly"]  # fmt: skip
    for text in _seed_lines() + _texts(pieces, sum(map(ord, name)) + 18):
        for left in (text, text[: len(text) // 2]):
            fast = pattern.search(left, attribution._tail(left))
            slow = pattern.search(left)
            assert (fast and fast.span()) == (slow and slow.span()), left


def test_sentences_split_as_when_the_rest_of_the_passage_was_copied_at_every_stop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from loaders.components import sentences as st

    def looks_before(rest: str) -> bool:
        word = st._WORD.match(rest)
        return bool(word) and word.group(0).lower() in st._STARTERS

    def is_break_before(text: str, m: re.Match[str], regions: list[tuple[int, int]]) -> bool:
        rest = text[m.end() :].lstrip()
        if not rest:
            return False
        nxt = rest[0]
        mark = m.group(0).rstrip("\"”’'»)]")
        if st._inside(m.end(), regions):
            return False
        if mark.startswith("..") or mark.startswith("…"):
            return nxt.isupper() or nxt in '“"' or nxt.isdigit()
        if nxt.islower() or nxt in ",;:)—–-":
            return False
        if mark == ".":
            before = st._word_before(text, m.start())
            word = (before.group(1) if before else "").lower()
            stripped = word.strip(".")
            if stripped in st._TITLES or word in st._TITLES:
                return False
            if stripped in st.ABBREVIATIONS and not nxt.isupper():
                return False
            initials = st._INITIALS.fullmatch(stripped) and len(stripped) <= 5
            if initials and (stripped.count(".") >= 1 or len(stripped) == 1):
                return looks_before(rest)
        return True

    pieces = ["U.S.", " ", "  ", "\n", ". ", "The ", "the ", "officials", "K.V.", "A.", "Mr.",
              "e.g.", "…", "?", "!", "“", "”", "It ", "2", "www.x.org/a", " https://t.co/x",
              "doi:10.1/x", "They", "said", "."]  # fmt: skip
    texts = ["\n".join(_seed_lines()), *_texts(pieces, 188, most=30)]
    fast = [st.split_text(text) for text in texts]
    monkeypatch.setattr(st, "_is_break", is_break_before)
    monkeypatch.setattr(st, "_looks_sentence_start", lambda text, at=0: looks_before(text[at:]))
    assert [st.split_text(text) for text in texts] == fast


def test_hyphen_breaks_read_the_words_only_for_a_pair_hyphenated_elsewhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The document's words are gathered only when a pair broken over a line is written with
    a hyphen elsewhere too (then "co-"+"operate" is rejoined where the text also writes
    "cooperate", and keeps its hyphen where it never does)."""
    from loaders.readers.report import body
    from loaders.readers.report import read as read_report

    gathered: list[int] = []

    class Counting:
        def findall(self, text: str) -> list[str]:
            gathered.append(len(text))
            return body_word.findall(text)

        def match(self, text: str, pos: int) -> re.Match[str] | None:
            return body_word.match(text, pos)

    body_word = body._WORD
    monkeypatch.setattr(body, "_WORD", Counting())

    def read(text: str) -> str:
        (doc,) = read_report(text, "hyphens.txt")
        return " ".join(doc.text[p.start : p.end] for p in doc.passages)

    para = "the plan of the Part-\nnership and its aims, with"
    assert "Partnership" in read("Report on Ports\n\n" + "\n".join([para] * 50) + "\nend.\n")
    assert gathered == []
    para = "we co-operate with them; they co-\noperate with us, with"
    for extra, expected in (
        ("\nand we cooperate.", "cooperate with us"),
        ("", "co-operate with us"),
    ):
        text = "Report on Ports\n\n" + "\n".join([para] * 50) + extra + "\nend.\n"
        assert expected in read(text)
    assert len(gathered) == 2


def test_has_figure_answers_as_the_figure_pattern() -> None:
    from loaders.claims.quotes import FIGURE, has_figure

    pieces = ["$", "€", "5", "3.2", " ", "%", "percent", " per cent", "b", "bn", " million",
              "a ", "one ", "two ", "half", "third", "quarters", "fifth", " of", "x", "A ",
              "Half", "1,000", "٣", "\n"]  # fmt: skip
    texts = _seed_lines() + _texts(pieces, 189)
    assert 1000 < sum(map(has_figure, texts)) < len(texts) - 1000
    for text in texts:
        assert has_figure(text) == (FIGURE.search(text) is not None), text


def test_following_intro_answers_as_the_pattern() -> None:
    from loaders.claims import extract

    pieces = ["the following", "The Following", " are", " noteworthy", ":", ": ", " ", "\n",
              "his ", "main ", "conclusions", "x", ":\n", "these", " findings"]  # fmt: skip
    texts = _seed_lines() + _texts(pieces, 190)
    assert sum(map(extract._following_intro, texts)) > 200
    for text in texts:
        assert extract._following_intro(text) == (extract._FOLLOWING.search(text) is not None)


def test_according_to_behind_its_prefilter_finds_what_the_pattern_finds() -> None:
    from loaders.claims.patterns import ACCORDING_TO

    assert isinstance(ACCORDING_TO, Gated)
    pattern = ACCORDING_TO.pattern_object
    pieces = ["according to ", "According To ", "as reported by ", "data from ", "per ", "Per ",
              "percent", "figures ", "released ", "by ", "the ", "latest ", "Rosstat", "Mr. ",
              "X", ",", ".", " said", " ", "\n", "cited by ", "ſ"]  # fmt: skip
    for text in _seed_lines() + _texts(pieces, 191):
        for method in ("search", "match"):
            fast, slow = getattr(ACCORDING_TO, method)(text), getattr(pattern, method)(text)
            assert (fast and fast.span()) == (slow and slow.span()), text


def test_marked_end_behind_its_look_ahead_finds_what_the_alternatives_find() -> None:
    from loaders.claims import extract

    plain = re.compile(extract._MARKED_END_ALTERNATIVES)
    pieces = ["codes", ".", "!", "?", "”", '"', " ", "²⁰¹", "¹", "\n", "According", " to",
              "Moscow", "Russian", "abc", "A", "x", "“", "ſ"]  # fmt: skip
    for text in _seed_lines() + _texts(pieces, 192):
        for lo, hi in ((0, len(text)), (1, len(text) - 1)):
            fast = [m.span() for m in extract._MARKED_END.finditer(text, lo, hi)]
            assert fast == [m.span() for m in plain.finditer(text, lo, hi)], text


def _unled(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern `led` put behind its look-ahead: "(?=[…])(?:pattern)"."""
    assert rx.pattern.startswith("(?=["), rx.pattern[:40]
    return re.compile(rx.pattern[rx.pattern.index("])(?:") + 5 : -1], rx.flags)


_LED_PIECES = ["should", "Should", " have", " not", "ought to", "must", "need to", "needs to",
               "it is", "It's", "important", "we", "I", "the authors", "recommend", "has to",
               "have to", "be said", " ", "\n", "said", "says", "noted", "cannot", "can't",
               "don’t", "never", "x", "ſ", "K", "tank", "stated", ",", "."]  # fmt: skip


@pytest.mark.parametrize(
    ("module", "name"),
    [("loaders.claims.kinds", "_RECOMMEND"), ("loaders.claims.patterns", "VERB_ALONE"),
     ("loaders.claims.clauses", "_NEGATION")],
)  # fmt: skip
def test_patterns_behind_their_first_letters_find_what_the_patterns_find(
    module: str, name: str
) -> None:
    led = getattr(__import__(module, fromlist=[name]), name)
    plain = _unled(led)
    for text in _seed_lines() + _texts(_LED_PIECES, sum(map(ord, name))):
        for lo, hi in ((0, len(text)), (2, len(text) - 2)):
            fast, slow = led.search(text, lo, hi), plain.search(text, lo, hi)
            assert (fast and fast.span()) == (slow and slow.span()), text


@pytest.mark.parametrize(
    ("module", "name"),
    [("loaders.numbers.metric", "_HEAD_RE"), ("loaders.claims.gender", "_ROLE_BEFORE"),
     ("loaders.entities.names", "_ROLE_BEFORE"), ("loaders.numbers.patterns", "_CURRENCY_PREFIX")],
)  # fmt: skip
def test_look_backs_behind_their_first_characters_find_what_the_patterns_find(
    module: str, name: str
) -> None:
    led = getattr(__import__(module, fromlist=[name]), name)
    plain = _unled(led)
    words = sorted(set(re.findall(r"[A-Za-z]{2,}", plain.pattern)))[:60]
    pieces = [*words, *(w.upper() for w in words), " ", "  ", "\n", ",", "'s", "’s", "&", "$",
              "€", "US", "x", "ſ", "K", "5", "."]  # fmt: skip
    for text in _seed_lines() + _texts(pieces, sum(map(ord, module + name)), most=8):
        for lo, hi in ((0, len(text)), (2, len(text) - 2)):
            fast = [m.span() for m in led.finditer(text, lo, hi)]
            assert fast == [m.span() for m in plain.finditer(text, lo, hi)], text
            fast_one, slow_one = led.search(text, lo, hi), plain.search(text, lo, hi)
            assert (fast_one and fast_one.span()) == (slow_one and slow_one.span()), text


@pytest.mark.parametrize(
    ("module", "name"),
    [("loaders.numbers.change", "_BEFORE"), ("loaders.numbers.qualifiers", "_BEFORE"),
     ("loaders.numbers.subjects", "_GAZ")],
)  # fmt: skip
def test_gated_patterns_behind_their_first_characters_find_what_the_patterns_find(
    module: str, name: str
) -> None:
    gated_led = getattr(__import__(module, fromlist=[name]), name)
    assert isinstance(gated_led, Gated)
    plain = _unled(gated_led.pattern_object)
    words = sorted(set(re.findall(r"[A-Za-z]{2,}", plain.pattern)))[:80]
    pieces = [*words, *(w.upper() for w in words), " ", "  ", "\n", "by ", "of ", "a ", "~",
              "≈", "<", "'s", "@", "#", "-", "x", "ſ", "K", "5", "."]  # fmt: skip
    for text in _seed_lines() + _texts(pieces, sum(map(ord, module + name)), most=8):
        for lo, hi in ((0, len(text)), (2, len(text) - 2)):
            fast = [m.span() for m in gated_led.finditer(text, lo, hi)]
            assert fast == [m.span() for m in plain.finditer(text, lo, hi)], text
            fast_one, slow_one = gated_led.search(text, lo, hi), plain.search(text, lo, hi)
            assert (fast_one and fast_one.span()) == (slow_one and slow_one.span()), text
