"""Head office's own keys and the yards it knows: set-up, one-time enrolment tokens, registration, revocation.

An enrolment token is 128 random bits shown once (``hub enrol-yard NAME``); only its SHA-256 is stored, it expires
after a week and works once. The yard answers with its site id and a fresh Ed25519 public key; from then on every
batch from that site must verify under that key, which is how "a yard can only write its own data" holds.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

import psycopg
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from dismantler_app.sync.keys import (
    KeyFormatError,
    load_sealing_private_key,
    load_signing_key,
    load_verify_key,
    private_key_text,
    public_key_text,
)
from dismantler_app.sync.wire import SiteId

TOKEN_LIFETIME = timedelta(days=7)


class EnrolmentRefused(ValueError):
    """The token is unknown, used or expired, or the key is malformed; the message says what to do."""


@dataclass(frozen=True)
class HubKeys:
    signing: Ed25519PrivateKey
    sealing: X25519PrivateKey

    @property
    def signing_public(self) -> str:
        return public_key_text(self.signing)

    @property
    def sealing_public(self) -> str:
        return public_key_text(self.sealing)


def ensure_hub_keys(conn: psycopg.Connection) -> HubKeys:
    """Creates head office's key pairs on first use (``hub init``); later calls load them."""
    with conn.transaction():
        conn.execute(
            "INSERT INTO hub_keys (singleton, signing_key, sealing_key) VALUES (true, %s, %s) "
            "ON CONFLICT (singleton) DO NOTHING",
            [private_key_text(Ed25519PrivateKey.generate()), private_key_text(X25519PrivateKey.generate())],
        )
    return load_hub_keys(conn)


def load_hub_keys(conn: psycopg.Connection) -> HubKeys:
    row = conn.execute("SELECT signing_key, sealing_key FROM hub_keys").fetchone()
    if row is None:
        raise RuntimeError("head office has no keys yet: run 'dismantler hub init --db URL' first")
    return HubKeys(signing=load_signing_key(row["signing_key"]), sealing=load_sealing_private_key(row["sealing_key"]))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.strip().encode("utf-8")).hexdigest()


def create_enrolment_token(conn: psycopg.Connection, yard_name: str) -> str:
    name = yard_name.strip()
    if not name:
        raise EnrolmentRefused("give the yard a name, e.g. 'dismantler hub enrol-yard \"Shanghai North\"'")
    token = secrets.token_urlsafe(16)
    with conn.transaction():
        conn.execute(
            "INSERT INTO enrolment_tokens (token_hash, yard_name, expires_at) VALUES (%s, %s, now() + %s)",
            [_token_hash(token), name, TOKEN_LIFETIME],
        )
    return token


def enrol_yard(conn: psycopg.Connection, *, token: str, site_id: str, public_key: str) -> str:
    """Spends ``token`` to register ``site_id`` with ``public_key``; returns the yard's name."""
    try:
        load_verify_key(public_key)
    except (KeyFormatError, ValueError) as exc:
        raise EnrolmentRefused(f"the yard's public key is malformed: {exc}") from exc
    if not site_id or len(site_id) > 64:
        raise EnrolmentRefused("the site id must be 1 to 64 characters")
    with conn.transaction():
        row = conn.execute(
            "SELECT yard_name, used_at, expires_at < now() AS expired FROM enrolment_tokens WHERE token_hash = %s "
            "FOR UPDATE",
            [_token_hash(token)],
        ).fetchone()
        if row is None or row["used_at"] is not None or row["expired"]:
            raise EnrolmentRefused(
                "this enrolment token is unknown, already used or expired: ask head office for a new one "
                "('dismantler hub enrol-yard NAME')"
            )
        exists = conn.execute("SELECT 1 FROM yards WHERE site_id = %s", [site_id]).fetchone()
        if exists:
            raise EnrolmentRefused(f"site {site_id} is already enrolled; revoke it at head office first")
        conn.execute(
            "INSERT INTO yards (site_id, name, public_key) VALUES (%s, %s, %s)", [site_id, row["yard_name"], public_key]
        )
        conn.execute(
            "UPDATE enrolment_tokens SET used_at = now(), site_id = %s WHERE token_hash = %s",
            [site_id, _token_hash(token)],
        )
    return row["yard_name"]


def yard_verify_key(conn: psycopg.Connection, site_id: SiteId) -> Ed25519PublicKey | None:
    row = conn.execute("SELECT public_key FROM yards WHERE site_id = %s AND revoked_at IS NULL", [site_id]).fetchone()
    return load_verify_key(row["public_key"]) if row else None


def revoked_verify_key(conn: psycopg.Connection, site_id: SiteId) -> Ed25519PublicKey | None:
    """The key a revoked site was enrolled with, to check that a request really comes from that yard before telling
    it that it was revoked (nobody else learns it); None when the site is not revoked."""
    row = conn.execute(
        "SELECT public_key FROM yards WHERE site_id = %s AND revoked_at IS NOT NULL", [site_id]
    ).fetchone()
    return load_verify_key(row["public_key"]) if row else None


def site_id_by_name(conn: psycopg.Connection, name: str) -> list[str]:
    """Site ids of the enrolled yards called ``name`` (names are not unique keys; an admin may repeat one)."""
    rows = conn.execute("SELECT site_id FROM yards WHERE name = %s ORDER BY enrolled_at", [name.strip()]).fetchall()
    return [row["site_id"] for row in rows]


def revoke_yard(conn: psycopg.Connection, site_id: str) -> bool:
    """Refuses the site's key from now on and lists it in the reference data as revoked; False when it was not
    enrolled or already revoked."""
    with conn.transaction():
        row = conn.execute(
            "UPDATE yards SET revoked_at = now() WHERE site_id = %s AND revoked_at IS NULL RETURNING public_key",
            [site_id],
        ).fetchone()
        if row:
            conn.execute(
                "INSERT INTO reference_items (kind, key, value) VALUES ('revoked_key', %s, %s)",
                [site_id, psycopg.types.json.Jsonb({"site_id": site_id, "public_key": row["public_key"]})],
            )
    return row is not None
