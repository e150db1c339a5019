"""Regulatory report tables and their CSV/XLSX files, read back with the csv module and openpyxl."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from dismantler_app.certificates.reports import table_csv, write_csv, write_xlsx
from dismantler_app.certificates.samples import sample_document
from dismantler_app.domain.records import Market
from dismantler_app.domain.regulatory import (
    NMVTIS_HEADERS,
    NmvtisDisposition,
    NmvtisRow,
    PackOutboundRow,
    ReportRowInvalid,
    VehicleScrappedRow,
    cod_register_row,
    cod_register_table,
    nmvtis_monthly_table,
    pack_outbound_table,
    vehicle_scrapped_table,
)
from tests.strategies import usccs

RECEIVER_USCC = "91350100M000100Y43"  # a valid GB 32100-2015 code (check character computed by python-stdnum)


def _read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_vehicle_scrapped_lists_one_line_per_pack():
    table = vehicle_scrapped_table(
        [VehicleScrappedRow("LFV2A21K4G4000001", date(2026, 6, 1), ("P1", "P2"), ("三元锂", "磷酸铁锂"))]
    )
    rows = _read_csv(table_csv(table))
    assert rows[0] == ["车辆识别代号(VIN)", "报废日期", "动力蓄电池编码", "电池类型"]
    assert rows[1:] == [
        ["LFV2A21K4G4000001", "2026-06-01", "P1", "三元锂"],
        ["LFV2A21K4G4000001", "2026-06-01", "P2", "磷酸铁锂"],
    ]


def test_a_vehicle_without_packs_is_not_reported_to_the_battery_platform():
    with pytest.raises(ReportRowInvalid, match="row 1"):
        vehicle_scrapped_table([VehicleScrappedRow("LFV2A21K4G4000001", date(2026, 6, 1), ())])


def test_pack_outbound_needs_a_valid_receiver_uscc():
    good = PackOutboundRow("001PE0AB12345A6310000001", date(2026, 6, 3), "某梯次利用企业", RECEIVER_USCC)
    assert pack_outbound_table([good]).rows[0][3] == RECEIVER_USCC
    bad = PackOutboundRow("001PE0AB12345A6310000001", date(2026, 6, 3), "某梯次利用企业", "91350100M000100Y44")
    with pytest.raises(ReportRowInvalid, match=r"row 2: receiver USCC .* business licence"):
        pack_outbound_table([good, bad])


@given(code=usccs())
def test_every_valid_uscc_is_accepted(code):
    row = PackOutboundRow("001PE0AB12345A6310000001", date(2026, 6, 3), "接收企业", code)
    assert pack_outbound_table([row]).rows[0][3] == code


def test_xlsx_keeps_codes_as_text_and_formulas_inert(tmp_path):
    row = PackOutboundRow("000000000000000000000001", date(2026, 6, 3), '=HYPERLINK("x")', RECEIVER_USCC)
    path = write_xlsx(pack_outbound_table([row]), tmp_path / "out.xlsx")
    sheet = load_workbook(path).active
    assert sheet.title == "pack_outbound"
    assert [c.value for c in sheet[1]] == ["动力蓄电池编码", "出库日期", "接收企业名称", "接收企业统一社会信用代码"]
    assert [c.value for c in sheet[2]] == ["000000000000000000000001", "2026-06-03", '=HYPERLINK("x")', RECEIVER_USCC]
    assert all(c.data_type == "s" for c in sheet[2])


def test_xlsx_output_is_byte_stable(tmp_path):
    table = pack_outbound_table([PackOutboundRow("P1", date(2026, 6, 3), "接收企业", RECEIVER_USCC)])
    first = write_xlsx(table, tmp_path / "a.xlsx").read_bytes()
    second = write_xlsx(table, tmp_path / "b.xlsx").read_bytes()
    assert first == second


def test_the_cod_register_has_a_line_per_certificate(tmp_path):
    docs = [sample_document(Market.EU, sequence=n) for n in (1, 2)]
    path = write_csv(cod_register_table([cod_register_row(d) for d in docs]), tmp_path / "cod.csv")
    rows = _read_csv(path.read_bytes())
    assert rows[1][:3] == ["HH02-2026-000001", "2026-06-01", "WVWZZZAU2GW000012"]
    assert rows[2][0] == "HH02-2026-000002"
    assert rows[1][10] == "DE" and rows[1][11] == "DE-HH-ATF-2031"


def test_nmvtis_reports_only_the_month_asked_for():
    rows = [
        NmvtisRow("1HGCM82633A004352", date(2026, 5, 31), "John Doe", NmvtisDisposition.CRUSHED),
        NmvtisRow("1HGCM82633A004353", date(2026, 6, 1), "Acme Towing LLC", NmvtisDisposition.EXPORTED),
    ]
    table = nmvtis_monthly_table(rows, year=2026, month=6)
    assert table.headers == NMVTIS_HEADERS
    assert table.rows == (("1HGCM82633A004353", "2026-06-01", "Acme Towing LLC", "Exported"),)
    with pytest.raises(ValueError, match="month"):
        nmvtis_monthly_table(rows, year=2026, month=13)


def test_an_empty_required_field_names_the_row_and_the_field():
    with pytest.raises(ReportRowInvalid, match="NMVTIS, row 1: obtained from is empty"):
        nmvtis_monthly_table(
            [NmvtisRow("1HGCM82633A004352", date(2026, 6, 1), " ", NmvtisDisposition.SOLD)], year=2026, month=6
        )


@given(st.lists(st.text(), min_size=4, max_size=4))
def test_any_cell_text_survives_the_csv_round_trip(cells):
    row = NmvtisRow(cells[0] or "V", date(2026, 6, 1), cells[1] or "X", NmvtisDisposition.SOLD)
    if not row.vin.strip() or not row.obtained_from.strip():
        return
    table = nmvtis_monthly_table([row], year=2026, month=6)
    back = _read_csv(table_csv(table))
    assert back[1] == list(table.rows[0])
