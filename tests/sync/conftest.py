from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hub.servers import ThreadedHub, new_hub_database
from tests.sync.yards import SyncedYard, synced_yard


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
