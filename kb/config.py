"""Settings read from the environment (the names are part of CONTRACT.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SQLITE_FILE = "kb.sqlite"
DEFAULT_MAX_BODY_BYTES = 102_400  # a GraphQL request body; 4000 tokens fit many times over


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    """Runtime settings; build with :func:`get_settings` so tests can override the env."""

    database_url: str
    query_stats: bool = False
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    request_timeout_s: float = 10.0
    document_timeout_s: float = 120.0
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES


def default_database_url(cwd: Path | None = None) -> str:
    path = (cwd or Path.cwd()) / DEFAULT_SQLITE_FILE
    return f"sqlite:///{path}"


def get_settings() -> Settings:
    """Read `KB_*` environment variables, falling back to documented defaults."""
    origins = tuple(
        o.strip() for o in os.environ.get("KB_CORS_ORIGINS", "").split(",") if o.strip()
    )
    return Settings(
        database_url=os.environ.get("KB_DATABASE_URL") or default_database_url(),
        query_stats=_flag(os.environ.get("KB_QUERY_STATS")),
        cors_origins=origins,
        request_timeout_s=float(os.environ.get("KB_REQUEST_TIMEOUT", "10")),
        document_timeout_s=float(os.environ.get("KB_DOCUMENT_TIMEOUT", "120")),
        max_body_bytes=int(os.environ.get("KB_MAX_BODY_BYTES") or DEFAULT_MAX_BODY_BYTES),
    )
