"""``dismantler hub …``: head office's commands: serve the API, create the schema, enrol and revoke yards, import a
stick, publish reference data (registered packs per VIN, the receivers' white list) to every yard, and manage who
may look at head office (``hub user``, ``hub metrics-token``)."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dismantler_app.cli.main import UsageError

DSN_ENV = "DISMANTLER_HUB_DB"
READ_DSN_ENV = "DISMANTLER_HUB_CONSOLE_READ_DB"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "hub",
        help="head office: serve, init, enrol-yard, revoke-yard, import, register-packs, receivers, user, "
        "metrics-token",
    )
    commands = parser.add_subparsers(dest="hub_command", metavar="HUB_COMMAND", required=True)

    def with_db(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument("--db", default=os.environ.get(DSN_ENV, ""), help=f"postgresql://… (or ${DSN_ENV})")
        return sub

    serve = with_db(commands.add_parser("serve", help="serve the head-office API with uvicorn"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--tls-cert", type=Path, help="PEM certificate chain (TLS is strongly advised off loopback)")
    serve.add_argument("--tls-key", type=Path, help="PEM private key for --tls-cert")
    serve.add_argument(
        "--console-read-db",
        default=os.environ.get(READ_DSN_ENV, ""),
        help=f"postgresql://… of a streaming replica the console's pages read from (or ${READ_DSN_ENV})",
    )
    serve.set_defaults(handler=_serve)

    init = with_db(commands.add_parser("init", help="create or upgrade the schema and head office's keys"))
    init.set_defaults(handler=_init)

    enrol = with_db(commands.add_parser("enrol-yard", help="print a one-time enrolment token for a new yard"))
    enrol.add_argument("name", help="the yard's name as head office lists it")
    enrol.add_argument(
        "--replace-key",
        action="store_true",
        help="re-enrol this enrolled yard with a new key pair (after revoke-yard, or a key rotation): the yard keeps "
        "its site id, records and history; its earlier key is refused from the enrolment on",
    )
    enrol.add_argument("--site-id", default="", help="with --replace-key: which one, when several yards have that name")
    enrol.set_defaults(handler=_enrol)

    imp = with_db(commands.add_parser("import", help="import a yard's USB bundle and write the receipt next to it"))
    imp.add_argument("path", type=Path)
    imp.add_argument("--json", action="store_true", help="print the receipt summary as JSON")
    imp.set_defaults(handler=_import)

    revoke = with_db(commands.add_parser("revoke-yard", help="refuse a yard's key from now on (a lost or stolen PC)"))
    revoke.add_argument("name", help="the yard's name as head office lists it")
    revoke.add_argument("--site-id", default="", help="which one, when several yards have that name")
    revoke.set_defaults(handler=_revoke)

    packs = with_db(
        commands.add_parser(
            "register-packs",
            help="publish the traction packs registered for a VIN (replaces what was registered for it before)",
        )
    )
    packs.add_argument("codes", nargs="*", metavar="CODE", help="pack codes (GB/T 34014-2017) for --vin")
    packs.add_argument("--vin")
    packs.add_argument("--csv", type=Path, help="a file of vin,pack_code rows (UTF-8; a header row is allowed)")
    packs.set_defaults(handler=_register_packs)

    receivers = commands.add_parser("receivers", help="the receivers' white list sent to every yard")
    receiver_commands = receivers.add_subparsers(dest="receivers_command", metavar="ACTION", required=True)
    add = with_db(receiver_commands.add_parser("add", help="list a receiving enterprise"))
    add.add_argument("--uscc", required=True, help="its unified social credit code (18 characters)")
    add.add_argument("--name", required=True, help="its registered name")
    add.add_argument(
        "--category",
        default="unspecified",
        help="oem_outlet, cascade_use, comprehensive_utilisation or unspecified (the default)",
    )
    add.set_defaults(handler=_receiver_add)
    remove = with_db(receiver_commands.add_parser("remove", help="take an enterprise off the list"))
    remove.add_argument("--uscc", required=True)
    remove.add_argument("--name", default="", help="ignored; accepted so the add command line can be reused")
    remove.set_defaults(handler=_receiver_remove)

    user = commands.add_parser("user", help="head-office staff who may open /admin and /metrics")
    user_commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    user_add = with_db(user_commands.add_parser("add", help="add a user (password from $DISMANTLER_PASSWORD or asked)"))
    user_add.add_argument("name")
    user_add.add_argument("--role", default="viewer", help="viewer (the default) or admin")
    user_add.set_defaults(handler=_user_add)
    user_remove = with_db(user_commands.add_parser("remove", help="remove a user and end their sessions"))
    user_remove.add_argument("name")
    user_remove.set_defaults(handler=_user_remove)
    user_list = with_db(user_commands.add_parser("list", help="list the users and their roles"))
    user_list.add_argument("--json", action="store_true")
    user_list.set_defaults(handler=_user_list)
    user_passwd = with_db(user_commands.add_parser("passwd", help="set a user's password (ends their sessions)"))
    user_passwd.add_argument("name")
    user_passwd.set_defaults(handler=_user_passwd)

    token = with_db(
        commands.add_parser("metrics-token", help="print a new bearer token for /metrics (Prometheus), shown once")
    )
    token.add_argument("--label", default="", help="what it is for, e.g. prometheus")
    token.set_defaults(handler=_metrics_token)


def _dsn(args: argparse.Namespace) -> str:
    if not args.db or not args.db.startswith(("postgresql://", "postgres://")):
        raise UsageError(f"give head office's database as --db postgresql://user@host/dbname (or set ${DSN_ENV})")
    return args.db


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from dismantler_app.hub.app import create_app
    from dismantler_app.hub.database import apply_migrations

    if bool(args.tls_cert) != bool(args.tls_key):
        raise UsageError("TLS needs both --tls-cert and --tls-key")
    if not args.tls_cert and not _loopback(args.host):
        raise UsageError(
            f"plain HTTP is served on loopback only, not on {args.host}: give --tls-cert and --tls-key, or keep "
            "--host 127.0.0.1 behind a reverse proxy that terminates TLS"
        )
    dsn = _dsn(args)
    apply_migrations(dsn)
    uvicorn.run(
        create_app(dsn, console_read_dsn=args.console_read_db or None),
        host=args.host,
        port=args.port,
        ssl_certfile=str(args.tls_cert) if args.tls_cert else None,
        ssl_keyfile=str(args.tls_key) if args.tls_key else None,
        log_level="warning",
    )
    return 0


def _init(args: argparse.Namespace) -> int:
    from dismantler_app.hub.database import apply_migrations, connect
    from dismantler_app.hub.yards import ensure_hub_keys

    dsn = _dsn(args)
    version = apply_migrations(dsn)
    with connect(dsn, autocommit=True) as conn:
        keys = ensure_hub_keys(conn)
    print(f"head office schema at version {version}; signing key {keys.signing_public}")
    return 0


def _enrol(args: argparse.Namespace) -> int:
    from dismantler_app.hub.database import connect
    from dismantler_app.hub.yards import EnrolmentRefused, create_enrolment_token

    with connect(_dsn(args), autocommit=True) as conn:
        try:
            token = create_enrolment_token(conn, args.name, replace_key=args.replace_key, site_id=args.site_id)
        except EnrolmentRefused as exc:
            raise UsageError(str(exc)) from exc
    print(token)
    return 0


def _import(args: argparse.Namespace) -> int:
    from dismantler_app.hub.bundles import import_bundle_file
    from dismantler_app.sync.bundle import BundleRefused

    if not args.path.is_file():
        raise UsageError(f"no bundle at {args.path}: give the .zip file the yard exported")
    try:
        result = import_bundle_file(_dsn(args), args.path)
    except BundleRefused as exc:
        raise UsageError(f"{args.path} was refused: {exc}. Ask the yard to export it again.") from exc
    except OSError as exc:
        raise UsageError(f"cannot write the receipt next to {args.path}: {exc.strerror or exc}") from exc
    result["reference"] = sum(len(page["body"]["items"]) for page in result.get("reference", []))
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(f"imported {args.path}: receipt written to {result['receipt_path']}")
        for epoch in result["epochs"]:
            print(f"  epoch {epoch['db_epoch']}: held up to {epoch['cursor']}, {len(epoch['rejections'])} rejected")
    return 0


def _publishing(args: argparse.Namespace, action: Callable[[Any], Any]) -> Any:
    """Runs ``action(conn)`` on head office's database; refused input becomes a usage error saying what to fix."""
    from dismantler_app.hub.database import connect
    from dismantler_app.hub.registrations import RegistrationRefused

    with connect(_dsn(args), autocommit=True) as conn:
        try:
            return action(conn)
        except RegistrationRefused as exc:
            raise UsageError(str(exc)) from exc


def _revoke(args: argparse.Namespace) -> int:
    from dismantler_app.hub.registrations import revoke_yard_named

    site_id = _publishing(args, lambda conn: revoke_yard_named(conn, args.name, site_id=args.site_id))
    print(f"revoked {args.name} (site {site_id}): its key is refused from now on; every yard learns it")
    return 0


def _register_packs(args: argparse.Namespace) -> int:
    from dismantler_app.hub.registrations import parse_registration_csv, publish_registrations, register_vin_packs

    if bool(args.csv) == bool(args.vin):
        raise UsageError("give either --vin VIN CODE... or --csv FILE")
    if args.csv:
        if args.codes:
            raise UsageError("pack codes on the command line go with --vin, not --csv")
        try:
            text = args.csv.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read {args.csv} as UTF-8 text: {exc}") from exc

        def publish(conn: Any) -> int:
            return publish_registrations(conn, parse_registration_csv(text))

        print(f"registered packs for {_publishing(args, publish)} VINs from {args.csv}")
    else:
        codes = _publishing(args, lambda conn: register_vin_packs(conn, vin=args.vin, codes=args.codes))
        print(f"registered {len(codes)} packs for {args.vin.strip().upper()}: {' '.join(codes)}")
    return 0


def _receiver_add(args: argparse.Namespace) -> int:
    from dismantler_app.hub.registrations import ReceiverCategory, list_receiver

    try:
        category = ReceiverCategory(args.category)
    except ValueError as exc:
        raise UsageError(f"--category must be one of {', '.join(c.value for c in ReceiverCategory)}") from exc
    code = _publishing(args, lambda conn: list_receiver(conn, uscc=args.uscc, name=args.name, category=category))
    print(f"listed {code} ({args.name.strip()}) on the receivers' white list")
    return 0


def _receiver_remove(args: argparse.Namespace) -> int:
    from dismantler_app.hub.registrations import delist_receiver

    code = _publishing(args, lambda conn: delist_receiver(conn, uscc=args.uscc))
    print(f"removed {code} from the receivers' white list")
    return 0


def _hub_password(name: str) -> str:
    from dismantler_app.cli.credentials import read_password

    return read_password(name)


def _staff(args: argparse.Namespace, action: Callable[[Any], Any]) -> Any:
    from dismantler_app.hub.auth import HubUserRefused
    from dismantler_app.hub.database import connect

    with connect(_dsn(args), autocommit=True) as conn:
        try:
            return action(conn)
        except HubUserRefused as exc:
            raise UsageError(str(exc)) from exc


def _user_add(args: argparse.Namespace) -> int:
    from argon2 import PasswordHasher

    from dismantler_app.hub.auth import HubRole, add_user

    try:
        role = HubRole(args.role)
    except ValueError as exc:
        raise UsageError("--role must be viewer or admin") from exc
    password = _hub_password(args.name)
    name = _staff(args, lambda conn: add_user(conn, args.name, password, role=role, hasher=PasswordHasher()))
    print(f"added head-office user {name} ({role.value})")
    return 0


def _user_remove(args: argparse.Namespace) -> int:
    from dismantler_app.hub.auth import remove_user

    name = _staff(args, lambda conn: remove_user(conn, args.name))
    print(f"removed head-office user {name}; their sessions ended")
    return 0


def _user_list(args: argparse.Namespace) -> int:
    from dismantler_app.hub.auth import list_users

    users = _staff(args, list_users)
    if args.json:
        print(json.dumps(users, indent=2))
    else:
        for user in users:
            print(f"{user['name']}\t{user['role']}\tpassword set {user['password_changed_at']}")
    return 0


def _user_passwd(args: argparse.Namespace) -> int:
    from argon2 import PasswordHasher

    from dismantler_app.hub.auth import set_password

    password = _hub_password(args.name)
    name = _staff(args, lambda conn: set_password(conn, args.name, password, hasher=PasswordHasher()))
    print(f"password of {name} changed; their sessions ended")
    return 0


def _metrics_token(args: argparse.Namespace) -> int:
    from dismantler_app.hub.auth import add_metrics_token

    token = _staff(args, lambda conn: add_metrics_token(conn, label=args.label))
    print(token)
    return 0
