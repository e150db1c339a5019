"""The vehicle panel's editor: vehicle facts with live VIN and plate checks (and what the Chinese certificate
prints: plate type, body colour, registration certificate number, engine and drive motor numbers), the owner (the
ID number is never shown in full once recorded: ``mask_owner_id``, and which document it is from), the documents
checklist (with what became of the registration document, for the EU certificate) and the mortgage, theft and
identifier checks.

It only gathers values; the page sends them to ``intake_edits.save_vehicle`` through the bridge.
"""

from __future__ import annotations

import contextlib
import dataclasses

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from dismantler_app.domain.codes import CodeRejected
from dismantler_app.domain.identifiers import mask_owner_id, parse_owner_id, parse_plate
from dismantler_app.domain.records import (
    CheckState,
    DocumentKind,
    Documents,
    Owner,
    Powertrain,
    RegistrationDocumentFate,
    Vehicle,
)
from dismantler_app.domain.vin import parse_vin
from dismantler_app.gui.common.vehicle_text import powertrain_name
from dismantler_app.gui.forms.ui_vehicle_dialog import Ui_VehicleDialog
from dismantler_app.gui.intake.vehicle_choices import (
    ID_DOCUMENTS,
    PLATE_TYPES,
    choice_value,
    fill_choices,
    registration_document_name,
    retranslate_choices,
    show_choice,
)
from dismantler_app.gui.intake.words import check_state_name, reject_reason_text
from dismantler_app.storage.intakes import IntakeRecord

_GOOD, _BAD = "color: #1b5e20;", "color: #b71c1c; font-weight: bold;"
_CHECKS = ("mortgage_check", "theft_check", "identifier_check")


def latin_only(*widgets: QWidget) -> None:
    """Codes are Latin letters and digits: an active Chinese input method would swallow a scanner burst."""
    for widget in widgets:
        widget.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)


class VehicleDialog(QDialog):
    def __init__(self, record: IntakeRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VehicleDialog()
        self.ui.setupUi(self)
        self.record = record
        ui = self.ui
        latin_only(ui.vin, ui.engine_number, ui.motor_number, ui.owner_id)
        for powertrain in Powertrain:
            ui.powertrain.addItem("", powertrain.value)
        fill_choices(ui.plate_type, PLATE_TYPES)
        fill_choices(ui.owner_id_type, ID_DOCUMENTS)
        for fate in RegistrationDocumentFate:
            ui.registration_document.addItem("", fate.value)
        for name in _CHECKS:
            for state in CheckState:
                getattr(ui, name).addItem("", state.value)
        self._retranslate()
        self._fill(record)
        ui.vin.textChanged.connect(self._check_vin)
        ui.plate.textChanged.connect(self._check_plate)
        ui.owner_id.textChanged.connect(self._check_owner_id)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._check_vin()
        self._check_plate()
        self._check_owner_id()
        ui.vin.setFocus()

    def _fill(self, record: IntakeRecord) -> None:
        ui, vehicle, docs, owner = self.ui, record.vehicle, record.documents, record.owner
        ui.vin.setText(vehicle.vin)
        ui.plate.setText(vehicle.plate)
        ui.brand.setText(vehicle.brand)
        ui.model.setText(vehicle.model)
        ui.engine_number.setText(vehicle.engine_number)
        ui.motor_number.setText(vehicle.motor_number)
        ui.body_colour.setText(vehicle.body_colour)
        ui.registration_certificate_number.setText(vehicle.registration_certificate_number)
        show_choice(ui.plate_type, vehicle.plate_type)
        show_choice(ui.owner_id_type, owner.id_document_type)
        ui.registration_document.setCurrentIndex(ui.registration_document.findData(docs.registration_document.value))
        ui.powertrain.setCurrentIndex(ui.powertrain.findData(vehicle.powertrain.value))
        ui.weighed_mass.setValue(vehicle.weighed_mass_kg or 0)
        ui.swap_model.setChecked(vehicle.battery_swap_model)
        ui.frame_present.setChecked(vehicle.frame_present)
        ui.engine_present.setChecked(vehicle.engine_present)
        ui.owner_name.setText(owner.name)
        ui.owner_phone.setText(owner.phone)
        ui.owner_address.setText(owner.address)
        for kind in DocumentKind:
            getattr(ui, f"doc_{kind.value}").setChecked(kind in docs.received)
        for name in _CHECKS:
            combo = getattr(ui, name)
            combo.setCurrentIndex(combo.findData(getattr(docs, name).value))
        ui.owner_statement.setChecked(docs.owner_statement_battery_missing)

    # --- live checks -----------------------------------------------------------------------------------------
    def _check_vin(self) -> None:
        text = self.ui.vin.text()
        try:
            vin = parse_vin(text)
        except CodeRejected as exc:
            self._status(self.ui.vin_status, self.tr("✖ Not a VIN: %1").replace("%1", reject_reason_text(exc.reason)))
            self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        if vin.check_digit_ok:
            self._status(self.ui.vin_status, self.tr("✔ Valid VIN"), good=True)
        else:
            self._status(
                self.ui.vin_status,
                self.tr("⚠ Check digit is %1, expected %2: compare with the vehicle licence")
                .replace("%1", vin.check_char)
                .replace("%2", vin.expected_check_char),
            )
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _check_plate(self) -> None:
        text = self.ui.plate.text().strip()
        if not text:
            self.ui.plate_status.setText("")
            return
        try:
            plate = parse_plate(text)
        except CodeRejected as exc:
            self._status(
                self.ui.plate_status,
                self.tr("⚠ Not a Chinese plate (%1): saved as typed").replace("%1", reject_reason_text(exc.reason)),
            )
            return
        kind = self.tr("new-energy plate") if plate.nev else self.tr("ordinary plate")
        self._status(self.ui.plate_status, self.tr("✔ %1").replace("%1", kind), good=True)

    def _check_owner_id(self) -> None:
        text = self.ui.owner_id.text().strip()
        recorded = self.record.owner.id_number
        # The masked number alone fits the box (the sentence around it was cut off at 1366×768); the sentence is
        # the tooltip and the status line under the box.
        self.ui.owner_id.setPlaceholderText(mask_owner_id(recorded) if recorded else "")
        self.ui.owner_id.setToolTip(
            self.tr("Recorded: %1 (type to replace)").replace("%1", mask_owner_id(recorded)) if recorded else ""
        )
        if not text:
            self.ui.owner_id_status.setText(
                self.tr("Recorded: %1 (type to replace)").replace("%1", mask_owner_id(recorded)) if recorded else ""
            )
            self.ui.owner_id_status.setStyleSheet("")
            return
        try:
            parsed = parse_owner_id(text)
        except CodeRejected as exc:
            self._status(
                self.ui.owner_id_status,
                self.tr("⚠ Not a resident ID number (%1): saved as typed").replace(
                    "%1", reject_reason_text(exc.reason)
                ),
            )
            return
        self._status(self.ui.owner_id_status, self.tr("✔ %1").replace("%1", parsed.masked), good=True)

    @staticmethod
    def _status(label: QLabel, text: str, *, good: bool = False) -> None:
        label.setStyleSheet(_GOOD if good else _BAD)
        label.setText(text)

    # --- what was entered ------------------------------------------------------------------------------------
    def vehicle(self) -> Vehicle:
        ui = self.ui
        plate = ui.plate.text().strip().upper()
        # An unparsed plate is kept as typed: foreign and temporary plates exist; the status line said so.
        with contextlib.suppress(CodeRejected):
            plate = parse_plate(plate).code
        mass = ui.weighed_mass.value()
        return dataclasses.replace(
            self.record.vehicle,
            vin=ui.vin.text().strip().upper(),
            plate=plate,
            brand=ui.brand.text().strip(),
            model=ui.model.text().strip(),
            engine_number=ui.engine_number.text().strip().upper(),
            motor_number=ui.motor_number.text().strip().upper(),
            plate_type=choice_value(ui.plate_type),
            body_colour=ui.body_colour.text().strip(),
            registration_certificate_number=ui.registration_certificate_number.text().strip().upper(),
            powertrain=Powertrain(ui.powertrain.currentData()),
            weighed_mass_kg=float(mass) if mass > 0 else None,
            battery_swap_model=ui.swap_model.isChecked(),
            frame_present=ui.frame_present.isChecked(),
            engine_present=ui.engine_present.isChecked(),
        )

    def documents(self) -> Documents:
        ui = self.ui
        # Replaced, not rebuilt: fields this dialog does not show keep their recorded values.
        return dataclasses.replace(
            self.record.documents,
            received=frozenset(k for k in DocumentKind if getattr(ui, f"doc_{k.value}").isChecked()),
            mortgage_check=CheckState(ui.mortgage_check.currentData()),
            theft_check=CheckState(ui.theft_check.currentData()),
            identifier_check=CheckState(ui.identifier_check.currentData()),
            owner_statement_battery_missing=ui.owner_statement.isChecked(),
            registration_document=RegistrationDocumentFate(ui.registration_document.currentData()),
        )

    def owner(self) -> Owner:
        ui = self.ui
        typed = "".join(ui.owner_id.text().split()).upper()
        # Replaced, not rebuilt: the nationality (EU certificates) and any field this dialog does not show stay.
        return dataclasses.replace(
            self.record.owner,
            name=ui.owner_name.text().strip(),
            id_number=typed or self.record.owner.id_number,
            phone=ui.owner_phone.text().strip(),
            address=ui.owner_address.text().strip(),
            id_document_type=choice_value(ui.owner_id_type),
        )

    def _retranslate(self) -> None:
        ui = self.ui
        for index in range(ui.powertrain.count()):
            ui.powertrain.setItemText(index, powertrain_name(Powertrain(ui.powertrain.itemData(index))))
        for name in _CHECKS:
            combo = getattr(ui, name)
            for index in range(combo.count()):
                combo.setItemText(index, check_state_name(CheckState(combo.itemData(index))))
        combo = ui.registration_document
        for index in range(combo.count()):
            combo.setItemText(index, registration_document_name(RegistrationDocumentFate(combo.itemData(index))))
        retranslate_choices(ui.plate_type, PLATE_TYPES)
        retranslate_choices(ui.owner_id_type, ID_DOCUMENTS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            # The status lines under the boxes are sentences of their own: said again in the new language.
            self._check_vin()
            self._check_plate()
            self._check_owner_id()
        super().changeEvent(event)
