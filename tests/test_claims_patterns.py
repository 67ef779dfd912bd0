"""Attribution patterns one sentence at a time, with and without the entity stage's help."""

from __future__ import annotations

import pytest
from claims_helpers import ACTOR, ORG, build, claim_with, key

from kb.models import DocumentKind, PassageKind

ENTITIES = {
    "Sergei Lavrov": (ACTOR, ["Lavrov", "@SergeiLavrov"]),
    "Kassym-Jomart Tokayev": (ACTOR, ["Tokayev"]),
    "Wang Yi": (ACTOR, []),
    "Gazprom": (ORG, []),
    "Alexei Miller": (ACTOR, []),
    "Levada Center": (ORG, ["@levada_center"]),
    "Kazakhstan": (ORG, []),
    "China": (ORG, []),
}


@pytest.mark.parametrize(
    ("text", "fragment", "attribution", "speaker", "group"),
    [
        (
            "@SergeiLavrov puts it bluntly: “Our partnership with Beijing has no limits at all.”",
            "no limits",
            "DIRECT_QUOTE",
            key("Sergei Lavrov"),
            None,
        ),
        (
            "@SergeiLavrov nails it: “The sanctions failed to isolate Moscow from Asia.” More",
            "failed to isolate",
            "DIRECT_QUOTE",
            key("Sergei Lavrov"),
            None,
        ),
        (
            "Tokayev told Wang Yi that Kazakhstan would keep its rail transit open.",
            "rail transit",
            "REPORTED_SPEECH",
            key("Kassym-Jomart Tokayev"),
            None,
        ),
        (
            "Gas sales to Asia grew, as the company’s chief Alexei Miller admitted last week.",
            "Gas sales",
            "REPORTED_SPEECH",
            key("Alexei Miller"),
            None,
        ),
        (
            "Kazakh commentators note that transit fees have become a major source of revenue.",
            "transit fees",
            "REPORTED_SPEECH",
            None,
            "Kazakh commentators",
        ),
        (
            "Many in Astana think that the balancing act cannot last forever.",
            "balancing act",
            "REPORTED_SPEECH",
            None,
            "Many in Astana",
        ),
        (
            "According to Kazakh statistics, exports to China rose 12% in 2022.",
            "exports to China",
            "ACCORDING_TO",
            None,
            "Kazakh statistics",
        ),
        (
            "Some 40% of Russians polled by @levada_center said they view China favourably.",
            "view China favourably",
            "ACCORDING_TO",
            key("Levada Center", ORG),
            None,
        ),
        (
            "Western sanctions will not stop the project, Lavrov argues.",
            "Western sanctions",
            "REPORTED_SPEECH",
            key("Sergei Lavrov"),
            None,
        ),
        (
            "The corridor remains underused, argues Timur Bekov, an economist in Almaty.",
            "corridor remains",
            "REPORTED_SPEECH",
            key("Timur Bekov"),
            None,
        ),
    ],
)
def test_attribution_patterns(
    text: str, fragment: str, attribution: str, speaker: str | None, group: str | None
) -> None:
    ex = build([text], entities=ENTITIES)
    c = claim_with(ex, fragment)
    assert (c.attribution, c.speaker, c.speaker_group) == (attribution, speaker, group)
    assert ex.doc.text[c.start : c.end] == c.text


def test_without_entities_attribution_survives_and_no_org_is_invented() -> None:
    ex = build(
        [
            "Kazakhstan will need Chinese capital, according to the central bank.",
            "“We cannot choose between our neighbours,” said an official in Astana.",
            "Tokayev told reporters that the rail link would open in 2027.",
        ]
    )
    a = claim_with(ex, "Chinese capital")
    assert (a.attribution, a.speaker, a.speaker_group) == (
        "ACCORDING_TO",
        None,
        "the central bank",
    )
    q = claim_with(ex, "cannot choose")
    assert (q.attribution, q.speaker) == ("DIRECT_QUOTE", None)
    r = claim_with(ex, "rail link")
    # a single unknown name: no guessed entity; the words are kept in speaker_group
    assert (r.attribution, r.speaker, r.speaker_group) == ("REPORTED_SPEECH", None, "Tokayev")
    assert not [e for e in ex.entities.values() if e.type == ORG]


def test_scare_quotes_are_not_direct_quotes() -> None:
    ex = build(["Officials call the plan a “new Silk Road for the north” in every speech."])
    (c,) = ex.claims
    assert c.attribution == "AUTHOR" and c.text.startswith("Officials call")


def test_questions_headings_and_quoted_captions() -> None:
    ex = build(
        [
            ("A New Silk Road for the North", PassageKind.HEADING),
            "Will Kazakhstan join the new corridor?",
            (
                "Lavrov in Astana: “Our ties are at their best ever level,” he said.",
                PassageKind.CAPTION,
            ),
            ("Photo by the author from the Astana forum in 2023", PassageKind.CAPTION),
        ],
        entities=ENTITIES,
    )
    assert [c.text for c in ex.claims] == ["Our ties are at their best ever level"]


def test_statistics_and_kinds_link() -> None:
    from loaders.drafts import StatisticDraft

    ex = build(
        ["Exports to China rose 12% in 2022."], kind=DocumentKind.THREAD, authors=["Ivan Sergeev"]
    )
    ex.claims.clear()
    start = ex.doc.text.index("12%")
    ex.statistics.append(StatisticDraft(start, start + 3, "12%", 12.0, "percent"))
    from loaders.components.claims import Claims

    Claims()(ex)
    (c,) = ex.claims
    assert (c.statistics, c.kind, c.attribution, c.speaker) == (
        [0],
        "FACT",
        "AUTHOR",
        key("Ivan Sergeev"),
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Moscow is likely to raise gas prices next winter.", "FORECAST"),
        ("The pipeline could reach full capacity by 2027.", "FORECAST"),
        ("Astana needs to diversify its transit routes.", "RECOMMENDATION"),
        ("It is advisable to create a joint fund for rail projects.", "RECOMMENDATION"),
        ("The two presidents met in Samarkand in September 2022.", "FACT"),
        ("This partnership is deeply lopsided and rather fragile.", "ASSESSMENT"),
    ],
)
def test_kinds(text: str, kind: str) -> None:
    (c,) = build([text]).claims
    assert c.kind == kind


def test_references_titles_and_labels_are_not_claims_whatever_the_passage_kind() -> None:
    ex = build(
        [
            '¹² "Kazakhstan Opens New Rail Terminal," Kazinform, March 3, 2022.',
            "Source: compiled by the authors from customs data for 2021 and 2022.",
            "Transport Corridors Between Kazakhstan and Western China",
            "¹³ The terminal handled 40,000 containers in its first year of operation.",
        ]
    )
    assert [c.text for c in ex.claims] == [
        "The terminal handled 40,000 containers in its first year of operation."
    ]


def test_speaker_introduced_before_a_bare_quotation_and_pronoun_after() -> None:
    ex = build(
        [
            "Aigerim Sultanova, a trade lawyer in Almaty, sees it differently. “The tariffs"
            " are a symptom, not the cause.”",
            "Marat Tazhin, who chairs the transit council, cautioned that the corridor lacks"
            " capacity.",
            "“We are years behind schedule,” he said.",
            "Kazakh truckers complain that the border crossings close without warning.",
        ],
        entities=ENTITIES,
    )
    c = claim_with(ex, "The tariffs are a symptom")
    assert (c.attribution, c.speaker) == ("DIRECT_QUOTE", key("Aigerim Sultanova"))
    c = claim_with(ex, "corridor lacks capacity")
    assert (c.attribution, c.speaker) == ("REPORTED_SPEECH", key("Marat Tazhin"))
    c = claim_with(ex, "years behind schedule")
    assert (c.attribution, c.speaker) == ("DIRECT_QUOTE", key("Marat Tazhin"))
    c = claim_with(ex, "border crossings close")
    assert (c.attribution, c.speaker, c.speaker_group) == (
        "REPORTED_SPEECH",
        None,
        "Kazakh truckers",
    )


@pytest.mark.parametrize(
    ("text", "fragment", "attribution", "speaker", "group"),
    [
        ("The Ministry of Agriculture expects exports to grow by a further 15% next season.",
         "exports to grow", "REPORTED_SPEECH", key("Ministry of Agriculture", ORG), None),
        ("Local officials privately concede that the new bridge is underused.",
         "bridge is underused", "REPORTED_SPEECH", None, "Local officials"),
        ("Gas exports to Turkey fell by 12% last year, per Gazprom.",
         "Gas exports to Turkey", "ACCORDING_TO", key("Gazprom", ORG), None),
        ('@kommersant quoted an unnamed diplomat saying that "the talks went nowhere at all"',
         "the talks went nowhere", "DIRECT_QUOTE", None, "an unnamed diplomat"),
    ],
)  # fmt: skip
def test_more_attribution_patterns(
    text: str, fragment: str, attribution: str, speaker: str | None, group: str | None
) -> None:
    ents = {**ENTITIES, "Ministry of Agriculture": (ORG, []), "Kommersant": (ORG, ["@kommersant"])}
    c = claim_with(build([text], entities=ents), fragment)
    assert (c.attribution, c.speaker, c.speaker_group) == (attribution, speaker, group)
