from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.hub.servers import ThreadedHub, new_hub_database


@pytest.fixture
def hub_db():
    return new_hub_database()


@pytest.fixture
def hub(hub_db) -> Iterator[ThreadedHub]:
    server = ThreadedHub(hub_db[0])
    yield server
    server.stop()
