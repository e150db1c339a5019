"""The desktop app's sync actions, as worker threads run them: read the status, enrol at head office, push now, write
a USB bundle, apply head office's receipt. They wrap :class:`~dismantler_app.services.sync.SyncService` (the same
one the CLI and the background worker use) with the yard's signing key; no Qt here.

The client is built from what the enrolment stored (``services/sync_link.py``: the URL and, for a head office behind
a private CA, the CA file), as the CLI and the background worker build theirs. A failed "Sync now" is recorded like a
failed background round (``last_error``, ``failures``), so the status bar tells the same story whichever started it;
it is stored with its kind first (``services/sync_problems.py``) so the screen says it in the person's language.
"""

from __future__ import annotations

from pathlib import Path

from dismantler_app.domain.clock import Clock
from dismantler_app.gui.common.keys import KeySource
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.sync.link import HubAddressMissing, enrolled_ca, hub_client, load_link
from dismantler_app.services.sync.problems import error_record
from dismantler_app.services.sync.service import PushReport, ReceiptReport, SyncNotReady, SyncService
from dismantler_app.services.sync.state import NotReady, SyncStatus, read_status
from dismantler_app.storage import sync_store
from dismantler_app.sync.bundle import BundleRefused
from dismantler_app.sync.client import TLS_UNTRUSTED, HubClient, HubRefused, HubUnreachable
from dismantler_app.sync.documents import SignatureRefused

# Problems a person can act on (not enrolled, no link, refused, a wrong file); anything else is a bug.
SYNC_PROBLEMS = (SyncNotReady, HubUnreachable, HubRefused, BundleRefused, SignatureRefused)


def sync_status(services: ServiceContext) -> SyncStatus:
    with services.store.read() as session:
        return read_status(session)


def _service(services: ServiceContext, clock: Clock, keys: KeySource) -> SyncService:
    return SyncService(store=services.store, photos=services.photos, signing_key=keys(), clock=clock)


def _client(services: ServiceContext, clock: Clock, *, url: str | None = None, ca: Path | None = None) -> HubClient:
    """Head office's client: ``ca`` when given, else the trust stored at enrolment; a CA file that is not there is
    head office's certificate not being trusted (enrol again with the right CA file), not a bug."""
    try:
        return hub_client(load_link(services.store), clock=clock, url=url, ca=ca)
    except HubAddressMissing as exc:
        raise HubUnreachable(str(exc), code=TLS_UNTRUSTED) from exc


def sync_now(services: ServiceContext, clock: Clock, keys: KeySource) -> tuple[PushReport, SyncStatus]:
    service = _service(services, clock, keys)
    if not service.status().hub_url:
        raise SyncNotReady("this yard is not enrolled at head office yet", code=NotReady.NOT_ENROLLED)
    try:
        client = _client(services, clock)
        try:
            report = service.push(client)
        finally:
            client.close()
    except (HubUnreachable, HubRefused) as exc:
        with services.store.write_transaction() as session:
            sync_store.record_attempt(session, at=clock.now().isoformat(), error=error_record(exc))
        raise
    return report, service.status()


def enrol(
    services: ServiceContext, clock: Clock, keys: KeySource, hub_url: str, token: str, *, hub_ca: Path | None = None
) -> tuple[str, SyncStatus]:
    """Registers this yard at head office with a one-time token; returns the name head office knows it by.
    ``hub_ca``: head office's CA file (a private CA), trusted for this call and stored with the enrolment, as
    ``dismantler sync enrol --hub-ca FILE`` does. Without it, enrolling again at the same head office (after a
    revocation or a new key) keeps the CA file stored the first time."""
    service = _service(services, clock, keys)
    ca = hub_ca if hub_ca is not None else enrolled_ca(load_link(services.store), hub_url)
    client = _client(services, clock, url=hub_url, ca=ca)
    try:
        name = service.enrol(client, token=token, hub_ca_path=ca)
    finally:
        client.close()
    return name, service.status()


def export_bundle(services: ServiceContext, clock: Clock, keys: KeySource, path: Path) -> tuple[int, SyncStatus]:
    if not Path(path).parent.is_dir():
        raise SyncNotReady(
            f"the folder {Path(path).parent} does not exist: is the stick plugged in?", code=NotReady.NO_FOLDER
        )
    service = _service(services, clock, keys)
    return service.export_bundle(Path(path)), service.status()


def import_receipt(
    services: ServiceContext, clock: Clock, keys: KeySource, path: Path
) -> tuple[ReceiptReport, SyncStatus]:
    service = _service(services, clock, keys)
    return service.import_receipt(Path(path)), service.status()
