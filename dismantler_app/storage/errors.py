"""The store's typed errors: what went wrong with the database file, and which invariant a write broke.

Messages on the file errors say what to do, because they reach the person at the yard PC through the GUI's
"known problem" tier; the constraint codes are the stable messages of the triggers in ``migrations/*.sql``.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class StoreError(Exception):
    """Base class of everything the store raises on purpose."""


class DatabaseRefused(StoreError):
    """The database file cannot be used as it is; the file was left untouched."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class DatabaseTooNew(DatabaseRefused):
    def __init__(self, path: Path, *, found: int, supported: int) -> None:
        super().__init__(
            path,
            f"this database has schema version {found}, but this program only knows up to version {supported}. "
            "Install the newer program version that wrote it; the file was not changed.",
        )
        self.found = found
        self.supported = supported


class DatabaseCorrupt(DatabaseRefused):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            path,
            f"this file is not a readable yard database ({detail}). Restore the latest backup with "
            "'dismantler db restore BACKUP'; the file was not changed.",
        )
        self.detail = detail


class DatabaseLocked(DatabaseRefused):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            "another program holds this database locked. Close the other copy of the app (or the tool that "
            "opened the file) and try again; the file was not changed.",
        )


class ConstraintCode(StrEnum):
    """Invariants the database itself holds; the values are the trigger and index messages."""

    PACK_MISSING = "pack_missing"
    NO_TRACTION_PACK = "no_traction_pack"
    PACK_LINKED_ELSEWHERE = "pack_linked_elsewhere"
    PACK_ALREADY_LINKED = "pack_already_linked"
    CERTIFICATE_DELETE_FORBIDDEN = "certificate_delete_forbidden"
    CERTIFICATE_IMMUTABLE = "certificate_immutable"
    CERTIFICATE_NUMBER_NOT_NEXT = "certificate_number_not_next"
    CERTIFICATE_SERIES_NOT_CURRENT = "certificate_series_not_current"
    AUDIT_APPEND_ONLY = "audit_append_only"
    OUTBOX_EVENT_IMMUTABLE = "outbox_event_immutable"
    OUTBOX_EVENT_UNDELIVERED = "outbox_event_undelivered"
    OUTBOX_SEQUENCE_NOT_NEXT = "outbox_sequence_not_next"
    PHOTO_ALREADY_ATTACHED = "photo_already_attached"
    PHOTO_KEPT_AFTER_CERTIFICATION = "photo_kept_after_certification"
    UNIQUE = "unique"
    CHECK = "check"
    FOREIGN_KEY = "foreign_key"
    OTHER = "other"


class ConstraintViolation(StoreError):
    """A write the database refused. ``code`` says which invariant; ``detail`` is SQLite's own message."""

    def __init__(self, code: ConstraintCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail


def constraint_code_of(message: str) -> ConstraintCode:
    """Maps SQLite's message for an integrity error to the invariant it names."""
    text = message.strip()
    try:
        return ConstraintCode(text)
    except ValueError:
        pass
    if "pack_links.code" in text:
        return ConstraintCode.PACK_ALREADY_LINKED
    if text.startswith("UNIQUE constraint failed"):
        return ConstraintCode.UNIQUE
    if text.startswith("CHECK constraint failed"):
        return ConstraintCode.CHECK
    if text.startswith("FOREIGN KEY constraint failed"):
        return ConstraintCode.FOREIGN_KEY
    return ConstraintCode.OTHER
