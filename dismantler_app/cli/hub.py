"""``dismantler hub …``: head office's commands: serve the API, create the schema, enrol a yard, import a stick."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from dismantler_app.cli.main import UsageError

DSN_ENV = "DISMANTLER_HUB_DB"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("hub", help="head office: serve, init, enrol-yard, import")
    commands = parser.add_subparsers(dest="hub_command", metavar="HUB_COMMAND", required=True)

    def with_db(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument("--db", default=os.environ.get(DSN_ENV, ""), help=f"postgresql://… (or ${DSN_ENV})")
        return sub

    serve = with_db(commands.add_parser("serve", help="serve the head-office API with uvicorn"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--tls-cert", type=Path, help="PEM certificate chain (TLS is strongly advised off loopback)")
    serve.add_argument("--tls-key", type=Path, help="PEM private key for --tls-cert")
    serve.set_defaults(handler=_serve)

    init = with_db(commands.add_parser("init", help="create or upgrade the schema and head office's keys"))
    init.set_defaults(handler=_init)

    enrol = with_db(commands.add_parser("enrol-yard", help="print a one-time enrolment token for a new yard"))
    enrol.add_argument("name", help="the yard's name as head office lists it")
    enrol.set_defaults(handler=_enrol)

    imp = with_db(commands.add_parser("import", help="import a yard's USB bundle and write the receipt next to it"))
    imp.add_argument("path", type=Path)
    imp.add_argument("--json", action="store_true", help="print the receipt summary as JSON")
    imp.set_defaults(handler=_import)


def _dsn(args: argparse.Namespace) -> str:
    if not args.db or not args.db.startswith(("postgresql://", "postgres://")):
        raise UsageError(f"give head office's database as --db postgresql://user@host/dbname (or set ${DSN_ENV})")
    return args.db


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from dismantler_app.hub.app import create_app
    from dismantler_app.hub.database import apply_migrations

    if bool(args.tls_cert) != bool(args.tls_key):
        raise UsageError("TLS needs both --tls-cert and --tls-key")
    dsn = _dsn(args)
    apply_migrations(dsn)
    uvicorn.run(
        create_app(dsn),
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
            token = create_enrolment_token(conn, args.name)
        except EnrolmentRefused as exc:
            raise UsageError(str(exc)) from exc
    print(token)
    return 0


def _import(args: argparse.Namespace) -> int:
    from dismantler_app.hub.bundles import import_bundle_file

    result = import_bundle_file(_dsn(args), args.path)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(f"imported {args.path}: receipt written to {result['receipt_path']}")
        for epoch in result["epochs"]:
            print(f"  epoch {epoch['db_epoch']}: held up to {epoch['cursor']}, {len(epoch['rejections'])} rejected")
    return 0
