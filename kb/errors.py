"""The one error tree of kb: every error says what went wrong, where, and what to do."""

from __future__ import annotations


class KBError(Exception):
    """Base of every error kb raises on purpose."""


class ConfigError(KBError):
    """A setting is missing or malformed."""


class DatabaseError(KBError):
    """The database cannot be reached or migrated."""


class DocumentError(KBError):
    """A corpus file cannot be loaded. Carries the file and a one-line reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class LoadInProgressError(KBError):
    """Another `kb load` holds the load lock on this database."""
