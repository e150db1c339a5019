"""The settings page's station form: this PC's own settings (language, text size, station name, camera, resolution,
symbologies, scanner affixes, lock time, head office account), shown from and read back into :class:`StationSettings`.

The camera list holds the device numbers that opened when probed (``gui/camera_probe``, off the UI thread), and
the box stays editable for a stream URL, a video file or a folder. The head office password is never shown again
once saved: the box stays empty with "stored" as its hint, and an empty box keeps the stored password."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox

from dismantler_app.gui.common.i18n import Language
from dismantler_app.gui.common.text_size import TextSize
from dismantler_app.gui.forms.ui_settings_page import Ui_SettingsPage
from dismantler_app.storage import station_settings as files
from dismantler_app.storage.station_settings import StationSettings

# Each language is named in itself, so a person can find their own whatever the current language is.
LANGUAGE_NAMES = ((Language.ZH_CN, "中文"), (Language.EN, "English"))


def fill_choices(ui: Ui_SettingsPage) -> None:
    for language, name in LANGUAGE_NAMES:
        ui.language.addItem(name, language.value)
    for size in TextSize:
        ui.text_size.addItem(size.value, size.value)  # worded by retranslate
    for width, height in files.RESOLUTIONS:
        ui.resolution.addItem(f"{width} × {height}", [width, height])


def show_cameras(ui: Ui_SettingsPage, found: Iterable[str]) -> None:
    """The probed device numbers as the list's choices; what the box shows (a number, URL or path) stays."""
    fill_camera_list(ui.camera, found)


def fill_camera_list(combo: QComboBox, found: Iterable[str]) -> None:
    shown = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    for number in found:
        combo.addItem(number, number)
        tip = QCoreApplication.translate("SettingsPage", "Camera %1 (found on this PC)").replace("%1", number)
        combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentText(shown)
    combo.blockSignals(False)


def symbology_boxes(ui: Ui_SettingsPage) -> dict[str, QCheckBox]:
    return {name: getattr(ui, f"symbology_{name}") for name in files.SYMBOLOGY_NAMES}


def show_settings(ui: Ui_SettingsPage, settings: StationSettings) -> None:
    # The language box shows the language on screen (the main window sets it), not the one in the file.
    show_text_size(ui, settings.text_size)
    ui.station.setText(settings.station)
    ui.camera.setCurrentText(settings.camera)
    ui.resolution.setCurrentIndex(max(0, ui.resolution.findData(list(settings.resolution))))
    for name, box in symbology_boxes(ui).items():
        box.setChecked(name in settings.symbologies)
    ui.use_pyzbar.setChecked(settings.use_pyzbar)
    ui.scanner_prefix.setText(settings.scanner_prefix)
    ui.scanner_suffix.setText(settings.scanner_suffix)
    ui.idle_lock.setValue(settings.idle_lock_minutes)
    ui.hub_url.setText(settings.hub_url)
    ui.hub_user.setText(settings.hub_user)
    ui.hub_secret.clear()  # never shown in clear again, not even as dots of the right length
    show_secret_hint(ui, stored=bool(settings.hub_secret))


def show_text_size(ui: Ui_SettingsPage, value: str) -> None:
    ui.text_size.setCurrentIndex(max(0, ui.text_size.findData(value)))


def text_size_name(size: TextSize) -> str:
    return {
        TextSize.NORMAL: QCoreApplication.translate("SettingsPage", "Normal"),
        TextSize.LARGE: QCoreApplication.translate("SettingsPage", "Large"),
        TextSize.LARGER: QCoreApplication.translate("SettingsPage", "Larger"),
    }[size]


def show_secret_hint(ui: Ui_SettingsPage, *, stored: bool) -> None:
    # Says where the password lives before one is saved, and that one is there after (never the password itself).
    ui.hub_secret.setPlaceholderText(
        QCoreApplication.translate("SettingsPage", "stored")
        if stored
        else QCoreApplication.translate("SettingsPage", "kept on this PC only")
    )
    ui.hub_secret.setToolTip(
        QCoreApplication.translate("SettingsPage", "A password is stored on this PC: type a new one to replace it.")
        if stored
        else ""
    )


def form_settings(ui: Ui_SettingsPage, stored: StationSettings) -> StationSettings:
    """What the form shows, on top of ``stored`` (so keys this page does not edit are kept)."""
    return dataclasses.replace(
        stored,
        station=ui.station.text().strip(),
        camera=ui.camera.currentText().strip(),
        resolution=tuple(ui.resolution.currentData()),
        symbologies=tuple(sorted(n for n, box in symbology_boxes(ui).items() if box.isChecked())),
        use_pyzbar=ui.use_pyzbar.isChecked(),
        scanner_prefix=ui.scanner_prefix.text(),
        scanner_suffix=ui.scanner_suffix.text(),
        language=ui.language.currentData(),
        text_size=ui.text_size.currentData(),
        idle_lock_minutes=ui.idle_lock.value(),
        hub_url=ui.hub_url.text().strip(),
        hub_user=ui.hub_user.text().strip(),
        hub_secret=ui.hub_secret.text() or stored.hub_secret,  # an empty box keeps the stored password
    )


def retranslate(ui: Ui_SettingsPage, stored: StationSettings, *, running_demo: bool = False) -> None:
    if running_demo:  # the demo's camera runs without a setting of its own: say so, not "No camera"
        placeholder = QCoreApplication.translate("SettingsPage", "Demo camera (running; labels played from a folder)")
    else:
        placeholder = QCoreApplication.translate("SettingsPage", "No camera")
    ui.camera.lineEdit().setPlaceholderText(placeholder)
    for index in range(ui.text_size.count()):
        ui.text_size.setItemText(index, text_size_name(TextSize(ui.text_size.itemData(index))))
    tip = QCoreApplication.translate(
        "SettingsPage",
        "A camera number (0, 1, …), a stream URL (rtsp://…), a video file or a folder. Empty: no camera (handheld "
        "scanner and typing only).",
    )
    ui.camera.setToolTip(tip)
    ui.idle_lock.setSuffix(QCoreApplication.translate("SettingsPage", " min without use"))
    show_secret_hint(ui, stored=bool(stored.hub_secret))
