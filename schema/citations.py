"""The `citations` list: its filter (domain, document, outlet) as SQL conditions."""

from __future__ import annotations

import strawberry
from sqlalchemy import ColumnElement, or_

from kb.models import Citation
from schema.filters import entities_named
from schema.ids import row_id_of

F = strawberry.field


@strawberry.input(description="Conditions on citations; all given conditions must hold.")
class CitationFilter:
    domain: str | None = F(
        default=None,
        description='This domain or any of its subdomains ("baidu.com" also finds '
        '"baijiahao.baidu.com"), case-insensitive.',
    )
    document: strawberry.ID | None = F(default=None, description="Cited in this document.")
    outlet: str | None = F(
        default=None, description="Of an outlet whose name or alias contains this."
    )
    has_outlet: bool | None = F(
        default=None, description="true: only domains of known outlets; false: only others."
    )

    def where(self) -> list[ColumnElement[bool]]:
        c: list[ColumnElement[bool]] = []
        if self.domain:
            d = self.domain.strip().lower().removeprefix("www.")
            escaped = d.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            c.append(or_(Citation.domain == d, Citation.domain.like("%." + escaped, escape="\\")))
        if self.document:
            c.append(Citation.document_id == row_id_of(self.document, "Document"))
        if self.outlet:
            c.append(Citation.outlet_id.in_(entities_named(self.outlet)))
        if self.has_outlet is not None:
            c.append(
                Citation.outlet_id.is_not(None) if self.has_outlet else Citation.outlet_id.is_(None)
            )
        return c


CITATION_ORDER = (Citation.document_id, Citation.start, Citation.id)
