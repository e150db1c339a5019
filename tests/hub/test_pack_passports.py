"""Head office keeps the battery passport id a yard recorded on a pack (hub/passports.py, migration 0007) on the real
PostgreSQL hub, through the real ingest path: the console's search finds the pack by its passport id however the
label's URL was written, with every intake that read the pack by its code only; an unreadable id changes nothing;
what an earlier head office held is carried over by the migration."""

from __future__ import annotations

from dismantler_app.hub.database import apply_migrations, connect, migration_scripts
from dismantler_app.sync.events import LOCAL_LINK_MADE, EventType
from tests.hub.servers import enrolment_token
from tests.hub.staff import add_staff, signed_in
from tests.hub.yard_double import YardDouble

PACK = "03HPB0DA0001EBC8K0000042"
LABEL = "https://dpp.maker.example/p/01/09506000134352/21/SN0042?17=351231"
PASSPORT = "https://id.gs1.org/01/09506000134352/21/SN0042"
ONLY_PASSPORT = "CX:BAT-P60:0a1b2c3d"
VIN_A, VIN_B = "WVWZZZ1KZ8W000001", "WVWZZZ1KZ8W000002"


def _intake(yard: YardDouble, intake: str, vin: str, code: str, scan: str) -> None:
    yard.record(EventType.INTAKE_CREATED, {"entity_id": intake, "vehicle": {"vin": vin}})
    yard.record(EventType.PACK_SCANNED, {"entity_id": scan, "intake_id": intake, "vin": vin, "code": code,
                                         "result": LOCAL_LINK_MADE})  # fmt: skip


def _passport(yard: YardDouble, intake: str, code: str, passport: str) -> None:
    yard.record("pack.passport_recorded", {"entity_id": f"{intake}:{code}", "intake_id": intake, "pack_code": code,
                                           "passport_id": passport})  # fmt: skip


def _push(yard: YardDouble) -> dict:
    answers = [yard.push(batch) for batch in yard.batches()]
    return answers[-1]


def _passport_of(dsn: str, code: str) -> str | None:
    with connect(dsn) as conn:
        row = conn.execute("SELECT passport_id FROM packs WHERE code = %s", [code]).fetchone()
    return row["passport_id"] if row else None


def test_a_pack_is_found_by_its_passport_id_across_yards_however_the_url_was_written(hub, hub_db) -> None:
    dsn = hub_db[0]
    west = YardDouble(hub.url, enrolment_token(dsn, "West"))
    east = YardDouble(hub.url, enrolment_token(dsn, "East"))
    _intake(west, "w1", VIN_A, PACK, "ws1")
    _passport(west, "w1", PACK, LABEL)  # a label's URL: head office keeps the canonical id
    west.record(EventType.PACK_UNLINKED, {"entity_id": "wu1", "intake_id": "w1", "code": PACK, "reason": "handed_over"})
    _intake(west, "w2", VIN_B, ONLY_PASSPORT, "ws2")  # an EU pack known by its passport alone
    _passport(west, "w2", ONLY_PASSPORT, ONLY_PASSPORT)
    assert _push(west)["rejections"] == []
    _intake(east, "e1", "WVWZZZ1KZ8W000003", PACK, "es1")  # read by its GB/T 34014 code only
    assert _push(east)["rejections"] == []

    assert _passport_of(dsn, PACK) == PASSPORT
    assert _passport_of(dsn, ONLY_PASSPORT) == ONLY_PASSPORT
    add_staff(dsn, "viewer1")
    with signed_in(hub.url, "viewer1") as browser:
        for query in (PASSPORT, LABEL, PASSPORT.replace("https", "HTTPS")):
            page = browser.get("/console/search", params={"q": query, "lang": "en"}).text
            assert VIN_A in page and "WVWZZZ1KZ8W000003" in page, query  # both yards' intakes of the pack
            assert VIN_B not in page
        page = browser.get("/console/search", params={"q": "cx:BAT-P60:0a1b2c3d", "lang": "en"}).text
        assert VIN_B in page and VIN_A not in page


def test_a_recording_that_is_no_passport_changes_nothing_and_ingest_goes_on(hub, hub_db) -> None:
    dsn = hub_db[0]
    yard = YardDouble(hub.url, enrolment_token(dsn, "North"))
    _intake(yard, "n1", VIN_A, PACK, "s1")
    _passport(yard, "n1", PACK, "https://example.com/01/09506000134353/21/SN1")  # wrong GTIN check digit
    _passport(yard, "n1", PACK, "")
    answer = _push(yard)
    assert answer["cursor"] == 4 and answer["rejections"] == []
    assert _passport_of(dsn, PACK) is None
    _passport(yard, "n1", PACK, LABEL)  # read again: the latest recording wins
    _push(yard)
    assert _passport_of(dsn, PACK) == PASSPORT


def test_passports_held_before_migration_0007_are_carried_over(hub, hub_db) -> None:
    dsn = hub_db[0]
    yard = YardDouble(hub.url, enrolment_token(dsn, "North"))
    _intake(yard, "n1", VIN_A, PACK, "s1")
    _passport(yard, "n1", PACK, PASSPORT)
    _push(yard)
    version = next(v for v, sql in migration_scripts() if "packs_by_passport" in sql)
    # head office as it was before the migration: events held, no column (the code of that time never wrote it)
    with connect(dsn, autocommit=True) as conn:
        conn.execute("ALTER TABLE packs DROP COLUMN passport_id")
        conn.execute("DELETE FROM schema_migrations WHERE version = %s", [version])
    assert apply_migrations(dsn) == len(migration_scripts())
    assert _passport_of(dsn, PACK) == PASSPORT
