"""The first-run wizard: on a database without users it replaces the sign-in with three short pages — the yard's
details, the admin account, a camera check — then records the yard and its admin through
``services.users.create_first_admin``, keeps the camera in the station settings, and signs the admin in.

Each page is checked before moving on (the same checks the services make, so a refusal at the end is rare, and is
shown on the page it concerns). The camera test runs the real engine on its own thread, as the intake page does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget, QWizard

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.codes import RejectReason
from dismantler_app.domain.permissions import User
from dismantler_app.domain.records import Market
from dismantler_app.gui.camera.probe import probe_cameras
from dismantler_app.gui.camera.station import camera_for
from dismantler_app.gui.camera.worker import CameraThread
from dismantler_app.gui.common.bridge import TaskBridge
from dismantler_app.gui.common.problems import describe_problem
from dismantler_app.gui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from dismantler_app.gui.intake.words import reject_reason_text
from dismantler_app.gui.settings.station import fill_camera_list
from dismantler_app.gui.settings.words import market_name
from dismantler_app.services import users, yard
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.errors import InvalidInput
from dismantler_app.storage import station_settings as files
from dismantler_app.storage.station_settings import StationSettings
from dismantler_app.storage.yard import YardProfile

if TYPE_CHECKING:
    from dismantler_app.gui.app import Gui

_BAD, _GOOD = "color: #b71c1c; font-weight: bold;", "color: #1b5e20;"
YARD_PAGE, ADMIN_PAGE, CAMERA_PAGE = 0, 1, 2


def set_up(
    services: ServiceContext,
    clock: Clock,
    *,
    profile: YardProfile,
    username: str,
    password: str,
    display_name: str,
    settings_file: Path,
    station: StationSettings,
) -> User:
    """The wizard's one write, off the UI thread: yard and admin in one transaction, then this PC's settings."""
    user = users.create_first_admin(
        services,
        clock,
        username=username,
        password=password,
        yard=yard.checked_profile(profile),
        display_name=display_name,
    )
    files.save_station_settings(settings_file, station)
    return user


class FirstRunWizard(QWizard):
    set_up_done = Signal(object, str)  # the admin User, their password (to sign in with)

    def __init__(
        self,
        *,
        bridge: TaskBridge,
        services: ServiceContext,
        clock: Clock,
        language: str,
        settings_file: Path | None = None,
        probe: Callable[[], list[str]] = probe_cameras,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self._bridge, self._services, self._clock = bridge, services, clock
        self._language = language
        self.settings_file = settings_file or files.settings_path(Path(services.store.path).parent)
        self.camera: CameraThread | None = None
        self._busy = False
        self.admin: User | None = None  # set once the yard and its admin are recorded
        ui = self.ui
        for market in Market:
            ui.market.addItem("", market.value)
        ui.camera.setCurrentText("")
        # The cameras that open on this PC, tried off the UI thread; URL, file and folder stay typed or chosen.
        self._bridge.run(probe, on_done=lambda found: fill_camera_list(ui.camera, found))
        for widget in (ui.yard_code, ui.uscc, ui.username, ui.camera):
            widget.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        ui.test_button.clicked.connect(self.test_camera)
        ui.camera_file_button.clicked.connect(self._choose_file)
        ui.camera_folder_button.clicked.connect(self._choose_folder)
        ui.camera.currentTextChanged.connect(lambda _t: self.stop_camera())
        self.currentIdChanged.connect(lambda _i: self.stop_camera())
        self.setMinimumSize(720, 560)
        self._retranslate()

    # --- what was entered ------------------------------------------------------------------------------------
    def profile(self) -> YardProfile:
        ui = self.ui
        return YardProfile(
            code=ui.yard_code.text(),
            name=ui.yard_name.text(),
            market=Market(ui.market.currentData()),
            licence_number=ui.licence.text(),
            uscc=ui.uscc.text(),
            address=ui.address.text(),
        )

    def station(self) -> StationSettings:
        return StationSettings(camera=self.ui.camera.currentText().strip(), language=self._language)

    # --- checks per page -------------------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == YARD_PAGE:
            try:
                checked = yard.checked_profile(self.profile())
            except InvalidInput as exc:
                problem = exc
                self._show(self.ui.yard_status, lambda: self._yard_problem(problem))
                return False
            self.ui.yard_code.setText(checked.code)
            self.ui.uscc.setText(checked.uscc)
            self.ui.yard_status.setText("")
            return True
        if page == ADMIN_PAGE:
            problem = self._admin_problem()
            if problem is not None:
                self._show(self.ui.admin_status, problem)
                return False
            self.ui.admin_status.setText("")
            return True
        if page == CAMERA_PAGE:
            if self.admin is not None:
                return True  # written: Finish may close the wizard now
            self._finish()
            return False  # the wizard closes when the set-up has been written (see _done)
        return super().validateCurrentPage()

    def _yard_problem(self, error: InvalidInput) -> str:
        if error.field == "yard.code":
            return self.tr("The yard code needs 2 to 8 capital letters or digits, for example SH01.")
        if error.field == "yard.name":
            return self.tr("Enter the yard's name (at most 120 characters).")
        if error.field == "yard.uscc":
            reason = (
                reject_reason_text(RejectReason(error.reason))
                if error.reason in {r.value for r in RejectReason}
                else error.reason
            )
            return self.tr("The USCC is not valid (%1): copy it from the business licence.").replace("%1", reason)
        return describe_problem(error) or str(error)

    def _admin_problem(self) -> Callable[[], str] | None:
        ui = self.ui
        name, password = ui.username.text().strip(), ui.password.text()
        if not name or any(ch.isspace() for ch in name) or len(name) > 64:
            return lambda: self.tr("Choose a sign-in name of 1 to 64 characters without spaces.")
        if len(password) < users.MIN_PASSWORD_LENGTH:
            return lambda: self.tr("The password needs at least %n characters.", "", users.MIN_PASSWORD_LENGTH)
        if password != ui.password_again.text():
            return lambda: self.tr("The two passwords differ: type them again.")
        return None

    def _finish(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.stop_camera()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self._show(self.ui.camera_status, lambda: self.tr("Setting up the yard…"), good=True)
        ui = self.ui
        password = ui.password.text()
        self._bridge.run(
            set_up,
            self._services,
            self._clock,
            profile=self.profile(),
            username=ui.username.text().strip(),
            password=password,
            display_name=ui.display_name.text().strip(),
            settings_file=self.settings_file,
            station=self.station(),
            on_done=lambda user: self._done(user, password),
            on_error=self._refused,
        )

    def _done(self, user: User, password: str) -> None:
        self._busy = False
        self.admin = user
        self.set_up_done.emit(user, password)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        message = describe_problem(error)
        if message is None:
            raise error
        field = str(getattr(error, "field", ""))
        if field.startswith("yard"):
            label, page = self.ui.yard_status, YARD_PAGE
        elif field in ("username", "password"):
            label, page = self.ui.admin_status, ADMIN_PAGE
        else:
            label, page = self.ui.camera_status, CAMERA_PAGE
        while self.currentId() > page:
            self.back()
        self._show(label, lambda: message)

    @staticmethod
    def _show(label: QLabel, message: Callable[[], str], *, good: bool = False) -> None:
        label.setStyleSheet(_GOOD if good else _BAD)
        label.setText(message())

    # --- the camera check ------------------------------------------------------------------------------------
    def test_camera(self) -> None:
        self.stop_camera()
        settings = self.station()
        factory = camera_for(settings)
        if factory is None:
            self._show(self.ui.camera_status, lambda: self.tr("No camera chosen: the station works without one."))
            return
        self._show(self.ui.camera_status, lambda: self.tr("Opening the camera…"), good=True)
        self.camera = CameraThread(factory, self)
        worker = self.camera.worker
        worker.frame_ready.connect(self._frame)
        worker.camera_failed.connect(
            lambda text: self._show(self.ui.camera_status, lambda: self.tr("Camera problem: %1").replace("%1", text))
        )
        worker.source_ended.connect(self._source_ended)
        self.camera.start()

    def _source_ended(self, source: str) -> None:
        # A video file played to its end: a check that showed pictures has worked, whatever came after.
        if self.ui.preview.frames_shown == 0:
            message = lambda: self.tr("No picture came from %1: choose another camera.").replace("%1", source)  # noqa: E731
            self._show(self.ui.camera_status, message)

    def _frame(self, image: QImage, overlays: list) -> None:
        self.ui.preview.show_frame(image, overlays)
        if self.ui.preview.frames_shown == 1:
            self._show(self.ui.camera_status, lambda: self.tr("✔ The camera works."), good=True)
        if self.camera is not None:
            self.camera.worker.frame_taken()

    def stop_camera(self) -> None:
        if self.camera is not None:
            camera, self.camera = self.camera, None
            if not camera.stop():
                camera.outlive_owner()  # still releasing: it deletes itself when its thread ends

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Video file"))
        if path:
            self.ui.camera.setCurrentText(path)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder of images"))
        if path:
            self.ui.camera.setCurrentText(path)

    def done(self, result: int) -> None:
        self.stop_camera()  # closing the wizard in any way releases the camera
        super().done(result)

    def _retranslate(self) -> None:
        for index in range(self.ui.market.count()):
            self.ui.market.setItemText(index, market_name(Market(self.ui.market.itemData(index))))
        self.ui.camera.lineEdit().setPlaceholderText(self.tr("No camera"))
        self.ui.camera.setToolTip(self.tr("0 for the first USB camera, rtsp://… or a folder"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)


def offer_first_run(gui: Gui) -> None:
    """Opens the wizard over the sign-in screen when the database has no users yet (asked off the UI thread)."""
    window = gui.window
    services, clock = window.intake.services, window.intake.clock

    def answered(done: bool) -> None:
        if done:
            return
        language = gui.languages.current.value if gui.languages.current else "zh_CN"
        wizard = FirstRunWizard(bridge=gui.bridge, services=services, clock=clock, language=language, parent=window)
        wizard.set_up_done.connect(lambda user, password: _signed_up(gui, wizard, password, user))
        window.first_run = wizard  # type: ignore[attr-defined]  (kept alive, and reachable for tests)
        wizard.open()

    gui.bridge.run(yard.is_set_up, services, on_done=answered)


def _signed_up(gui: Gui, wizard: FirstRunWizard, password: str, user: User) -> None:
    window = gui.window
    window.intake.set_camera_factory(camera_for(wizard.station()))
    window.settings.load()
    # Through the sign-in page's own request: the window signs in exactly as when the person types it.
    window.sign_in.ui.username.setText(user.username)
    window.sign_in.sign_in_requested.emit(user.username, password)
