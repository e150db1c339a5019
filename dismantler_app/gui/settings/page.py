"""Settings: this station's own settings (a JSON file in the data folder) and the yard's policy (admins only).
This module wires the page; the station form is ``settings_station``, the yard's details ``settings_yard`` and the
policy ``settings_policy``.

Station settings are read and written through the bridge (the UI thread never touches the disk). A damaged settings
file is shown as such and only replaced when the person confirms on saving; the damaged copy is kept. The language
switches at once; the camera, the scanner affixes and the lock time apply on saving (``station_saved``); the station
name is stamped on scans from the next start. The yard's details (``settings_yard``) and its policy are changed by
an administrator through ``services.yard.update_yard_details`` and ``update_policy``, which check the role again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QWidget

from dismantler_app.domain.permissions import Action
from dismantler_app.domain.policy import Policy
from dismantler_app.gui.camera import probe as camera_probe
from dismantler_app.gui.common.context import PageContext
from dismantler_app.gui.common.i18n import Language
from dismantler_app.gui.common.problems import describe_problem
from dismantler_app.gui.common.text_size import set_text_role
from dismantler_app.gui.forms.ui_settings_page import Ui_SettingsPage
from dismantler_app.gui.settings import policy as settings_policy
from dismantler_app.gui.settings import station as settings_station
from dismantler_app.gui.settings import yard as settings_yard
from dismantler_app.gui.settings.words import form_problem, market_name
from dismantler_app.services import yard
from dismantler_app.services.errors import InvalidInput
from dismantler_app.storage import station_settings as files
from dismantler_app.storage.station_settings import StationSettings, StationSettingsCorrupt
from dismantler_app.storage.yard import YardRecord


def _load_or_defaults(path: Path, defaults: StationSettings) -> StationSettings:
    """The stored settings, or ``defaults`` (the running station's) while there is no file yet."""
    return files.load_station_settings(path) if path.exists() else defaults


class SettingsPage(QWidget):
    language_chosen = Signal(str)
    text_size_chosen = Signal(str)  # gui/common/text_size.TextSize's value, applied by the window at once
    station_saved = Signal(object)  # StationSettings, once on disk

    def __init__(
        self,
        context: PageContext,
        *,
        settings_file: Path | None = None,
        probe: Callable[[], list[str]] = camera_probe.probe_cameras,
        running_station: str | None = None,
        running_camera: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        bridge, services, clock, current_user = context.bridge, context.services, context.clock, context.current_user
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self._bridge, self._services, self._clock, self._current_user = bridge, services, clock, current_user
        # The data folder is where the database lives (composition.Settings), so the file sits next to it.
        self.settings_file = settings_file or files.settings_path(Path(services.store.path).parent)
        # Before station.json exists the form starts from the name this app runs under (``--station``), not the
        # file's default: saving the form unchanged must not rename the station.
        self._defaults = StationSettings(station=running_station) if running_station else StationSettings()
        self.stored = self._defaults
        self.damaged: str | None = None  # what is wrong with the file on disk, until it is replaced
        self.yard: YardRecord | None = None
        self._status: Callable[[], str] = lambda: ""
        self._running_camera = running_camera or (lambda: None)  # the factory the station runs now
        self._probe = probe  # which camera numbers open here; injected by tests (no camera hardware there)
        settings_station.fill_choices(self.ui)
        settings_policy.fill_choices(self.ui)
        set_text_role(self.ui.heading, "heading")
        self.ui.language.activated.connect(self._language_activated)
        self.ui.text_size.activated.connect(self._text_size_activated)
        self.ui.save_station_button.clicked.connect(self.save_station)
        self.ui.save_policy_button.clicked.connect(self.save_policy)
        self.ui.save_yard_button.clicked.connect(self.save_yard_details)
        self.ui.camera_file_button.clicked.connect(self._choose_camera_file)
        self.ui.camera_folder_button.clicked.connect(self._choose_camera_folder)
        for button in (self.ui.save_station_button, self.ui.save_policy_button, self.ui.save_yard_button):
            button.setMinimumHeight(44)
        self._retranslate()
        self.load()

    # --- station settings ------------------------------------------------------------------------------------
    def probe_cameras(self) -> None:
        """Lists the cameras that open on this PC (tried off the UI thread)."""
        self._bridge.run(self._probe, on_done=lambda found: settings_station.show_cameras(self.ui, found))

    def symbology_boxes(self) -> dict[str, QCheckBox]:
        return settings_station.symbology_boxes(self.ui)

    def load(self) -> None:
        self._bridge.run(
            _load_or_defaults, self.settings_file, self._defaults, on_done=self._loaded, on_error=self._load_failed
        )

    def _loaded(self, settings: StationSettings) -> None:
        self.stored, self.damaged = settings, None
        self.show_settings(settings)

    def _load_failed(self, error: BaseException) -> None:
        if not isinstance(error, StationSettingsCorrupt):
            raise error
        self.damaged = error.detail
        self.show_settings(self.stored)
        self._say(
            lambda: self.tr("The settings file is damaged (%1). Check the settings and save to replace it.").replace(
                "%1", error.detail
            ),
            bad=True,
        )

    def show_settings(self, settings: StationSettings) -> None:
        settings_station.show_settings(self.ui, settings)

    def form_settings(self) -> StationSettings:
        """What the form shows, on top of what was stored (so keys this page does not edit are kept)."""
        return settings_station.form_settings(self.ui, self.stored)

    def save_station(self, *, confirmed: bool = False) -> None:
        settings = self.form_settings()
        problem = form_problem(settings)
        if problem is not None:
            self._say(problem, bad=True)
            return
        if self.damaged is not None and not confirmed:
            self._confirm_replace(settings)
            return
        replace = self.damaged is not None
        write = files.replace_corrupt_settings if replace else files.save_station_settings
        self._bridge.run(write, self.settings_file, settings, on_done=lambda _r: self._saved(settings))

    def _confirm_replace(self, settings: StationSettings) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Replace the damaged settings file?"),
            self.tr("The settings file cannot be read (%1). Replace it with the settings shown? A copy of the damaged "
                    "file is kept next to it.").replace("%1", self.damaged or ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda result: self.save_station(confirmed=True) if result == QMessageBox.StandardButton.Yes else None
        )
        self.replace_question = box
        box.open()

    def _saved(self, settings: StationSettings) -> None:
        renamed = settings.station != self.stored.station
        self.stored, self.damaged = settings, None
        settings_station.show_settings(self.ui, settings)  # the password box empties: "stored" from now on
        self.station_saved.emit(settings)
        if renamed:
            self._say(lambda: self.tr("Saved. The new station name is used from the next start."))
        else:
            self._say(lambda: self.tr("Station settings saved."))

    def _language_activated(self, index: int) -> None:
        value = self.ui.language.itemData(index)
        self.language_chosen.emit(value)
        if self.damaged is None:  # the language is kept at once; a damaged file waits for a confirmed save
            self.stored = dataclasses.replace(self.stored, language=value)
            self._bridge.run(files.save_station_settings, self.settings_file, self.stored)

    def _text_size_activated(self, index: int) -> None:
        value = self.ui.text_size.itemData(index)
        self.text_size_chosen.emit(value)
        if self.damaged is None:  # kept at once, like the language: the next start opens at the same size
            self.stored = dataclasses.replace(self.stored, text_size=value)
            self._bridge.run(files.save_station_settings, self.settings_file, self.stored)

    def show_language(self, language: Language) -> None:
        self.ui.language.setCurrentIndex(self.ui.language.findData(language.value))

    def _choose_camera_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Video file"), "", self.tr("Video files (*.mp4 *.avi *.mkv *.mov);;All files (*)")
        )
        if path:
            self.ui.camera.setCurrentText(path)

    def _choose_camera_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder of images"))
        if path:
            self.ui.camera.setCurrentText(path)

    # --- the yard --------------------------------------------------------------------------------------------
    def refresh_yard(self) -> None:
        user = self._current_user()
        if user is not None:
            self._bridge.run(yard.yard_record, self._services, user, on_done=self._show_yard, on_error=self._refused)

    def _show_yard(self, record: YardRecord) -> None:
        self.yard = record
        settings_policy.show_policy(self.ui, record.policy)
        settings_yard.show_profile(self.ui, record.profile)
        self._render_yard()

    def _render_yard(self) -> None:
        user = self._current_user()
        admin = user is not None and user.may(Action.MANAGE_YARD)
        settings_policy.set_editable(self.ui, admin)
        self.ui.save_policy_button.setToolTip("" if admin else self.tr("Only an administrator can change the policy."))
        settings_yard.set_editable(self.ui, admin and self.yard is not None)
        record = self.yard
        if record is None:
            self.ui.yard_details.setText("")
            return
        self.ui.yard_details.setText(self.tr("Market: %1").replace("%1", market_name(record.profile.market)))

    def save_yard_details(self) -> None:
        user = self._current_user()
        if user is None or self.yard is None:
            return
        self._bridge.run(
            yard.update_yard_details,
            self._services,
            user,
            self._clock,
            profile=settings_yard.form_profile(self.ui, self.yard.profile),
            on_done=lambda _r: (self._say(lambda: self.tr("Yard details saved.")), self.refresh_yard()),
            changes_records=True,
            on_error=self._refused,
        )

    def policy_from_form(self) -> Policy:
        assert self.yard is not None
        return settings_policy.form_policy(self.ui, self.yard.policy)

    def save_policy(self) -> None:
        user = self._current_user()
        if user is None or self.yard is None:
            return
        policy = self.policy_from_form()
        self._bridge.run(
            yard.update_policy,
            self._services,
            user,
            self._clock,
            policy=policy,
            on_done=lambda _r: (self._say(lambda: self.tr("Policy saved.")), self.refresh_yard()),
            changes_records=True,
            on_error=self._refused,
        )

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput) and settings_yard.yard_problem(error) is not None:
            box = settings_yard.box_of(error)
            if box is not None:
                getattr(self.ui, box).setFocus()
            self._say(lambda: settings_yard.yard_problem(error) or "", bad=True)
            return
        message = describe_problem(error)
        if message is None:
            raise error
        self._say(lambda: message, bad=True)

    # --- display ---------------------------------------------------------------------------------------------
    def _say(self, message: Callable[[], str], *, bad: bool = False) -> None:
        self._status = message
        self.ui.status.setStyleSheet("color: #b71c1c; font-weight: bold;" if bad else "color: #1b5e20;")
        self.ui.status.setText(message())

    def status_text(self) -> str:
        return self.ui.status.text()

    def _retranslate(self) -> None:
        settings_station.retranslate(
            self.ui, self.stored, running_demo=bool(getattr(self._running_camera(), "demo", False))
        )
        settings_policy.retranslate(self.ui)
        self._render_yard()
        self.ui.status.setText(self._status())

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_yard()
        self._retranslate()  # the running camera may have changed since
        self.probe_cameras()  # each time the page is opened: a webcam plugged in meanwhile shows up
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
