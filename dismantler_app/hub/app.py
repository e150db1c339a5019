"""The hub's HTTP app (FastAPI, served by uvicorn), put together: the yards' API (``yard_routes.py``), the staff's
doors (``staff_routes.py``), the console (``console/``), health, and the answers to bad requests. OpenAPI spec at
``/openapi.json``.

Endpoints are plain functions (FastAPI runs them on worker threads) over one pooled connection each; every answer to
a write is sent after its transaction committed, so a yard that got an answer can trust it. Every body passes
:class:`~dismantler_app.hub.limits.BodyLimit` first (size enforced while reading), JSON nesting is limited, and
error answers are short: nothing a client sent is echoed back at length.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from argon2 import PasswordHasher
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from dismantler_app.domain.clock import Clock, SystemClock
from dismantler_app.hub.auth import Gate
from dismantler_app.hub.console.routes import console_router
from dismantler_app.hub.database import Pool
from dismantler_app.hub.http_context import HubHttp
from dismantler_app.hub.limits import BodyLimit, short
from dismantler_app.hub.staff_routes import staff_router
from dismantler_app.hub.yard_routes import yard_router
from dismantler_app.sync.client import PHOTO_CHUNK_BYTES

MAX_BODY_BYTES = 48 * 1024 * 1024
MAX_CHUNK_BYTES = 2 * PHOTO_CHUNK_BYTES  # yards send 256 KiB chunks; room for a later, larger chunk size
MAX_SMALL_BODY_BYTES = 64 * 1024  # enrolment, certificate checks, the sign-in form


def body_limit_for(method: str, path: str) -> int:
    """The most bytes head office reads of one request body on ``path``."""
    if method == "POST" and path == "/v1/batches":
        return MAX_BODY_BYTES
    if method == "PUT" and path.startswith("/v1/photos/"):
        return MAX_CHUNK_BYTES
    return MAX_SMALL_BODY_BYTES


def create_app(
    dsn: str,
    *,
    clock: Clock | None = None,
    pool_size: int = 8,
    hasher: PasswordHasher | None = None,
    console_read_dsn: str | None = None,
) -> FastAPI:
    """The app; ``hasher`` only sets how new sign-in decoys are hashed (stored hashes carry their own cost).
    ``console_read_dsn``: a streaming replica the console's pages read from (sessions, its audit and the admin's
    actions stay on the primary, ``dsn``)."""
    clock = clock or SystemClock()
    pool = Pool(dsn, size=pool_size)
    gate = Gate(hasher=hasher)
    read_pool = Pool(console_read_dsn, size=pool_size) if console_read_dsn else pool

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()
        if read_pool is not pool:
            read_pool.close()

    app = FastAPI(title="Dismantler head office", version="1", description=__doc__, lifespan=lifespan)
    app.add_middleware(BodyLimit, limit_for=body_limit_for)

    @app.exception_handler(RequestValidationError)
    async def summarised_validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's default answer repeats every offending input in full (a 10 MB qr_text came back as 10 MB).
        problems = [
            {"loc": [short(part, 40) for part in error.get("loc", ())], "msg": short(error.get("msg", ""))}
            for error in exc.errors()[:10]
        ]
        detail = {"code": "invalid", "detail": "the request is not valid", "problems": problems}
        return JSONResponse({"detail": detail}, 422)

    @app.exception_handler(HTTPException)
    async def short_http_error(_: Request, exc: HTTPException) -> JSONResponse:
        detail: Any = exc.detail
        if isinstance(detail, dict):
            detail = {key: short(value) if isinstance(value, str) else value for key, value in detail.items()}
        elif isinstance(detail, str):
            detail = short(detail)
        return JSONResponse({"detail": detail}, exc.status_code, headers=exc.headers)

    http = HubHttp(pool=pool, read_pool=read_pool, gate=gate, clock=clock)
    app.include_router(console_router(pool=pool, read_pool=read_pool, gate=gate, clock=clock))

    @app.get("/health")
    def health() -> dict[str, str]:
        with pool.connection() as conn:
            conn.execute("SELECT 1").fetchone()
        return {"status": "ok"}

    app.include_router(staff_router(http))
    app.include_router(yard_router(http))
    app.state.receive_batch = http.receive_batch
    app.state.hub_keys = http.hub_keys
    app.state.pool = pool
    return app
