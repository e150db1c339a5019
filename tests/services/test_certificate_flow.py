"""The intake from gate to certificate through the services, with the rule computed in the issuing transaction."""

from __future__ import annotations

import json
import re

import pytest

from dismantler_app.domain.eligibility import BlockCode
from dismantler_app.services import certificates, intakes, packs
from dismantler_app.services.errors import CertificateRefused, InvalidState, PermissionDenied
from dismantler_app.services.packs import ScanResult
from dismantler_app.storage.outbox import list_events
from tests.services.yard_setup import (
    Yard,
    add_required_photos,
    bev,
    complete_documents,
    measured,
    number_parts,
    pack_code,
)


def _approved_intake(yard: Yard, serial: int, *, registered: list[str], scanned: list[str]) -> str:
    op, sup, clock, ctx = yard.operator, yard.supervisor, yard.clock, yard.ctx
    intake = intakes.create_intake(ctx, op, clock, vehicle=bev(serial), documents=complete_documents())
    packs.load_registered_packs(ctx, sup, clock, intake, codes=registered)
    for code in scanned:
        packs.record_scan(ctx, op, clock, intake, payload=code, symbology="datamatrix")
        packs.triage_pack(ctx, op, clock, intake, triage=measured(code))
    add_required_photos(ctx, op, clock, intake)
    intakes.submit_for_review(ctx, op, clock, intake)
    intakes.approve(ctx, sup, clock, intake)
    return intake


def test_certificate_is_issued_with_the_first_number_of_the_year_when_every_pack_is_scanned(yard: Yard) -> None:
    intake = _approved_intake(yard, 1, registered=[pack_code(1)], scanned=[pack_code(1)])

    record = certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, intake)

    assert number_parts(record.number) == ("SH01", 2026, 1)
    assert intakes.get_intake(yard.ctx, yard.operator, intake).status.value == "certified"


def test_certificate_is_refused_when_a_pack_goes_missing_after_approval(yard: Yard) -> None:
    intake = _approved_intake(yard, 2, registered=[pack_code(2), pack_code(3)], scanned=[pack_code(2), pack_code(3)])
    # the supervisor finds pack 3 was never in this vehicle and takes it off the approved intake
    packs.unlink_pack(yard.ctx, yard.supervisor, yard.clock, intake, code=pack_code(3), reason="label of another car")

    with pytest.raises(CertificateRefused) as refused:
        certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, intake)

    assert BlockCode.PACK_MISSING in {r.code for r in refused.value.reasons}
    missing = [r for r in refused.value.reasons if r.code is BlockCode.PACK_MISSING]
    assert pack_code(3) in str(missing[0].data)


def test_an_operator_cannot_issue_a_certificate_even_calling_the_service_directly(yard: Yard) -> None:
    intake = _approved_intake(yard, 4, registered=[pack_code(4)], scanned=[pack_code(4)])

    with pytest.raises(PermissionDenied):
        certificates.issue_certificate(yard.ctx, yard.operator, yard.clock, intake)


def test_a_pack_linked_to_another_vehicle_is_reported_and_not_relinked(yard: Yard) -> None:
    first = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(10))
    second = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(11))
    packs.record_scan(yard.ctx, yard.operator, yard.clock, first, payload=pack_code(10))

    outcome = packs.record_scan(yard.ctx, yard.operator, yard.clock, second, payload=f"]d2{pack_code(10)}\r\n")

    # a stray read: where it belongs is said, and nothing is written on the second intake
    assert outcome.result is ScanResult.PACK_BELONGS_ELSEWHERE
    assert (outcome.other_intake_id, outcome.other_vin) == (first, bev(10).vin)
    assert intakes.intake_facts(yard.ctx, yard.operator, second).scanned == ()

    # the operator states it is in this vehicle: kept as evidence, the link stays with the first vehicle
    outcome = packs.record_scan(
        yard.ctx,
        yard.operator,
        yard.clock,
        second,
        payload=pack_code(10),
        deliberate=True,
        reason="label read on the pack in this vehicle",
    )
    assert outcome.result is ScanResult.PACK_LINKED_ELSEWHERE
    assert outcome.other_vin == bev(10).vin
    facts = intakes.intake_facts(yard.ctx, yard.operator, second)
    assert [link.code for link in facts.links_elsewhere] == [pack_code(10)]


def test_voiding_needs_a_reason_and_the_next_certificate_takes_the_next_number(yard: Yard) -> None:
    intake = _approved_intake(yard, 5, registered=[pack_code(5)], scanned=[pack_code(5)])
    first = certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, intake)

    certificates.void_certificate(yard.ctx, yard.supervisor, yard.clock, first.number, reason="wrong plate")
    second = certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, intake)

    assert number_parts(second.number) == ("SH01", 2026, 2)
    with pytest.raises(InvalidState):
        certificates.void_certificate(yard.ctx, yard.supervisor, yard.clock, first.number, reason="again")


def test_the_series_is_drawn_once_and_the_events_carry_what_head_office_compares(yard: Yard) -> None:
    first = _approved_intake(yard, 11, registered=[pack_code(11)], scanned=[pack_code(11)])
    second = _approved_intake(yard, 12, registered=[pack_code(12)], scanned=[pack_code(12)])
    a = certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, first)
    b = certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, second)
    assert a.number.split("-")[1] == b.number.split("-")[1]  # one series for this database
    assert [number_parts(n)[2] for n in (a.number, b.number)] == [1, 2]
    certificates.void_certificate(yard.ctx, yard.supervisor, yard.clock, a.number, reason="VIN typo")

    with yard.store.read() as session:
        events = {(e.type, e.payload.get("entity_id")): e.payload for e in list_events(session)}
    issued = events[("certificate.issued", a.number)]
    snapshot = json.loads(certificates.get_certificate(yard.ctx, yard.supervisor, a.number).document_json or "{}")
    # the digest of the frozen content, as its signed statement carries it
    assert issued["content_digest"] == snapshot["statement"].rsplit("/", 1)[1]
    assert re.fullmatch(r"[A-Z2-7]{32}", issued["content_digest"])
    assert events[("certificate.issued", b.number)]["content_digest"] != issued["content_digest"]
    assert events[("certificate.voided", a.number)]["intake_id"] == first
