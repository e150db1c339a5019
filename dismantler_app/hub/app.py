"""The hub's HTTP API (FastAPI, served by uvicorn): enrolment, batch ingest, site state, reference data, photos,
certificate verification, the admin page (signed-in staff), health and metrics (staff or a bearer token). OpenAPI
spec at ``/openapi.json``.

Endpoints are plain functions (FastAPI runs them on worker threads) over one pooled connection each; every answer to
a write is sent after its transaction committed, so a yard that got an answer can trust it. Every body passes
:class:`~dismantler_app.hub.limits.BodyLimit` first (size enforced while reading), JSON nesting is limited, and
error answers are short: nothing a client sent is echoed back at length.
"""

from __future__ import annotations

import secrets
import threading
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from argon2 import PasswordHasher
from fastapi import FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from dismantler_app.domain.clock import Clock, SystemClock
from dismantler_app.hub.admin import admin_page, metrics_text, sign_in_page
from dismantler_app.hub.auth import (
    CSRF_COOKIE,
    CSRF_FIELD,
    SESSION_COOKIE,
    Gate,
    HubRole,
    HubSession,
    HubUserRefused,
    remember_nonce,
    same_token,
)
from dismantler_app.hub.certificates import MAX_QR_TEXT, verify_certificate_qr
from dismantler_app.hub.console.routes import console_router
from dismantler_app.hub.database import Pool
from dismantler_app.hub.ingest import receive_batch as ingest_receive
from dismantler_app.hub.ingest import site_state
from dismantler_app.hub.limits import BodyLimit, JsonRefused, loads_limited, short
from dismantler_app.hub.photos import PhotoRefused, append_chunk, photo_state
from dismantler_app.hub.reference import reference_page
from dismantler_app.hub.yards import (
    EnrolmentRefused,
    HubKeys,
    enrol_yard,
    load_hub_keys,
    site_keys,
)
from dismantler_app.sync.batch import BatchRefused
from dismantler_app.sync.client import PHOTO_CHUNK_BYTES
from dismantler_app.sync.documents import REQUEST_WINDOW, SIGNATURE_HEADER, SITE_HEADER, SignatureRefused, check_request
from dismantler_app.sync.wire import SiteId

MAX_BODY_BYTES = 48 * 1024 * 1024
MAX_CHUNK_BYTES = 2 * PHOTO_CHUNK_BYTES  # yards send 256 KiB chunks; room for a later, larger chunk size
MAX_SMALL_BODY_BYTES = 64 * 1024  # enrolment, certificate checks, the sign-in form
_STATUS_OF = {"unsigned": 401, "unknown_site": 401, "bad_signature": 401, "broken_chain": 409, "too_large": 413}


def body_limit_for(method: str, path: str) -> int:
    """The most bytes head office reads of one request body on ``path``."""
    if method == "POST" and path == "/v1/batches":
        return MAX_BODY_BYTES
    if method == "PUT" and path.startswith("/v1/photos/"):
        return MAX_CHUNK_BYTES
    return MAX_SMALL_BODY_BYTES


def _form_fields(body: bytes) -> dict[str, str]:
    from urllib.parse import parse_qs

    try:
        parsed = parse_qs(body.decode("utf-8"), max_num_fields=8, strict_parsing=False)
    except (UnicodeDecodeError, ValueError):
        return {}
    return {key: values[0] for key, values in parsed.items() if values}


class EnrolRequest(BaseModel):
    token: str
    site_id: str
    public_key: str


class VerifyRequest(BaseModel):
    qr_text: str = Field(max_length=MAX_QR_TEXT)


class EnrolResponse(BaseModel):
    yard_name: str
    hub_signing_key: str
    hub_sealing_key: str


class Rejection(BaseModel):
    sequence: int
    event_id: str
    code: str
    detail: str
    other_site_id: str
    other_yard: str
    other_vin: str


class IngestResponse(BaseModel):
    site_id: str
    db_epoch: str
    batch_hash: str
    cursor: int
    rejections: list[Rejection]


class BatchBody(BaseModel):
    """A signed batch (see ``dismantler_app.sync.batch``); documented here, parsed by the wire module."""

    manifest: dict[str, Any]
    signature: str
    sealing_key: str
    events: list[dict[str, Any]]


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
    counters: Counter[str] = Counter()
    counter_lock = threading.Lock()
    keys_holder: list[HubKeys] = []

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

    def count(name: str) -> None:
        with counter_lock:
            counters[name] += 1

    def hub_keys() -> HubKeys:
        if not keys_holder:
            with pool.connection() as conn:
                keys_holder.append(load_hub_keys(conn))
        return keys_holder[0]

    def authenticate(request: Request, body: bytes) -> str:
        site_id = request.headers.get(SITE_HEADER, "")
        with pool.connection() as conn:
            keys = site_keys(conn, SiteId(site_id)) if site_id else []
        if not keys:
            raise HTTPException(401, {"code": "unknown_site", "detail": "the site is not enrolled"})
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        refused: SignatureRefused | None = None
        now = clock.now()
        for key in keys:
            try:
                check_request(key.key, method=request.method, path=path, body=body, headers=request.headers, now=now)
            except SignatureRefused as exc:
                refused = exc
                continue
            if key.revoked_at is not None:
                # Signed with a revoked key: the yard itself (or its old PC) asks, so it may learn why nothing it
                # sends is taken; a request signed by anyone else is told nothing about the site.
                detail = "head office revoked this yard's key; ask head office for a new enrolment token"
                raise HTTPException(403, {"code": "site_revoked", "detail": detail})
            # Only after the signature held, so strangers cannot fill the nonce table.
            with pool.connection() as conn:
                fresh = remember_nonce(
                    conn, site_id=site_id, signature=request.headers[SIGNATURE_HEADER], now=now, keep=2 * REQUEST_WINDOW
                )
            if not fresh:
                raise HTTPException(401, {"code": "replayed", "detail": "this signed request was already received"})
            return site_id
        assert refused is not None
        raise HTTPException(401, {"code": refused.code, "detail": str(refused)})

    app.include_router(console_router(pool=pool, read_pool=read_pool, gate=gate, clock=clock))

    @app.get("/health")
    def health() -> dict[str, str]:
        with pool.connection() as conn:
            conn.execute("SELECT 1").fetchone()
        return {"status": "ok"}

    def staff_session(request: Request) -> HubSession | None:
        token = request.cookies.get(SESSION_COOKIE, "")
        if not token:
            return None
        with pool.connection() as conn:
            return gate.session(conn, token, now=clock.now())

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

    @app.get("/metrics", response_class=PlainTextResponse)
    def metrics(request: Request) -> str:
        authorization = request.headers.get("authorization", "")
        bearer = authorization[7:].strip() if authorization[:7].lower() == "bearer " else ""
        with pool.connection() as conn:
            allowed = gate.metrics_token_ok(conn, bearer) if bearer else False
        if not allowed:
            session = staff_session(request)
            allowed = session is not None and session.may(HubRole.VIEWER)
        if not allowed:
            raise HTTPException(
                401,
                {"code": "unauthenticated", "detail": "metrics need a bearer token ('dismantler hub metrics-token')"},
                headers={"WWW-Authenticate": 'Bearer realm="head office"'},
            )
        with pool.connection() as conn, counter_lock:
            return metrics_text(conn, dict(counters))

    @app.get("/admin", response_class=HTMLResponse)
    def admin(request: Request) -> Response:
        session = staff_session(request)
        if session is None or not session.may(HubRole.VIEWER):
            return RedirectResponse("/signin", status_code=303)
        with pool.connection() as conn:
            return HTMLResponse(admin_page(conn, user=session.user, csrf_token=session.csrf_token))

    @app.get("/signin", response_class=HTMLResponse)
    def sign_in_form(request: Request) -> Response:
        # Double-submit token: the form carries the cookie's value, which another site can neither read nor set.
        csrf = request.cookies.get(CSRF_COOKIE, "") or secrets.token_urlsafe(24)
        response = HTMLResponse(sign_in_page(csrf_token=csrf))
        set_cookie(response, request, CSRF_COOKIE, csrf, max_age=3600)
        return response

    @app.post("/signin")
    async def sign_in(request: Request) -> Response:
        refuse_foreign_origin(request)
        fields = _form_fields(await request.body())
        if not same_token(fields.get(CSRF_FIELD, ""), request.cookies.get(CSRF_COOKIE, "")):
            raise HTTPException(403, {"code": "csrf", "detail": "the form expired: open /signin again"})
        try:
            token, _ = await run_in_threadpool(sign_in_checked, fields.get("name", ""), fields.get("password", ""))
        except HubUserRefused:
            page = sign_in_page(csrf_token=request.cookies.get(CSRF_COOKIE, ""), refused=True)
            return HTMLResponse(page, status_code=401)
        response = RedirectResponse("/admin", status_code=303)
        set_cookie(response, request, SESSION_COOKIE, token, max_age=None)
        return response

    def sign_in_checked(name: str, password: str) -> tuple[str, HubSession]:
        with pool.connection() as conn:
            return gate.sign_in(conn, name, password, now=clock.now())

    @app.post("/signout")
    async def sign_out(request: Request) -> Response:
        refuse_foreign_origin(request)
        fields = _form_fields(await request.body())
        session = await run_in_threadpool(staff_session, request)
        if session is None or not same_token(fields.get(CSRF_FIELD, ""), session.csrf_token):
            raise HTTPException(403, {"code": "csrf", "detail": "sign out from head office's own page"})
        with pool.connection() as conn:
            gate.sign_out(conn, request.cookies.get(SESSION_COOKIE, ""))
        response = RedirectResponse("/signin", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/", secure=request.url.scheme == "https", httponly=True)
        return response

    @app.post("/v1/enrol", response_model=EnrolResponse)
    def enrol(request: EnrolRequest) -> EnrolResponse:
        keys = hub_keys()
        with pool.connection() as conn:
            try:
                name = enrol_yard(conn, token=request.token, site_id=request.site_id, public_key=request.public_key)
            except EnrolmentRefused as exc:
                raise HTTPException(403, {"code": "enrolment_refused", "detail": str(exc)}) from exc
        return EnrolResponse(yard_name=name, hub_signing_key=keys.signing_public, hub_sealing_key=keys.sealing_public)

    @app.post(
        "/v1/batches",
        response_model=IngestResponse,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": BatchBody.model_json_schema()}},
            }
        },
    )
    async def post_batch(request: Request, idempotency_key: Annotated[str, Header()] = "") -> JSONResponse:
        body = await request.body()  # at most MAX_BODY_BYTES: BodyLimit refused anything larger while reading
        result = await run_in_threadpool(receive_batch_bytes, body, idempotency_key)
        return JSONResponse(result)

    def receive_batch_bytes(body: bytes, idempotency_key: str) -> dict[str, Any]:
        try:
            data = loads_limited(body)
        except JsonRefused as exc:
            count("batches_refused")
            raise HTTPException(400, {"code": exc.code, "detail": exc.detail}) from exc
        try:
            return receive_batch(data, idempotency_key=idempotency_key, via="http")
        except BatchRefused as exc:
            count("batches_refused")
            raise HTTPException(_STATUS_OF.get(exc.code, 400), {"code": exc.code, "detail": exc.detail}) from exc

    def receive_batch(data: Any, *, idempotency_key: str | None, via: str) -> dict[str, Any]:
        keys = hub_keys()
        with pool.connection() as conn:
            result = ingest_receive(conn, sealing_key=keys.sealing, data=data, via=via, idempotency_key=idempotency_key)
        count("batches_ingested")
        return result.to_json()

    app.state.receive_batch = receive_batch
    app.state.hub_keys = hub_keys
    app.state.pool = pool

    @app.get("/v1/state")
    def state(request: Request) -> dict[str, Any]:
        site_id = authenticate(request, b"")
        after = {
            key.removeprefix("after."): int(value)
            for key, value in request.query_params.items()
            if key.startswith("after.") and value.isdigit()
        }
        with pool.connection() as conn:
            return site_state(conn, site_id, rejections_after=after)

    @app.get("/v1/reference")
    def reference(request: Request, after: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        authenticate(request, b"")
        with pool.connection() as conn:
            return reference_page(conn, hub_keys(), after=after)

    @app.get("/v1/photos/{sha256}")
    def get_photo_state(request: Request, sha256: str) -> dict[str, Any]:
        authenticate(request, b"")
        with pool.connection() as conn:
            try:
                found = photo_state(conn, sha256)
            except PhotoRefused as exc:
                raise HTTPException(400, {"code": "bad_photo", "detail": str(exc)}) from exc
        return {"sha256": found.sha256, "received": found.received, "complete": found.complete}

    @app.put("/v1/photos/{sha256}")
    async def put_photo_chunk(
        request: Request, sha256: str, offset: Annotated[int, Query(ge=0)], size: Annotated[int, Query(gt=0)]
    ) -> dict[str, Any]:
        chunk = await request.body()
        return await run_in_threadpool(store_chunk, request, sha256, offset, size, chunk)

    def store_chunk(request: Request, sha256: str, offset: int, size: int, chunk: bytes) -> dict[str, Any]:
        site_id = authenticate(request, chunk)
        with pool.connection() as conn:
            try:
                found = append_chunk(conn, site_id=site_id, sha256=sha256, offset=offset, size=size, chunk=chunk)
            except PhotoRefused as exc:
                raise HTTPException(409, {"code": "bad_chunk", "detail": str(exc)}) from exc
        return {"sha256": found.sha256, "received": found.received, "complete": found.complete}

    @app.post("/v1/certificates/verify")
    def verify_certificate_post(request: VerifyRequest) -> dict[str, Any]:
        """Checks a certificate's QR text: the signature with the issuing yard's enrolled key, and its state here."""
        with pool.connection() as conn:
            return verify_certificate_qr(conn, request.qr_text)

    @app.get("/v1/certificates/verify")
    def verify_certificate_get(qr: Annotated[str, Query(max_length=MAX_QR_TEXT)]) -> dict[str, Any]:
        """The same check as a link a phone can open (the QR text URL-encoded in ``qr``)."""
        with pool.connection() as conn:
            return verify_certificate_qr(conn, qr)

    @app.get("/v1/certificates/{number}")
    def look_up_certificate(number: str) -> None:
        """Refused for every number alike: numbers are easy to guess, so head office says nothing about a
        certificate (not even whether it holds one) to anyone who does not hold its signed QR statement."""
        raise HTTPException(
            403,
            {
                "code": "verify_with_qr",
                "detail": "head office answers only for a certificate's QR text: POST it to /v1/certificates/verify",
            },
        )

    return app
