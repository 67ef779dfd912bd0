"""Result rows of the aggregate queries (`claimsPerSpeaker`, `mentionsPerEntity`, …)."""

from __future__ import annotations

import strawberry

from schema.types.entities import Entity


@strawberry.type(description="How many claims one speaker (named, or an unnamed group) makes.")
class SpeakerClaimCount:
    speaker: Entity | None = strawberry.field(description="The speaker; null for a group.")
    speaker_group: str | None = strawberry.field(
        description='The unnamed group ("Chinese experts"), when `speaker` is null.'
    )
    claims: int = strawberry.field(description="Claims matching the filter with this speaker.")


@strawberry.type(description="How often one entity is mentioned.")
class EntityMentionCount:
    entity: Entity = strawberry.field(description="The entity.")
    mentions: int = strawberry.field(description="Mentions of it across all documents.")
    documents: int = strawberry.field(description="Documents that mention it.")


@strawberry.type(description="How many statistics measure one metric in one year.")
class MetricYearCount:
    metric: str = strawberry.field(description="The metric, as extracted.")
    year: int | None = strawberry.field(
        description="Year of the period start; null for statistics without a period."
    )
    unit: str = strawberry.field(description="The unit of these statistics.")
    statistics: int = strawberry.field(description="How many statistics.")
