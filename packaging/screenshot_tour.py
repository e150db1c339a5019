"""The walk through the desktop app that ``packaging/screenshots.py`` photographs: the same widgets, services, demo
yard and demo camera a person meets, driven through the pages' public objects as the GUI tests drive them.

Each step waits for the state the guide describes (the banner's reasons, a read label, a rendered certificate) and
fails loudly, naming the step, if it never comes. Pictures are grabbed from the X server, so dialogs and the status
bar are in them exactly as on a yard PC's screen.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from dismantler_app.composition import AppContext, open_app_context
from dismantler_app.domain.eligibility import BlockCode
from dismantler_app.domain.records import Market, PhotoKind, RiskClass
from dismantler_app.gui.app import Gui, build_gui
from dismantler_app.gui.common.confirm import answer_yes
from dismantler_app.gui.common.ports import GuiOptions
from dismantler_app.gui.demo_mode import demo_camera, show_demo_accounts
from dismantler_app.gui.wiring import attach_station, start_station
from dismantler_app.resources import asset
from dismantler_app.services import demo
from dismantler_app.storage.station_settings import StationSettings

WAIT_S = 30.0
# 256 colours keep text crisp (screens are flat colours) and the set of ~36 pictures near 2.5 MB instead of ~9 MB.
PALETTE_COLOURS = 256
SETTLE_MS = 400  # a repaint after the last change, and the scan flash faded (gui/camera/preview.py)
# Fictitious yard for the first-run pictures; the USCC is the demo yard's (a valid check character).
WIZARD_YARD = {"code": "SH01", "name": "上海示例报废汽车回收拆解有限公司", "licence": "沪拆解资 2026-018"}


class StepFailed(RuntimeError):
    """A screen did not reach the state the guide shows."""


class Tour:
    def __init__(self, app: QApplication, *, language: str, workdir: Path, out: Path) -> None:
        self.app, self.language, self.workdir, self.out = app, language, workdir, out
        self.number = 0
        self.gui: Gui | None = None
        self.context: AppContext | None = None

    # --- tools -----------------------------------------------------------------------------------------------
    def wait(self, what: str, ready: Callable[[], object], timeout_s: float = WAIT_S) -> None:
        deadline = time.monotonic() + timeout_s
        while not ready():
            if time.monotonic() > deadline:
                raise StepFailed(f"{self.language}: timed out waiting for {what}")
            self.app.processEvents()
            time.sleep(0.02)

    def settle(self, ms: int = SETTLE_MS) -> None:
        deadline = time.monotonic() + ms / 1000
        while time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.02)

    def shot(self, name: str, *, crop: tuple[int, int, int, int] | None = None) -> Path:
        """The whole X screen (or ``crop``: x, y, width, height) as an optimised palette PNG."""
        self.settle()
        self.number += 1
        image = QApplication.primaryScreen().grabWindow(0).toImage()
        if crop is not None:
            image = image.copy(*crop)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
        palette = picture.quantize(colors=PALETTE_COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        path = self.out / f"{self.number:02d}-{name}.png"
        palette.save(path, optimize=True)
        return path

    def place(self, window: QWidget) -> None:
        # No window manager on Xvfb: "maximised" is the screen's size at its corner.
        window.setGeometry(0, 0, 1366, 768)
        window.show()
        self.wait("the main window on screen", window.isVisible)

    def close(self) -> None:
        if self.gui is not None:
            self.gui.close()
            self.gui = None
        if self.context is not None:
            self.context.close()
            self.context = None

    # --- the tour --------------------------------------------------------------------------------------------
    def run(self) -> None:
        self.first_run()
        self.close()
        self.demo_yard()

    def first_run(self) -> None:
        self.context = open_app_context(self.workdir / "fresh")
        options = GuiOptions(station="gate-1", language=self.language, log_dir=self.workdir / "logs")
        self.gui = gui = build_gui(self.app, self.context, options)
        self.place(gui.window)
        start_station(gui, StationSettings(language=self.language))
        self.wait("the first-run wizard", lambda: getattr(gui.window, "first_run", None) is not None)
        wizard = gui.window.first_run  # type: ignore[attr-defined]
        wizard.move(323, 60)
        ui = wizard.ui
        ui.yard_code.setText(WIZARD_YARD["code"])
        ui.yard_name.setText(WIZARD_YARD["name"])
        ui.market.setCurrentIndex(ui.market.findData(Market.CN.value))
        ui.licence.setText(WIZARD_YARD["licence"])
        ui.uscc.setText(demo.DEMO_YARD.uscc)
        ui.address.setText("上海市嘉定区示例路 88 号")
        self.shot("wizard-yard")
        wizard.next()
        self.wait("the wizard's admin page", lambda: wizard.currentId() == 1)
        ui.username.setText("wang")
        ui.display_name.setText("王经理")
        ui.password.setText("yard-2026!")
        ui.password_again.setText("yard-2026!")
        self.shot("wizard-admin")
        wizard.next()
        self.wait("the wizard's camera page", lambda: wizard.currentId() == 2)
        ui.camera.setCurrentText(str(asset("demo") / "labels"))
        wizard.test_camera()
        self.wait("a camera picture in the wizard", lambda: ui.preview.frames_shown > 0)
        self.shot("wizard-camera")
        wizard.reject()

    def demo_yard(self) -> None:
        self.context = context = open_app_context(self.workdir / "demo")
        from dataclasses import replace

        context.services = replace(context.services, station="demo")
        seeded = demo.seed_demo_yard(context.services, context.clock)
        options = GuiOptions(
            station="demo", language=self.language, log_dir=self.workdir / "logs", camera=demo_camera(asset("demo"))
        )
        self.gui = gui = build_gui(self.app, context, options)
        show_demo_accounts(gui.window.sign_in, demo.DEMO_ACCOUNTS)
        attach_station(gui, StationSettings(language=self.language))
        self.place(gui.window)
        self.shot("sign-in")
        self.operator(gui)
        self.supervisor(gui, seeded)
        self.admin(gui)

    def sign_in(self, gui: Gui, username: str) -> None:
        gui.window.sign_out()
        page = gui.window.sign_in
        page.ui.username.setText(username)
        page.ui.password.setText(demo.DEMO_PASSWORD)
        page.ui.sign_in_button.click()
        self.wait(f"{username} signed in", lambda: gui.window.user is not None)

    def operator(self, gui: Gui) -> None:
        self.sign_in(gui, "operator")
        intake = gui.window.intake

        def blocks() -> set[BlockCode]:
            return set(intake.view.eligibility.codes()) if intake.view is not None else set()

        self.wait("the camera reading the VIN", lambda: BlockCode.PACK_MISSING in blocks(), timeout_s=60)
        self.shot("intake-pack-missing")
        self.wait(
            "the camera reading the missing pack",
            lambda: intake.view is not None and demo.CAMERA_PACK in {p.code for p in intake.view.facts.scanned},
            timeout_s=60,
        )
        self.shot("intake-pack-read")
        intake.editing.edit_vehicle()
        self.wait("the vehicle dialog", lambda: intake.editing.dialog is not None and intake.editing.dialog.isVisible())
        self.shot("vehicle-dialog")
        intake.editing.dialog.reject()
        self.wait("the vehicle dialog closed", lambda: intake.editing.dialog is None)
        intake.editing.triage()
        self.wait("the triage dialog", lambda: intake.editing.dialog is not None and intake.editing.dialog.isVisible())
        dialog = intake.editing.dialog
        dialog.ui.pack.setCurrentIndex(dialog.ui.pack.findData(demo.CAMERA_PACK))
        for sign in (dialog.ui.sign_visible_damage, dialog.ui.sign_leak, dialog.ui.sign_swelling):
            sign.setCurrentIndex(sign.findData(False))  # every sign answered: nothing is chosen for the operator
        dialog.ui.temperature.setValue(21.5)
        dialog.ui.insulation.setValue(48.5)
        dialog.ui.voltage.setValue(351.6)
        dialog.ui.soc.setValue(36)
        dialog.ui.risk_class.setCurrentIndex(dialog.ui.risk_class.findData(RiskClass.NORMAL.value))
        self.shot("triage-dialog")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        self.wait("the triage saved", lambda: BlockCode.TRIAGE_MISSING not in blocks())
        intake.editing.capture_photo(PhotoKind.EXTERIOR)
        self.wait("the photo saved", lambda: "exterior" in intake.feedback().lower() or "外观" in intake.feedback())
        self.wait("the green banner", lambda: intake.view is not None and intake.view.eligibility.eligible)
        self.shot("intake-eligible")
        intake.submit()
        self.wait(
            "the intake submitted", lambda: intake.view is not None and intake.view.record.status.value == "submitted"
        )

    def supervisor(self, gui: Gui, seeded: demo.DemoYard) -> None:
        self.sign_in(gui, "supervisor")
        gui.window.show_page("supervisor")
        desk = gui.window.pages[1].widget
        mismatched = seeded.intakes[demo.DemoCase.MISMATCHED_PACK]
        self.wait("the review queue", lambda: any(i.intake_id == mismatched for i in desk.items))
        desk.ui.queue.select_intake(mismatched)
        self.wait(
            "the mismatched intake on the desk", lambda: desk.view is not None and desk.view.intake_id == mismatched
        )
        desk.ui.document_ref.setText("WX-2024-0318")
        self.shot("supervisor-mismatch")
        desk.resolve_mismatch()
        self.wait("the replacement recorded", lambda: desk.view is not None and desk.view.eligibility.eligible)
        desk.approve()
        self.wait("the intake approved", lambda: desk.view.record.status.value == "approved")
        desk.issue()
        self.wait("the question before issuing", lambda: getattr(desk, "confirmation", None) is not None)
        answer_yes(desk.confirmation)
        self.wait("the certificate issued", lambda: desk.view.certificate is not None)
        self.shot("supervisor-issued")
        desk.open_preview(copy=False)
        self.wait("the certificate preview", lambda: desk.preview is not None and desk.preview.isVisible())
        preview = desk.preview
        self.wait("the certificate rendered", lambda: preview.page_count > 0 or preview.ui.summary.isVisible())
        preview.move(183, 0)
        self.shot("certificate-preview")
        desk.close_preview()

    def admin(self, gui: Gui) -> None:
        self.sign_in(gui, "admin")
        window = gui.window
        window.show_page("records")
        records = window.pages[2].widget
        records.search()
        self.wait("search results", lambda: bool(records.hits))
        certified = next(i for i, h in enumerate(records.hits) if h.certificate_number)
        records.ui.results.selectRow(certified)
        self.wait("the intake's history", lambda: bool(records.entries))
        self.shot("records")
        window.show_page("batteries")
        stock = window.pages[3].widget
        self.wait("batteries in stock", lambda: bool(getattr(stock, "packs", None)))
        self.shot("batteries")
        window.show_page("users")
        users_page = window.pages[5].widget
        self.wait("the users", lambda: bool(users_page.users))
        users_page.select_user("operator")
        self.shot("users")
        window.show_page("settings")
        self.wait("the yard's rules", lambda: window.settings.yard is not None)
        self.shot("settings")
        window.show_page("sync")
        sync = window.sync
        done: list[bool] = []
        sync.finished.connect(lambda: done.append(True))
        sync.sync_now()
        self.wait("the sync attempt", lambda: bool(done))
        self.wait("the sync status", lambda: sync.status is not None, timeout_s=10)
        self.shot("sync")
        bar_widget = window.ui.status_bar
        top = bar_widget.mapToGlobal(bar_widget.rect().topLeft()).y()
        self.shot("status-bar", crop=(0, top, 1366, bar_widget.height()))
