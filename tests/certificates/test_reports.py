"""Regulatory report tables and their CSV/XLSX files: golden files per report and market, read back with the csv
module and openpyxl; every field a rule asks for refused by name when it is empty; nothing half-written.

The golden files in ``tests/certificates/golden/`` are the expected bytes. After a deliberate change of a format,
rewrite them with ``UPDATE_GOLDEN=1`` and read the diff before committing it.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from dismantler_app.certificates.reports import table_csv, write_csv, write_json, write_xlsx
from dismantler_app.certificates.samples import sample_document
from dismantler_app.domain.receivers import ReceiverIdScheme, ReceiverType
from dismantler_app.domain.records import Market
from dismantler_app.domain.regulatory import (
    PACK_OUTBOUND_HEADERS,
    REPORT_MARKET,
    VEHICLE_SCRAPPED_HEADERS,
    PackOutboundRow,
    ReportFile,
    ReportRowInvalid,
    ReportTable,
    VehicleScrappedRow,
    pack_outbound_table,
    report_markets,
    vehicle_scrapped_table,
)
from dismantler_app.domain.regulatory_eu_us import (
    COD_REGISTER_HEADERS,
    NMVTIS_HEADERS,
    CodRegisterRow,
    NmvtisDisposition,
    NmvtisRow,
    ReportingEntity,
    cod_register_row,
    cod_register_table,
    nmvtis_monthly_table,
)
from tests.services.yard_setup import pack_code
from tests.strategies import usccs

GOLDEN = Path(__file__).parent / "golden"
RECEIVER_USCC = "91350100M000100Y43"  # a valid GB 32100-2015 code (check character computed by python-stdnum)
LFP_PACK = "001PB01ABC1234B5H0000009"  # battery type B (LFP)
ENTITY = ReportingEntity("Lone Star Auto Recyclers LLC", "4100 E 5th St, Austin, TX 78702", "+1 512 555 0199")


def _read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _outbound(**changes: object) -> PackOutboundRow:
    row = PackOutboundRow(
        pack_code=pack_code(101),
        outbound_date=date(2026, 6, 3),
        receiver_name="广东邦普循环科技有限公司",
        receiver_id=RECEIVER_USCC,
        receiver_type=ReceiverType.RECYCLING,
        pack_model="CATL-NCM-P75",
        quantity=1,
        destination="广东省佛山市",
    )
    return dataclasses.replace(row, **changes)


def _nmvtis(**changes: object) -> NmvtisRow:
    row = NmvtisRow(
        "1HGCM82633A004352", date(2026, 6, 1), "John Doe", NmvtisDisposition.CRUSHED, transferred_to=ENTITY.name
    )
    return dataclasses.replace(row, **changes)


def _golden_tables() -> dict[str, ReportTable]:
    """One table per report and market, from fixed rows."""
    return {
        "cn_vehicle_scrapped.csv": vehicle_scrapped_table(
            [
                VehicleScrappedRow("LFV2A21K4G4000001", date(2026, 6, 1), (pack_code(101), pack_code(102))),
                VehicleScrappedRow("LFV2A21K6G4000002", date(2026, 6, 2), (LFP_PACK,)),
            ]
        ),
        "cn_pack_outbound.csv": pack_outbound_table(
            [
                _outbound(),
                _outbound(
                    pack_code=LFP_PACK,
                    receiver_name="Umicore Battery Recycling",
                    receiver_id="15-048-3782",
                    receiver_id_scheme=ReceiverIdScheme.DUNS,
                    receiver_type=ReceiverType.CASCADE_USE,
                    pack_model="LFP-M2",
                    quantity=2,
                    destination="Hoboken, Belgium",
                ),
                _outbound(pack_code=pack_code(102), receiver_type=ReceiverType.CARMAKER_OUTLET),
            ]
        ),
        "eu_cod_register.csv": cod_register_table(
            cod_register_row(sample_document(Market.EU, sequence=n)) for n in (1, 2)
        ),
        "us_nmvtis.csv": nmvtis_monthly_table(
            [
                _nmvtis(),
                _nmvtis(
                    vin="5YJ3E1EA7KF000316",
                    obtained_from="Acme Towing LLC",
                    disposition=NmvtisDisposition.FOR_SALE,
                    transferred_to="Pick-n-Pull Export Inc.",
                    intended_for_export=True,
                ),
                _nmvtis(vin="7SAYGDEE0PF000001", disposition=NmvtisDisposition.OTHER_PURPOSES),
            ],
            year=2026,
            month=6,
            entity=ENTITY,
        ),
    }


@pytest.mark.parametrize("name", sorted(_golden_tables()))
def test_each_report_matches_its_golden_file(name: str, tmp_path: Path) -> None:
    table = _golden_tables()[name]
    written = write_csv(table, tmp_path / name).read_bytes()
    if os.environ.get("UPDATE_GOLDEN"):
        (GOLDEN / name).write_bytes(written)
    assert written == (GOLDEN / name).read_bytes()


def test_the_golden_files_carry_the_columns_each_rule_asks_for() -> None:
    expected = {
        "cn_vehicle_scrapped.csv": VEHICLE_SCRAPPED_HEADERS,
        "cn_pack_outbound.csv": PACK_OUTBOUND_HEADERS,
        "eu_cod_register.csv": COD_REGISTER_HEADERS,
        "us_nmvtis.csv": NMVTIS_HEADERS,
    }
    for name, headers in expected.items():
        rows = _read_csv((GOLDEN / name).read_bytes())
        assert tuple(rows[0]) == headers
        assert all(cell.strip() for row in rows[1:] for cell in row), f"{name} has a blank cell"


def test_pack_outbound_names_the_receiver_type_and_the_identifier_scheme() -> None:
    rows = _read_csv((GOLDEN / "cn_pack_outbound.csv").read_bytes())
    assert rows[1] == [
        pack_code(101), "CATL-NCM-P75", "1", "2026-06-03", "广东省佛山市", "广东邦普循环科技有限公司",
        "再生利用企业", "统一社会信用代码", RECEIVER_USCC,
    ]  # fmt: skip
    assert rows[2][6:] == ["梯次利用企业", "邓白氏编码", "150483782"]
    assert rows[3][6] == "汽车生产企业回收服务网点"


def test_vehicle_scrapped_reads_the_battery_type_from_each_code_and_counts_the_packs() -> None:
    rows = _read_csv((GOLDEN / "cn_vehicle_scrapped.csv").read_bytes())
    assert rows[1][2:] == [pack_code(101), "三元材料", "2"]
    assert rows[3][2:] == [LFP_PACK, "磷酸铁锂", "1"]


def test_nmvtis_uses_the_rules_dispositions_and_the_export_flag() -> None:
    rows = _read_csv((GOLDEN / "us_nmvtis.csv").read_bytes())
    assert [r[6] for r in rows[1:]] == ["Crushed", "For sale", "Other purposes"]
    assert [r[8] for r in rows[1:]] == ["No", "Yes", "No"]
    assert all(r[:3] == [ENTITY.name, ENTITY.address, ENTITY.contact] for r in rows[1:])
    assert "Retained" not in {d.value for d in NmvtisDisposition} | {r[6] for r in rows[1:]}


def test_each_file_belongs_to_one_market_and_other_markets_are_off_unless_turned_on() -> None:
    assert {f: m.value for f, m in REPORT_MARKET.items()} == {
        ReportFile.VEHICLE_SCRAPPED: "cn", ReportFile.PACK_OUTBOUND: "cn", ReportFile.COD_REGISTER: "eu",
        ReportFile.NMVTIS: "us", ReportFile.BATTERY_PASS: "eu",
    }  # fmt: skip
    assert report_markets(Market.CN) == {Market.CN}
    assert report_markets(Market.CN, [Market.US]) == {Market.CN, Market.US}


# --- a missing field is named: which row, which field, what to do ---------------------------------------------

OUTBOUND_FIELDS = {
    "pack_code": {"pack_code": " "},
    "pack_model": {"pack_model": ""},
    "destination": {"destination": "  "},
    "receiver_name": {"receiver_name": ""},
    "receiver_type": {"receiver_type": None},
    "receiver_id": {"receiver_id": ""},
    "quantity": {"quantity": 0},
}


@pytest.mark.parametrize("field", sorted(OUTBOUND_FIELDS))
def test_pack_outbound_refuses_a_row_without_each_field(field: str) -> None:
    with pytest.raises(ReportRowInvalid) as refused:
        pack_outbound_table([_outbound(), _outbound(**OUTBOUND_FIELDS[field])])
    assert (refused.value.row, refused.value.field) == (2, field)
    assert refused.value.report == "pack outbound" and str(refused.value).startswith("pack outbound, row 2")
    assert "; " in str(refused.value)  # what to do follows the problem


@pytest.mark.parametrize(
    ("receiver_id", "scheme"),
    [
        ("91350100M000100Y44", ReceiverIdScheme.USCC),  # wrong check character
        ("12345678", ReceiverIdScheme.DUNS),  # 8 digits
        ("12345678A", ReceiverIdScheme.DUNS),
        ("150483782", ReceiverIdScheme.USCC),  # a DUNS number given as a USCC
    ],
)
def test_pack_outbound_refuses_a_receiver_identifier_that_is_not_valid(receiver_id, scheme) -> None:
    with pytest.raises(ReportRowInvalid, match=r"row 1 .*receiver .* business licence") as refused:
        pack_outbound_table([_outbound(receiver_id=receiver_id, receiver_id_scheme=scheme)])
    assert refused.value.field == "receiver_id"


@given(code=usccs())
def test_every_valid_uscc_is_accepted(code: str) -> None:
    assert pack_outbound_table([_outbound(receiver_id=code)]).rows[0][8] == code


@given(digits=st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_every_nine_digit_duns_number_is_accepted(digits: str) -> None:
    row = _outbound(receiver_id=f"{digits[:2]}-{digits[2:5]}-{digits[5:]}", receiver_id_scheme=ReceiverIdScheme.DUNS)
    assert pack_outbound_table([row]).rows[0][7:] == ("邓白氏编码", digits)


COD_FIELDS = [f.name for f in dataclasses.fields(CodRegisterRow) if f.name != "issued_on"]


@pytest.mark.parametrize("field", COD_FIELDS)
def test_the_cod_register_refuses_a_certificate_without_each_field(field: str) -> None:
    good = cod_register_row(sample_document(Market.EU, sequence=1))
    with pytest.raises(ReportRowInvalid) as refused:
        cod_register_table([good, dataclasses.replace(good, **{field: " "})])
    assert (refused.value.row, refused.value.field) == (2, field)
    assert "Settings › Yard" in str(refused.value) or "re-issue" in str(refused.value)


NMVTIS_ENTITY_FIELDS = {"reporting_entity_name": "name", "reporting_entity_address": "address",
                        "reporting_entity_contact": "contact"}  # fmt: skip


@pytest.mark.parametrize("field", sorted(NMVTIS_ENTITY_FIELDS))
def test_nmvtis_refuses_a_month_without_the_reporting_entitys_details(field: str) -> None:
    entity = dataclasses.replace(ENTITY, **{NMVTIS_ENTITY_FIELDS[field]: ""})
    with pytest.raises(ReportRowInvalid, match="Settings › Yard") as refused:
        nmvtis_monthly_table([_nmvtis()], year=2026, month=6, entity=entity)
    assert refused.value.field == field
    with pytest.raises(ReportRowInvalid):
        nmvtis_monthly_table([_nmvtis()], year=2026, month=6)  # no entity at all


@pytest.mark.parametrize("field", ["vin", "obtained_from", "transferred_to"])
def test_nmvtis_refuses_a_vehicle_without_each_field(field: str) -> None:
    with pytest.raises(ReportRowInvalid) as refused:
        nmvtis_monthly_table([_nmvtis(), _nmvtis(**{field: ""})], year=2026, month=6, entity=ENTITY)
    assert (refused.value.row, refused.value.field) == (2, field)


def test_nmvtis_counts_rows_of_the_month_only_and_needs_no_entity_for_an_empty_month() -> None:
    rows = [_nmvtis(date_obtained=date(2026, 5, 31)), _nmvtis(vin="1HGCM82633A004353", obtained_from="")]
    with pytest.raises(ReportRowInvalid, match="row 1"):
        nmvtis_monthly_table(rows, year=2026, month=6, entity=ENTITY)
    assert nmvtis_monthly_table(rows[:1], year=2026, month=6).rows == ()
    with pytest.raises(ValueError, match="month"):
        nmvtis_monthly_table(rows, year=2026, month=13)


@pytest.mark.parametrize(
    ("row", "field"),
    [
        (VehicleScrappedRow(" ", date(2026, 6, 1), ("P1",)), "vin"),
        (VehicleScrappedRow("LFV2A21K4G4000001", date(2026, 6, 1), ()), "pack_codes"),
        (VehicleScrappedRow("LFV2A21K4G4000001", date(2026, 6, 1), ("NOT-A-GBT-34014-CODE",)), "battery_type"),
    ],
)
def test_vehicle_scrapped_refuses_a_row_without_each_field(row: VehicleScrappedRow, field: str) -> None:
    with pytest.raises(ReportRowInvalid, match="vehicle scrapped, row 1") as refused:
        vehicle_scrapped_table([row])
    assert refused.value.field == field


# --- files ------------------------------------------------------------------------------------------------------


def test_xlsx_keeps_codes_as_text_and_formulas_inert(tmp_path: Path) -> None:
    row = _outbound(pack_code="000000000000000000000001", receiver_name='=HYPERLINK("x")')
    path = write_xlsx(pack_outbound_table([row]), tmp_path / "out.xlsx")
    sheet = load_workbook(path).active
    assert sheet.title == "pack_outbound"
    assert [c.value for c in sheet[1]] == list(PACK_OUTBOUND_HEADERS)
    assert sheet["A2"].value == "000000000000000000000001" and sheet["F2"].value == '=HYPERLINK("x")'
    assert all(c.data_type == "s" for c in sheet[2])


def test_xlsx_output_is_byte_stable(tmp_path: Path) -> None:
    table = pack_outbound_table([_outbound()])
    first = write_xlsx(table, tmp_path / "a.xlsx")
    assert first.read_bytes() == write_xlsx(table, tmp_path / "b.xlsx").read_bytes()
    # Not the clock: every part of the package carries the workbook's own date (two writes a second apart differed).
    with zipfile.ZipFile(first) as package:
        assert {entry.date_time for entry in package.infolist()} == {(2000, 1, 1, 0, 0, 0)}
    assert load_workbook(first).active.cell(row=2, column=1).value == _outbound().pack_code


def test_a_failed_write_leaves_the_previous_file_and_no_fragment(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("previous upload")

    with pytest.raises(TypeError):
        write_json({"not json": object()}, target)

    assert target.read_text() == "previous upload"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


@given(st.lists(st.text(), min_size=3, max_size=3))
def test_any_cell_text_survives_the_csv_round_trip(cells: list[str]) -> None:
    row = _nmvtis(vin=cells[0] or "V", obtained_from=cells[1] or "X", transferred_to=cells[2] or "Y")
    if not all(v.strip() for v in (row.vin, row.obtained_from, row.transferred_to)):
        return
    table = nmvtis_monthly_table([row], year=2026, month=6, entity=ENTITY)
    assert _read_csv(table_csv(table))[1] == list(table.rows[0])
