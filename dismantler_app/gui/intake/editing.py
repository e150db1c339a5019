"""The intake station's editing tools, beside the scanning core of :mod:`page`: the vehicle panel's editor
(F3), declared packs (F4), photos (F5 from the live frame, Ctrl+O from a file), safety triage (F6), and the evidence
frames of camera scans shown as photos.

Every write goes through the page's sequenced sender (the bridge), so an answer never overwrites a newer view; the
dialogs are opened non-modally with ``open()`` so that the event loop, the camera preview and the bridge carry on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog

from dismantler_app.domain.records import ExpectedSource, PhotoKind
from dismantler_app.gui.common.confirm import ask_reason
from dismantler_app.gui.common.thumbnails import Thumbnail, intake_thumbnails
from dismantler_app.gui.intake import edits as intake_edits
from dismantler_app.gui.intake.declare_dialog import DeclarePacksDialog
from dismantler_app.gui.intake.photos import SHA256_ROLE, THUMB, encode_jpeg, thumbnail
from dismantler_app.gui.intake.station import Station
from dismantler_app.gui.intake.triage_dialog import TriageDialog
from dismantler_app.gui.intake.vehicle_dialog import VehicleDialog
from dismantler_app.gui.intake.words import photo_kind_name
from dismantler_app.services.photos import PhotoAdded, PhotoResult
from dismantler_app.services.review import AttachedPhoto


def _add_and_thumb(
    add: Callable[..., PhotoAdded], data_of: Callable[[], bytes], /, *args: object, **kwargs: object
) -> tuple[PhotoAdded, QImage]:
    data = data_of()
    return add(*args, data=data, **kwargs), thumbnail(data)


def _unreadable_tile() -> QImage:
    tile = QImage(THUMB, QImage.Format.Format_RGB32)
    tile.fill(QColor("#9e9e9e"))
    return tile


class IntakeEditing(QObject):
    def __init__(self, page: Station) -> None:
        super().__init__(page)
        self.page = page
        ui = page.ui
        self.dialog: QDialog | None = None  # the one editor open, for tests and for closing it with the intake
        ui.edit_vehicle_button.clicked.connect(self.edit_vehicle)
        ui.declare_button.clicked.connect(self.declare_packs)
        ui.triage_button.clicked.connect(self.triage)
        ui.photos.capture_requested.connect(lambda kind: self.capture_photo(PhotoKind(kind)))
        ui.photos.file_requested.connect(lambda kind: self.photo_from_file(PhotoKind(kind)))
        for button in (ui.edit_vehicle_button, ui.declare_button, ui.triage_button):
            button.setMinimumHeight(40)
        self._set_up_withdrawals()

    # --- taking a mistake back ---------------------------------------------------------------------------------
    def _set_up_withdrawals(self) -> None:
        ui = self.page.ui
        ui.packs.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        unlink = QAction(ui.packs)
        unlink.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        unlink.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        unlink.triggered.connect(self.unlink_selected_pack)
        ui.packs.addAction(unlink)
        self._unlink_action = unlink
        thumbs = ui.photos.ui.thumbnails
        thumbs.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        delete = QAction(thumbs)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected_photo)
        thumbs.addAction(delete)
        self._delete_action = delete
        self.retranslate()

    def retranslate(self) -> None:
        self._unlink_action.setText(QCoreApplication.translate("IntakeEditing", "Unlink this pack… (Del)"))
        self._delete_action.setText(QCoreApplication.translate("IntakeEditing", "Delete this photo… (Del)"))

    def unlink_selected_pack(self) -> None:
        """A mistaken pack comes off the intake, with a reason (the service decides who may, and when)."""
        page = self.page
        row = page.ui.packs.currentRow()
        rows = page.ui.packs.rows
        if page.view is None or not 0 <= row < len(rows) or not rows[row].scanned:
            page.say(lambda: QCoreApplication.translate("IntakeEditing", "Select a scanned pack in the table first."))
            return
        code, intake_id = rows[row].scanned, page.view.intake_id
        ask_reason(
            page,  # type: ignore[arg-type]
            text=QCoreApplication.translate(
                "IntakeEditing",
                "Unlink battery pack %1 from this vehicle? Say why (for example: label of another vehicle).",
            ).replace("%1", code),
            yes_text=QCoreApplication.translate("IntakeEditing", "Unlink"),
            on_reason=lambda reason: page.send(
                intake_edits.unlink_pack,
                intake_id,
                code=code,
                reason=reason,
                said=lambda: QCoreApplication.translate("IntakeEditing", "Battery pack %1 unlinked.").replace(
                    "%1", code
                ),
            ),
        )

    def delete_selected_photo(self) -> None:
        page = self.page
        item = page.ui.photos.ui.thumbnails.currentItem()
        sha256 = item.data(SHA256_ROLE) if item is not None else None
        if page.view is None or not sha256:
            page.say(lambda: QCoreApplication.translate("IntakeEditing", "Select a photo first."))
            return
        intake_id = page.view.intake_id
        ask_reason(
            page,  # type: ignore[arg-type]
            text=QCoreApplication.translate("IntakeEditing", "Delete this photo from the intake? Say why."),
            yes_text=QCoreApplication.translate("IntakeEditing", "Delete photo"),
            on_reason=lambda reason: page.send_sequenced(
                intake_edits.delete_photo,
                page.services,
                page.user(),
                page.clock,
                intake_id,
                sha256=sha256,
                reason=reason,
                answer=lambda view: self._photo_deleted(view, sha256),
                on_error=page.refused,
            ),
        )

    def _photo_deleted(self, view, sha256: str) -> None:
        page = self.page
        page.ui.photos.remove_photo(sha256)
        page.show_view(view)
        page.say(lambda: QCoreApplication.translate("IntakeEditing", "Photo deleted."))

    def keys(self) -> list[tuple[str, Callable[[], None]]]:
        ui = self.page.ui
        return [
            ("F3", self.edit_vehicle),
            ("F4", self.declare_packs),
            ("F5", lambda: self.capture_photo(ui.photos.kind())),
            ("Ctrl+O", lambda: self.photo_from_file(ui.photos.kind())),
            ("F6", self.triage),
        ]

    def update_buttons(self) -> None:
        view = self.page.view
        editable = self.page.editable()
        ui = self.page.ui
        ui.edit_vehicle_button.setEnabled(editable)
        registered = (
            view is not None
            and view.facts.expected is not None
            and (view.facts.expected.source is ExpectedSource.REGISTERED)
        )
        ui.declare_button.setEnabled(editable and not registered)
        ui.triage_button.setEnabled(view is not None and bool(view.facts.scanned))
        ui.photos.setEnabled(view is not None)
        if view is not None:
            ui.photos.set_damage_required(any(t.damage for t in view.facts.triage.values()))

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.page.ui.manual_entry.setFocus()  # back to the code entry: the next scan or Enter goes there

    # --- the vehicle panel -----------------------------------------------------------------------------------
    def edit_vehicle(self) -> None:
        page, user = self.page, self.page.user()
        if user is None or page.view is None or not page.editable():
            return
        dialog = VehicleDialog(page.view.record, page)
        intake_id = page.view.intake_id

        def save() -> None:
            page.send(
                intake_edits.save_vehicle,
                intake_id,
                vehicle=dialog.vehicle(),
                documents=dialog.documents(),
                owner=dialog.owner(),
                said=lambda: QCoreApplication.translate("IntakeEditing", "Vehicle, owner and documents saved."),
            )

        self._open(dialog, save)

    def declare_packs(self) -> None:
        page, user = self.page, self.page.user()
        if user is None or page.view is None or not self.page.ui.declare_button.isEnabled():
            return
        expected = page.view.facts.expected
        dialog = DeclarePacksDialog(
            count=expected.count if expected else None, codes=expected.codes if expected else (), parent=page
        )
        intake_id = page.view.intake_id
        self._open(
            dialog,
            lambda: page.send(
                intake_edits.declare_packs,
                intake_id,
                codes=dialog.codes(),
                count=dialog.count(),
                said=lambda: QCoreApplication.translate(
                    "IntakeEditing", "Declared packs saved: a supervisor confirms them."
                ),
            ),
        )

    def triage(self) -> None:
        page = self.page
        if page.user() is None or page.view is None:
            return
        scanned = list(dict.fromkeys(p.code for p in page.view.facts.scanned))
        if not scanned:
            page.say(lambda: QCoreApplication.translate("IntakeEditing", "Scan a battery pack first, then triage it."))
            return
        dialog = TriageDialog(packs=scanned, done=page.view.facts.triage, parent=page)
        intake_id = page.view.intake_id

        def save() -> None:
            result = dialog.triage()
            page.send(
                intake_edits.triage,
                intake_id,
                result=result,
                said=lambda: QCoreApplication.translate("IntakeEditing", "Triage of %1 saved.").replace(
                    "%1", result.pack_code
                ),
            )

        self._open(dialog, save)

    # --- photos ----------------------------------------------------------------------------------------------
    def capture_photo(self, kind: PhotoKind) -> None:
        page = self.page
        image = page.latest_frame
        if page.view is None or page.user() is None:
            return
        if image is None:
            page.say(
                lambda: QCoreApplication.translate(
                    "IntakeEditing", "No camera picture yet: take the photo from a file (Ctrl+O)."
                )
            )
            return
        self._add_photo(kind, lambda: encode_jpeg(image))

    def photo_from_file(self, kind: PhotoKind) -> None:
        page = self.page
        if page.view is None or page.user() is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            page,
            QCoreApplication.translate("IntakeEditing", "Photo"),
            "",
            QCoreApplication.translate("IntakeEditing", "Images (*.jpg *.jpeg *.png *.webp)"),
        )
        if path:
            self._add_photo(kind, lambda: intake_edits.read_photo_file(Path(path)))

    def _add_photo(self, kind: PhotoKind, data_of: Callable[[], bytes]) -> None:
        page = self.page
        assert page.view is not None
        intake_id = page.view.intake_id
        page.bridge.run(
            _add_and_thumb,
            intake_edits.add_photo,
            data_of,
            page.services,
            page.user(),
            page.clock,
            intake_id,
            kind=kind,
            changes_records=True,
            on_done=lambda result: self._photo_added(intake_id, kind, result[1], added=result[0]),
            on_error=page.refused,
        )

    def _photo_added(self, intake_id: str, kind: PhotoKind, thumb: QImage, *, added: PhotoAdded) -> None:
        page = self.page
        if page.view is None or page.view.intake_id != intake_id:
            return  # the operator moved on to another vehicle meanwhile
        if added.result is PhotoResult.ALREADY_ATTACHED:
            page.say(
                lambda: QCoreApplication.translate(
                    "IntakeEditing", 'This same picture is already attached as the "%1" photo: nothing was added.'
                ).replace("%1", photo_kind_name(kind)),
                bad=True,
            )
            return
        page.ui.photos.add_photo(kind, thumb, sha256=added.sha256)
        page.say(
            lambda: QCoreApplication.translate("IntakeEditing", "Photo saved: %1.").replace("%1", photo_kind_name(kind))
        )

    def show_evidence(self, intake_id: str, kind: PhotoKind, evidence: bytes) -> None:
        """A camera scan's evidence frame, now stored as the intake's photo: its thumbnail joins the panel."""
        self.page.bridge.run(
            thumbnail,
            evidence,
            on_done=lambda thumb: self._evidence_shown(intake_id, kind, thumb, hashlib.sha256(evidence).hexdigest()),
        )

    def _evidence_shown(self, intake_id: str, kind: PhotoKind, thumb: QImage, sha256: str) -> None:
        page = self.page
        if page.view is not None and page.view.intake_id == intake_id:
            page.ui.photos.add_photo(kind, thumb, sha256=sha256)  # the photo store names files by this hash

    def load_stored_photos(self, intake_id: str) -> None:
        """The photos already stored on an intake just opened (a resumed one has earlier sessions' photos)."""
        page, user = self.page, self.page.user()
        if user is None:
            return
        page.bridge.run(
            intake_thumbnails,
            page.services,
            user,
            intake_id,
            on_done=lambda stored: self._stored_shown(intake_id, stored),
            on_error=page.refused,
        )

    def _stored_shown(self, intake_id: str, stored: list[tuple[AttachedPhoto, Thumbnail | None]]) -> None:
        page = self.page
        if page.view is None or page.view.intake_id != intake_id:
            return  # another vehicle was opened meanwhile
        for photo, thumb in stored:
            # An unreadable file still counts as taken on record, shown as a grey tile so it is noticed.
            image = thumb.to_image() if thumb is not None else _unreadable_tile()
            page.ui.photos.add_photo(photo.kind, image, sha256=photo.sha256)
