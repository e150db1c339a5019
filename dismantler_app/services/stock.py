"""Batteries in stock, for the people who store and hand them over."""

from __future__ import annotations

from dismantler_app.domain.permissions import Action, User
from dismantler_app.services.context import ServiceContext, checked_user
from dismantler_app.storage import stock as rows
from dismantler_app.storage.stock import StockPack

__all__ = ["StockPack", "packs_in_stock"]


def packs_in_stock(ctx: ServiceContext, actor: User, *, limit: int = 1000) -> list[StockPack]:
    with ctx.store.read() as session:
        checked_user(session, actor, Action.HAND_OVER_PACK)
        return rows.packs_in_stock(session, limit=limit)
