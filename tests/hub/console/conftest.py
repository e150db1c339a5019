from __future__ import annotations

import pytest

from dismantler_app.hub.auth import HubRole
from tests.hub.console.seed import seed_history
from tests.hub.staff import add_staff


@pytest.fixture
def seeded(hub, hub_db):
    found = seed_history(hub.url, hub_db[0])
    add_staff(hub_db[0], "viewer1", role=HubRole.VIEWER)
    add_staff(hub_db[0], "admin1", role=HubRole.ADMIN)
    return found
