"""What the intake page's helpers (:mod:`codes`, :mod:`editing`) may use of the page: a small protocol, so that
the helpers do not import the page that builds them (the page imports them; nothing imports back)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QImage

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import User
from dismantler_app.domain.records import PhotoKind
from dismantler_app.gui.common.bridge import TaskBridge
from dismantler_app.gui.forms.ui_intake_page import Ui_IntakePage
from dismantler_app.gui.intake.actions import IntakeView
from dismantler_app.services.context import ServiceContext


class Station(Protocol):
    ui: Ui_IntakePage
    view: IntakeView | None

    @property
    def bridge(self) -> TaskBridge: ...

    @property
    def services(self) -> ServiceContext: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def latest_frame(self) -> QImage | None: ...

    def user(self) -> User | None: ...

    def editable(self) -> bool: ...

    def show_view(self, view: IntakeView | None) -> None: ...

    def show_evidence(self, intake_id: str, kind: PhotoKind, evidence: bytes) -> None: ...

    def say(self, message: Callable[[], str], *, bad: bool = False) -> None: ...

    def refused(self, error: BaseException) -> None: ...

    def send(self, fn: Callable[..., object], *args: object, said: Callable[[], str] | None = None, **kw) -> None: ...

    def send_sequenced(
        self,
        fn: Callable[..., object],
        *args: object,
        answer: Callable[..., None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kw,
    ) -> None: ...
