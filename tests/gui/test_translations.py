"""Every visible string is translated; the language switches at runtime; Chinese renders with the shipped font."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dismantler_app.domain.eligibility import BlockCode, NoteCode
from dismantler_app.gui.app import Gui
from dismantler_app.gui.common.banner import BannerState
from dismantler_app.gui.common.error_dialog import ErrorDialog
from dismantler_app.gui.common.i18n import Language, LanguageSwitcher, install_fonts
from dismantler_app.gui.common.reasons import TEMPLATES
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import Yard, open_yard, vin

# Words that stay as they are in Chinese screens: identifiers' names, key names, the language's own name, data.
ALLOWED = ("VIN", "English", "Ctrl", "HEV", "PHEV", "EREV", "BEV", "FCEV", "admin", "gate")
_ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget name, text) for every string a person can see or hover over, in the widget tree of ``root``."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.objectName() or type(widget).__name__
        texts = [widget.toolTip(), widget.windowTitle() if widget.isWindow() else ""]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            texts += [widget.horizontalHeaderItem(i).text() for i in range(widget.columnCount())]
            texts += [widget.item(r, 2).text() for r in range(widget.rowCount()) if widget.item(r, 2)]
        found += [(name, t) for t in texts if t]
    return found


def english_leftovers(root: QWidget, *, data: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    out = []
    for name, text in visible_texts(root):
        rest = text
        for word in (*data, *ALLOWED):
            rest = rest.replace(word, "")
        if _ENGLISH_WORD.search(rest):
            out.append((name, text))
    return out


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def gui(gui_app: QApplication, yard: Yard, tmp_path: Path) -> Iterator[Gui]:
    started = start_gui(gui_app, yard, tmp_path)
    started.window.show()
    yield started
    started.languages.switch(Language.EN)
    started.close()


def test_no_english_is_left_on_any_page_in_chinese(qtbot: QtBot, gui: Gui) -> None:
    gui.window.switch_language(Language.ZH_CN)
    assert english_leftovers(gui.window) == [], "sign-in screen"
    sign_in(qtbot, gui, "admin")
    intake = gui.window.intake
    intake.accept_text("12345")  # not a code: the feedback says so in Chinese
    assert english_leftovers(gui.window) == []
    intake.accept_text(vin(1))  # a new intake: red banner with its reasons, vehicle panel, packs panel
    qtbot.waitUntil(lambda: intake.ui.banner.state is BannerState.BLOCKED, timeout=10_000)
    assert len(intake.ui.banner.reason_lines()) >= 3
    assert english_leftovers(gui.window, data=(vin(1),)) == []


def test_the_language_switches_at_runtime_both_ways(qtbot: QtBot, gui: Gui) -> None:
    sign_in(qtbot, gui, "op")
    nav = gui.window.ui.nav
    assert nav.item(0).text() == "Intake"
    gui.window.ui.language_button.click()
    assert nav.item(0).text() == "入场登记"
    assert gui.window.intake.ui.banner.headline.text().startswith("尚无车辆")
    assert gui.window.intake.ui.issue_button.text() == "出具回收证明 (F10)"
    assert "操作员" in gui.window.ui.signed_in.text()
    gui.window.ui.language_button.click()
    assert nav.item(0).text() == "Intake"
    assert gui.window.intake.ui.issue_button.text() == "Issue certificate (F10)"


def test_the_error_dialog_is_translated(gui_app: QApplication, switcher: LanguageSwitcher) -> None:
    switcher.switch(Language.ZH_CN)
    dialog = ErrorDialog("Traceback: details stay as they are")
    dialog.ui.details.setPlainText("")
    assert english_leftovers(dialog) == []
    dialog.deleteLater()


def test_every_rule_code_has_words_and_the_chinese_keeps_every_field(switcher: LanguageSwitcher) -> None:
    assert set(TEMPLATES) == set(BlockCode) | set(NoteCode)
    switcher.switch(Language.ZH_CN)
    for variants in TEMPLATES.values():
        for template in variants.values():
            translated = QCoreApplication.translate("Reasons", template)
            assert translated != template, template
            fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
            assert fields == {f for _, f, _, _ in string.Formatter().parse(translated) if f}, template


def test_the_shipped_font_draws_chinese(gui_app: QApplication) -> None:
    family = install_fonts(gui_app)
    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "报废机动车回收证明动力蓄电池编码车牌号")
    assert family in QApplication.font().families()


def test_the_chinese_catalogue_calls_the_vin_by_one_name() -> None:
    """GB 16735 names the VIN 车辆识别代号; the colloquial 车架号 beside it made two names for one field."""
    catalogue = Path(__file__).resolve().parents[2] / "dismantler_app/gui/translations/dismantler_zh_CN.ts"
    translations = [t.text or "" for t in ElementTree.parse(catalogue).iter("translation")]
    assert len(translations) > 100
    assert [text for text in translations if "车架号" in text] == []
    assert sum("车辆识别代号" in text for text in translations) >= 15
