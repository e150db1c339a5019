"""Photos as files named by their SHA-256 under ``<data>/photos/ab/cdef…``; the database holds only the hashes.

Content addressing makes a photo tamper-evident (the name is the checksum) and stores a repeated photo once.
A file is written to a temporary name, flushed to disk and renamed, so a crash never leaves a half photo under a
valid name.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from datetime import datetime
from pathlib import Path

from dismantler_app.domain.records import PhotoHash, PhotoKind
from dismantler_app.storage.session import Session


class PhotoStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:]

    def put(self, data: bytes) -> PhotoHash:
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_for(digest)
        if target.exists() and target.stat().st_size == len(data):
            return PhotoHash(digest)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return PhotoHash(digest)

    def read(self, sha256: str) -> bytes:
        data = self.path_for(sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"photo {sha256} does not match its name: the file was altered or damaged")
        return data


def record_photo(session: Session, sha256: str, *, size_bytes: int, media_type: str, at: datetime) -> None:
    session.execute(
        "INSERT INTO photos (sha256, size_bytes, media_type, stored_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (sha256) DO NOTHING",
        [sha256, size_bytes, media_type, at.isoformat()],
    )


def attach_photo(
    session: Session, intake_id: str, sha256: str, *, kind: PhotoKind, pack_code: str, taken_by: str, at: datetime
) -> bool:
    """Attaches a photo to an intake; returns False when the same photo was already attached for that purpose."""
    cursor = session.execute(
        "INSERT INTO intake_photos (intake_id, sha256, kind, pack_code, taken_at, taken_by) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        [intake_id, sha256, kind.value, pack_code, at.isoformat(), taken_by],
    )
    return cursor.rowcount == 1


def attached_kinds(session: Session, intake_id: str, sha256: str) -> list[PhotoKind]:
    """The purposes this photo serves on the intake ([] when it is not attached)."""
    rows = session.all(
        "SELECT kind FROM intake_photos WHERE intake_id = ? AND sha256 = ? ORDER BY kind", [intake_id, sha256]
    )
    return [PhotoKind(r["kind"]) for r in rows]


def remove_photo(session: Session, intake_id: str, sha256: str, *, by: str, reason: str, at: datetime) -> list[dict]:
    """Takes a photo off an intake (every purpose it was attached for) into ``removed_photos``; returns the rows."""
    rows = session.all("SELECT * FROM intake_photos WHERE intake_id = ? AND sha256 = ?", [intake_id, sha256])
    for row in rows:
        session.insert("removed_photos", {**row, "removed_at": at.isoformat(), "removed_by": by, "reason": reason})
    session.execute("DELETE FROM intake_photos WHERE intake_id = ? AND sha256 = ?", [intake_id, sha256])
    return rows
