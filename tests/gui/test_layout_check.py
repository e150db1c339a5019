"""The cut-text finder used by the layout acceptance (tests/gui/layout_check.py) finds what a person would see cut:
a label narrower than its words, a word-wrapped label lower than its lines, a button whose words touch its frame,
a header section narrower than its title; and passes the same widgets once they have their room."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from dismantler_app.gui.common.text_size import TextSize, apply_text_size
from tests.gui.layout_check import cut_texts


def _names(root: QWidget) -> list[str]:
    return sorted(cut.widget for cut in cut_texts(root, page="test"))


def test_the_finder_names_each_cut_text_and_passes_it_once_it_has_room(qtbot: QtBot, gui_app: QApplication) -> None:
    apply_text_size(gui_app, TextSize.NORMAL)  # the app's style sheet: buttons keep room either side of their words
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(900, 600)
    label = QLabel("车辆识别代号 VIN", root)
    label.setObjectName("vin_label")
    label.setGeometry(0, 0, 30, 30)
    wrapped = QLabel("Battery pack 071PB01DEMO001B5H0000399 was scanned where another is registered.", root)
    wrapped.setObjectName("reason")
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 40, 200, 20)
    button = QPushButton("Start background sync", root)
    button.setObjectName("background_button")
    button.setGeometry(0, 100, button.fontMetrics().horizontalAdvance(button.text()) + 4, 40)
    table = QTableWidget(1, 2, root)
    table.setObjectName("packs")
    table.setHorizontalHeaderLabels(["Expected", "State"])
    table.setGeometry(0, 200, 400, 200)
    table.setColumnWidth(0, 20)
    root.show()
    qtbot.waitExposed(root)
    assert _names(root) == ["background_button", "packs header", "reason", "vin_label"]

    label.resize(label.sizeHint().width(), 30)
    wrapped.resize(320, wrapped.heightForWidth(320))  # the 24-character code is one word: it needs 256 px
    button.resize(button.sizeHint().width(), 40)
    table.setColumnWidth(0, 120)
    assert cut_texts(root, page="test") == []
