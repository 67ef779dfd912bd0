"""Statistics: qualifier, change and sign, period, metric, subjects and source of a number."""

from __future__ import annotations

from datetime import date

import pytest
from statistics_helpers import extraction, one, stats

from kb.models import EntityType
from loaders.drafts import EntityDraft, MentionDraft


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Exports increased by almost 40% this spring.", "40%", "APPROXIMATE"),
        ("Sales were nearly $2 billion.", "$2 billion", "APPROXIMATE"),
        ("The plant costs about 300 million euros.", "300 million euros", "APPROXIMATE"),
        ("Trade exceeded \\$140 billion for the first time.", "\\$140 billion", "MORE_THAN"),
        ("They have met over 40 times since 2013.", "40 times", "MORE_THAN"),
        ("More than 65 percent of imports are energy.", "65 percent", "MORE_THAN"),
        ("At least 12 firms left the market.", "12 firms", "MORE_THAN"),
        ("The fund may invest up to 300 billion euros.", "300 billion euros", "LESS_THAN"),
        ("Less than 5% of firms use the yuan.", "5%", "LESS_THAN"),
        ("Trade reached \\$146.89 billion in 2021.", "\\$146.89 billion", "EXACT"),
    ],
)
def test_qualifier(text: str, surface: str, qualifier: str) -> None:
    assert one(text, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "is_change", "value"),
    [
        ("Trade in Jan-Aug was $68.63b, -3.2% compared to 2019.", "-3.2%", True, -3.2),
        ("Trade in Jan-Aug was $68.63b, -3.2% compared to 2019.", "$68.63b", False, 6.863e10),
        ("Volumes are growing: +4.2% in Jul, +4.1% in Aug.", "+4.1%", True, 4.1),
        ("Exports grew by 37.5 percent to a record.", "37.5 percent", True, 37.5),
        ("Imports were \\$40.29 billion, up 45.5 percent year-on-year.", "45.5 percent", True,
         45.5),
        ("That is an increase of 35.8 percent year-on-year.", "35.8 percent", True, 35.8),
        ("Annual growth amounted to 4.7 percent.", "4.7 percent", True, 4.7),
        ("Beef imports fell by 4.5 % in 2021.", "4.5 %", True, -4.5),
        ("Soybean imports were 20 percent less than in 2020.", "20 percent", True, -20.0),
        ("Its share decreased by 1.7 percent compared to 2020.", "1.7 percent", True, -1.7),
        ("The share fell from 7.1 percent to 5.39 percent.", "7.1 percent", False, 7.1),
        ("The share fell from 7.1 percent to 5.39 percent.", "5.39 percent", False, 5.39),
        ("Energy accounted for more than 65 percent of imports.", "65 percent", False, 65.0),
        ("Gas exports increased by 2.54 times compared to 2020.", "2.54 times", True, 2.54),
        ("Trade with the EU is only 2x bigger than with China.", "2x", False, 2.0),
        ("The company has tripled its staff.", "tripled", True, 3.0),
        ("It grew 4.8 percentage points faster.", "4.8 percentage points", True, 4.8),
        ("A tenfold decrease in mobility followed.", "tenfold", True, 10.0),  # as written
        ("Coal rose to \\$7 billion (+185 percent).", "+185 percent", True, 185.0),
    ],
)  # fmt: skip
def test_change_and_sign(text: str, surface: str, is_change: bool, value: float) -> None:
    s = one(text, surface)
    assert (s.is_change, s.value) == (is_change, pytest.approx(value))


def test_change_carries_to_a_parenthetical_and_a_coordinated_number() -> None:
    found = stats(
        "In Aug alone it added 17.8% ($5.23b). Investment and spending increased by 7 percent "
        "and 7.1 percent, respectively."
    )
    assert [(s.surface, s.is_change) for s in found] == [
        ("17.8%", True), ("$5.23b", True), ("7 percent", True), ("7.1 percent", True),
    ]  # fmt: skip


def _period(s: object) -> tuple[date | None, date | None]:
    return s.period_start, s.period_end  # type: ignore[attr-defined]


def test_month_range_takes_its_year_from_the_baseline() -> None:
    s = one("Trade in Jan-Aug was $68.63b, -3.2% compared to 2019.", "$68.63b")
    assert _period(s) == (date(2020, 1, 1), date(2020, 8, 31))


def test_months_without_year_follow_the_year_the_text_talks_about() -> None:
    found = stats(
        "Trade in Jan-Aug was $68.63b, -3.2% compared to 2019. It is slowing (in Jan-Jul it "
        "was -4.5%), and volumes are growing: +4.2% in Jul, +4.1% in Aug.",
        "In Aug alone it added 17.8% ($5.23b).",
    )
    periods = {s.surface: _period(s) for s in found}
    assert periods["-4.5%"] == (date(2020, 1, 1), date(2020, 7, 31))
    assert periods["+4.2%"] == (date(2020, 7, 1), date(2020, 7, 31))
    assert periods["+4.1%"] == (date(2020, 8, 1), date(2020, 8, 31))
    assert periods["17.8%"] == (date(2020, 8, 1), date(2020, 8, 31))


def test_a_month_with_no_year_anywhere_has_no_period() -> None:
    s = one("Exports rose 4.2% in Jul.", "4.2%")
    assert _period(s) == (None, None)


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Exports reached 4 billion kWh in 2021.", "4 billion kWh", ("2021-01-01", "2021-12-31")),
        ("Trade increased by 38.5 percent in January–February 2022.", "38.5 percent",
         ("2022-01-01", "2022-02-28")),
        ("In Q1 2022 imports were $20 billion.", "$20 billion", ("2022-01-01", "2022-03-31")),
        ("In the first quarter of 2023 exports hit $9 billion.", "$9 billion",
         ("2023-01-01", "2023-03-31")),
        ("E-commerce grew 187 percent between January and November 2021.", "187 percent",
         ("2021-01-01", "2021-11-30")),
        ("The goal is to raise trade to \\$200 billion by 2024.", "\\$200 billion",
         ("2024-01-01", "2024-12-31")),
        ("The share was 0.9 percent in 2020 and 0.74 percent in 2021.", "0.9 percent",
         ("2020-01-01", "2020-12-31")),
        ("The share was 0.9 percent in 2020 and 0.74 percent in 2021.", "0.74 percent",
         ("2021-01-01", "2021-12-31")),
        ("The volume equalled \\$67.57 billion (+33.8 percent compared to 2020).",
         "\\$67.57 billion", ("2021-01-01", "2021-12-31")),
        ("Exports rose 9% in H1 2023.", "9%", ("2023-01-01", "2023-06-30")),
        ("Turnover grew 12% over 2015-2019.", "12%", ("2015-01-01", "2019-12-31")),
    ],
)  # fmt: skip
def test_period(text: str, surface: str, period: tuple[str, str]) -> None:
    s = one(text, surface)
    assert _period(s) == (date.fromisoformat(period[0]), date.fromisoformat(period[1]))


def test_years_after_a_year_resolve_to_a_year() -> None:
    found = stats("In 2013, trade with the EU was 5x that with China. Just 7 years after, it is "
                  "only 2x bigger.")  # fmt: skip
    periods = {s.surface: _period(s) for s in found}
    assert periods["5x"] == (date(2013, 1, 1), date(2013, 12, 31))
    assert periods["2x"] == (date(2020, 1, 1), date(2020, 12, 31))
    assert periods["7 years"] == (None, None)


def test_this_year_needs_the_document_date() -> None:
    s = one("In the first half of this year, turnover rose by almost 40%.", "40%")
    assert _period(s) == (None, None)


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("Russian exports to China grew by 37.5 percent.", "37.5 percent",
         "Russian exports to China"),
        ("Crude oil imports totalled \\$40.29 billion.", "\\$40.29 billion", "crude oil imports"),
        ("Trade turnover exceeded \\$140 billion.", "\\$140 billion", "trade turnover"),
        ("65% of Russians polled said so.", "65%", "share of Russians"),
        ("Some 15,000 trains used the route.", "15,000 trains", "trains"),
    ],
)  # fmt: skip
def test_metric(text: str, surface: str, metric: str) -> None:
    assert one(text, surface).metric == metric


def _name(ex: object, key: str | None) -> str | None:
    return ex.entities[key].name if key else None  # type: ignore[attr-defined]


def _forms(ex: object, key: str | None) -> set[str | None]:
    """The source's canonical name and every alias/handle (registered entities are named by
    the registry: "China's Customs" is an alias of the General Administration of Customs)."""
    if key is None:
        return {None}
    e = ex.entities[key]  # type: ignore[attr-defined]
    return {e.name, *e.aliases, *e.handles}


def test_subjects_from_demonyms_and_flags() -> None:
    ex = extraction("Russian exports to China grew by 37.5 percent.", "🇨🇳🇷🇺 trade rose 4%.")
    first, second = ex.statistics
    assert {_name(ex, k) for k in first.subjects} == {"Russia", "China"}
    assert {_name(ex, k) for k in second.subjects} == {"Russia", "China"}
    assert all(ex.entities[k].kind == "STATE" for k in first.subjects)


def test_subjects_reuse_entities_found_by_the_entities_stage() -> None:
    from kb.models import DocumentKind, PassageKind
    from loaders.components.sentences import SentenceSplitter
    from loaders.components.statistics import Statistics
    from loaders.drafts import DocumentDraft, Extraction, PassageDraft

    text = "Gazprom sold 10 bcm to the Russian Federation's neighbours."
    doc = DocumentDraft("t", DocumentKind.ARTICLE, text,
                        passages=[PassageDraft(PassageKind.PARAGRAPH, 0, len(text))])  # fmt: skip
    ex = Extraction(doc=doc)
    gaz = ex.add_entity(EntityDraft(EntityType.ORGANISATION, "Gazprom", kind="COMPANY"))
    ru = ex.add_entity(EntityDraft(EntityType.ORGANISATION, "Russia", kind="STATE",
                                   aliases={"Russian Federation"}))  # fmt: skip
    ex.mentions.append(MentionDraft(gaz, 0, 7, "Gazprom"))
    SentenceSplitter()(ex)
    Statistics()(ex)
    (s,) = ex.statistics
    assert s.subjects == [gaz, ru]
    assert len(ex.entities) == 2


@pytest.mark.parametrize(
    ("texts", "surface", "source", "kind"),
    [
        (("China's Customs has released its August data. Trade in Jan-Aug was $68.63b.",),
         "$68.63b", "China's Customs", "GOVERNMENT_BODY"),
        (("The Federal Customs Service of Russia recorded \\$140.7 billion in trade in 2021.",),
         "\\$140.7 billion", "Federal Customs Service of Russia", "GOVERNMENT_BODY"),
        (("According to Chinese statistics, e-commerce grew 187 percent.",), "187 percent",
         "China", "STATE"),
        (("65% of Russians polled by credible @levada_ru said it does not matter.",), "65%",
         "@levada_ru", "THINK_TANK"),
        (("According to the General Administration of Customs of the People's Republic of "
          "China, trade exceeded \\$140 billion.",), "\\$140 billion",
         "General Administration of Customs of the People's Republic of China",
         "GOVERNMENT_BODY"),
        (("According to a number of experts, trade will reach \\$200 billion.",),
         "\\$200 billion", None, None),
    ],
)  # fmt: skip
def test_source(texts: tuple[str, ...], surface: str, source: str | None, kind: str | None
                ) -> None:  # fmt: skip
    ex = extraction(*texts)
    (s,) = [s for s in ex.statistics if s.surface == surface]
    assert source in _forms(ex, s.source)
    if source:
        assert ex.entities[s.source].kind == kind  # type: ignore[index]
        assert any(m.entity == s.source for m in ex.mentions) or kind == "STATE"


def test_numbers_in_footnote_passages_are_marked() -> None:
    from kb.models import PassageKind

    (s,) = stats('"Oil Imports from Russia Fell by 4.5 % in 2021," TASS, January 20, 2022.',
                 kind=PassageKind.FOOTNOTE)  # fmt: skip
    assert (s.surface, s.value, s.in_footnote) == ("4.5 %", -4.5, True)


def test_first_months_of_a_year_and_a_year_before() -> None:
    found = stats("In the first nine months of 2024 shipments reached 2.2 million tonnes, up "
                  "from 1.7 million tonnes a year before.")  # fmt: skip
    periods = {s.surface: _period(s) for s in found}
    assert periods["2.2 million tonnes"] == (date(2024, 1, 1), date(2024, 9, 30))
    # the same months of the year before
    assert periods["1.7 million tonnes"] == (date(2023, 1, 1), date(2023, 9, 30))
    assert "nine months" not in periods


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("1/ Fresh @rosstat_stats numbers: births fell 3% in 2023.", "3%", "@rosstat_stats"),
        ("Only 3 of the 20 plants weld bodies, per @autostat_ru.", "3", "@autostat_ru"),
        ("Analysts at the Valdai Club estimate that 40% of parts are Chinese.", "40%",
         "Valdai Club"),
    ],
)  # fmt: skip
def test_more_source_forms(text: str, surface: str, source: str) -> None:
    ex = extraction(text)
    (s,) = [s for s in ex.statistics if s.surface == surface]
    assert source in _forms(ex, s.source)


def test_a_tweet_credit_covers_the_tweet_and_an_announcement_the_next_tweet() -> None:
    from kb.models import PassageKind

    ex = extraction(
        "New data from Rosstat: GDP grew 3.6% in 2023. Spending was roughly 6% of GDP.",
        "Kazakhstan's statistics committee has released its data. Trade was $15.4b.",
        "In Jun alone it added 9.1%.",
        "Exports were up 3.3% in July.",
        "What does this mean for the region?",
        "Unrelated: prices rose 5%.",
        kind=PassageKind.TWEET,
    )
    credited = {s.surface: _name(ex, s.source) for s in ex.statistics}
    assert credited == {
        "3.6%": "Rosstat", "6%": "Rosstat", "$15.4b": "Kazakhstan's statistics committee",
        "9.1%": "Kazakhstan's statistics committee",
        # the next tweet continues the figures, a tweet without figures ends the run
        "3.3%": "Kazakhstan's statistics committee", "5%": None,
    }  # fmt: skip


def test_day_month_year_dates_and_durations_with_stated_periods() -> None:
    found = stats("Loans reached 4.8 trillion roubles as of 1 January 2024. Delays averaged "
                  "3–4 weeks in the first half of 2024.")  # fmt: skip
    periods = {s.surface: _period(s) for s in found}
    assert periods["4.8 trillion roubles"] == (date(2024, 1, 1), date(2024, 1, 1))
    assert periods["3–4 weeks"] == (date(2024, 1, 1), date(2024, 6, 30))


def test_a_mention_inside_a_longer_credited_name_does_not_replace_it() -> None:
    from kb.models import DocumentKind, PassageKind
    from loaders.components.sentences import SentenceSplitter
    from loaders.components.statistics import Statistics
    from loaders.drafts import DocumentDraft, Extraction, PassageDraft

    text = "According to the State Customs Committee of Uzbekistan, trade rose 12% in 2023."
    doc = DocumentDraft("t", DocumentKind.ARTICLE, text,
                        passages=[PassageDraft(PassageKind.PARAGRAPH, 0, len(text))])  # fmt: skip
    ex = Extraction(doc=doc)
    uz = ex.add_entity(EntityDraft(EntityType.ORGANISATION, "Uzbekistan", kind="STATE"))
    at = text.index("Uzbekistan")
    ex.mentions.append(MentionDraft(uz, at, at + len("Uzbekistan"), "Uzbekistan"))
    SentenceSplitter()(ex)
    Statistics()(ex)
    (s,) = ex.statistics
    assert _name(ex, s.source) == "State Customs Committee of Uzbekistan"
    assert ex.entities[s.source].kind == "GOVERNMENT_BODY"  # type: ignore[index]
    assert s.subjects == [uz]
