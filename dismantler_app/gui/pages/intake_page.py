"""The intake station: live preview, the vehicle and its packs, the code entry, and the banner that always says
whether this vehicle can get its certificate and why not.

Every code — confirmed by the camera, burst in by a handheld scanner, or typed — goes through :meth:`accept_text`:
classified here (pure and sub-millisecond), written through the bridge (never on the UI thread), and answered with a
fresh view of the intake. Views carry a sequence number so that a slow answer never overwrites a newer one.
A camera read also keeps its evidence frame (taken from the engine by :mod:`station_camera`) as the scan's photo.
The editing tools (vehicle, declared packs, photos, triage) live in :mod:`intake_editing`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from dismantler_app.domain.classifier import classify
from dismantler_app.domain.clock import Clock
from dismantler_app.domain.codes import CodeKind
from dismantler_app.domain.identifiers import mask_owner_id
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import IntakeStatus, PhotoKind
from dismantler_app.domain.scanner_input import LayoutDiagnosis, ScannerBurst
from dismantler_app.gui import intake_actions, intake_edits
from dismantler_app.gui.bridge import TaskBridge
from dismantler_app.gui.camera_worker import CameraThread
from dismantler_app.gui.forms.ui_intake_page import Ui_IntakePage
from dismantler_app.gui.intake_actions import IntakeView
from dismantler_app.gui.pack_rows import pack_rows
from dismantler_app.gui.pages.intake_editing import IntakeEditing
from dismantler_app.gui.pages.intake_text import layout_problem_text
from dismantler_app.gui.ports import ScanEngine
from dismantler_app.gui.problems import describe_problem
from dismantler_app.gui.station_camera import CameraNotices, EvidenceShelf, TappedEngine
from dismantler_app.gui.vehicle_text import vehicle_lines
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.packs import ScanOutcome, ScanResult


class IntakePage(QWidget):
    def __init__(
        self,
        *,
        bridge: TaskBridge,
        services: ServiceContext,
        clock: Clock,
        current_user: Callable[[], User | None],
        camera: Callable[[], ScanEngine] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_IntakePage()
        self.ui.setupUi(self)
        self._bridge, self._services, self._clock = bridge, services, clock
        self._current_user = current_user
        self._camera_factory = camera
        self.camera: CameraThread | None = None
        self.latest_frame: QImage | None = None  # the newest preview frame, for photos (F5)
        self.evidence = EvidenceShelf()
        self.notices = CameraNotices(self)
        self.notices.unrecognised.connect(self._unrecognised)
        self.ui.scanner_warning.setVisible(False)
        self._layout_problem: LayoutDiagnosis | None = None
        self.ui.scanner_warning.setStyleSheet("color: #e65100; font-weight: bold;")
        self.view: IntakeView | None = None
        self._sent = 0  # sequence of requests sent
        self._shown = 0  # sequence of the request whose view is on screen
        self.beeps = 0
        self._feedback: Callable[[], str] = lambda: ""
        self._setup_entry()
        self._setup_buttons()
        self.editing = IntakeEditing(self)
        self._show_view(None)

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
            self._show_view(view)
            if said is not None:
                self._say(said)

        self._send(fn, self._services, user, self._clock, *args, answer=shown, **kw)

    def say(self, message: Callable[[], str]) -> None:
        self._say(message)

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
        for button in (self.ui.add_button, self.ui.new_button, self.ui.submit_button, self.ui.issue_button):
            button.setMinimumHeight(44)  # gloved fingers and a mouse held at arm's length
        self.ui.new_button.clicked.connect(self.new_vehicle)
        self.ui.submit_button.clicked.connect(self.submit)
        self.ui.issue_button.clicked.connect(self.issue)
        for key, slot in (("F2", self.new_vehicle), ("F9", self.submit), ("F10", self.issue)):
            QShortcut(QKeySequence(key), self, activated=slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _take_manual_entry(self) -> None:
        text = self.ui.manual_entry.text().strip()
        if text:
            self.ui.manual_entry.clear()
            self.accept_text(text, source="manual")

    def accept_text(
        self, raw: str, *, symbology: str = "", source: str = "manual", evidence: bytes | None = None
    ) -> None:
        """Any code that reached the station. Decides what it is and what to do with it. ``evidence`` is the
        camera's confirming frame (JPEG), kept as the scan's photo."""
        user = self._current_user()
        if user is None:
            return
        found = classify(raw)
        if found.kind is CodeKind.VIN and found.code:
            if self.view is None:
                self._say(lambda: self.tr("Opening the intake for VIN %1…").replace("%1", found.code or ""))
                self._send(
                    intake_edits.open_with_evidence,
                    self._services,
                    user,
                    self._clock,
                    found.code,
                    evidence=evidence,
                    answer=lambda view: self._opened(view, evidence),
                )
            elif found.code == self.view.facts.vehicle.vin:
                self._record(user, raw, symbology, evidence)
            else:
                vin = self.view.facts.vehicle.vin
                self._say(
                    lambda: self.tr("This intake is for VIN %1. Press New vehicle (F2) first.").replace("%1", vin)
                )
        elif found.kind is CodeKind.BATTERY and found.code:
            if self.view is None:
                self._say(lambda: self.tr("Scan or type the VIN first, then the battery packs."))
            else:
                self._record(user, raw, symbology, evidence)
        else:
            self._say(lambda: self.tr("Not a VIN or battery code: %1").replace("%1", raw[:60]))

    def _opened(self, view: IntakeView, evidence: bytes | None) -> None:
        self._show_view(view)
        if evidence:
            self.editing.show_evidence(view.intake_id, PhotoKind.VIN, evidence)

    def _record(self, user: User, raw: str, symbology: str, evidence: bytes | None) -> None:
        assert self.view is not None
        self._send(
            intake_edits.record_scan,
            self._services,
            user,
            self._clock,
            self.view.intake_id,
            payload=raw,
            symbology=symbology,
            evidence=evidence,
            answer=lambda result: self._scan_answered(result, evidence),
        )

    # --- actions ---------------------------------------------------------------------------------------------
    def new_vehicle(self) -> None:
        self._sent += 1
        self._shown = self._sent
        self._show_view(None)
        self._say(lambda: "")
        self.ui.manual_entry.setFocus()

    def submit(self) -> None:
        user = self._current_user()
        if user is not None and self.view is not None:
            self._send(intake_actions.submit, self._services, user, self._clock, self.view.intake_id)

    def issue(self) -> None:
        user = self._current_user()
        if user is None or self.view is None or not self.ui.issue_button.isEnabled():
            return
        self._send(
            intake_actions.issue_from_station,
            self._services,
            user,
            self._clock,
            self.view.intake_id,
            answer=self._issued,
        )

    def _send(self, fn: Callable[..., object], *args: object, answer: Callable[..., None] | None = None, **kw) -> None:
        self._sent += 1
        seq = self._sent
        deliver = answer or (lambda view: self._show_view(view))
        self._bridge.run(
            fn, *args, on_done=lambda result: self._answered(seq, result, deliver), on_error=self.refused, **kw
        )

    def _answered(self, seq: int, result: object, deliver: Callable[[object], None]) -> None:
        if seq < self._shown:
            return  # an older request answered after a newer one: its view is stale
        self._shown = seq
        deliver(result)

    def _scan_answered(self, result: tuple[ScanOutcome, IntakeView], evidence: bytes | None = None) -> None:
        outcome, view = result
        self._show_view(view)
        code = outcome.code
        if evidence:
            is_vin = outcome.result in (ScanResult.VIN_MATCHES, ScanResult.VIN_MISMATCH)
            kind = PhotoKind.VIN if is_vin else PhotoKind.BATTERY_LABEL
            self.editing.show_evidence(view.intake_id, kind, evidence)
        messages = {
            ScanResult.PACK_RECORDED: lambda: self.tr("Battery pack %1 recorded.").replace("%1", code),
            ScanResult.PACK_ALREADY_SCANNED: lambda: self.tr("Battery pack %1 was already scanned.").replace(
                "%1", code
            ),
            ScanResult.PACK_LINKED_ELSEWHERE: lambda: (
                self.tr("Battery pack %1 belongs to another vehicle (%2).")
                .replace("%1", code)
                .replace("%2", outcome.other_vin or "")
            ),
            ScanResult.VIN_MATCHES: lambda: self.tr("VIN confirmed on the vehicle."),
            ScanResult.VIN_MISMATCH: lambda: self.tr("The VIN scanned does not match this intake."),
        }
        self._say(messages[outcome.result])

    def _issued(self, result: tuple[str, IntakeView]) -> None:
        number, view = result
        self._show_view(view)
        self._say(lambda: self.tr("Certificate %1 issued.").replace("%1", number))

    # --- display ---------------------------------------------------------------------------------------------
    def _show_view(self, view: IntakeView | None) -> None:
        if view is None or self.view is None or view.intake_id != self.view.intake_id:
            self.ui.photos.reset()  # another vehicle: its photos start from the evidence taken from now on
        self.view = view
        ui = self.ui
        lines = vehicle_lines(view.record if view else None, empty="—")
        for label, key in (
            (ui.vin_value, "vin"),
            (ui.plate_value, "plate"),
            (ui.owner_value, "owner"),
            (ui.powertrain_value, "powertrain"),
            (ui.mass_value, "mass"),
            (ui.documents_value, "documents"),
        ):
            label.setText(lines[key])
        if view is not None and view.record.owner.id_number:
            ui.owner_value.setText(f"{lines['owner']} · {mask_owner_id(view.record.owner.id_number)}")
        ui.vin_value.setStyleSheet("font-size: 15pt; font-weight: bold; font-family: monospace;")
        if view is None:
            ui.banner.show_no_vehicle()
            ui.packs.show_rows([])
            ui.packs_summary.setText("")
        else:
            ui.banner.show_eligibility(view.eligibility)
            ui.packs.show_rows(pack_rows(view.facts, view.eligibility))
            expected = view.facts.expected
            ui.packs_summary.setText(
                self.tr("Expected: %1   Scanned: %2")
                .replace("%1", str(expected.expected_count) if expected else "?")
                .replace("%2", str(len({p.code for p in view.facts.scanned})))
            )
        self._update_buttons()
        self.editing.update_buttons()

    def _update_buttons(self) -> None:
        user = self._current_user()
        view = self.view
        editable = view is not None and view.record.status in intake_actions.RESUMABLE
        self.ui.submit_button.setEnabled(editable and view.record.status is IntakeStatus.OPEN)  # type: ignore[union-attr]
        may_issue = user is not None and user.may(Action.ISSUE_CERTIFICATE)
        eligible = view is not None and view.eligibility.eligible and view.record.status is not IntakeStatus.CERTIFIED
        self.ui.issue_button.setEnabled(bool(may_issue and eligible))
        if not may_issue:
            self.ui.issue_button.setToolTip(self.tr("Only a supervisor can issue certificates."))
        elif not eligible:
            self.ui.issue_button.setToolTip(self.tr("Not possible yet: see the red banner for what is missing."))
        else:
            self.ui.issue_button.setToolTip("")

    def _say(self, message: Callable[[], str], *, bad: bool = False) -> None:
        """Feedback kept as a function so that a language switch re-renders it."""
        self._feedback = message
        self.ui.feedback.setStyleSheet("color: #b71c1c; font-weight: bold;" if bad else "")
        self.ui.feedback.setText(message())

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
        return self.ui.feedback.text()

    # --- camera ----------------------------------------------------------------------------------------------
    def start_camera(self) -> None:
        if self._camera_factory is None:
            self.ui.preview.show_message(self.tr("No camera set up: use a handheld scanner or type the codes."))
            return
        if self.camera is not None and self.camera.running:
            return
        self.ui.preview.show_message("")
        factory = self._camera_factory
        self.camera = CameraThread(lambda: TappedEngine(factory(), shelf=self.evidence, notices=self.notices), self)
        worker = self.camera.worker
        worker.frame_ready.connect(self._frame_arrived)
        worker.code_confirmed.connect(self._code_confirmed)
        worker.camera_failed.connect(
            lambda text: self.ui.preview.show_message(self.tr("Camera problem: %1").replace("%1", text))
        )
        self.camera.start()

    def stop_camera(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.camera = None

    def set_camera_factory(self, factory: Callable[[], ScanEngine] | None) -> None:
        """A new camera source from the settings, without a restart: the running camera is released first."""
        running = self.camera is not None
        self.stop_camera()
        self._camera_factory = factory
        self.latest_frame = None
        if running or (factory is not None and self._current_user() is not None):
            self.start_camera()

    def _frame_arrived(self, image: QImage, overlays: list) -> None:
        self.ui.preview.show_frame(image, overlays)
        self.latest_frame = image
        if self.camera is not None:
            self.camera.worker.frame_taken()

    def _code_confirmed(self, raw: str, symbology: str) -> None:
        self.beeps += 1
        QApplication.beep()
        self.ui.preview.flash()
        evidence = self.evidence.take(raw)
        self.accept_text(raw, symbology=symbology, source="camera", evidence=evidence.jpeg if evidence else None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_view(self.view)
            self.ui.feedback.setText(self._feedback())
            self._render_scanner_warning()
        super().changeEvent(event)
