"""Settings: the language switch (中文/English, at runtime), the station and the lock time as they are set."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from dismantler_app.gui.forms.ui_settings_page import Ui_SettingsPage
from dismantler_app.gui.i18n import Language

# Each language is named in itself, so a person can find their own whatever the current language is.
LANGUAGE_NAMES = ((Language.ZH_CN, "中文"), (Language.EN, "English"))


class SettingsPage(QWidget):
    language_chosen = Signal(str)

    def __init__(self, *, station: str, idle_lock_seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        for language, name in LANGUAGE_NAMES:
            self.ui.language.addItem(name, language.value)
        self.ui.station.setText(station)
        self._idle_lock_seconds = idle_lock_seconds
        self._render()
        self.ui.language.activated.connect(lambda i: self.language_chosen.emit(self.ui.language.itemData(i)))

    def show_language(self, language: Language) -> None:
        self.ui.language.setCurrentIndex(self.ui.language.findData(language.value))

    def _render(self) -> None:
        minutes = max(1, round(self._idle_lock_seconds / 60))
        self.ui.idle_lock.setText(self.tr("%n minute(s) without use", "", minutes))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._render()
        super().changeEvent(event)
