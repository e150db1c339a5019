"""Where the yard's signing key comes from: the desk signs certificates with it, sync signs batches. No Qt here."""

from __future__ import annotations

from collections.abc import Callable

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dismantler_app.services.context import ServiceContext
from dismantler_app.services.yard_keys import load_or_create_yard_keys

KeySource = Callable[[], Ed25519PrivateKey]


def yard_key_source(services: ServiceContext) -> KeySource:
    """The yard's signing key from its data folder, which holds the database (``composition.Settings``)."""
    return lambda: load_or_create_yard_keys(services.store.path.parent).private_key
