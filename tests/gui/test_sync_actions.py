"""The desktop app's sync actions reach head office the way the enrolment left it: behind a private CA, "Sync now"
and enrolling again use the CA file stored at enrolment; "not enrolled" and a missing stick folder carry their codes,
so the screen words them by kind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dismantler_app.domain.clock import SystemClock
from dismantler_app.gui.sync import actions as sync_actions
from dismantler_app.hub.database import connect
from dismantler_app.hub.yards import create_enrolment_token
from dismantler_app.services import intakes
from dismantler_app.services.sync.problems import SyncErrorKind, classify_error
from dismantler_app.services.sync.service import SyncNotReady, SyncService
from dismantler_app.services.sync.state import NotReady
from dismantler_app.sync.client import HubClient
from tests.hub.servers import ThreadedHub, enrolment_token, new_hub_database
from tests.hub.tls import make_tls_files
from tests.services.yard_setup import Yard, bev, open_yard


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    (tmp_path / "yard").mkdir()
    opened = open_yard(tmp_path / "yard")
    yield opened
    opened.close()


def test_sync_now_and_enrolling_again_trust_the_private_ca_stored_at_enrolment(tmp_path: Path, yard: Yard) -> None:
    dsn, _ = new_hub_database()
    (tmp_path / "tls").mkdir()
    ca, cert, key = make_tls_files(tmp_path / "tls")
    hub = ThreadedHub(dsn, tls=(ca, cert, key))
    try:
        signing_key = Ed25519PrivateKey.generate()
        clock = SystemClock()  # requests are signed with the PC's time, which head office checks
        service = SyncService(store=yard.store, photos=yard.ctx.photos, signing_key=signing_key, clock=clock)
        first = HubClient(hub.url, clock=clock, verify_tls=str(ca))  # as 'sync enrol --hub-ca FILE' does
        service.enrol(first, token=enrolment_token(dsn, "Harbour"), hub_ca_path=ca)
        first.close()
        intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))

        report, status = sync_actions.sync_now(yard.ctx, clock, lambda: signing_key)
        assert report.events_delivered >= 1 and status.pending == 0 and status.failures == 0

        # the yard made a new key pair; head office's token re-enrols it ('hub enrol-yard Harbour --replace-key')
        new_key = Ed25519PrivateKey.generate()
        with connect(dsn, autocommit=True) as conn:
            token = create_enrolment_token(conn, "Harbour", replace_key=True)
        name, status = sync_actions.enrol(yard.ctx, clock, lambda: new_key, hub.url, token)
        assert name == "Harbour" and status.hub_ca_path == str(ca.resolve())
        report, status = sync_actions.sync_now(yard.ctx, clock, lambda: new_key)
        assert status.failures == 0 and not status.revoked
    finally:
        hub.stop()


def test_not_enrolled_and_a_missing_folder_carry_their_codes(tmp_path: Path, yard: Yard) -> None:
    keys = Ed25519PrivateKey.generate
    with pytest.raises(SyncNotReady) as not_enrolled:
        sync_actions.sync_now(yard.ctx, yard.clock, keys)
    assert not_enrolled.value.code == NotReady.NOT_ENROLLED
    assert classify_error(not_enrolled.value).kind is SyncErrorKind.NOT_ENROLLED

    with pytest.raises(SyncNotReady) as no_folder:
        sync_actions.export_bundle(yard.ctx, yard.clock, keys, tmp_path / "stick" / "yard-bundle.zip")
    assert no_folder.value.code == NotReady.NO_FOLDER
    # by its code: the same error worded otherwise is still a missing folder
    assert classify_error(SyncNotReady("E:\\ is gone", code=no_folder.value.code)).kind is SyncErrorKind.NO_FOLDER
