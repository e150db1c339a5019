"""Photos at head office: content-addressed by SHA-256, uploaded in chunks that resume at the bytes already held.

A chunk is accepted only at the exact offset head office holds (so a retried or duplicated chunk is harmless), the
declared size caps the total, and the photo counts as complete only when the bytes hash to its name. A photo any
yard already completed is not uploaded again (deduplicated by hash).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import psycopg

MAX_PHOTO_BYTES = 32 * 1024 * 1024
_HASH = re.compile(r"^[0-9a-f]{64}$")


class PhotoRefused(ValueError):
    """A chunk that does not fit: wrong offset, too large, or bytes that do not match the name."""


@dataclass(frozen=True)
class PhotoState:
    sha256: str
    received: int
    complete: bool


def photo_state(conn: psycopg.Connection, sha256: str) -> PhotoState:
    if not _HASH.match(sha256):
        raise PhotoRefused("a photo is named by the lower-case hex SHA-256 of its bytes")
    row = conn.execute("SELECT length(data) AS n, complete FROM photos WHERE sha256 = %s", [sha256]).fetchone()
    return PhotoState(sha256, int(row["n"]), bool(row["complete"])) if row else PhotoState(sha256, 0, False)


def append_chunk(
    conn: psycopg.Connection, *, site_id: str, sha256: str, offset: int, size: int, chunk: bytes
) -> PhotoState:
    if not _HASH.match(sha256):
        raise PhotoRefused("a photo is named by the lower-case hex SHA-256 of its bytes")
    if not 0 < size <= MAX_PHOTO_BYTES or offset < 0 or offset + len(chunk) > size:
        raise PhotoRefused(f"a photo holds 1 to {MAX_PHOTO_BYTES} bytes and chunks must stay inside its size")
    with conn.transaction():
        conn.execute(
            "INSERT INTO photos (sha256, site_id, size_bytes) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
            [sha256, site_id, size],
        )
        row = conn.execute(
            "SELECT length(data) AS n, complete, size_bytes FROM photos WHERE sha256 = %s FOR UPDATE", [sha256]
        ).fetchone()
        if row["complete"]:
            return PhotoState(sha256, int(row["n"]), True)
        if row["size_bytes"] != size:
            raise PhotoRefused("the declared size differs from the upload already begun")
        if offset != row["n"]:
            raise PhotoRefused(f"head office holds {row['n']} bytes of this photo: resume at that offset")
        conn.execute("UPDATE photos SET data = data || %s WHERE sha256 = %s", [chunk, sha256])
        if offset + len(chunk) == size:
            data = conn.execute("SELECT data FROM photos WHERE sha256 = %s", [sha256]).fetchone()["data"]
            if hashlib.sha256(data).hexdigest() != sha256:
                conn.execute("UPDATE photos SET data = '' WHERE sha256 = %s", [sha256])
                return PhotoState(sha256, 0, False)
            conn.execute("UPDATE photos SET complete = true WHERE sha256 = %s", [sha256])
            return PhotoState(sha256, size, True)
    return PhotoState(sha256, offset + len(chunk), False)
