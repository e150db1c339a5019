"""Head office refuses, per event, a handover to a receiver that is not on its white list (real PostgreSQL)."""

from __future__ import annotations

from dismantler_app.hub.database import connect
from dismantler_app.hub.reference import add_receiver, remove_receiver
from dismantler_app.sync.events import EventType
from tests.hub.servers import enrolment_token
from tests.hub.yard_double import YardDouble

LISTED = "91310000MA1FL0000X"
UNLISTED = "91110000600037341L"
LISTED_DUNS = "150483782"
UNLISTED_DUNS = "804735132"


def _yard(hub, hub_db) -> YardDouble:
    return YardDouble(hub.url, enrolment_token(hub_db[0], "North"))


def _handover(yard: YardDouble, n: int, uscc: str, name: str, *, duns: str = "") -> None:
    yard.record(
        EventType.PACK_HANDED_OVER,
        {
            "entity_id": f"h{n}",
            "intake_id": "i1",
            "pack_code": f"{n:024d}",
            "receiver_name": name,
            "receiver_uscc": uscc,
            "receiver_duns": duns,
            "handed_over_on": "2026-06-01",
            "white_list": "not_listed",
        },
    )


def _list_receivers(dsn: str) -> None:
    with connect(dsn, autocommit=True) as conn:
        add_receiver(conn, uscc=LISTED, name="上海回收利用有限公司", category="comprehensive_utilisation")
        add_receiver(conn, uscc=UNLISTED, name="北京梯次利用有限公司", category="cascade_use")
        remove_receiver(conn, uscc=UNLISTED)  # it was on the list once, and taken off


def test_a_handover_to_a_receiver_off_the_list_is_rejected_naming_it_and_the_batch_goes_on(hub, hub_db):
    _list_receivers(hub_db[0])
    yard = _yard(hub, hub_db)
    _handover(yard, 1, LISTED, "上海回收利用有限公司")
    _handover(yard, 2, UNLISTED, "北京梯次利用有限公司")
    _handover(yard, 3, LISTED, "上海回收利用有限公司")

    answer = yard.push(yard.batches()[0])

    assert answer["cursor"] == 3  # the rejection does not hold back the rest of the batch
    (rejection,) = answer["rejections"]
    assert rejection["code"] == "receiver_not_white_listed"
    assert rejection["sequence"] == 2
    assert UNLISTED in rejection["detail"] and "北京梯次利用有限公司" in rejection["detail"]


def test_no_handover_is_rejected_while_head_office_has_no_white_list(hub, hub_db):
    yard = _yard(hub, hub_db)
    _handover(yard, 1, UNLISTED, "北京梯次利用有限公司")
    answer = yard.push(yard.batches()[0])
    assert answer["cursor"] == 1 and answer["rejections"] == []


def test_a_handover_named_by_duns_is_checked_against_the_list_by_its_duns(hub, hub_db):
    _list_receivers(hub_db[0])
    with connect(hub_db[0], autocommit=True) as conn:
        add_receiver(conn, uscc=LISTED_DUNS, name="Recycling GmbH", category="comprehensive_utilisation")
    yard = _yard(hub, hub_db)
    _handover(yard, 1, "", "Recycling GmbH", duns=LISTED_DUNS)
    _handover(yard, 2, "", "Unknown Ltd", duns=UNLISTED_DUNS)

    answer = yard.push(yard.batches()[0])

    assert answer["cursor"] == 2
    (rejection,) = answer["rejections"]
    assert (rejection["sequence"], rejection["code"]) == (2, "receiver_not_white_listed")
    assert UNLISTED_DUNS in rejection["detail"] and "Unknown Ltd" in rejection["detail"]


def test_a_handover_naming_no_receiver_identifier_is_refused_as_malformed(hub, hub_db):
    _list_receivers(hub_db[0])
    yard = _yard(hub, hub_db)
    _handover(yard, 1, "", "Nobody", duns="  ")
    _handover(yard, 2, LISTED, "上海回收利用有限公司")

    answer = yard.push(yard.batches()[0])

    assert answer["cursor"] == 2
    (rejection,) = answer["rejections"]
    assert (rejection["sequence"], rejection["code"]) == (1, "malformed_payload")
    assert "receiver_uscc" in rejection["detail"] and "receiver_duns" in rejection["detail"]
