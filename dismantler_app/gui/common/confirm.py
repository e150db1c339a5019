"""Asking before an action that cannot be taken back (issuing or voiding a certificate, sending an intake back,
signing out, leaving the demo). The question is window-modal and opened with ``open()``, so the event loop, the
camera and the bridge carry on; Enter answers Cancel, never the action. The open question is kept on its parent as
``confirmation`` (tests answer it there)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QWidget


def ask(parent: QWidget, *, text: str, yes_text: str, on_yes: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Confirm", "Please confirm"))
    box.setText(text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QCoreApplication.translate("Confirm", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda clicked: on_yes() if clicked is yes else None)
    parent.confirmation = box  # type: ignore[attr-defined]
    box.finished.connect(lambda _result: setattr(parent, "confirmation", None))
    box.open()
    return box


def answer_yes(box: QMessageBox | QInputDialog, reason: str = "") -> None:
    """Presses the action's button of an open question (tests, scripted tours); ``reason`` for :func:`ask_reason`."""
    if isinstance(box, QInputDialog):
        box.setTextValue(reason)
        box.accept()
        return
    for button in box.buttons():
        if box.buttonRole(button) is QMessageBox.ButtonRole.AcceptRole:
            button.click()
            return
    raise LookupError("the question has no button for the action")


def ask_reason(parent: QWidget, *, text: str, yes_text: str, on_reason: Callable[[str], None]) -> QInputDialog:
    """Asks why (an unlink, a discard): window-modal, opened with ``open()``; an empty reason goes to the service,
    which refuses it in words. Kept on its parent as ``confirmation`` like :func:`ask`."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Confirm", "Please confirm"))
    dialog.setLabelText(text)
    for label in dialog.findChildren(QLabel):
        # A question naming a pack, two VINs and what to say is long: wrapped inside the dialog, it is read whole
        # (unwrapped, the dialog grew wider than a 1366-pixel screen and the end of the question was cut off).
        label.setWordWrap(True)
    dialog.setMinimumWidth(520)
    dialog.setOkButtonText(yes_text)
    dialog.setCancelButtonText(QCoreApplication.translate("Confirm", "Cancel"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.textValueSelected.connect(lambda value: on_reason(value.strip()))
    parent.confirmation = dialog  # type: ignore[attr-defined]
    dialog.finished.connect(lambda _result: setattr(parent, "confirmation", None))
    dialog.open()
    return dialog
