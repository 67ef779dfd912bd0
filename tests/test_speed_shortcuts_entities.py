"""Shortcuts of speed16 in the entities stage give what the code they replace gives: on the
seed documents and on random texts built from the pieces the code reads (with the characters
`re.IGNORECASE` folds to ASCII letters)."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path
from types import SimpleNamespace

from loaders.drafts import Extraction, MentionDraft
from loaders.entities import authors

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
_FOLDS = ["ſ", "K", "ı", "İ"]  # long s, Kelvin sign, dotless i, dotted capital I


@cache
def _seed_extractions() -> tuple[Extraction, ...]:
    from loaders.pipeline import extract
    from loaders.readers import read_file
    from loaders.readers.manifest import load_manifest

    manifest = load_manifest(SEEDS)
    return tuple(
        extract(d)
        for p in sorted(SEEDS.glob("*.txt"))
        for d in read_file(p.read_bytes(), p.name, manifest.get(p.name))
    )


def _texts(pieces: list[str], seed: int, n: int = 20000, most: int = 10) -> list[str]:
    rnd = random.Random(seed)
    pieces = pieces + _FOLDS
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def _overlapped(mentions: list[MentionDraft], start: int, end: int) -> bool:
    """The test `_mention_all` made per name: sorted spans, prefix maxima of their ends."""
    return any(m.start < end and start < m.end for m in mentions)


def test_taken_index_overlaps_as_the_sorted_spans_did() -> None:
    rnd = random.Random(5)
    for _ in range(3000):
        ex = SimpleNamespace(mentions=[])
        taken = authors._Taken(ex)  # type: ignore[arg-type]
        for _round in range(rnd.randint(1, 4)):  # names added in turn, as add_authors does
            for _ in range(rnd.randint(0, 12)):
                s = rnd.randint(0, 60)
                ex.mentions.append(MentionDraft("k", s, s + rnd.randint(1, 15), ""))
            taken.changed()
            for _ in range(20):
                s = rnd.randint(0, 70)
                e = s + rnd.randint(1, 10)
                assert taken.overlaps(s, e) == _overlapped(ex.mentions, s, e), (ex.mentions, s, e)


def test_taken_index_on_the_seed_documents() -> None:
    from loaders.wordspans import whole_word_spans

    for ex in _seed_extractions():
        taken = authors._Taken(ex)
        text = ex.doc.text
        names = {e.name for e in ex.entities.values()} | {"Russia", "China", "the"}
        for name in names:
            for s, e in whole_word_spans(text, name):
                assert taken.overlaps(s, e) == _overlapped(ex.mentions, s, e), (name, s)


def _classify_in_full(text: str, run: list[tuple[int, int, str]], lower: set[str]) -> object:
    """`classify` with every step taken, as before the one-word test."""
    from loaders.entities import names

    shortcut = names._lone_word_fails
    names._lone_word_fails = lambda *_a: False  # type: ignore[assignment]
    try:
        return names.classify(text, run, lower)
    finally:
        names._lone_word_fails = shortcut


def _each_word_alone(text: str, lower: set[str]) -> None:
    from loaders.entities import names
    from loaders.entities.tokens import tokens

    for tok in tokens(text, 0, len(text)):
        fast = names.classify(text, [tok], lower)
        assert fast == _classify_in_full(text, [tok], lower), (text, tok)


def test_one_word_runs_classify_as_in_full_on_the_seeds() -> None:
    from loaders.entities.tokens import lower_words

    for ex in _seed_extractions():
        text = ex.doc.text
        _each_word_alone(text, set(lower_words(text)))


def test_one_word_runs_classify_as_in_full_on_random_texts() -> None:
    pieces = [
        " ", " ", ", ", ". ", "\n", "-", "’s ", "'s ", " (", ") ", "Ivanov", "Petrova", "Wang",
        "Zhang", "Li", "Gabuev", "Sheinis", "Putin", "Moscow", "Russian", "China", "The", "the ",
        "of ", "And", "President", "Mr.", "Admiral", "X", "Rosneft", "Gazprom", "Tass",
        "the firm ", "the company ", "analysts at ", "lawyer with ", "owner was ", "shares in ",
        "called ", "named ", " firm", " company said", ", a company", ", the state agency",
        " and other firms", " is a bank", " brand", " said", "says ", ", who", " argues",
        "frigate ", "university", "Ph.D", "kozlov", "ov", "Émile", "Ørsted", "ACME", "3M",
    ]  # fmt: skip
    lower = {"wang", "gazprom", "said"}
    for text in _texts(pieces, 6, 4000, 14):
        _each_word_alone(text, lower)


def test_glued_credit_look_behind_after_the_first_capital_matches_as_before() -> None:
    import re

    from loaders.entities import credits

    before = re.compile(r"(?<=[a-z])(?P<ag>[A-Z]{2,6})[ \t]*$", re.M)
    pieces = ["AFP", "TASS", "ABCDEFG", "session", "x", "A", "é", "É", " ", "\t", "\n", "."]
    texts = _texts(pieces, 7) + [ex.doc.text for ex in _seed_extractions()]
    for text in texts:
        found = [m.span("ag") for m in credits._GLUED.finditer(text)]
        assert found == [m.span("ag") for m in before.finditer(text)], text


def test_credit_gate_holds_for_every_credit() -> None:
    import re

    from loaders.entities import credits

    pieces = ["Anna Smith", "Reuters", "AFP", "Pool", "/", " / ", "|", " via ", "via", "xvia",
              "[", "]", "(", ")", "Photo: ", "Image credit by ", "\n", ". ", " - ", "x",
              "Source: ", " ", "EPA-EFE"]  # fmt: skip
    texts = _texts(pieces, 8) + [ex.doc.text for ex in _seed_extractions()]
    spelled = re.compile(r"(?:/|\||\bvia\b)\s*[A-Z]")  # the gate as first written
    matched = 0
    for text in texts:
        gate = [m.span() for m in credits._CREDIT_GATE.finditer(text)]
        assert gate == [m.span() for m in spelled.finditer(text)], text
        if credits._CREDIT.search(text) is not None:
            matched += 1
            assert gate, text
    assert matched > 100  # (the random texts hold credits)


def test_hosts_found_from_their_stops_as_by_the_whole_search() -> None:
    from loaders.entities import social
    from loaders.entities.anchored import finditer_at

    pieces = ["https://", "http://", "HTTPS://", "www", "site", "kremlin", "a-b", "x", "1", ".",
              ".", ".com", ".ru", ".in", ".info", ".uk", ".COM", "news", "@", "/", "-", "_", " ",
              "\n", "…", ")", ",", "é", "#"]  # fmt: skip
    texts = _texts(pieces, 9) + [ex.doc.text for ex in _seed_extractions()]
    found = 0
    for text in texts:
        expected = [m.span(1) for m in social.HOST.finditer(text)]
        starts = social._host_starts(text)
        assert [m.span(1) for m in finditer_at(social.HOST, text, starts)] == expected, text
        found += len(expected)
    assert found > 1000


def test_host_characters_are_the_pattern_s_own() -> None:
    import re
    import sys

    from loaders.entities import social

    label = re.compile(r"[a-z0-9.-]", re.I)
    chars = {chr(c) for c in range(sys.maxunicode + 1) if label.fullmatch(chr(c))}
    assert chars == social._HOST_CHARS


def _runs_of_every_token(text: str) -> list[list[tuple[int, int, str]]]:
    """`runs` reading every token, as before `_run_tokens`."""
    from loaders.entities import tokens

    shortcut = tokens._run_tokens
    tokens._run_tokens = tokens.tokens  # type: ignore[assignment]
    try:
        return tokens.runs(text, 0, len(text))
    finally:
        tokens._run_tokens = shortcut


def test_runs_without_lower_case_stretches_are_the_runs_of_every_token() -> None:
    from loaders.entities import tokens

    pieces = [" ", " ", "  ", "\n", "the", "of", "and", "for", "von", "der", "de", "la", "bin",
              "al-Assad", "el-sisi", "said", "x", "a.b", "#", "@", "/", ".", ",", "…", "—", "’s",
              "'s", "&", "S&C", "AT&T", "Bank", "China", "Vladimir", "#Putin", "Mr.", "U.S.",
              "People's", "Republic", "MSU—BIT", "3rd", "2024", "é", "Émile", "ʼ", "-", "(", ")",
              "Profile", "picture", "Reporting", "by", "Moscow-based", "He", "Lifeng",
              "news.ru", "SmithThursday", "moscow.Russian"]  # fmt: skip
    texts = _texts(pieces, 10, 20000, 16) + [ex.doc.text for ex in _seed_extractions()]
    # a word without a token ("…", "#tag", "/path") closes no run: the words after it must
    # not be dropped as if it had (here "of" would open a run, and "Moscow-based" fall out
    # of the first three words, where a description is looked for)
    texts += ["Moscow … then of Bank Central Moscow-based Trade Group", "Putin #tag said of China",
              "Moscow /x/y and the Bank", "Ann — von der Leyen"]  # fmt: skip
    dropped = 0
    for text in texts:
        assert tokens.runs(text, 0, len(text)) == _runs_of_every_token(text), text
        dropped += len(tokens.tokens(text, 0, len(text))) - len(
            tokens._run_tokens(text, 0, len(text))
        )
    assert dropped > 10000  # (the shortcut is taken)


def test_runs_of_a_stretch_of_text_are_as_before() -> None:
    from loaders.entities import tokens

    for ex in _seed_extractions():
        text = ex.doc.text
        for start in range(0, len(text), 997):
            end = min(len(text), start + 1500)
            shortcut = tokens._run_tokens
            tokens._run_tokens = tokens.tokens  # type: ignore[assignment]
            try:
                expected = tokens.runs(text, start, end)
            finally:
                tokens._run_tokens = shortcut
            assert tokens.runs(text, start, end) == expected, (start, end)


def _repeats_both_ways(names: list[str], text: str) -> None:
    import re

    from loaders.alternation import ordered_alternation
    from loaders.entities.anchored import finditer_not_after

    alt = ordered_alternation(sorted(names, key=len, reverse=True))
    before = [m.span() for m in re.finditer(rf"(?<![\w@#.-])(?:{alt})(?![\w-])", text)]
    after = finditer_not_after(re.compile(rf"(?:{alt})(?![\w-])"), text, "@#.-")
    assert [m.span() for m in after] == before, (names, text)


def test_repeated_names_not_after_a_word_as_by_the_look_behind() -> None:
    rnd = random.Random(11)
    words = ["TVEL", "TVEL Fuel", "Fuel", "Rosatom", "Ros", "Anna Smith", "Smith", "Anna"]
    pieces = [*words, " ", " ", "-", "@", "#", ".", "_", "x", "é", "\n", "’s", "1"]
    for text in _texts(pieces, 12, 20000, 12):
        _repeats_both_ways(rnd.sample(words, rnd.randint(1, len(words))), text)


def test_repeated_names_on_the_seeds() -> None:
    for ex in _seed_extractions():
        names = sorted({e.name for e in ex.entities.values() if len(e.name) >= 3})
        _repeats_both_ways(names, ex.doc.text)


def test_addresses_replaced_from_their_marks_as_by_the_substitution() -> None:
    from loaders.entities import tokens

    pieces = ["a", "word", "b.c", "kremlin.ru", "x@y", "/", ".", "@", "..", "_", "-", "1", "é",
              " ", " ", "\n", "\t", "\r", "\u00a0", "\u2028", "\u3000", "\x1c", "’"]  # fmt: skip
    texts = _texts(pieces, 13, 40000, 14) + [ex.doc.text for ex in _seed_extractions()]
    for text in texts:
        assert tokens._without_addresses(text) == tokens._ADDRESS.sub(" ", text), text


def test_outlet_short_names_not_after_a_word_as_by_the_look_behind() -> None:
    import re

    from loaders.entities import outlets
    from loaders.entities.anchored import finditer_not_after

    before = re.compile(rf"(?<![\w@#.-])(?:{outlets._short_re().pattern})")
    shorts = sorted(outlets._shorts())[:6]
    pieces = [*shorts, " ", "-", "@", "#", ".", "_", "x", "é", "\n", "’s", "said", "1"]
    texts = _texts(pieces, 14, 10000, 10) + [ex.doc.text for ex in _seed_extractions()]
    for text in texts:
        after = finditer_not_after(outlets._short_re(), text, "@#.-")
        assert [m.span() for m in after] == [m.span() for m in before.finditer(text)], text


def test_look_behinds_after_the_first_capital_match_as_before() -> None:
    import re

    from loaders.entities import outlets, people

    nicknamed = re.compile(
        r"(?<![\w-])(?P<first>[A-Z][a-z]+)\s+[“\"‘'](?P<nick>[A-Z][\w.’' -]{0,20}?)[”\"’']\s+"
        r"(?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])"
    )
    section = re.compile(
        r"(?<![\w@#])(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=(?:Military|Business|Economy|"
        r"Politics|World|Society|Sports?|Science|Culture|Defen[cs]e)\s*&\s*[A-Z])"
    )
    pieces = ["Igor", "Ivan", "“", "”", '"', "'", "Boss", "Petrov", "Smith-Jones", " ", "  ",
              "-", "@", "#", "x", "_", "é", "Syria", "Military", "Business", " & ", "&",
              "Defense", "\n", "1", "A", "Iran", "Igor “Boss” Petrov", "Ivan 'X' Smith-Jones",
              "SyriaMilitary & Defense", "IranBusiness & Economy"]  # fmt: skip
    texts = _texts(pieces, 15, 20000, 12) + [ex.doc.text for ex in _seed_extractions()]
    found = 0
    for text in texts:
        for new, old in ((people._NICKNAMED, nicknamed), (outlets._GLUED_SECTION, section)):
            spans = [m.span() for m in old.finditer(text)]
            assert [m.span() for m in new.finditer(text)] == spans, text
            found += len(spans)
    assert found > 2000
