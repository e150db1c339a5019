"""What became of a vehicle, for the US NMVTIS report (28 CFR 25.56(b)(5)): crushed, disposed of, for sale or other
purposes; to whom it was provided or transferred; whether it is intended for export.

A vehicle with no recorded disposition is reported by the defaults in :mod:`dismantler_app.services.reports`; this
records the real one (or corrects it for a supplemental report, 25.56(d)).
"""

from __future__ import annotations

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import IntakeStatus
from dismantler_app.domain.regulatory_eu_us import NmvtisDisposition
from dismantler_app.services.context import ServiceContext, change
from dismantler_app.services.errors import InvalidInput
from dismantler_app.services.intakes import load_for_change
from dismantler_app.storage import regulatory_rows

MAX_NAME = 200
_STATUSES = frozenset(set(IntakeStatus) - {IntakeStatus.CANCELLED})


def record_vehicle_disposition(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    intake_id: str,
    *,
    disposition: NmvtisDisposition | str,
    transferred_to: str = "",
    intended_for_export: bool = False,
) -> None:
    """A supervisor records the vehicle's disposition. Sold or disposed of to someone: ``transferred_to`` names them
    (required); crushed or kept for other purposes by the yard itself: empty means the yard."""
    try:
        kind = NmvtisDisposition(disposition)
    except ValueError as exc:
        raise InvalidInput("disposition", "unknown", ", ".join(d.value for d in NmvtisDisposition)) from exc
    to = transferred_to.strip()
    if len(to) > MAX_NAME:
        raise InvalidInput("transferred_to", "too_long", f"at most {MAX_NAME} characters")
    with change(ctx, actor, clock, Action.RECORD_REPORT) as ch:
        if not to:
            if kind in (NmvtisDisposition.FOR_SALE, NmvtisDisposition.DISPOSED_OF):
                raise InvalidInput("transferred_to", "empty", "name the buyer or whoever took the vehicle")
            to = ch.yard().profile.name
        load_for_change(ch.session, intake_id, allowed=_STATUSES, action="record_vehicle_disposition")
        before = regulatory_rows.load_disposition(ch.session, intake_id)
        regulatory_rows.upsert_disposition(
            ch.session,
            intake_id,
            disposition=kind.value,
            transferred_to=to,
            intended_for_export=intended_for_export,
            recorded_by=ch.user.id,
            at=ch.at,
        )
        ch.record(
            "record_vehicle_disposition",
            entity="intake",
            entity_id=intake_id,
            before=None
            if before is None
            else {
                "disposition": before.disposition,
                "transferred_to": before.transferred_to,
                "intended_for_export": before.intended_for_export,
            },
            after={"disposition": kind.value, "transferred_to": to, "intended_for_export": intended_for_export},
            event="vehicle.disposition_recorded",
        )
