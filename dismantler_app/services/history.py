"""An intake's full history (its audit trail), for the records screen."""

from __future__ import annotations

from dismantler_app.domain.permissions import User
from dismantler_app.services.context import ServiceContext, reading
from dismantler_app.services.errors import NotFound
from dismantler_app.storage import history as rows
from dismantler_app.storage.history import HistoryEntry
from dismantler_app.storage.intakes import load_intake

__all__ = ["HistoryEntry", "intake_history"]


def intake_history(ctx: ServiceContext, actor: User, intake_id: str) -> list[HistoryEntry]:
    """Every audited change to the intake and what belongs to it, oldest first."""
    with reading(ctx, actor) as session:
        if load_intake(session, intake_id) is None:
            raise NotFound("intake", intake_id)
        return rows.intake_history(session, intake_id)
