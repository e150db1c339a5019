"""The yard's standing link with head office: the HTTP client built from what the enrolment stored (URL and, for a
private CA, the CA file), head office's word that this yard's key was revoked, the yard replacing its own key, and
head office's signed reference data stored page by page whether it came over HTTP or inside a stick's receipt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from dismantler_app.domain.clock import Clock
from dismantler_app.services.sync.state import NotReady, error_text
from dismantler_app.services.yard_keys import YardKeys, rotate_yard_keys
from dismantler_app.storage import sync_store
from dismantler_app.storage.session import Transactional
from dismantler_app.sync.client import HubClient
from dismantler_app.sync.documents import REFERENCE_KIND, SignatureRefused, open_document

# Head office's refusal code for a request signed with a key it revoked (``hub/app.py``).
SITE_REVOKED = "site_revoked"
REVOKED_KEY = "revoked_key"  # reference-data kind listing revoked yard keys (``hub/yards.py``)


class HubAddressMissing(ValueError):
    """No head office URL, or a stored CA file that is gone; the message says what to do."""


def load_link(store: Transactional) -> dict[str, Any]:
    with store.read() as session:
        return sync_store.load_link(session)


def hub_client(
    link: Mapping[str, Any], *, clock: Clock, url: str | None = None, ca: Path | None = None, timeout_s: float = 30.0
) -> HubClient:
    """A client for head office: ``url``/``ca`` when given, else the URL and CA file stored at enrolment."""
    hub_url = url or str(link.get("hub_url") or "")
    if not hub_url:
        raise HubAddressMissing(
            "no head office URL: enrol first ('dismantler sync enrol TOKEN --hub URL') or pass --hub"
        )
    ca_path = ca if ca is not None else enrolled_ca(link, hub_url)
    if ca_path is not None and not ca_path.is_file():
        raise HubAddressMissing(
            f"no CA certificate at {ca_path}: give the PEM file head office's administrator sent "
            "('dismantler sync enrol TOKEN --hub URL --hub-ca FILE', or --hub-ca on this command)"
        )
    return HubClient(hub_url, clock=clock, timeout_s=timeout_s, verify_tls=str(ca_path) if ca_path else True)


def enrolled_ca(link: Mapping[str, Any], hub_url: str) -> Path | None:
    """The CA stored at enrolment, for the URL enrolled with only: a CA file is the whole trust store of a client
    (``ssl.create_default_context(cafile=…)`` loads no public CAs), so giving it to another host would break a
    head office behind a public CA."""
    stored = str(link.get("hub_ca_path") or "")
    same_hub = hub_url.rstrip("/") == str(link.get("hub_url") or "").rstrip("/")
    return Path(stored) if stored and same_hub else None


def adopt_enrolled_trust(store: Transactional, client: HubClient) -> HubClient:
    """``client`` when it already names its trust; else, when it talks to the enrolled head office and a CA was
    stored at enrolment, an equal client that trusts that CA (the desktop app builds its client from the URL alone)."""
    if client.verify_tls is not True:
        return client
    ca = enrolled_ca(load_link(store), client.base_url)
    if ca is None:
        return client
    client.close()
    return HubClient(client.base_url, clock=client.clock, timeout_s=client.timeout_s, verify_tls=str(ca))


KEY_REPLACED_DETAIL = (
    "this yard made a new key pair; head office trusts the earlier one until it re-enrols the yard "
    "('dismantler hub enrol-yard NAME --replace-key')"
)


def replace_yard_key(store: Transactional, data_dir: Path, *, clock: Clock) -> YardKeys:
    """Retires the yard's key pair and makes a new one (``services/yard_keys.py``); until a new enrolment nothing is
    sent, as after a revocation, because head office would refuse the new key's signatures."""
    keys = rotate_yard_keys(data_dir)
    at = clock.now().isoformat()
    with store.write_transaction() as session:
        if sync_store.load_link(session).get("enrolled_at"):
            sync_store.record_revocation(
                session, at=at, detail=KEY_REPLACED_DETAIL, error=error_text(NotReady.REVOKED, KEY_REPLACED_DETAIL)
            )
    return keys


def revocation_message(link: Mapping[str, Any]) -> str:
    return (
        f"head office revoked this yard's key ({link.get('revoked_at')}): nothing more is sent; ask head office "
        "for a new enrolment token and run 'dismantler sync enrol TOKEN --hub URL'"
        + (f". Head office said: {link['revoked_detail']}" if link.get("revoked_detail") else "")
    )


def own_key_revoked(items: Iterable[Mapping[str, Any]], *, site_id: str, public_key: str) -> bool:
    """True when reference items list this yard's own key as revoked."""
    return any(
        item.get("kind") == REVOKED_KEY
        and item.get("key") == site_id
        and (item.get("value") or {}).get("public_key") == public_key
        for item in items
    )


def store_reference_page(
    store: Transactional, hub_key: Ed25519PublicKey, document: Any
) -> tuple[list[dict[str, Any]], int]:
    """Checks head office's signature on one reference page and stores its items; returns them and the page's last
    sequence (no items when the page is empty, or when it does not follow on from what the yard holds: storing it
    would skip the items in between)."""
    body = open_document(hub_key, REFERENCE_KIND, document)
    items = body.get("items")
    try:
        after, last = int(body["after"]), int(body["last_sequence"])
    except (KeyError, TypeError, ValueError) as exc:
        raise SignatureRefused("the reference page has no valid sequence range") from exc
    if not isinstance(items, list) or not items:
        return [], last
    with store.write_transaction() as session:
        held = int(sync_store.load_link(session).get("reference_sequence") or 0)
        if after > held:
            return [], last
        sync_store.store_reference(session, items, last_sequence=last)
    return items, last
