"""The root `Query` type and the assembled `schema` (interim skeleton for the API issue)."""

from __future__ import annotations

import strawberry
from sqlalchemy import func, select

from kb.models import Document


@strawberry.type(description="Entry points of the kb API.")
class Query:
    @strawberry.field(description="How many documents are loaded.")
    def document_count(self, info: strawberry.Info) -> int:
        return int(info.context.session.scalar(select(func.count()).select_from(Document)) or 0)


schema = strawberry.Schema(query=Query)
