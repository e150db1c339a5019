"""Why a sync attempt failed, as stable codes from the typed errors themselves (never from their English): a revoked
key, head office's TLS certificate not trusted, a yard clock a day off, no route; what the worker stores parses back
to the same kind. Real head office over HTTP and HTTPS on loopback."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.pg_cluster import free_port
from dismantler_app.domain.clock import FixedClock, SystemClock
from dismantler_app.hub.database import connect
from dismantler_app.hub.yards import revoke_yard
from dismantler_app.services.sync.link import load_link
from dismantler_app.services.sync.problems import SyncErrorKind, classify_error, error_record, parse_error_record
from dismantler_app.services.sync.state import Backoff, error_text
from dismantler_app.services.sync.worker import SyncWorker
from dismantler_app.sync.client import TLS_UNTRUSTED, UNREACHABLE, HubClient, HubRefused, HubUnreachable
from tests.hub.servers import ThreadedHub
from tests.hub.tls import make_tls_files

FAST = Backoff(base_s=0.05, cap_s=0.4, idle_s=0.2)


def _worker_records(yard, client) -> SyncErrorKind:
    SyncWorker(yard.sync, yard.yard.store.path, client, backoff=FAST, rng=random.Random(1)).run_round()
    parsed = parse_error_record(load_link(yard.yard.store)["last_error"])
    assert parsed is not None
    return parsed.kind


def test_a_revocation_is_stored_and_read_back_as_revoked(yard, hub, hub_db):
    yard.intake(1)
    with connect(hub_db[0], autocommit=True) as conn:
        revoke_yard(conn, yard.sync._site_id())
    assert _worker_records(yard, yard.client) is SyncErrorKind.REVOKED
    assert _worker_records(yard, yard.client) is SyncErrorKind.REVOKED  # the next round refuses before asking


def test_an_untrusted_tls_certificate_is_its_own_kind(tmp_path, hub_db, yard):
    (tmp_path / "tls").mkdir()
    ca, cert, key = make_tls_files(tmp_path / "tls")
    server = ThreadedHub(hub_db[0], tls=(ca, cert, key))
    plain = HubClient(server.url, clock=SystemClock(), timeout_s=5)  # public CAs only: the private CA is unknown
    try:
        with pytest.raises(HubUnreachable) as failed:
            plain.site_state(yard.key, yard.sync._site_id(), after={})
        assert failed.value.code == TLS_UNTRUSTED
        assert classify_error(failed.value).kind is SyncErrorKind.TLS_UNTRUSTED
        assert _worker_records(yard, plain) is SyncErrorKind.TLS_UNTRUSTED
    finally:
        plain.close()
        server.stop()


def test_a_yard_clock_a_day_off_is_told_as_clock_skew(yard, hub):
    skewed = FixedClock(SystemClock().now() + timedelta(hours=30))
    client = HubClient(hub.url, clock=skewed)
    try:
        with pytest.raises(HubRefused) as refused:
            client.reference(yard.key, yard.sync._site_id(), after=0)
        assert refused.value.code == "clock_skew"
        assert classify_error(refused.value).kind is SyncErrorKind.CLOCK_SKEW
        assert _worker_records(yard, client) is SyncErrorKind.CLOCK_SKEW
    finally:
        client.close()


def test_no_route_to_head_office_is_unreachable(yard):
    dead = HubClient(f"http://127.0.0.1:{free_port()}", clock=SystemClock(), timeout_s=2)
    try:
        with pytest.raises(HubUnreachable) as failed:
            dead.reference(yard.key, yard.sync._site_id(), after=0)
        assert failed.value.code == UNREACHABLE
        assert _worker_records(yard, dead) is SyncErrorKind.UNREACHABLE
    finally:
        dead.close()


@given(st.sampled_from(list(SyncErrorKind)), st.from_regex(r"[a-z][a-z0-9_]{0,20}|", fullmatch=True), st.text())
def test_every_stored_kind_and_code_parse_back(kind: SyncErrorKind, code: str, message: str) -> None:
    parsed = parse_error_record(error_text(kind, message, code=code))
    assert parsed is not None and (parsed.kind, parsed.hub_code, parsed.message) == (kind, code, message)


def test_the_kind_comes_from_the_code_not_the_words() -> None:
    # The same English with different codes gives different kinds: the message is never read.
    words = "head office failed (503); it will be retried"
    assert classify_error(HubUnreachable(words, code=TLS_UNTRUSTED)).kind is SyncErrorKind.TLS_UNTRUSTED
    assert classify_error(HubUnreachable(words, code=UNREACHABLE)).kind is SyncErrorKind.UNREACHABLE
    stored = error_record(HubRefused(403, "site_revoked", "anything at all"))
    assert parse_error_record(stored).kind is SyncErrorKind.REVOKED  # type: ignore[union-attr]
