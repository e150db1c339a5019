"""Languages of the GUI: the CJK font, the Qt Linguist catalogues, and switching language at runtime.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; each page answers it by calling
its form's ``retranslateUi`` and re-rendering its dynamic texts, so a switch needs no restart.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from dismantler_app.resources import asset

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "translations"  # gui/translations
# Droid Sans Fallback covers GB 2312 and most of GB 18030's common set; offscreen Qt and many Linux yard PCs have no
# CJK font at all, and without one every Chinese label renders as empty boxes.
CJK_FONT = asset("fonts", "DroidSansFallbackFull.ttf")
# Readable at arm's length on a 1366×768 screen (issue 4): 12 pt is about 4.2 mm tall at 96 dpi.
BASE_POINT_SIZE = 12


class Language(StrEnum):
    ZH_CN = "zh_CN"
    EN = "en"


def install_fonts(app: QApplication, *, font_file: Path = CJK_FONT) -> str:
    """Loads the shipped CJK font and makes it the fallback of the application font; returns its family name."""
    if not font_file.exists():
        raise FileNotFoundError(f"the CJK font {font_file} is missing; reinstall the app (it ships in assets/fonts)")
    font_id = QFontDatabase.addApplicationFont(str(font_file))
    if font_id < 0:
        raise RuntimeError(f"Qt could not load the font {font_file}; the file may be damaged, reinstall the app")
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(app.font())
    # The system family first (Latin glyphs as the platform draws them), the shipped font for what it lacks.
    font.setFamilies([app.font().family(), family])
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    return family


class LanguageSwitcher:
    """Owns the installed translators; ``switch`` replaces them and Qt retranslates every open widget."""

    def __init__(self, app: QCoreApplication, *, translations_dir: Path = TRANSLATIONS_DIR) -> None:
        self._app = app
        self._dir = translations_dir
        self._installed: list[QTranslator] = []
        self.current: Language | None = None

    def switch(self, language: Language) -> None:
        if language is self.current:
            return
        translators = []
        own = QTranslator(self._app)
        if not own.load(f"dismantler_{language.value}", str(self._dir)):
            raise FileNotFoundError(
                f"the {language.value} catalogue is missing from {self._dir}; run packaging/build_forms.py"
            )
        translators.append(own)
        # Qt's own strings (standard buttons, file dialogs); absent for English, which is Qt's source language.
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{language.value}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        for translator in translators:
            QCoreApplication.installTranslator(translator)
        self._installed = translators
        QLocale.setDefault(QLocale(language.value))
        self.current = language
        # Qt posts LanguageChange; deliver it now so the screens have changed when switch() returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
