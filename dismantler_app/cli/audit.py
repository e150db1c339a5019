"""``dismantler audit verify [--db PATH] [--json]``: walks the audit chain and names the first broken link.

Exit code 0 when the chain holds, 1 when it is broken or the database cannot be opened.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dismantler_app.composition import open_store, settings_for
from dismantler_app.storage.audit_check import verify_audit_chain
from dismantler_app.storage.errors import DatabaseRefused


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("audit", help="check the audit log")
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="verify the SHA-256 chain of the audit log")
    verify.add_argument("--db", type=Path, help="database file (default: the one in the data folder)")
    verify.add_argument("--json", action="store_true", help="print one JSON object")
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    path = args.db or settings_for(args.data_dir).database_path
    if not path.exists():
        print(f"dismantler audit: no database at {path}; pass --db PATH", file=sys.stderr)
        return 1
    try:
        store = open_store(path, create=False)
        try:
            report = verify_audit_chain(store)
        finally:
            store.close()
    except DatabaseRefused as exc:
        print(f"dismantler audit: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"path": str(path), **report.to_json()}, sort_keys=True))
    elif report.ok:
        print(f"audit chain intact: {report.rows_checked} rows")
    elif report.first_broken_seq is None:
        print(
            f"audit check FAILED: {report.problem.value if report.problem else ''} ({report.detail}); "
            f"the chain's {report.rows_checked} rows are intact. Restore the last good backup or call support."
        )
    else:
        print(
            f"audit chain BROKEN at row {report.first_broken_seq}: {report.problem.value if report.problem else ''}"
            f" ({report.detail}); {report.rows_checked} rows before it are intact"
        )
    return 0 if report.ok else 1
