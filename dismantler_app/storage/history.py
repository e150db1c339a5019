"""An intake's full history: every audit row about the intake itself or about something that belongs to it.

Audit rows name their entity in different ways (see the services' ``Change.record`` calls): the intake and its
expected packs by the intake id; triage, replacements and photos by ``<intake id>:<key>``; scans and handovers by
their own id with the intake id inside the after-image; certificates by their number. This read gathers all five.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from dismantler_app.storage.session import Session


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: str
    actor: str  # user id
    actor_name: str  # the username, or "" when the user row is gone
    action: str
    entity: str
    entity_id: str
    before: Any
    after: Any


def intake_history(session: Session, intake_id: str) -> list[HistoryEntry]:
    """Oldest first, in audit order."""
    rows = session.all(
        "SELECT a.seq, a.at, a.actor, coalesce(u.username, '') AS actor_name, a.action, a.entity, a.entity_id, "
        "a.before_json, a.after_json FROM audit_log AS a LEFT JOIN users AS u ON u.id = a.actor "
        "WHERE a.entity_id = :id "
        "OR (a.entity IN ('triage', 'replacement', 'intake_photo') AND a.entity_id LIKE :prefix ESCAPE '\\') "
        "OR (a.entity IN ('scanned_pack', 'pack_handover') AND json_extract(a.after_json, '$.intake_id') = :id) "
        "OR (a.entity = 'certificate' AND a.entity_id IN (SELECT number FROM certificates WHERE intake_id = :id)) "
        "ORDER BY a.seq",
        {"id": intake_id, "prefix": _like_prefix(intake_id)},
    )
    return [
        HistoryEntry(
            seq=r["seq"],
            at=r["at"],
            actor=r["actor"],
            actor_name=r["actor_name"],
            action=r["action"],
            entity=r["entity"],
            entity_id=r["entity_id"],
            before=json.loads(r["before_json"]),
            after=json.loads(r["after_json"]),
        )
        for r in rows
    ]


def _like_prefix(intake_id: str) -> str:
    escaped = intake_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + ":%"
