"""The services' typed errors. They carry codes and data for the GUI to put into words, not sentences."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum

from dismantler_app.domain.certificate_requirements import CertificateForm, MissingField
from dismantler_app.domain.eligibility import Reason


class ServiceError(Exception):
    code = "service_error"


class PermissionDenied(ServiceError):
    code = "permission_denied"

    def __init__(self, action: str, user_id: str) -> None:
        super().__init__(f"{user_id} may not {action}")
        self.action = action
        self.user_id = user_id


class AuthenticationFailed(ServiceError):
    code = "authentication_failed"


class NotFound(ServiceError):
    code = "not_found"

    def __init__(self, entity: str, key: str) -> None:
        super().__init__(f"{entity} {key!r} not found")
        self.entity = entity
        self.key = key


class InvalidInput(ServiceError):
    code = "invalid_input"

    def __init__(self, field: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{field}: {reason}" + (f" ({detail})" if detail else ""))
        self.field = field
        self.reason = reason
        self.detail = detail


class InvalidState(ServiceError):
    """The record is not in a state that allows the action (e.g. approving an open intake)."""

    code = "invalid_state"

    def __init__(self, entity: str, state: str, action: str) -> None:
        super().__init__(f"{entity} is {state}; cannot {action}")
        self.entity = entity
        self.state = state
        self.action = action


class CertificateRefused(ServiceError):
    code = "certificate_refused"

    def __init__(self, reasons: Sequence[Reason]) -> None:
        super().__init__(", ".join(r.code.value for r in reasons))
        self.reasons = tuple(reasons)


class CertificateIncomplete(ServiceError):
    """The certificate would lack fields its form requires (``domain/certificate_requirements.py``): ``missing``
    names each, in the order the sheet prints them; nothing was issued."""

    code = "certificate_incomplete"

    def __init__(self, form: CertificateForm, missing: Sequence[MissingField]) -> None:
        super().__init__(f"{form.value} certificate lacks: " + ", ".join(m.value for m in missing))
        self.form = form
        self.missing = tuple(missing)


class Refusal(StrEnum):
    """Why a service refused an intake action; stable values the GUI words (with ``field`` and ``data``)."""

    NO_INTAKE = "no_intake"  # a code was read while no intake is being worked: nothing to link it to
    READ_BEFORE_INTAKE = "read_before_intake"  # first seen before this intake was worked (plus the settle time)
    REQUIRED = "required"  # the fields named in ``fields`` are missing
    VIN_CHECK_DIGIT = "vin_check_digit"  # mandatory in the yard's market, and wrong (data: found, expected)
    BLOCKED = "blocked"  # submit or approve while blockers exist (``blockers``)
    SUPERVISOR_REQUIRED = "supervisor_required"  # after submission only a supervisor may do this
    PACK_NOT_ON_INTAKE = "pack_not_on_intake"  # unlink of a pack this intake does not hold
    PHOTO_ALREADY_ATTACHED = "photo_already_attached"  # the same bytes already serve another purpose here
    PHOTO_NOT_ATTACHED = "photo_not_attached"


class Refused(ServiceError):
    """A rule of the intake said no. ``reason`` is the code; ``field`` the field as the screen names it (its
    identifier, worded by the GUI); ``fields`` every missing field for :attr:`Refusal.REQUIRED`; ``blockers`` the
    certificate rule's reasons for :attr:`Refusal.BLOCKED`. The message is a fallback for logs and the CLI."""

    code = "refused"

    def __init__(
        self,
        reason: Refusal,
        *,
        field: str = "",
        fields: Sequence[str] = (),
        data: Mapping[str, str] | None = None,
        blockers: Sequence[Reason] = (),
    ) -> None:
        self.reason = reason
        self.fields = tuple(fields) or ((field,) if field else ())
        self.field = field or (self.fields[0] if self.fields else "")
        self.data = dict(data or {})
        self.blockers = tuple(blockers)
        named = ", ".join(self.fields) or ", ".join(b.code.value for b in self.blockers)
        super().__init__(f"{reason.value}: {named}" if named else reason.value)
