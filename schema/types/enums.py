"""GraphQL enums mirroring kb's closed vocabularies (kb.models.enums), each value described.

A test checks that every enum here has exactly the values of its kb counterpart.
"""

from __future__ import annotations

from enum import Enum

import strawberry

V = strawberry.enum_value


@strawberry.enum(description="What sort of document a text is.")
class DocumentKind(Enum):
    THREAD = V("THREAD", description="A Twitter/X thread: a sequence of tweets by one author.")
    REPORT = V("REPORT", description="A long report (think-tank study) with sections and notes.")
    ARTICLE = V("ARTICLE", description="A news or opinion article.")


@strawberry.enum(description="What sort of span of a document a passage is.")
class PassageKind(Enum):
    TWEET = V("TWEET", description="One tweet of a thread.")
    PARAGRAPH = V("PARAGRAPH", description="A paragraph of running text.")
    HEADING = V("HEADING", description="A section heading.")
    TABLE_ROW = V("TABLE_ROW", description="One row of a table.")
    FOOTNOTE = V("FOOTNOTE", description="A footnote or endnote (see `number`, `url`, `title`).")
    CAPTION = V("CAPTION", description="The caption of a table or figure.")


@strawberry.enum(description="What sort of organisation an organisation is.")
class OrganisationKind(Enum):
    STATE = V("STATE", description="A country or state, e.g. Russia, China.")
    GOVERNMENT_BODY = V("GOVERNMENT_BODY", description="A ministry, agency or other state body.")
    COMPANY = V("COMPANY", description="A business, e.g. Gazprom, Huawei.")
    MEDIA = V("MEDIA", description="A news outlet or media account.")
    THINK_TANK = V("THINK_TANK", description="A policy research institute or think tank.")
    UNIVERSITY = V("UNIVERSITY", description="A university.")
    RESEARCH_INSTITUTE = V("RESEARCH_INSTITUTE", description="An academic research institute.")
    INTERNATIONAL_ORG = V(
        "INTERNATIONAL_ORG", description="An international organisation, e.g. the SCO, the EU."
    )
    POLITICAL_MOVEMENT = V("POLITICAL_MOVEMENT", description="A party or political movement.")
    MILITARY = V("MILITARY", description="Armed forces or one of their units.")
    BANK = V("BANK", description="A bank or development bank.")
    OTHER = V("OTHER", description="Any other organisation, or one not yet classified.")


@strawberry.enum(description="How a claim is attributed to its speaker.")
class Attribution(Enum):
    AUTHOR = V("AUTHOR", description="The document's author asserts it in their own voice.")
    DIRECT_QUOTE = V("DIRECT_QUOTE", description="Quoted verbatim from the speaker.")
    REPORTED_SPEECH = V(
        "REPORTED_SPEECH", description="Paraphrased: 'X said that …', 'X believes …'."
    )
    ACCORDING_TO = V("ACCORDING_TO", description="Credited to a source: 'according to X, …'.")


@strawberry.enum(description="What sort of assertion a claim is.")
class ClaimKind(Enum):
    ASSESSMENT = V("ASSESSMENT", description="A judgement or interpretation.")
    FORECAST = V("FORECAST", description="A prediction about the future.")
    RECOMMENDATION = V("RECOMMENDATION", description="Advice: what someone should do.")
    FACT = V("FACT", description="A statement of fact (which may still be wrong).")


@strawberry.enum(description="How exact a statistic's value is, as written.")
class Qualifier(Enum):
    EXACT = V("EXACT", description="Stated as is.")
    APPROXIMATE = V("APPROXIMATE", description="'about', 'almost', 'some', '~'.")
    MORE_THAN = V("MORE_THAN", description="'more than', 'over', 'at least'.")
    LESS_THAN = V("LESS_THAN", description="'less than', 'under', 'up to'.")


@strawberry.enum(description="Whether an entity is a person or an organisation.")
class EntityType(Enum):
    ACTOR = V("ACTOR", description="A person (type `Actor`).")
    ORGANISATION = V("ORGANISATION", description="An organisation (type `Organisation`).")


@strawberry.enum(description="Orders for `documents`.")
class DocumentOrder(Enum):
    PUBLISHED_ASC = V("PUBLISHED_ASC", description="Oldest first; undated documents last.")
    PUBLISHED_DESC = V("PUBLISHED_DESC", description="Newest first; undated documents last.")
    SOURCE_PATH = V("SOURCE_PATH", description="By source path, then part (the default).")


@strawberry.enum(description="Orders for `actors` and `organisations`.")
class EntityOrder(Enum):
    NAME = V("NAME", description="By canonical name, case-insensitive (the default).")
    MENTIONS_DESC = V("MENTIONS_DESC", description="Most mentioned first, then by name.")


@strawberry.enum(description="Orders for `statistics`.")
class StatisticOrder(Enum):
    PERIOD_ASC = V("PERIOD_ASC", description="Earliest period start first; undated last.")
    PERIOD_DESC = V("PERIOD_DESC", description="Latest period start first; undated last.")
    VALUE_ASC = V("VALUE_ASC", description="Smallest value first.")
    VALUE_DESC = V("VALUE_DESC", description="Largest value first.")


@strawberry.enum(description="Orders for `claims`.")
class ClaimOrder(Enum):
    DOCUMENT = V("DOCUMENT", description="By document, then position in it (the default).")
    PUBLISHED_DESC = V("PUBLISHED_DESC", description="Newest document first, then position.")


@strawberry.enum(description="What a search hit is.")
class SearchHitKind(Enum):
    PASSAGE = V("PASSAGE", description="A passage of a document.")
    CLAIM = V("CLAIM", description="A claim.")
    ENTITY = V("ENTITY", description="An actor or organisation, matched by name.")
