"""The sign-in page, also the lock screen: name and password, the reason it is shown, the refusal in words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QWidget

from dismantler_app.gui.common.text_size import set_text_role
from dismantler_app.gui.forms.ui_sign_in_page import Ui_SignInPage


class SignInPage(QWidget):
    sign_in_requested = Signal(str, str)  # name, password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInPage()
        self.ui.setupUi(self)
        set_text_role(self.ui.title, "title")
        self.ui.message.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.ui.locked_note.setVisible(False)
        self._locked_by_user = False
        self.ui.held_scans = QLabel(self)
        self.ui.held_scans.setObjectName("held_scans")
        self.ui.held_scans.setWordWrap(True)
        self.ui.held_scans.setStyleSheet("color: #0d47a1; font-weight: bold;")
        self.ui.held_scans.setVisible(False)
        self.ui.held_scans.setMinimumHeight(3 * self.ui.held_scans.fontMetrics().lineSpacing())  # never cut off
        self.ui.card_layout.addWidget(self.ui.held_scans)
        self.ui.sign_in_button.setMinimumHeight(48)
        self.ui.sign_in_button.clicked.connect(self._request)
        self.ui.password.returnPressed.connect(self._request)
        self.ui.username.returnPressed.connect(self.ui.password.setFocus)

    def reset(self, *, locked_user: str = "", by_user: bool = False) -> None:
        """Ready for a new sign-in; ``locked_user`` pre-fills the name on the lock screen; ``by_user``: locked by
        the person (Lock, Ctrl+L), not after a period without use."""
        self._locked_by_user = by_user
        self.ui.locked_note.setVisible(bool(locked_user))
        self._word_locked_note()
        self.ui.username.setText(locked_user)
        self.ui.password.clear()
        self.ui.message.clear()
        self.set_busy(False)
        (self.ui.password if locked_user else self.ui.username).setFocus()

    def _word_locked_note(self) -> None:
        if getattr(self, "_locked_by_user", False):
            self.ui.locked_note.setText(self.tr("The station was locked by its user. Sign in to continue."))
        else:
            self.ui.locked_note.setText(
                self.tr("The station was locked after a period without use. Sign in to continue.")
            )

    def show_held_scans(self, codes: list[str]) -> None:
        """Codes scanned while the station is locked: kept, and recorded once someone signs in."""
        self._held = list(codes)
        self.ui.held_scans.setVisible(bool(codes))
        text = self.tr("Scanned while locked, recorded after you sign in: %1").replace("%1", ", ".join(codes))
        self.ui.held_scans.setText(text if codes else "")

    def set_busy(self, busy: bool) -> None:
        self.ui.sign_in_button.setEnabled(not busy)

    def show_refusal(self, message: str) -> None:
        self.set_busy(False)
        self.ui.message.setText(message)
        self.ui.password.clear()
        self.ui.password.setFocus()

    def _request(self) -> None:
        name = self.ui.username.text().strip()
        if not name:
            self.ui.message.setText(self.tr("Enter your name."))
            self.ui.username.setFocus()
            return
        self.set_busy(True)
        self.ui.message.clear()
        self.sign_in_requested.emit(name, self.ui.password.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._word_locked_note()
            self.show_held_scans(getattr(self, "_held", []))
        super().changeEvent(event)
