"""Head office's reference-data commands, run as people run them (a separate ``dismantler`` process): registered
packs per VIN keyed in or from a CSV file, the receivers' white list, revoking a yard; and the CSV parser's
properties. What the commands publish reaches a real yard over HTTP and changes what its services do."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import uscc

from dismantler_app.hub.registrations import RegistrationRefused, parse_registration_csv
from dismantler_app.services import handovers, intakes
from dismantler_app.services.errors import InvalidInput
from dismantler_app.services.sync.service import SyncNotReady
from dismantler_app.storage import sync_store
from dismantler_app.storage.intakes import load_expected
from tests.services.yard_setup import bev, pack_code, vin
from tests.sync.yards import hub_rows

LISTED = "91440600MA4W00000" + uscc.calc_check_digit("91440600MA4W00000")


def _hub(dsn: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DISMANTLER_HUB_DB": dsn}
    return subprocess.run(
        [sys.executable, "-m", "dismantler_app", "hub", *argv], capture_output=True, text=True, env=env, timeout=60
    )


def _items(dsn: str, kind: str) -> list[dict]:
    return hub_rows(dsn, "SELECT key, value FROM reference_items WHERE kind = %s ORDER BY sequence", [kind])


def test_register_packs_by_vin_and_from_a_csv_file_reaches_the_yards_intakes(hub_db, yard, tmp_path):
    dsn = hub_db[0]
    done = _hub(dsn, "register-packs", "--vin", bev(3).vin.lower(), pack_code(31), pack_code(32))
    assert done.returncode == 0, done.stderr
    assert _items(dsn, "registered_packs") == [{"key": bev(3).vin, "value": {"codes": [pack_code(31), pack_code(32)]}}]

    table = tmp_path / "registrations.csv"
    rows = [f"{bev(4).vin},{pack_code(41)}", f"{bev(4).vin},{pack_code(42)}", f"{bev(5).vin},{pack_code(51)}"]
    table.write_text("\ufeffvin,pack_code\n" + "\n".join(rows) + "\n", encoding="utf-8")
    done = _hub(dsn, "register-packs", "--csv", str(table))
    assert done.returncode == 0, done.stderr
    assert "for 2 VINs" in done.stdout
    assert len(_items(dsn, "registered_packs")) == 3

    yard.sync.push(yard.client)
    y = yard.yard
    intake = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(4))
    with y.store.read() as session:
        assert sorted(load_expected(session, intake).codes) == [pack_code(41), pack_code(42)]


def test_register_packs_refuses_bad_input_and_publishes_nothing_of_a_bad_file(hub_db, tmp_path):
    dsn = hub_db[0]
    bad_vin = _hub(dsn, "register-packs", "--vin", "LSVAB2BR0000000I1", pack_code(1))
    assert bad_vin.returncode == 2 and "VIN" in bad_vin.stderr and "forbidden_letter" in bad_vin.stderr
    no_codes = _hub(dsn, "register-packs", "--vin", bev(1).vin)
    assert no_codes.returncode == 2 and "at least one pack code" in no_codes.stderr
    table = tmp_path / "bad.csv"
    table.write_text(f"{bev(1).vin},{pack_code(1)}\n{bev(2).vin},NOT-A-PACK\n", encoding="utf-8")
    bad_row = _hub(dsn, "register-packs", "--csv", str(table))
    assert bad_row.returncode == 2 and "line 2" in bad_row.stderr
    neither = _hub(dsn, "register-packs")
    assert neither.returncode == 2 and "--vin VIN CODE... or --csv FILE" in neither.stderr
    assert _items(dsn, "registered_packs") == []


def test_receivers_add_and_remove_change_what_a_yard_accepts(hub_db, yard):
    dsn = hub_db[0]
    name = "广东邦普循环科技有限公司"
    added = _hub(dsn, "receivers", "add", "--uscc", LISTED, "--name", name, "--category", "cascade_use")
    assert added.returncode == 0, added.stderr
    yard.sync.push(yard.client)
    with yard.yard.store.read() as session:
        assert sync_store.white_list(session) == {LISTED: {"name": name, "category": "cascade_use"}}
    y = yard.yard
    intake, _ = yard.certify(6, packs_count=2)
    handovers.hand_over_pack(
        y.ctx, y.operator, y.clock, intake, pack_code=pack_code(60), receiver_name="邦普", receiver_uscc=LISTED,
        handed_over_on=date(2026, 6, 1),
    )  # fmt: skip

    removed = _hub(dsn, "receivers", "remove", "--uscc", LISTED)
    assert removed.returncode == 0, removed.stderr
    yard.sync.push(yard.client)
    with pytest.raises(InvalidInput, match="not_white_listed"):
        handovers.hand_over_pack(
            y.ctx, y.operator, y.clock, intake, pack_code=pack_code(61), receiver_name="邦普", receiver_uscc=LISTED,
            handed_over_on=date(2026, 6, 1),
        )  # fmt: skip

    again = _hub(dsn, "receivers", "remove", "--uscc", LISTED)
    assert again.returncode == 2 and "not on the white list" in again.stderr
    bad = _hub(dsn, "receivers", "add", "--uscc", LISTED[:-1] + "0", "--name", "x")
    assert bad.returncode == 2 and "USCC" in bad.stderr
    category = _hub(dsn, "receivers", "add", "--uscc", LISTED, "--name", "x", "--category", "scrapyard")
    assert category.returncode == 2 and "--category must be one of" in category.stderr


def test_revoke_yard_by_name_stops_that_yard(hub_db, yard):
    dsn = hub_db[0]
    unknown = _hub(dsn, "revoke-yard", "Nowhere")
    assert unknown.returncode == 2 and "no enrolled yard is called 'Nowhere'" in unknown.stderr
    done = _hub(dsn, "revoke-yard", "North")
    assert done.returncode == 0, done.stderr
    assert yard.sync._site_id() in done.stdout
    assert hub_rows(dsn, "SELECT key FROM reference_items WHERE kind = 'revoked_key'") == [
        {"key": yard.sync._site_id()}
    ]
    with pytest.raises(SyncNotReady, match="revoked"):
        yard.sync.push(yard.client)
    twice = _hub(dsn, "revoke-yard", "North")
    assert twice.returncode == 2 and "already revoked" in twice.stderr


vins = st.integers(0, 99_999_999).map(vin)
codes = st.integers(0, 9_999_999).map(pack_code)


@given(st.lists(st.tuples(vins, codes), min_size=1, max_size=30), st.booleans(), st.booleans())
def test_the_csv_parser_keeps_every_row_grouped_by_vin(rows, header, crlf):
    newline = "\r\n" if crlf else "\n"
    text = ("vin,pack_code" + newline if header else "") + newline.join(f"{v},{c}" for v, c in rows) + newline
    parsed = parse_registration_csv(text)
    assert set(parsed) == {v for v, _ in rows}
    for v, c in rows:
        assert c in parsed[v]
    assert sum(len(cs) for cs in parsed.values()) == len(set(rows))


@given(st.text(max_size=200))
def test_the_csv_parser_either_parses_or_says_which_line_is_wrong(text):
    try:
        parsed = parse_registration_csv(text)
    except RegistrationRefused as exc:
        assert str(exc)
    else:
        assert parsed and all(len(v) == 17 and cs for v, cs in parsed.items())
