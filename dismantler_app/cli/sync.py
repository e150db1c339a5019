"""``dismantler sync …``: the yard's side of sync: enrol, push, status, export to a stick, import its receipt.

Output is text for people, ``--json`` for scripts and the desktop app's status bar (the same :class:`SyncStatus`).
"""

from __future__ import annotations

import argparse
import errno
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dismantler_app.cli.main import UsageError

HUB_CA_HELP = "PEM file of the CA that signed head office's TLS certificate (when it is not a public CA)"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sync", help="send records to head office: push, status, export, import-receipt")
    commands = parser.add_subparsers(dest="sync_command", metavar="SYNC_COMMAND", required=True)

    enrol = commands.add_parser("enrol", help="register this yard at head office with a one-time token")
    enrol.add_argument("token")
    enrol.add_argument("--hub", required=True, help="head office URL, e.g. https://hub.example.cn:8443")
    enrol.add_argument("--hub-ca", type=Path, help=HUB_CA_HELP)
    enrol.set_defaults(handler=_enrol)

    rotate = commands.add_parser(
        "rotate-key",
        help="replace this yard's key pair (head office revoked it, or it may have leaked); enrol again afterwards",
    )
    rotate.set_defaults(handler=_rotate_key)

    push = commands.add_parser("push", help="send everything pending to head office now")
    push.add_argument("--hub", help="head office URL (default: the one enrolled with)")
    push.add_argument("--hub-ca", type=Path, help=HUB_CA_HELP + " (default: the one given at enrolment)")
    push.add_argument("--json", action="store_true")
    push.set_defaults(handler=_push)

    status = commands.add_parser("status", help="what is pending, delivered, refused")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_status)

    export = commands.add_parser("export", help="write pending batches and photos to one file (a USB stick)")
    export.add_argument("path", type=Path)
    export.set_defaults(handler=_export)

    receipt = commands.add_parser("import-receipt", help="apply head office's receipt for an exported file")
    receipt.add_argument("path", type=Path)
    receipt.add_argument("--json", action="store_true")
    receipt.set_defaults(handler=_import_receipt)

    problems = commands.add_parser("problems", help="events head office refused, for a supervisor")
    problems.add_argument("--json", action="store_true")
    problems.set_defaults(handler=_problems)


@contextmanager
def _service(args: argparse.Namespace) -> Iterator[Any]:
    from dismantler_app.composition import open_app_context
    from dismantler_app.services.sync.service import SyncService
    from dismantler_app.services.yard_keys import load_or_create_yard_keys
    from dismantler_app.storage.errors import DatabaseRefused

    try:
        app = open_app_context(args.data_dir)
    except DatabaseRefused as exc:
        raise UsageError(str(exc)) from exc
    with app:
        keys = load_or_create_yard_keys(app.settings.data_dir)
        yield SyncService(store=app.store, photos=app.photos, signing_key=keys.private_key, clock=app.clock)


def _client(service: Any, url: str | None, ca: Path | None = None) -> Any:
    """``--hub``/``--hub-ca`` when given, else the URL and CA file stored at enrolment."""
    from dismantler_app.services.sync.link import HubAddressMissing, hub_client, load_link

    try:
        return hub_client(load_link(service.store), clock=service.clock, url=url, ca=ca)
    except HubAddressMissing as exc:
        raise UsageError(str(exc)) from exc


def _guarded(action: Callable[[], int]) -> int:
    from dismantler_app.services.sync.service import SyncNotReady
    from dismantler_app.sync.bundle import BundleRefused
    from dismantler_app.sync.client import HubRefused, HubUnreachable
    from dismantler_app.sync.documents import SignatureRefused

    try:
        return action()
    except (SyncNotReady, HubRefused, SignatureRefused, BundleRefused) as exc:
        raise UsageError(str(exc)) from exc
    except HubUnreachable as exc:
        print(f"{exc}. Nothing was lost: the events stay queued and will be sent later.")
        return 3


def _enrol(args: argparse.Namespace) -> int:
    def run() -> int:
        with _service(args) as service:
            client = _client(service, args.hub, args.hub_ca)
            try:
                name = service.enrol(client, token=args.token, hub_ca_path=args.hub_ca)
            finally:
                client.close()
        print(f"enrolled at head office as {name}")
        return 0

    return _guarded(run)


def _rotate_key(args: argparse.Namespace) -> int:
    from dismantler_app.composition import open_app_context
    from dismantler_app.services.sync.link import replace_yard_key
    from dismantler_app.storage.errors import DatabaseRefused

    try:
        app = open_app_context(args.data_dir)
    except DatabaseRefused as exc:
        raise UsageError(str(exc)) from exc
    with app:
        keys = replace_yard_key(app.store, app.settings.data_dir, clock=app.clock)
    print(
        f"new key {keys.fingerprint}; the old public key is kept for checking certificates it signed. Nothing is "
        "sent until head office re-enrols this yard: ask for a token made with 'dismantler hub enrol-yard NAME "
        "--replace-key', then run 'dismantler sync enrol TOKEN --hub URL'"
    )
    return 0


def _push(args: argparse.Namespace) -> int:
    def run() -> int:
        with _service(args) as service:
            client = _client(service, args.hub, args.hub_ca)
            try:
                report = service.push(client)
            finally:
                client.close()
            status = service.status()
        data = {**report.__dict__, "status": status.to_json()}
        if args.json:
            print(json.dumps(data, indent=2, ensure_ascii=False))
        else:
            print(
                f"sent {report.batches_sent} batches; {report.events_delivered} events delivered; "
                f"{report.new_problems} new problems; {report.photos_uploaded} photos; {status.pending} still pending"
            )
        return 0

    return _guarded(run)


def _status(args: argparse.Namespace) -> int:
    with _service(args) as service:
        status = service.status()
    if args.json:
        print(json.dumps(status.to_json(), indent=2, ensure_ascii=False))
    else:
        print(
            f"head office: {status.hub_url or 'not enrolled'}; pending {status.pending} "
            f"(on a stick {status.exported}); "
            f"delivered {status.delivered}; open problems {status.open_problems}; "
            f"last success {status.last_success_at or 'never'}"
            + (f"; last error: {status.last_error}" if status.last_error else "")
            + (
                f"\nREVOKED: head office revoked this yard's key ({status.revoked_at}); nothing is sent until the yard "
                "is enrolled again"
                if status.revoked
                else ""
            )
        )
    return 0


def _export(args: argparse.Namespace) -> int:
    def run() -> int:
        if not args.path.parent.is_dir():
            raise UsageError(f"the folder {args.path.parent} does not exist: is the stick mounted?")
        with _service(args) as service:
            try:
                events = service.export_bundle(args.path)
            except OSError as exc:
                full = exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
                reason = "the stick is full" if full else (exc.strerror or str(exc))
                raise UsageError(
                    f"cannot write {args.path}: {reason}. Nothing was written and the events stay queued; "
                    "free space on the stick or use another one, then export again."
                ) from exc
        print(f"wrote {events} events to {args.path}; take it to head office and bring back the receipt")
        return 0

    return _guarded(run)


def _import_receipt(args: argparse.Namespace) -> int:
    def run() -> int:
        with _service(args) as service:
            report = service.import_receipt(args.path)
        if args.json:
            print(json.dumps(report.__dict__, indent=2, ensure_ascii=False, default=list))
        else:
            print(
                f"{report.events_delivered} events now delivered; {report.new_problems} new problems; "
                f"{report.reference_items} reference items from head office"
            )
            for rejection in report.rejections:
                print(f"  refused #{rejection['sequence']} ({rejection['code']}): {rejection['detail']}")
        return 0

    return _guarded(run)


def _problems(args: argparse.Namespace) -> int:
    from dismantler_app.storage import sync_store

    with _service(args) as service, service.store.read() as session:
        problems = sync_store.list_problems(session)
    if args.json:
        print(json.dumps(problems, indent=2, ensure_ascii=False))
    else:
        for p in problems:
            print(f"#{p['sequence']} {p['code']}: {p['detail']}")
        print(f"{len(problems)} open problems")
    return 0
