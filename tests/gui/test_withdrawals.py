"""Taking a mistake back from the screen: the operator unlinks a pack before submission and discards a mistyped
intake, a supervisor unlinks a pack after submission at the desk, a photo is deleted; each asks for a reason, and
an empty reason is refused in words by the service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.domain.records import IntakeStatus
from dismantler_app.gui.app import Gui
from dismantler_app.gui.common.confirm import answer_yes
from dismantler_app.services import intakes
from tests.gui.desk_setup import submitted_intake
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import Yard, open_yard, pack_code, vin


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
    started.close()


def _answer(qtbot: QtBot, asker: object, reason: str) -> None:
    qtbot.waitUntil(lambda: getattr(asker, "confirmation", None) is not None, timeout=20_000)
    answer_yes(asker.confirmation, reason)  # type: ignore[attr-defined]


def test_the_operator_unlinks_a_mistaken_pack_then_discards_a_mistyped_intake(
    qtbot: QtBot, gui: Gui, yard: Yard
) -> None:
    sign_in(qtbot, gui, "op")
    page = gui.window.intake
    page.accept_text(vin(3))
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    page.accept_text(pack_code(9))
    qtbot.waitUntil(lambda: len(page.view.facts.scanned) == 1, timeout=10_000)
    page.ui.packs.setCurrentCell(0, 1)
    page.editing.unlink_selected_pack()
    _answer(qtbot, page, "")  # no reason: the service refuses, in words
    qtbot.waitUntil(lambda: "Please fill in: reason" in page.feedback(), timeout=10_000)
    assert len(page.view.facts.scanned) == 1
    page.editing.unlink_selected_pack()
    _answer(qtbot, page, "label of the next car")
    qtbot.waitUntil(lambda: page.view.facts.scanned == (), timeout=10_000)
    assert pack_code(9) in page.feedback()

    intake_id = page.view.intake_id
    assert page.ui.discard_button.isEnabled()
    page.ui.discard_button.click()
    _answer(qtbot, page, "VIN mistyped")
    qtbot.waitUntil(lambda: page.view is None, timeout=10_000)
    assert "discarded" in page.feedback()
    assert intakes.get_intake(yard.ctx, yard.supervisor, intake_id).status is IntakeStatus.CANCELLED


def test_a_supervisor_unlinks_a_pack_of_a_submitted_intake_at_the_desk(qtbot: QtBot, gui: Gui, yard: Yard) -> None:
    intake_id = submitted_intake(yard, 5, registered=(pack_code(51),), scanned=(pack_code(51), pack_code(59)))
    sign_in(qtbot, gui, "sup")
    gui.window.show_page("supervisor")
    desk = next(p.widget for p in gui.window.pages if p.key == "supervisor")
    with qtbot.waitSignal(desk.view_shown, timeout=10_000):
        desk.select_intake(intake_id)
    row = next(i for i, r in enumerate(desk.ui.packs.rows) if r.scanned == pack_code(59))
    desk.ui.packs.setCurrentCell(row, 1)
    desk.unlink_selected_pack()
    _answer(qtbot, desk, "scanned from the shelf by mistake")
    qtbot.waitUntil(
        lambda: [p.code for p in intakes.intake_facts(yard.ctx, yard.supervisor, intake_id).scanned] == [pack_code(51)],
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)


def test_the_desk_reads_the_intake_again_when_another_page_changes_it(qtbot: QtBot, gui: Gui, yard: Yard) -> None:
    from dismantler_app.services import packs

    intake_id = submitted_intake(yard, 6, registered=(pack_code(61),), scanned=(pack_code(61), pack_code(69)))
    sign_in(qtbot, gui, "sup")
    gui.window.show_page("supervisor")
    desk = next(p.widget for p in gui.window.pages if p.key == "supervisor")
    with qtbot.waitSignal(desk.view_shown, timeout=10_000):
        desk.select_intake(intake_id)
    assert len(desk.view.facts.scanned) == 2
    # a write made elsewhere in this window (through the same bridge, as every page writes)
    gui.bridge.run(
        packs.unlink_pack, yard.ctx, yard.supervisor, yard.clock, intake_id, code=pack_code(69), reason="shelf",
        changes_records=True,
    )  # fmt: skip
    qtbot.waitUntil(lambda: len(desk.view.facts.scanned) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)


def test_the_new_history_lines_have_words() -> None:
    from dismantler_app.gui.common.record_words import action_name

    for action in ("unlink_pack", "discard_intake", "delete_photo"):
        assert action_name(action) != action and "_" not in action_name(action)
