"""Head office's own keys and the yards it knows: set-up, one-time enrolment tokens, registration, revocation and
re-enrolment with a new key.

An enrolment token is 128 random bits shown once (``hub enrol-yard NAME``); only its SHA-256 is stored, it expires
after a week and works once. The yard answers with its site id and a fresh Ed25519 public key; from then on every
batch from that site must verify under that key, which is how "a yard can only write its own data" holds.

A yard whose key was revoked (a stolen PC) or that rotated its key comes back with a token made by ``hub enrol-yard
NAME --replace-key``: it re-enrols that one site id with a key never enrolled before, so the site keeps its events,
cursors and certificates. Every key a site ever had stays in ``yard_keys`` with the moment it stopped being trusted;
requests and batches verify only under the current key, certificates under any key signed before its revocation
(``hub/certificates.py``).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

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


def create_enrolment_token(
    conn: psycopg.Connection, yard_name: str, *, replace_key: bool = False, site_id: str = ""
) -> str:
    """A one-time token for a new yard called ``yard_name``; with ``replace_key``, a token that re-enrols the
    enrolled yard of that name (or ``site_id`` among several) with a new key pair."""
    name = yard_name.strip()
    if not name:
        raise EnrolmentRefused("give the yard a name, e.g. 'dismantler hub enrol-yard \"Shanghai North\"'")
    replaces = _site_to_replace(conn, name, site_id) if replace_key else None
    # Hex, 128 bits: the token is pasted as an argument of 'dismantler sync enrol' (a URL-safe token began with '-'
    # one time in 64 and was taken for an option) and is sometimes read out over the phone.
    token = secrets.token_hex(16)
    with conn.transaction():
        conn.execute(
            "INSERT INTO enrolment_tokens (token_hash, yard_name, expires_at, replaces_site_id) "
            "VALUES (%s, %s, now() + %s, %s)",
            [_token_hash(token), name, TOKEN_LIFETIME, replaces],
        )
    return token


def _site_to_replace(conn: psycopg.Connection, name: str, site_id: str) -> str:
    sites = site_id_by_name(conn, name)
    if site_id:
        sites = [s for s in sites if s == site_id]
    if not sites:
        raise EnrolmentRefused(
            f"no enrolled yard is called {name!r}"
            + (f" with site id {site_id}" if site_id else "")
            + ": --replace-key is for a yard enrolled before; leave it out to enrol a new yard"
        )
    if len(sites) > 1:
        raise EnrolmentRefused(f"{len(sites)} yards are called {name!r}: add --site-id, one of {', '.join(sites)}")
    return sites[0]


def enrol_yard(conn: psycopg.Connection, *, token: str, site_id: str, public_key: str) -> str:
    """Spends ``token`` to register ``site_id`` with ``public_key`` (a new site, or with a ``--replace-key`` token
    the site it names, whose earlier key stops being trusted now); returns the yard's name."""
    try:
        load_verify_key(public_key)
    except (KeyFormatError, ValueError) as exc:
        raise EnrolmentRefused(f"the yard's public key is malformed: {exc}") from exc
    if not site_id or len(site_id) > 64:
        raise EnrolmentRefused("the site id must be 1 to 64 characters")
    with conn.transaction():
        row = conn.execute(
            "SELECT yard_name, used_at, expires_at < now() AS expired, replaces_site_id FROM enrolment_tokens "
            "WHERE token_hash = %s FOR UPDATE",
            [_token_hash(token)],
        ).fetchone()
        if row is None or row["used_at"] is not None or row["expired"]:
            raise EnrolmentRefused(
                "this enrolment token is unknown, already used or expired: ask head office for a new one "
                "('dismantler hub enrol-yard NAME')"
            )
        if conn.execute("SELECT 1 FROM yard_keys WHERE public_key = %s", [public_key]).fetchone():
            # A revoked key must never come back, and a rotation that kept the old key would rotate nothing.
            raise EnrolmentRefused(
                "this key was enrolled before: make a new key pair at the yard ('dismantler sync rotate-key') and "
                "enrol with that"
            )
        if row["replaces_site_id"] is not None:
            _replace_key(conn, row["replaces_site_id"], site_id=site_id, public_key=public_key)
        else:
            if conn.execute("SELECT 1 FROM yards WHERE site_id = %s", [site_id]).fetchone():
                raise EnrolmentRefused(
                    f"site {site_id} is already enrolled: to give it a new key, ask head office for a token made "
                    "with 'dismantler hub enrol-yard NAME --replace-key'"
                )
            conn.execute(
                "INSERT INTO yards (site_id, name, public_key) VALUES (%s, %s, %s)",
                [site_id, row["yard_name"], public_key],
            )
            conn.execute("INSERT INTO yard_keys (public_key, site_id) VALUES (%s, %s)", [public_key, site_id])
        conn.execute(
            "UPDATE enrolment_tokens SET used_at = now(), site_id = %s WHERE token_hash = %s",
            [site_id, _token_hash(token)],
        )
    return row["yard_name"]


def _replace_key(conn: psycopg.Connection, replaces: str, *, site_id: str, public_key: str) -> None:
    """Inside the enrolment's transaction: ``site_id`` (the one the token names) now signs with ``public_key``. A
    key still trusted until now is retired from now on and listed as revoked, so no two keys of a site sign at once."""
    if site_id != replaces:
        raise EnrolmentRefused(
            f"this token re-enrols site {replaces}, not {site_id}: use it on that yard's PC, or ask head office for "
            "a token for this yard"
        )
    for retired in conn.execute(
        "UPDATE yard_keys SET revoked_at = now(), revoked_reason = 'replaced' WHERE site_id = %s "
        "AND revoked_at IS NULL RETURNING public_key, revoked_at",
        [site_id],
    ).fetchall():
        _publish_revoked_key(conn, site_id, retired["public_key"], retired["revoked_at"])
    conn.execute("INSERT INTO yard_keys (public_key, site_id) VALUES (%s, %s)", [public_key, site_id])
    conn.execute("UPDATE yards SET public_key = %s, revoked_at = NULL WHERE site_id = %s", [public_key, site_id])


def _publish_revoked_key(conn: psycopg.Connection, site_id: str, public_key: str, at: datetime) -> None:
    conn.execute(
        "INSERT INTO reference_items (kind, key, value) VALUES ('revoked_key', %s, %s)",
        [
            site_id,
            psycopg.types.json.Jsonb({"site_id": site_id, "public_key": public_key, "revoked_at": at.isoformat()}),
        ],
    )


def yard_verify_key(conn: psycopg.Connection, site_id: SiteId) -> Ed25519PublicKey | None:
    row = conn.execute("SELECT public_key FROM yards WHERE site_id = %s AND revoked_at IS NULL", [site_id]).fetchone()
    return load_verify_key(row["public_key"]) if row else None


@dataclass(frozen=True)
class SiteKey:
    """One key a site enrolled with; ``revoked_at`` is when head office stopped trusting it (None: in use)."""

    key: Ed25519PublicKey
    public_key: str
    revoked_at: datetime | None


def site_keys(conn: psycopg.Connection, site_id: SiteId) -> list[SiteKey]:
    """Every key the site enrolled with, the one in use first: a request signed by a revoked key is from that yard
    (or whoever holds its old PC), and is told that it was revoked; nobody else learns it."""
    rows = conn.execute(
        "SELECT public_key, revoked_at FROM yard_keys WHERE site_id = %s ORDER BY revoked_at IS NOT NULL, "
        "enrolled_at DESC",
        [site_id],
    ).fetchall()
    return [SiteKey(load_verify_key(row["public_key"]), row["public_key"], row["revoked_at"]) for row in rows]


def site_id_by_name(conn: psycopg.Connection, name: str) -> list[str]:
    """Site ids of the enrolled yards called ``name`` (names are not unique keys; an admin may repeat one)."""
    rows = conn.execute("SELECT site_id FROM yards WHERE name = %s ORDER BY enrolled_at", [name.strip()]).fetchall()
    return [row["site_id"] for row in rows]


def revoke_yard(conn: psycopg.Connection, site_id: str) -> bool:
    """Refuses the site's key from now on and lists it in the reference data as revoked; False when it was not
    enrolled or already revoked."""
    with conn.transaction():
        row = conn.execute(
            "UPDATE yards SET revoked_at = now() WHERE site_id = %s AND revoked_at IS NULL "
            "RETURNING public_key, revoked_at",
            [site_id],
        ).fetchone()
        if row:
            conn.execute(
                "UPDATE yard_keys SET revoked_at = %s, revoked_reason = 'revoked' WHERE public_key = %s",
                [row["revoked_at"], row["public_key"]],
            )
            _publish_revoked_key(conn, site_id, row["public_key"], row["revoked_at"])
    return row is not None
