"""What the yard keeps of its enrolment: head office's URL and private CA (so the desktop worker needs no flags), and
head office's revocation of the yard's key (pushing stops, the status says so)."""

from __future__ import annotations

import json
import random
import time

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from benchmarks.pg_cluster import free_port
from dismantler_app.cli.main import main
from dismantler_app.domain.clock import SystemClock
from dismantler_app.hub.database import connect
from dismantler_app.hub.yards import revoke_yard
from dismantler_app.services.sync.link import HubAddressMissing, hub_client, load_link
from dismantler_app.services.sync.service import SyncNotReady, SyncService
from dismantler_app.services.sync.state import Backoff
from dismantler_app.services.sync.worker import SyncWorker
from dismantler_app.sync.client import HubClient, HubRefused, HubUnreachable
from tests.hub.servers import ThreadedHub, enrolment_token
from tests.hub.tls import make_tls_files
from tests.services.yard_setup import open_yard
from tests.sync.yards import SyncedYard, assert_exactly_once, hub_rows

FAST = Backoff(base_s=0.05, cap_s=0.4, idle_s=0.2)


def _wait(condition, *, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError("the worker did not get there in time")


@pytest.fixture
def tls_hub(tmp_path, hub_db):
    (tmp_path / "tls").mkdir()
    ca, cert, key = make_tls_files(tmp_path / "tls")
    server = ThreadedHub(hub_db[0], tls=(ca, cert, key))
    yield server, ca
    server.stop()


def _tls_yard(tmp_path, hub_url: str, ca, dsn: str) -> SyncedYard:
    (tmp_path / "yard").mkdir()
    yard = open_yard(tmp_path / "yard")
    key = Ed25519PrivateKey.generate()
    sync = SyncService(store=yard.store, photos=yard.ctx.photos, signing_key=key, clock=yard.clock, batch_events=50)
    client = HubClient(hub_url, clock=SystemClock(), verify_tls=str(ca))
    sync.enrol(client, token=enrolment_token(dsn, "Harbour"), hub_ca_path=ca)
    return SyncedYard(yard, sync, client, key)


def test_the_desktop_worker_reaches_a_private_ca_head_office_with_the_url_alone(tmp_path, tls_hub, hub_db):
    server, ca = tls_hub
    yard = _tls_yard(tmp_path, server.url, ca, hub_db[0])
    try:
        for serial in range(3):
            yard.intake(serial)
        assert yard.sync.status().hub_ca_path == str(ca.resolve())
        # Built the way the desktop app builds it: the URL only, public CAs only.
        plain = HubClient(server.url, clock=SystemClock(), timeout_s=5)
        with pytest.raises(HubUnreachable):
            yard.sync.push(plain)  # without the stored CA the TLS handshake fails
        worker = SyncWorker(yard.sync, yard.yard.store.path, plain, backoff=FAST, rng=random.Random(1))
        worker.start()
        try:
            _wait(lambda: yard.sync.status().pending == 0)
        finally:
            worker.stop()
            worker.client.close()
        assert_exactly_once(yard, hub_db[0])
    finally:
        yard.close()


def test_the_stored_ca_is_used_for_the_enrolled_url_only_and_a_missing_file_is_named(tmp_path, tls_hub, hub_db):
    server, ca = tls_hub
    yard = _tls_yard(tmp_path, server.url, ca, hub_db[0])
    try:
        link = load_link(yard.yard.store)
        enrolled = hub_client(link, clock=SystemClock())
        assert enrolled.base_url == server.url and enrolled.verify_tls == str(ca.resolve())
        elsewhere = hub_client(link, clock=SystemClock(), url="https://hub.example.cn")
        assert elsewhere.verify_tls is True  # another host keeps the public CAs
        enrolled.close()
        elsewhere.close()
        ca.unlink()
        with pytest.raises(HubAddressMissing, match="no CA certificate at"):
            hub_client(link, clock=SystemClock())
    finally:
        yard.close()


def test_a_revoked_yard_stops_pushing_and_says_so(yard, hub, hub_db, capsys):
    yard.intake(1)
    yard.sync.push(yard.client)
    with connect(hub_db[0], autocommit=True) as conn:
        assert revoke_yard(conn, yard.sync._site_id())
    yard.intake(2)

    with pytest.raises(SyncNotReady, match="revoked this yard's key"):
        yard.sync.push(yard.client)
    status = yard.sync.status()
    assert status.revoked and status.revoked_at and status.pending > 0
    assert hub_rows(hub_db[0], "SELECT count(*) AS n FROM events")[0]["n"] == status.delivered

    # From now on the yard does not even ask: with nothing listening at the address, the answer is still
    # "revoked", never "unreachable", and the worker records it as its round's outcome.
    dead = HubClient(f"http://127.0.0.1:{free_port()}", clock=SystemClock(), timeout_s=2)
    with pytest.raises(SyncNotReady, match="revoked"):
        yard.sync.push(dead)
    with pytest.raises(SyncNotReady, match="revoked"):
        yard.sync.export_bundle(yard.yard.store.path.parent / "stick.dmb")
    SyncWorker(yard.sync, yard.yard.store.path, dead, backoff=FAST).run_round()
    assert "revoked" in load_link(yard.yard.store)["last_error"]
    dead.close()

    data_dir = str(yard.yard.store.path.parent)
    assert main(["--data-dir", data_dir, "sync", "status", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["revoked"] is True and shown["revoked_at"] == status.revoked_at
    assert main(["--data-dir", data_dir, "sync", "status"]) == 0
    assert "REVOKED" in capsys.readouterr().out
    assert main(["--data-dir", data_dir, "sync", "push"]) == 2
    assert "revoked this yard's key" in capsys.readouterr().err


def test_a_request_signed_by_another_key_is_not_told_about_the_revocation(yard, hub, hub_db):
    with connect(hub_db[0], autocommit=True) as conn:
        revoke_yard(conn, yard.sync._site_id())
    stranger = HubClient(hub.url, clock=SystemClock())
    try:
        with pytest.raises(HubRefused) as refused:
            stranger.site_state(Ed25519PrivateKey.generate(), yard.sync._site_id(), after={})
        assert (refused.value.status, refused.value.code) == (401, "bad_signature")
    finally:
        stranger.close()
