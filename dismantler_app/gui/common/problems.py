"""Known problems in words: the services' typed errors carry codes and data; this module says what happened and
what to do, in the person's language. ``describe_problem`` returns None for anything it does not know, which the
error reporter then treats as a bug.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dismantler_app.domain.codes import CodeRejected
from dismantler_app.gui.common.reasons import describe
from dismantler_app.services.errors import (
    AuthenticationFailed,
    CertificateRefused,
    InvalidInput,
    InvalidState,
    NotFound,
    PermissionDenied,
    ServiceError,
)
from dismantler_app.storage.errors import StoreError


class KnownProblem(Exception):
    """A problem the GUI itself detects; its message is already translated and says what to do."""


def describe_problem(error: BaseException) -> str | None:
    if isinstance(error, KnownProblem):
        return str(error)
    if isinstance(error, AuthenticationFailed):
        return QCoreApplication.translate(
            "Problems", "The name or password is not right. Try again, or ask an administrator to reset your password."
        )
    if isinstance(error, PermissionDenied):
        return QCoreApplication.translate(
            "Problems", "Your role does not allow this ({action}). Ask a supervisor."
        ).format(action=error.action)
    if isinstance(error, NotFound):
        return QCoreApplication.translate("Problems", "Not found: {entity} {key}.").format(
            entity=error.entity, key=error.key
        )
    if isinstance(error, InvalidInput):
        return QCoreApplication.translate(
            "Problems", "The {field} is not valid ({reason}). Check it and enter it again."
        ).format(field=error.field, reason=error.reason)
    if isinstance(error, InvalidState):
        return QCoreApplication.translate("Problems", "This {entity} is {state}, so this cannot be done now.").format(
            entity=error.entity, state=error.state
        )
    if isinstance(error, CertificateRefused):
        lines = "\n".join(f"• {describe(r)}" for r in error.reasons)
        return QCoreApplication.translate("Problems", "No certificate can be issued:") + "\n" + lines
    if isinstance(error, CodeRejected):
        return QCoreApplication.translate(
            "Problems", "That is not a valid code ({reason}). Scan it again or type it."
        ).format(reason=error.reason.value)
    if isinstance(error, StoreError):
        return str(error)  # the store's messages already say what to do (storage/errors.py)
    if isinstance(error, ServiceError):
        return QCoreApplication.translate("Problems", "The action was refused ({code}).").format(code=error.code)
    return None
