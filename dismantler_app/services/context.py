"""What every service works on: the store and the photo files. Built once by the composition root."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from argon2 import PasswordHasher

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import Action, User
from dismantler_app.services.errors import NotFound, PermissionDenied
from dismantler_app.storage.audit import append_audit
from dismantler_app.storage.outbox import append_event
from dismantler_app.storage.photos import PhotoStore
from dismantler_app.storage.session import Session, Transactional
from dismantler_app.storage.users import load_user
from dismantler_app.storage.yard import YardRecord, load_yard


@dataclass(frozen=True)
class ServiceContext:
    store: Transactional
    photos: PhotoStore
    station: str = ""  # the intake station this installation runs at, stamped on scans
    # argon2id with argon2-cffi's defaults (RFC 9106's second recommended option: 64 MiB, 3 passes). Tests pass a
    # cheaper argon2id so that a suite creating many users stays fast; it verifies the same hashes.
    password_hasher: PasswordHasher = field(default_factory=PasswordHasher)


@dataclass
class Change:
    """One user action inside its write transaction: the session, the checked user and the action's time.

    ``tx_id`` is stamped on every outbox event the action writes, so sync sends them to head office in one batch
    (head office applies them together or not at all)."""

    session: Session
    user: User
    at: datetime
    tx_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def yard(self) -> YardRecord:
        yard = load_yard(self.session)
        if yard is None:
            raise NotFound("yard", "this installation")
        return yard

    def record(
        self,
        action: str,
        *,
        entity: str,
        entity_id: str,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
        event: str | None = None,
        payload: Mapping[str, Any] | None = None,
    ) -> None:
        """Appends the audit row and, when head office must see the change, its outbox event."""
        entry = append_audit(
            self.session,
            at=self.at,
            actor=self.user.id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=before,
            after=after,
        )
        if event is not None:
            body = dict(payload if payload is not None else (after or {}))
            body.setdefault("entity_id", entity_id)
            body["actor"] = self.user.id
            body["audit_seq"] = entry.seq
            body["audit_hash"] = entry.hash
            append_event(self.session, event_type=event, payload=body, created_at=self.at, tx_id=self.tx_id)


def checked_user(session: Session, actor: User, action: Action) -> User:
    """Reloads the acting user inside the transaction: roles or a disabled flag changed since sign-in count."""
    stored = load_user(session, actor.id)
    if stored is None or not stored.user.may(action):
        raise PermissionDenied(action.value, actor.id)
    return stored.user


@contextmanager
def change(ctx: ServiceContext, actor: User, clock: Clock, action: Action) -> Iterator[Change]:
    with ctx.store.write_transaction() as session:
        user = checked_user(session, actor, action)
        yield Change(session=session, user=user, at=clock.now())


@contextmanager
def reading(ctx: ServiceContext, actor: User) -> Iterator[Session]:
    with ctx.store.read() as session:
        checked_user(session, actor, Action.VIEW_RECORDS)
        yield session
