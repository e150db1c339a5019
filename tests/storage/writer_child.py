"""A separate process that writes intakes through the real services, reporting each commit on stdout.

Used by the crash and concurrency tests: ``python writer_child.py DATA_DIR PREFIX COUNT [--certify]``. The yard must
already exist in DATA_DIR (the parent sets it up). Each intake (with two packs) is created in its own transactions;
the line ``committed <intake id>`` is printed and flushed only after the intake and its packs are committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dismantler_app.domain.clock import FixedClock
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.users import authenticate
from dismantler_app.storage.database import Store
from dismantler_app.storage.photos import PhotoStore
from tests.services.yard_setup import PASSWORD, TEST_HASHER, bev, pack_code
from tests.storage.bulk import create_intake_with_packs


def main() -> int:
    data_dir, prefix, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    store = Store.open(data_dir / "yard.sqlite3")
    ctx = ServiceContext(store=store, photos=PhotoStore(data_dir / "photos"), password_hasher=TEST_HASHER)
    user = authenticate(ctx, username="op", password=PASSWORD)
    clock = FixedClock()
    for i in range(count):
        serial = prefix * 100_000 + i
        intake = create_intake_with_packs(
            store, user, clock, vehicle=bev(serial), codes=[pack_code(2 * serial), pack_code(2 * serial + 1)]
        )
        print(f"committed {intake}", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
