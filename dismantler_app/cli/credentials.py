"""Who is acting, for subcommands that change or print records: every such action is audited under a user.

The name comes from ``--user`` (or ``DISMANTLER_USER``); the password from ``DISMANTLER_PASSWORD``, or is asked
for without echo when a person sits at a terminal. A script without either gets a message saying what to set,
never a hanging prompt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from dismantler_app.cli.main import UsageError
from dismantler_app.domain.permissions import User
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.errors import AuthenticationFailed
from dismantler_app.services.users import authenticate

USER_VARIABLE = "DISMANTLER_USER"
PASSWORD_VARIABLE = "DISMANTLER_PASSWORD"


class SignInRefused(Exception):
    """Wrong name or password, or a disabled account (deliberately not saying which)."""


def add_user_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        default=os.environ.get(USER_VARIABLE),
        help=f"the acting user, for the audit log (default ${USER_VARIABLE}); "
        f"password from ${PASSWORD_VARIABLE} or asked for at the terminal",
    )


def read_password(
    username: str,
    *,
    environ: dict[str, str] | os._Environ[str] = os.environ,
    is_tty: Callable[[], bool] = lambda: sys.stdin.isatty(),
    prompt: Callable[[str], str] = getpass.getpass,
) -> str:
    password = environ.get(PASSWORD_VARIABLE)
    if password:
        return password
    if is_tty():
        return prompt(f"password for {username}: ")
    raise UsageError(
        f"no password for {username}: set the environment variable {PASSWORD_VARIABLE}, "
        "or run the command in a terminal to be asked for it"
    )


def sign_in(ctx: ServiceContext, args: argparse.Namespace) -> User:
    """The user named on the command line, authenticated; :class:`SignInRefused` when the store says no."""
    username = (args.user or "").strip()
    if not username:
        raise UsageError(f"say who is acting: --user NAME (or set {USER_VARIABLE})")
    password = read_password(username)
    try:
        return authenticate(ctx, username=username, password=password)
    except AuthenticationFailed as exc:
        raise SignInRefused(
            f"sign-in refused for {username!r}: wrong user name or password, or the account is disabled"
        ) from exc
