"""Safety triage of one scanned pack (intake step 5): the three signs answered yes or no (visible damage, leakage,
swelling), the temperature, insulation resistance, voltage, state of charge, BMS fault codes, the risk class the
operator chooses, and the quarantine location, which an abnormal pack cannot be saved without.

Nothing is chosen for the operator: every sign and the risk class start at "— choose —", and measurements not taken
stay empty (the spin boxes' lowest value reads "not measured"), never zero: 0 MΩ is a dead short, not a missing
value. Save stays disabled, and the hint names what is still missing (``domain.intake_gates.missing_triage_fields``
under the yard's policy), so Enter cannot save an empty form; ``services.packs.triage_pack`` refuses it again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from dismantler_app.domain.intake_gates import missing_triage_fields
from dismantler_app.domain.policy import Policy
from dismantler_app.domain.records import DamageFlag, RiskClass, Triage
from dismantler_app.gui.common.problems import field_names
from dismantler_app.gui.forms.ui_triage_dialog import Ui_TriageDialog
from dismantler_app.gui.intake.words import risk_class_name

_NOT_MEASURED = -1
_NO_TEMPERATURE = -50
SIGNS = (DamageFlag.VISIBLE_DAMAGE, DamageFlag.LEAK, DamageFlag.SWELLING)
HISTORY = (DamageFlag.FIRE_HISTORY, DamageFlag.FLOOD_HISTORY)


class TriageDialog(QDialog):
    def __init__(
        self,
        *,
        packs: Sequence[str],
        done: Mapping[str, Triage],
        first: str | None = None,
        policy: Policy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TriageDialog()
        self.ui.setupUi(self)
        self._done = done
        self._policy = policy or Policy()
        ui = self.ui
        for code in packs:
            ui.pack.addItem(code, code)
        for box in self.sign_boxes().values():
            for value in (None, False, True):
                box.addItem("", value)
            box.currentIndexChanged.connect(self._check)
        ui.risk_class.addItem("", None)
        for risk in RiskClass:
            ui.risk_class.addItem("", risk.value)
        self._retranslate()
        ui.pack.currentIndexChanged.connect(lambda _i: self._fill(done.get(self.pack_code())))
        ui.risk_class.currentIndexChanged.connect(self._check)
        ui.quarantine.textChanged.connect(self._check)
        for spin in (ui.temperature, ui.insulation, ui.voltage):
            spin.valueChanged.connect(self._check)
        ui.buttons.accepted.connect(self._accept_if_complete)
        ui.buttons.rejected.connect(self.reject)
        untriaged = [c for c in packs if c not in done]
        start = first or (untriaged[0] if untriaged else (packs[0] if packs else None))
        if start is not None:
            ui.pack.setCurrentIndex(max(0, ui.pack.findData(start)))
        self._fill(done.get(self.pack_code()))
        ui.pack.setFocus()

    def sign_boxes(self) -> dict[DamageFlag, QComboBox]:
        return {flag: getattr(self.ui, f"sign_{flag.value}") for flag in SIGNS}

    def history_boxes(self) -> dict[DamageFlag, object]:
        return {flag: getattr(self.ui, f"damage_{flag.value}") for flag in HISTORY}

    def pack_code(self) -> str:
        return self.ui.pack.currentData() or ""

    def _fill(self, triage: Triage | None) -> None:
        ui = self.ui
        triage = triage or Triage(pack_code=self.pack_code())
        for flag, box in self.sign_boxes().items():
            answer = (flag in triage.damage) if flag in triage.checked else None
            box.setCurrentIndex(box.findData(answer))
        for flag, check in self.history_boxes().items():
            check.setChecked(flag in triage.damage)  # type: ignore[attr-defined]
        ui.temperature.setValue(_NO_TEMPERATURE if triage.temperature_c is None else triage.temperature_c)
        ui.insulation.setValue(_NOT_MEASURED if triage.insulation_mohm is None else triage.insulation_mohm)
        ui.voltage.setValue(_NOT_MEASURED if triage.voltage_v is None else triage.voltage_v)
        ui.soc.setValue(_NOT_MEASURED if triage.soc_percent is None else round(triage.soc_percent))
        ui.bms_codes.setText(", ".join(triage.bms_codes))
        risk = triage.risk_class.value if triage.risk_class is not None else None
        ui.risk_class.setCurrentIndex(max(0, ui.risk_class.findData(risk)))
        ui.quarantine.setText(triage.quarantine_location)
        self._check()

    def triage(self) -> Triage:
        ui = self.ui

        def measured(value: float, empty: float = _NOT_MEASURED) -> float | None:
            return None if value <= empty else float(value)

        answers = {flag: box.currentData() for flag, box in self.sign_boxes().items()}
        history = frozenset(f for f, box in self.history_boxes().items() if box.isChecked())  # type: ignore[attr-defined]
        risk = ui.risk_class.currentData()
        return Triage(
            pack_code=self.pack_code(),
            damage=frozenset(f for f, yes in answers.items() if yes) | history,
            checked=frozenset(f for f, yes in answers.items() if yes is not None),
            temperature_c=measured(ui.temperature.value(), _NO_TEMPERATURE),
            insulation_mohm=measured(ui.insulation.value()),
            voltage_v=measured(ui.voltage.value()),
            soc_percent=measured(ui.soc.value()),
            bms_codes=tuple(c.strip().upper() for c in ui.bms_codes.text().replace(";", ",").split(",") if c.strip()),
            risk_class=RiskClass(risk) if risk else None,
            quarantine_location=ui.quarantine.text().strip(),
        )

    def missing(self) -> tuple[str, ...]:
        """The fields still to answer, as the service would refuse them."""
        triage = self.triage()
        missing = missing_triage_fields(triage, self._policy)
        if triage.risk_class is not None and triage.risk_class.is_abnormal and not triage.quarantine_location:
            missing = (*missing, "quarantine_location")
        return missing

    def _check(self) -> None:
        missing = self.missing()
        if missing:
            self.ui.hint.setStyleSheet("color: #b71c1c; font-weight: bold;")
            self.ui.hint.setText(self.tr("Still to answer: %1.").replace("%1", field_names(missing)))
        else:
            self.ui.hint.setStyleSheet("")
            self.ui.hint.setText("")
        ok = bool(self.pack_code()) and not missing
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def _accept_if_complete(self) -> None:
        if self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            self.accept()

    def _retranslate(self) -> None:
        ui = self.ui
        words = {None: self.tr("— choose —"), False: self.tr("No"), True: self.tr("Yes")}
        for box in self.sign_boxes().values():
            for index in range(box.count()):
                box.setItemText(index, words[box.itemData(index)])
        for index in range(ui.risk_class.count()):
            value = ui.risk_class.itemData(index)
            ui.risk_class.setItemText(index, risk_class_name(RiskClass(value)) if value else words[None])
        for box in (ui.insulation, ui.voltage, ui.soc, ui.temperature):
            box.setSpecialValueText(self.tr("not measured"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self._check()
        super().changeEvent(event)
