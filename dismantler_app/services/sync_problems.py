"""What went wrong with sync, as codes for the desktop app to put into words: the events head office refused (the
sync problems list, with the event's subject so a supervisor can act, and marking one as handled), and why the last
attempt failed.

A failed attempt is stored as text in ``sync_link.last_error`` (the status the CLI prints). The desktop app writes
it as ``[kind:hub code] message`` (:func:`error_record`) so the screen can translate the kind rather than show the
English message inside a translated sentence; records written by other callers (the CLI's worker writes the bare
message) are recognised by the sync layer's own sentences (``sync/client.py``, ``services/sync.py``), and anything
else keeps its text under :attr:`SyncErrorKind.OTHER`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import Action, User
from dismantler_app.services.context import ServiceContext, change, reading
from dismantler_app.services.errors import InvalidInput, NotFound
from dismantler_app.services.sync import SyncNotReady
from dismantler_app.storage import sync_store
from dismantler_app.sync.bundle import BundleRefused
from dismantler_app.sync.client import HubRefused, HubUnreachable
from dismantler_app.sync.documents import SignatureRefused

MAX_NOTE_LENGTH = 500
# Handling a refused event is a supervisor's decision, like resolving a pack mismatch at the gate: most refusals
# are a pack that head office sees linked to another yard's vehicle (sync/events.py RejectionCode).
HANDLE_PROBLEM = Action.RESOLVE_MISMATCH


class SyncErrorKind(StrEnum):
    NOT_SET_UP = "not_set_up"
    NOT_ENROLLED = "not_enrolled"
    UNREACHABLE = "unreachable"  # no network, a timeout, head office down: retried with backoff
    HUB_FAILED = "hub_failed"  # head office answered 5xx: retried
    REFUSED = "refused"  # head office said no (4xx); ``hub_code`` says why
    SIGNATURE = "signature"  # a document from head office did not verify
    BUNDLE = "bundle"  # a USB bundle or receipt that cannot be used
    NO_FOLDER = "no_folder"  # the export folder (a USB stick) is missing
    OTHER = "other"


@dataclass(frozen=True)
class SyncError:
    kind: SyncErrorKind
    hub_code: str = ""  # head office's stable refusal code (``HubRefused.code``), when it refused
    message: str = ""  # the English message, for the log and the details view


def classify_error(error: BaseException) -> SyncError:
    message = str(error)
    if isinstance(error, HubRefused):
        return SyncError(SyncErrorKind.REFUSED, error.code, message)
    if isinstance(error, HubUnreachable):
        failed = message.startswith("head office failed") or "not JSON" in message
        return SyncError(SyncErrorKind.HUB_FAILED if failed else SyncErrorKind.UNREACHABLE, "", message)
    if isinstance(error, SignatureRefused):
        return SyncError(SyncErrorKind.SIGNATURE, "", message)
    if isinstance(error, BundleRefused):
        return SyncError(SyncErrorKind.BUNDLE, "", message)
    if isinstance(error, SyncNotReady):
        return _not_ready(message)
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return SyncError(SyncErrorKind.NO_FOLDER, "", message)
    return SyncError(SyncErrorKind.OTHER, "", message)


def _not_ready(message: str) -> SyncError:
    if "not set up" in message:
        return SyncError(SyncErrorKind.NOT_SET_UP, "", message)
    if "not enrolled" in message:
        return SyncError(SyncErrorKind.NOT_ENROLLED, "", message)
    if "does not exist" in message and "folder" in message:
        return SyncError(SyncErrorKind.NO_FOLDER, "", message)
    return SyncError(SyncErrorKind.BUNDLE, "", message)


def error_record(error: BaseException) -> str:
    """The text stored as ``last_error``: the kind (and head office's code) first, then the English message."""
    found = classify_error(error)
    return f"[{found.kind.value}{':' + found.hub_code if found.hub_code else ''}] {found.message}"


_RECORD = re.compile(r"\[(?P<kind>[a-z_]+)(?::(?P<code>[A-Za-z0-9_.-]+))?\] (?P<message>.*)", re.DOTALL)
_REFUSED = re.compile(r"head office refused \(\d+ (?P<code>[A-Za-z0-9_.-]+)\)")


def parse_error_record(text: str) -> SyncError | None:
    """The stored ``last_error`` as a code; None when nothing failed."""
    if not text:
        return None
    match = _RECORD.fullmatch(text)
    if match and match["kind"] in SyncErrorKind.__members__.values():
        return SyncError(SyncErrorKind(match["kind"]), match["code"] or "", match["message"])
    refused = _REFUSED.match(text)
    if refused:
        return SyncError(SyncErrorKind.REFUSED, refused["code"], text)
    if text.startswith("cannot reach head office"):
        return SyncError(SyncErrorKind.UNREACHABLE, "", text)
    if text.startswith("head office failed") or "not JSON" in text:
        return SyncError(SyncErrorKind.HUB_FAILED, "", text)
    if "not enrolled" in text or "not set up" in text:
        return _not_ready(text)
    return SyncError(SyncErrorKind.OTHER, "", text)


@dataclass(frozen=True)
class SyncProblem:
    """One event head office refused, with what it said and what the event was about."""

    event_id: str
    code: str  # head office's RejectionCode value (sync/events.py)
    detail: str  # head office's own words
    other_yard: str
    other_vin: str
    reported_at: str
    event_type: str  # "" when the event is no longer in the outbox
    subject: dict[str, str]  # vin, code (a pack), intake_id, number (a certificate), where the event names them
    resolved_at: str | None = None
    resolution: str = ""


_SUBJECT_KEYS = ("vin", "code", "intake_id", "number")


def _subject(payload: dict[str, Any]) -> dict[str, str]:
    subject = {key: str(payload[key]) for key in _SUBJECT_KEYS if payload.get(key)}
    vehicle = payload.get("vehicle")
    if "vin" not in subject and isinstance(vehicle, dict) and vehicle.get("vin"):
        subject["vin"] = str(vehicle["vin"])
    return subject


def list_sync_problems(ctx: ServiceContext, actor: User, *, include_handled: bool = False) -> list[SyncProblem]:
    """The refused events, oldest first, each with its event's type and subject."""
    with reading(ctx, actor) as session:
        rows = sync_store.list_problems(session, include_resolved=include_handled)
        problems = []
        for row in rows:
            events = sync_store.events_between(
                session, db_epoch=row["db_epoch"], first=row["sequence"], last=row["sequence"]
            )
            event = next((e for e in events if e.event_id == row["event_id"]), None)
            problems.append(
                SyncProblem(
                    event_id=row["event_id"],
                    code=row["code"],
                    detail=row["detail"],
                    other_yard=row["other_yard"],
                    other_vin=row["other_vin"],
                    reported_at=row["reported_at"],
                    event_type=event.type if event else "",
                    subject=_subject(event.payload) if event else {},
                    resolved_at=row["resolved_at"],
                    resolution=row["resolution"],
                )
            )
    return problems


def mark_problem_handled(
    ctx: ServiceContext, actor: User, clock: Clock, *, event_id: str, code: str, note: str
) -> None:
    """A supervisor records what was done about a refused event (called the other yard, corrected the intake);
    it leaves the open list and the audit log keeps who said what."""
    note = note.strip()
    if not note:
        raise InvalidInput("note", "empty", "say what was done about it")
    if len(note) > MAX_NOTE_LENGTH:
        raise InvalidInput("note", "too_long", f"at most {MAX_NOTE_LENGTH} characters")
    with change(ctx, actor, clock, HANDLE_PROBLEM) as ch:
        done = sync_store.resolve_problem(
            ch.session, event_id=event_id, code=code, by=ch.user.id, resolution=note, at=ch.at.isoformat()
        )
        if not done:
            raise NotFound("sync problem", f"{event_id} ({code})")
        ch.record(
            "handle_sync_problem",
            entity="sync_problem",
            entity_id=f"{event_id}:{code}",
            before={"resolved": False},
            after={"resolved": True, "code": code, "reason": note},
        )


__all__ = [
    "SyncError",
    "SyncErrorKind",
    "SyncProblem",
    "classify_error",
    "error_record",
    "list_sync_problems",
    "mark_problem_handled",
    "parse_error_record",
]
