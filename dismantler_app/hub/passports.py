"""Head office's projection of ``pack.passport_recorded`` (a yard kept a battery passport id on a pack,
``services/pack_identifiers.py`` and ``services/battery_pass.py``): the canonical id goes on the pack (``packs``,
migration 0007), so the console's search finds a pack by its passport id however the label's URL was written, and
every intake the pack went through, also those that read it by its GB/T 34014 code only.

The yard sends canonical ids; head office reads each again (``domain/battery_passport.py``) rather than trusting
it: one that is no passport id changes nothing and is logged. The latest recording for a pack wins (a QR read again
after a wrong one).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Protocol

import psycopg

from dismantler_app.domain.battery_passport import parse_passport_id
from dismantler_app.domain.codes import CodeRejected

__all__ = ["PASSPORT_RECORDED", "canonical_passport", "project_passport_recorded"]

PASSPORT_RECORDED = "pack.passport_recorded"
log = logging.getLogger(__name__)


class StoredEvent(Protocol):
    """What is read of a held event (``hub/projections/records.py`` ``StoredEvent``; the projections call this)."""

    site_id: str
    event_id: str
    type: str
    payload: Mapping[str, Any]


def canonical_passport(text: str) -> str | None:
    """The canonical passport id of a text (a label's URL from any resolver, a ``cx:`` id), None when it is none."""
    try:
        return parse_passport_id(text).id
    except CodeRejected:
        return None


def _text(payload: Mapping[str, Any], key: str) -> str:
    value = payload.get(key)
    return value.strip() if isinstance(value, str) else ""


def project_passport_recorded(conn: psycopg.Connection, event: StoredEvent) -> None:
    """Keeps the pack's canonical passport id. A payload without pack code, intake or a readable id changes nothing
    and is logged (the event itself stays in ``events`` and in the intake's journey)."""
    p = event.payload
    pack_code, intake_id, passport = _text(p, "pack_code"), _text(p, "intake_id"), _text(p, "passport_id")
    canonical = canonical_passport(passport)
    if not (pack_code and intake_id and canonical):
        log.warning(
            "%s %s of yard %s not projected: pack_code %r, intake_id %r, passport_id %r (no battery passport id?)",
            event.type, event.event_id, event.site_id, pack_code, intake_id, passport,
        )  # fmt: skip
        return None
    conn.execute(
        "INSERT INTO packs (code, first_site_id, first_intake_id, passport_id) VALUES (%s, %s, %s, %s) "
        "ON CONFLICT (code) DO UPDATE SET passport_id = excluded.passport_id",
        [pack_code, event.site_id, intake_id, canonical],
    )
    return None
