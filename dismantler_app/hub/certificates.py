"""Certificate verification at head office: is this QR code's statement signed by an enrolled yard's key, and what
does head office hold for that certificate (issued, voided, not yet received)?

The yard signs the statement with the same Ed25519 key it enrolled with (``services/yard_keys.py``), so the key that
verifies a batch from a site also verifies that site's certificates. Keys of yards holding a certificate with the
statement's number are tried first; when head office has not received it yet (a yard offline for weeks), every
key any yard ever enrolled with is tried: there are tens of yards, and a verification costs about 50 µs.

A yard's earlier keys (rotated, or revoked after a PC was stolen) keep verifying what they signed while they were
trusted. What a revocation means for certificates already issued: the revocation has a date; a certificate signed by
the revoked key and **dated before that day** stays valid, one dated that day or later is refused. The date is the
signer's own word, so a thief holding the key could backdate; a certificate head office received from the site (its
batches verify only under the key trusted when they arrive) with the same QR text is therefore valid whatever its
date, and the verdict says which of the two held.

A number names one vehicle forever: when head office recorded a conflict under the statement's number (a second,
different certificate refused at ingest, ``hub/projections/certificates.py``), or holds a certificate under that
number whose VIN or yard differs from the statement's, the verdict is ``conflict`` and never valid, for either
certificate; the answer then names neither vehicle. ``status`` sums the verdict up in one stable word.
"""

from __future__ import annotations

from datetime import UTC
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
        "SELECT y.site_id, y.name, k.public_key, k.revoked_at, c.state, c.void_reason, c.issued_at, c.vin, "
        "c.qr_text FROM yard_keys AS k JOIN yards AS y USING (site_id) "
        "LEFT JOIN certificates AS c ON c.site_id = y.site_id AND c.number = %s "
        "ORDER BY c.number IS NULL, k.revoked_at IS NOT NULL, y.enrolled_at, k.enrolled_at",
        [statement.number],
    ).fetchall()
    last: Verification | None = None
    for row in candidates:
        verification = verify_qr_text(text, load_verify_key(row["public_key"]))
        if verification.outcome is VerifyOutcome.MALFORMED:
            return _verdict(False, verification.outcome, verification.reason, verification, None, None)
        if verification.valid:
            conflict = _conflict(conn, verification, row)
            if conflict is not None:
                return conflict
            return _for_yard(verification, row, held_text=row["qr_text"] == text)
        last = verification
    reason = "no enrolled yard's key signed this statement: it is forged or altered"
    return _verdict(False, VerifyOutcome.BAD_SIGNATURE, reason, last, None, None)


def _conflict(conn: psycopg.Connection, verification: Verification, row: dict[str, Any]) -> dict[str, Any] | None:
    """The conflict verdict, when the statement's number names two certificates at head office or the one held
    differs from the statement; None otherwise."""
    statement = verification.statement
    assert statement is not None  # a valid signature is over a readable statement
    recorded = conn.execute(
        "SELECT count(*) AS n FROM certificate_conflicts WHERE number = %s", [statement.number]
    ).fetchone()["n"]
    held = conn.execute("SELECT site_id, vin FROM certificates WHERE number = %s", [statement.number]).fetchall()
    differing = [h for h in held if h["site_id"] != row["site_id"] or h["vin"] != statement.vin]
    if not recorded and not differing:
        return None
    reason = (
        f"certificate number {statement.number} names more than one vehicle at head office; neither certificate "
        "under it can be trusted until head office resolves the conflict"
    )
    verdict = _verdict(False, VerifyOutcome.VALID, reason, verification, _yard(row), None)
    verdict.update(status="conflict", conflict=True)
    return verdict


def _yard(row: dict[str, Any]) -> dict[str, Any]:
    revoked_at = row["revoked_at"]
    return {
        "site_id": row["site_id"],
        "name": row["name"],
        "key_revoked": revoked_at is not None,
        "key_revoked_at": revoked_at.isoformat() if revoked_at is not None else None,
    }


def _for_yard(verification: Verification, row: dict[str, Any], *, held_text: bool) -> dict[str, Any]:
    revoked_at = row["revoked_at"]
    yard = _yard(row)
    held = None
    if row["state"] is not None:
        held = {
            "state": row["state"],
            "void_reason": row["void_reason"],
            "issued_at": row["issued_at"],
            "vin": row["vin"],
        }
    if revoked_at is not None:
        statement = verification.statement
        assert statement is not None  # a valid signature is over a readable statement
        # The day in UTC: yards are east of it (UTC+8), so a certificate dated before this day was signed before the
        # revocation whatever the yard's zone; one issued that local morning is refused unless head office holds it.
        revoked_day = revoked_at.astimezone(UTC).date()
        if not (held_text and held is not None) and statement.issued_on >= revoked_day:
            reason = (
                f"signed by yard {row['name']} with a key head office revoked on {revoked_day.isoformat()}; "
                f"a certificate dated {statement.issued_on.isoformat()} under that key is refused"
            )
            return _verdict(False, VerifyOutcome.VALID, reason, verification, yard, held)
        yard["signed_before_revocation"] = True
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
    if valid:
        status = "valid"
    elif outcome is not VerifyOutcome.VALID:
        status = outcome.value
    elif held is not None and held["state"] == "voided":
        status = "voided"
    else:
        status = "key_revoked"
    return {
        "status": status,
        "conflict": False,
        "valid": valid,
        "signature": outcome.value,
        "reason": reason,
        "yard": yard,
        "key_fingerprint": verification.key_fingerprint if verification and yard else "",
        "statement": statement.to_json() if statement else None,
        "held": held,
    }
