"""The page for users (admin): add, disable, reset a password, set roles.

The form states what the page is for; its working parts are built on the services of the same name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from dismantler_app.gui.forms.ui_users_page import Ui_UsersPage


class UsersPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
