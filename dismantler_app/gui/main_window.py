"""The main window: the sign-in/lock screen, then a side list of pages, who is signed in always in view.

Pages are shown according to what the signed-in user may do (``domain/permissions.py``); the services check again
on every call. Keyboard, from anywhere in the window: Ctrl+1…7 pages, Ctrl+L lock, and the station's keys (F2 new
vehicle, F3–F6 and Ctrl+O its tools, F9 submit, F10 issue), which bring the intake page forward.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QListWidgetItem, QMainWindow, QWidget

from dismantler_app.domain.permissions import Action, User
from dismantler_app.gui.common.bridge import TaskBridge
from dismantler_app.gui.common.confirm import ask
from dismantler_app.gui.common.context import PageContext
from dismantler_app.gui.common.i18n import Language, LanguageSwitcher
from dismantler_app.gui.common.ports import AppContextLike, GuiOptions
from dismantler_app.gui.common.problems import describe_problem
from dismantler_app.gui.common.side_nav import fit_navigation
from dismantler_app.gui.common.text_size import TextSize, apply_text_size, set_text_role
from dismantler_app.gui.desk.page import SupervisorPage
from dismantler_app.gui.forms.ui_main_window import Ui_MainWindow
from dismantler_app.gui.intake.page import IntakePage
from dismantler_app.gui.records.batteries_page import BatteriesPage
from dismantler_app.gui.records.page import RecordsPage
from dismantler_app.gui.settings.page import SettingsPage
from dismantler_app.gui.sign_in.idle import IdleWatcher
from dismantler_app.gui.sign_in.page import SignInPage
from dismantler_app.gui.sync.page import SyncPage
from dismantler_app.gui.users.page import UsersPage
from dismantler_app.services import users

MINIMUM_SIZE = QSize(1366, 768)  # the smallest yard PC screen (issue 4)


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: str  # untranslated source text, translated at display
    widget: QWidget
    action: Action | None  # None: every signed-in user


def _title(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    locked_changed = Signal(bool)  # True while the sign-in (lock) screen is shown

    def __init__(
        self,
        *,
        context: AppContextLike,
        options: GuiOptions,
        bridge: TaskBridge,
        languages: LanguageSwitcher,
        idle: IdleWatcher,
    ) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setMinimumSize(MINIMUM_SIZE)
        self._context, self._options, self._bridge = context, options, bridge
        self._languages = languages
        self.user: User | None = None
        self._held_scans: list[str] = []
        self.leave_warning: Callable[[], str] | None = None  # set for a demo, whose data closing throws away
        self.leave_confirmed = False
        self._idle = idle
        idle.timed_out.connect(self.lock)

        self.sign_in = SignInPage()
        self.ui.sign_in_layout.addWidget(self.sign_in)
        self.sign_in.sign_in_requested.connect(self._sign_in_requested)
        self.page_context = pages = PageContext(
            bridge=bridge, services=context.services, clock=context.clock, current_user=lambda: self.user
        )
        self.intake = IntakePage(pages, camera=options.camera)
        self.settings = SettingsPage(
            pages, running_station=options.station, running_camera=lambda: self.intake.station_camera.factory
        )
        self.settings.language_chosen.connect(lambda value: self.switch_language(Language(value)))
        self.settings.text_size_chosen.connect(
            lambda value: apply_text_size(QApplication.instance(), TextSize(value))  # type: ignore[arg-type]
        )
        self.sync = SyncPage(pages)
        self.pages = [
            PageEntry("intake", QT_TRANSLATE_NOOP("MainWindow", "Intake"), self.intake, Action.CREATE_INTAKE),
            PageEntry(
                "supervisor",
                QT_TRANSLATE_NOOP("MainWindow", "Supervisor desk"),
                SupervisorPage(pages),
                Action.APPROVE_INTAKE,
            ),
            PageEntry("records", QT_TRANSLATE_NOOP("MainWindow", "Records"), RecordsPage(pages), Action.VIEW_RECORDS),
            PageEntry(
                "batteries",
                QT_TRANSLATE_NOOP("MainWindow", "Batteries in stock"),
                BatteriesPage(pages),
                Action.HAND_OVER_PACK,
            ),
            PageEntry("sync", QT_TRANSLATE_NOOP("MainWindow", "Sync"), self.sync, Action.VIEW_RECORDS),
            PageEntry("users", QT_TRANSLATE_NOOP("MainWindow", "Users"), UsersPage(pages), Action.MANAGE_USERS),
            PageEntry("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), self.settings, None),
        ]
        for entry in self.pages:
            self.ui.pages.addWidget(entry.widget)
        self.ui.nav.currentRowChanged.connect(self._nav_changed)
        self.ui.lock_button.clicked.connect(self.lock_by_user)
        self.ui.sign_out_button.clicked.connect(self.ask_sign_out)
        self.ui.language_button.clicked.connect(self._toggle_language)
        window_wide = Qt.ShortcutContext.WindowShortcut  # wherever the focus is in this window (issue 12)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock_by_user, context=window_wide)
        for i in range(len(self.pages)):
            QShortcut(
                QKeySequence(f"Ctrl+{i + 1}"),
                self,
                activated=lambda i=i: self.ui.nav.setCurrentRow(i),
                context=window_wide,
            )
        # The station's keys (F2 new vehicle … F10 issue) work from any page: they bring the intake page forward.
        for key, slot in self.intake.station_keys():
            QShortcut(QKeySequence(key), self, activated=lambda slot=slot: self._station_key(slot), context=window_wide)
        self.station_label = QLabel()
        self.ui.status_bar.addPermanentWidget(self.sync.panel)
        self.ui.status_bar.addPermanentWidget(self.station_label)
        self._style()
        self._show_sign_in(locked_user="")

    def _style(self) -> None:
        set_text_role(self.ui.app_title, "heading")
        set_text_role(self.ui.signed_in, "subheading")
        self.ui.signed_in.setStyleSheet("padding: 0 12px;")
        set_text_role(self.ui.nav, "navigation")  # its items' height follows the text size (gui/common/text_size)
        self.ui.nav.installEventFilter(self)  # another text size: the navigation's width is fitted again
        for button in (self.ui.language_button, self.ui.lock_button, self.ui.sign_out_button):
            button.setMinimumHeight(40)

    # --- signing in and out ----------------------------------------------------------------------------------
    def _sign_in_requested(self, name: str, password: str) -> None:
        self._bridge.run(
            users.authenticate,
            self._context.services,
            username=name,
            password=password,
            on_done=self._signed_in,
            on_error=self._sign_in_refused,
        )

    def _sign_in_refused(self, error: BaseException) -> None:
        message = describe_problem(error)
        if message is None:
            raise error  # a bug, not a refusal: the error reporter shows it
        self.sign_in.show_refusal(message)

    def _signed_in(self, user: User) -> None:
        self.user = user
        self._fill_nav()
        self._render_user()
        self.ui.screens.setCurrentWidget(self.ui.workspace)
        self._set_bar_enabled(True)
        self._idle.arm()
        self.sync.signed_in_changed()
        self.locked_changed.emit(False)
        held, self._held_scans = self._held_scans, []
        self.sign_in.show_held_scans([])
        if self._page_visible("intake"):
            self.intake.start_camera()
            self.intake.ui.manual_entry.setFocus()
            for code in held:
                self.intake.accept_text(code, source="scanner")

    def lock(self) -> None:
        """Locked after a period without use (the idle watcher)."""
        if self.user is not None:
            self._show_sign_in(locked_user=self.user.username)

    def lock_by_user(self) -> None:
        """Locked by the person at the station (Lock, Ctrl+L): the lock screen says so."""
        if self.user is not None:
            self._show_sign_in(locked_user=self.user.username, by_user=True)

    def _station_key(self, slot: Callable[[], None]) -> None:
        if self.user is None or not self._page_visible("intake"):
            return
        if self.ui.pages.currentWidget() is not self.intake:
            self.show_page("intake")
        slot()

    def hold_scan(self, code: str) -> None:
        """A code scanned on the lock screen: never typed into the password box, kept and recorded after sign-in."""
        self._held_scans.append(code)
        self.sign_in.show_held_scans(self._held_scans)

    def ask_sign_out(self) -> None:
        ask(
            self,
            text=self.tr("Sign out? The next person signs in with their own name."),
            yes_text=self.tr("Sign out"),
            on_yes=self.sign_out,
        )

    def sign_out(self) -> None:
        self._show_sign_in(locked_user="")

    def _show_sign_in(self, *, locked_user: str, by_user: bool = False) -> None:
        # Locked: the camera is released and nothing can be done until someone signs in again.
        self.intake.stop_camera()
        self._idle.disarm()
        self.user = None
        self.ui.nav.clear()
        self._render_user()
        self.sync.signed_in_changed()
        self._set_bar_enabled(False)
        self.ui.screens.setCurrentWidget(self.ui.sign_in_screen)
        self.sign_in.reset(locked_user=locked_user, by_user=by_user)
        self.sign_in.show_held_scans(self._held_scans)
        self.locked_changed.emit(True)

    def _set_bar_enabled(self, signed_in: bool) -> None:
        self.ui.lock_button.setVisible(signed_in)
        self.ui.sign_out_button.setVisible(signed_in)

    def _leave(self) -> None:
        self.leave_confirmed = True
        self.close()

    # --- navigation ------------------------------------------------------------------------------------------
    def visible_pages(self) -> list[PageEntry]:
        if self.user is None:
            return []
        return [p for p in self.pages if p.action is None or self.user.may(p.action)]

    def _page_visible(self, key: str) -> bool:
        return any(p.key == key for p in self.visible_pages())

    def _fill_nav(self) -> None:
        self.ui.nav.blockSignals(True)
        self.ui.nav.clear()
        for entry in self.visible_pages():
            item = QListWidgetItem(_title(entry.title))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.ui.nav.addItem(item)
        self.ui.nav.blockSignals(False)
        fit_navigation(self.ui.nav)
        self.ui.nav.setCurrentRow(0)

    def show_page(self, key: str) -> None:
        for row in range(self.ui.nav.count()):
            if self.ui.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.ui.nav.setCurrentRow(row)
                return
        raise KeyError(f"page {key!r} is not available to this user")

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.ui.nav.item(row).data(Qt.ItemDataRole.UserRole)
        entry = next(p for p in self.pages if p.key == key)
        self.ui.pages.setCurrentWidget(entry.widget)

    def _render_user(self) -> None:
        if self.user is None:
            self.ui.signed_in.setText(self.tr("Not signed in"))
        else:
            name = self.user.display_name or self.user.username
            roles = sorted(self._role_name(r.value) for r in self.user.roles)
            self.ui.signed_in.setText(self.tr("Signed in: %1 (%2)").replace("%1", name).replace("%2", ", ".join(roles)))
        self.station_label.setText(self.tr("Station: %1").replace("%1", self._options.station))

    def _role_name(self, role: str) -> str:
        return {
            "operator": self.tr("operator"),
            "supervisor": self.tr("supervisor"),
            "admin": self.tr("administrator"),
        }.get(role, role)

    def switch_language(self, language: Language) -> None:
        self._languages.switch(language)
        self.settings.show_language(language)

    def _toggle_language(self) -> None:
        self.switch_language(Language.EN if self._languages.current is Language.ZH_CN else Language.ZH_CN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.nav and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            fit_navigation(self.ui.nav)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._render_user()
            for row in range(self.ui.nav.count()):
                item = self.ui.nav.item(row)
                entry = next(p for p in self.pages if p.key == item.data(Qt.ItemDataRole.UserRole))
                item.setText(_title(entry.title))
            fit_navigation(self.ui.nav)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.leave_warning is not None and not self.leave_confirmed and event.spontaneous():
            # The person closed the demo's window (not a SIGTERM or the app quitting): its data is thrown away.
            event.ignore()
            ask(self, text=self.leave_warning(), yes_text=self.tr("Close and discard"), on_yes=self._leave)
            return
        # Closing mid-scan: release the camera; writes already handed to the bridge finish in app.run_gui.
        self.intake.stop_camera()
        super().closeEvent(event)
