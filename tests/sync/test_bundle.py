"""USB sticks: export, import at head office through the ingest path, receipt back; twice, overlapping, lost; and
bundles that try to escape, explode or lie."""

from __future__ import annotations

import json
import zipfile

import pytest

from dismantler_app.hub.bundles import import_bundle_file
from dismantler_app.hub.database import connect
from dismantler_app.hub.yards import yard_verify_key
from dismantler_app.storage.outbox import OutboxState, list_events
from dismantler_app.sync.bundle import BundleRefused, read_bundle, receipt_path_for
from tests.sync.yards import hub_rows, projections


def _total(yard) -> int:
    with yard.yard.store.read() as session:
        return len(list_events(session, limit=10_000))


def _states(yard) -> set[OutboxState]:
    with yard.yard.store.read() as session:
        return {e.state for e in list_events(session, limit=10_000)}


def test_a_stick_goes_out_and_its_receipt_marks_events_delivered(yard, hub_db, tmp_path):
    for serial in range(5):
        yard.intake(serial)
    stick = tmp_path / "stick.dmb"
    exported = yard.sync.export_bundle(stick)
    assert exported == _total(yard) and _states(yard) == {OutboxState.EXPORTED}
    assert not list(tmp_path.glob(".stick.dmb.*"))  # the temp file was renamed, not left behind
    summary = import_bundle_file(hub_db[0], stick)
    assert summary["epochs"][0]["cursor"] == exported + summary["epochs"][0]["epoch_first_sequence"] - 1
    report = yard.sync.import_receipt(receipt_path_for(stick))
    assert report.events_delivered == exported and _states(yard) == {OutboxState.DELIVERED}
    # Importing the same stick and its receipt again changes nothing.
    import_bundle_file(hub_db[0], stick)
    again = yard.sync.import_receipt(receipt_path_for(stick))
    assert again.events_delivered == 0
    assert hub_rows(hub_db[0], "SELECT count(*) AS n FROM events")[0]["n"] == exported
    assert len(projections(hub_db[0])["links"]) == 5


def test_a_lost_stick_and_an_overlapping_one_end_in_the_same_state(yard, hub_db, tmp_path):
    for serial in range(3):
        yard.intake(serial)
    yard.sync.export_bundle(tmp_path / "lost.dmb")  # never reaches head office
    for serial in range(3, 6):
        yard.intake(serial)
    second = tmp_path / "second.dmb"
    assert yard.sync.export_bundle(second) == _total(yard)  # the lost stick's events travel again
    import_bundle_file(hub_db[0], second)
    yard.sync.import_receipt(receipt_path_for(second))
    import_bundle_file(hub_db[0], tmp_path / "lost.dmb")  # found after all: overlaps, changes nothing
    assert _states(yard) == {OutboxState.DELIVERED}
    assert hub_rows(hub_db[0], "SELECT count(*) AS n FROM events")[0]["n"] == _total(yard)
    assert yard.sync.push(yard.client).batches_sent == 0


def test_a_receipt_from_another_hub_is_refused(yard, hub_db, tmp_path):
    yard.intake(1)
    stick = tmp_path / "stick.dmb"
    yard.sync.export_bundle(stick)
    import_bundle_file(hub_db[0], stick)
    receipt = json.loads(receipt_path_for(stick).read_text())
    receipt["body"]["epochs"][0]["cursor"] += 100
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(receipt))
    from dismantler_app.sync.documents import SignatureRefused

    with pytest.raises(SignatureRefused):
        yard.sync.import_receipt(forged)
    assert _states(yard) == {OutboxState.EXPORTED}


def _read(hub_db, path):
    with connect(hub_db[0], autocommit=True) as conn:
        return read_bundle(path, verify_key_for=lambda site: yard_verify_key(conn, site))


def _rewrite(source, target, edit):
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            edit(new, info.filename, old.read(info))


@pytest.mark.parametrize("name", ["../../etc/cron.d/evil", "/abs/path", "photos/../../x", "batches\\000001.json"])
def test_bundle_members_that_try_to_escape_are_refused(yard, hub_db, tmp_path, name):
    yard.intake(1)
    yard.sync.export_bundle(tmp_path / "ok.dmb")

    def add_evil(new, filename, data):
        new.writestr(filename, data)
        if filename == "index.json":
            new.writestr(name, b"x")

    _rewrite(tmp_path / "ok.dmb", tmp_path / "evil.dmb", add_evil)
    with pytest.raises(BundleRefused, match="unexpected or repeated member"):
        _read(hub_db, tmp_path / "evil.dmb")


def test_a_zip_bomb_is_refused_without_expanding_it(yard, hub_db, tmp_path, monkeypatch):
    yard.intake(1)
    yard.sync.export_bundle(tmp_path / "ok.dmb")
    monkeypatch.setattr("dismantler_app.sync.bundle.MAX_BATCH_BYTES", 1_000_000)

    def bomb(new, filename, data):
        if filename.startswith("batches/"):
            data = b" " * 50_000_000  # 50 MB of spaces deflate to about 50 kB
        new.writestr(filename, data, compress_type=zipfile.ZIP_DEFLATED)

    _rewrite(tmp_path / "ok.dmb", tmp_path / "bomb.dmb", bomb)
    with pytest.raises(BundleRefused, match=r"at most|expands beyond"):
        _read(hub_db, tmp_path / "bomb.dmb")


def test_an_altered_member_is_refused(yard, hub_db, tmp_path):
    yard.intake(1)
    yard.sync.export_bundle(tmp_path / "ok.dmb")

    def alter(new, filename, data):
        new.writestr(filename, data.replace(b"pack_recorded", b"pack_recordeD") if filename.startswith("b") else data)

    _rewrite(tmp_path / "ok.dmb", tmp_path / "altered.dmb", alter)
    with pytest.raises(BundleRefused, match="does not match the signed index"):
        _read(hub_db, tmp_path / "altered.dmb")
    assert hub_rows(hub_db[0], "SELECT count(*) AS n FROM events")[0]["n"] == 0
