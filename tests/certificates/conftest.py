"""Shared fixtures for the certificate tests: fixed yard keys."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


@pytest.fixture(scope="session")
def yard_key() -> Ed25519PrivateKey:
    # a fixed key: the same certificate must always give the same bytes (Ed25519 is deterministic)
    return Ed25519PrivateKey.from_private_bytes(bytes(range(32)))


@pytest.fixture(scope="session")
def other_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
