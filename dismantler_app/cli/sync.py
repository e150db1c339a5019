"""``dismantler sync …``: the yard's side of sync (push, status, export, import-receipt)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sync", help="send records to head office: push, status, export, import-receipt")
    parser.add_subparsers(dest="sync_command", metavar="SYNC_COMMAND", required=True)
