"""Which wide columns the API loads only on demand.

`Document.text` (a report is hundreds of kilobytes) is deferred wherever documents are
loaded, with `raiseload` so that touching it by accident fails loudly instead of issuing a
query per document; `Document.text` in GraphQL reads it through its own DataLoader.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import defer

from kb.models import Document


def lean(model: Any) -> list[Any]:
    """Loader options for selecting `model` rows without their wide columns."""
    if model is Document:
        return [defer(Document.text, raiseload=True)]
    return []
