"""What the hub's HTTP routes share: the pools, the staff gate, the clock, the request counters, head office's own
keys (loaded once), and the staff session behind a request's cookie."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from fastapi import HTTPException, Request, Response

from dismantler_app.domain.clock import Clock
from dismantler_app.hub.auth import SESSION_COOKIE, Gate, HubSession
from dismantler_app.hub.database import Pool
from dismantler_app.hub.yards import HubKeys, load_hub_keys


@dataclass
class HubHttp:
    pool: Pool
    read_pool: Pool
    gate: Gate
    clock: Clock
    counters: Counter[str] = field(default_factory=Counter)
    counter_lock: threading.Lock = field(default_factory=threading.Lock)
    _keys: list[HubKeys] = field(default_factory=list)
    # The one ingest path (``yard_routes``), for callers inside head office: ``receive_batch(data, idempotency_key=,
    # via=)`` → the committed answer as JSON.
    receive_batch: Callable[..., dict[str, Any]] | None = None

    def count(self, name: str) -> None:
        with self.counter_lock:
            self.counters[name] += 1

    def hub_keys(self) -> HubKeys:
        if not self._keys:
            with self.pool.connection() as conn:
                self._keys.append(load_hub_keys(conn))
        return self._keys[0]

    def staff_session(self, request: Request) -> HubSession | None:
        token = request.cookies.get(SESSION_COOKIE, "")
        if not token:
            return None
        with self.pool.connection() as conn:
            return self.gate.session(conn, token, now=self.clock.now())


def form_fields(body: bytes) -> dict[str, str]:
    try:
        parsed = parse_qs(body.decode("utf-8"), max_num_fields=8, strict_parsing=False)
    except (UnicodeDecodeError, ValueError):
        return {}
    return {key: values[0] for key, values in parsed.items() if values}


def refuse_foreign_origin(request: Request) -> None:
    # SameSite=Strict already keeps the cookie off cross-site requests; a browser's Origin says the same twice.
    origin = request.headers.get("origin")
    if origin is not None and origin.split("://", 1)[-1] != request.headers.get("host", ""):
        raise HTTPException(403, {"code": "csrf", "detail": "a form of head office must be sent from head office"})


def set_cookie(response: Response, request: Request, name: str, value: str, *, max_age: int | None) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/",
        secure=request.url.scheme == "https",
        httponly=True,
        samesite="strict",
    )
