"""A yard's push round in a process of its own, which SIGKILLs itself at a chosen point (fault injection).

``python -m tests.sync.push_process DB PHOTOS KEY HUB_URL POINT N BATCH_EVENTS``; POINT is one of

- ``none``: a plain push round (the restart after a kill);
- ``after_cut``: right after the batches were cut and committed in the yard's database, before anything is sent;
- ``after_recorded``: right after the yard committed head office's answer to the N-th batch;
- ``mid_request``: halfway through sending the N-th batch's body;
- ``after_hub_commit``: when head office has answered the N-th batch (its commit is done), before the yard records it.

The process exits 0 after a full round; a kill shows as exit status -9. Nothing here patches the code under test:
the kill points are subclasses that call the real methods and then kill the process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dismantler_app.domain.clock import SystemClock
from dismantler_app.services.sync import SyncService
from dismantler_app.storage.database import Store
from dismantler_app.storage.photos import PhotoStore
from dismantler_app.sync.batch import Batch
from dismantler_app.sync.client import HubClient
from dismantler_app.sync.keys import load_signing_key, private_key_text

POINTS = ("none", "after_cut", "after_recorded", "mid_request", "after_hub_commit")
ROOT = Path(__file__).resolve().parents[2]


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class KillingClient(HubClient):
    def __init__(self, *args: Any, point: str, nth: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.point, self.nth, self.sent = point, nth, 0

    def push_batch_bytes(self, content: bytes, *, batch_hash: str) -> dict[str, Any]:
        self.sent += 1
        if self.sent == self.nth and self.point == "mid_request":

            def halves() -> Iterator[bytes]:
                yield content[: len(content) // 2]
                _die()

            headers = {"Content-Type": "application/json", "Idempotency-Key": batch_hash}
            self._http.request("POST", "/v1/batches", content=halves(), headers=headers)
        answer = super().push_batch_bytes(content, batch_hash=batch_hash)
        if self.sent == self.nth and self.point == "after_hub_commit":
            _die()
        return answer


class KillingSync(SyncService):
    point: str = "none"
    nth: int = 0
    answers: int = 0

    def _cut(self) -> Iterator[Batch]:
        for batch in super()._cut():  # a chunk's batch rows are committed before its first batch comes out
            if self.point == "after_cut":
                _die()
            yield batch

    def _apply_answer(
        self, db_epoch: str, cursor: int, rejections: list[dict[str, Any]], **options: Any
    ) -> tuple[int, int]:
        result = super()._apply_answer(db_epoch, cursor, rejections, **options)
        if self.point == "after_recorded" and result[0]:
            self.answers += 1
            if self.answers == self.nth:
                _die()
        return result


def main(argv: list[str]) -> int:
    db, photos, key, hub_url, point, nth, batch_events = argv
    if point not in POINTS:
        raise SystemExit(f"POINT must be one of {POINTS}")
    store = Store.open(Path(db))
    clock = SystemClock()
    sync = KillingSync(
        store=store,
        photos=PhotoStore(Path(photos)),
        signing_key=load_signing_key(Path(key).read_text().strip()),
        clock=clock,
        batch_events=int(batch_events),
    )
    sync.point, sync.nth = point, int(nth)
    client = KillingClient(hub_url, clock=clock, timeout_s=30, point=point, nth=int(nth))
    try:
        sync.push(client)
    finally:
        client.close()
        store.close()
    return 0


def run_push_process(yard: Any, hub_url: str, folder: Path, *, point: str, nth: int = 2, batch_events: int = 4) -> int:
    """Runs one push round of ``yard`` (a ``tests.sync.yards.SyncedYard``) in a new process; its exit status."""
    key = folder / "yard.key"
    key.write_text(private_key_text(yard.key))
    argv = [
        sys.executable, "-m", "tests.sync.push_process", str(yard.yard.store.path), str(yard.yard.ctx.photos.root),
        str(key), hub_url, point, str(nth), str(batch_events),
    ]  # fmt: skip
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, timeout=120)
    assert done.returncode in (0, -signal.SIGKILL), done.stderr.decode()
    return done.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
