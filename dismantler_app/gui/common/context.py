"""What every page is handed: one small value instead of the same four arguments in each constructor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import User
from dismantler_app.gui.common.bridge import TaskBridge
from dismantler_app.services.context import ServiceContext


@dataclass(frozen=True)
class PageContext:
    bridge: TaskBridge  # every service call goes through it, never on the UI thread
    services: ServiceContext
    clock: Clock
    current_user: Callable[[], User | None]  # None while the station is locked or nobody signed in

    def user(self) -> User | None:
        return self.current_user()
