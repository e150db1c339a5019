"""Read-only questions a person asks: which traceability reports are due or overdue, and where is that vehicle."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.deadlines import DeadlineStatus, ReportKind, WorkingCalendar, report_due_date
from dismantler_app.domain.permissions import User
from dismantler_app.domain.yard_time import local_day
from dismantler_app.services.context import ServiceContext, reading
from dismantler_app.services.errors import NotFound
from dismantler_app.storage import certificates as certificate_rows
from dismantler_app.storage.search import IntakeHit, search_intakes
from dismantler_app.storage.yard import load_yard

_KINDS = {"certificate": ReportKind.VEHICLE_SCRAPPED, "pack_outbound": ReportKind.PACK_OUTBOUND}
# Look back far enough that nothing unreported falls off the list (a year of 15-working-day windows and then some).
LOOKBACK_DAYS = 400


@dataclass(frozen=True)
class DeadlineItem:
    kind: ReportKind
    subject: str  # certificate number or handover id: what record_report takes
    label: str  # the VIN or the pack code
    event_date: date
    due: date
    estimated: bool
    status: DeadlineStatus

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "subject": self.subject,
            "label": self.label,
            "event_date": self.event_date.isoformat(),
            "due": self.due.isoformat(),
            "estimated": self.estimated,
            "status": self.status.value,
        }


def list_deadlines(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    *,
    include_reported: bool = False,
    calendar: WorkingCalendar | None = None,
) -> list[DeadlineItem]:
    """Reports due 15 working days after a certificate and after a pack leaves; overdue first, then by due date.
    Days are the yard's local dates (a deadline passes at the yard's midnight, not UTC's)."""
    with reading(ctx, actor) as session:
        yard = load_yard(session)
        if yard is None:
            raise NotFound("yard", "this installation")
        today = local_day(clock.now(), yard.zone)
        events = certificate_rows.reportable_events(session, since=today - timedelta(days=LOOKBACK_DAYS))
    items: list[DeadlineItem] = []
    for event in events:
        if event.reported_on is not None and not include_reported:
            continue
        due = report_due_date(event.event_date, calendar=calendar)
        if event.reported_on is not None:
            status = DeadlineStatus.REPORTED
        else:
            status = DeadlineStatus.OVERDUE if today > due.due else DeadlineStatus.DUE
        items.append(
            DeadlineItem(
                _KINDS[event.kind], event.subject, event.label, event.event_date, due.due, due.estimated, status
            )
        )
    items.sort(key=lambda i: (i.status is not DeadlineStatus.OVERDUE, i.due, i.subject))
    return items


def search(
    ctx: ServiceContext,
    actor: User,
    *,
    vin: str | None = None,
    plate: str | None = None,
    pack_code: str | None = None,
    certificate_number: str | None = None,
    created_from: date | None = None,
    created_to: date | None = None,
    limit: int = 200,
) -> list[IntakeHit]:
    """Intakes matching every criterion given (typed text is upper-cased and stripped of spaces). The dates are the
    yard's local days, and each hit carries its local ``created_on``."""

    def clean(text: str | None) -> str | None:
        return "".join(text.split()).upper() if text else None

    with reading(ctx, actor) as session:
        yard = load_yard(session)
        return search_intakes(
            session,
            vin=clean(vin),
            plate=clean(plate),
            pack_code=clean(pack_code),
            certificate_number=clean(certificate_number),
            created_from=created_from,
            created_to=created_to,
            limit=limit,
            zone=yard.zone if yard is not None else None,
        )
