"""A yard whose key head office revoked (a stolen PC) comes back: it makes a new key pair, head office issues a
``--replace-key`` token, the yard enrols again under the same site id and its queue drains; the old key stays refused
for requests and batches, and certificates it signed before the revocation still verify, at head office and at the
yard. Everything through the commands people run, against PostgreSQL and uvicorn on loopback."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dismantler_app.cli.main import main
from dismantler_app.domain.certificate_statement import build_statement, statement_of
from dismantler_app.domain.clock import SystemClock
from dismantler_app.domain.statement_signing import sign_statement, verify_qr_text
from dismantler_app.hub.database import connect
from dismantler_app.hub.yards import create_enrolment_token
from dismantler_app.services.certificate_documents import certificate_document
from dismantler_app.services.sync.link import load_link
from dismantler_app.services.sync.service import NotReady, SyncNotReady, SyncService
from dismantler_app.services.yard_keys import load_or_create_yard_keys, load_yard_public_keys
from dismantler_app.sync.batch import encode_batch_bytes
from dismantler_app.sync.client import HubClient, HubRefused
from dismantler_app.sync.keys import load_sealing_public_key, public_key_text
from tests.hub.servers import enrolment_token
from tests.services.certified_yard import open_certified_yard
from tests.sync.yards import hub_rows, projections


def _qr(yard, number: str, key, **changes) -> str:
    statement = dataclasses.replace(statement_of(certificate_document(yard.ctx, yard.supervisor, number)), **changes)
    return sign_statement(build_statement(statement), key)


def _verify(hub, qr: str) -> dict:
    answer = httpx.post(hub.url + "/v1/certificates/verify", json={"qr_text": qr})
    assert answer.status_code == 200
    return answer.json()


def _token(capsys, *argv: str) -> str:
    assert main(["hub", "enrol-yard", *argv]) == 0, capsys.readouterr().err
    return capsys.readouterr().out.strip()


def _status(capsys, data: list[str]) -> dict:
    assert main([*data, "sync", "status", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_revoked_yard_rotates_its_key_and_comes_back_under_its_site_id(tmp_path, hub, hub_db, capsys):
    dsn = hub_db[0]
    folder = tmp_path / "yard"
    yard = open_certified_yard(folder)
    data = ["--data-dir", str(folder)]
    try:
        first = yard.certify(1)
        token = _token(capsys, "North", "--db", dsn)
        assert main([*data, "sync", "enrol", token, "--hub", hub.url]) == 0
        assert main([*data, "sync", "push"]) == 0
        capsys.readouterr()
        site_id = hub_rows(dsn, "SELECT site_id FROM yards")[0]["site_id"]
        old = load_or_create_yard_keys(folder)
        old_qr = _qr(yard, first.number, old.private_key)

        # The PC is stolen: head office revokes the key; the yard goes on working but sends nothing.
        assert main(["hub", "revoke-yard", "North", "--db", dsn]) == 0
        second = yard.certify(2)
        assert main([*data, "sync", "push"]) == 2
        assert "revoked" in capsys.readouterr().err
        backlog = _status(capsys, data)["pending"]
        assert backlog > 0

        # A plain token cannot take over an enrolled site; the re-enrolment token names it.
        plain = _token(capsys, "North", "--db", dsn)
        assert main(["hub", "enrol-yard", "Nowhere", "--replace-key", "--db", dsn]) == 2
        assert "no enrolled yard is called 'Nowhere'" in capsys.readouterr().err
        replace = _token(capsys, "North", "--replace-key", "--db", dsn)

        assert main([*data, "sync", "rotate-key"]) == 0
        assert "--replace-key" in capsys.readouterr().out
        new = load_or_create_yard_keys(folder)
        assert new.fingerprint != old.fingerprint
        assert (folder / "keys" / "retired" / f"{old.fingerprint}.pub.pem").is_file()
        assert _status(capsys, data)["revoked"]  # nothing is sent under a key head office does not know

        assert main([*data, "sync", "enrol", plain, "--hub", hub.url]) == 2
        assert "--replace-key" in capsys.readouterr().err
        assert main([*data, "sync", "enrol", replace, "--hub", hub.url]) == 0
        assert "enrolled at head office as North" in capsys.readouterr().out
        assert not _status(capsys, data)["revoked"]

        # Whoever holds the old PC still signs with the old key: its batches and requests are refused.
        thief = SyncService(store=yard.ctx.store, photos=yard.ctx.photos, signing_key=old.private_key, clock=yard.clock)
        batch = next(iter(thief._batches_to_send(site_id)))
        sealing = load_sealing_public_key(load_link(yard.ctx.store)["hub_sealing_key"])
        client = HubClient(hub.url, clock=SystemClock())
        try:
            body = encode_batch_bytes(batch, signing_key=old.private_key, hub_sealing_key=sealing)
            with pytest.raises(HubRefused) as refused:
                client.push_batch_bytes(body, batch_hash=batch.batch_hash)
            assert (refused.value.status, refused.value.code) == (401, "bad_signature")
            with pytest.raises(HubRefused) as told:
                client.site_state(old.private_key, site_id, after={})
            assert (told.value.status, told.value.code) == (403, "site_revoked")
        finally:
            client.close()
        held_before = hub_rows(dsn, "SELECT count(*) AS n FROM events")[0]["n"]

        # The yard itself, under its new key: the backlog drains into the same site, exactly once.
        assert main([*data, "sync", "push", "--json"]) == 0
        pushed = json.loads(capsys.readouterr().out)
        assert pushed["status"]["pending"] == 0 and pushed["events_delivered"] == backlog
        assert hub_rows(dsn, "SELECT site_id, public_key, revoked_at FROM yards") == [
            {"site_id": site_id, "public_key": public_key_text(new.private_key), "revoked_at": None}
        ]
        keys = hub_rows(dsn, "SELECT public_key, revoked_reason FROM yard_keys ORDER BY enrolled_at")
        assert keys == [
            {"public_key": public_key_text(old.private_key), "revoked_reason": "revoked"},
            {"public_key": public_key_text(new.private_key), "revoked_reason": ""},
        ]
        assert hub_rows(dsn, "SELECT count(*) AS n FROM events")[0]["n"] == held_before + backlog
        assert {r["site_id"] for r in hub_rows(dsn, "SELECT site_id FROM cursors")} == {site_id}
        assert [r["number"] for r in projections(dsn)["certificates"]] == sorted([first.number, second.number])

        # Certificates: the old key's, dated before the revocation, still verify; one it signs now is refused.
        verdict = _verify(hub, old_qr)
        assert verdict["valid"] and verdict["yard"]["key_revoked"] and verdict["yard"]["signed_before_revocation"]
        today = datetime.now(UTC).date()
        forged = _verify(hub, _qr(yard, second.number, old.private_key, issued_on=today))
        assert forged["signature"] == "valid" and not forged["valid"] and "revoked on" in forged["reason"]
        fresh = _verify(hub, _qr(yard, second.number, new.private_key))
        assert fresh["valid"] and not fresh["yard"]["key_revoked"]
        # At the yard: the retired public key is kept, so its certificates check with the yard's own keys.
        yard_keys = load_yard_public_keys(folder)
        assert len(yard_keys) == 2
        assert not verify_qr_text(old_qr, yard_keys[0]).valid and verify_qr_text(old_qr, yard_keys[1]).valid
    finally:
        yard.close()


def test_a_re_enrolment_needs_the_named_site_and_a_key_never_enrolled(yard, hub, hub_db):
    dsn = hub_db[0]
    site_id = yard.sync._site_id()
    client = HubClient(hub.url, clock=SystemClock())
    try:
        fresh = public_key_text(Ed25519PrivateKey.generate())
        with pytest.raises(HubRefused, match="already enrolled"):
            client.enrol(token=enrolment_token(dsn, "North"), site_id=site_id, public_key=fresh)
        replace = _replace_token(dsn, "North")
        with pytest.raises(HubRefused, match="this key was enrolled before"):
            client.enrol(token=replace, site_id=site_id, public_key=public_key_text(yard.key))
        with pytest.raises(HubRefused, match=f"re-enrols site {site_id}, not elsewhere"):
            client.enrol(token=_replace_token(dsn, "North"), site_id="elsewhere", public_key=fresh)
        # A rotation without a revocation first: the earlier key stops being trusted at the re-enrolment.
        client.enrol(token=_replace_token(dsn, "North"), site_id=site_id, public_key=fresh)
        with pytest.raises(SyncNotReady) as refused:
            yard.sync.push(yard.client)
        assert refused.value.code == NotReady.REVOKED
        revoked = hub_rows(dsn, "SELECT value FROM reference_items WHERE kind = 'revoked_key'")
        assert [r["value"]["public_key"] for r in revoked] == [public_key_text(yard.key)]
        assert revoked[0]["value"]["revoked_at"]
    finally:
        client.close()


def _replace_token(dsn: str, name: str) -> str:
    with connect(dsn, autocommit=True) as conn:
        return create_enrolment_token(conn, name, replace_key=True)
