"""Signing in and managing users; the first run sets up the yard and its first admin together.

Passwords are hashed with argon2id (the context's hasher; by default argon2-cffi's RFC 9106 parameters), a
memory-hard KDF so a stolen yard PC does not give up the passwords cheaply.
"""

from __future__ import annotations

import re
import uuid

from argon2.exceptions import InvalidHashError, VerificationError

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.policy import Policy, default_policy
from dismantler_app.domain.records import Role, UserId
from dismantler_app.services.context import ServiceContext, change
from dismantler_app.services.errors import AuthenticationFailed, InvalidInput, InvalidState, NotFound
from dismantler_app.storage import users as user_rows
from dismantler_app.storage.audit import append_audit
from dismantler_app.storage.outbox import append_event
from dismantler_app.storage.yard import YardProfile, insert_yard

MIN_PASSWORD_LENGTH = 8
# Printed in certificate numbers (SH01-2026-000123); the schema checks the same shape.
_YARD_CODE = re.compile(r"[A-Z0-9]{2,8}")


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput("password", "too_short", f"at least {MIN_PASSWORD_LENGTH} characters")


def _check_username(username: str) -> str:
    name = username.strip()
    if not name or len(name) > 64 or any(ch.isspace() for ch in name):
        raise InvalidInput("username", "bad_format", "1-64 characters without spaces")
    return name


def create_first_admin(
    ctx: ServiceContext,
    clock: Clock,
    *,
    username: str,
    password: str,
    yard: YardProfile,
    policy: Policy | None = None,
    display_name: str = "",
) -> User:
    """First run: records the yard and its first user, who gets every role (a small yard's owner does it all)."""
    name = _check_username(username)
    _check_password(password)
    if not _YARD_CODE.fullmatch(yard.code):
        raise InvalidInput("yard.code", "bad_format", "2-8 upper-case letters and digits, e.g. SH01")
    user = User(
        id=UserId(uuid.uuid4().hex),
        username=name,
        roles=frozenset({Role.ADMIN, Role.SUPERVISOR, Role.OPERATOR}),
        display_name=display_name,
    )
    with ctx.store.write_transaction() as session:
        if user_rows.count_users(session) > 0:
            raise InvalidState("installation", "already_set_up", "create_first_admin")
        now = clock.now()
        record = insert_yard(session, yard, policy or default_policy(yard.market))
        user_rows.insert_user(session, user, password_hash=ctx.password_hasher.hash(password), created_at=now)
        entry = append_audit(
            session,
            at=now,
            actor=user.id,
            action="set_up_yard",
            entity="yard",
            entity_id=record.yard_id,
            before=None,
            after={"code": yard.code, "name": yard.name, "market": yard.market.value, "admin": name},
        )
        append_event(
            session,
            event_type="yard.set_up",
            payload={"yard_id": record.yard_id, "code": yard.code, "name": yard.name, "audit_hash": entry.hash},
            created_at=now,
        )
    return user


def authenticate(ctx: ServiceContext, *, username: str, password: str) -> User:
    """Returns the user, or raises :class:`AuthenticationFailed` without saying which part was wrong."""
    with ctx.store.read() as session:
        stored = user_rows.find_user_by_name(session, username.strip())
    if stored is None:
        # Spend the same time as a real check so that timing does not reveal which names exist.
        ctx.password_hasher.hash(password)
        raise AuthenticationFailed("authentication_failed")
    try:
        ctx.password_hasher.verify(stored.password_hash, password)
    except (VerificationError, InvalidHashError) as exc:
        raise AuthenticationFailed("authentication_failed") from exc
    if stored.user.disabled:
        raise AuthenticationFailed("authentication_failed")
    if ctx.password_hasher.check_needs_rehash(stored.password_hash):
        with ctx.store.write_transaction() as session:
            user_rows.update_user(session, stored.user.id, password_hash=ctx.password_hasher.hash(password))
    return stored.user


def add_user(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    *,
    username: str,
    password: str,
    roles: frozenset[Role],
    display_name: str = "",
) -> User:
    name = _check_username(username)
    _check_password(password)
    if not roles:
        raise InvalidInput("roles", "empty")
    user = User(id=UserId(uuid.uuid4().hex), username=name, roles=frozenset(roles), display_name=display_name)
    password_hash = ctx.password_hasher.hash(password)
    with change(ctx, actor, clock, Action.MANAGE_USERS) as ch:
        if user_rows.find_user_by_name(ch.session, name) is not None:
            raise InvalidInput("username", "taken")
        user_rows.insert_user(ch.session, user, password_hash=password_hash, created_at=ch.at)
        ch.record(
            "add_user",
            entity="user",
            entity_id=user.id,
            before=None,
            after={"username": name, "roles": sorted(r.value for r in roles)},
            event="user.added",
        )
    return user


def _target(ch_session, user_id: str) -> User:
    stored = user_rows.load_user(ch_session, user_id)
    if stored is None:
        raise NotFound("user", user_id)
    return stored.user


def set_roles(ctx: ServiceContext, actor: User, clock: Clock, *, user_id: str, roles: frozenset[Role]) -> None:
    if not roles:
        raise InvalidInput("roles", "empty")
    with change(ctx, actor, clock, Action.MANAGE_USERS) as ch:
        target = _target(ch.session, user_id)
        _keep_an_admin(ch.session, target, losing_admin=Role.ADMIN not in roles)
        user_rows.update_user(ch.session, user_id, roles=frozenset(roles))
        ch.record(
            "set_roles",
            entity="user",
            entity_id=user_id,
            before={"roles": sorted(r.value for r in target.roles)},
            after={"roles": sorted(r.value for r in roles)},
            event="user.roles_set",
        )


def disable_user(ctx: ServiceContext, actor: User, clock: Clock, *, user_id: str, disabled: bool = True) -> None:
    with change(ctx, actor, clock, Action.MANAGE_USERS) as ch:
        target = _target(ch.session, user_id)
        if disabled:
            _keep_an_admin(ch.session, target, losing_admin=True)
        user_rows.update_user(ch.session, user_id, disabled=disabled)
        ch.record(
            "disable_user" if disabled else "enable_user",
            entity="user",
            entity_id=user_id,
            before={"disabled": target.disabled},
            after={"disabled": disabled},
            event="user.disabled" if disabled else "user.enabled",
        )


def reset_password(ctx: ServiceContext, actor: User, clock: Clock, *, user_id: str, new_password: str) -> None:
    _check_password(new_password)
    password_hash = ctx.password_hasher.hash(new_password)
    with change(ctx, actor, clock, Action.MANAGE_USERS) as ch:
        _target(ch.session, user_id)
        user_rows.update_user(ch.session, user_id, password_hash=password_hash)
        # The hash itself stays out of the audit log: it is a secret, and the log travels to head office.
        ch.record("reset_password", entity="user", entity_id=user_id, before=None, after={"password": "reset"})


def _keep_an_admin(session, target: User, *, losing_admin: bool) -> None:
    """Refuses to leave the yard without an enabled admin (nobody could manage users any more)."""
    if not losing_admin or Role.ADMIN not in target.roles or target.disabled:
        return
    admins = [u for u in user_rows.list_users(session) if Role.ADMIN in u.roles and not u.disabled]
    if len(admins) <= 1:
        raise InvalidState("user", "last_admin", "remove_admin")
