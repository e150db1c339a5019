"""The USB bundle: one zip file carrying signed batches and photos from a yard to head office, and the signed
receipt that comes back.

Layout: ``index.json`` (a document signed by the yard: site, bundle id, every member's name, size and SHA-256),
``batches/NNNNNN.json`` (signed batch bodies, exactly as sent over HTTP) and ``photos/<sha256>``. Written atomically
(temp file in the same folder, fsync, rename, fsync of the folder), so a stick pulled mid-write holds either the old
file or the new one. Reading never extracts to disk: member names must match the layout (no path can climb out),
each member is read with a hard byte cap whatever its header claims (zip bombs), and the counts are capped.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from dismantler_app.sync.documents import SignatureRefused, open_document, sign_document
from dismantler_app.sync.wire import sha256_hex

BUNDLE_KIND = "bundle"
RECEIPT_KIND = "receipt"
MAX_MEMBERS = 50_000
MAX_INDEX_BYTES = 16 * 1024 * 1024
MAX_BATCH_BYTES = 64 * 1024 * 1024
MAX_PHOTO_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
_MEMBER = re.compile(r"^(index\.json|batches/\d{6}\.json|photos/[0-9a-f]{64})$")


class BundleRefused(ValueError):
    """A bundle head office will not read; the message says why (nothing of it was stored)."""


def receipt_path_for(bundle: Path) -> Path:
    return bundle.with_name(bundle.name + ".receipt.json")


def write_atomically(path: Path, write: Callable[[io.BufferedWriter], None]) -> None:
    """Writes ``path`` via a temp file in the same folder, fsync, rename, fsync of the folder."""
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    if os.name == "posix":
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def write_bundle(
    path: Path,
    *,
    site_id: str,
    signing_key: Ed25519PrivateKey,
    batches: Sequence[bytes | Mapping[str, Any]],
    photos: Sequence[tuple[str, bytes]],
    created_at: str,
    reference_after: int = 0,
) -> str:
    """Writes the bundle; returns its id. ``batches`` are encoded batch bodies (bytes as sent over HTTP, or JSON
    objects), ``photos`` (sha256, bytes); ``reference_after`` is the last reference-data sequence the yard holds, so
    the receipt brings back only what is newer."""
    members: list[tuple[str, bytes]] = []
    for number, body in enumerate(batches, start=1):
        data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode("utf-8")
        members.append((f"batches/{number:06d}.json", data))
    members += [(f"photos/{sha256}", data) for sha256, data in photos]
    bundle_id = uuid.uuid4().hex
    index = sign_document(
        signing_key,
        BUNDLE_KIND,
        {
            "site_id": site_id,
            "bundle_id": bundle_id,
            "created_at": created_at,
            "reference_after": int(reference_after),
            "members": [{"name": name, "size": len(data), "sha256": sha256_hex(data)} for name, data in members],
        },
    )

    def write(handle: io.BufferedWriter) -> None:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            archive.writestr("index.json", json.dumps(index, ensure_ascii=False))
            for name, data in members:
                archive.writestr(name, data, compress_type=zipfile.ZIP_STORED if name.startswith("photos/") else None)

    write_atomically(path, write)
    return bundle_id


@dataclass(frozen=True)
class OpenedBundle:
    site_id: str
    bundle_id: str
    batches: tuple[dict[str, Any], ...]
    photos: tuple[tuple[str, bytes], ...]
    reference_after: int = 0  # the yard's last reference-data sequence (0 for bundles written before it was sent)


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    if info.file_size > cap:
        raise BundleRefused(f"member {info.filename} claims {info.file_size} bytes; at most {cap} are allowed")
    with archive.open(info) as member:
        data = member.read(cap + 1)  # the header may lie: never decompress more than the cap
    if len(data) > cap:
        raise BundleRefused(f"member {info.filename} expands beyond {cap} bytes")
    return data


def _members(archive: zipfile.ZipFile) -> Iterator[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleRefused(f"the bundle has {len(infos)} members; at most {MAX_MEMBERS} are allowed")
    names = set()
    total = 0
    for info in infos:
        if not _MEMBER.match(info.filename) or info.filename in names:
            raise BundleRefused(f"unexpected or repeated member name {info.filename!r}: not a yard bundle")
        names.add(info.filename)
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise BundleRefused("the bundle expands beyond the allowed total size")
        yield info


# What a damaged or hostile zip raises while members are read: a bad CRC or header (BadZipFile), a broken deflate
# stream (zlib.error), a cut-off file (EOFError), an encrypted or unknown-method member (RuntimeError,
# NotImplementedError), an unreadable stick (OSError). Each becomes one BundleRefused line (issue 13).
_DAMAGED_ZIP = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, OSError)


def read_bundle(path: Path, *, verify_key_for: Callable[[str], Ed25519PublicKey | None]) -> OpenedBundle:
    """Opens and checks a bundle: layout, sizes, the yard's signature on the index, every member's hash."""
    try:
        return _read_bundle(path, verify_key_for=verify_key_for)
    except _DAMAGED_ZIP as exc:
        raise BundleRefused(f"{path} is damaged or not a yard bundle ({type(exc).__name__}: {exc})") from exc
    except RecursionError as exc:
        raise BundleRefused(f"{path} holds JSON nested too deeply: not a yard bundle") from exc


def _read_bundle(path: Path, *, verify_key_for: Callable[[str], Ed25519PublicKey | None]) -> OpenedBundle:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BundleRefused(f"{path} is not a readable bundle: {exc}") from exc
    with archive:
        infos = {info.filename: info for info in _members(archive)}
        if "index.json" not in infos:
            raise BundleRefused("the bundle has no index.json")
        try:
            index = json.loads(_read_capped(archive, infos["index.json"], MAX_INDEX_BYTES))
            site_id = str(index["body"]["site_id"])
        except (ValueError, KeyError, TypeError) as exc:
            raise BundleRefused("the bundle's index is not valid JSON") from exc
        key = verify_key_for(site_id)
        if key is None:
            raise BundleRefused(f"site {site_id} is not enrolled at head office (or its key was revoked)")
        try:
            body = open_document(key, BUNDLE_KIND, index)
        except SignatureRefused as exc:
            raise BundleRefused(str(exc)) from exc
        listed = {m["name"]: m for m in body["members"]}
        if set(listed) != set(infos) - {"index.json"}:
            raise BundleRefused("the bundle's members differ from its signed index")
        batches, photos = [], []
        for name in sorted(listed):
            cap = MAX_PHOTO_BYTES if name.startswith("photos/") else MAX_BATCH_BYTES
            data = _read_capped(archive, infos[name], cap)
            if len(data) != listed[name]["size"] or sha256_hex(data) != listed[name]["sha256"]:
                raise BundleRefused(f"member {name} does not match the signed index")
            if name.startswith("photos/"):
                photos.append((name.removeprefix("photos/"), data))
            else:
                try:
                    batches.append(json.loads(data))
                except ValueError as exc:
                    raise BundleRefused(f"member {name} is not JSON") from exc
    after = body.get("reference_after", 0)
    if not isinstance(after, int) or isinstance(after, bool) or after < 0:
        raise BundleRefused("the bundle's reference_after must be a non-negative integer")
    return OpenedBundle(site_id, str(body["bundle_id"]), tuple(batches), tuple(photos), after)
