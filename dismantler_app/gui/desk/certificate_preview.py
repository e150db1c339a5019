"""The certificate preview: the rendered pages (or, without a rasteriser, what the certificate states), then print
through Qt's print dialog or save the signed PDF. Rendering, printing and saving run through the bridge.

Looking is not printing: the preview is rendered without recording anything. Each Print or Save first records the
print (``record_print``: the original the first time, then numbered copies) and sends out the sheet that recording
produced, so the paper and the count always agree.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget

from dismantler_app.domain.certificate import CertificateDocument, CertificateKind
from dismantler_app.gui.common.bridge import TaskBridge
from dismantler_app.gui.common.problems import describe_problem
from dismantler_app.gui.common.text_size import set_text_role
from dismantler_app.gui.common.vehicle_text import powertrain_name
from dismantler_app.gui.desk.actions import PrintableCertificate
from dismantler_app.gui.desk.certificate_output import (
    PrintingUnavailable,
    check_can_print,
    file_target,
    page_images,
    paint_pages,
    print_resolution,
)
from dismantler_app.gui.forms.ui_certificate_preview import Ui_CertificatePreview


class CertificatePreview(QDialog):
    printed = Signal(str)  # where it went: the printer's name or the file
    saved = Signal(str)
    recorded = Signal(object)  # the PrintableCertificate of a recorded print (the desk shows the new count)

    def __init__(
        self,
        *,
        bridge: TaskBridge,
        printable: PrintableCertificate,
        record_print: Callable[[], PrintableCertificate],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._record_print = record_print  # runs on the bridge: records one print, returns its sheet
        self.ui = Ui_CertificatePreview()
        self.ui.setupUi(self)
        self._bridge = bridge
        self.printable = printable
        self.page_count = 0
        self.printer: QPrinter | None = None  # made when the print dialog is first opened
        self.ui.summary.setVisible(False)
        for button in (self.ui.print_button, self.ui.save_button, self.ui.close_button):
            button.setMinimumHeight(44)
        self.ui.print_button.clicked.connect(self.open_print_dialog)
        self.ui.save_button.clicked.connect(self.open_save_dialog)
        self.ui.close_button.clicked.connect(self.close)
        self._status = ""
        self._render_heading()
        self._say(self.tr("Rendering the pages…"))
        bridge.run(page_images, printable.pdf, on_done=self._show_pages, on_error=self._failed)

    # --- pages ----------------------------------------------------------------------------------------------
    def _show_pages(self, images: list[QImage]) -> None:
        if not images:
            self.ui.scroll.setVisible(False)
            self.ui.summary.setVisible(True)
            self.ui.summary.setPlainText(document_summary(self.printable.document))
            self._say(self.tr("Page images need poppler (pdftoppm); this is what the certificate states."))
            return
        for image in images:
            label = QLabel(self.ui.pages)
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("background: white; border: 1px solid #90a4ae;")
            self.ui.pages_layout.addWidget(label)
        self.page_count = len(images)
        self._say(self.tr("%n page(s), signed by the yard's key.", "", len(images)))

    # --- printing and saving --------------------------------------------------------------------------------
    def open_print_dialog(self) -> None:
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self.printer.setDocName(self.printable.number)
        printer = self.printer
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()

    def print_to(self, printer: QPrinter) -> None:
        """Records a print, then prints its sheet on ``printer``: a PDF-file printer gets the signed PDF itself, a
        real one the page images."""
        self._say(self.tr("Printing…"))
        target = file_target(printer)
        if target is None:
            try:
                check_can_print()
            except PrintingUnavailable as exc:
                self._failed(exc)
                return
        self.ui.print_button.setEnabled(False)
        self._bridge.run(
            self._record_print,
            on_done=lambda sheet: self._send_to_printer(sheet, printer, target),
            on_error=self._failed,
            changes_records=True,
        )

    def _send_to_printer(self, sheet: PrintableCertificate, printer: QPrinter, target: Path | None) -> None:
        self._recorded(sheet)
        if target is not None:
            self._bridge.run(
                Path.write_bytes,
                target,
                sheet.pdf,
                on_done=lambda _n: self._printed(str(target)),
                on_error=self._failed,
            )
            return

        def paint(images: list[QImage]) -> None:
            paint_pages(printer, images)
            self._printed(printer.printerName())

        self._bridge.run(page_images, sheet.pdf, dpi=print_resolution(printer), on_done=paint, on_error=self._failed)

    def _recorded(self, sheet: PrintableCertificate) -> None:
        self.printable = sheet
        self._render_heading()
        self.recorded.emit(sheet)

    def _printed(self, where: str) -> None:
        self.ui.print_button.setEnabled(True)
        self._say(self.tr("Sent to %1.").replace("%1", where))
        self.printed.emit(where)

    def open_save_dialog(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the certificate"), f"{self.printable.number}.pdf")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda name: self.save_to(Path(name)))
        dialog.open()

    def save_to(self, path: Path) -> None:
        """Records a print (a saved PDF is as good as paper), then writes its sheet to ``path``."""
        self._say(self.tr("Saving…"))

        def write(sheet: PrintableCertificate) -> None:
            self._recorded(sheet)
            self._bridge.run(
                Path.write_bytes, path, sheet.pdf, on_done=lambda _n: self._saved(path), on_error=self._failed
            )

        self._bridge.run(self._record_print, on_done=write, on_error=self._failed, changes_records=True)

    def _saved(self, path: Path) -> None:
        self._say(self.tr("Saved as %1.").replace("%1", str(path)))
        self.saved.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        self.ui.print_button.setEnabled(True)
        message = describe_problem(error)
        if message is None and isinstance(error, OSError | RuntimeError):
            message = self.tr("That did not work: %1").replace("%1", str(error))
        if message is None:
            raise error
        self._say(message)

    # --- words ----------------------------------------------------------------------------------------------
    def _render_heading(self) -> None:
        number = self.printable.number
        if self.printable.document.kind is CertificateKind.VOID:
            text = self.tr("Void notice for certificate %1").replace("%1", number)
        elif self.printable.document.kind is CertificateKind.COPY:
            text = (
                self.tr("Certificate %1 — copy %2")
                .replace("%1", number)
                .replace("%2", str(self.printable.document.reprint_count))
            )
        else:
            text = self.tr("Certificate %1").replace("%1", number)
        self.ui.heading.setText(text)
        set_text_role(self.ui.heading, "heading")

    def _say(self, text: str) -> None:
        self._status = text
        self.ui.status.setText(text)

    def status_text(self) -> str:
        return self.ui.status.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._render_heading()
        super().changeEvent(event)


# Labels of the text preview, marked for translation here and translated when shown.
SUMMARY_LABELS = {
    "number": QT_TRANSLATE_NOOP("CertificatePreview", "Certificate number"),
    "issued_on": QT_TRANSLATE_NOOP("CertificatePreview", "Issued on"),
    "issued_by": QT_TRANSLATE_NOOP("CertificatePreview", "Issued by"),
    "plate": QT_TRANSLATE_NOOP("CertificatePreview", "Plate"),
    "model": QT_TRANSLATE_NOOP("CertificatePreview", "Brand and model"),
    "powertrain": QT_TRANSLATE_NOOP("CertificatePreview", "Powertrain"),
    "owner": QT_TRANSLATE_NOOP("CertificatePreview", "Owner"),
    "packs": QT_TRANSLATE_NOOP("CertificatePreview", "Traction battery packs"),
    "handler": QT_TRANSLATE_NOOP("CertificatePreview", "Handler"),
    "voided": QT_TRANSLATE_NOOP("CertificatePreview", "Voided"),
    "copy": QT_TRANSLATE_NOOP("CertificatePreview", "Copy number"),
}


def document_summary(doc: CertificateDocument) -> str:
    """What the certificate states, as lines of text (the preview without page images)."""

    def line(key: str, value: str) -> str:
        return f"{QCoreApplication.translate('CertificatePreview', SUMMARY_LABELS[key])}: {value}"

    vehicle = doc.vehicle
    model = " ".join(p for p in (vehicle.brand, vehicle.model) if p)
    lines = [
        line("number", doc.number),
        line("issued_on", doc.issued_on.isoformat()),
        line("issued_by", f"{doc.facility.name} ({doc.facility.code})"),
        f"VIN: {vehicle.vin}",
        line("plate", vehicle.plate or "—"),
        line("model", model or "—"),
        line("powertrain", powertrain_name(vehicle.powertrain)),
        line("owner", doc.owner.name or "—"),
        line("packs", ""),
        *(f"  {code}" for code in doc.pack_codes),
        line("handler", doc.handler or "—"),
    ]
    if doc.kind is CertificateKind.VOID:
        lines.append(line("voided", doc.void_reason))
    elif doc.kind is CertificateKind.COPY:
        lines.append(line("copy", str(doc.reprint_count)))
    return "\n".join(lines)
