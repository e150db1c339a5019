"""``dismantler db info|backup|restore|check``: the database file's identity, a consistent copy, putting one back,
and an on-demand integrity check.

``restore`` mints a new db epoch in the restored copy so that outbox sequences written after it never collide with
ones already sent to head office. It is refused while the desktop app or another command has the database open.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dismantler_app.composition import (
    backup_database,
    check_database,
    open_app_context,
    restore_database,
    settings_for,
)
from dismantler_app.storage.errors import DatabaseRefused
from dismantler_app.storage.info import database_info


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("db", help="database information, backup and restore")
    actions = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    info = actions.add_parser("info", help="schema version, epoch, row counts, path")
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(handler=run_info)
    backup = actions.add_parser("backup", help="write a consistent copy of the database (safe while the app runs)")
    backup.add_argument("path", type=Path, help="the backup file to write")
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(handler=run_backup)
    restore = actions.add_parser("restore", help="replace the database with a backup (close the app first)")
    restore.add_argument("path", type=Path, help="the backup file to restore")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=run_restore)
    check = actions.add_parser("check", help="read every page of the database looking for damage (quick_check)")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=run_check)


def _emit(args: argparse.Namespace, data: dict[str, object], text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, sort_keys=True) if args.json else text)


def _refused(exc: DatabaseRefused) -> int:
    print(f"dismantler db: {exc}", file=sys.stderr)
    return 1


def run_info(args: argparse.Namespace) -> int:
    try:
        with open_app_context(args.data_dir) as app:
            info = database_info(app.store)
    except DatabaseRefused as exc:
        return _refused(exc)
    counts = ", ".join(f"{k} {v}" for k, v in info["counts"].items())  # type: ignore[union-attr]
    _emit(
        args,
        info,
        f"{info['path']}\nschema version {info['schema_version']}, epoch {info['db_epoch']}\n{counts}",
    )
    return 0


def run_backup(args: argparse.Namespace) -> int:
    try:
        with open_app_context(args.data_dir) as app:
            target = backup_database(app.store, args.path)
    except DatabaseRefused as exc:
        return _refused(exc)
    _emit(args, {"backup": str(target), "size_bytes": target.stat().st_size}, f"backup written to {target}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    settings = settings_for(args.data_dir)
    try:
        epoch = restore_database(settings, args.path)
    except DatabaseRefused as exc:
        return _refused(exc)
    _emit(
        args,
        {"restored": str(settings.database_path), "from": str(args.path), "db_epoch": epoch},
        f"restored {settings.database_path} from {args.path}; new epoch {epoch}; the next certificate starts a new "
        "number series, so no number printed since this backup is issued again",
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Exit 0 when the live database passes ``quick_check``, 1 when it may be damaged."""
    report = check_database(settings_for(args.data_dir))
    text = (
        f"{report.path}: ok"
        if report.ok
        else f"{report.path}: the database may be damaged:\n"
        + "\n".join(report.problems)
        + "\nRestore the last good backup with 'dismantler db restore BACKUP'."
    )
    _emit(args, {"path": str(report.path), "ok": report.ok, "problems": list(report.problems)}, text)
    return 0 if report.ok else 1
