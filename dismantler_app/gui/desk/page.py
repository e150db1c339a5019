"""The supervisor desk: intakes awaiting review (or recently certified), one intake's facts and verdict, and the
supervisor's actions on it — resolve a replaced pack, confirm a declared count, approve or send back, issue, preview
and print, reprint as a copy, void with a reason.

Every action is one call in ``gui/desk/actions.py`` run through the bridge; its answer is a fresh view of the
intake, so the banner, the packs and the buttons always show the rule's current verdict. The buttons follow the
signed-in user's roles, and the services check again (an operator who reached a button would still be refused).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from dismantler_app.domain.permissions import Action, User
from dismantler_app.gui.common.confirm import ask, ask_reason
from dismantler_app.gui.common.context import PageContext
from dismantler_app.gui.common.keys import KeySource, yard_key_source
from dismantler_app.gui.common.problems import describe_problem
from dismantler_app.gui.common.text_size import set_text_role
from dismantler_app.gui.common.thumbnails import load_thumbnails
from dismantler_app.gui.desk import actions
from dismantler_app.gui.desk import display as supervisor_display
from dismantler_app.gui.desk.actions import DeskView, PrintableCertificate
from dismantler_app.gui.desk.certificate_preview import CertificatePreview
from dismantler_app.gui.forms.ui_supervisor_page import Ui_SupervisorPage
from dismantler_app.services import review
from dismantler_app.services.review import QueueFilter, ReviewItem

# Thirty seconds: an operator's submission shows up while the supervisor is still at the desk, and a queue read
# (one indexed query) every thirty seconds costs nothing measurable.
REFRESH_MS = 30_000
FEEDBACK_COLOURS = {"ok": "#1b5e20", "problem": "#b71c1c"}


class SupervisorPage(QWidget):
    view_shown = Signal()  # a fresh view of the selected intake is on screen (tests wait for it)
    preview_opened = Signal(object)  # the CertificatePreview dialog

    def __init__(
        self,
        context: PageContext,
        *,
        keys: KeySource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        bridge, services, clock, current_user = context.bridge, context.services, context.clock, context.current_user
        self.ui = Ui_SupervisorPage()
        self.ui.setupUi(self)
        self.ui.packs.set_compact(True)  # the desk shares its height with the queue and the review
        self._bridge, self._services, self._clock = bridge, services, clock
        self._current_user = current_user
        self._keys = keys or yard_key_source(services)
        self.items: list[ReviewItem] = []
        self.view: DeskView | None = None
        self.preview: CertificatePreview | None = None
        self._feedback: Callable[[], str] = lambda: ""
        self._timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        bridge.records_changed.connect(self._records_changed)
        self._setup()
        self._retranslate()
        self._show_view(None)
        self._show_feedback()

    def _setup(self) -> None:
        ui = self.ui
        set_text_role(ui.heading, "heading")
        set_text_role(ui.feedback, "subheading")
        ui.queue.intake_selected.connect(self.select_intake)
        ui.queue_filter.activated.connect(lambda _i: self.refresh())
        ui.refresh_button.clicked.connect(self.refresh)
        for button, slot in (
            (ui.resolve_button, self.resolve_mismatch),
            (ui.confirm_button, self.confirm_declared),
            (ui.approve_button, self.approve),
            (ui.send_back_button, self.send_back),
            (ui.issue_button, self.issue),
            (ui.preview_button, lambda: self.open_preview(copy=False)),
            (ui.reprint_button, lambda: self.open_preview(copy=True)),
            (ui.void_button, self.void),
        ):
            button.setMinimumHeight(44)  # gloved fingers, a mouse at arm's length
            button.clicked.connect(slot)
        ui.document_ref.returnPressed.connect(self.resolve_mismatch)
        # A mistaken pack on a submitted intake: only a supervisor takes it off (audited, sent as its own event).
        ui.packs.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._unlink_action = QAction(ui.packs)
        self._unlink_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self._unlink_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._unlink_action.triggered.connect(self.unlink_selected_pack)
        ui.packs.addAction(self._unlink_action)
        self._unlink_action.setText(self.tr("Unlink this pack… (Del)"))
        ui.void_reason.returnPressed.connect(self.void)

    # --- the queue -------------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        self.refresh()
        self._reload_shown()  # the station may have changed the intake on screen meanwhile
        self._timer.start()
        super().showEvent(event)

    def _records_changed(self) -> None:
        """A write anywhere in this window (the station, this desk): the queue and the intake shown are read again,
        so the desk never shows a state that is no longer true."""
        if self.isVisible():
            self.refresh()
            self._reload_shown()

    def _reload_shown(self) -> None:
        user = self._current_user()
        if user is not None and self.view is not None:
            self._bridge.run(
                actions.load_desk_view,
                self._services,
                user,
                self.view.intake_id,
                on_done=self._reloaded,
                on_error=lambda _error: None,  # gone (discarded meanwhile): the next queue read shows it
            )

    def _reloaded(self, view: DeskView) -> None:
        if self.view is not None and view.intake_id == self.view.intake_id:
            self._show_view(view, load_photos=False)

    def hideEvent(self, event) -> None:
        # Locking, signing out or closing hides the desk: a certificate left open on screen goes with it.
        self._timer.stop()
        self.close_preview()
        super().hideEvent(event)

    def close_preview(self) -> None:
        if self.preview is not None:
            self.preview.close()
            self.preview = None

    def queue_filter(self) -> QueueFilter:
        return QueueFilter(self.ui.queue_filter.currentData() or QueueFilter.AWAITING.value)

    def refresh(self) -> None:
        user = self._current_user()
        if user is None or not user.may(Action.APPROVE_INTAKE):
            return
        self._bridge.run(review.review_queue, self._services, user, queue=self.queue_filter(), on_done=self._show_queue)

    def _show_queue(self, items: list[ReviewItem]) -> None:
        self.items = items
        self.ui.queue.show_items(items, keep_selected=self.view.intake_id if self.view else None)
        self.ui.queue_summary.setText(self.tr("%n intake(s)", "", len(items)))

    def select_intake(self, intake_id: str) -> None:
        user = self._current_user()
        if user is not None:
            self._run(actions.load_desk_view, self._services, user, intake_id)

    # --- actions ---------------------------------------------------------------------------------------------
    def _run(
        self,
        fn: Callable[..., object],
        *args: object,
        after: str = "",
        then: Callable[[], None] | None = None,
        **kwargs: object,
    ) -> None:
        def done(view: DeskView) -> None:
            if then is not None:
                then()
            self._show_view(view)
            if after:
                self._say(lambda: self.tr(after), ok=True)
                self.refresh()

        writes = fn is not actions.load_desk_view
        self._bridge.run(fn, *args, on_done=done, on_error=self._refused, changes_records=writes, **kwargs)

    def _acting(self) -> tuple[User, DeskView] | None:
        user = self._current_user()
        return (user, self.view) if user is not None and self.view is not None else None

    def resolve_mismatch(self) -> None:
        if (acting := self._acting()) is None:
            return
        user, view = acting
        self._run(
            actions.resolve_mismatch,
            self._services,
            user,
            self._clock,
            view.intake_id,
            expected_code=self.ui.expected_code.currentText(),
            scanned_code=self.ui.scanned_code.currentText(),
            document_ref=self.ui.document_ref.text(),
            after=QT_TRANSLATE_NOOP("SupervisorPage", "Replacement recorded with its document reference."),
            then=self.ui.document_ref.clear,  # the next replacement needs its own document, not this one's
        )

    def _act(self, fn: Callable[..., object], message: str) -> None:
        if (acting := self._acting()) is not None:
            self._run(fn, self._services, acting[0], self._clock, acting[1].intake_id, after=message)

    def confirm_declared(self) -> None:
        self._act(actions.confirm_declared_packs, QT_TRANSLATE_NOOP("SupervisorPage", "Declared packs confirmed."))

    def approve(self) -> None:
        self._act(actions.approve, QT_TRANSLATE_NOOP("SupervisorPage", "Intake approved."))

    def unlink_selected_pack(self) -> None:
        if (acting := self._acting()) is None:
            return
        row, rows = self.ui.packs.currentRow(), self.ui.packs.rows
        if not 0 <= row < len(rows) or not rows[row].scanned:
            self._say(lambda: self.tr("Select a scanned pack in the table first."), ok=False)
            return
        code, intake_id = rows[row].scanned, acting[1].intake_id
        ask_reason(
            self,
            text=self.tr(
                "Unlink battery pack %1 from this vehicle? Say why (for example: label of another vehicle)."
            ).replace("%1", code),
            yes_text=self.tr("Unlink"),
            on_reason=lambda reason: self._run(
                actions.unlink_pack,
                self._services,
                acting[0],
                self._clock,
                intake_id,
                code=code,
                reason=reason,
                after=QT_TRANSLATE_NOOP("SupervisorPage", "Battery pack unlinked."),
            ),
        )

    def send_back(self) -> None:
        if self._acting() is None:
            return
        ask(
            self,
            text=self.tr("Send this intake back to the operator? It leaves your queue until it is submitted again."),
            yes_text=self.tr("Send back"),
            on_yes=lambda: self._act(
                actions.send_back, QT_TRANSLATE_NOOP("SupervisorPage", "Sent back to the operator.")
            ),
        )

    def issue(self) -> None:
        if (acting := self._acting()) is None:
            return
        ask(
            self,
            text=self.tr(
                "Issue the certificate for VIN %1? It is numbered and recorded, and can only be voided afterwards."
            ).replace("%1", acting[1].facts.vehicle.vin),
            yes_text=self.tr("Issue certificate"),
            on_yes=lambda: self._act(
                actions.issue, QT_TRANSLATE_NOOP("SupervisorPage", "Certificate issued: preview and print it now.")
            ),
        )

    def void(self) -> None:
        if (acting := self._acting()) is None or (certificate := acting[1].certificate) is None:
            return
        reason = self.ui.void_reason.text().strip()
        if not reason:
            self._say(lambda: self.tr("Write why the certificate is voided, then press Void."), ok=False)
            self.ui.void_reason.setFocus()
            return
        ask(
            self,
            text=self.tr("Void certificate %1? The sheet no longer counts; the intake can be certified anew.").replace(
                "%1", certificate.number
            ),
            yes_text=self.tr("Void certificate"),
            on_yes=lambda: self._void(acting, certificate.number, reason),
        )

    def _void(self, acting, number: str, reason: str) -> None:
        user, view = acting
        self.ui.void_reason.clear()
        self._run(
            actions.void,
            self._services,
            user,
            self._clock,
            view.intake_id,
            number=number,
            reason=reason,
            after=QT_TRANSLATE_NOOP(
                "SupervisorPage", "Certificate voided; the intake is approved again and can be issued anew."
            ),
        )

    def open_preview(self, *, copy: bool) -> None:
        """Shows the sheet the next print would be; only Print or Save in the preview records a print."""
        if (acting := self._acting()) is None or acting[1].certificate is None:
            return
        user, number = acting[0], acting[1].certificate.number
        self._say(lambda: self.tr("Rendering the certificate…"), ok=True)
        self._bridge.run(
            actions.render_for_preview,
            self._services,
            user,
            self._clock,
            number,
            keys=self._keys,
            copy=copy,
            on_done=lambda printable: self._show_preview(printable, user=user, copy=copy),
            on_error=self._refused,
        )

    def _show_preview(self, printable: PrintableCertificate, *, user: User, copy: bool) -> None:
        self.close_preview()
        services, clock, keys, number = self._services, self._clock, self._keys, printable.number
        self.preview = CertificatePreview(
            bridge=self._bridge,
            printable=printable,
            record_print=lambda: actions.render_for_print(services, user, clock, number, keys=keys, copy=copy),
            parent=self,
        )
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.finished.connect(self._preview_finished)
        self.preview.recorded.connect(lambda _sheet: self.view and self.select_intake(self.view.intake_id))
        self.preview.open()
        self._say(lambda: "", ok=True)
        self.preview_opened.emit(self.preview)

    def _preview_finished(self) -> None:
        self.preview = None

    def _refused(self, error: BaseException) -> None:
        message = describe_problem(error)
        if message is None:
            raise error  # a bug: the error reporter shows it with details
        self._say(lambda: describe_problem(error) or "", ok=False)

    # --- display ---------------------------------------------------------------------------------------------
    def _show_view(self, view: DeskView | None, *, load_photos: bool = True) -> None:
        self.view = view
        supervisor_display.show_desk_view(self.ui, view)
        if view is not None and load_photos:
            self._load_photos(view)
            # Photos and certificate share one place below the queue (the queue keeps six rows at 1366×768): a
            # newly chosen intake opens on its certificate once it has one, on its photos until then.
            tab = self.ui.certificate_tab if view.certificate is not None else self.ui.photos_tab
            self.ui.evidence_tabs.setCurrentWidget(tab)
        self._update_buttons()
        self.view_shown.emit()

    def _load_photos(self, view: DeskView) -> None:
        self.ui.photos.show_thumbnails([])
        user = self._current_user()
        if user is None or not view.photos:
            return

        def show(thumbnails: list, intake_id: str = view.intake_id) -> None:
            if self.view is not None and self.view.intake_id == intake_id:  # not another intake selected meanwhile
                self.ui.photos.show_thumbnails(thumbnails)

        self._bridge.run(load_thumbnails, self._services, user, view.photos, on_done=show)

    def _update_buttons(self) -> None:
        supervisor_display.show_desk_buttons(self.ui, self._current_user(), self.view)

    def _say(self, message: Callable[[], str], *, ok: bool) -> None:
        """Feedback kept as a function so that a language switch re-renders it."""
        self._feedback = message
        colour = FEEDBACK_COLOURS["ok" if ok else "problem"]
        self.ui.feedback.setStyleSheet(f"color: {colour};")
        self._show_feedback()

    def _show_feedback(self) -> None:
        # Only while there is something to say: an empty line cost the packs table a row at 1366×768.
        text = self._feedback()
        self.ui.feedback.setText(text)
        self.ui.feedback.setVisible(bool(text))

    def feedback(self) -> str:
        return self.ui.feedback.text()

    def _retranslate(self) -> None:
        combo = self.ui.queue_filter
        current = combo.currentData() or QueueFilter.AWAITING.value
        combo.clear()
        combo.addItem(self.tr("Awaiting review or certificate"), QueueFilter.AWAITING.value)
        combo.addItem(self.tr("Certified (void, reprint)"), QueueFilter.CERTIFIED.value)
        combo.setCurrentIndex(combo.findData(current))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._unlink_action.setText(self.tr("Unlink this pack… (Del)"))
            self._retranslate()
            self._show_queue(self.items)
            self._show_view(self.view, load_photos=False)  # words only: no new work for the bridge
            self._show_feedback()
        super().changeEvent(event)
