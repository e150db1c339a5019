"""The services' typed errors. They carry codes and data for the GUI to put into words, not sentences."""

from __future__ import annotations

from collections.abc import Sequence

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
