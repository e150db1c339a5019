"""The yard's push process SIGKILLed at the points where a crash could lose or double an event: after its own
commit, mid-request, and after head office committed but before the yard recorded the answer. A new process then
pushes again; every event must be at head office exactly once, nothing lost at the yard, projections as a clean run.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from dismantler_app.storage.outbox import OutboxState, list_events
from dismantler_app.sync.keys import private_key_text
from tests.sync.conftest import CLEAN_INTAKES
from tests.sync.yards import SyncedYard, assert_exactly_once, hub_rows, projections

ROOT = Path(__file__).resolve().parents[2]


def _push_process(yard: SyncedYard, hub_url: str, tmp_path: Path, *, point: str, nth: int = 2) -> int:
    key = tmp_path / "yard.key"
    key.write_text(private_key_text(yard.key))
    argv = [
        sys.executable, "-m", "tests.sync.push_process", str(yard.yard.store.path), str(yard.yard.ctx.photos.root),
        str(key), hub_url, point, str(nth), "4",
    ]  # fmt: skip
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, timeout=120)
    assert done.returncode in (0, -signal.SIGKILL), done.stderr.decode()
    return done.returncode


def _states(yard: SyncedYard) -> dict[OutboxState, int]:
    with yard.yard.store.read() as session:
        events = list_events(session, limit=100_000)
    return {state: sum(e.state is state for e in events) for state in OutboxState}


@pytest.mark.parametrize("point", ["after_cut", "after_recorded", "mid_request", "after_hub_commit"])
def test_a_yard_killed_while_pushing_loses_and_doubles_nothing(yard, hub, hub_db, tmp_path, point, clean_projections):
    for serial in range(CLEAN_INTAKES):
        yard.intake(serial)
    total = sum(_states(yard).values())

    assert _push_process(yard, hub.url, tmp_path, point=point) == -signal.SIGKILL
    held = hub_rows(hub_db[0], "SELECT count(*) AS n FROM events")[0]["n"]
    states = _states(yard)
    assert sum(states.values()) == total  # the kill lost no event at the yard
    if point == "after_cut":
        assert held == 0 and states[OutboxState.PENDING] == total
    elif point == "after_hub_commit":
        # head office holds two batches, the yard recorded only the first answer: the gap the restart must close
        assert held == 8 and states[OutboxState.DELIVERED] == 4
    else:
        assert 0 < held < total

    assert _push_process(yard, hub.url, tmp_path, point="none") == 0  # a new process: the restart
    assert_exactly_once(yard, hub_db[0])
    assert projections(hub_db[0]) == clean_projections
