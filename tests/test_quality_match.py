"""The matching and scoring rules of `bench.quality` on tiny gold and kb answers written here."""

from __future__ import annotations

from typing import Any

from bench._quality_match import match_claims, match_entities, match_statistics, norm, unit

DOC: dict[str, Any] = {
    "file": "01_test.txt",
    "actors": [{"name": "Ivan Petrov", "aliases": ["Petrov"]}],
    "organisations": [
        {"name": "Northern Gas Company", "aliases": ["NGC"], "kind": "company"},
        {"name": "Republic of Nowhere", "aliases": ["Nowhere"], "kind": "state"},
    ],
    "statistics": [
        {"text": "$1.5 billion", "value": 1.5e9, "unit": "USD"},
        {"text": "fell 4%", "value": -4, "unit": "percent"},
    ],
    "claims": [
        {"text_contains": "prices will rise", "speaker": "Ivan Petrov",
         "attribution": "direct_quote"},
        {"text_contains": "exports doubled", "speaker": "NGC", "attribution": "according_to"},
        {"text_contains": "talks stalled", "speaker": "sources", "attribution": "reported_speech",
         "speaker_is_named_entity": False},
    ],
    "optional": {"actors": [], "organisations": [{"name": "Gas Week", "aliases": []}],
                 "statistics": [{"text": "third", "value": 3, "unit": "rank"}]},
}  # fmt: skip


def at(path: str = "corpus/01_test.txt") -> dict[str, str]:
    return {"sourcePath": path}


def test_norm_ignores_case_at_sign_and_titles() -> None:
    assert norm("  @Mr. Ivan   PETROV ") == "ivan petrov"
    assert norm("China’s customs") == "china's customs"
    assert unit("dollar") == "USD" and unit("bbl/day") == "bbl/day"


def test_entities_match_by_any_alias_and_optional_counts_neither_way() -> None:
    pred = [
        {"name": "Petrov", "aliases": []},
        {"name": "NGC", "aliases": ["Northern Gas"]},
        {"name": "Gas Week", "aliases": []},  # optional: not spurious, not a hit
        {"name": "Bottled Sunflower Oil", "aliases": []},  # spurious
    ]
    recall, precision = match_entities(DOC["actors"], [], pred[:1])
    assert (recall.hit, recall.total) == (1, 1)
    optional = DOC["optional"]["organisations"]
    recall, precision = match_entities(DOC["organisations"], optional, pred[1:])
    assert (recall.hit, recall.total, recall.missed) == (1, 2, ["republic of nowhere"])
    assert (precision.hit, precision.total, precision.missed) == (1, 2, ["Bottled Sunflower Oil"])


def test_statistics_match_by_document_unit_and_value_within_half_a_percent() -> None:
    pred = [
        {"value": 1.504e9, "unit": "USD", "surface": "$1.5 billion", "document": at()},
        {"value": 4, "unit": "percent", "surface": "4%", "document": at()},  # sign wrong
        {"value": 3, "unit": "rank", "surface": "third", "document": at()},  # optional
        {"value": -4, "unit": "percent", "surface": "4%", "document": at("other.txt")},
    ]
    recall, precision = match_statistics([DOC], pred)
    assert (recall.hit, recall.total) == (1, 2)
    assert recall.missed == ["01: fell 4% = -4 percent"]
    assert (precision.hit, precision.total) == (1, 2)


def test_a_range_matches_gold_items_for_either_end() -> None:
    doc = {**DOC, "statistics": [
        {"text": "5,000", "value": 5000, "unit": "USD"},
        {"text": "15,000 dollars", "value": 15000, "unit": "USD"},
    ]}  # fmt: skip
    pred = [{"value": 5000, "valueHigh": 15000, "unit": "USD", "surface": "5,000 to 15,000",
             "document": at()}]  # fmt: skip
    recall, precision = match_statistics([doc], pred)
    assert (recall.hit, recall.total) == (2, 2)
    assert (precision.hit, precision.total) == (1, 1)
    no_range = [{**pred[0], "valueHigh": None}]
    assert match_statistics([doc], no_range)[0].hit == 1


def test_claims_located_and_speaker_right_only_for_named_speakers() -> None:
    petrov = {"name": "Ivan Petrov", "aliases": ["Petrov"]}
    pred = [
        {"text": "Prices will rise, Petrov said.", "attribution": "DIRECT_QUOTE",
         "speaker": petrov, "document": at()},
        {"text": "Exports doubled last year.", "attribution": "AUTHOR", "speaker": None,
         "document": at()},
        {"text": "Talks stalled, sources said.", "attribution": "REPORTED_SPEECH",
         "speaker": None, "document": at()},
    ]  # fmt: skip
    scores = match_claims([DOC], pred)
    assert (scores["located"].hit, scores["located"].total) == (3, 3)
    assert (scores["speaker"].hit, scores["speaker"].total) == (1, 2)
    assert (scores["attribution"].hit, scores["attribution"].total) == (1, 2)
    assert "gold NGC" in scores["speaker"].missed[0]
    scores = match_claims([DOC], pred[1:])
    assert scores["speaker"].hit == 0 and "not located" in scores["speaker"].missed[0]


def test_speaker_precision_counts_attributed_claims_right_only_with_the_gold_speaker() -> None:
    petrov = {"name": "Petrov", "aliases": ["Ivan Petrov"]}
    ngc = {"name": "Northern Gas Company", "aliases": ["NGC"]}
    pred = [
        # right: holds "prices will rise", whose gold speaker is Ivan Petrov (by alias)
        {"text": "Prices will rise, Petrov said.", "attribution": "REPORTED_SPEECH",
         "speaker": petrov, "document": at()},
        # wrong speaker: "exports doubled" is NGC's
        {"text": "Exports doubled, Petrov said.", "attribution": "REPORTED_SPEECH",
         "speaker": petrov, "document": at()},
        # no gold claim: the author's sentence given to someone named in it
        {"text": "NGC built a pipeline in 2019.", "attribution": "REPORTED_SPEECH",
         "speaker": ngc, "document": at()},
        # not counted: AUTHOR, or no named speaker (a group), or another document
        {"text": "Exports doubled in May.", "attribution": "AUTHOR", "speaker": ngc,
         "document": at()},
        {"text": "Talks stalled, sources said.", "attribution": "REPORTED_SPEECH",
         "speaker": None, "document": at()},
        {"text": "Prices will rise.", "attribution": "REPORTED_SPEECH", "speaker": petrov,
         "document": at("corpus/02_other.txt")},
    ]  # fmt: skip
    precision = match_claims([DOC], pred)["speaker precision"]
    assert (precision.hit, precision.total) == (1, 3)
    assert any("gold ngc" in m for m in precision.missed)
    assert any(
        "gold no gold claim" in m and "kb Northern Gas Company" in m for m in precision.missed
    )


def test_speaker_precision_is_empty_without_attributed_claims() -> None:
    pred = [{"text": "Prices will rise.", "attribution": "AUTHOR", "speaker": None,
             "document": at()}]  # fmt: skip
    precision = match_claims([DOC], pred)["speaker precision"]
    assert (precision.hit, precision.total, precision.missed) == (0, 0, [])
