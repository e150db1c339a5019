"""The vehicle dialog keeps an unknown value unknown: a vehicle never weighed shows "—" for its mass (not "0 kg",
which the vehicle panel would contradict) and saves as unknown; the recorded owner ID's placeholder fits its box.
Every field the certificate prints (plate type, body colour, registration certificate number, motor number, the
owner's ID document, what became of the registration document) is saved through the service and shown again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.domain.records import Owner, RegistrationDocumentFate
from dismantler_app.gui.common.i18n import Language, LanguageSwitcher
from dismantler_app.gui.intake.edits import save_vehicle
from dismantler_app.gui.intake.vehicle_dialog import VehicleDialog
from dismantler_app.services import intakes
from tests.services.yard_setup import Yard, bev, open_yard

OWNER_ID = "11010519491231002X"  # the GB 11643-1999 example number
SCREENSHOTS = Path(__file__).resolve().parents[2] / "benchmarks" / "out" / "screens"


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    yield opened
    opened.close()


def _dialog(qtbot: QtBot, yard: Yard, **vehicle: object) -> VehicleDialog:
    owner = Owner(name="刘洋", id_number=OWNER_ID)
    intake_id = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(41, **vehicle), owner=owner)
    dialog = VehicleDialog(intakes.get_intake(yard.ctx, yard.operator, intake_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_vehicle_never_weighed_shows_a_dash_and_stays_unweighed(
    qtbot: QtBot, gui_app: QApplication, yard: Yard
) -> None:
    dialog = _dialog(qtbot, yard)
    assert dialog.ui.weighed_mass.text() == "—"
    assert dialog.vehicle().weighed_mass_kg is None
    dialog.ui.weighed_mass.setValue(1850)
    assert dialog.ui.weighed_mass.text().replace("\u00a0", " ") == "1850 kg"
    assert dialog.vehicle().weighed_mass_kg == 1850.0


def test_a_weighed_vehicle_shows_its_mass(qtbot: QtBot, gui_app: QApplication, yard: Yard) -> None:
    dialog = _dialog(qtbot, yard, weighed_mass_kg=1620.0)
    assert dialog.ui.weighed_mass.text().replace("\u00a0", " ") == "1620 kg"
    assert dialog.vehicle().weighed_mass_kg == 1620.0


def test_the_recorded_owner_id_fits_its_box_and_says_how_to_replace_it(
    qtbot: QtBot, gui_app: QApplication, yard: Yard
) -> None:
    dialog = _dialog(qtbot, yard)
    box = dialog.ui.owner_id
    assert box.text() == "" and box.placeholderText() == "1101**********002X"
    assert box.fontMetrics().horizontalAdvance(box.placeholderText()) + 8 <= box.width()
    assert "type to replace" in dialog.ui.owner_id_status.text()


def test_every_field_the_certificate_prints_is_entered_saved_and_shown_again(
    qtbot: QtBot, gui_app: QApplication, yard: Yard
) -> None:
    dialog = _dialog(qtbot, yard, plate_type="", body_colour="", registration_certificate_number="", motor_number="")
    ui = dialog.ui
    ui.plate_type.setCurrentIndex(ui.plate_type.findData("小型新能源汽车"))
    ui.body_colour.setText("珍珠白")
    ui.registration_certificate_number.setText("310001234567")
    ui.engine_number.setText("")
    ui.motor_number.setText("tz220xs1234567")
    ui.owner_id_type.setCurrentIndex(ui.owner_id_type.findData("居民身份证"))
    ui.registration_document.setCurrentIndex(ui.registration_document.findData(RegistrationDocumentFate.DESTROYED))
    intake_id = dialog.record.id
    save_vehicle(
        yard.ctx,
        yard.operator,
        yard.clock,
        intake_id,
        vehicle=dialog.vehicle(),
        documents=dialog.documents(),
        owner=dialog.owner(),
    )
    stored = intakes.get_intake(yard.ctx, yard.operator, intake_id)
    vehicle = stored.vehicle
    assert (vehicle.plate_type, vehicle.body_colour) == ("小型新能源汽车", "珍珠白")
    assert (vehicle.registration_certificate_number, vehicle.motor_number) == ("310001234567", "TZ220XS1234567")
    assert stored.owner.id_document_type == "居民身份证"
    assert stored.owner.id_number == OWNER_ID  # the recorded number is kept when the box is left empty
    assert stored.documents.registration_document is RegistrationDocumentFate.DESTROYED

    again = VehicleDialog(stored)
    qtbot.addWidget(again)
    assert again.ui.plate_type.currentData() == "小型新能源汽车"
    assert again.ui.body_colour.text() == "珍珠白"
    assert again.ui.registration_certificate_number.text() == "310001234567"
    assert again.ui.motor_number.text() == "TZ220XS1234567"
    assert again.ui.owner_id_type.currentData() == "居民身份证"
    assert again.ui.registration_document.currentData() == RegistrationDocumentFate.DESTROYED.value


def test_a_plate_type_or_id_document_not_offered_is_kept_as_typed(
    qtbot: QtBot, gui_app: QApplication, yard: Yard
) -> None:
    dialog = _dialog(qtbot, yard, plate_type="使馆汽车")
    assert dialog.ui.plate_type.currentText() == "使馆汽车"
    assert dialog.vehicle().plate_type == "使馆汽车"
    dialog.ui.owner_id_type.setEditText("  军官证 ")
    assert dialog.owner().id_document_type == "军官证"
    dialog.ui.owner_id_type.setEditText("")
    assert dialog.owner().id_document_type == ""


def test_in_chinese_the_choices_are_the_printed_names_and_english_shows_them_beside(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, switcher: LanguageSwitcher
) -> None:
    dialog = _dialog(qtbot, yard, plate_type="小型新能源汽车")
    assert dialog.ui.plate_type.currentText() == "Small new-energy vehicle (小型新能源汽车)"
    switcher.switch(Language.ZH_CN)
    assert dialog.ui.plate_type.currentText() == "小型新能源汽车"
    assert dialog.ui.plate_type_label.text() == "号牌种类(&Y)"
    assert dialog.ui.motor_number_label.text() == "电动机号码(&U)"
    index = dialog.ui.registration_document.findData(RegistrationDocumentFate.SURRENDERED.value)
    assert dialog.ui.registration_document.itemText(index) == "已随车交回"
    assert dialog.vehicle().plate_type == "小型新能源汽车"
    assert dialog.ui.vin_status.text() == "✔ 车辆识别代号有效"
    dialog.adjustSize()
    qtbot.waitUntil(lambda: dialog.ui.vin_label.width() >= dialog.ui.vin_label.sizeHint().width(), timeout=20_000)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / "vehicle_dialog_zh.png"))
