"""Whole-document patterns tried only where they can start yield `finditer`'s matches."""

from __future__ import annotations

import random

import pytest

from loaders.entities import customs, document, ministries, outlets, regional
from loaders.entities.anchored import finditer_at, occurrences, word_start

_PIECES = [
    "according to the ", "According to ", "Russian customs", " customs data", "China's customs",
    "Russia’s customs said", "companies, such as Rosneft, Gazprom and Lukoil", "Customs ",
    "banks including Sberbank and VTB", " traders like A", "firms e.g. X", " customs",
    "s customs", "Xcustoms", "'s customs", " the ", " ", "companies", " such as ", "Aa", "é",
    "the company The Grain Desk", "firm  The X Y", "start-up The A", "think-tank\nThe B",
    "mega-company The C", "China's Atomic Energy Authority", "Russia’s Federal Customs Service",
    "U.S.'s State Department", "a.B's X", "Administration of Amur region", "The", "'s ", ".",
    "Government of the Primorsky Krai", "Government of Sverdlovsk oblast", "_",
    "China's foreign ministry", "Russia’s  Defence\nMinistry", "the U.S. trade ministry",
    "Japan's Ministry of Defence", "China’s Ministry of National Defence", "Energy", "X-Y.Z",
    "South Korea's Ministry of Foreign Affairs and", "ministry", "Ministry of Health", " of ",
    "SyriaMilitary & Defense", "IranBusiness & Economy", "South KoreaWorld&X", "Sports & Y",
    "Sport &Z", " & ", "&", "@", "#", "New YorkPolitics  & A",
    "General Director of the Foo Bar", "co-founder of Xyz", "Co-founder of Acme Corp",
    "CEO of  Abc-Def", "Chairman of the Board of Q", "chairwoman of Z Y", "owner of the Ab",
    "Tomsk polytechnic university", "Nizhny-Novgorod state technical university", "-",
    "Kazan federal institute", "Moscow Ab academy", "Bb college", " for ", "university",
]  # fmt: skip


def _texts() -> list[str]:
    rnd = random.Random(15)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 12))) for _ in range(3000)]


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (customs._CUSTOMS, customs._starts),
        (document._NOUN_LIST, document._noun_list_starts),
        (outlets._NOUN_THEN_THE, outlets._noun_then_the_starts),
        (regional._POSSESSIVE, regional._possessive_starts),
        (
            regional._REGIONAL,
            lambda t: (*occurrences(t, "Administration"), *occurrences(t, "Government")),
        ),
        (ministries._MINISTRY, ministries._ministry_starts),
        (outlets._GLUED_SECTION, outlets._glued_section_starts),
        (document._LOWER_HEAD, document._lower_head_starts),
        (
            ministries._EXECUTIVE_OF,
            lambda t: (i for x in ministries._EXECUTIVE_TITLES for i in occurrences(t, x)),
        ),
        (
            ministries._MINISTRY_OF,
            lambda t: (
                i for q in ministries._possessive_ends(t) for i in ministries._state_starts(t, q)
            ),
        ),
    ],
)
def test_same_matches_as_finditer(pattern, starts) -> None:  # type: ignore[no-untyped-def]
    found = 0
    for text in _texts():
        want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in finditer_at(pattern, text, starts(text))] == want
        found += len(want)
    assert found > 100


def test_word_start() -> None:
    assert word_start("the banks, such", 9, 13) == 4
    assert word_start("the banks", 4, 13) is None
    assert word_start("xbanks", 6, 3) is None
