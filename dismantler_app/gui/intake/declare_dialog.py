"""Declared packs, when head office has none registered: the codes the documents name (checked line by line as
they are typed or scanned), or only how many packs. ``services.packs.declare_expected_packs`` records it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dismantler_app.domain.battery_code import find_battery_code
from dismantler_app.domain.codes import CodeRejected
from dismantler_app.gui.forms.ui_declare_packs_dialog import Ui_DeclarePacksDialog
from dismantler_app.gui.intake.vehicle_dialog import latin_only
from dismantler_app.gui.intake.words import reject_reason_text


class DeclarePacksDialog(QDialog):
    def __init__(self, *, count: int | None, codes: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DeclarePacksDialog()
        self.ui.setupUi(self)
        latin_only(self.ui.codes)
        self.ui.codes.setPlainText("\n".join(codes))
        self.ui.count.setValue(count or 0)
        self.ui.codes.textChanged.connect(self._check)
        self.ui.count.valueChanged.connect(self._check)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._check()
        self.ui.count.setFocus()

    def lines(self) -> list[str]:
        return [line.strip() for line in self.ui.codes.toPlainText().splitlines() if line.strip()]

    def codes(self) -> list[str]:
        """The battery codes found in the lines (a scanned payload may wrap the code)."""
        return [find_battery_code(line).code for line in self.lines()]

    def count(self) -> int | None:
        return None if self.lines() else self.ui.count.value()

    def _check(self) -> None:
        bad = []
        for number, line in enumerate(self.lines(), start=1):
            try:
                find_battery_code(line)
            except CodeRejected as exc:
                bad.append(
                    self.tr("line %1: %2").replace("%1", str(number)).replace("%2", reject_reason_text(exc.reason))
                )
        lines = self.lines()
        if bad:
            self.ui.codes_status.setStyleSheet("color: #b71c1c; font-weight: bold;")
            self.ui.codes_status.setText(self.tr("✖ Not battery codes: %1").replace("%1", "; ".join(bad)))
        elif lines:
            self.ui.codes_status.setStyleSheet("color: #1b5e20;")
            self.ui.codes_status.setText(self.tr("✔ %n pack code(s)", "", len(lines)))
        else:
            self.ui.codes_status.setText("")
        self.ui.count.setEnabled(not lines)
        ok = not bad and (bool(lines) or self.ui.count.value() > 0)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._check()
        super().changeEvent(event)
