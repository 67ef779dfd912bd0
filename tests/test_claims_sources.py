"""A number inside an attributed claim is credited to the claim's speaker (see
loaders.components.claims): 'X told reporters', 'X added that …', quotes; never AUTHOR."""

from __future__ import annotations

from claims_helpers import run_pipeline as _run

from loaders.drafts import Extraction


def _source_name(ex: Extraction, surface: str) -> str | None:
    stat = next(s for s in ex.statistics if s.surface == surface)
    return ex.entities[stat.source].name if stat.source else None


def test_reported_speech_credits_its_speaker() -> None:
    ex = _run(
        "Grain shipments across the Amur will reach 12 million tonnes a year by 2027, "
        "Deputy Minister Oskar Venn told reporters on Monday."
    )
    assert _source_name(ex, "12 million tonnes") == "Oskar Venn"


def test_author_claims_credit_nobody() -> None:
    ex = _run("Grain shipments across the Amur reached 9 million tonnes last year.")
    assert _source_name(ex, "9 million tonnes") is None


def test_an_explicit_source_is_kept() -> None:
    ex = _run(
        "According to the Harbin Customs Office, rail freight rose 14% in 2023, Oskar Venn said."
    )
    name = _source_name(ex, "14%")
    assert name is not None and "Customs" in name


def test_a_source_named_in_the_sentence_beats_one_carried_into_it() -> None:
    ex = _run(
        "According to the Harbin Customs Office, rail freight with Russia reached $12.4 billion "
        "in 2023.⁴¹ The Federal Customs Service of Russia recorded $11.9 billion for the same "
        "year."
    )
    assert "Harbin" in (_source_name(ex, "$12.4 billion") or "")
    assert _source_name(ex, "$11.9 billion") == "Federal Customs Service of Russia"
