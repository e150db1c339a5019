"""Head-office staff for tests: a user added straight into the hub's database, a browser signed in through the real
form (CSRF cookie, session cookie), and a metrics bearer token."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
from argon2 import PasswordHasher

from dismantler_app.hub.auth import HubRole, add_metrics_token, add_user
from dismantler_app.hub.database import connect

PASSWORD = "correct horse battery"
# Cheap argon2id for tests (the server verifies whatever parameters a stored hash names).
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def add_staff(dsn: str, name: str = "alice", *, role: HubRole = HubRole.VIEWER, password: str = PASSWORD) -> str:
    with connect(dsn, autocommit=True) as conn:
        return add_user(conn, name, password, role=role, hasher=CHEAP_HASHER)


def metrics_token(dsn: str) -> str:
    with connect(dsn, autocommit=True) as conn:
        return add_metrics_token(conn, label="prometheus")


def csrf_of(page: str) -> str:
    found = re.search(r"name='csrf' value='([^']+)'", page)
    assert found, "the page carries no CSRF field"
    return found.group(1)


@contextmanager
def signed_in(base_url: str, name: str = "alice", *, password: str = PASSWORD) -> Iterator[httpx.Client]:
    """A browser-like client signed in through /signin."""
    with httpx.Client(base_url=base_url, follow_redirects=False) as browser:
        form = browser.get("/signin")
        answer = browser.post("/signin", data={"csrf": csrf_of(form.text), "name": name, "password": password})
        assert answer.status_code == 303 and answer.headers["location"] == "/console/search", answer.text
        yield browser
