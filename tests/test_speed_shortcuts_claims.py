"""Shortcuts of speed16c in the claims extractor find what the code they replace finds (issue
15): attribution patterns behind the literal prefilter, and the dialogue-dash test asking for
the sentence's speech cues after its cheap tests instead of before them."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from claims_helpers import build

from loaders.claims import attribution, extract
from loaders.prefilter import Gated

_FOLDS = ["ſ", "K", "ı", "İ"]  # long s, Kelvin sign, dotless i, dotted capital I
_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed_lines() -> list[str]:
    """The seeds' lines and their sentences (roughly split: the patterns read any text)."""
    lines: list[str] = []
    for path in sorted(_SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            lines.append(line)
            lines += re.split(r"(?<=[.!?])\s+", line)
    return lines


def _texts(pieces: list[str], seed: int, n: int = 20000, most: int = 12) -> list[str]:
    rnd = random.Random(seed)
    pieces = pieces + _FOLDS
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, most))) for _ in range(n)]


_PIECES = {
    "_WITNESSED": ["saw", "SEE", "sees", "seen", "heard", "Hear", "watched", "watch", " ",
                   "the ", "Ambassador", "X", "@x", "telling", "SAYING", "noting", "warning",
                   ",", "“", "(", "\n", "a", "stating"],
    "_CALLED_JUDGED": ["called", "Calls", "branded", "dubs", " ", "that", "the", "these",
                       "demand", "claims", "plan", "deal", "unrealistic", "an", "a", "-", "‑",
                       "for", "on", "really", "naive", "X", "\n", "ic", "ly"],
    "_CLOSING_APPOSED": ["he", ", ", ",", " ", "Dmitry", "Ivanov", "Li", "the", "a", "his",
                         "spokesman", "of", "ministry", "stated", "said", "told", "reporters",
                         "TASS", "RIA", "emphasized", ".", "!", "\n", "“", ":", "explained"],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(_PIECES))
def test_gated_attribution_patterns_find_what_the_pattern_finds(name: str) -> None:
    wrapped = getattr(attribution, name)
    assert isinstance(wrapped, Gated)
    pattern = wrapped.pattern_object
    texts = _seed_lines() + _texts(_PIECES[name], sum(map(ord, name)))
    for text in texts:
        found, expected = wrapped.search(text), pattern.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def _dash_opened_before(state: extract._Doc, pidx: int | None, start: int, body: str) -> bool:
    """`_dash_opened` as it was before speed16c: the speech cues asked for first."""
    if pidx is None or attribution.reported(start, body):
        return False
    passage = state.ex.doc.passages[pidx]
    lead = state.text[passage.start : start]
    if len(lead.strip()) > 1 or not extract._DASH.match((lead + body[:3]).lstrip()):
        return False
    rest = state.text[start + len(body) : passage.end]
    return extract._CLOSING_CUE.search(rest) is not None


def test_dash_opened_answers_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    shortcut = extract._dash_opened

    def both(state: extract._Doc, pidx: int | None, start: int, body: str) -> bool:
        answer = shortcut(state, pidx, start, body)
        assert answer == _dash_opened_before(state, pidx, start, body), body
        asked.append(answer)
        return answer

    monkeypatch.setattr(extract, "_dash_opened", both)
    passages = [
        "– We are ready to talk. – There are no conditions for this, – says the head of the "
        "union. Trade grew.",
        "— Prices will rise. The ministry said so.",
        "- Exports fell sharply, – the minister added.",
        "– Prices will rise, – said Ivanov. – And then?",
        "Exports rose. – We expect more, the minister said.",
        "— Beijing warned that it would respond. Moscow agreed, the Kremlin said.",
        "– We are ready to talk about it. The talks will go on, Hua said.",
        "– Prices will rise next year. Trade is growing, the minister added.",
        "– Ivanov said prices will rise. Trade is growing, the minister added.",
        *(line for line in _seed_lines()[:400] if line.strip()),
    ]
    build(passages)  # runs the claims extraction of every passage
    assert True in asked and False in asked


# kinds' judgement and past-tense patterns as they were before speed16c
_JUDGEMENT_BEFORE = re.compile(
    r"\b(?:i\s+think|i\s+believe|in\s+my\s+view|arguably|perhaps|probably|seems?|appears?|"
    r"important|significant|great|good|bad|better|worse|best|worst|key|crucial|critical|"
    r"impressive|naive|hard|difficult|easy|indeed|clearly|obviously|only|just|really|"
    r"interesting|remarkable|excellent|well-researched|overlooked|myth|emblematic|"
    r"representative|sophisticated|dangerous|risky|problem|concern(?:ed|s)?|worr(?:y|ies)|"
    r"unclear|uncertain|doubt|must|can[’']t|cannot|should|never|always|nobody|everybody|"
    r"too|very|much|more\s+\w+\s+than|matter|view|believes?|thinks?)\b",
    re.IGNORECASE,
)
_PAST_BEFORE = re.compile(
    r"\b(?:was|were|had|has\s+been|have\s+been|did|met|signed|rose|fell|grew|increased|"
    r"decreased|declined|reached|totaled|totalled|amounted|arrested|launched|opened|held|"
    r"visited|announced|became|began|started|took|made|won|lost|sold|bought|built|released|"
    r"hired|tripled|doubled|raised|invited|worked|joined|agreed|approved|adopted|created|"
    r"established|founded|arrested|detained|sentenced|killed|elected|appointed|fired|"
    r"transferred|exported|imported|delivered|completed|suspended|canceled|cancelled|"
    r"arrived|left|discussed|talked|travelled|traveled|returned|received|paid|spent)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("name", ["_JUDGEMENT", "_PAST"])
def test_kinds_word_trees_find_what_the_flat_patterns_find(name: str) -> None:
    from loaders.claims import kinds

    tree = getattr(kinds, name)
    before = {"_JUDGEMENT": _JUDGEMENT_BEFORE, "_PAST": _PAST_BEFORE}[name]
    pieces = [
        "I", "i", " ", "  ", "\n", "think", "in", "my", "view", "seem", "SEEMS", "s",
        "concern", "ed", "worr", "y", "ies", "can", "’", "'", "t", "more", "than", "x",
        "well", "-", "researched", "has", "have", "been", "were", "was", "left", "paid",
        "ly", "important", "Key", "too", "ver", "_", "é", "2", "did", "met", "arrest",
    ]  # fmt: skip
    for text in _seed_lines() + _texts(pieces, 7 + len(name)):
        assert _spans(tree.finditer(text)) == _spans(before.finditer(text)), text
        found, expected = tree.search(text), before.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def _is_claim_text_before(sentence: str, *, has_quote: bool = False) -> bool:
    """`filters.is_claim_text` as it was before speed16c (ungated citation pattern, words
    read twice)."""
    from loaders.claims import filters as f

    s = sentence.strip()
    if not s or f._LINK_ONLY.match(s):
        return False
    if s.endswith("?") and not has_quote:
        return False
    if f._BOILERPLATE.search(s) or f._LABEL.match(s) or f._FOOTNOTE_START.match(s):
        return False
    if f._META.match(s):
        return False
    if f._CITATION.pattern_object.search(s) or f.looks_like_title(s):
        return False
    words = f._WORD.findall(s)
    if len(words) < f.MIN_WORDS:
        return False
    lower = f._LOWER_WORD.findall(s)
    return not len(lower) < max(2, len(words) // 4)


def test_is_claim_text_answers_as_before() -> None:
    from loaders.claims import filters

    assert isinstance(filters._CITATION, Gated)
    pieces = ["The", "minister", "said", " ", "  ", "\n", '"', "”", ",", "2023", "May 4, ",
              "Retrieved", "Accessed on", "URL:", "DOI:", "doi:", "url:", "Wei", "Ivan", "of",
              "the", "and", "trade", "grew", ".", "?", "!", "'", "’", "-", "Source:", "x", "1",
              "https://t.co/x", "Russia", "China", "é", "in"]  # fmt: skip
    for text in _seed_lines() + _texts(pieces, 11, most=16):
        for has_quote in (False, True):
            expected = _is_claim_text_before(text, has_quote=has_quote)
            assert filters.is_claim_text(text, has_quote=has_quote) == expected, text
            found = filters._CITATION.search(text)
            before = filters._CITATION.pattern_object.search(text)
            assert (found and found.span()) == (before and before.span()), text
