"""Head office's administration of reference data from the command line: packs registered per VIN (keyed in or
from a CSV export of the traceability platform), the receivers' white list, and which yards it trusts.

Input is checked here, before anything is published to every yard: a VIN must be 17 valid characters, a pack code
a GB/T 34014-2017 code, a receiver's USCC valid per GB 32100-2015. A bad CSV row names its line, and nothing of
that file is published.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from enum import StrEnum

import psycopg

from dismantler_app.domain.battery_code import find_battery_code
from dismantler_app.domain.codes import CodeRejected
from dismantler_app.domain.identifiers import parse_uscc
from dismantler_app.domain.vin import parse_vin
from dismantler_app.hub.reference import add_receiver, register_packs, remove_receiver
from dismantler_app.hub.yards import revoke_yard, site_id_by_name

MAX_CSV_ROWS = 1_000_000


class ReceiverCategory(StrEnum):
    """The three kinds of receiver the 2018 traceability rules allow (domain guide, "white list")."""

    OEM_OUTLET = "oem_outlet"
    CASCADE_USE = "cascade_use"
    COMPREHENSIVE_UTILISATION = "comprehensive_utilisation"
    UNSPECIFIED = "unspecified"  # listed without saying which: still on the list


class RegistrationRefused(ValueError):
    """Input head office will not publish; the message says which value and what to do."""


def checked_vin(text: str) -> str:
    try:
        vin = parse_vin(text)
    except CodeRejected as exc:
        raise RegistrationRefused(f"VIN {text!r}: {exc.reason.value} ({exc.detail})") from exc
    return vin.code


def checked_pack_code(text: str) -> str:
    try:
        return find_battery_code(text).code
    except CodeRejected as exc:
        raise RegistrationRefused(f"pack code {text!r}: {exc.reason.value} ({exc.detail})") from exc


def checked_uscc(text: str) -> str:
    try:
        return parse_uscc(text).code
    except CodeRejected as exc:
        raise RegistrationRefused(f"USCC {text!r}: {exc.reason.value} ({exc.detail})") from exc


def parse_registration_csv(text: str) -> dict[str, list[str]]:
    """``vin,pack_code`` rows (a header row with those names is allowed, blank lines skipped) to pack codes per VIN,
    in file order without repeats. Raises :class:`RegistrationRefused` naming the first bad line."""
    registered: dict[str, list[str]] = {}
    # newline="" hands line ends to the csv module untouched, as its documentation asks: a spreadsheet's CRLF, a
    # bare CR and a quoted line break are then all read the way the spreadsheet meant them.
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    try:
        for row in reader:
            _add_row(registered, [cell.strip() for cell in row], number=reader.line_num)
    except csv.Error as exc:
        raise RegistrationRefused(f"line {reader.line_num}: not CSV ({exc})") from exc
    if not registered:
        raise RegistrationRefused("the file holds no vin,pack_code rows")
    return registered


def _add_row(registered: dict[str, list[str]], cells: list[str], *, number: int) -> None:
    if not any(cells):
        return
    if number == 1 and [c.lower() for c in cells] == ["vin", "pack_code"]:
        return
    if len(cells) != 2:
        raise RegistrationRefused(f"line {number}: expected 2 columns (vin,pack_code), found {len(cells)}")
    if number > MAX_CSV_ROWS:
        raise RegistrationRefused(f"the file has more than {MAX_CSV_ROWS} rows: split it")
    try:
        vin, code = checked_vin(cells[0]), checked_pack_code(cells[1])
    except RegistrationRefused as exc:
        raise RegistrationRefused(f"line {number}: {exc}") from exc
    codes = registered.setdefault(vin, [])
    if code not in codes:
        codes.append(code)


def publish_registrations(conn: psycopg.Connection, registrations: dict[str, Sequence[str]]) -> int:
    """Publishes each VIN's packs (its whole registration: what was registered before for it is replaced) in one
    transaction, so a file is published whole or not at all; returns how many VINs."""
    with conn.transaction():
        for vin, codes in registrations.items():
            register_packs(conn, vin=vin, codes=list(codes))
    return len(registrations)


def register_vin_packs(conn: psycopg.Connection, *, vin: str, codes: Iterable[str]) -> list[str]:
    checked = [checked_pack_code(code) for code in codes]
    if not checked:
        raise RegistrationRefused("give at least one pack code after --vin VIN")
    publish_registrations(conn, {checked_vin(vin): checked})
    return sorted(set(checked))


def list_receiver(conn: psycopg.Connection, *, uscc: str, name: str, category: ReceiverCategory) -> str:
    if not name.strip():
        raise RegistrationRefused("give the receiver's registered name with --name")
    code = checked_uscc(uscc)
    add_receiver(conn, uscc=code, name=name.strip(), category=category.value)
    return code


def delist_receiver(conn: psycopg.Connection, *, uscc: str) -> str:
    code = checked_uscc(uscc)
    listed = conn.execute(
        "SELECT value FROM reference_items WHERE kind = 'receiver' AND key = %s ORDER BY sequence DESC LIMIT 1",
        [code],
    ).fetchone()
    if listed is None or listed["value"].get("removed"):
        raise RegistrationRefused(f"{code} is not on the white list")
    remove_receiver(conn, uscc=code)
    return code


def revoke_yard_named(conn: psycopg.Connection, name: str, *, site_id: str = "") -> str:
    """Revokes the yard called ``name`` (or the one with ``site_id`` among several of that name); returns its site
    id."""
    sites = site_id_by_name(conn, name)
    if site_id:
        sites = [s for s in sites if s == site_id]
    if not sites:
        raise RegistrationRefused(
            f"no enrolled yard is called {name!r}" + (f" with site id {site_id}" if site_id else "")
        )
    if len(sites) > 1:
        raise RegistrationRefused(f"{len(sites)} yards are called {name!r}: add --site-id, one of {', '.join(sites)}")
    if not revoke_yard(conn, sites[0]):
        raise RegistrationRefused(f"the yard {name!r} was already revoked")
    return sites[0]
