"""Regulatory report rows as pure values, and the tables (header + text cells) the report writers put on disk.

Four files, each for one market (docs/regulatory/ puts the rule's clause beside every column):

- CN, traceability platform, *vehicle scrapped* (2018 Interim Measures on traction battery traceability, Art. 13);
- CN, traceability platform, *pack outbound* (same article, and MOFCOM's 2020 implementing rules: pack model and
  quantity, destination, receiver type, receiver USCC or D-U-N-S number);
- EU, certificate-of-destruction register (Directive 2000/53/EC Art. 5(3), content per Decision 2002/151/EC, Annex);
- US, NMVTIS monthly junk/salvage report (28 CFR 25.56(b)(1)-(5)).

The Chinese uploads are built here; the EU and US files in :mod:`dismantler_app.domain.regulatory_eu_us`.

Which files a yard makes follows its market (:func:`report_markets`, :data:`REPORT_MARKET`). The column headers are
tables below, so a correction to a platform's import template is a one-line change. Every row is validated while a
table is built, before anything is written: a missing or bad value raises :class:`ReportRowInvalid` naming the row,
the field and what to do, so a file is never written with a blank where the rule asks for a value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dismantler_app.domain.battery_code import parse_battery_code
from dismantler_app.domain.codes import CodeRejected
from dismantler_app.domain.receivers import (
    RECEIVER_ID_NAMES,
    RECEIVER_TYPE_NAMES,
    ReceiverIdScheme,
    ReceiverType,
    parse_receiver_id,
)
from dismantler_app.domain.records import Market


class ReportFile(StrEnum):
    """The files the yard can make (values appear in JSON output and errors)."""

    VEHICLE_SCRAPPED = "vehicle_scrapped"
    PACK_OUTBOUND = "pack_outbound"
    COD_REGISTER = "cod_register"
    NMVTIS = "nmvtis"
    BATTERY_PASS = "battery_pass"


# The market whose rule asks for each file.
REPORT_MARKET: dict[ReportFile, Market] = {
    ReportFile.VEHICLE_SCRAPPED: Market.CN,
    ReportFile.PACK_OUTBOUND: Market.CN,
    ReportFile.COD_REGISTER: Market.EU,
    ReportFile.NMVTIS: Market.US,
    ReportFile.BATTERY_PASS: Market.EU,  # Regulation (EU) 2023/1542
}


def report_markets(own: Market, extra: Iterable[Market] = ()) -> frozenset[Market]:
    """The markets a yard reports to: its own, and any an admin turned on besides (a Chinese yard that also takes
    in US-titled vehicles, say)."""
    return frozenset({own, *extra})


# One line per pack: the platform's batch import takes one pack code per line (a vehicle with two packs is two
# lines with the same VIN), which also keeps each cell a single code that a spreadsheet cannot mangle.
VEHICLE_SCRAPPED_HEADERS = ("车辆识别代号(VIN)", "报废日期", "动力蓄电池编码", "电池类型", "动力蓄电池数量")
PACK_OUTBOUND_HEADERS = (
    "动力蓄电池编码",
    "型号",
    "数量",
    "出库日期",
    "去向",
    "接收企业名称",
    "接收企业类型",
    "接收企业证件类型",
    "接收企业证件号码",
)

# The battery type letter of GB/T 34014-2017 (position 5) in words: Chinese for the platform upload, both on the
# certificate. The letters the domain guide marks "likely" (A, C, D, F, G) are named the same way; a correction is a
# one-line change here.
BATTERY_TYPE_NAMES: dict[str, tuple[str, str]] = {
    "A": ("镍氢", "NiMH"),
    "B": ("磷酸铁锂", "LFP"),
    "C": ("锰酸锂", "LMO"),
    "D": ("钴酸锂", "LCO"),
    "E": ("三元材料", "ternary"),
    "F": ("超级电容器", "supercapacitor"),
    "G": ("钛酸锂", "LTO"),
    "Z": ("其他", "other"),
}


def battery_type_names(code: str) -> tuple[str, str]:
    """(Chinese, English) name of a pack code's battery type; empty strings when the code cannot be read."""
    try:
        letter = parse_battery_code(code).battery_type
    except CodeRejected:
        return "", ""
    return BATTERY_TYPE_NAMES.get(letter, ("", ""))


class ReportRowInvalid(ValueError):
    """A row a report cannot carry. The message names the report, the row (1-based, as the file would number its
    data rows), the field, and what to do; ``subject`` is the record behind the row (VIN, pack code, number)."""

    def __init__(self, report: str, row: int, message: str, *, field: str = "", subject: str = "") -> None:
        where = f"{report}, row {row}" + (f" ({subject})" if subject else "")
        super().__init__(f"{where}: {message}")
        self.report = report
        self.row = row
        self.field = field
        self.subject = subject


@dataclass(frozen=True)
class VehicleScrappedRow:
    vin: str
    scrap_date: date
    pack_codes: tuple[str, ...]
    battery_types: tuple[str, ...] = ()  # parallel to pack_codes when given; else read from the codes


@dataclass(frozen=True)
class PackOutboundRow:
    pack_code: str
    outbound_date: date
    receiver_name: str
    receiver_id: str  # USCC or D-U-N-S number, per receiver_id_scheme
    receiver_id_scheme: ReceiverIdScheme = ReceiverIdScheme.USCC
    receiver_type: ReceiverType | None = None
    pack_model: str = ""
    quantity: int = 1
    destination: str = ""


@dataclass(frozen=True)
class ReportTable:
    """A report ready to write: a name (sheet title), headers and rows of text cells."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def vehicle_scrapped_table(rows: Iterable[VehicleScrappedRow]) -> ReportTable:
    report = "vehicle scrapped"
    out: list[tuple[str, ...]] = []
    for n, row in enumerate(rows, start=1):
        require_values(report, n, row.vin, vin=(row.vin, "enter the VIN on the intake"))
        if not row.pack_codes:
            raise ReportRowInvalid(
                report, n, "lists no traction pack; only vehicles with packs are reported", field="pack_codes",
                subject=row.vin,
            )  # fmt: skip
        if row.battery_types and len(row.battery_types) != len(row.pack_codes):
            raise ReportRowInvalid(report, n, "give one battery type per pack code, or none", field="battery_types")
        types = row.battery_types or tuple(battery_type_names(c)[0] for c in row.pack_codes)
        for code, kind in zip(row.pack_codes, types, strict=True):
            if not kind.strip():
                raise ReportRowInvalid(
                    report, n, f"battery type of pack {code} is unknown (the code carries no GB/T 34014 type "
                    "letter); correct the pack code on the intake", field="battery_type", subject=row.vin,
                )  # fmt: skip
        count = str(len(row.pack_codes))
        out.extend(
            (row.vin, row.scrap_date.isoformat(), code, kind, count)
            for code, kind in zip(row.pack_codes, types, strict=True)
        )
    return ReportTable(ReportFile.VEHICLE_SCRAPPED.value, VEHICLE_SCRAPPED_HEADERS, tuple(out))


def pack_outbound_table(rows: Iterable[PackOutboundRow]) -> ReportTable:
    report = "pack outbound"
    fix = "correct the handover record"
    out: list[tuple[str, ...]] = []
    for n, row in enumerate(rows, start=1):
        require_values(
            report, n, row.pack_code,
            pack_code=(row.pack_code, fix),
            pack_model=(row.pack_model, "enter the pack's model (型号) from its label on the handover"),
            destination=(row.destination, "enter where the pack goes (去向) on the handover"),
            receiver_name=(row.receiver_name, fix),
        )  # fmt: skip
        if row.receiver_type is None:
            raise ReportRowInvalid(
                report, n, "receiver type is empty; choose carmaker's outlet, cascade-use or recycling enterprise "
                "on the handover", field="receiver_type", subject=row.pack_code,
            )  # fmt: skip
        if row.quantity < 1:
            raise ReportRowInvalid(report, n, f"quantity {row.quantity} is not a count of packs; {fix}",
                                   field="quantity", subject=row.pack_code)  # fmt: skip
        try:
            receiver = parse_receiver_id(row.receiver_id, row.receiver_id_scheme)
        except CodeRejected as exc:
            name = "USCC" if row.receiver_id_scheme is ReceiverIdScheme.USCC else "D-U-N-S number"
            raise ReportRowInvalid(
                report, n, f"receiver {name} {row.receiver_id!r} is not valid ({exc}); correct it from the "
                "receiver's business licence", field="receiver_id", subject=row.pack_code,
            ) from exc  # fmt: skip
        out.append(
            (
                row.pack_code,
                row.pack_model.strip(),
                str(row.quantity),
                row.outbound_date.isoformat(),
                row.destination.strip(),
                row.receiver_name.strip(),
                RECEIVER_TYPE_NAMES[row.receiver_type][0],
                RECEIVER_ID_NAMES[receiver.scheme],
                receiver.code,
            )
        )
    return ReportTable(ReportFile.PACK_OUTBOUND.value, PACK_OUTBOUND_HEADERS, tuple(out))


def require_values(report: str, row: int, subject: str, **values: tuple[str, str]) -> None:
    """Each keyword is a field: (value, what to do when it is empty)."""
    for name, (value, todo) in values.items():
        if not value.strip():
            raise ReportRowInvalid(
                report, row, f"{name.replace('_', ' ')} is empty; {todo}", field=name, subject=subject.strip()
            )
