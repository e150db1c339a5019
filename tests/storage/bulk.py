"""An intake and its packs written in ONE transaction (with audit rows and outbox events), the unit the crash test
checks for atomicity: after a SIGKILL an intake is either there with both packs, links, audit and event, or absent."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import User
from dismantler_app.domain.records import Documents, IntakeId, Owner, ScannedPack, Vehicle
from dismantler_app.storage import intakes as intake_rows
from dismantler_app.storage import packs as pack_rows
from dismantler_app.storage.audit import append_audit
from dismantler_app.storage.outbox import append_event
from dismantler_app.storage.session import Transactional


def create_intake_with_packs(
    store: Transactional, user: User, clock: Clock, *, vehicle: Vehicle, codes: Sequence[str]
) -> IntakeId:
    intake = IntakeId(uuid.uuid4().hex)
    with store.write_transaction() as session:
        at = clock.now()
        intake_rows.insert_intake(
            session, intake, vehicle=vehicle, owner=Owner(), documents=Documents(), created_by=user.id, at=at
        )
        append_audit(
            session, at=at, actor=user.id, action="create_intake", entity="intake", entity_id=intake,
            before=None, after={"vin": vehicle.vin},
        )  # fmt: skip
        append_event(session, event_type="intake.created", payload={"vin": vehicle.vin}, created_at=at)
        for code in codes:
            scan = ScannedPack(code=code, raw_payload=code, scanned_at=at, operator=user.id)
            scan_id = pack_rows.insert_scan(session, intake, scan)
            pack_rows.insert_link(session, code=code, intake_id=intake, vin=vehicle.vin, at=at)
            append_audit(
                session, at=at, actor=user.id, action="record_scan", entity="scanned_pack", entity_id=scan_id,
                before=None, after={"code": code},
            )  # fmt: skip
            append_event(session, event_type="pack.scanned", payload={"code": code}, created_at=at)
    return intake
