"""Head office refuses, per event, a handover to a receiver that is not on its white list (real PostgreSQL)."""

from __future__ import annotations

from dismantler_app.hub.database import connect
from dismantler_app.hub.reference import add_receiver, remove_receiver
from dismantler_app.sync.events import EventType
from tests.hub.servers import enrolment_token
from tests.hub.yard_double import YardDouble

LISTED = "91310000MA1FL0000X"
UNLISTED = "91110000600037341L"


def _yard(hub, hub_db) -> YardDouble:
    return YardDouble(hub.url, enrolment_token(hub_db[0], "North"))


def _handover(yard: YardDouble, n: int, uscc: str, name: str) -> None:
    yard.record(
        EventType.PACK_HANDED_OVER,
        {
            "entity_id": f"h{n}",
            "intake_id": "i1",
            "pack_code": f"{n:024d}",
            "receiver_name": name,
            "receiver_uscc": uscc,
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
