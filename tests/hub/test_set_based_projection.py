"""A batch is projected per event type (``hub/projections/dispatch.py``) yet ends exactly as if its events had been
folded one at a time in sequence order: the same pack twice, a conflict inside one batch, releases and relinks,
statuses and VIN changes in any order. Real PostgreSQL; end to end over HTTP for the named cases, and against the
one-event-at-a-time fold for generated batches."""

from __future__ import annotations

import dataclasses
import uuid
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dismantler_app.hub.database import connect
from dismantler_app.hub.projections import StoredEvent, project_events
from dismantler_app.hub.projections.dispatch import segments
from dismantler_app.hub.reference import add_receiver
from dismantler_app.sync.events import EventType
from tests.hub.servers import enrolment_token, new_hub_database
from tests.hub.yard_double import YardDouble
from tests.sync.yards import hub_rows

LISTED, UNLISTED = "91310000MA1FL0000X", "91110000600037341L"


def _scan(yard: YardDouble, scan: str, intake: str, vin: str, code: str) -> None:
    payload = {"entity_id": scan, "intake_id": intake, "vin": vin, "code": code, "result": "pack_recorded"}
    yard.record(EventType.PACK_SCANNED, payload)


def _push_all(yard: YardDouble) -> list[dict]:
    (batch,) = yard.batches()
    return yard.push(batch)["rejections"]


def test_the_same_pack_twice_in_one_batch_links_once_and_refuses_the_second(hub, hub_db):
    yard = YardDouble(hub.url, enrolment_token(hub_db[0], "North"))
    _scan(yard, "s1", "i1", "LSVAU2180N2183294", "P1")
    _scan(yard, "s1", "i1", "LSVAU2180N2183294", "P1")  # the same scan sent twice (another event id)
    _scan(yard, "s2", "i2", "LFV2A21K5N3012345", "P1")  # the pack on a second vehicle
    rejections = _push_all(yard)
    assert [(r["sequence"], r["code"], r["other_vin"]) for r in rejections] == [
        (3, "pack_linked_elsewhere", "LSVAU2180N2183294")
    ]
    links = hub_rows(hub_db[0], "SELECT link_id, vin FROM pack_links WHERE code = 'P1' AND NOT unlinked")
    assert links == [{"link_id": "s1", "vin": "LSVAU2180N2183294"}]


def test_a_certificate_number_conflict_inside_one_batch_holds_the_first(hub, hub_db):
    yard = YardDouble(hub.url, enrolment_token(hub_db[0], "North"))
    for intake, vin in (("i1", "LFV2A21K4G4000001"), ("i2", "LFV2A21K4G4000002"), ("i1", "LFV2A21K4G4000001")):
        payload = {"entity_id": "N-1", "number": "N-1", "intake_id": intake, "vin": vin, "pack_codes": []}
        yard.record(EventType.CERTIFICATE_ISSUED, payload)
    yard.record(EventType.CERTIFICATE_VOIDED, {"entity_id": "N-1", "intake_id": "i2", "reason": "duplicate"})
    rejections = _push_all(yard)
    assert [(r["sequence"], r["code"], r["other_vin"]) for r in rejections] == [
        (2, "certificate_number_taken", "LFV2A21K4G4000001")
    ]
    held = hub_rows(hub_db[0], "SELECT intake_id, vin, state FROM certificates WHERE number = 'N-1'")
    assert held == [{"intake_id": "i1", "vin": "LFV2A21K4G4000001", "state": "issued"}]
    conflicts = hub_rows(hub_db[0], "SELECT vin, sequence FROM certificate_conflicts")
    assert conflicts == [{"vin": "LFV2A21K4G4000002", "sequence": 2}]


def test_order_dependent_events_in_one_batch_keep_the_yards_order(hub, hub_db):
    yard = YardDouble(hub.url, enrolment_token(hub_db[0], "North"))
    yard.record("intake.submitted", {"entity_id": "i1"})  # before the vehicle exists: changes nothing
    yard.record(EventType.INTAKE_CREATED, {"entity_id": "i1", "vehicle": {"vin": "LSVAU2180N2183294"}})
    _scan(yard, "s1", "i1", "LSVAU2180N2183294", "P1")
    yard.record(EventType.INTAKE_VEHICLE_UPDATED, {"entity_id": "i1", "vin": "LSVAU2180N2183295"})
    yard.record(EventType.PACK_UNLINKED, {"intake_id": "i1", "code": "P1", "reason": "scan_withdrawn"})
    _scan(yard, "s2", "i2", "LFV2A21K5N3012345", "P1")  # released above, so free for another vehicle
    yard.record("intake.approved", {"entity_id": "i1"})
    yard.record("intake.certified", {"entity_id": "i1"})
    assert _push_all(yard) == []
    dsn = hub_db[0]
    links = hub_rows(dsn, "SELECT link_id, vin, unlinked FROM pack_links WHERE code = 'P1' ORDER BY link_id")
    assert links == [
        {"link_id": "s1", "vin": "LSVAU2180N2183295", "unlinked": True},
        {"link_id": "s2", "vin": "LFV2A21K5N3012345", "unlinked": False},
    ]
    assert hub_rows(dsn, "SELECT vin, status FROM vehicles") == [{"vin": "LSVAU2180N2183295", "status": "certified"}]


def test_an_ordinary_batch_is_one_segment_and_a_relink_starts_another():
    def event(n: int, event_type: str, payload: dict) -> StoredEvent:
        return StoredEvent("site", "epoch", n, f"e{n}", event_type, payload)

    vehicle = [
        event(1, EventType.INTAKE_CREATED, {"entity_id": "i1", "vehicle": {"vin": "V1"}}),
        event(2, EventType.PACK_SCANNED, {"entity_id": "s1", "intake_id": "i1", "vin": "V1", "code": "P1"}),
        event(3, "intake.certified", {"entity_id": "i1"}),
        event(4, EventType.CERTIFICATE_ISSUED, {"number": "N1", "intake_id": "i1", "vin": "V1"}),
        event(5, EventType.PACK_HANDED_OVER, {"entity_id": "h1", "receiver_uscc": LISTED}),
        event(6, EventType.PACK_UNLINKED, {"intake_id": "i1", "code": "P1"}),
        event(7, "report.recorded", {"subject": "N1"}),
    ]
    assert [len(s) for s in segments(vehicle)] == [6]
    relink = event(8, EventType.PACK_SCANNED, {"entity_id": "s2", "intake_id": "i2", "vin": "V2", "code": "P1"})
    assert [len(s) for s in segments([*vehicle, relink])] == [6, 1]


# Generated batches: one batch folded by type groups must equal the same events folded one at a time.

_MALFORMED = ["intake.created", "pack.scanned", "certificate.issued"]
_INTAKES, _PACKS, _NUMBERS, _VINS = ["i1", "i2", "i3"], ["P1", "P2"], ["N1", "N2"], ["V1", "V2", "V3"]
_step = st.one_of(
    st.tuples(st.just("created"), st.sampled_from(_INTAKES), st.sampled_from(_VINS), st.sampled_from(["a", "b"])),
    st.tuples(st.just("updated"), st.sampled_from(_INTAKES), st.sampled_from(_VINS), st.sampled_from(["a", "b"])),
    st.tuples(st.just("documents"), st.sampled_from(_INTAKES), st.sampled_from(["p1", "p2"]), st.just("")),
    st.tuples(st.just("status"), st.sampled_from(_INTAKES), st.sampled_from(["submitted", "certified"]), st.just("")),
    st.tuples(st.just("scanned"), st.sampled_from(_INTAKES), st.sampled_from(_PACKS), st.sampled_from(_VINS)),
    st.tuples(st.just("evidence"), st.sampled_from(_INTAKES), st.sampled_from(_PACKS), st.just("")),
    st.tuples(st.just("unlinked"), st.sampled_from(_INTAKES), st.sampled_from(_PACKS), st.just("")),
    st.tuples(st.just("unlink_by_link"), st.integers(0, 6), st.just(""), st.just("")),
    st.tuples(st.just("handed_over"), st.sampled_from([LISTED, UNLISTED, ""]), st.just(""), st.just("")),
    st.tuples(st.just("issued"), st.sampled_from(_NUMBERS), st.sampled_from(_INTAKES), st.sampled_from(_VINS)),
    st.tuples(st.just("voided"), st.sampled_from(_NUMBERS), st.sampled_from(["", "i1", "i2"]), st.just("")),
    st.tuples(st.just("malformed"), st.sampled_from(_MALFORMED), st.just(""), st.just("")),
)


def _events(site: str, prefix: str, steps: list[tuple]) -> list[StoredEvent]:
    events, n = [], count(1)

    def add(event_type: str, payload: dict) -> None:
        seq = next(n)
        events.append(StoredEvent(site, "epoch", seq, f"{prefix}e{seq}", event_type, payload, "2026-12-01T10:00:00"))

    for kind, a, b, c in steps:
        if kind == "created":
            add(EventType.INTAKE_CREATED, {"entity_id": prefix + a, "vehicle": {"vin": b, c: c}, "owner_name": c})
        elif kind == "updated":
            add(EventType.INTAKE_VEHICLE_UPDATED, {"entity_id": prefix + a, "vin": b, "colour": c})
        elif kind == "documents":
            add(EventType.INTAKE_DOCUMENTS_RECORDED, {"entity_id": prefix + a, "owner_phone": b})
        elif kind == "status":
            add(f"intake.{b}", {"entity_id": prefix + a})
        elif kind in ("scanned", "evidence"):
            payload = {"entity_id": f"{prefix}s{len(events)}", "intake_id": prefix + a, "code": prefix + b}
            if kind == "scanned":
                payload |= {"vin": c, "result": "pack_recorded"}
            add(EventType.PACK_SCANNED, payload)
        elif kind == "unlinked":
            add(EventType.PACK_UNLINKED, {"intake_id": prefix + a, "code": prefix + b})
        elif kind == "unlink_by_link":
            add(EventType.PACK_UNLINKED, {"link_id": f"{prefix}s{a}"})
        elif kind == "handed_over":
            add(EventType.PACK_HANDED_OVER, {"entity_id": f"h{len(events)}", "receiver_uscc": a})
        elif kind == "issued":
            payload = {"entity_id": prefix + a, "number": prefix + a, "intake_id": prefix + b, "vin": c}
            add(EventType.CERTIFICATE_ISSUED, payload)
        elif kind == "voided":
            add(EventType.CERTIFICATE_VOIDED, {"entity_id": prefix + a, "intake_id": prefix + b if b else ""})
        else:
            add(a, {"entity_id": prefix + "x"})
    return events


_STATE = [
    "SELECT intake_id, vin, facts, status FROM vehicles WHERE intake_id LIKE %(p)s ORDER BY 1",
    "SELECT intake_id, data FROM owners WHERE intake_id LIKE %(p)s ORDER BY 1",
    "SELECT code, first_site_id, first_intake_id FROM packs WHERE code LIKE %(p)s ORDER BY 1",
    "SELECT site_id, link_id, code, intake_id, vin, unlinked FROM pack_links WHERE code LIKE %(p)s ORDER BY 1, 2",
    "SELECT site_id, number, intake_id, vin, state, void_reason FROM certificates WHERE number LIKE %(p)s "
    "ORDER BY 1, 2",
    "SELECT number, held_vin, sequence, vin FROM certificate_conflicts WHERE number LIKE %(p)s ORDER BY sequence",
]


@pytest.fixture(scope="module")
def two_hubs():
    """Two databases alike: a batch folded by groups in one, one event at a time in the other."""
    databases = [new_hub_database()[0], new_hub_database()[0]]
    for dsn in databases:
        with connect(dsn, autocommit=True) as conn:
            for site in ("site", "other"):
                conn.execute("INSERT INTO yards (site_id, name, public_key) VALUES (%s, %s, %s)", [site, site, site])
            add_receiver(conn, uscc=LISTED, name="Listed", category="comprehensive_utilisation")
    return databases


def _fold(dsn: str, prefix: str, steps: list[tuple], *, one_at_a_time: bool) -> tuple[list, list]:
    # Another yard already holds P2 linked and N2 issued: refusals name it.
    setup = _events("other", prefix, [("scanned", "i9", "P2", "V9"), ("issued", "N2", "i9", "V9")])
    events = _events("site", prefix, steps)
    with connect(dsn) as conn:
        project_events(conn, setup)
        if one_at_a_time:
            rejections = [r for event in events for r in project_events(conn, [event])]
        else:
            rejections = project_events(conn, events)
        state = [[dict(row) for row in conn.execute(sql, {"p": prefix + "%"}).fetchall()] for sql in _STATE]
        conn.commit()
    return [(r.sequence, r.code, r.detail, r.other_vin) for r in rejections], state


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(_step, min_size=1, max_size=14))
def test_a_batch_folded_by_groups_equals_the_same_events_one_at_a_time(two_hubs, steps):
    prefix = uuid.uuid4().hex[:8] + "-"
    grouped = _fold(two_hubs[0], prefix, steps, one_at_a_time=False)
    sequential = _fold(two_hubs[1], prefix, steps, one_at_a_time=True)
    assert grouped == sequential


def test_an_event_id_resent_at_a_new_position_is_refused_and_the_rest_of_the_batch_held(hub, hub_db):
    yard = YardDouble(hub.url, enrolment_token(hub_db[0], "North"))
    first = yard.record(EventType.PACK_SCANNED, {"intake_id": "i1", "code": "P1"})
    yard.record(EventType.PACK_SCANNED, {"intake_id": "i2", "code": "P2"})
    again = yard.record(EventType.PACK_SCANNED, {"intake_id": "i3", "code": "P3"})
    yard.events[-1] = dataclasses.replace(again, event_id=first.event_id)
    one, two, three = yard.batches(max_events=1)
    yard.push(one)
    # Past every position held, so it goes by COPY, which meets the held id and falls back to naming it.
    answer = yard.push(three)
    assert [(r["sequence"], r["code"]) for r in answer["rejections"]] == [(3, "tampered")]
    assert "another position" in answer["rejections"][0]["detail"]
    assert yard.push(two)["cursor"] == 2
    held = hub_rows(hub_db[0], "SELECT sequence FROM events ORDER BY sequence")
    assert held == [{"sequence": 1}, {"sequence": 2}]
