"""Key material on the wire: Ed25519 for signatures (yards and head office), X25519 for sealing personal data.

Public keys travel as unpadded URL-safe base64 of their 32 raw bytes (RFC 8032 / RFC 7748 encodings); signatures as
base64 of their 64 bytes. A malformed key or signature is a :class:`KeyFormatError`, never a crash deeper down.
"""

from __future__ import annotations

import base64
import binascii

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw
_RAW_PRIV = serialization.PrivateFormat.Raw


class KeyFormatError(ValueError):
    """A key or signature that is not well-formed base64 of the right length."""


def b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(text: str, *, length: int | None = None, what: str = "value") -> bytes:
    if not isinstance(text, str):
        raise KeyFormatError(f"{what} must be base64 text")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise KeyFormatError(f"{what} is not valid base64") from exc
    if length is not None and len(data) != length:
        raise KeyFormatError(f"{what} must be {length} bytes, got {len(data)}")
    return data


def public_key_text(key: Ed25519PrivateKey | Ed25519PublicKey | X25519PrivateKey | X25519PublicKey) -> str:
    if isinstance(key, Ed25519PrivateKey | X25519PrivateKey):
        key = key.public_key()
    return b64encode(key.public_bytes(_RAW, _RAW_PUB))


def private_key_text(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
    return b64encode(key.private_bytes(_RAW, _RAW_PRIV, serialization.NoEncryption()))


def load_signing_key(text: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(b64decode(text, length=32, what="signing key"))


def load_verify_key(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(b64decode(text, length=32, what="public key"))


def load_sealing_private_key(text: str) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(b64decode(text, length=32, what="sealing key"))


def load_sealing_public_key(text: str) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(b64decode(text, length=32, what="sealing public key"))


def sign(key: Ed25519PrivateKey, message: bytes) -> str:
    return b64encode(key.sign(message))


def verify(key: Ed25519PublicKey, message: bytes, signature: str) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``message``; malformed input counts as invalid."""
    try:
        key.verify(b64decode(signature, length=64, what="signature"), message)
    except (InvalidSignature, KeyFormatError):
        return False
    return True
