"""Write regulatory report tables (:class:`~dismantler_app.domain.regulatory.ReportTable`) as CSV or XLSX.

CSV is UTF-8 with a byte-order mark by default: Excel on a Chinese Windows PC reads BOM-less UTF-8 as GBK and
garbles 接收企业名称; the BOM is what makes it pick UTF-8. XLSX cells are written as text on purpose: a 24-character
pack code or an 18-character USCC would otherwise become a number in scientific notation, and a value starting
with "=" would become a formula (CSV/formula injection).

Every file is written whole or not at all: the bytes go to a temporary file beside the target, which then replaces
it in one step (``os.replace``), so a refused or interrupted write never leaves half a report where an upload
script would pick it up.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Font

from dismantler_app.domain.regulatory import ReportTable

FIXED_CREATED = datetime(2000, 1, 1)  # workbook metadata date when none is given, so output is byte-stable


def table_csv(table: ReportTable, *, bom: bool = True) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180 line ends
    writer.writerow(table.headers)
    writer.writerows(table.rows)
    return ("\ufeff" if bom else "").encode("utf-8") + buffer.getvalue().encode("utf-8")


def write_csv(table: ReportTable, path: Path, *, bom: bool = True) -> Path:
    data = table_csv(table, bom=bom)
    return _write_whole(path, lambda target: target.write_bytes(data))


def document_json(document: Mapping[str, object]) -> bytes:
    """UTF-8 JSON with sorted keys and a final newline: the same document is always the same bytes."""
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def write_json(document: Mapping[str, object], path: Path) -> Path:
    data = document_json(document)
    return _write_whole(path, lambda target: target.write_bytes(data))


def _write_whole(path: Path, write: Callable[[Path], object]) -> Path:
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def write_xlsx(table: ReportTable, path: Path, *, created: datetime | None = None) -> Path:
    """One sheet named after the table, bold header row, every cell a text cell."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = table.name[:31]  # Excel's sheet-name limit
    for column, header in enumerate(table.headers, start=1):
        cell = sheet.cell(row=1, column=column)
        _set_text(cell, header)
        cell.font = Font(bold=True)
    for r, row in enumerate(table.rows, start=2):
        for column, value in enumerate(row, start=1):
            _set_text(sheet.cell(row=r, column=column), value)
    for column, header in enumerate(table.headers, start=1):
        longest = max([len(header), *(len(row[column - 1]) for row in table.rows)])
        sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = min(60, longest * 1.3 + 2)
    sheet.freeze_panes = "A2"
    moment = created or FIXED_CREATED
    workbook.properties.created = moment
    workbook.properties.modified = moment
    workbook.properties.creator = "dismantler"
    buffer = io.BytesIO()
    workbook.save(buffer)
    stable = _with_entry_times(buffer.getvalue(), moment)
    return _write_whole(path, lambda target: target.write_bytes(stable))


def _with_entry_times(xlsx: bytes, moment: datetime) -> bytes:
    """The same workbook with every zip entry dated ``moment``: openpyxl dates them with the clock, so two writes
    a second apart differed (the file is meant to be the same bytes for the same report)."""
    stamp = (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute, moment.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = entry.external_attr
            target.writestr(info, source.read(entry))
    return out.getvalue()


def _set_text(cell, value: str) -> None:
    cell.value = value
    cell.data_type = TYPE_STRING  # keep "=..." and long digit strings as text, not formulas or numbers
