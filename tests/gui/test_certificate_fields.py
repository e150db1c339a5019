"""A certificate the service will not issue for lack of fields its form prints: the desk names each missing field as
the screens label it and says where to enter it, in English and in Chinese, never a code such as ``plate_type``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.domain.certificate_requirements import CertificateForm, MissingField
from dismantler_app.domain.records import IntakeStatus, Market
from dismantler_app.domain.regulatory import ReportFile
from dismantler_app.gui.app import Gui
from dismantler_app.gui.common.i18n import Language, LanguageSwitcher
from dismantler_app.gui.common.problems import describe_problem
from dismantler_app.gui.desk.page import SupervisorPage
from dismantler_app.services import intakes, packs, review
from dismantler_app.services.errors import CertificateIncomplete
from dismantler_app.services.reports import ReportMarketOff
from tests.gui.desk_setup import add_required_photos
from tests.gui.gui_setup import confirm, sign_in, start_gui
from tests.services.yard_setup import Yard, bev, complete_documents, measured, open_yard, pack_code


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize("field", list(MissingField))
def test_every_missing_field_has_words_in_english_and_chinese(field: MissingField, switcher: LanguageSwitcher) -> None:
    error = CertificateIncomplete(CertificateForm.CN, [field])
    english = describe_problem(error)
    assert english and english.startswith("The certificate cannot be issued:\n• ") and "_" not in english
    switcher.switch(Language.ZH_CN)
    chinese = describe_problem(error)
    assert chinese and chinese.startswith("无法出具回收证明：") and _has_chinese(chinese.split("\n", 1)[1])
    assert "_" not in chinese and field.value not in chinese


def test_a_report_of_a_market_the_yard_does_not_report_to_says_who_can_turn_it_on(switcher: LanguageSwitcher) -> None:
    error = ReportMarketOff(ReportFile.NMVTIS, Market.US, Market.CN)
    english = describe_problem(error)
    assert english and "US report" in english and "Settings › Policy" in english
    switcher.switch(Language.ZH_CN)
    chinese = describe_problem(error)
    assert chinese and "美国" in chinese and "设置 › 回收证明规则" in chinese


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def gui(qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path) -> Iterator[Gui]:
    started = start_gui(gui_app, yard, tmp_path)
    started.window.resize(1366, 768)
    started.window.show()
    yield started
    qtbot.waitUntil(lambda: started.bridge.in_flight == 0, timeout=10_000)
    started.languages.switch(Language.EN)
    started.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _approved_without_plate_type_and_colour(yard: Yard) -> str:
    ctx, op, sup, clock = yard.ctx, yard.operator, yard.supervisor, yard.clock
    vehicle = bev(7, plate_type="", body_colour="")
    intake_id = intakes.create_intake(ctx, op, clock, vehicle=vehicle, documents=complete_documents())
    codes = (pack_code(71), pack_code(72))
    packs.load_registered_packs(ctx, sup, clock, intake_id, codes=codes)
    for code in codes:
        packs.record_scan(ctx, op, clock, intake_id, payload=code)
        packs.triage_pack(ctx, op, clock, intake_id, triage=measured(code))
    add_required_photos(yard, intake_id)
    intakes.submit_for_review(ctx, op, clock, intake_id)
    intakes.approve(ctx, sup, clock, intake_id)
    return intake_id


def _issue_refused(qtbot: QtBot, page: SupervisorPage, intake_id: str, *, says: str) -> str:
    with qtbot.waitSignal(page.view_shown, timeout=10_000):
        page.select_intake(intake_id)
    page.ui.issue_button.click()
    confirm(qtbot, page)
    qtbot.waitUntil(lambda: says in page.feedback(), timeout=10_000)
    return page.feedback()


def test_the_desk_names_each_missing_field_in_english_then_in_chinese(qtbot: QtBot, gui: Gui, yard: Yard) -> None:
    intake_id = _approved_without_plate_type_and_colour(yard)
    sign_in(qtbot, gui, "sup")
    gui.window.show_page("supervisor")
    page: SupervisorPage = next(p.widget for p in gui.window.pages if p.key == "supervisor")  # type: ignore[assignment]

    english = _issue_refused(qtbot, page, intake_id, says="The certificate cannot be issued")
    assert "The plate type is missing." in english and "The body colour is missing." in english
    assert "plate_type" not in english and "body_colour" not in english
    assert english.index("plate type") < english.index("body colour")  # the order the sheet prints them

    gui.window.switch_language(Language.ZH_CN)
    chinese = _issue_refused(qtbot, page, intake_id, says="无法出具回收证明")
    assert "缺少号牌种类。" in chinese and "缺少车身颜色。" in chinese
    assert "plate" not in chinese and "colour" not in chinese
    # nothing was issued: the intake waits, approved, for the fields
    assert intakes.get_intake(yard.ctx, yard.supervisor, intake_id).status is IntakeStatus.APPROVED
    assert review.issued_certificate(yard.ctx, yard.supervisor, intake_id) is None
