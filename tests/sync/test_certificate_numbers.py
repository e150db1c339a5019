"""A certificate number names one vehicle forever: a real yard (SQLite file) restores an older backup and goes on
issuing, with and without having synced first, and never prints a number twice; when two certificates under one
number do reach head office (a series forced back by hand, as an old program or a hand-copied database would), head
office keeps the first, refuses the second back to its yard as a problem, lists it for its staff, and answers
"conflict" for both QR codes."""

from __future__ import annotations

import sqlite3

import httpx

from dismantler_app.domain.certificate_statement import build_statement
from dismantler_app.domain.statement_signing import sign_statement
from dismantler_app.hub.admin import admin_page
from dismantler_app.hub.database import connect
from dismantler_app.services.certificate_documents import certificate_document
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.sync.problems import list_sync_problems
from dismantler_app.services.sync.service import SyncService
from dismantler_app.storage.backup import backup_to, restore_from
from dismantler_app.storage.certificates import number_place
from dismantler_app.storage.database import Store
from dismantler_app.sync.events import RejectionCode
from tests.services.yard_setup import TEST_HASHER, number_parts
from tests.sync.yards import SyncedYard, hub_rows, push_until_done, synced_yard

PER_ROUND = 4


def _restore(yard: SyncedYard, backup, *, before_open=None) -> None:
    """Closes the yard, restores ``backup`` over its database (a new epoch) and opens it again."""
    path, photos = yard.yard.store.path, yard.yard.ctx.photos
    yard.yard.store.close()
    restore_from(backup, path)
    if before_open is not None:
        before_open(path)
    store = Store.open(path)
    yard.yard.ctx = ServiceContext(store=store, photos=photos, station="gate-1", password_hasher=TEST_HASHER)
    yard.yard.store = store
    yard.sync = SyncService(store=store, photos=photos, signing_key=yard.key, clock=yard.yard.clock, batch_events=50)


def _issue(yard: SyncedYard, serials: range) -> dict[str, str]:
    """number -> VIN of the certificates issued for these serials."""
    issued = {}
    for serial in serials:
        _, number = yard.certify(serial)
        issued[number] = certificate_document(yard.yard.ctx, yard.yard.supervisor, number).vehicle.vin
    return issued


def _qr(yard: SyncedYard, number: str) -> str:
    document = certificate_document(yard.yard.ctx, yard.yard.supervisor, number)
    return sign_statement(build_statement(document), yard.key)


def _verify(hub, qr: str) -> dict:
    answer = httpx.post(hub.url + "/v1/certificates/verify", json={"qr_text": qr})
    assert answer.status_code == 200
    return answer.json()


def test_backup_issue_sync_restore_issue_sync_never_issues_a_number_twice(hub, hub_db, tmp_path):
    yard = synced_yard(tmp_path / "yard", hub_url=hub.url, dsn=hub_db[0], name="North")
    try:
        backup = backup_to(yard.yard.store, tmp_path / "backup.sqlite3")
        first = _issue(yard, range(1, 1 + PER_ROUND))
        push_until_done(yard.sync, yard.client)
        _restore(yard, backup)
        second = _issue(yard, range(11, 11 + PER_ROUND))
        push_until_done(yard.sync, yard.client)

        assert not set(first) & set(second)
        # the restored database counts from where the backup stood, in a series of its own
        assert [number_parts(n) for n in first] == [number_parts(n) for n in second]
        held = {r["number"]: r["vin"] for r in hub_rows(hub_db[0], "SELECT number, vin FROM certificates")}
        assert held == first | second
        assert hub_rows(hub_db[0], "SELECT * FROM certificate_conflicts") == []
        assert list_sync_problems(yard.yard.ctx, yard.yard.supervisor) == []
        for number in second:
            verdict = _verify(hub, _qr(yard, number))
            assert verdict["valid"] is True and verdict["status"] == "valid"
            assert verdict["held"]["vin"] == second[number]
    finally:
        yard.close()


def test_without_syncing_before_the_restore_the_printed_numbers_are_still_never_reused(hub, hub_db, tmp_path):
    yard = synced_yard(tmp_path / "yard", hub_url=hub.url, dsn=hub_db[0], name="North")
    try:
        backup = backup_to(yard.yard.store, tmp_path / "backup.sqlite3")
        printed = _issue(yard, range(1, 1 + PER_ROUND))  # on paper, never sent: the restore loses them
        _restore(yard, backup)
        second = _issue(yard, range(11, 11 + PER_ROUND))
        push_until_done(yard.sync, yard.client)

        assert not set(printed) & set(second)
        held = {r["number"]: r["vin"] for r in hub_rows(hub_db[0], "SELECT number, vin FROM certificates")}
        assert held == second
        assert hub_rows(hub_db[0], "SELECT * FROM certificate_conflicts") == []
    finally:
        yard.close()


def test_a_database_copied_to_another_place_draws_a_new_series(hub, hub_db, tmp_path):
    yard = synced_yard(tmp_path / "yard", hub_url=hub.url, dsn=hub_db[0], name="North")
    try:
        first = _issue(yard, range(1, 3))
        with sqlite3.connect(yard.yard.store.path) as conn:
            [(place,)] = conn.execute("SELECT certificate_series_place FROM yard").fetchall()
            # as if the file had been copied from another PC: the place it was drawn for is not this one
            conn.execute("UPDATE yard SET certificate_series_place = 'other-pc|/home/yard/yard.sqlite3'")
        assert place == number_place(yard.yard.store.path)
        second = _issue(yard, range(11, 13))
        series = {n.split("-")[1] for n in first}, {n.split("-")[1] for n in second}
        assert len(series[0]) == len(series[1]) == 1 and series[0] != series[1]
        assert [number_parts(n)[2] for n in second] == [1, 2]
    finally:
        yard.close()


def test_two_certificates_under_one_number_are_a_conflict_at_head_office_and_at_the_yard(hub, hub_db, tmp_path):
    yard = synced_yard(tmp_path / "yard", hub_url=hub.url, dsn=hub_db[0], name="North")
    try:
        backup = backup_to(yard.yard.store, tmp_path / "backup.sqlite3")
        first = _issue(yard, range(1, 3))
        push_until_done(yard.sync, yard.client)
        first_qrs = {number: _qr(yard, number) for number in first}
        old_series = next(iter(first)).split("-")[1]

        def force_old_series(path) -> None:
            # what an older program (or a database copied by hand) does: number on from the backup's counter
            with sqlite3.connect(path) as conn:
                conn.execute(
                    "UPDATE yard SET certificate_series = ?, certificate_series_place = ?",
                    [old_series, number_place(path)],
                )

        _restore(yard, backup, before_open=force_old_series)
        second = _issue(yard, range(11, 13))
        assert set(second) == set(first)  # the same numbers, printed for other vehicles
        push_until_done(yard.sync, yard.client)

        held = {r["number"]: r["vin"] for r in hub_rows(hub_db[0], "SELECT number, vin FROM certificates")}
        assert held == first  # the first is kept
        conflicts = hub_rows(hub_db[0], "SELECT number, held_vin, vin FROM certificate_conflicts ORDER BY number")
        assert conflicts == [{"number": n, "held_vin": first[n], "vin": second[n]} for n in sorted(first)]
        # the yard hears of it, per certificate, as a problem to act on
        problems = list_sync_problems(yard.yard.ctx, yard.yard.supervisor)
        taken = [p for p in problems if p.code == RejectionCode.CERTIFICATE_NUMBER_TAKEN]
        assert sorted(p.subject["number"] for p in taken) == sorted(first)
        assert all("void it and issue a new one" in p.detail for p in taken)
        # head office's staff see it on the admin page
        with connect(hub_db[0], autocommit=True) as conn:
            page = admin_page(conn, user="staff", csrf_token="token")
        assert "Certificate numbers naming two vehicles" in page
        assert all(n in page and first[n] in page and second[n] in page for n in first)
        # and neither certificate verifies: both answer "conflict"
        for number in first:
            for qr in (first_qrs[number], _qr(yard, number)):
                verdict = _verify(hub, qr)
                assert verdict["valid"] is False and verdict["status"] == "conflict" and verdict["conflict"] is True
                assert verdict["held"] is None and "names more than one vehicle" in verdict["reason"]
        # pushing again changes nothing: the refusal is recorded once
        yard.sync.push(yard.client)
        assert len(hub_rows(hub_db[0], "SELECT * FROM certificate_conflicts")) == len(first)
    finally:
        yard.close()


def test_a_certificate_held_for_another_vehicle_is_a_conflict_before_the_second_one_arrives(hub, hub_db, tmp_path):
    """A QR naming a held number with another VIN (not yet sent, or never to be) is never "valid … held"."""
    yard = synced_yard(tmp_path / "yard", hub_url=hub.url, dsn=hub_db[0], name="North")
    try:
        backup = backup_to(yard.yard.store, tmp_path / "backup.sqlite3")
        first = _issue(yard, range(1, 2))
        push_until_done(yard.sync, yard.client)
        old_series = next(iter(first)).split("-")[1]

        def force_old_series(path) -> None:
            with sqlite3.connect(path) as conn:
                conn.execute(
                    "UPDATE yard SET certificate_series = ?, certificate_series_place = ?",
                    [old_series, number_place(path)],
                )

        _restore(yard, backup, before_open=force_old_series)
        [number] = _issue(yard, range(11, 12))
        verdict = _verify(hub, _qr(yard, number))  # not pushed: head office holds only the first
        assert verdict["valid"] is False and verdict["status"] == "conflict"
    finally:
        yard.close()


def test_a_number_alone_tells_a_stranger_nothing(yard, hub):
    _, number = yard.certify(1)
    yard.sync.push(yard.client)
    vin = certificate_document(yard.yard.ctx, yard.yard.supervisor, number).vehicle.vin
    answers = [httpx.get(f"{hub.url}/v1/certificates/{asked}") for asked in (number, "SH01-2026-000001", "nothing")]
    # the same answer whether head office holds the number or not, naming neither vehicle nor yard
    assert {(a.status_code, a.text) for a in answers} == {(answers[0].status_code, answers[0].text)}
    assert answers[0].status_code == 403 and answers[0].json()["detail"]["code"] == "verify_with_qr"
    assert vin not in answers[0].text and "North" not in answers[0].text
    # the holder of the QR text is answered
    assert _verify(hub, _qr(yard, number))["held"]["vin"] == vin
