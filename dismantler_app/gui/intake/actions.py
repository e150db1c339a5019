"""The intake station's actions, as the worker threads run them: one service call (or a short fixed sequence) and
a fresh read of the intake, so that every answer the page gets carries the rule's current verdict.

No Qt here: these are called through the bridge and return plain values.
"""

from __future__ import annotations

from dataclasses import dataclass

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.eligibility import Eligibility
from dismantler_app.domain.permissions import User
from dismantler_app.domain.records import IntakeFacts, IntakeId, IntakeStatus, Powertrain, Vehicle
from dismantler_app.services import certificates, intakes, packs, queries
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.packs import ScanOutcome
from dismantler_app.storage.intakes import IntakeRecord

# An intake the station may keep working on; a VIN scanned again resumes it instead of opening a second one.
RESUMABLE = frozenset({IntakeStatus.OPEN, IntakeStatus.SUBMITTED})


@dataclass(frozen=True)
class IntakeView:
    record: IntakeRecord
    facts: IntakeFacts
    eligibility: Eligibility

    @property
    def intake_id(self) -> IntakeId:
        return self.record.id


def load_view(services: ServiceContext, user: User, intake_id: str) -> IntakeView:
    return IntakeView(
        record=intakes.get_intake(services, user, intake_id),
        facts=intakes.intake_facts(services, user, intake_id),
        eligibility=intakes.eligibility(services, user, intake_id),
    )


def open_or_resume(services: ServiceContext, user: User, clock: Clock, vin: str) -> IntakeView:
    """The open intake of this VIN, or a new one."""
    for hit in queries.search(services, user, vin=vin):
        if IntakeStatus(hit.status) in RESUMABLE:
            return load_view(services, user, hit.intake_id)
    intake_id = intakes.create_intake(services, user, clock, vehicle=Vehicle(vin=vin, powertrain=Powertrain.UNKNOWN))
    return load_view(services, user, intake_id)


def record_scan(
    services: ServiceContext, user: User, clock: Clock, intake_id: str, *, payload: str, symbology: str = ""
) -> tuple[ScanOutcome, IntakeView]:
    outcome = packs.record_scan(services, user, clock, intake_id, payload=payload, symbology=symbology)
    return outcome, load_view(services, user, intake_id)


def submit(services: ServiceContext, user: User, clock: Clock, intake_id: str) -> IntakeView:
    intakes.submit_for_review(services, user, clock, intake_id)
    return load_view(services, user, intake_id)


def issue_from_station(services: ServiceContext, user: User, clock: Clock, intake_id: str) -> tuple[str, IntakeView]:
    """A supervisor at the station: submit, approve and issue in one go (each step its own audited transaction)."""
    status = intakes.get_intake(services, user, intake_id).status
    if status is IntakeStatus.OPEN:
        intakes.submit_for_review(services, user, clock, intake_id)
        status = IntakeStatus.SUBMITTED
    if status is IntakeStatus.SUBMITTED:
        intakes.approve(services, user, clock, intake_id)
    record = certificates.issue_certificate(services, user, clock, intake_id)
    return record.number, load_view(services, user, intake_id)
