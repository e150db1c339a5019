"""Every page at the smallest yard screen (1366×768) in Chinese and English: no visible one-line label is narrower
than its text (a clipped "车辆识别代号" or "编码" label was found in review), and a screenshot of each page to look at
(``build/screenshots/layout_<page>_<language>.png``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from dismantler_app.gui.i18n import Language
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import Yard, open_yard

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    yield opened
    opened.close()


def clipped_labels(root: QWidget) -> list[tuple[str, str, int, int]]:
    """Visible one-line labels whose text needs more width than they have: (name, text, needed, given)."""
    return [
        (label.objectName(), label.text()[:40], label.sizeHint().width(), label.width())
        for label in root.findChildren(QLabel)
        if label.isVisible() and label.text() and not label.wordWrap() and label.sizeHint().width() > label.width()
    ]


@pytest.mark.parametrize("language", [Language.ZH_CN, Language.EN])
def test_no_label_is_cut_off_on_any_page_at_1366_by_768(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path, language: Language
) -> None:
    gui = start_gui(gui_app, yard, tmp_path)
    try:
        window = gui.window
        window.resize(1366, 768)
        window.show()
        window.switch_language(language)
        sign_in(qtbot, gui, "admin")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        problems = {}
        for entry in window.visible_pages():
            window.show_page(entry.key)
            qtbot.wait(30)  # the layout settles
            assert window.width() <= 1366 and window.height() <= 768  # nothing forces the window wider
            window.grab().save(str(SCREENSHOTS / f"layout_{entry.key}_{language.value}.png"))
            if clipped := clipped_labels(window):  # the page and the window's own bar (title, who is signed in)
                problems[entry.key] = clipped
        assert problems == {}
    finally:
        qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)
        gui.languages.switch(Language.EN)
        gui.close()


def test_the_check_finds_a_label_too_narrow_for_its_text(qtbot: QtBot, gui_app: QApplication) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("车辆识别代号 VIN", root)
    label.setObjectName("vin_label")
    label.setGeometry(0, 0, 30, 20)
    root.show()
    assert [name for name, *_ in clipped_labels(root)] == ["vin_label"]
    label.resize(label.sizeHint().width(), 20)
    assert clipped_labels(root) == []
