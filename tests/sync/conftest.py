from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hub.servers import ThreadedHub, new_hub_database
from tests.sync.yards import SyncedYard, projections, synced_yard

CLEAN_INTAKES = 12


@pytest.fixture
def hub_db():
    return new_hub_database()


@pytest.fixture
def hub(hub_db) -> Iterator[ThreadedHub]:
    server = ThreadedHub(hub_db[0])
    yield server
    server.stop()


@pytest.fixture
def yard(tmp_path: Path, hub, hub_db) -> Iterator[SyncedYard]:
    opened = synced_yard(tmp_path / "yard", hub_url=hub.url, dsn=hub_db[0], name="North")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def clean_projections(tmp_path_factory):
    """Projections of CLEAN_INTAKES intakes pushed over a perfect link: what every faulty run must end with."""
    dsn, _ = new_hub_database()
    hub = ThreadedHub(dsn)
    yard = synced_yard(tmp_path_factory.mktemp("clean"), hub_url=hub.url, dsn=dsn, name="North")
    try:
        for serial in range(CLEAN_INTAKES):
            yard.intake(serial)
        yard.sync.push(yard.client)
        return projections(dsn)
    finally:
        yard.close()
        hub.stop()
