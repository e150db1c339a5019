"""Ed25519 signing and verification of the certificate statement, and the text the QR code carries.

QR text = statement + ``/`` + the 64-byte Ed25519 signature (RFC 8032) in unpadded base32 (RFC 4648, A-Z 2-7).
Base32 keeps the QR in alphanumeric mode like the statement itself (see :mod:`dismantler_app.domain.certificate`).
Ed25519 signatures are deterministic, so the same certificate always yields the same QR (byte-stable PDFs).

Pure (no files, no network): the yard's certificate renderer signs with it, the yard's ``certificate verify``
command and head office's verification endpoint check with it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from dismantler_app.domain.certificate_statement import FIELD_SEPARATOR, Statement, StatementInvalid, parse_statement

SIGNATURE_LENGTH = 64


class VerifyOutcome(StrEnum):
    """Result of checking a QR text; values are stable (JSON output)."""

    VALID = "valid"
    BAD_SIGNATURE = "bad_signature"
    MALFORMED = "malformed"


@dataclass(frozen=True)
class Verification:
    outcome: VerifyOutcome
    reason: str
    key_fingerprint: str
    statement: Statement | None = None

    @property
    def valid(self) -> bool:
        return self.outcome is VerifyOutcome.VALID

    def to_json(self) -> dict[str, object]:
        return {
            "valid": self.valid,
            "outcome": self.outcome.value,
            "reason": self.reason,
            "key_fingerprint": self.key_fingerprint,
            "statement": self.statement.to_json() if self.statement else None,
        }


def public_key_fingerprint(public_key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw public key, first 16 bytes as hex in groups of four: short enough to read out by phone."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest()[:32]
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def sign_statement(statement: bytes, private_key: Ed25519PrivateKey) -> str:
    """The QR text for a statement: statement, separator, signature."""
    signature = private_key.sign(statement)
    return statement.decode("ascii") + FIELD_SEPARATOR + base64.b32encode(signature).decode("ascii").rstrip("=")


def read_unverified_statement(text: str) -> Statement | None:
    """The statement a QR text claims, before any signature check: only to find whose key to check it with."""
    statement_text, sep, _ = text.strip().rpartition(FIELD_SEPARATOR)
    if not sep:
        return None
    try:
        return parse_statement(statement_text.encode("ascii"))
    except (StatementInvalid, UnicodeEncodeError):
        return None


def verify_qr_text(text: str, public_key: Ed25519PublicKey) -> Verification:
    """Check a QR text against a yard's public key and read the statement it carries."""
    fingerprint = public_key_fingerprint(public_key)
    cleaned = text.strip()
    statement_text, sep, sig_text = cleaned.rpartition(FIELD_SEPARATOR)
    if not sep or not statement_text:
        return Verification(VerifyOutcome.MALFORMED, "no signature: this is not a certificate QR code", fingerprint)
    try:
        signature = base64.b32decode(sig_text + "=" * (-len(sig_text) % 8))
        statement_bytes = statement_text.encode("ascii")
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return Verification(VerifyOutcome.MALFORMED, "the signature part is not base32", fingerprint)
    if len(signature) != SIGNATURE_LENGTH:
        return Verification(
            VerifyOutcome.MALFORMED, f"signature is {len(signature)} bytes, Ed25519 needs 64", fingerprint
        )
    try:
        public_key.verify(signature, statement_bytes)
    except InvalidSignature:
        return Verification(
            VerifyOutcome.BAD_SIGNATURE,
            "signature does not match: the statement was altered after signing, or another yard's key signed it",
            fingerprint,
        )
    try:
        statement = parse_statement(statement_bytes)
    except StatementInvalid as exc:
        return Verification(VerifyOutcome.MALFORMED, f"signed, but unreadable: {exc}", fingerprint)
    return Verification(VerifyOutcome.VALID, "signature valid", fingerprint, statement)


def verify_qr_text_with_keys(text: str, public_keys: Sequence[Ed25519PublicKey]) -> Verification:
    """Check a QR text against a yard's keys, current first then retired ones: a certificate signed before a key
    rotation still verifies with the key that signed it. The answer names the key that matched, or, when none did,
    what the current key says."""
    if not public_keys:
        raise ValueError("no public key to verify with")
    first = verify_qr_text(text, public_keys[0])
    if first.outcome is not VerifyOutcome.BAD_SIGNATURE:
        return first
    for key in public_keys[1:]:
        other = verify_qr_text(text, key)
        if other.outcome is VerifyOutcome.VALID:
            return other
    return first
