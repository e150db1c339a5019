"""The list of the yard's users, for the administrator's users screen (changes are in ``services.users``)."""

from __future__ import annotations

from dismantler_app.domain.permissions import Action, User
from dismantler_app.services.context import ServiceContext, checked_user
from dismantler_app.storage.users import list_users as stored_users


def list_users(ctx: ServiceContext, actor: User) -> list[User]:
    """Every user, enabled or not, by name."""
    with ctx.store.read() as session:
        checked_user(session, actor, Action.MANAGE_USERS)
        return stored_users(session)
