"""The yards' API: enrolment, batch ingest, site state, reference data, photos, and certificate verification (open
to anyone holding a certificate's signed QR text). Every request after enrolment is signed by the yard's key and
checked here, with a nonce cache against replays."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from dismantler_app.hub.auth import remember_nonce
from dismantler_app.hub.certificates import MAX_QR_TEXT, verify_certificate_qr
from dismantler_app.hub.http_context import HubHttp
from dismantler_app.hub.ingest import receive_batch as ingest_receive
from dismantler_app.hub.ingest import site_state
from dismantler_app.hub.limits import JsonRefused, loads_limited
from dismantler_app.hub.photos import PhotoRefused, append_chunk, photo_state
from dismantler_app.hub.reference import reference_page
from dismantler_app.hub.yards import EnrolmentRefused, enrol_yard, site_keys
from dismantler_app.sync.batch import BatchRefused
from dismantler_app.sync.documents import REQUEST_WINDOW, SIGNATURE_HEADER, SITE_HEADER, SignatureRefused, check_request
from dismantler_app.sync.wire import SiteId

_STATUS_OF = {"unsigned": 401, "unknown_site": 401, "bad_signature": 401, "broken_chain": 409, "too_large": 413}


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


def yard_router(http: HubHttp) -> APIRouter:
    """The routes; ``router.receive_batch`` is the one ingest path (HTTP here, USB bundles through it too)."""
    router = APIRouter()

    def authenticate(request: Request, body: bytes) -> str:
        site_id = request.headers.get(SITE_HEADER, "")
        with http.pool.connection() as conn:
            keys = site_keys(conn, SiteId(site_id)) if site_id else []
        if not keys:
            raise HTTPException(401, {"code": "unknown_site", "detail": "the site is not enrolled"})
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        refused: SignatureRefused | None = None
        now = http.clock.now()
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
            with http.pool.connection() as conn:
                fresh = remember_nonce(
                    conn, site_id=site_id, signature=request.headers[SIGNATURE_HEADER], now=now, keep=2 * REQUEST_WINDOW
                )
            if not fresh:
                raise HTTPException(401, {"code": "replayed", "detail": "this signed request was already received"})
            return site_id
        assert refused is not None
        raise HTTPException(401, {"code": refused.code, "detail": str(refused)})

    @router.post("/v1/enrol", response_model=EnrolResponse)
    def enrol(request: EnrolRequest) -> EnrolResponse:
        keys = http.hub_keys()
        with http.pool.connection() as conn:
            try:
                name = enrol_yard(conn, token=request.token, site_id=request.site_id, public_key=request.public_key)
            except EnrolmentRefused as exc:
                raise HTTPException(403, {"code": "enrolment_refused", "detail": str(exc)}) from exc
        return EnrolResponse(yard_name=name, hub_signing_key=keys.signing_public, hub_sealing_key=keys.sealing_public)

    @router.post(
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
            http.count("batches_refused")
            raise HTTPException(400, {"code": exc.code, "detail": exc.detail}) from exc
        try:
            return receive_batch(data, idempotency_key=idempotency_key, via="http")
        except BatchRefused as exc:
            http.count("batches_refused")
            raise HTTPException(_STATUS_OF.get(exc.code, 400), {"code": exc.code, "detail": exc.detail}) from exc

    def receive_batch(data: Any, *, idempotency_key: str | None, via: str) -> dict[str, Any]:
        keys = http.hub_keys()
        with http.pool.connection() as conn:
            result = ingest_receive(conn, sealing_key=keys.sealing, data=data, via=via, idempotency_key=idempotency_key)
        http.count("batches_ingested")
        return result.to_json()

    http.receive_batch = receive_batch

    @router.get("/v1/state")
    def state(request: Request) -> dict[str, Any]:
        site_id = authenticate(request, b"")
        after = {
            key.removeprefix("after."): int(value)
            for key, value in request.query_params.items()
            if key.startswith("after.") and value.isdigit()
        }
        with http.pool.connection() as conn:
            return site_state(conn, site_id, rejections_after=after)

    @router.get("/v1/reference")
    def reference(request: Request, after: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        authenticate(request, b"")
        with http.pool.connection() as conn:
            return reference_page(conn, http.hub_keys(), after=after)

    @router.get("/v1/photos/{sha256}")
    def get_photo_state(request: Request, sha256: str) -> dict[str, Any]:
        authenticate(request, b"")
        with http.pool.connection() as conn:
            try:
                found = photo_state(conn, sha256)
            except PhotoRefused as exc:
                raise HTTPException(400, {"code": "bad_photo", "detail": str(exc)}) from exc
        return {"sha256": found.sha256, "received": found.received, "complete": found.complete}

    @router.put("/v1/photos/{sha256}")
    async def put_photo_chunk(
        request: Request, sha256: str, offset: Annotated[int, Query(ge=0)], size: Annotated[int, Query(gt=0)]
    ) -> dict[str, Any]:
        chunk = await request.body()
        return await run_in_threadpool(store_chunk, request, sha256, offset, size, chunk)

    def store_chunk(request: Request, sha256: str, offset: int, size: int, chunk: bytes) -> dict[str, Any]:
        site_id = authenticate(request, chunk)
        with http.pool.connection() as conn:
            try:
                found = append_chunk(conn, site_id=site_id, sha256=sha256, offset=offset, size=size, chunk=chunk)
            except PhotoRefused as exc:
                raise HTTPException(409, {"code": "bad_chunk", "detail": str(exc)}) from exc
        return {"sha256": found.sha256, "received": found.received, "complete": found.complete}

    @router.post("/v1/certificates/verify")
    def verify_certificate_post(request: VerifyRequest) -> dict[str, Any]:
        """Checks a certificate's QR text: the signature with the issuing yard's enrolled key, and its state here."""
        with http.pool.connection() as conn:
            return verify_certificate_qr(conn, request.qr_text)

    @router.get("/v1/certificates/verify")
    def verify_certificate_get(qr: Annotated[str, Query(max_length=MAX_QR_TEXT)]) -> dict[str, Any]:
        """The same check as a link a phone can open (the QR text URL-encoded in ``qr``)."""
        with http.pool.connection() as conn:
            return verify_certificate_qr(conn, qr)

    @router.get("/v1/certificates/{number}")
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

    return router
