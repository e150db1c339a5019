"""The yard's push process SIGKILLed at the points where a crash could lose or double an event: after its own
commit, mid-request, and after head office committed but before the yard recorded the answer. A new process then
pushes again; every event must be at head office exactly once, nothing lost at the yard, projections as a clean run.
"""

from __future__ import annotations

import signal

import pytest

from dismantler_app.storage.outbox import OutboxState, list_events
from tests.sync.conftest import CLEAN_INTAKES
from tests.sync.push_process import run_push_process
from tests.sync.yards import SyncedYard, assert_exactly_once, hub_rows, projections


def _states(yard: SyncedYard) -> dict[OutboxState, int]:
    with yard.yard.store.read() as session:
        events = list_events(session, limit=100_000)
    return {state: sum(e.state is state for e in events) for state in OutboxState}


@pytest.mark.parametrize("point", ["after_cut", "after_recorded", "mid_request", "after_hub_commit"])
def test_a_yard_killed_while_pushing_loses_and_doubles_nothing(yard, hub, hub_db, tmp_path, point, clean_projections):
    for serial in range(CLEAN_INTAKES):
        yard.intake(serial)
    total = sum(_states(yard).values())

    assert run_push_process(yard, hub.url, tmp_path, point=point) == -signal.SIGKILL
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

    assert run_push_process(yard, hub.url, tmp_path, point="none") == 0  # a new process: the restart
    assert_exactly_once(yard, hub_db[0])
    assert projections(hub_db[0]) == clean_projections
