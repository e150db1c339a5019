"""Safety triage of one scanned pack (intake step 5): findings, insulation resistance, voltage, state of charge, BMS
fault codes, the risk class, and the quarantine location, which an abnormal pack cannot be saved without.

Measurements not taken stay empty (the spin boxes' lowest value reads "not measured"), never zero: 0 MΩ is a dead
short, not a missing value. ``services.packs.triage_pack`` records the result and checks the same rules again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dismantler_app.domain.records import DamageFlag, RiskClass, Triage
from dismantler_app.gui.forms.ui_triage_dialog import Ui_TriageDialog
from dismantler_app.gui.intake.words import risk_class_name

_NOT_MEASURED = -1


class TriageDialog(QDialog):
    def __init__(
        self,
        *,
        packs: Sequence[str],
        done: Mapping[str, Triage],
        first: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TriageDialog()
        self.ui.setupUi(self)
        self._done = done
        ui = self.ui
        for code in packs:
            ui.pack.addItem(code, code)
        for risk in RiskClass:
            ui.risk_class.addItem("", risk.value)
        self._retranslate()
        ui.pack.currentIndexChanged.connect(lambda _i: self._fill(done.get(self.pack_code())))
        ui.risk_class.currentIndexChanged.connect(self._check)
        ui.quarantine.textChanged.connect(self._check)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        untriaged = [c for c in packs if c not in done]
        start = first or (untriaged[0] if untriaged else (packs[0] if packs else None))
        if start is not None:
            ui.pack.setCurrentIndex(max(0, ui.pack.findData(start)))
        self._fill(done.get(self.pack_code()))
        ui.pack.setFocus()

    def damage_boxes(self) -> dict[DamageFlag, object]:
        return {flag: getattr(self.ui, f"damage_{flag.value}") for flag in DamageFlag}

    def pack_code(self) -> str:
        return self.ui.pack.currentData() or ""

    def _fill(self, triage: Triage | None) -> None:
        ui = self.ui
        triage = triage or Triage(pack_code=self.pack_code())
        for flag, box in self.damage_boxes().items():
            box.setChecked(flag in triage.damage)  # type: ignore[attr-defined]
        ui.insulation.setValue(_NOT_MEASURED if triage.insulation_mohm is None else triage.insulation_mohm)
        ui.voltage.setValue(_NOT_MEASURED if triage.voltage_v is None else triage.voltage_v)
        ui.soc.setValue(_NOT_MEASURED if triage.soc_percent is None else round(triage.soc_percent))
        ui.bms_codes.setText(", ".join(triage.bms_codes))
        ui.risk_class.setCurrentIndex(ui.risk_class.findData(triage.risk_class.value))
        ui.quarantine.setText(triage.quarantine_location)
        self._check()

    def triage(self) -> Triage:
        ui = self.ui

        def measured(value: float) -> float | None:
            return None if value <= _NOT_MEASURED else float(value)

        return Triage(
            pack_code=self.pack_code(),
            damage=frozenset(f for f, box in self.damage_boxes().items() if box.isChecked()),  # type: ignore[attr-defined]
            insulation_mohm=measured(ui.insulation.value()),
            voltage_v=measured(ui.voltage.value()),
            soc_percent=measured(ui.soc.value()),
            bms_codes=tuple(c.strip().upper() for c in ui.bms_codes.text().replace(";", ",").split(",") if c.strip()),
            risk_class=RiskClass(ui.risk_class.currentData()),
            quarantine_location=ui.quarantine.text().strip(),
        )

    def _check(self) -> None:
        risk = RiskClass(self.ui.risk_class.currentData() or RiskClass.NORMAL.value)
        missing_place = risk.is_abnormal and not self.ui.quarantine.text().strip()
        if missing_place:
            self.ui.hint.setStyleSheet("color: #b71c1c; font-weight: bold;")
            self.ui.hint.setText(self.tr("An abnormal pack must be quarantined: enter where it is stored."))
        else:
            self.ui.hint.setText("")
        ok = bool(self.pack_code()) and not missing_place
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def _retranslate(self) -> None:
        ui = self.ui
        for index in range(ui.risk_class.count()):
            ui.risk_class.setItemText(index, risk_class_name(RiskClass(ui.risk_class.itemData(index))))
        for box in (ui.insulation, ui.voltage, ui.soc):
            box.setSpecialValueText(self.tr("not measured"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self._check()
        super().changeEvent(event)
