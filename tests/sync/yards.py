"""A real yard (SQLite file, real services) enrolled at a real head office, with helpers to make events."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dismantler_app.domain.clock import SystemClock
from dismantler_app.domain.records import Owner
from dismantler_app.hub.database import connect
from dismantler_app.services import certificates, intakes, packs
from dismantler_app.services.intakes import create_intake
from dismantler_app.services.packs import record_scan
from dismantler_app.services.sync.service import SyncService
from dismantler_app.storage.outbox import OutboxState, list_events
from dismantler_app.sync.client import HubClient, HubRefused, HubUnreachable
from tests.hub.servers import enrolment_token
from tests.services.yard_setup import Yard, add_required_photos, bev, complete_documents, measured, open_yard, pack_code


@dataclass
class SyncedYard:
    yard: Yard
    sync: SyncService
    client: HubClient
    key: Ed25519PrivateKey

    def intake(self, serial: int, *, pack: int | None = None) -> str:
        intake_id = create_intake(self.yard.ctx, self.yard.operator, self.yard.clock, vehicle=bev(serial))
        record_scan(
            self.yard.ctx,
            self.yard.operator,
            self.yard.clock,
            intake_id,
            payload=pack_code(serial if pack is None else pack),
        )
        return intake_id

    def certify(self, serial: int, *, packs_count: int = 1, owner: Owner | None = None) -> tuple[str, str]:
        """An intake with its packs scanned, declared, triaged, approved and certified; (intake id, number)."""
        y = self.yard
        intake = create_intake(
            y.ctx, y.operator, y.clock, vehicle=bev(serial), owner=owner, documents=complete_documents()
        )
        codes = [pack_code(serial * 10 + n) for n in range(packs_count)]
        for code in codes:
            record_scan(y.ctx, y.operator, y.clock, intake, payload=code)
            packs.triage_pack(y.ctx, y.operator, y.clock, intake, triage=measured(code))
        add_required_photos(y.ctx, y.operator, y.clock, intake)
        packs.declare_expected_packs(y.ctx, y.operator, y.clock, intake, codes=codes)
        packs.confirm_declared_packs(y.ctx, y.supervisor, y.clock, intake)
        intakes.submit_for_review(y.ctx, y.operator, y.clock, intake)
        intakes.approve(y.ctx, y.supervisor, y.clock, intake)
        return intake, certificates.issue_certificate(y.ctx, y.supervisor, y.clock, intake).number

    def close(self) -> None:
        self.client.close()
        self.yard.close()


def synced_yard(
    data_dir: Path, *, hub_url: str, dsn: str, name: str, key: Ed25519PrivateKey | None = None
) -> SyncedYard:
    data_dir.mkdir(parents=True, exist_ok=True)
    yard = open_yard(data_dir)
    key = key or Ed25519PrivateKey.generate()
    sync = SyncService(store=yard.store, photos=yard.ctx.photos, signing_key=key, clock=yard.clock, batch_events=50)
    # Requests are signed with the PC's clock time; the yard's fixed clock stamps only records and events.
    client = HubClient(hub_url, clock=SystemClock())
    sync.enrol(client, token=enrolment_token(dsn, name))
    return SyncedYard(yard, sync, client, key)


def hub_rows(dsn: str, sql: str, params=()) -> list[dict]:
    with connect(dsn, autocommit=True) as conn:
        return [dict(r) for r in conn.execute(sql, params).fetchall()]


def projections(dsn: str) -> dict[str, list]:
    """Head office's projections without ids that differ between runs (site ids, uuids)."""
    return {
        "vehicles": hub_rows(dsn, "SELECT vin, status FROM vehicles ORDER BY vin"),
        "packs": hub_rows(dsn, "SELECT code FROM packs ORDER BY code"),
        "links": hub_rows(dsn, "SELECT code, vin, unlinked FROM pack_links ORDER BY code"),
        "certificates": hub_rows(dsn, "SELECT number, vin, state FROM certificates ORDER BY number"),
    }


def push_until_done(sync: SyncService, client: HubClient, *, attempts: int = 60) -> None:
    for _ in range(attempts):
        try:
            sync.push(client)
            if sync.status().pending == 0:
                return
        except (HubUnreachable, HubRefused):
            time.sleep(0.01)
    raise AssertionError("the queue did not drain")


def assert_exactly_once(yard: SyncedYard, dsn: str) -> None:
    """Every yard event delivered, and held exactly once at head office."""
    with yard.yard.store.read() as session:
        local = list_events(session, limit=100_000)
    assert {e.state for e in local} == {OutboxState.DELIVERED}
    held = hub_rows(dsn, "SELECT event_id, count(*) OVER (PARTITION BY event_id) AS n FROM events")
    assert {r["n"] for r in held} == {1}
    assert {e.event_id for e in local} <= {r["event_id"] for r in held}
