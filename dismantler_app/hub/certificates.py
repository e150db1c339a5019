"""Certificate verification at head office: is this QR code's statement signed by an enrolled yard's key, and what
does head office hold for that certificate (issued, voided, not yet received)?

The yard signs the statement with the same Ed25519 key it enrolled with (``services/yard_keys.py``), so the key that
verifies a batch from a site also verifies that site's certificates. Keys of yards holding a certificate with the
statement's number are tried first; when head office has not received it yet (a yard offline for weeks), every
enrolled yard's key is tried: there are tens of yards, and a verification costs about 50 µs.
"""

from __future__ import annotations

from typing import Any

import psycopg

from dismantler_app.domain.statement_signing import (
    Verification,
    VerifyOutcome,
    read_unverified_statement,
    verify_qr_text,
)
from dismantler_app.sync.keys import load_verify_key

MAX_QR_TEXT = 4096  # a QR code holds at most 4,296 alphanumeric characters (ISO/IEC 18004, version 40-L)


def verify_certificate_qr(conn: psycopg.Connection, qr_text: str) -> dict[str, Any]:
    """The verdict on one QR text. ``valid`` holds only for a good signature by a yard key that is not revoked, on
    a certificate head office does not hold as voided."""
    text = qr_text.strip()
    statement = read_unverified_statement(text) if len(text) <= MAX_QR_TEXT else None
    if statement is None:
        return _verdict(False, VerifyOutcome.MALFORMED, "this is not a certificate QR code", None, None, None)
    candidates = conn.execute(
        "SELECT y.site_id, y.name, y.public_key, y.revoked_at, c.state, c.void_reason, c.issued_at, c.vin "
        "FROM yards AS y LEFT JOIN certificates AS c ON c.site_id = y.site_id AND c.number = %s "
        "ORDER BY c.number IS NULL, y.enrolled_at",
        [statement.number],
    ).fetchall()
    last: Verification | None = None
    for row in candidates:
        verification = verify_qr_text(text, load_verify_key(row["public_key"]))
        if verification.outcome is VerifyOutcome.MALFORMED:
            return _verdict(False, verification.outcome, verification.reason, verification, None, None)
        if verification.valid:
            return _for_yard(verification, row)
        last = verification
    reason = "no enrolled yard's key signed this statement: it is forged or altered"
    return _verdict(False, VerifyOutcome.BAD_SIGNATURE, reason, last, None, None)


def _for_yard(verification: Verification, row: dict[str, Any]) -> dict[str, Any]:
    yard = {"site_id": row["site_id"], "name": row["name"], "key_revoked": row["revoked_at"] is not None}
    held = None
    if row["state"] is not None:
        held = {
            "state": row["state"],
            "void_reason": row["void_reason"],
            "issued_at": row["issued_at"],
            "vin": row["vin"],
        }
    if yard["key_revoked"]:
        reason = f"signed by yard {row['name']}, whose key head office has revoked"
        return _verdict(False, VerifyOutcome.VALID, reason, verification, yard, held)
    if held is not None and held["state"] == "voided":
        reason = f"signed by yard {row['name']}, but the certificate was voided: {held['void_reason']}"
        return _verdict(False, VerifyOutcome.VALID, reason, verification, yard, held)
    if held is None:
        reason = f"signed by yard {row['name']}; head office has not received this certificate yet"
    else:
        reason = f"signed by yard {row['name']} and held at head office as issued"
    return _verdict(True, VerifyOutcome.VALID, reason, verification, yard, held)


def _verdict(
    valid: bool,
    outcome: VerifyOutcome,
    reason: str,
    verification: Verification | None,
    yard: dict[str, Any] | None,
    held: dict[str, Any] | None,
) -> dict[str, Any]:
    statement = verification.statement if verification is not None else None
    return {
        "valid": valid,
        "signature": outcome.value,
        "reason": reason,
        "yard": yard,
        "key_fingerprint": verification.key_fingerprint if verification and yard else "",
        "statement": statement.to_json() if statement else None,
        "held": held,
    }
