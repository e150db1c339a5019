"""What a page shows: named tables (also served as CSV) and plots (SVG made on the server)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Table:
    name: str  # the CSV's name: /console/<page>.csv?table=<name>
    title: str
    headers: list[str]
    rows: list[list[Any]]
    empty: str = ""


@dataclass
class Page:
    key: str
    title: str
    tables: list[Table] = field(default_factory=list)
    plots: list[tuple[str, str]] = field(default_factory=list)  # (caption, SVG markup)
    notes: list[str] = field(default_factory=list)

    def table(self, name: str) -> Table | None:
        return next((t for t in self.tables if t.name == name), None)


def csv_text(table: Table) -> str:
    """RFC 4180 text with a byte-order mark, so that Excel opens the Chinese words as UTF-8. Cells that a
    spreadsheet would run as a formula are prefixed with an apostrophe (OWASP CSV injection)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
