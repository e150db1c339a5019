"""User management beyond sign-in: password resets, who may do them, and the secret staying out of the logs."""

from __future__ import annotations

import pytest

from dismantler_app.services import users
from dismantler_app.services.errors import AuthenticationFailed, InvalidInput, InvalidState, PermissionDenied
from dismantler_app.storage.outbox import list_events
from tests.services.yard_setup import PASSWORD, Yard

NEW_PASSWORD = "a much longer new phrase"


def test_an_admin_resets_a_password_and_only_the_new_one_signs_in(yard: Yard) -> None:
    users.reset_password(yard.ctx, yard.admin, yard.clock, user_id=yard.operator.id, new_password=NEW_PASSWORD)

    assert users.authenticate(yard.ctx, username="op", password=NEW_PASSWORD).id == yard.operator.id
    with pytest.raises(AuthenticationFailed):
        users.authenticate(yard.ctx, username="op", password=PASSWORD)


def test_a_supervisor_cannot_reset_anyones_password(yard: Yard) -> None:
    with pytest.raises(PermissionDenied):
        users.reset_password(yard.ctx, yard.supervisor, yard.clock, user_id=yard.operator.id, new_password=NEW_PASSWORD)
    assert users.authenticate(yard.ctx, username="op", password=PASSWORD).id == yard.operator.id


def test_a_too_short_password_is_refused_before_anything_changes(yard: Yard) -> None:
    with pytest.raises(InvalidInput):
        users.reset_password(yard.ctx, yard.admin, yard.clock, user_id=yard.operator.id, new_password="short")
    assert users.authenticate(yard.ctx, username="op", password=PASSWORD).id == yard.operator.id


def test_the_password_hash_never_reaches_the_audit_log_or_the_outbox(yard: Yard) -> None:
    users.reset_password(yard.ctx, yard.admin, yard.clock, user_id=yard.operator.id, new_password=NEW_PASSWORD)
    with yard.store.read() as session:
        stored_hash = session.scalar("SELECT password_hash FROM users WHERE id = ?", (yard.operator.id,))
        audit_text = " ".join(str(v) for row in session.all("SELECT * FROM audit_log") for v in row.values())
        events_text = " ".join(str(e) for e in list_events(session))
    assert stored_hash.startswith("$argon2id$")
    for secret in (stored_hash, NEW_PASSWORD):
        assert secret not in audit_text
        assert secret not in events_text


def test_the_last_enabled_admin_cannot_be_disabled(yard: Yard) -> None:
    with pytest.raises(InvalidState):
        users.disable_user(yard.ctx, yard.admin, yard.clock, user_id=yard.admin.id)
