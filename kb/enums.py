"""Closed vocabularies shared by the tables, the loaders and the API (values as in CONTRACT.md).

Stored as their string values so the database stays readable without this module.
"""

from __future__ import annotations

from enum import StrEnum


class DocumentKind(StrEnum):
    THREAD = "THREAD"
    REPORT = "REPORT"
    ARTICLE = "ARTICLE"


class PassageKind(StrEnum):
    TWEET = "TWEET"
    PARAGRAPH = "PARAGRAPH"
    HEADING = "HEADING"
    TABLE_ROW = "TABLE_ROW"
    FOOTNOTE = "FOOTNOTE"
    CAPTION = "CAPTION"


class EntityType(StrEnum):
    ACTOR = "ACTOR"
    ORGANISATION = "ORGANISATION"


class OrganisationKind(StrEnum):
    STATE = "STATE"
    GOVERNMENT_BODY = "GOVERNMENT_BODY"
    COMPANY = "COMPANY"
    MEDIA = "MEDIA"
    THINK_TANK = "THINK_TANK"
    UNIVERSITY = "UNIVERSITY"
    RESEARCH_INSTITUTE = "RESEARCH_INSTITUTE"
    INTERNATIONAL_ORG = "INTERNATIONAL_ORG"
    POLITICAL_MOVEMENT = "POLITICAL_MOVEMENT"
    MILITARY = "MILITARY"
    BANK = "BANK"
    OTHER = "OTHER"


class Attribution(StrEnum):
    AUTHOR = "AUTHOR"
    DIRECT_QUOTE = "DIRECT_QUOTE"
    REPORTED_SPEECH = "REPORTED_SPEECH"
    ACCORDING_TO = "ACCORDING_TO"


class ClaimKind(StrEnum):
    ASSESSMENT = "ASSESSMENT"
    FORECAST = "FORECAST"
    RECOMMENDATION = "RECOMMENDATION"
    FACT = "FACT"


class Qualifier(StrEnum):
    EXACT = "EXACT"
    APPROXIMATE = "APPROXIMATE"
    MORE_THAN = "MORE_THAN"
    LESS_THAN = "LESS_THAN"
