"""Head office refuses strangers cheaply, on loopback: no admin page or metrics without head-office credentials,
sign-in with a session cookie and CSRF tokens, bodies refused while they stream in (the server process's memory
measured), JSON nested too deeply refused with 400, errors that do not echo what was sent, and signed requests that
cannot be replayed (inside the window: nonce; after it: time)."""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dismantler_app.domain.clock import FixedClock
from dismantler_app.hub.admin import metrics_text
from dismantler_app.hub.auth import HubRole
from dismantler_app.hub.database import connect
from dismantler_app.sync.documents import request_headers
from dismantler_app.sync.events import EventType
from dismantler_app.sync.keys import public_key_text
from tests.hub.servers import ProcessHub, ThreadedHub, enrolment_token
from tests.hub.staff import PASSWORD, add_staff, csrf_of, metrics_token, signed_in
from tests.hub.tls import make_tls_files
from tests.hub.yard_double import YardDouble

MB = 1024 * 1024


def test_admin_page_and_metrics_refuse_a_stranger(hub, hub_db):
    YardDouble(hub.url, enrolment_token(hub_db[0], "North Yard"))
    admin = httpx.get(hub.url + "/admin")
    assert admin.status_code == 303 and admin.headers["location"] == "/signin"
    assert "North Yard" not in admin.text
    for headers in ({}, {"Authorization": "Bearer not-a-token"}, {"Cookie": "hub_session=forged"}):
        metrics = httpx.get(hub.url + "/metrics", headers=headers)
        assert metrics.status_code == 401 and "hub_yards" not in metrics.text
        assert metrics.headers["www-authenticate"].startswith("Bearer")


def test_a_metrics_token_opens_metrics_only(hub, hub_db):
    token = metrics_token(hub_db[0])
    bearer = {"Authorization": f"Bearer {token}"}
    assert "hub_yards 0" in httpx.get(hub.url + "/metrics", headers=bearer).text
    assert httpx.get(hub.url + "/admin", headers=bearer).status_code == 303


def test_staff_sign_in_with_a_strict_http_only_cookie_and_see_the_admin_page(hub, hub_db):
    YardDouble(hub.url, enrolment_token(hub_db[0], "North Yard"))
    add_staff(hub_db[0], "alice")
    with httpx.Client(base_url=hub.url) as browser:
        form = browser.get("/signin")
        answer = browser.post("/signin", data={"csrf": csrf_of(form.text), "name": "alice", "password": PASSWORD})
        assert answer.status_code == 303
        cookie = answer.headers["set-cookie"].lower()
        assert "hub_session=" in cookie and "httponly" in cookie and "samesite=strict" in cookie
        assert "secure" not in cookie  # plain HTTP on loopback: a Secure cookie would never come back
        assert "North Yard" in browser.get("/admin").text
        assert "hub_yards 1" in browser.get("/metrics").text


def test_the_session_cookie_is_secure_over_tls(tmp_path, hub_db):
    tls = make_tls_files(tmp_path)
    server = ThreadedHub(hub_db[0], tls=tls)
    try:
        add_staff(hub_db[0], "alice")
        with httpx.Client(base_url=server.url, verify=ssl.create_default_context(cafile=str(tls[0]))) as browser:
            form = browser.get("/signin")
            assert "secure" in form.headers["set-cookie"].lower()
            answer = browser.post("/signin", data={"csrf": csrf_of(form.text), "name": "alice", "password": PASSWORD})
            assert answer.status_code == 303 and "secure" in answer.headers["set-cookie"].lower()
    finally:
        server.stop()


def test_wrong_password_unknown_user_and_forged_forms_are_refused(hub, hub_db):
    add_staff(hub_db[0], "alice")
    with httpx.Client(base_url=hub.url) as browser:
        csrf = csrf_of(browser.get("/signin").text)
        for name, password in (("alice", "wrong password!"), ("mallory", PASSWORD)):
            answer = browser.post("/signin", data={"csrf": csrf, "name": name, "password": password})
            assert answer.status_code == 401 and "hub_session" not in answer.headers.get("set-cookie", "")
        # Without the form's token (what another site's page would send), and from another origin.
        assert browser.post("/signin", data={"name": "alice", "password": PASSWORD}).status_code == 403
        foreign = {"Origin": "https://evil.example"}
        data = {"csrf": csrf, "name": "alice", "password": PASSWORD}
        assert browser.post("/signin", data=data, headers=foreign).status_code == 403
        assert browser.get("/admin").status_code == 303


def test_sign_out_needs_the_sessions_csrf_token_and_ends_the_session(hub, hub_db):
    add_staff(hub_db[0], "alice")
    with signed_in(hub.url) as browser:
        page = browser.get("/admin").text
        assert browser.post("/signout", data={"csrf": "guessed"}).status_code == 403
        assert browser.get("/admin").status_code == 200
        assert browser.post("/signout", data={"csrf": csrf_of(page)}).status_code == 303
        assert browser.get("/admin").status_code == 303


def _hub_cli(dsn: str, *argv: str, password: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DISMANTLER_HUB_DB": dsn, "DISMANTLER_PASSWORD": password}
    return subprocess.run(
        [sys.executable, "-m", "dismantler_app", "hub", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_hub_user_commands_add_list_change_and_remove_staff(hub, hub_db):
    dsn = hub_db[0]
    added = _hub_cli(dsn, "user", "add", "Bob", "--role", "admin", password="first password")
    assert added.returncode == 0, added.stderr
    assert _hub_cli(dsn, "user", "add", "bob", password="first password").returncode == 2
    short = _hub_cli(dsn, "user", "add", "carol", password="short")
    assert short.returncode == 2 and "at least 10 characters" in short.stderr
    assert _hub_cli(dsn, "user", "add", "carol", "--role", "root", password="x" * 12).returncode == 2
    listed = json.loads(_hub_cli(dsn, "user", "list", "--json").stdout)
    assert [(u["name"], u["role"]) for u in listed] == [("bob", HubRole.ADMIN.value)]
    with signed_in(hub.url, "bob", password="first password") as browser:
        assert browser.get("/admin").status_code == 200
        changed = _hub_cli(dsn, "user", "passwd", "bob", password="second password")
        assert changed.returncode == 0, changed.stderr
        assert browser.get("/admin").status_code == 303  # a password change ends every session
    with signed_in(hub.url, "bob", password="second password") as browser:
        assert _hub_cli(dsn, "user", "remove", "bob").returncode == 0
        assert browser.get("/admin").status_code == 303
    missing = _hub_cli(dsn, "user", "remove", "bob")
    assert missing.returncode == 2 and "no user bob" in missing.stderr
    token = _hub_cli(dsn, "metrics-token", "--label", "prometheus").stdout.strip()
    assert httpx.get(hub.url + "/metrics", headers={"Authorization": f"Bearer {token}"}).status_code == 200


@pytest.fixture
def process_hub(hub_db) -> Iterator[ProcessHub]:
    server = ProcessHub(hub_db[0])
    yield server
    server.stop()


def _stream(total: int, chunk: int = MB) -> Iterator[bytes]:
    block = b"[" * chunk
    sent = 0
    while sent < total:
        yield block[: min(chunk, total - sent)]
        sent += chunk


def _send_huge(url: str, path: str, *, method: str = "POST", declared: bool) -> int | None:
    """Sends 300 MB; the status head office answered, or None when it closed the connection mid-body."""
    total = 300 * MB
    headers = {"Content-Type": "application/json"}
    if declared:
        headers["Content-Length"] = str(total)
    try:
        answer = httpx.request(method, url + path, content=_stream(total), headers=headers, timeout=60)
    except (httpx.WriteError, httpx.RemoteProtocolError, httpx.ReadError):
        return None  # refused while we were still writing: head office closed the connection
    return answer.status_code


def test_a_300_mb_body_is_refused_while_it_streams_and_the_hub_stays_small(process_hub):
    before = process_hub.rss_bytes()
    peak = [before]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], process_hub.rss_bytes())
            time.sleep(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        statuses = [
            _send_huge(process_hub.url, "/v1/batches", declared=True),
            _send_huge(process_hub.url, "/v1/batches", declared=False),
            _send_huge(process_hub.url, "/v1/photos/" + "0" * 64 + "?offset=0&size=10", method="PUT", declared=False),
            _send_huge(process_hub.url, "/v1/enrol", declared=False),
        ]
    finally:
        done.set()
        sampler.join()
    assert all(status in (413, None) for status in statuses), statuses
    print(f"hub RSS before {before / MB:.0f} MB, peak during {peak[0] / MB:.0f} MB")
    assert statuses[0] == 413  # a declared length over the limit is answered before any of the body is read
    grown = max(peak[0], process_hub.rss_bytes("VmHWM")) - before
    assert grown < 64 * MB, f"head office grew by {grown / MB:.0f} MB"
    assert httpx.get(process_hub.url + "/health").status_code == 200


def test_json_nested_too_deeply_is_a_400_not_a_server_error(hub):
    for path, depth in (("/v1/batches", 100_000), ("/v1/enrol", 30_000), ("/v1/certificates/verify", 30_000)):
        deep = b"[" * depth + b"]" * depth  # the small routes take 64 KiB at most
        answer = httpx.post(hub.url + path, content=deep, headers={"Content-Type": "application/json"})
        assert answer.status_code == 400, (path, answer.status_code)
    # Deep enough to slip under the parser's own limit, still refused by head office's.
    nested = json.dumps({"manifest": {}, "events": [json.loads("[" * 200 + "]" * 200)]})
    answer = httpx.post(hub.url + "/v1/batches", content=nested, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400 and answer.json()["detail"]["code"] == "too_deep"


def test_a_refused_field_is_not_echoed_back(hub):
    qr_text = "Q" * 60_000
    answer = httpx.post(hub.url + "/v1/certificates/verify", json={"qr_text": qr_text})
    assert answer.status_code == 422
    assert len(answer.content) < 2_000 and "QQQQQQQQQQ" not in answer.text
    too_big = httpx.post(hub.url + "/v1/certificates/verify", json={"qr_text": "Q" * 10 * MB})
    assert too_big.status_code == 413 and len(too_big.content) < 2_000


def _signed_state(key: Ed25519PrivateKey, site_id: str, at: datetime) -> dict[str, str]:
    return request_headers(key, site_id=site_id, method="GET", path="/v1/state", body=b"", at=at)


def test_a_signed_request_is_not_taken_twice_nor_after_its_window(hub_db):
    hub_clock = FixedClock(datetime.now(UTC).replace(microsecond=0))
    server = ThreadedHub(hub_db[0], clock=hub_clock)
    try:
        key = Ed25519PrivateKey.generate()
        token = enrolment_token(hub_db[0], "North Yard")
        answer = httpx.post(
            server.url + "/v1/enrol", json={"token": token, "site_id": "site-1", "public_key": public_key_text(key)}
        )
        assert answer.status_code == 200
        headers = _signed_state(key, "site-1", hub_clock.now())
        assert httpx.get(server.url + "/v1/state", headers=headers).status_code == 200
        replayed = httpx.get(server.url + "/v1/state", headers=headers)
        assert replayed.status_code == 401 and replayed.json()["detail"]["code"] == "replayed"

        hub_clock.advance(minutes=6)
        late = httpx.get(server.url + "/v1/state", headers=headers)
        assert late.status_code == 401 and late.json()["detail"]["code"] == "clock_skew"
        signed_earlier = _signed_state(key, "site-1", hub_clock.now() - timedelta(minutes=6))
        assert httpx.get(server.url + "/v1/state", headers=signed_earlier).status_code == 401
        assert httpx.get(server.url + "/v1/state", headers=_signed_state(key, "site-1", hub_clock.now())).is_success
    finally:
        server.stop()


def test_hub_serve_refuses_plain_http_beyond_loopback(hub_db):
    done = _hub_cli(hub_db[0], "serve", "--host", "0.0.0.0", "--port", "1")
    assert done.returncode == 2 and "plain HTTP is served on loopback only" in done.stderr


def test_after_sign_in_staff_land_on_the_console_search(hub, hub_db):
    add_staff(hub_db[0], "alice")
    with httpx.Client(base_url=hub.url) as browser:
        form = browser.get("/signin")
        answer = browser.post("/signin", data={"csrf": csrf_of(form.text), "name": "alice", "password": PASSWORD})
        assert answer.status_code == 303 and answer.headers["location"] == "/console/search"
        assert browser.get(answer.headers["location"]).status_code == 200


def test_metrics_count_events_from_the_cursors_without_reading_events(hub, hub_db):
    yard = YardDouble(hub.url, enrolment_token(hub_db[0], "North"))
    for n in range(1003):
        yard.record(EventType.PACK_SCANNED, {"intake_id": f"i{n}", "code": f"{n:024d}"})
    first, _, third = yard.batches(max_events=500)
    yard.push(first)
    yard.push(third)  # held, waiting for the gap before it
    with connect(hub_db[0]) as conn:
        conn.execute("ANALYZE events")
        conn.commit()
        text = metrics_text(conn, {})
        read = conn.execute(
            "SELECT coalesce(sum(coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)), 0) AS n "
            "FROM pg_stat_xact_user_tables WHERE relname LIKE 'events%%'"
        ).fetchone()
    # 500 in sequence; the three past the gap wait within the backlog (1003 - 500)
    assert "hub_events 500\n" in text and "hub_backlog 503\n" in text
    assert read["n"] == 0
