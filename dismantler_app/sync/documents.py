"""Signed documents and signed requests: how head office and a yard prove who wrote what.

A document (a bundle index, a receipt, a reference-data page) is ``{"body": …, "signature": …}`` with an Ed25519
signature over the body's canonical JSON and a context string, so a signature made for one kind of document cannot
be passed off as another. Requests that only read (cursor, reference data) or upload photos carry the site id, a
time and a signature over method, path, time and body hash; the window is wide (a day) because yard clocks drift by
hours (issue 6 tests ±2 h) and replaying such a request changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from dismantler_app.sync.keys import sign, verify
from dismantler_app.sync.wire import canonical_json, sha256_hex

REQUEST_WINDOW = timedelta(minutes=5)
MAX_CLOCK_CORRECTION = timedelta(hours=12)  # a yard clock further off must be set: its certificates' dates are wrong
REFERENCE_KIND = "reference"  # head office's reference-data pages
SITE_HEADER = "X-Dismantler-Site"
TIME_HEADER = "X-Dismantler-Time"
SIGNATURE_HEADER = "X-Dismantler-Signature"


class SignatureRefused(ValueError):
    """A document or request whose signature does not verify; the message says which, ``code`` (stable) says why:
    :data:`BAD_SIGNATURE`, or :data:`CLOCK_SKEW` when the request's time is outside the window."""

    def __init__(self, message: str, *, code: str = "bad_signature") -> None:
        super().__init__(message)
        self.code = code


BAD_SIGNATURE = "bad_signature"
CLOCK_SKEW = "clock_skew"


def _document_message(kind: str, body: Any) -> bytes:
    return f"dismantler-{kind}-v1:".encode("ascii") + canonical_json(body).encode("utf-8")


def sign_document(key: Ed25519PrivateKey, kind: str, body: Mapping[str, Any]) -> dict[str, Any]:
    return {"kind": kind, "body": dict(body), "signature": sign(key, _document_message(kind, body))}


def open_document(key: Ed25519PublicKey, kind: str, document: Any) -> dict[str, Any]:
    """The body of a signed document of ``kind``, or :class:`SignatureRefused`."""
    if not isinstance(document, Mapping) or document.get("kind") != kind or not isinstance(document.get("body"), dict):
        raise SignatureRefused(f"this is not a {kind} document")
    signature = document.get("signature")
    if not isinstance(signature, str) or not verify(key, _document_message(kind, document["body"]), signature):
        raise SignatureRefused(f"the {kind} is not signed by the expected key (altered, or from another hub)")
    return document["body"]


def _request_message(method: str, path: str, at: str, body: bytes) -> bytes:
    return f"dismantler-request-v1:{method.upper()} {path} {at} {sha256_hex(body)}".encode()


def request_headers(
    key: Ed25519PrivateKey, *, site_id: str, method: str, path: str, body: bytes, at: datetime
) -> dict[str, str]:
    stamp = at.isoformat()
    return {
        SITE_HEADER: site_id,
        TIME_HEADER: stamp,
        SIGNATURE_HEADER: sign(key, _request_message(method, path, stamp, body)),
    }


def check_request(
    key: Ed25519PublicKey, *, method: str, path: str, body: bytes, headers: Mapping[str, str], now: datetime
) -> None:
    stamp = headers.get(TIME_HEADER, "")
    try:
        at = datetime.fromisoformat(stamp)
    except ValueError as exc:
        raise SignatureRefused(f"{TIME_HEADER} must be an ISO 8601 time with zone", code=CLOCK_SKEW) from exc
    if at.tzinfo is None or abs(now - at) > REQUEST_WINDOW:
        raise SignatureRefused(
            "the request's time is more than 5 minutes off head office's clock: set the yard clock", code=CLOCK_SKEW
        )
    if not verify(key, _request_message(method, path, stamp, body), headers.get(SIGNATURE_HEADER, "")):
        raise SignatureRefused("the request signature does not match the site's enrolled key")
