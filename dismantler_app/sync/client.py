"""The yard's HTTP client for head office (httpx): enrol, push a batch, ask the site's state, fetch reference data,
upload photos in resumable chunks.

Errors come in two kinds the sync worker treats differently: :class:`HubUnreachable` (network, timeouts, 5xx: retry
later with backoff) and :class:`HubRefused` (4xx: head office said no; retrying the same bytes will not help). Each
carries a stable ``code`` (for HubRefused, head office's own) that the desktop app words; the message is for the log.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlencode

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dismantler_app.domain.clock import Clock
from dismantler_app.sync.documents import CLOCK_SKEW, MAX_CLOCK_CORRECTION, request_headers

PHOTO_CHUNK_BYTES = 256 * 1024


# HubUnreachable codes.
UNREACHABLE = "unreachable"  # no route, refused connection, timeout
HUB_FAILED = "hub_failed"  # head office answered 5xx, or something that is not JSON
TLS_UNTRUSTED = "tls_untrusted"  # head office's TLS certificate does not verify against the trusted CAs


class HubUnreachable(ConnectionError):
    """The network or head office failed; try again later. ``code``: :data:`UNREACHABLE`, :data:`HUB_FAILED` or
    :data:`TLS_UNTRUSTED` (retrying will not help until the CA file is right, but nothing is lost meanwhile)."""

    def __init__(self, message: str, *, code: str = UNREACHABLE) -> None:
        super().__init__(message)
        self.code = code


def _untrusted_certificate(error: BaseException) -> bool:
    """True when a failed connection's cause is a certificate that did not verify (``ssl`` raises it deep inside
    httpcore; httpx keeps it as the cause)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


class HubRefused(RuntimeError):
    """Head office answered with a refusal: ``code`` is stable, ``detail`` says why."""

    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(f"head office refused ({status} {code}): {detail}")
        self.status = status
        self.code = code
        self.detail = detail


@dataclass
class HubClient:
    base_url: str
    clock: Clock
    timeout_s: float = 30.0
    verify_tls: bool | str = True
    # Head office's clock minus ours, from the Date header of its last answer: signed requests are stamped in its
    # time, so a yard clock a few hours off still fits head office's window of minutes.
    clock_offset: timedelta = field(default=timedelta(0))

    def __post_init__(self) -> None:
        # A path names the CA that signed head office's certificate (a private CA); True trusts the public CAs.
        verify = (
            ssl.create_default_context(cafile=self.verify_tls) if isinstance(self.verify_tls, str) else self.verify_tls
        )
        self._http = httpx.Client(base_url=self.base_url.rstrip("/"), timeout=self.timeout_s, verify=verify)

    def close(self) -> None:
        self._http.close()

    def _send(self, method: str, path: str, *, content: bytes = b"", headers: Mapping[str, str] | None = None) -> Any:
        try:
            response = self._http.request(method, path, content=content, headers=dict(headers or {}))
        except httpx.HTTPError as exc:
            code = TLS_UNTRUSTED if _untrusted_certificate(exc) else UNREACHABLE
            raise HubUnreachable(f"cannot reach head office at {self.base_url}: {exc}", code=code) from exc
        self._learn_clock(response.headers.get("date", ""))
        if response.status_code >= 500:
            raise HubUnreachable(f"head office failed ({response.status_code}); it will be retried", code=HUB_FAILED)
        if response.status_code >= 400:
            try:
                detail = response.json().get("detail", {})
            except ValueError:
                detail = {}
            if not isinstance(detail, dict):
                detail = {"code": "refused", "detail": str(detail)}
            raise HubRefused(response.status_code, str(detail.get("code", "refused")), str(detail.get("detail", "")))
        try:
            return response.json()
        except ValueError as exc:
            raise HubUnreachable("head office answered with something that is not JSON", code=HUB_FAILED) from exc

    def _learn_clock(self, date_header: str) -> None:
        try:
            hub_now = parsedate_to_datetime(date_header)
        except (TypeError, ValueError):
            return
        if hub_now.tzinfo is None:
            hub_now = hub_now.replace(tzinfo=UTC)
        offset = hub_now - self.clock.now()
        # Date has whole seconds: keep the old offset while the new one only says the same within a second or two.
        if abs(offset) <= MAX_CLOCK_CORRECTION and abs(offset - self.clock_offset) > timedelta(seconds=2):
            self.clock_offset = offset

    def _signed(self, key: Ed25519PrivateKey, site_id: str, method: str, path: str, body: bytes = b"") -> Any:
        offset = self.clock_offset
        at = self.clock.now() + offset
        headers = request_headers(key, site_id=site_id, method=method, path=path, body=body, at=at)
        try:
            return self._send(method, path, content=body, headers=headers)
        except HubRefused as exc:
            if exc.code != CLOCK_SKEW or self.clock_offset == offset:
                raise
        # Refused for its time, and the refusal taught us head office's clock: once more, in its time.
        at = self.clock.now() + self.clock_offset
        headers = request_headers(key, site_id=site_id, method=method, path=path, body=body, at=at)
        return self._send(method, path, content=body, headers=headers)

    def enrol(self, *, token: str, site_id: str, public_key: str) -> dict[str, Any]:
        body = json.dumps({"token": token, "site_id": site_id, "public_key": public_key}).encode()
        return self._send("POST", "/v1/enrol", content=body, headers={"Content-Type": "application/json"})

    def push_batch(self, body: Mapping[str, Any]) -> dict[str, Any]:
        content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return self.push_batch_bytes(content, batch_hash=body["manifest"]["batch_hash"])

    def push_batch_bytes(self, content: bytes, *, batch_hash: str) -> dict[str, Any]:
        """Posts an encoded batch (:func:`sync.batch.encode_batch_bytes`); its hash is the idempotency key."""
        headers = {"Content-Type": "application/json", "Idempotency-Key": batch_hash}
        return self._send("POST", "/v1/batches", content=content, headers=headers)

    def site_state(self, key: Ed25519PrivateKey, site_id: str, *, after: Mapping[str, int]) -> dict[str, Any]:
        query = urlencode({f"after.{epoch}": value for epoch, value in sorted(after.items())})
        return self._signed(key, site_id, "GET", "/v1/state" + (f"?{query}" if query else ""))

    def reference(self, key: Ed25519PrivateKey, site_id: str, *, after: int) -> dict[str, Any]:
        return self._signed(key, site_id, "GET", f"/v1/reference?after={int(after)}")

    def upload_photo(self, key: Ed25519PrivateKey, site_id: str, *, sha256: str, data: bytes) -> bool:
        """Uploads what head office lacks of one photo, resuming where it stopped; True when complete there."""
        state = self._signed(key, site_id, "GET", f"/v1/photos/{sha256}")
        offset = int(state["received"])
        while not state["complete"] and offset < len(data):
            chunk = data[offset : offset + PHOTO_CHUNK_BYTES]
            path = f"/v1/photos/{sha256}?offset={offset}&size={len(data)}"
            state = self._signed(key, site_id, "PUT", path, chunk)
            offset = int(state["received"])
        return bool(state["complete"])
