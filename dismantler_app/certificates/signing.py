"""The certificate statement's signature for the certificates package: the pure signing and verification live in
:mod:`dismantler_app.domain.statement_signing` (head office checks QR codes with the same code); this module adds
reading a yard's public key from its PEM file.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from dismantler_app.domain.statement_signing import (
    SIGNATURE_LENGTH,
    Verification,
    VerifyOutcome,
    public_key_fingerprint,
    sign_statement,
    verify_qr_text,
)

__all__ = [
    "SIGNATURE_LENGTH",
    "Verification",
    "VerifyOutcome",
    "load_public_key",
    "public_key_fingerprint",
    "sign_statement",
    "verify_qr_text",
]


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    """An Ed25519 public key from PEM text; a clear error for anything else."""
    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError as exc:
        raise ValueError("not a PEM public key file; use the yard's yard_ed25519.pub.pem") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("the public key is not an Ed25519 key; use the yard's yard_ed25519.pub.pem")
    return key
