"""The hand-over of one pack: the receiving enterprise, its type (carmaker's outlet, cascade use, recycling), its
identifier (a unified social credit code or, for an enterprise without one, its D-U-N-S number: one of the two), the
pack model, quantity, destination and date, as ``services.handovers.hand_over_pack`` takes them.

The number is checked as it is typed, against the scheme chosen, only to help: the service decides, and the page
shows its refusal here, in words, with the dialog still open.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from dismantler_app.domain.codes import CodeRejected
from dismantler_app.domain.receivers import ReceiverIdScheme, ReceiverType, parse_receiver_id
from dismantler_app.gui.forms.ui_handover_dialog import Ui_HandoverDialog

RECEIVER_TYPES: dict[ReceiverType, str] = {
    ReceiverType.RECYCLING: QT_TRANSLATE_NOOP("HandoverDialog", "Recycling enterprise"),
    ReceiverType.CASCADE_USE: QT_TRANSLATE_NOOP("HandoverDialog", "Cascade-use enterprise"),
    ReceiverType.CARMAKER_OUTLET: QT_TRANSLATE_NOOP("HandoverDialog", "Carmaker's collection or service outlet"),
}
_GOOD, _BAD, _HINT = "color: #1b5e20;", "color: #b71c1c;", "color: #455a64;"


class HandoverDialog(QDialog):
    """Gathers one hand-over; ``request()`` is the keyword arguments for ``hand_over_pack``."""

    def __init__(self, pack_code: str, vin: str, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoverDialog()
        self.ui.setupUi(self)
        self.pack_code, self.vin = pack_code, vin
        ui = self.ui
        # Its own button, not the box's standard Ok: the box words a standard button again after a language switch.
        self._hand_over = ui.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        # Codes are Latin letters and digits: an active Chinese input method would turn typing into pinyin.
        ui.receiver_id.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        ui.handed_over_on.setDate(QDate(today.year, today.month, today.day))
        ui.handed_over_on.setMaximumDate(QDate(today.year, today.month, today.day))
        for kind in RECEIVER_TYPES:
            ui.receiver_type.addItem("", kind.value)
        ui.receiver_id.textChanged.connect(self._check_id)
        ui.scheme_uscc.toggled.connect(self._check_id)
        ui.receiver_name.textChanged.connect(self._update_button)
        ui.buttons.rejected.connect(self.reject)
        self._retranslate()
        self._check_id()

    @property
    def hand_over_button(self) -> QPushButton:
        return self._hand_over

    def scheme(self) -> ReceiverIdScheme:
        return ReceiverIdScheme.DUNS if self.ui.scheme_duns.isChecked() else ReceiverIdScheme.USCC

    def request(self) -> dict[str, Any]:
        """What was entered, for ``hand_over_pack`` (the USCC or the D-U-N-S number, the other left empty)."""
        ui = self.ui
        number = ui.receiver_id.text().strip().upper()
        duns = self.scheme() is ReceiverIdScheme.DUNS
        return {
            "pack_code": self.pack_code,
            "receiver_name": ui.receiver_name.text(),
            "receiver_uscc": "" if duns else number,
            "receiver_duns": number if duns else "",
            "receiver_type": ReceiverType(ui.receiver_type.currentData()),
            "pack_model": ui.pack_model.text().strip(),
            "quantity": ui.quantity.value(),
            "destination": ui.destination.text().strip(),
            "handed_over_on": ui.handed_over_on.date().toPython(),
        }

    def show_refusal(self, message: str) -> None:
        self.ui.feedback.setStyleSheet(f"{_BAD} font-weight: bold;")
        self.ui.feedback.setText(message)

    def _check_id(self) -> None:
        ui = self.ui
        text = ui.receiver_id.text().strip()
        duns = self.scheme() is ReceiverIdScheme.DUNS
        ui.receiver_id.setMaxLength(11 if duns else 18)  # 9 digits, dashes allowed as printed (12-345-6789)
        if not text:
            hint = (
                self.tr("Enter the receiver's 9-digit D-U-N-S number.")
                if duns
                else self.tr("Enter the receiver's 18-character unified social credit code.")
            )
            ui.id_check.setStyleSheet(_HINT)
            ui.id_check.setText(hint)
        else:
            try:
                parse_receiver_id(text, self.scheme())
            except CodeRejected:
                ui.id_check.setStyleSheet(_BAD)
                ui.id_check.setText(
                    self.tr("✖ Not a valid D-U-N-S number: 9 digits")
                    if duns
                    else self.tr("✖ Not a valid credit code: check each character")
                )
            else:
                ui.id_check.setStyleSheet(_GOOD)
                ui.id_check.setText(self.tr("✔ Valid D-U-N-S number") if duns else self.tr("✔ Valid credit code"))
        self._update_button()

    def _update_button(self) -> None:
        # Enabled with any text: a wrong number is refused by the service with its reason, never silently ignored.
        ui = self.ui
        self.hand_over_button.setEnabled(bool(ui.receiver_name.text().strip() and ui.receiver_id.text().strip()))

    def _retranslate(self) -> None:
        ui = self.ui
        ui.pack_line.setText(self.tr("Pack %1 of vehicle %2").replace("%1", self.pack_code).replace("%2", self.vin))
        self.hand_over_button.setText(self.tr("&Hand over"))
        for index in range(ui.receiver_type.count()):
            kind = ReceiverType(ui.receiver_type.itemData(index))
            ui.receiver_type.setItemText(index, QCoreApplication.translate("HandoverDialog", RECEIVER_TYPES[kind]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self._check_id()
        super().changeEvent(event)
