"""The intake station: live preview, the vehicle and its packs, the code entry, and the banner that always says
whether this vehicle can get its certificate and why not.

Every code — confirmed by the camera, burst in by a handheld scanner, or typed — goes through :meth:`accept_text`:
classified here (pure and sub-millisecond), written through the bridge (never on the UI thread), and answered with a
fresh view of the intake. Views carry a sequence number so that a slow answer never overwrites a newer one.
A camera read also keeps its evidence frame (taken from the engine by :mod:`gui.camera.station`) as the scan's photo.
A code read from printed text that the text alone may not decide is shown under the preview with its crop
(:mod:`suggestion`) and recorded only when the operator confirms it (F8).
The editing tools (vehicle, declared packs, photos, triage) live in :mod:`editing`, the camera in
:mod:`camera`, the rendering of a view in :mod:`display`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import User
from dismantler_app.domain.records import PhotoKind
from dismantler_app.domain.scanner_input import LayoutDiagnosis, ScannerBurst
from dismantler_app.gui.camera.scan_adapter import vin_check_digit_mandatory
from dismantler_app.gui.camera.worker import CameraThread
from dismantler_app.gui.common.bridge import TaskBridge
from dismantler_app.gui.common.confirm import ask, ask_reason
from dismantler_app.gui.common.context import PageContext
from dismantler_app.gui.common.ports import ScanEngine
from dismantler_app.gui.common.problems import describe_problem
from dismantler_app.gui.forms.ui_intake_page import Ui_IntakePage
from dismantler_app.gui.intake import actions as intake_actions
from dismantler_app.gui.intake import display as intake_display
from dismantler_app.gui.intake import edits as intake_edits
from dismantler_app.gui.intake.actions import IntakeView
from dismantler_app.gui.intake.camera import IntakeCamera
from dismantler_app.gui.intake.codes import IntakeCodes
from dismantler_app.gui.intake.editing import IntakeEditing
from dismantler_app.gui.intake.suggestion import CONFIRM_KEY, TextSuggestionPanel
from dismantler_app.gui.intake.words import layout_problem_text
from dismantler_app.services import yard as yard_service
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.packs import ScanSource
from dismantler_app.storage.yard import YardRecord

log = logging.getLogger(__name__)


def _no_yard(error: BaseException) -> None:
    # Only before the first-run set-up has recorded the yard: the strict default stays.
    log.warning("yard record not readable for the camera's VIN rule: %s", error)


class IntakePage(QWidget):
    def __init__(
        self,
        context: PageContext,
        *,
        camera: Callable[[], ScanEngine] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        bridge, services, clock, current_user = context.bridge, context.services, context.clock, context.current_user
        self.ui = Ui_IntakePage()
        self.ui.setupUi(self)
        self._bridge, self._services, self._clock = bridge, services, clock
        self._current_user = current_user
        self.station_camera = IntakeCamera(self.ui.preview, camera, self)
        self.station_camera.code_confirmed.connect(self._code_confirmed)
        self.station_camera.text_confirmed.connect(self._text_confirmed)
        self.station_camera.unrecognised.connect(self._unrecognised)
        self.suggestion_panel = TextSuggestionPanel(self)
        self.ui.left.insertWidget(1, self.suggestion_panel)  # right under the preview, where the operator looks
        self.ui.scanner_warning.setVisible(False)
        self._layout_problem: LayoutDiagnosis | None = None
        self.ui.scanner_warning.setStyleSheet("color: #e65100; font-weight: bold;")
        self.view: IntakeView | None = None
        self._sent = 0  # sequence of requests sent
        self._shown = 0  # sequence of the request whose view is on screen
        self._setup_entry()
        self._setup_buttons()
        self.editing = IntakeEditing(self)
        self.codes = IntakeCodes(self, self.suggestion_panel)
        self.station_camera.text_suggested.connect(self.codes.accept_suggestion)
        self.show_view(None)

    # --- what the editing tools use --------------------------------------------------------------------------
    @property
    def bridge(self) -> TaskBridge:
        return self._bridge

    @property
    def services(self) -> ServiceContext:
        return self._services

    @property
    def clock(self) -> Clock:
        return self._clock

    def user(self) -> User | None:
        return self._current_user()

    def editable(self) -> bool:
        return self.view is not None and self.view.record.status in intake_actions.RESUMABLE

    def send(self, fn: Callable[..., object], *args: object, said: Callable[[], str] | None = None, **kw) -> None:
        """``fn(services, user, clock, *args, **kw)`` through the bridge; its view is shown, then ``said``."""
        user = self.user()
        if user is None:
            return

        def shown(view: IntakeView) -> None:
            self.show_view(view)
            if said is not None:
                self._say(said)

        self.send_sequenced(fn, self._services, user, self._clock, *args, answer=shown, **kw)

    def show_evidence(self, intake_id: str, kind: PhotoKind, evidence: bytes) -> None:
        self.editing.show_evidence(intake_id, kind, evidence)

    def say(self, message: Callable[[], str], *, bad: bool = False) -> None:
        self._say(message, bad=bad)

    def refused(self, error: BaseException) -> None:
        """A known refusal (bad input, no permission, wrong state) in the feedback line; a bug goes to the reporter."""
        message = describe_problem(error)
        if message is None:
            raise error
        self._say(lambda: message, bad=True)

    # --- input -----------------------------------------------------------------------------------------------
    def _setup_entry(self) -> None:
        entry = self.ui.manual_entry
        # Codes are Latin letters and digits: an active Chinese input method would turn a scanner burst into pinyin.
        entry.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        entry.setInputMethodHints(
            Qt.InputMethodHint.ImhLatinOnly
            | Qt.InputMethodHint.ImhPreferUppercase
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        entry.setMinimumHeight(44)
        entry.returnPressed.connect(self._take_manual_entry)
        self.ui.add_button.clicked.connect(self._take_manual_entry)

    def _setup_buttons(self) -> None:
        for button in (
            self.ui.add_button,
            self.ui.new_button,
            self.ui.discard_button,
            self.ui.submit_button,
            self.ui.issue_button,
        ):
            button.setMinimumHeight(44)  # gloved fingers and a mouse held at arm's length
        self.ui.new_button.clicked.connect(self.new_vehicle)
        self.ui.discard_button.clicked.connect(self.discard)
        self.ui.submit_button.clicked.connect(self.submit)
        self.ui.issue_button.clicked.connect(self.issue)

    def station_keys(self) -> list[tuple[str, Callable[[], None]]]:
        """The station's keys and what they do; the main window binds them for the whole window."""
        return [
            ("F2", self.new_vehicle),
            (CONFIRM_KEY, self.codes.confirm_suggestion),
            ("F9", self.submit),
            ("F10", self.issue),
            *self.editing.keys(),
        ]

    def _take_manual_entry(self) -> None:
        text = self.ui.manual_entry.text().strip()
        if text:
            self.ui.manual_entry.clear()
            self.accept_text(text, source="manual")

    def accept_text(
        self, raw: str, *, symbology: str = "", source: str = "manual", evidence: bytes | None = None
    ) -> None:
        """Any code that reached the station (see :mod:`codes`). ``evidence`` is the camera's confirming
        frame (JPEG), kept as the scan's photo."""
        self.codes.accept_text(raw, symbology=symbology, source=source, evidence=evidence)

    # --- actions ---------------------------------------------------------------------------------------------
    def new_vehicle(self) -> None:
        self.codes.start_working()  # an intake still being opened is not shown; labels already in view do not count
        self.station_camera.forget_reads()  # nor does what the camera confirmed or was confirming until now
        self._sent += 1
        self._shown = self._sent
        self.show_view(None)
        self._say(lambda: "")
        self.ui.manual_entry.setFocus()

    def discard(self) -> None:
        """An open intake thrown away (a mistyped VIN, the wrong vehicle): asked, with a reason; audited and sent."""
        user = self._current_user()
        if user is None or self.view is None:
            return
        intake_id, vin = self.view.intake_id, self.view.facts.vehicle.vin
        ask_reason(
            self,
            text=self.tr(
                "Discard the intake of VIN %1? Its packs are released. Say why (for example: VIN mistyped)."
            ).replace("%1", vin),
            yes_text=self.tr("Discard intake"),
            on_reason=lambda reason: self.send_sequenced(
                intake_edits.discard_intake,
                self._services,
                user,
                self._clock,
                intake_id,
                reason=reason,
                answer=lambda _none: self._discarded(vin),
            ),
        )

    def _discarded(self, vin: str) -> None:
        self.show_view(None)
        self._say(lambda: self.tr("The intake of VIN %1 was discarded.").replace("%1", vin))

    def submit(self) -> None:
        user = self._current_user()
        if user is not None and self.view is not None:
            self.send_sequenced(intake_actions.submit, self._services, user, self._clock, self.view.intake_id)

    def issue(self) -> None:
        user = self._current_user()
        if user is None or self.view is None or not self.ui.issue_button.isEnabled():
            return
        intake_id = self.view.intake_id
        ask(
            self,
            text=self.tr(
                "Issue the certificate for VIN %1? It is numbered and recorded, and can only be voided afterwards."
            ).replace("%1", self.view.facts.vehicle.vin),
            yes_text=self.tr("Issue certificate"),
            on_yes=lambda: self.send_sequenced(
                intake_actions.issue_from_station, self._services, user, self._clock, intake_id, answer=self._issued
            ),
        )

    def send_sequenced(
        self,
        fn: Callable[..., object],
        *args: object,
        answer: Callable[..., None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kw,
    ) -> None:
        self._sent += 1
        seq = self._sent
        deliver = answer or (lambda view: self.show_view(view))
        self._bridge.run(
            fn,
            *args,
            on_done=lambda result: self._answered(seq, result, deliver),
            on_error=on_error or self.refused,
            changes_records=True,  # every call from the intake page records something
            **kw,
        )

    def _answered(self, seq: int, result: object, deliver: Callable[[object], None]) -> None:
        if seq < self._shown:
            # An older request answered after a newer one: its view is stale, but the newer view may have been read
            # before this older write committed (two workers). Read the intake on screen once more, after both.
            user = self._current_user()
            if self.view is not None and user is not None:
                self.send_sequenced(intake_actions.load_view, self._services, user, self.view.intake_id)
            return
        self._shown = seq
        deliver(result)

    def _issued(self, result: tuple[str, IntakeView]) -> None:
        number, view = result
        self.show_view(view)
        self._say(lambda: self.tr("Certificate %1 issued.").replace("%1", number))

    # --- display ---------------------------------------------------------------------------------------------
    def show_view(self, view: IntakeView | None) -> None:
        opened = view is not None and (self.view is None or view.intake_id != self.view.intake_id)
        if view is None or opened:
            self.ui.photos.reset()  # another vehicle: its own photos, the stored ones loaded below
        self.view = view
        if opened:
            self.editing.load_stored_photos(view.intake_id)  # type: ignore[union-attr]
        intake_display.show_view(self.ui, view)
        intake_display.show_buttons(self.ui, view, self._current_user())
        self.editing.update_buttons()

    def _say(self, message: Callable[[], str], *, bad: bool = False) -> None:
        """A message kept in the page's list until read (see :mod:`gui.common.messages`); words as a function so
        that a language switch re-renders it."""
        self.ui.feedback.say(message, bad=bad)

    def _unrecognised(self, payload: str) -> None:
        """The camera read a symbol in enough frames that is no code: say what it held, so nobody waits for it."""
        if self._current_user() is not None:
            self._say(lambda: self.tr("Not a VIN or battery code: %1").replace("%1", payload[:60]), bad=True)

    def show_scanner_burst(self, burst: ScannerBurst) -> None:
        """A handheld-scanner burst: a keyboard-layout problem stays on screen with its fix until a clean scan."""
        self._layout_problem = burst.layout
        self._render_scanner_warning()

    def _render_scanner_warning(self) -> None:
        problem = self._layout_problem
        self.ui.scanner_warning.setVisible(problem is not None)
        self.ui.scanner_warning.setText(layout_problem_text(problem) if problem is not None else "")

    def feedback(self) -> str:
        return self.ui.feedback.latest()

    # --- camera (owned by intake_camera) --------------------------------------------------------------------
    @property
    def camera(self) -> CameraThread | None:
        return self.station_camera.thread

    @property
    def latest_frame(self) -> QImage | None:
        """The newest preview frame, for photos (F5)."""
        return self.station_camera.latest_frame

    @property
    def beeps(self) -> int:
        return self.station_camera.beeps

    def start_camera(self) -> None:
        """Opens the camera, and reads the yard's market for its VIN rule (a yard's market never changes, but the
        database is only read off the UI thread)."""
        self.station_camera.start()
        user = self._current_user()
        if user is not None:
            self._bridge.run(yard_service.yard_record, self._services, user, on_done=self._yard_read, on_error=_no_yard)

    def _yard_read(self, record: YardRecord) -> None:
        self.station_camera.set_vin_rule(strict=vin_check_digit_mandatory(record.profile.market))

    def stop_camera(self) -> None:
        self.station_camera.stop()

    def set_camera_factory(self, factory: Callable[[], ScanEngine] | None) -> None:
        """A new camera source from the settings, without a restart: the running camera is released first."""
        self.station_camera.set_factory(factory, start=self._current_user() is not None)

    def _code_confirmed(self, raw: str, symbology: str, evidence: bytes | None) -> None:
        self.accept_text(raw, symbology=symbology, source="camera", evidence=evidence)

    def _text_confirmed(self, code: str, evidence: bytes | None) -> None:
        self.codes.accept_text(code, source="camera", evidence=evidence, scan_source=ScanSource.TEXT)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.show_view(self.view)
            self.ui.feedback.render()
            self._render_scanner_warning()
            self.station_camera.retranslate()
            self.editing.retranslate()
        super().changeEvent(event)
