"""Who may do what: the roles of a yard (operator, supervisor, admin) and the actions each allows.

The services check these on every call, so that an operator cannot issue a certificate even by calling the service
directly. A user may hold several roles; the table is data so a yard's different split is a one-line change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from dismantler_app.domain.records import Role, UserId


class Action(StrEnum):
    VIEW_RECORDS = "view_records"
    CREATE_INTAKE = "create_intake"
    EDIT_INTAKE = "edit_intake"
    DECLARE_PACKS = "declare_packs"
    RECORD_SCAN = "record_scan"
    ADD_PHOTO = "add_photo"
    TRIAGE_PACK = "triage_pack"
    SUBMIT_INTAKE = "submit_intake"
    HAND_OVER_PACK = "hand_over_pack"
    CONFIRM_DECLARED_PACKS = "confirm_declared_packs"
    LOAD_REGISTERED_PACKS = "load_registered_packs"
    RESOLVE_MISMATCH = "resolve_mismatch"
    APPROVE_INTAKE = "approve_intake"
    CANCEL_INTAKE = "cancel_intake"
    ISSUE_CERTIFICATE = "issue_certificate"
    VOID_CERTIFICATE = "void_certificate"
    REPRINT_CERTIFICATE = "reprint_certificate"
    RECORD_REPORT = "record_report"
    MANAGE_USERS = "manage_users"
    MANAGE_YARD = "manage_yard"
    BACKUP_DATABASE = "backup_database"


_OPERATOR = frozenset(
    {
        Action.VIEW_RECORDS,
        Action.CREATE_INTAKE,
        Action.EDIT_INTAKE,
        Action.DECLARE_PACKS,
        Action.RECORD_SCAN,
        Action.ADD_PHOTO,
        Action.TRIAGE_PACK,
        Action.SUBMIT_INTAKE,
        Action.HAND_OVER_PACK,
    }
)
# The supervisor reviews, resolves, approves and certifies (domain guide, "Who uses it").
_SUPERVISOR = _OPERATOR | {
    Action.CONFIRM_DECLARED_PACKS,
    Action.LOAD_REGISTERED_PACKS,
    Action.RESOLVE_MISMATCH,
    Action.APPROVE_INTAKE,
    Action.CANCEL_INTAKE,
    Action.ISSUE_CERTIFICATE,
    Action.VOID_CERTIFICATE,
    Action.REPRINT_CERTIFICATE,
    Action.RECORD_REPORT,
}
# The admin runs the installation, not the intake: certifying needs the supervisor role as well.
_ADMIN = frozenset(
    {Action.VIEW_RECORDS, Action.MANAGE_USERS, Action.MANAGE_YARD, Action.BACKUP_DATABASE, Action.LOAD_REGISTERED_PACKS}
)

ROLE_ACTIONS: Mapping[Role, frozenset[Action]] = {
    Role.OPERATOR: _OPERATOR,
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMIN: _ADMIN,
}


def allowed_actions(roles: Iterable[Role]) -> frozenset[Action]:
    out: frozenset[Action] = frozenset()
    for role in roles:
        out |= ROLE_ACTIONS[role]
    return out


def is_allowed(roles: Iterable[Role], action: Action) -> bool:
    return action in allowed_actions(roles)


@dataclass(frozen=True)
class User:
    """A person who signs in at the yard. ``disabled`` users keep their history but can do nothing."""

    id: UserId
    username: str
    roles: frozenset[Role]
    display_name: str = ""
    disabled: bool = False

    def may(self, action: Action) -> bool:
        return not self.disabled and is_allowed(self.roles, action)
