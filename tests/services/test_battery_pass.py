"""Battery passports on a real EU yard database: the id kept beside the pack code and sent to head office, the
Battery Pass export of handed-over packs with status Waste (golden file, validated against the checked-in JSON
Schema), the CoD register of the EU yard, and the market rule for a Chinese yard."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dismantler_app.certificates.reports import write_json
from dismantler_app.domain.policy import default_policy
from dismantler_app.domain.records import Market, Owner
from dismantler_app.domain.regulatory import ReportRowInvalid
from dismantler_app.domain.regulatory_eu_us import COD_REGISTER_HEADERS
from dismantler_app.resources import asset
from dismantler_app.services import battery_pass, handovers, reports
from dismantler_app.services.battery_pass import SCHEMA_ASSET
from dismantler_app.services.errors import InvalidInput, InvalidState, NotFound
from dismantler_app.storage.yard import YardProfile
from tests.json_schema_subset import schema_errors
from tests.services.certified_yard import RECEIVER_NAME, RECEIVER_USCC, CertifiedYard, open_certified_yard
from tests.services.yard_setup import pack_code, vin

GOLDEN = Path(__file__).parent.parent / "certificates" / "golden" / "eu_battery_pass.json"
EU_YARD = YardProfile(
    code="HH01", name="Hamburger Altfahrzeug GmbH", market=Market.EU, licence_number="DE-HH-ATF-2031",
    address="Billstraße 1, 20539 Hamburg", phone="+49 40 555 0101",
    permitting_authority="Behörde für Umwelt, Klima, Energie und Agrarwirtschaft Hamburg", timezone="Europe/Berlin",
)  # fmt: skip
HOLDER = Owner(name="Jürgen Müller", address="Osterstraße 5, 20259 Hamburg", nationality="DE")
GS1_LINK = "https://dpp.example-battery.eu/p/01/09506000134352/10/L2611/21/SN%2F0001?17=351231"
GS1_ID = "https://id.gs1.org/01/09506000134352/10/L2611/21/SN%2F0001"
CX_ID = "CX:BAT-PACK-77:0a1b2c3d"


def _schema() -> dict:
    return json.loads(asset(*SCHEMA_ASSET).read_text(encoding="utf-8"))


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[CertifiedYard]:
    opened = open_certified_yard(tmp_path / "eu", profile=EU_YARD)
    yield opened
    opened.close()


def _certify(yard: CertifiedYard, serial: int, packs: int = 1):
    return yard.certify(serial, packs_count=packs, owner=HOLDER, registration_country="D", vehicle_class="M1")


def _hand_over(yard: CertifiedYard, intake_id: str, code: str):
    return handovers.hand_over_pack(
        yard.ctx, yard.operator, yard.clock, intake_id, pack_code=code, receiver_name="Umicore Battery Recycling",
        receiver_duns="150483782", handed_over_on=date(2026, 6, 1), receiver_type="recycling", pack_model="P60",
        destination="Hoboken, Belgium",
    )  # fmt: skip


def test_handed_over_packs_are_exported_as_waste_and_the_file_matches_the_schema(
    yard: CertifiedYard, tmp_path: Path
) -> None:
    first, second = _certify(yard, 1, packs=2), _certify(yard, 2)
    battery_pass.set_pack_passport_id(
        yard.ctx, yard.operator, yard.clock, first.intake_id, pack_code=pack_code(101), passport_text=GS1_LINK
    )
    battery_pass.set_pack_passport_id(
        yard.ctx,
        yard.operator,
        yard.clock,
        second.intake_id,
        pack_code=pack_code(201),
        passport_text=f" cx:{CX_ID[3:]}",
    )
    for intake_id, code in ((first.intake_id, pack_code(101)), (first.intake_id, pack_code(102)),
                            (second.intake_id, pack_code(201))):  # fmt: skip
        _hand_over(yard, intake_id, code)

    export = battery_pass.battery_pass_export(yard.ctx, yard.supervisor, at=yard.clock.now())
    written = write_json(export.document, tmp_path / "pass.json").read_bytes()
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_bytes(written)

    assert written == GOLDEN.read_bytes()
    document = json.loads(written)
    assert schema_errors(document, _schema()) == []
    assert [(b["productIdentifier"], b["batteryStatus"]) for b in document["batteries"]] == [
        (GS1_ID, "Waste"), (CX_ID, "Waste"),
    ]  # fmt: skip
    assert export.skipped == ((pack_code(102), "no_passport_id"),)


def test_the_schema_refuses_what_the_battery_pass_model_does_not_allow() -> None:
    good = {
        "dataModel": battery_pass.DATA_MODEL, "dataModelRelease": "x", "exportedAt": "2026-06-01T10:00:00+00:00",
        "reportedBy": {"contactName": "Yard", "streetAddress": "", "identifier": "P1"},
        "batteries": [{"productIdentifier": CX_ID, "batteryStatus": "Waste", "statusChangedOn": "2026-06-01"}],
    }  # fmt: skip
    assert schema_errors(good, _schema()) == []
    for bad_battery in (
        {"productIdentifier": CX_ID, "batteryStatus": "Scrapped", "statusChangedOn": "2026-06-01"},
        {"productIdentifier": "001PE01ABC1234B5H0000101", "batteryStatus": "Waste", "statusChangedOn": "2026-06-01"},
        {"productIdentifier": CX_ID, "batteryStatus": "Waste"},
        {"productIdentifier": CX_ID, "batteryStatus": "Waste", "statusChangedOn": "2026-06-01", "owner": "x"},
    ):
        assert schema_errors(good | {"batteries": [bad_battery]}, _schema()) != []


def test_a_passport_id_is_kept_once_per_intake_and_travels_to_head_office(yard: CertifiedYard) -> None:
    record = _certify(yard, 3, packs=2)
    args = (yard.ctx, yard.operator, yard.clock, record.intake_id)

    passport = battery_pass.set_pack_passport_id(*args, pack_code=pack_code(301), passport_text=GS1_LINK)
    battery_pass.set_pack_passport_id(*args, pack_code=pack_code(301), passport_text=GS1_ID)  # same id: no change

    assert passport.id == GS1_ID
    with pytest.raises(InvalidState):
        battery_pass.set_pack_passport_id(*args, pack_code=pack_code(302), passport_text=GS1_ID)
    with pytest.raises(InvalidInput) as refused:
        battery_pass.set_pack_passport_id(
            *args, pack_code=pack_code(302), passport_text="https://x.eu/01/09506000134352"
        )
    assert refused.value.field == "passport_id"
    with pytest.raises(NotFound):
        battery_pass.set_pack_passport_id(*args, pack_code=pack_code(399), passport_text=CX_ID)
    with yard.app.store.read() as session:
        events = session.all("SELECT payload_json FROM outbox WHERE type = 'pack.passport_recorded'")
        stored = session.scalar("SELECT passport_id FROM scanned_packs WHERE code = ?", [pack_code(301)])
    assert stored == GS1_ID
    assert [json.loads(e["payload_json"])["passport_id"] for e in events] == [GS1_ID]


def test_a_stored_passport_id_that_no_longer_reads_is_refused_by_row(yard: CertifiedYard) -> None:
    record = _certify(yard, 4)
    _hand_over(yard, record.intake_id, pack_code(401))
    with yard.app.store.write_transaction() as session:  # a damaged value, as a hand edit could leave it
        session.execute("UPDATE scanned_packs SET passport_id = 'CX:broken' WHERE code = ?", [pack_code(401)])

    with pytest.raises(ReportRowInvalid, match=r"battery pass, row 1 \(.*\): passport id 'CX:broken'"):
        battery_pass.battery_pass_export(yard.ctx, yard.supervisor, at=yard.clock.now())


def test_the_eu_cod_register_names_the_facility_and_its_authority(yard: CertifiedYard) -> None:
    record = _certify(yard, 5)

    table = reports.cod_register(yard.ctx, yard.supervisor, from_day=None, to_day=None)

    assert table.headers == COD_REGISTER_HEADERS
    assert table.rows == (
        (record.number, "2026-06-01", EU_YARD.name, EU_YARD.address, EU_YARD.licence_number,
         EU_YARD.permitting_authority, f"沪AD{5:05d}", "D", "M1", "比亚迪", "BYD7009BEVA", vin(5), HOLDER.name,
         HOLDER.address, "DE"),
    )  # fmt: skip


def test_the_cod_register_names_a_certificate_without_the_holders_nationality(yard: CertifiedYard) -> None:
    _certify(yard, 6)
    yard.certify(7, owner=dataclasses.replace(HOLDER, nationality=""), registration_country="D", vehicle_class="M1")

    with pytest.raises(ReportRowInvalid, match=r"CoD register, row 2 .*holder nationality is empty"):
        reports.cod_register(yard.ctx, yard.supervisor, from_day=None, to_day=None)


def test_a_chinese_yard_with_the_eu_market_turned_on_lists_none_of_its_chinese_certificates(tmp_path: Path) -> None:
    policy = dataclasses.replace(default_policy(Market.CN), extra_report_markets=frozenset({Market.EU}))
    yard = open_certified_yard(tmp_path / "cn", policy=policy)
    try:
        record = yard.certify(8, packs_count=1)
        _ = handovers.hand_over_pack(
            yard.ctx, yard.operator, yard.clock, record.intake_id, pack_code=pack_code(801),
            receiver_name=RECEIVER_NAME, receiver_uscc=RECEIVER_USCC, handed_over_on=date(2026, 6, 1),
        )  # fmt: skip
        assert reports.cod_register(yard.ctx, yard.supervisor, from_day=None, to_day=None).rows == ()
        export = battery_pass.battery_pass_export(yard.ctx, yard.supervisor, at=yard.clock.now())
        assert export.document["batteries"] == [] and export.skipped == ((pack_code(801), "no_passport_id"),)
    finally:
        yard.close()


def test_a_chinese_yard_makes_no_battery_pass_export(tmp_path: Path) -> None:
    yard = open_certified_yard(tmp_path / "cn")
    try:
        with pytest.raises(reports.ReportMarketOff):
            battery_pass.battery_pass_export(yard.ctx, yard.supervisor, at=yard.clock.now())
    finally:
        yard.close()
