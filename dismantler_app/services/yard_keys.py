"""The yard's Ed25519 key pair: created once under the data folder, loaded for every certificate it signs.

Files (PEM): ``<data>/keys/yard_ed25519.pem`` (PKCS#8 private key, mode 0600, never leaves the yard PC) and
``<data>/keys/yard_ed25519.pub.pem`` (SubjectPublicKeyInfo; head office and anyone verifying a certificate get this
one). The fingerprint printed on every certificate lets a verifier check they hold the right public key.
On Windows the mode bits are not enforced; the file relies on the user profile's ACL of the data folder.

Rotation (:func:`rotate_yard_keys`, after head office revoked the key or when it may have leaked): the current public
key moves to ``<data>/keys/retired/<fingerprint>.pub.pem`` so certificates it signed stay verifiable here
(:func:`load_yard_public_keys`), the old private key is deleted (a key that may be in a thief's hands signs nothing
more), and a new pair is made; the yard then enrols again with a ``hub enrol-yard NAME --replace-key`` token.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from dismantler_app.certificates.signing import load_public_key, public_key_fingerprint
from dismantler_app.storage.privacy import private_folder

__all__ = [
    "YardKeys",
    "load_or_create_yard_keys",
    "load_yard_public_key",
    "load_yard_public_keys",
    "public_key_fingerprint",
    "rotate_yard_keys",
]

KEY_FOLDER = "keys"
PRIVATE_FILE = "yard_ed25519.pem"
PUBLIC_FILE = "yard_ed25519.pub.pem"
PRIVATE_MODE = 0o600
RETIRED_FOLDER = "retired"


@dataclass(frozen=True)
class YardKeys:
    private_key: Ed25519PrivateKey
    public_key: Ed25519PublicKey
    fingerprint: str
    private_path: Path
    public_path: Path


def load_or_create_yard_keys(data_dir: Path) -> YardKeys:
    """Load the yard's key pair, creating it on first use; tightens a private key file others can read."""
    folder = private_folder(data_dir / KEY_FOLDER)
    private_path, public_path = folder / PRIVATE_FILE, folder / PUBLIC_FILE
    if private_path.exists():
        private_key = _read_private(private_path)
        if os.name == "posix" and stat.S_IMODE(private_path.stat().st_mode) & 0o077:
            private_path.chmod(PRIVATE_MODE)
    else:
        private_key = Ed25519PrivateKey.generate()
        pem = private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        # O_EXCL: two processes starting at once must not overwrite each other's fresh key
        fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
    public_key = private_key.public_key()
    public_pem = public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    if not public_path.exists() or public_path.read_bytes() != public_pem:
        public_path.write_bytes(public_pem)
    return YardKeys(private_key, public_key, public_key_fingerprint(public_key), private_path, public_path)


def load_yard_public_key(data_dir: Path) -> Ed25519PublicKey:
    """The yard's public key from its data folder, for verifying its certificates."""
    path = data_dir / KEY_FOLDER / PUBLIC_FILE
    if not path.is_file():
        raise FileNotFoundError(
            f"no yard public key at {path}; pass --public-key FILE with the issuing yard's yard_ed25519.pub.pem"
        )
    return load_public_key(path.read_bytes())


def rotate_yard_keys(data_dir: Path) -> YardKeys:
    """Retires the current key pair (its public key kept under ``keys/retired``, its private key deleted) and makes
    a new one; returns the new pair. With no key yet, simply makes the first."""
    folder = data_dir / KEY_FOLDER
    private_path, public_path = folder / PRIVATE_FILE, folder / PUBLIC_FILE
    if private_path.exists():
        old = _read_private(private_path).public_key()
        retired = folder / RETIRED_FOLDER
        retired.mkdir(parents=True, exist_ok=True)
        pem = old.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        target = retired / f"{public_key_fingerprint(old)}.pub.pem"
        # The public key is safe on disk before the private one goes: a crash in between leaves both, never neither.
        _write_synced(target, pem)
        private_path.unlink()
        public_path.unlink(missing_ok=True)
    return load_or_create_yard_keys(data_dir)


def load_yard_public_keys(data_dir: Path) -> list[Ed25519PublicKey]:
    """The yard's current public key, then the retired ones (newest first): a certificate verifies when any of
    them signed it (head office decides whether a retired key was revoked before the certificate's date)."""
    keys = [load_yard_public_key(data_dir)]
    retired = data_dir / KEY_FOLDER / RETIRED_FOLDER
    if retired.is_dir():
        files = sorted(retired.glob("*.pub.pem"), key=lambda path: path.stat().st_mtime_ns, reverse=True)
        keys += [load_public_key(path.read_bytes()) for path in files]
    return keys


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _read_private(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 private key; move it away and a new key pair will be created")
    return key
