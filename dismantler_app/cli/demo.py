"""``dismantler demo seed --data-dir DIR [--json]``: the demo yard of ``dismantler --demo``, without the GUI.

It creates the same users and vehicles (``services/demo.py``) in an empty data folder, for tests, screenshots and a
trainer preparing a classroom PC. It refuses a folder whose yard is already set up: the demo must never be mixed into
a real yard's records. Exit codes: 0 done, 1 refused.
"""

from __future__ import annotations

import argparse
import json
import sys

from dismantler_app.composition import open_app_context
from dismantler_app.services import demo
from dismantler_app.services.errors import InvalidState
from dismantler_app.storage.errors import DatabaseRefused


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="the demonstration yard (users, vehicles in every state)")
    actions = parser.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    seed = actions.add_parser("seed", help="create the demo yard in an empty data folder")
    # SUPPRESS: the global --data-dir (before "demo") still counts when this one is not given.
    seed.add_argument("--data-dir", default=argparse.SUPPRESS, help="the empty data folder to create it in")
    seed.add_argument("--json", action="store_true", help="print one JSON object")
    seed.set_defaults(handler=run_seed)


def run_seed(args: argparse.Namespace) -> int:
    if not args.data_dir:
        print("dismantler demo seed: give --data-dir DIR (an empty folder; never a real yard's)", file=sys.stderr)
        return 1
    try:
        with open_app_context(args.data_dir) as app:
            yard = demo.seed_demo_yard(app.services, app.clock)
            folder = str(app.settings.data_dir)
    except (DatabaseRefused, InvalidState) as exc:
        print(f"dismantler demo seed: {exc}; use an empty folder", file=sys.stderr)
        return 1
    accounts = [
        {"username": a.username, "password": a.password, "roles": sorted(r.value for r in a.roles)}
        for a in demo.DEMO_ACCOUNTS
    ]
    report = {
        "data_dir": folder,
        "accounts": accounts,
        "intakes": {case.value: intake for case, intake in yard.intakes.items()},
        "certificates": list(yard.certificate_numbers),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, sort_keys=True))
    else:
        print(f"demo yard created in {folder}")
        for a in accounts:
            print(f"  sign in as {a['username']} / {a['password']} ({', '.join(a['roles'])})")
    return 0
