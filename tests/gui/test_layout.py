"""Every page and dialog at the smallest yard screen (1366×768) in Chinese and English: no visible one-line label is
narrower than its text (a clipped "车辆识别代号" or "编码" label was found in review), no table header narrower than
its title or pushed out of its table ("Sta", "Expectec" were seen in the guide's screenshots), the side navigation
without a horizontal scroll bar, and a screenshot of each page and dialog to look at
(``build/screenshots/layout_<page>_<language>.png``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QStyle, QTableView, QWidget
from pytestqt.qtbot import QtBot

from dismantler_app.gui.common.i18n import Language
from dismantler_app.gui.intake.declare_dialog import DeclarePacksDialog
from dismantler_app.gui.settings.wizard import FirstRunWizard
from tests.gui.desk_setup import complete_intake
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import Yard, open_yard, pack_code, vin

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


CELL_PADDING = 6  # px: the style's text margin either side of a cell (Fusion: PM_FocusFrameHMargin + 1 = 3)


def clipped_headers(root: QWidget) -> list[tuple[str, str, int, int]]:
    """Visible table columns whose header title needs more width than the column has, or that end outside the
    table's view (the person has to scroll sideways to read them): (table, title, needed, given)."""
    found = []
    for table in root.findChildren(QTableView):
        header = table.horizontalHeader()
        if not (table.isVisible() and header.isVisible()):
            continue
        box = table.parentWidget()
        if box is not None and not box.rect().contains(table.geometry()):  # its box is too narrow for it
            found.append((table.objectName(), "(the table itself)", table.width(), box.width()))
        model, metrics = table.model(), header.fontMetrics()
        padding = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            title = str(model.headerData(section, header.orientation()) or "")
            needed = metrics.horizontalAdvance(title) + padding
            right = header.sectionViewportPosition(section) + header.sectionSize(section)
            if header.sectionSize(section) < needed or right > table.viewport().width() + 1:
                found.append((table.objectName(), title, needed, header.sectionSize(section)))
    return found


def clipped_cells(table: QTableView, columns: list[int]) -> list[str]:
    """Texts in the given columns wider than their column (the cell shows "00…")."""
    found = []
    model = table.model()
    for row in range(model.rowCount()):
        for column in columns:
            index = model.index(row, column)
            text = str(model.data(index) or "")
            font = model.data(index, Qt.ItemDataRole.FontRole) or table.font()
            needed = QFontMetrics(font).horizontalAdvance(text) + CELL_PADDING
            if text and needed > table.columnWidth(column):
                found.append(text)
    return found


def clipped_placeholders(root: QWidget) -> list[tuple[str, str, int, int]]:
    """Empty visible line edits whose grey hint is wider than the box (the owner ID's "Recorded: 3101…" was)."""
    return [
        (edit.objectName(), edit.placeholderText()[:40], needed, edit.width())
        for edit in root.findChildren(QLineEdit)
        if edit.isVisible()
        and not edit.text()
        and edit.placeholderText()
        and (needed := edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 8) > edit.width()
    ]


def layout_problems(root: QWidget) -> dict[str, list]:
    problems = {
        "labels": clipped_labels(root),
        "headers": clipped_headers(root),
        "placeholders": clipped_placeholders(root),
    }
    return {kind: found for kind, found in problems.items() if found}


def _open_an_intake_with_four_packs(qtbot: QtBot, gui) -> None:
    """A yard vehicle carries 1–4 packs: the intake page is looked at with the most."""
    intake = gui.window.intake
    gui.window.show_page("intake")
    intake.accept_text(vin(7))
    qtbot.waitUntil(lambda: intake.view is not None, timeout=10_000)
    for serial in range(1, 5):  # one at a time: each waits for the last to be recorded
        intake.accept_text(pack_code(700 + serial))
        qtbot.waitUntil(lambda: len(intake.view.facts.scanned) == serial, timeout=10_000)  # noqa: B023


def _dialog_problems(qtbot: QtBot, dialog: QDialog, name: str, language: Language) -> dict[str, list]:
    dialog.show()
    qtbot.wait(30)
    dialog.grab().save(str(SCREENSHOTS / f"layout_{name}_{language.value}.png"))
    problems = layout_problems(dialog)
    if dialog.height() > 768 - 60 or dialog.width() > 1366:  # the window's title bar and the task bar
        problems["size"] = [(dialog.width(), dialog.height())]
    return problems


@pytest.mark.parametrize("language", [Language.ZH_CN, Language.EN])
def test_no_label_is_cut_off_on_any_page_at_1366_by_768(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path, language: Language
) -> None:
    complete_intake(yard, 9)  # the desk's queue has a submitted intake to open
    gui = start_gui(gui_app, yard, tmp_path)
    try:
        window = gui.window
        window.resize(1366, 768)
        window.show()
        window.switch_language(language)
        sign_in(qtbot, gui, "admin")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        _open_an_intake_with_four_packs(qtbot, gui)  # the queue, packs and stock tables have rows to size to
        window.intake.submit()
        qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)
        problems = {}
        for entry in window.visible_pages():
            window.show_page(entry.key)
            if entry.key == "supervisor":  # with an intake open: its vehicle, packs and banner take their room
                desk = entry.widget
                qtbot.waitUntil(lambda: desk.ui.queue.rowCount() > 0, timeout=10_000)  # noqa: B023
                qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)
                desk.ui.queue.selectRow(0)
                qtbot.waitUntil(lambda: desk.view is not None, timeout=10_000)  # noqa: B023
                qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)
            qtbot.wait(30)  # the layout settles
            assert window.width() <= 1366 and window.height() <= 768  # nothing forces the window wider
            window.grab().save(str(SCREENSHOTS / f"layout_{entry.key}_{language.value}.png"))
            if found := layout_problems(window):  # the page and the window's own bar (title, who is signed in)
                problems[entry.key] = found
            nav = window.ui.nav
            if nav.horizontalScrollBar().isVisible() or any(
                nav.visualItemRect(nav.item(row)).right() > nav.viewport().width() for row in range(nav.count())
            ):
                problems.setdefault(entry.key, {})["navigation"] = [nav.item(r).text() for r in range(nav.count())]
        assert problems == {}
    finally:
        qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)
        gui.languages.switch(Language.EN)
        gui.close()


@pytest.mark.parametrize("language", [Language.ZH_CN, Language.EN])
def test_the_intake_page_and_its_dialogs_fit_1366_by_768_with_four_packs(
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
        _open_an_intake_with_four_packs(qtbot, gui)
        intake = window.intake
        qtbot.wait(30)
        window.grab().save(str(SCREENSHOTS / f"layout_intake_packs_{language.value}.png"))
        problems = {"intake": layout_problems(window)} if layout_problems(window) else {}
        packs = intake.ui.packs
        # Four rows without scrolling, and the 24-character codes whole.
        assert packs.verticalScrollBar().isVisible() is False
        assert packs.viewport().height() >= 4 * packs.rowHeight(0)
        assert clipped_cells(packs, [0, 1]) == []
        assert intake.ui.photos_box.geometry().top() >= intake.ui.preview.geometry().bottom()
        editing = intake.editing
        declare = DeclarePacksDialog(count=2, codes=(), parent=intake)
        for name, opener in (
            ("vehicle_dialog", editing.edit_vehicle),
            ("triage_dialog", editing.triage),
            ("declare_dialog", lambda: editing._open(declare, lambda: None)),
        ):
            opener()
            qtbot.waitUntil(lambda: editing.dialog is not None, timeout=20_000)
            dialog = editing.dialog
            if found := _dialog_problems(qtbot, dialog, name, language):
                problems[name] = found
            dialog.reject()
            qtbot.waitUntil(lambda: editing.dialog is None, timeout=20_000)
        wizard = FirstRunWizard(
            bridge=gui.bridge, services=yard.ctx, clock=yard.clock, language=language.value, settings_file=None
        )
        qtbot.addWidget(wizard)
        wizard.show()
        for number, page_id in enumerate(wizard.pageIds()):
            wizard.setStartId(page_id)  # each page in turn, without filling in the ones before it
            wizard.restart()
            assert wizard.currentId() == page_id
            if found := _dialog_problems(qtbot, wizard, f"wizard_{number}", language):
                problems[f"wizard page {number}"] = found
        wizard.close()
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
