"""Head office over real HTTP and real PostgreSQL: ingest, idempotency, cursors, projections, refusals."""

from __future__ import annotations

import dataclasses

import httpx
import pytest

from dismantler_app.hub.database import connect
from dismantler_app.sync.client import HubRefused
from dismantler_app.sync.events import EventType
from tests.hub.servers import enrolment_token
from tests.hub.staff import add_staff, metrics_token, signed_in
from tests.hub.yard_double import YardDouble

VIN_A = "LSVAU2180N2183294"
VIN_B = "LFV2A21K5N3012345"
PACK = "001PEB0ABCD1234G1A0000001"[:24]


def _yard(hub, hub_db, name: str = "North") -> YardDouble:
    return YardDouble(hub.url, enrolment_token(hub_db[0], name))


def _rows(dsn: str, sql: str, params=()) -> list[dict]:
    with connect(dsn, autocommit=True) as conn:
        return [dict(r) for r in conn.execute(sql, params).fetchall()]


def _intake(yard: YardDouble, intake: str, vin: str, pack: str) -> None:
    tx = f"tx-{intake}"
    yard.record(
        EventType.INTAKE_CREATED,
        {
            "entity_id": intake,
            "vehicle": {"vin": vin, "powertrain": "bev"},
            "owner_name": "张三",
            "owner_id_number": "110101",
        },
        tx_id=tx,
    )
    yard.record(
        EventType.PACK_SCANNED,
        {"entity_id": f"scan-{intake}", "intake_id": intake, "vin": vin, "code": pack, "result": "pack_recorded"},
        tx_id=tx,
    )


def test_a_batch_is_held_once_and_projected(hub, hub_db):
    yard = _yard(hub, hub_db)
    _intake(yard, "i1", VIN_A, PACK)
    (batch,) = yard.batches()
    answer = yard.push(batch)
    assert answer["cursor"] == 2 and answer["rejections"] == []
    again = yard.push(batch)  # a retry after a lost answer
    assert again["cursor"] == 2
    assert _rows(hub_db[0], "SELECT count(*) AS n FROM events")[0]["n"] == 2
    link = _rows(hub_db[0], "SELECT code, vin FROM pack_links WHERE NOT unlinked")
    assert link == [{"code": PACK, "vin": VIN_A}]
    owner = _rows(hub_db[0], "SELECT data FROM owners")[0]["data"]
    assert owner == {"owner_name": "张三", "owner_id_number": "110101"}


def test_owner_data_travels_sealed(hub, hub_db):
    yard = _yard(hub, hub_db)
    _intake(yard, "i1", VIN_A, PACK)
    body = yard.body(yard.batches()[0])
    text = str(body["events"])
    assert "张三" not in text and "110101" not in text
    assert "sealed_personal" in body["events"][0]["payload"]


def test_the_cursor_only_moves_over_contiguous_sequences(hub, hub_db):
    yard = _yard(hub, hub_db)
    for n in range(6):
        yard.record(EventType.PACK_SCANNED, {"intake_id": f"i{n}", "code": f"{n:024d}"})
    first, second, third = yard.batches(max_events=2)
    assert yard.push(third)["cursor"] == 0
    assert yard.push(first)["cursor"] == 2
    assert _rows(hub_db[0], "SELECT count(*) AS n FROM packs")[0]["n"] == 2  # the held batch is not projected yet
    assert yard.push(second)["cursor"] == 6
    assert _rows(hub_db[0], "SELECT count(*) AS n FROM packs")[0]["n"] == 6


def test_a_pack_active_in_another_yard_is_rejected_naming_yard_and_vehicle(hub, hub_db):
    north, south = _yard(hub, hub_db, "North"), _yard(hub, hub_db, "South")
    _intake(north, "n1", VIN_A, PACK)
    _intake(south, "s1", VIN_B, PACK)
    assert north.push(north.batches()[0])["rejections"] == []
    answer = south.push(south.batches()[0])
    assert answer["cursor"] == 2  # a rejection never blocks the queue
    (rejection,) = answer["rejections"]
    assert rejection["code"] == "pack_linked_elsewhere"
    assert rejection["other_yard"] == "North" and rejection["other_vin"] == VIN_A
    assert rejection["sequence"] == 2
    active = _rows(hub_db[0], "SELECT site_id FROM pack_links WHERE code = %s AND NOT unlinked", [PACK])
    assert active == [{"site_id": north.site_id}]


def test_an_altered_event_is_refused(hub, hub_db):
    yard = _yard(hub, hub_db)
    yard.record(EventType.PACK_SCANNED, {"intake_id": "i1", "code": PACK})
    body = yard.body(yard.batches()[0])
    body["events"][0]["payload"]["code"] = "X" * 24
    with pytest.raises(HubRefused) as refused:
        yard.client.push_batch(body)
    assert refused.value.code == "altered"


def test_an_unsigned_batch_is_refused(hub, hub_db):
    yard = _yard(hub, hub_db)
    yard.record(EventType.PACK_SCANNED, {"intake_id": "i1", "code": PACK})
    body = yard.body(yard.batches()[0])
    body["signature"] = ""
    with pytest.raises(HubRefused) as refused:
        yard.client.push_batch(body)
    assert refused.value.status == 401 and refused.value.code == "unsigned"


def test_a_yard_cannot_write_another_yards_data(hub, hub_db):
    north, south = _yard(hub, hub_db, "North"), _yard(hub, hub_db, "South")
    south.site_id = north.site_id  # south signs with its own key but claims north's site
    south.record(EventType.PACK_SCANNED, {"intake_id": "i1", "code": PACK})
    with pytest.raises(HubRefused) as refused:
        south.push(south.batches()[0])
    assert refused.value.code == "bad_signature"
    assert _rows(hub_db[0], "SELECT count(*) AS n FROM events")[0]["n"] == 0


def test_the_same_event_id_with_another_hash_is_rejected_as_tampering(hub, hub_db):
    yard = _yard(hub, hub_db)
    original = yard.record(EventType.PACK_SCANNED, {"intake_id": "i1", "code": PACK})
    yard.push(yard.batches()[0])
    yard.events[0] = dataclasses.replace(original, payload={"intake_id": "i1", "code": "Y" * 24})
    answer = yard.push(yard.batches()[0])
    assert [r["code"] for r in answer["rejections"]] == ["tampered"]
    held = _rows(hub_db[0], "SELECT payload FROM events")
    assert held == [{"payload": {"intake_id": "i1", "code": PACK}}]


def test_enrolment_tokens_work_once(hub, hub_db):
    token = enrolment_token(hub_db[0], "North")
    YardDouble(hub.url, token)
    with pytest.raises(HubRefused) as refused:
        YardDouble(hub.url, token)
    assert refused.value.code == "enrolment_refused"


def test_health_metrics_admin_and_openapi_answer(hub, hub_db):
    yard = _yard(hub, hub_db, "North <script>")
    _intake(yard, "i1", VIN_A, PACK)
    yard.push(yard.batches()[0])
    assert httpx.get(hub.url + "/health").json() == {"status": "ok"}
    token = metrics_token(hub_db[0])
    metrics = httpx.get(hub.url + "/metrics", headers={"Authorization": f"Bearer {token}"}).text
    assert "hub_events 2" in metrics and "hub_batches_ingested_total 1" in metrics
    add_staff(hub_db[0])
    with signed_in(hub.url) as browser:
        page = browser.get("/admin").text
    assert "North &lt;script&gt;" in page and "<script>" not in page
    spec = httpx.get(hub.url + "/openapi.json").json()
    assert {"/v1/batches", "/v1/enrol", "/v1/state", "/v1/reference"} <= set(spec["paths"])
