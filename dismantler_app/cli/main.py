"""Entry point of ``dismantler`` and ``python -m dismantler_app``.

Each subcommand lives in its own module of this package and exposes ``register(subparsers)``, which adds its parser
and sets ``handler`` (a function taking the parsed arguments and returning the exit code). Reporting subcommands take
``--json``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from dismantler_app import __version__
from dismantler_app.cli.selftest import SelfTestFlag

# Modules of dismantler_app.cli that contribute subcommands, in the order they are listed in --help.
SUBCOMMAND_MODULES = (
    "classify",
    "scan",
    "db",
    "audit",
    "sync",
    "hub",
    "certificate",
    "report",
    "demo",
    "selftest",
)


class UsageError(Exception):
    """Bad input on the command line: the message says what to do."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dismantler",
        description="Yard intake: battery codes, VINs, certificates, sync. Without a subcommand, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help="folder for the database, photos and backups (default: user data folder)")
    parser.add_argument(
        "--camera", help="camera for the desktop app: a device index (0), a stream URL, a video file or an image folder"
    )
    parser.add_argument("--language", choices=("zh_CN", "en"), help="language of the desktop app at start")
    parser.add_argument(
        "--demo", action="store_true", help="start the app on a throw-away demo yard (no camera needed)"
    )
    parser.add_argument(
        "--self-test",
        nargs=argparse.REMAINDER,
        action=SelfTestFlag,
        help="[--json] check this installation; exit 0, or 1 naming what failed",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(f"dismantler_app.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from dismantler_app.composition import run_desktop_app

        return run_desktop_app(args)
    try:
        return int(args.handler(args) or 0)
    except UsageError as exc:
        print(f"dismantler {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
