# ruff: noqa: E501
"""Annotated sample for bench/claims.py, written by hand for this benchmark.

How it was made: the held-out documents ("written-heldout") were written and annotated
*before* the claims engine was run on them, in varied reporting styles of the three kinds,
none copying a seed or a test fixture; their first-run figures are kept in bench/claims.py's
docstring. The "seed" part annotates attributed statements of the seed thread and article
(the engine was developed looking at those, so it is a dev figure only).

Each document: kind, passages (one string each; threads: one tweet each), entities the
simulated entity stage knows (name → (type, surface forms)), authors/publisher, and gold
statements: (fragment of the claim text, attribution, speaker name or None, group or None,
kind). A statement is found when a claim's text contains the fragment. The speaker is right
when the claim's speaker entity has that name (or, for None, when no entity is set); the
group is not scored beyond "no false named speaker".
"""

from __future__ import annotations

A, O = "ACTOR", "ORGANISATION"

DOCUMENTS: list[dict] = [
    {
        "origin": "written-heldout",
        "kind": "ARTICLE",
        "publisher": "Eurasia Ledger",
        "authors": ["Marta Kowalczyk"],
        "entities": {
            "Vladimir Putin": (A, ["Putin"]),
            "Xi Jinping": (A, ["Xi"]),
            "Dmitry Peskov": (A, ["Peskov"]),
            "Kremlin": (O, []),
            "Gazprom": (O, []),
            "Russia": (O, ["Russia"]),
            "China": (O, ["China"]),
            "Reuters": (O, []),
            "Carnegie Endowment": (O, []),
            "Temur Umarov": (A, ["Umarov"]),
        },
        "passages": [
            "Power of Siberia 2 stalls as Beijing haggles over price",
            "Negotiations over a second gas pipeline from Russia to China have dragged on for more than two years, and neither side appears ready to blink.",
            "“There is no deadline, and we are not in a hurry,” Kremlin spokesman Dmitry Peskov told reporters on Tuesday. “The project is mutually beneficial.”",
            "Peskov added that the two leaders had discussed energy cooperation in detail during their last meeting.",
            "Chinese officials, speaking on condition of anonymity, said Beijing was unwilling to commit to volumes before a price was agreed.",
            "“China wants a price close to Russia's domestic tariffs. Moscow cannot accept that without losing face.” That is the view of Temur Umarov, a fellow at the Carnegie Endowment, who has followed the talks closely.",
            "Umarov believes the pipeline will eventually be built, but on Chinese terms.",
            "According to Reuters, Gazprom's exports to China rose to 22.7 billion cubic meters last year.",
            "Some analysts warn that Russia risks becoming a junior partner in the relationship.",
            "Gazprom did not respond to a request for comment.",
            "Russia should diversify its buyers rather than rely on a single customer, the economist Sergei Aleksashenko wrote in a recent column.",
            "Is a deal possible this year?",
        ],
        "gold": [
            (
                "There is no deadline, and we are not in a hurry",
                "DIRECT_QUOTE",
                "Dmitry Peskov",
                None,
                "ASSESSMENT",
            ),
            (
                "The project is mutually beneficial",
                "DIRECT_QUOTE",
                "Dmitry Peskov",
                None,
                "ASSESSMENT",
            ),
            (
                "the two leaders had discussed energy cooperation",
                "REPORTED_SPEECH",
                "Dmitry Peskov",
                None,
                "FACT",
            ),
            (
                "Beijing was unwilling to commit",
                "REPORTED_SPEECH",
                None,
                "Chinese officials",
                "ASSESSMENT",
            ),
            ("China wants a price close to", "DIRECT_QUOTE", "Temur Umarov", None, "ASSESSMENT"),
            (
                "the pipeline will eventually be built",
                "REPORTED_SPEECH",
                "Temur Umarov",
                None,
                "FORECAST",
            ),
            ("exports to China rose to 22.7 billion", "ACCORDING_TO", "Reuters", None, "FACT"),
            (
                "risks becoming a junior partner",
                "REPORTED_SPEECH",
                None,
                "Some analysts",
                "ASSESSMENT",
            ),
            (
                "Russia should diversify its buyers",
                "REPORTED_SPEECH",
                "Sergei Aleksashenko",
                None,
                "RECOMMENDATION",
            ),
            (
                "Negotiations over a second gas pipeline",
                "AUTHOR",
                "Eurasia Ledger",
                None,
                "ASSESSMENT",
            ),
        ],
    },
    {
        "origin": "written-heldout",
        "kind": "THREAD",
        "authors": ["Olga Brenner"],
        "entities": {
            "Olga Brenner": (A, ["@OlgaBrenner"]),
            "Alexander Novak": (A, ["Novak"]),
            "Rosstat": (O, ["@rosstat"]),
            "Bloomberg": (O, ["@business"]),
            "Kazakhstan": (O, []),
            "Russia": (O, ["Russia"]),
            "China": (O, ["China"]),
            "Nargis Kassenova": (A, ["@NargisKassenova"]),
        },
        "passages": [
            "1/ Some thoughts on the new Russia-Kazakhstan-China rail corridor numbers that came out this morning",
            "2/ Container traffic through Dostyk grew 19% year on year, according to @rosstat. Impressive, but the base is tiny",
            "3/ Deputy PM Alexander Novak claimed that the corridor will carry 1 million containers by 2027. I doubt it...",
            "4/ ... because the border crossings are already congested and nobody has financed the second track",
            "5/ @NargisKassenova makes a great point: “Kazakhstan is not a corridor, it is a country with its own interests.”",
            "6/ Kazakh officials privately say they fear being squeezed between Moscow and Beijing",
            "7/ Chinese logistics firms, as reported by @business, are already cutting rates to win Russian cargo",
            "8/ Bottom line: Russia needs the corridor more than China does. Policymakers in Moscow should stop pretending otherwise",
        ],
        "gold": [
            ("Container traffic through Dostyk grew 19%", "ACCORDING_TO", "Rosstat", None, "FACT"),
            (
                "the corridor will carry 1 million containers by 2027",
                "REPORTED_SPEECH",
                "Alexander Novak",
                None,
                "FORECAST",
            ),
            (
                "Kazakhstan is not a corridor",
                "DIRECT_QUOTE",
                "Nargis Kassenova",
                None,
                "ASSESSMENT",
            ),
            ("fear being squeezed", "REPORTED_SPEECH", None, "Kazakh officials", "ASSESSMENT"),
            ("already cutting rates", "ACCORDING_TO", "Bloomberg", None, "FACT"),
            (
                "Russia needs the corridor more than China does",
                "AUTHOR",
                "Olga Brenner",
                None,
                "ASSESSMENT",
            ),
            ("should stop pretending otherwise", "AUTHOR", "Olga Brenner", None, "RECOMMENDATION"),
        ],
    },
    {
        "origin": "written-heldout",
        "kind": "REPORT",
        "publisher": "Baltic Policy Institute",
        "authors": ["Jonas Petrauskas"],
        "entities": {
            "Baltic Policy Institute": (O, []),
            "Wang Wen": (A, []),
            "Renmin University": (O, []),
            "Ministry of Economic Development": (O, []),
            "Russia": (O, ["Russia"]),
            "China": (O, ["China"]),
            "Sergey Karaganov": (A, ["Karaganov"]),
        },
        "passages": [
            ("Chapter 2. Technology Dependence", "HEADING"),
            "In 2022, China accounted for 40% of Russia's imports of machinery and equipment.",
            "According to the Ministry of Economic Development, the share of Chinese cars on the Russian market exceeded 50% in 2023.",
            "Wang Wen of Renmin University argues that Russia's technological dependence on China is “a natural outcome of market forces rather than a strategy.”",
            "Russian scholars, for their part, increasingly worry about the loss of domestic industrial capacity.",
            "As Sergey Karaganov put it in a 2023 interview, “we must not trade one dependence for another.”",
            "The dependence is likely to deepen over the next five years.",
            ("Chapter 5. Recommendations", "HEADING"),
            "Russian authorities must develop local component production in key sectors.",
            "A joint standards committee would help both sides reduce friction in technology trade.",
        ],
        "gold": [
            (
                "China accounted for 40% of Russia's imports",
                "AUTHOR",
                "Baltic Policy Institute",
                None,
                "FACT",
            ),
            (
                "the share of Chinese cars",
                "ACCORDING_TO",
                "Ministry of Economic Development",
                None,
                "FACT",
            ),
            (
                "Russia's technological dependence on China",
                "REPORTED_SPEECH",
                "Wang Wen",
                None,
                "ASSESSMENT",
            ),
            (
                "increasingly worry about the loss",
                "REPORTED_SPEECH",
                None,
                "Russian scholars",
                "ASSESSMENT",
            ),
            (
                "we must not trade one dependence for another",
                "DIRECT_QUOTE",
                "Sergey Karaganov",
                None,
                "RECOMMENDATION",
            ),
            (
                "The dependence is likely to deepen",
                "AUTHOR",
                "Baltic Policy Institute",
                None,
                "FORECAST",
            ),
            (
                "must develop local component production",
                "AUTHOR",
                "Baltic Policy Institute",
                None,
                "RECOMMENDATION",
            ),
            (
                "A joint standards committee would help",
                "AUTHOR",
                "Baltic Policy Institute",
                None,
                "RECOMMENDATION",
            ),
        ],
    },
    {
        "origin": "written-heldout",
        "kind": "ARTICLE",
        "publisher": "Steppe Monitor",
        "entities": {
            "Shavkat Mirziyoyev": (A, ["Mirziyoyev"]),
            "Uzbekistan": (O, []),
            "China": (O, ["China"]),
            "Russia": (O, ["Russia"]),
            "Xinhua": (O, []),
            "Farrukh Irnazarov": (A, ["Irnazarov"]),
        },
        "passages": [
            "Uzbekistan's president Shavkat Mirziyoyev said on Friday that his country would not join any bloc directed against third countries.",
            "“We are friends with everyone,” he said at a press conference in Tashkent. “Our foreign policy is open and pragmatic.”",
            "Xinhua reported that trade between Uzbekistan and China reached $9 billion in 2023, a record.",
            "Local economists expect Chinese investment to double by 2026.",
            "“The Russians remain our main labour market. That will not change soon,” said Farrukh Irnazarov, an economist in Tashkent.",
            "In Irnazarov's view, Tashkent needs to invest in vocational training for migrants.",
            "Critics say the government has not been transparent about Chinese loans.",
        ],
        "gold": [
            (
                "his country would not join any bloc",
                "REPORTED_SPEECH",
                "Shavkat Mirziyoyev",
                None,
                "FORECAST",
            ),
            (
                "We are friends with everyone",
                "DIRECT_QUOTE",
                "Shavkat Mirziyoyev",
                None,
                "ASSESSMENT",
            ),
            (
                "Our foreign policy is open and pragmatic",
                "DIRECT_QUOTE",
                "Shavkat Mirziyoyev",
                None,
                "ASSESSMENT",
            ),
            (
                "trade between Uzbekistan and China reached $9 billion",
                "REPORTED_SPEECH",
                "Xinhua",
                None,
                "FACT",
            ),
            (
                "expect Chinese investment to double by 2026",
                "REPORTED_SPEECH",
                None,
                "Local economists",
                "FORECAST",
            ),
            (
                "The Russians remain our main labour market",
                "DIRECT_QUOTE",
                "Farrukh Irnazarov",
                None,
                "FORECAST",
            ),
            (
                "needs to invest in vocational training",
                "REPORTED_SPEECH",
                "Farrukh Irnazarov",
                None,
                "RECOMMENDATION",
            ),
            (
                "has not been transparent about Chinese loans",
                "REPORTED_SPEECH",
                None,
                "Critics",
                "ASSESSMENT",
            ),
        ],
    },
]

# Seed documents, read and extracted by the real pipeline (dev part: seen while building).
# Speaker: the entity's name or one of its aliases/handles (case-insensitive).
SEED_GOLD: dict[str, list[tuple[str, str, str | None, str | None, str]]] = {
    "004_119b34da1581264a.txt": [
        ("they tend to agree on most things", "REPORTED_SPEECH", None, "experts", "FACT"),
        (
            "Russian authorities used to insist",
            "DIRECT_QUOTE",
            "Natalia Zubarevich",
            None,
            "ASSESSMENT",
        ),
        (
            "Russian industry has refocused",
            "DIRECT_QUOTE",
            "Natalia Zubarevich",
            None,
            "ASSESSMENT",
        ),
        (
            "galloping ideological convergence",
            "REPORTED_SPEECH",
            "Kirill Babaev",
            None,
            "ASSESSMENT",
        ),
        (
            "largely boils down to the speeches",
            "REPORTED_SPEECH",
            "Kirill Babaev",
            None,
            "FORECAST",
        ),
        (
            "Interest toward our eastern partner",
            "DIRECT_QUOTE",
            "Kirill Babaev",
            None,
            "ASSESSMENT",
        ),
        ("Many in Moscow think so", "REPORTED_SPEECH", None, "Many in Moscow", "ASSESSMENT"),
    ],
    "002_6bdc9d3b7232f498.txt": [
        (
            "There is an increasing realization in Russia",
            "DIRECT_QUOTE",
            "@DmitriTrenin",
            None,
            "ASSESSMENT",
        ),
        (
            "the most important thing for Russia is to maintain",
            "DIRECT_QUOTE",
            "@DmitriTrenin",
            None,
            "RECOMMENDATION",
        ),
    ],
    "000_769defdc8682c5fc.txt": [
        ("has been arrested by the FSB", "ACCORDING_TO", "@MBKhMedia", None, "FACT"),
        ("his employer was Shenyang University", "ACCORDING_TO", "@MBKhMedia", None, "FACT"),
        ("65% of Russians polled by", "ACCORDING_TO", "@levada_ru", None, "FACT"),
    ],
    "001_5e94b783f5e64f23.txt": [
        (
            "Huawei has a history of significant reliance",
            "REPORTED_SPEECH",
            "Ren Zhengfei",
            None,
            "FACT",
        ),
    ],
}
