"""The dialog for an unexpected error: a short apology, the details folded away, and "copy details"."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from dismantler_app.gui.forms.ui_error_dialog import Ui_ErrorDialog


class ErrorDialog(QDialog):
    def __init__(self, details: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)
        self.details = details
        self.ui.details.setPlainText(details)
        self.ui.details.setVisible(False)
        self.ui.show_details.toggled.connect(self.ui.details.setVisible)
        self.ui.copy_details.clicked.connect(self.copy_details)
        self.ui.close_button.clicked.connect(self.accept)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
