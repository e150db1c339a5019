"""Users (administrators only): the yard's users with their roles and state; add one, set roles, disable or enable,
reset a password. Each change is one ``services.users`` call through the bridge, then the list is read again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import Role
from dismantler_app.gui.common.context import PageContext
from dismantler_app.gui.common.problems import describe_problem
from dismantler_app.gui.common.record_words import role_name
from dismantler_app.gui.common.tables import fill_table, selected_key, set_up_table
from dismantler_app.gui.common.text_size import set_text_role
from dismantler_app.gui.forms.ui_users_page import Ui_UsersPage
from dismantler_app.services import user_directory, users


class UsersPage(QWidget):
    loaded = Signal()  # the list on screen is fresh (tests wait for it)

    def __init__(
        self,
        context: PageContext,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        bridge, services, clock, current_user = context.bridge, context.services, context.clock, context.current_user
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        self._bridge, self._services, self._clock, self._current_user = bridge, services, clock, current_user
        self.users: list[User] = []
        self._message: Callable[[], str] = lambda: ""
        ui = self.ui
        set_text_role(ui.heading, "heading")
        set_up_table(ui.users, 4)
        self._role_boxes = {
            Role.OPERATOR: ui.role_operator,
            Role.SUPERVISOR: ui.role_supervisor,
            Role.ADMIN: ui.role_admin,
        }
        self._add_boxes = {Role.OPERATOR: ui.add_operator, Role.SUPERVISOR: ui.add_supervisor, Role.ADMIN: ui.add_admin}
        for button in (ui.set_roles_button, ui.reset_password_button, ui.disable_button, ui.add_button):
            button.setMinimumHeight(44)
        ui.users.itemSelectionChanged.connect(self._show_selected)
        ui.set_roles_button.clicked.connect(self.set_roles)
        ui.reset_password_button.clicked.connect(self.reset_password)
        ui.disable_button.clicked.connect(self.toggle_disabled)
        ui.add_button.clicked.connect(self.add_user)
        self._retranslate()
        self._show_selected()

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        user = self._current_user()
        if user is not None and user.may(Action.MANAGE_USERS):
            self._bridge.run(
                user_directory.list_users, self._services, user, on_done=self._show, on_error=self._refused
            )

    def _show(self, listed: list[User]) -> None:
        selected = self.selected()
        self.users = listed
        rows = [
            (
                u.username,
                u.display_name or "—",
                self.tr(", ").join(role_name(r) for r in sorted(u.roles)),
                self.tr("Disabled") if u.disabled else self.tr("Active"),
            )
            for u in listed
        ]
        fill_table(
            self.ui.users,
            rows,
            keys=[u.id for u in listed],
            colours=[("#9e9e9e" if u.disabled else None) for u in listed],
        )
        if selected is not None:
            for row, u in enumerate(listed):
                if u.id == selected.id:
                    self.ui.users.selectRow(row)
        self._show_selected()
        self.loaded.emit()

    def selected(self) -> User | None:
        key = selected_key(self.ui.users)
        return next((u for u in self.users if u.id == key), None)

    def select_user(self, username: str) -> None:
        self.ui.users.selectRow(next(i for i, u in enumerate(self.users) if u.username == username))

    def _show_selected(self) -> None:
        user = self.selected()
        for role, box in self._role_boxes.items():
            box.setChecked(user is not None and role in user.roles)
        self.ui.selected_box.setEnabled(user is not None)
        self.ui.selected_box.setTitle(
            self.tr("Selected user: %1").replace("%1", user.username) if user else self.tr("Select a user in the list")
        )
        disabled = user is not None and user.disabled
        self.ui.disable_button.setText(self.tr("&Enable") if disabled else self.tr("&Disable"))

    # --- actions ---------------------------------------------------------------------------------------------
    def _change(
        self, fn: Callable[..., object], message: Callable[[], str], *, clear: QLineEdit | None = None, **kw
    ) -> None:
        actor = self._current_user()
        if actor is None:
            return

        def done(_result: object) -> None:
            if clear is not None:
                clear.clear()
            self._say(message, ok=True)
            self.refresh()

        self._bridge.run(
            fn, self._services, actor, self._clock, on_done=done, on_error=self._refused, changes_records=True, **kw
        )

    def set_roles(self) -> None:
        if (user := self.selected()) is not None:
            roles = frozenset(r for r, box in self._role_boxes.items() if box.isChecked())
            self._change(
                users.set_roles,
                lambda: self.tr("Roles of %1 saved.").replace("%1", user.username),
                user_id=user.id,
                roles=roles,
            )

    def toggle_disabled(self) -> None:
        if (user := self.selected()) is not None:
            done = (
                (lambda: self.tr("%1 can sign in again."))
                if user.disabled
                else (lambda: self.tr("%1 can no longer sign in."))
            )
            self._change(
                users.disable_user,
                lambda: done().replace("%1", user.username),
                user_id=user.id,
                disabled=not user.disabled,
            )

    def reset_password(self) -> None:
        if (user := self.selected()) is not None:
            self._change(
                users.reset_password,
                lambda: self.tr("Password of %1 reset.").replace("%1", user.username),
                clear=self.ui.new_password,
                user_id=user.id,
                new_password=self.ui.new_password.text(),
            )

    def add_user(self) -> None:
        ui = self.ui
        name = ui.add_username.text().strip()
        roles = frozenset(r for r, box in self._add_boxes.items() if box.isChecked())
        self._change(
            users.add_user,
            lambda: self.tr("User %1 added.").replace("%1", name),
            clear=ui.add_password,
            username=name,
            password=ui.add_password.text(),
            roles=roles,
            display_name=ui.add_display_name.text().strip(),
        )

    def _refused(self, error: BaseException) -> None:
        if describe_problem(error) is None:
            raise error
        self._say(lambda: describe_problem(error) or "", ok=False)

    def _say(self, message: Callable[[], str], *, ok: bool) -> None:
        self._message = message
        self.ui.feedback.setStyleSheet(f"color: {'#1b5e20' if ok else '#b71c1c'}; font-weight: bold;")
        self.ui.feedback.setText(message())

    def feedback(self) -> str:
        return self.ui.feedback.text()

    def _retranslate(self) -> None:
        self.ui.users.setHorizontalHeaderLabels(
            [self.tr("Sign-in name"), self.tr("Full name"), self.tr("Roles"), self.tr("State")]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self._show(self.users)
            self.ui.feedback.setText(self._message())
        super().changeEvent(event)
