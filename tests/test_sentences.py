"""Sentence segmentation: abbreviations, initials, continuations, quotes, tweets, links."""

from __future__ import annotations

import pytest

from kb.models import DocumentKind, PassageKind
from loaders.components.sentences import SentenceSplitter, split_text
from loaders.drafts import DocumentDraft, Extraction, PassageDraft
from loaders.readers.builder import TextBuilder


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. Treasury acted. Mr. Li and Dr. Ivanova met e.g. twice. Then it ended.",
            [
                "The U.S. Treasury acted.",
                "Mr. Li and Dr. Ivanova met e.g. twice.",
                "Then it ended.",
            ],
        ),
        (
            "Sanctions hit the U.S. Then Moscow replied.",
            ["Sanctions hit the U.S.", "Then Moscow replied."],
        ),
        (
            "Edited by K.V. Petrov and A. Smirnova in 2021.",
            ["Edited by K.V. Petrov and A. Smirnova in 2021."],
        ),
        (
            "See Report No. 78 for details. It helps.",
            ["See Report No. 78 for details.", "It helps."],
        ),
        ("Growth was 3.5% in 2021. Prices rose!", ["Growth was 3.5% in 2021.", "Prices rose!"]),
        (
            "Talks stalled... and then resumed. Nobody knew why...",
            ["Talks stalled... and then resumed.", "Nobody knew why..."],
        ),
        (
            "“Ports matter. Rails matter more,” says Ivan Petrov. He smiled.",
            ["“Ports matter. Rails matter more,” says Ivan Petrov.", "He smiled."],
        ),
        ("“We are ready.” That was the message.", ["“We are ready.”", "That was the message."]),
        (
            "a line broken\nin the middle of a sentence. Next one",
            ["a line broken\nin the middle of a sentence.", "Next one"],
        ),
        ("Great story here\nhttps://example.com/x", ["Great story here", "https://example.com/x"]),
        (
            "First paragraph without stop\n\nSecond one.",
            ["First paragraph without stop", "Second one."],
        ),
    ],
)
def test_split_text(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_component_keeps_offsets_inside_passages_and_whole_headings() -> None:
    builder = TextBuilder()
    builder.add("Heading. With a stop", PassageDraft(PassageKind.HEADING, 0, 0))
    builder.add("2/ A tweet without final punctuation", PassageDraft(PassageKind.TWEET, 0, 0))
    builder.add("... and its continuation. Another one.", PassageDraft(PassageKind.TWEET, 0, 0))
    doc = DocumentDraft("t.txt", DocumentKind.THREAD, builder.text(), passages=builder.passages)
    ex = Extraction(doc=doc)
    SentenceSplitter()(ex)
    got = [doc.text[s.start : s.end] for s in ex.sentences]
    assert got == [
        "Heading. With a stop",
        "2/ A tweet without final punctuation",
        "... and its continuation.",
        "Another one.",
    ]
    for s in ex.sentences:  # a sentence never crosses a passage boundary
        p = doc.passages[doc.passage_at(s.start)]
        assert p.start <= s.start < s.end <= p.end
