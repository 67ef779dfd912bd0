"""Saved web pages and thread exports: news pages → ARTICLE with their metadata and without
their boilerplate; unrolled-thread pages and JSON exports → THREAD documents with numbered
tweets in reply order; pages without text and JSON of another shape fail alone."""

from __future__ import annotations

import json

import pytest

from kb.errors import DocumentError
from kb.models import DocumentKind, PassageKind
from loaders.drafts import DocumentDraft
from loaders.readers import read_file
from loaders.readers.formats import Format, detect_format
from loaders.readers.manifest import ManifestEntry
from tests.ingest_helpers import FIXTURES


def _read(name: str, entry: ManifestEntry | None = None) -> list[DocumentDraft]:
    return read_file((FIXTURES / name).read_bytes(), name, entry)


def _passages(doc: DocumentDraft) -> list[tuple[str, str]]:
    return [(p.kind.value, doc.text[p.start : p.end]) for p in doc.passages]


def _offsets_hold(doc: DocumentDraft) -> None:
    ends = [(p.start, p.end) for p in doc.passages]
    assert ends == sorted(ends) and all(0 <= s < e <= len(doc.text) for s, e in ends)


def test_a_news_page_gives_its_article_and_metadata() -> None:
    (doc,) = _read("news_article.html")
    assert doc.kind == DocumentKind.ARTICLE
    assert doc.title == "Russia and China sign gas deal worth $20 billion"
    assert doc.authors == ["Jane Holloway"]
    assert doc.publisher == "The Daily Meridian"
    assert str(doc.published_on) == "2024-05-16"
    assert doc.url == "https://www.dailymeridian.example/world/2024/05/16/russia-china-gas-deal"
    kinds = _passages(doc)
    assert kinds[0] == ("HEADING", doc.title)
    assert ("HEADING", "Pipeline talks") in kinds
    assert [k for k, _ in kinds].count("PARAGRAPH") == 3
    quote = next(p for p in doc.passages if doc.text[p.start :].startswith('"Our partnership'))
    assert quote.section == "Pipeline talks"
    for boilerplate in ("Read more", "Oil prices fall", "All rights reserved", "Privacy",
                        "By Jane Holloway", "Home"):  # fmt: skip
        assert boilerplate not in doc.text
    _offsets_hold(doc)


def test_the_same_page_read_twice_gives_the_same_article() -> None:
    """No cross-call deduplication: a page loaded again (a refresh, a copy under another
    name) keeps all its paragraphs."""
    first, second = _read("wire_story.html"), _read("wire_story.html")
    assert first[0].text == second[0].text and len(first[0].passages) == 9


def test_a_page_in_another_shape_keeps_json_ld_metadata_and_its_table() -> None:
    (doc,) = _read("wire_story.html")
    assert doc.title == "Chinese banks tighten checks on Russian payments"
    assert doc.authors == ["Mei Lin Zhou"]
    assert doc.publisher == "Eastern Ledger"
    assert str(doc.published_on) == "2024-03-12"
    assert (
        doc.url == "https://easternledger.example/markets/chinese-banks-russian-payments-20240312"
    )
    rows = [p for p in doc.passages if p.kind == PassageKind.TABLE_ROW]
    assert [doc.text[p.start : p.end] for p in rows] == [
        "Quarter\tTrade, billion USD",
        "Q3 2023\t60.1",
        "Q4 2023\t61.9",
    ]
    assert rows[1].table is not None and rows[1].table.header == ["Quarter", "Trade, billion USD"]
    for boilerplate in ("cookies", "Accept all", "Subscribe", "newsletter", "Ruble slides",
                        "Terms"):  # fmt: skip
        assert boilerplate not in doc.text
    _offsets_hold(doc)


def test_an_unrolled_thread_page_is_a_thread_with_numbered_tweets() -> None:
    (doc,) = _read("unrolled_thread.html")
    assert doc.kind == DocumentKind.THREAD
    assert doc.authors == ["Anna Kovacs (@AnnaK_Analyst)"]
    assert doc.url == "https://x.com/AnnaK_Analyst/status/1790000000000000001"
    assert str(doc.published_on) == "2024-05-17"
    tweets = [p for p in doc.passages if p.kind == PassageKind.TWEET]
    assert [p.number for p in tweets] == ["1", "2", "3", "4"]
    assert doc.text.startswith("Russia's trade with China hit $240 billion in 2023")
    assert "1/" not in doc.text and "Read more threads" not in doc.text
    assert "Tweet this" not in doc.text  # a "tweet" button in the navigation is no tweet
    _offsets_hold(doc)


def test_a_page_with_two_threads_gives_two_documents() -> None:
    first, second = _read("two_threads.html")
    assert (first.part, second.part) == (0, 1)
    assert first.authors == ["Olga Sidorova (@OSidorova)"]
    assert second.authors == ["Li Wei (@LiWeiTrade)"]
    assert [p.number for p in first.passages] == ["1", "2", "3"]
    assert first.text.endswith("keep rising.") and "1/3" not in first.text
    assert second.text.startswith("China's imports of Russian LNG")  # "1." was its number
    assert second.url == "https://x.com/LiWeiTrade/status/1730000000000000001"


def test_a_thread_page_read_as_an_article_when_the_manifest_says_so() -> None:
    (doc,) = _read("unrolled_thread.html", ManifestEntry(kind=DocumentKind.ARTICLE))
    assert doc.kind == DocumentKind.ARTICLE


def test_an_archive_export_is_ordered_by_reply_chain() -> None:
    (doc,) = _read("archive_export.json")  # the file lists tweet 3 first
    assert doc.kind == DocumentKind.THREAD
    assert doc.authors == ["Ivan Petrov (@PetrovEcon)"]
    assert doc.url == "https://x.com/PetrovEcon/status/1800000000000000001"
    assert str(doc.published_on) == "2024-06-10"
    texts = [doc.text[p.start : p.end] for p in doc.passages]
    assert texts[0].startswith("A short thread") and texts[2].startswith("The ruble's share")
    assert [p.number for p in doc.passages] == ["1", "2", "3"]
    assert "lovely weather" not in doc.text  # a tweet outside the thread
    assert doc.meta["tweet_ids"][0] == "1800000000000000001"


def test_an_api_v2_export_uses_referenced_tweets_and_included_users() -> None:
    (doc,) = _read("api_v2_export.json")
    assert doc.authors == ["Energy Watch (@EnergyWatchRU)"]
    assert doc.text.startswith("Thread: where Russia-China gas cooperation stands")
    assert "22.7 bcm" in doc.text and doc.text.endswith("wants a firm volume.")


def test_v1_statuses_without_any_reply_are_one_thread_each() -> None:
    data = json.dumps({"statuses": [
        {"id": 2, "text": "Second standalone post on yuan loans.", "user": {"screen_name": "a"}},
        {"id": 1, "text": "First standalone post on gas prices.", "user": {"screen_name": "a"}},
    ]}).encode()  # fmt: skip
    docs = read_file(data, "posts.json")
    assert [d.text for d in docs] == [
        "First standalone post on gas prices.",
        "Second standalone post on yuan loans.",
    ]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("other.json", (FIXTURES / "not_tweets.json").read_bytes(), "JSON holds no tweet objects"),
        ("broken.json", b'[{"id": 1, "text": "unfinished', "not valid JSON"),
        ("empty.html", (FIXTURES / "no_text.html").read_bytes(), "HTML page has no main text"),
    ],
)
def test_bad_inputs_fail_with_a_one_line_reason(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(DocumentError) as err:
        read_file(data, name)
    assert err.value.reason.startswith(reason)
    assert "\n" not in err.value.reason and err.value.path == name


def test_formats_are_detected_from_content() -> None:
    assert detect_format(b"%PDF-1.4 ...") == Format.PDF
    assert detect_format(b"\n\n<!DOCTYPE html><p>x</p>") == Format.HTML
    assert detect_format(b"<html><body>x</body></html>", "page.txt") == Format.HTML
    assert detect_format(b'window.YTD.tweets.part0 = [{"tweet": {}}]') == Format.JSON
    assert detect_format(b'[{"id": 1}]', "x.txt") == Format.JSON
    assert detect_format(b"[1/5] A thread about trade", "x.txt") == Format.TEXT
    assert detect_format(b"Plain text about <b>tags</b> and {braces}.") == Format.TEXT


def test_the_manifest_format_overrides_detection() -> None:
    data = (FIXTURES / "news_article.html").read_bytes()
    (doc,) = read_file(data, "page.html", ManifestEntry(extra={"format": "text"}))
    assert "<p>" in doc.text  # read as plain text, markup and all
    with pytest.raises(DocumentError, match="format 'docx' is not one of"):
        read_file(data, "page.html", ManifestEntry(extra={"format": "docx"}))
