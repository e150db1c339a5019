"""The desktop app's sync actions, as worker threads run them: read the status, enrol at head office, push now, write
a USB bundle, apply head office's receipt. They wrap :class:`~dismantler_app.services.sync.SyncService` (the same
one the CLI and the background worker use) with the yard's signing key; no Qt here.

A failed "Sync now" is recorded like a failed background round (``last_error``, ``failures``), so the status bar
tells the same story whichever started it; it is stored with its kind first (``services/sync_problems.py``) so the
screen says it in the person's language.
"""

from __future__ import annotations

from pathlib import Path

from dismantler_app.domain.clock import Clock
from dismantler_app.gui.supervisor_actions import KeySource
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.sync import PushReport, ReceiptReport, SyncNotReady, SyncService
from dismantler_app.services.sync_problems import error_record
from dismantler_app.services.sync_state import SyncStatus, read_status
from dismantler_app.storage import sync_store
from dismantler_app.sync.bundle import BundleRefused
from dismantler_app.sync.client import HubClient, HubRefused, HubUnreachable
from dismantler_app.sync.documents import SignatureRefused

# Problems a person can act on (not enrolled, no link, refused, a wrong file); anything else is a bug.
SYNC_PROBLEMS = (SyncNotReady, HubUnreachable, HubRefused, BundleRefused, SignatureRefused)


def sync_status(services: ServiceContext) -> SyncStatus:
    with services.store.read() as session:
        return read_status(session)


def _service(services: ServiceContext, clock: Clock, keys: KeySource) -> SyncService:
    return SyncService(store=services.store, photos=services.photos, signing_key=keys(), clock=clock)


def sync_now(services: ServiceContext, clock: Clock, keys: KeySource) -> tuple[PushReport, SyncStatus]:
    service = _service(services, clock, keys)
    hub_url = service.status().hub_url
    if not hub_url:
        raise SyncNotReady("this yard is not enrolled at head office yet")
    client = HubClient(hub_url, clock=clock)
    try:
        report = service.push(client)
    except (HubUnreachable, HubRefused) as exc:
        with services.store.write_transaction() as session:
            sync_store.record_attempt(session, at=clock.now().isoformat(), error=error_record(exc))
        raise
    finally:
        client.close()
    return report, service.status()


def enrol(services: ServiceContext, clock: Clock, keys: KeySource, hub_url: str, token: str) -> tuple[str, SyncStatus]:
    """Registers this yard at head office with a one-time token; returns the name head office knows it by."""
    service = _service(services, clock, keys)
    client = HubClient(hub_url, clock=clock)
    try:
        name = service.enrol(client, token=token)
    finally:
        client.close()
    return name, service.status()


def export_bundle(services: ServiceContext, clock: Clock, keys: KeySource, path: Path) -> tuple[int, SyncStatus]:
    if not Path(path).parent.is_dir():
        raise SyncNotReady(f"the folder {Path(path).parent} does not exist: is the stick plugged in?")
    service = _service(services, clock, keys)
    return service.export_bundle(Path(path)), service.status()


def import_receipt(
    services: ServiceContext, clock: Clock, keys: KeySource, path: Path
) -> tuple[ReceiptReport, SyncStatus]:
    service = _service(services, clock, keys)
    return service.import_receipt(Path(path)), service.status()
