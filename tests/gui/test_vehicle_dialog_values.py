"""The vehicle dialog keeps an unknown value unknown: a vehicle never weighed shows "—" for its mass (not "0 kg",
which the vehicle panel would contradict) and saves as unknown; the recorded owner ID's placeholder fits its box."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.domain.records import Owner
from dismantler_app.gui.intake.vehicle_dialog import VehicleDialog
from dismantler_app.services import intakes
from tests.services.yard_setup import Yard, bev, open_yard

OWNER_ID = "11010519491231002X"  # the GB 11643-1999 example number


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
