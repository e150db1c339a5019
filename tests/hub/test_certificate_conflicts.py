"""A certificate number names one vehicle at head office (real PostgreSQL, real HTTP): the first certificate under a
number is held, the same one again is nothing new, a different one from any yard is refused, recorded and counted,
and voiding the refused one never voids the one held."""

from __future__ import annotations

from dismantler_app.hub.admin import admin_page, metrics_text
from dismantler_app.hub.database import connect
from dismantler_app.sync.events import EventType
from tests.hub.servers import enrolment_token
from tests.hub.yard_double import YardDouble
from tests.sync.yards import hub_rows

NUMBER = "SH01-2026-000575"  # the old form, as two copies of one database both printed it


def _issued(yard: YardDouble, *, intake: str, vin: str, digest: str = "") -> None:
    payload = {"entity_id": NUMBER, "number": NUMBER, "intake_id": intake, "vin": vin, "pack_codes": []}
    if digest:
        payload["content_digest"] = digest
    yard.record(EventType.CERTIFICATE_ISSUED, payload)


def _push(yard: YardDouble, index: int = 0) -> list[dict]:
    """Pushes the yard's ``index``-th batch of three events; returns the rejections."""
    return yard.push(yard.batches(max_events=3)[index])["rejections"]


def test_a_second_vehicle_under_a_held_number_is_refused_from_any_yard_and_listed(hub, hub_db):
    dsn = hub_db[0]
    north = YardDouble(hub.url, enrolment_token(dsn, "North"))
    _issued(north, intake="i1", vin="LFV2A21K4G4000001", digest="A" * 32)
    _issued(north, intake="i1", vin="LFV2A21K4G4000001", digest="A" * 32)  # the same certificate again
    _issued(north, intake="i1", vin="LFV2A21K4G4000001")  # and as a yard before this version sends it
    assert _push(north) == []

    rebuilt = YardDouble(hub.url, enrolment_token(dsn, "North (set up again)"))  # a new site, the same yard code
    _issued(rebuilt, intake="j1", vin="LFV2A21K4G4000002")
    [refused] = _push(rebuilt)
    assert refused["code"] == "certificate_number_taken"
    assert NUMBER in refused["detail"] and "LFV2A21K4G4000001" in refused["detail"]
    assert refused["other_vin"] == "LFV2A21K4G4000001" and refused["other_yard"] == "North"

    # the same intake and VIN under other signed content is another certificate too
    _issued(north, intake="i1", vin="LFV2A21K4G4000001", digest="B" * 32)
    _issued(north, intake="i1", vin="LFV2A21K4G4000001", digest="A" * 32)
    _issued(north, intake="i1", vin="LFV2A21K4G4000001", digest="A" * 32)
    assert [r["code"] for r in _push(north, 1)] == ["certificate_number_taken"]

    held = hub_rows(dsn, "SELECT site_id, vin, state FROM certificates WHERE number = %s", [NUMBER])
    assert held == [{"site_id": north.site_id, "vin": "LFV2A21K4G4000001", "state": "issued"}]
    conflicts = hub_rows(dsn, "SELECT site_id, vin FROM certificate_conflicts ORDER BY id")
    assert conflicts == [
        {"site_id": rebuilt.site_id, "vin": "LFV2A21K4G4000002"},
        {"site_id": north.site_id, "vin": "LFV2A21K4G4000001"},
    ]
    with connect(dsn, autocommit=True) as conn:
        assert "hub_certificate_conflicts 2" in metrics_text(conn, {})
        page = admin_page(conn, user="staff", csrf_token="token")
    assert NUMBER in page and "LFV2A21K4G4000002" in page and "North (set up again)" in page


def test_voiding_the_refused_duplicate_leaves_the_held_certificate_issued(hub, hub_db):
    dsn = hub_db[0]
    yard = YardDouble(hub.url, enrolment_token(dsn, "North"))
    _issued(yard, intake="i1", vin="LFV2A21K4G4000001")
    _issued(yard, intake="i2", vin="LFV2A21K4G4000002")  # the duplicate: refused
    yard.record(EventType.CERTIFICATE_VOIDED, {"entity_id": NUMBER, "reason": "number taken", "intake_id": "i2"})
    assert [r["code"] for r in _push(yard)] == ["certificate_number_taken"]
    held = hub_rows(dsn, "SELECT intake_id, state FROM certificates WHERE number = %s", [NUMBER])
    assert held == [{"intake_id": "i1", "state": "issued"}]
    # a void naming the held intake (or none, as yards before this version send it) still voids it
    yard.record(EventType.CERTIFICATE_VOIDED, {"entity_id": NUMBER, "reason": "typo"})
    assert _push(yard, 1) == []
    assert hub_rows(dsn, "SELECT state FROM certificates WHERE number = %s", [NUMBER]) == [{"state": "voided"}]
