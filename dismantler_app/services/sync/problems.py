"""What went wrong with sync, as codes for the desktop app to put into words: the events head office refused (the
sync problems list, with the event's subject so a supervisor can act, and marking one as handled), and why the last
attempt failed.

A failed attempt is stored as text in ``sync_link.last_error`` (the status the CLI prints) as ``[kind:hub code]
message`` (:func:`error_record`, written by the desktop app, the sync worker and a revocation), so the screen
translates the kind rather than show the English message inside a translated sentence. The kind comes from the
typed error's stable ``code`` (``HubRefused.code`` is head office's, ``HubUnreachable.code``, ``SyncNotReady.code``,
``SignatureRefused.code``), never from its English. Records stored before codes existed (bare messages) are still
recognised by the sync layer's sentences; anything else keeps its text under :attr:`SyncErrorKind.OTHER`.
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
from dismantler_app.services.sync.link import SITE_REVOKED
from dismantler_app.services.sync.service import NotReady, SyncNotReady
from dismantler_app.services.sync.state import error_text
from dismantler_app.storage import sync_store
from dismantler_app.sync import client
from dismantler_app.sync.bundle import BundleRefused
from dismantler_app.sync.client import HubRefused, HubUnreachable
from dismantler_app.sync.documents import CLOCK_SKEW, SignatureRefused

MAX_NOTE_LENGTH = 500
# Handling a refused event is a supervisor's decision, like resolving a pack mismatch at the gate: most refusals
# are a pack that head office sees linked to another yard's vehicle (sync/events.py RejectionCode).
HANDLE_PROBLEM = Action.RESOLVE_MISMATCH


class SyncErrorKind(StrEnum):
    """Why an attempt failed; values are stable (stored in ``last_error``). Each needs words in the desktop app."""

    NOT_SET_UP = "not_set_up"
    NOT_ENROLLED = "not_enrolled"
    REVOKED = "revoked"  # head office revoked this yard's key (or the yard made a new one): enrol again
    UNREACHABLE = "unreachable"  # no network, a timeout, head office down: retried with backoff
    TLS_UNTRUSTED = "tls_untrusted"  # head office's TLS certificate does not verify: the CA file is wrong or missing
    HUB_FAILED = "hub_failed"  # head office answered 5xx: retried
    CLOCK_SKEW = "clock_skew"  # head office refused the request's time: the yard PC's clock is more than 12 hours off
    REFUSED = "refused"  # head office said no (4xx); ``hub_code`` says why
    SIGNATURE = "signature"  # a document from head office did not verify
    BUNDLE = "bundle"  # a USB bundle or receipt that cannot be used
    NO_FOLDER = "no_folder"  # the export folder (a USB stick) is missing
    OTHER = "other"


# Codes of the typed errors, to kinds.
_UNREACHABLE_KINDS = {
    client.UNREACHABLE: SyncErrorKind.UNREACHABLE,
    client.HUB_FAILED: SyncErrorKind.HUB_FAILED,
    client.TLS_UNTRUSTED: SyncErrorKind.TLS_UNTRUSTED,
}
_REFUSAL_KINDS = {SITE_REVOKED: SyncErrorKind.REVOKED, CLOCK_SKEW: SyncErrorKind.CLOCK_SKEW}
_NOT_READY_KINDS = {
    NotReady.NOT_SET_UP: SyncErrorKind.NOT_SET_UP,
    NotReady.NOT_ENROLLED: SyncErrorKind.NOT_ENROLLED,
    NotReady.REVOKED: SyncErrorKind.REVOKED,
    NotReady.BAD_RECEIPT: SyncErrorKind.BUNDLE,
    NotReady.NO_FOLDER: SyncErrorKind.NO_FOLDER,
}


@dataclass(frozen=True)
class SyncError:
    kind: SyncErrorKind
    hub_code: str = ""  # head office's stable refusal code (``HubRefused.code``), when it refused
    message: str = ""  # the English message, for the log and the details view


def classify_error(error: BaseException) -> SyncError:
    """The kind of a failed attempt, from the error's type and stable code."""
    message = str(error)
    if isinstance(error, HubRefused):
        return SyncError(_REFUSAL_KINDS.get(error.code, SyncErrorKind.REFUSED), error.code, message)
    if isinstance(error, HubUnreachable):
        return SyncError(_UNREACHABLE_KINDS.get(error.code, SyncErrorKind.UNREACHABLE), "", message)
    if isinstance(error, SignatureRefused):
        return SyncError(SyncErrorKind.SIGNATURE, "", message)
    if isinstance(error, BundleRefused):
        return SyncError(SyncErrorKind.BUNDLE, "", message)
    if isinstance(error, SyncNotReady):
        kind = _NOT_READY_KINDS.get(error.code) if error.code else None
        return SyncError(kind, "", message) if kind is not None else _not_ready(message)
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return SyncError(SyncErrorKind.NO_FOLDER, "", message)
    return SyncError(SyncErrorKind.OTHER, "", message)


def _not_ready(message: str) -> SyncError:
    """A :class:`SyncNotReady` raised without a code (the desktop app's own checks): by its sentence."""
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
    return error_text(found.kind.value, found.message, code=found.hub_code)


_RECORD = re.compile(r"\[(?P<kind>[a-z_]+)(?::(?P<code>[A-Za-z0-9_.-]+))?\] (?P<message>.*)", re.DOTALL)
_REFUSED = re.compile(r"head office refused \(\d+ (?P<code>[A-Za-z0-9_.-]+)\)")


def parse_error_record(text: str) -> SyncError | None:
    """The stored ``last_error`` as a code; None when nothing failed. Bare messages are records stored before
    codes existed."""
    if not text:
        return None
    match = _RECORD.fullmatch(text)
    if match and match["kind"] in SyncErrorKind.__members__.values():
        return SyncError(SyncErrorKind(match["kind"]), match["code"] or "", match["message"])
    refused = _REFUSED.match(text)
    if refused:
        return SyncError(_REFUSAL_KINDS.get(refused["code"], SyncErrorKind.REFUSED), refused["code"], text)
    if text.startswith("head office revoked this yard's key"):
        return SyncError(SyncErrorKind.REVOKED, "", text)
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
