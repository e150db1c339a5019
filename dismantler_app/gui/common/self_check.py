"""The Qt half of ``dismantler --self-test``: Qt starts offscreen, the CJK font loads, the catalogues translate.

Each function returns a short description of what it found or raises with a message saying what is wrong; the
self-test command (``cli/selftest.py``) times them and reports. Nothing here installs a translator or changes the
application font, so calling them in a running app or a test process leaves it as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from dismantler_app.gui.common.i18n import CJK_FONT, TRANSLATIONS_DIR, Language

# A string every build shows (the intake page's title in the side list): if it does not translate, none do.
KNOWN_CONTEXT = "MainWindow"
KNOWN_SOURCE = QT_TRANSLATE_NOOP("MainWindow", "Intake")


def ensure_application() -> QGuiApplication:
    """The running application, or a new one on the offscreen platform (no display needed, as on a build server).

    A widgets ``QApplication``, not a bare ``QGuiApplication``: a later window in the same process needs one.
    """
    existing = QApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QApplication(["dismantler-self-test", "-platform", "offscreen"])


def check_qt() -> str:
    app = ensure_application()
    return f"Qt {qVersion()} on the {app.platformName()} platform"


def check_font(font_file: Path = CJK_FONT) -> str:
    ensure_application()
    if not font_file.is_file():
        raise FileNotFoundError(f"the CJK font {font_file} is missing; reinstall the app (it ships in assets/fonts)")
    font_id = QFontDatabase.addApplicationFont(str(font_file))
    if font_id < 0:
        raise RuntimeError(f"Qt could not load the font {font_file}; the file may be damaged, reinstall the app")
    families = QFontDatabase.applicationFontFamilies(font_id)
    return f"{font_file.name} loads as {', '.join(families)}"


def check_translations(translations_dir: Path = TRANSLATIONS_DIR) -> str:
    """Every catalogue loads; the Chinese one turns a known string into Chinese text."""
    found = []
    for language in Language:
        translator = QTranslator()
        if not translator.load(f"dismantler_{language.value}", str(translations_dir)):
            raise FileNotFoundError(f"the {language.value} catalogue (.qm) is missing or damaged in {translations_dir}")
        text = translator.translate(KNOWN_CONTEXT, KNOWN_SOURCE)
        if language is Language.ZH_CN and (not text or not any("\u4e00" <= ch <= "\u9fff" for ch in text)):
            raise ValueError(f"the zh_CN catalogue does not translate {KNOWN_SOURCE!r} (got {text!r}); rebuild it")
        found.append(f"{language.value}: {KNOWN_SOURCE!r} → {text or KNOWN_SOURCE!r}")
    return "; ".join(found)
