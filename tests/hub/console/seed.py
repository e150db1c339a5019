"""Two yards' worth of history sent to a real head office through the real ingest path (signed batches over HTTP,
a photo uploaded in chunks): intakes, pairings, a triage, a passport, a certificate, handovers to a listed and to an
unlisted receiver, an upload recorded, and one pack claimed by two yards. Dated relative to today, so the deadlines
and activity pages have something due, something overdue and something from today."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from PIL import Image

from dismantler_app.hub.database import connect
from dismantler_app.hub.reference import add_receiver
from dismantler_app.sync.events import LOCAL_LINK_MADE, EventType
from tests.hub.servers import enrolment_token
from tests.hub.yard_double import YardDouble

LISTED = "91310000MA1FL0000X"
UNLISTED = "91110000600037341L"
VIN_NORTH = "LSVAU2180N2183456"
VIN_SOUTH = "LFV2A21K8N3012345"
PACK = "03HPB0DA0001EBC8K0000001"
CONFLICT_PACK = "03HPB0DA0001EBC8K0000777"
PASSPORT = "https://id.example.com/01/09506000134352/21/PACK0001"
CERTIFICATE = "BJ2026-000123"
OWNER = "张三"


@dataclass(frozen=True)
class Seeded:
    north: YardDouble
    south: YardDouble
    photo_sha256: str


def _photo() -> bytes:
    image = Image.new("RGB", (96, 64), (40, 110, 180))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def seed_history(hub_url: str, dsn: str) -> Seeded:
    with connect(dsn, autocommit=True) as conn:
        add_receiver(conn, uscc=LISTED, name="上海回收利用有限公司", category="comprehensive_utilisation")
    north = YardDouble(hub_url, enrolment_token(dsn, "北区拆解厂"))
    south = YardDouble(hub_url, enrolment_token(dsn, "South Yard"))
    now = datetime.now(UTC).replace(microsecond=0)
    north.clock.current = now - timedelta(days=40)
    photo = _photo()
    sha = hashlib.sha256(photo).hexdigest()

    north.record(EventType.INTAKE_CREATED, {"entity_id": "n1", "vehicle": {"vin": VIN_NORTH, "plate": "沪A12345"},
                                            "owner_name": OWNER, "owner_phone": "13800000000"})  # fmt: skip
    north.record(EventType.PACK_SCANNED, {"entity_id": "s1", "intake_id": "n1", "vin": VIN_NORTH, "code": PACK,
                                          "result": LOCAL_LINK_MADE})  # fmt: skip
    north.record("pack.passport_recorded", {"entity_id": "s1", "intake_id": "n1", "pack_code": PACK,
                                            "passport_id": PASSPORT})  # fmt: skip
    north.record("pack.triaged", {"entity_id": "t1", "intake_id": "n1", "pack_code": PACK, "outcome": "intact"})
    north.record("photo.added", {"entity_id": f"n1:{sha}", "intake_id": "n1", "sha256": sha, "kind": "pack",
                                 "pack_code": PACK})  # fmt: skip
    north.record(EventType.PACK_SCANNED, {"entity_id": "s2", "intake_id": "n1", "vin": VIN_NORTH,
                                          "code": CONFLICT_PACK, "result": LOCAL_LINK_MADE})  # fmt: skip
    north.record("intake.certified", {"entity_id": "n1"})
    issued = (now - timedelta(days=40)).isoformat()
    north.record(EventType.CERTIFICATE_ISSUED, {"entity_id": CERTIFICATE, "number": CERTIFICATE, "intake_id": "n1",
                                                "vin": VIN_NORTH, "issued_at": issued})  # fmt: skip
    north.record(EventType.PACK_HANDED_OVER, {"entity_id": "h1", "intake_id": "n1", "pack_code": PACK,
        "receiver_name": "上海回收利用有限公司", "receiver_uscc": LISTED, "receiver_duns": "",
        "handed_over_on": (now - timedelta(days=40)).date().isoformat(), "white_list": "listed"})  # fmt: skip
    north.record(EventType.PACK_UNLINKED, {"entity_id": "u1", "intake_id": "n1", "code": PACK, "reason": "handed_over"})
    north.record("report.recorded", {"entity_id": "r1", "kind": "pack_outbound", "subject": "h1",
                                     "reported_on": (now - timedelta(days=39)).date().isoformat()})  # fmt: skip
    north.clock.current = now  # events dated 40 days ago, sent today (signed requests carry today's time)
    for batch in north.batches():
        north.push(batch)
    assert north.client.upload_photo(north.key, north.site_id, sha256=sha, data=photo)

    south.clock.current = now
    south.record(EventType.INTAKE_CREATED, {"entity_id": "s-i1", "vehicle": {"vin": VIN_SOUTH}})
    south.record(EventType.PACK_SCANNED, {"entity_id": "s-s1", "intake_id": "s-i1", "vin": VIN_SOUTH,
                                          "code": CONFLICT_PACK, "result": LOCAL_LINK_MADE})  # fmt: skip
    south.record(EventType.PACK_HANDED_OVER, {"entity_id": "s-h1", "intake_id": "s-i1", "pack_code": "X" * 24,
        "receiver_name": "北京梯次利用有限公司", "receiver_uscc": UNLISTED, "receiver_duns": "",
        "handed_over_on": now.date().isoformat(), "white_list": "not_listed"})  # fmt: skip
    south.record(EventType.CERTIFICATE_ISSUED, {"entity_id": "SH-1", "number": "SH-1", "intake_id": "s-i1",
                                                "vin": VIN_SOUTH, "issued_at": now.isoformat()})  # fmt: skip
    for batch in south.batches():
        south.push(batch)
    return Seeded(north=north, south=south, photo_sha256=sha)


def today_utc() -> date:
    return datetime.now(UTC).date()
