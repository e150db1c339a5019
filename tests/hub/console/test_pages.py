"""The console over real HTTP on loopback against a real PostgreSQL head office fed through the real ingest path:
each page's figures, the search journey, CSV, roles, CSRF and the audit of lookups."""

from __future__ import annotations

import csv
import io
import re

import httpx

from dismantler_app.hub.database import connect
from tests.hub.console.seed import CERTIFICATE, CONFLICT_PACK, OWNER, PACK, PASSPORT, UNLISTED, VIN_NORTH
from tests.hub.staff import signed_in


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, "the page carries no CSRF field"
    return found.group(1)


def test_every_console_page_sends_a_stranger_to_sign_in(hub):
    for path in (
        "/console/search?q=x",
        "/console/share",
        "/console/deadlines",
        "/console/conflicts",
        "/console/yards",
        "/console/activity",
        "/console/share.csv?table=months",
        "/console/photos/" + "a" * 64,
    ):
        answer = httpx.get(hub.url + path)
        assert answer.status_code == 303 and answer.headers["location"] == "/signin", path


def test_a_pack_code_finds_its_journey_across_the_timeline_with_photo_and_the_lookup_is_audited(hub, hub_db, seeded):
    with signed_in(hub.url, "viewer1") as browser:
        page = browser.get("/console/search", params={"q": PACK, "lang": "en"}).text
        for words in (
            "Vehicle taken in",
            "Pack scanned",
            "Pack triaged",
            "Certificate issued",
            "Pack handed over",
            VIN_NORTH,
            CERTIFICATE,
            "上海回收利用有限公司",
            OWNER,
            f"/console/photos/{seeded.photo_sha256}",
        ):
            assert words in page, words
        photo = browser.get(f"/console/photos/{seeded.photo_sha256}")
        assert photo.status_code == 200 and photo.content.startswith(b"\x89PNG")
        for other in (VIN_NORTH, PASSPORT, CERTIFICATE):
            assert "Certificate issued" in browser.get("/console/search", params={"q": other}).text, other
    with connect(hub_db[0]) as conn:
        rows = conn.execute("SELECT user_name, action, query, intake_id, personal_data FROM console_audit "
                            "ORDER BY id").fetchall()  # fmt: skip
    assert rows[0] == {"user_name": "viewer1", "action": "lookup", "query": PACK, "intake_id": "n1",
                       "personal_data": True}  # fmt: skip
    assert len(rows) == 4


def test_a_refusal_shows_in_the_journey_of_the_yard_that_was_refused(hub, seeded):
    with signed_in(hub.url, "viewer1") as browser:
        page = browser.get("/console/search", params={"q": CONFLICT_PACK, "lang": "en"}).text
    assert "pack already on another vehicle" in page and 'class="step refusal refused"' in page


def test_white_list_share_counts_and_names_the_receiver_off_the_list(hub, seeded):
    with signed_in(hub.url, "viewer1") as browser:
        page = browser.get("/console/share", params={"lang": "en"}).text
        assert "<svg" in page and "北京梯次利用有限公司" in page
        rows = list(csv.reader(io.StringIO(browser.get("/console/share.csv?table=yards").text.lstrip("\ufeff"))))
        off = list(csv.reader(io.StringIO(browser.get("/console/share.csv?table=off_list").text.lstrip("\ufeff"))))
    assert rows[0][0] == "Yard"
    shares = {row[0]: row[4] for row in rows[1:]}
    assert shares == {"北区拆解厂": "100.0%", "South Yard": "0.0%"}
    assert off[1] == ["北京梯次利用有限公司", UNLISTED, "1"]


def test_deadlines_show_the_overdue_certificate_and_the_fresh_one_due(hub, seeded):
    with signed_in(hub.url, "viewer1") as browser:
        table = browser.get("/console/deadlines.csv?table=yards&lang=en").text.lstrip("\ufeff")
    rows = {row[0]: row[1:] for row in csv.reader(io.StringIO(table))}
    assert rows["北区拆解厂"][:2] == ["1", "0"]  # the certificate issued 40 days ago; the handover's upload recorded
    assert rows["South Yard"][:2] == ["0", "2"]  # a certificate and a handover from today


def test_conflicts_name_both_yards_and_say_what_to_do(hub, seeded):
    with signed_in(hub.url, "viewer1") as browser:
        page = browser.get("/console/conflicts", params={"lang": "zh_CN"}).text
    assert CONFLICT_PACK in page and "北区拆解厂" in page and "South Yard" in page
    assert "请两个网点重新读取电池包标签" in page and "接收企业不在白名单上" in page


def test_activity_counts_today_per_yard_with_packs_in_stock(hub, seeded):
    with signed_in(hub.url, "viewer1") as browser:
        page = browser.get("/console/activity", params={"lang": "en"}).text
        table = browser.get("/console/activity.csv?table=yards").text.lstrip("\ufeff")
    assert page.count("<svg") == 2
    rows = {row[0]: row[2:] for row in csv.reader(io.StringIO(table))}
    assert rows["South Yard"] == ["1", "0", "1", "0"]  # intakes, links, handovers in 30 days (its link was refused)
    assert rows["北区拆解厂"] == ["0", "0", "0", "1"]  # 40 days ago; the conflict pack is still linked there


def test_only_an_admin_enrols_and_revokes_with_the_session_token_and_it_is_audited(hub, hub_db, seeded):
    with signed_in(hub.url, "viewer1") as viewer:
        csrf = csrf_of(viewer.get("/console/yards").text)
        assert viewer.post("/console/yards/enrol", data={"csrf": csrf, "name": "East"}).status_code == 403
    with signed_in(hub.url, "admin1") as admin:
        page = admin.get("/console/yards", params={"lang": "en"}).text
        csrf = csrf_of(page)
        assert admin.post("/console/yards/enrol", data={"name": "East"}).status_code == 403  # no token
        assert admin.post("/console/yards/enrol", data={"csrf": "forged", "name": "East"}).status_code == 403
        enrolled = admin.post("/console/yards/enrol", data={"csrf": csrf, "name": "East"})
        assert enrolled.status_code == 200 and "Enrolment token for East" in enrolled.text
        revoked = admin.post("/console/yards/revoke", data={"csrf": csrf, "site_id": seeded.south.site_id})
        assert "The key of South Yard is revoked." in revoked.text
    with connect(hub_db[0]) as conn:
        actions = [r["action"] for r in conn.execute("SELECT action FROM console_audit ORDER BY id").fetchall()]
        revoked_at = conn.execute("SELECT revoked_at FROM yards WHERE site_id = %s", [seeded.south.site_id]).fetchone()
    assert actions == ["enrol", "revoke"] and revoked_at["revoked_at"] is not None
