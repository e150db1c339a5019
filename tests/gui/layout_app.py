"""Walks every page of the real app on a real X display (Xvfb, xcb) at the yard's screen sizes and text sizes, on the
demo yard plus an intake carrying many blocking reasons and a queue of submitted intakes, and reports what it
measured as one JSON line: every cut text by page, the desk queue's visible rows, the banners' share of the window.
Saves a screenshot of each page.

    python -m tests.gui.layout_app LANGUAGE OUT_DIR

Run by ``tests/gui/test_layout_xvfb.py``; it runs in its own process because the test session's QApplication is
offscreen and a process has one platform.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from dismantler_app.composition import open_app_context
from dismantler_app.domain.records import Documents, Fuel, PhotoKind, Powertrain, Vehicle
from dismantler_app.gui.app import Gui, build_gui
from dismantler_app.gui.common.i18n import install_fonts
from dismantler_app.gui.common.ports import GuiOptions
from dismantler_app.gui.common.text_size import TextSize, apply_text_size
from dismantler_app.services import intakes, packs, photos
from dismantler_app.services.demo import (
    DEMO_ACCOUNTS,
    demo_pack,
    demo_photo,
    demo_vin,
    enrol_at_demo_head_office,
    seed_demo_yard,
)
from dismantler_app.services.review import QueueFilter
from tests.gui.layout_check import cut_cells, cut_texts

# (window size, text size): the smallest yard screen at the default text, the common one at every text size.
PASSES = (
    ((1366, 768), TextSize.NORMAL),
    ((1920, 1080), TextSize.NORMAL),
    ((1920, 1080), TextSize.LARGER),
)
BLOCKED_SERIAL = 20  # the demo's own vehicles are 1–5
QUEUED_SERIALS = range(30, 36)  # six submitted petrol cars, so the desk's queue has more rows than it can show


def wait_until(condition: Callable[[], bool], timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the state measured")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def _petrol(serial: int) -> Vehicle:
    return Vehicle(
        vin=demo_vin(serial),
        plate=f"沪B{serial:05d}",
        vehicle_type="小型普通客车",
        brand="大众",
        model="SVW7182",
        engine_number=f"CSS{serial:06d}",
        powertrain=Powertrain.ICE,
        fuel=Fuel.PETROL,
        registration_date=date(2010, 1, 1),
        curb_mass_kg=1320.0,
    )


def seed_layout_cases(context, users) -> str:
    """A new-energy vehicle with no documents, four registered packs none scanned, no triage and no battery label
    photo (more than six blocking reasons) but five other photos, and six submitted petrol cars for the queue.
    Returns the blocked vehicle's VIN."""
    ctx, clock = context.services, context.clock
    operator, supervisor = users["operator"], users["supervisor"]
    blocked = Vehicle(vin=demo_vin(BLOCKED_SERIAL), powertrain=Powertrain.BEV, fuel=Fuel.ELECTRIC, brand="比亚迪")
    intake = intakes.create_intake(ctx, operator, clock, vehicle=blocked, documents=Documents())
    codes = [demo_pack(800 + n) for n in range(1, 5)]
    packs.load_registered_packs(ctx, supervisor, clock, intake, codes=codes)
    # More photos than the station's strip shows at once: it scrolls, and its captions must stay whole.
    for n, kind in enumerate((PhotoKind.EXTERIOR, PhotoKind.VIN, PhotoKind.DAMAGE, PhotoKind.DAMAGE, PhotoKind.DAMAGE)):
        photos.add_photo(ctx, operator, clock, intake, data=demo_photo(f"{kind.value} {n} {blocked.vin}"), kind=kind)
    for serial in QUEUED_SERIALS:
        vehicle = _petrol(serial)
        queued = intakes.create_intake(ctx, operator, clock, vehicle=vehicle, documents=_complete_documents())
        for kind in (PhotoKind.EXTERIOR, PhotoKind.VIN):
            photos.add_photo(ctx, operator, clock, queued, data=demo_photo(f"{kind} {vehicle.vin}"), kind=kind)
        intakes.submit_for_review(ctx, operator, clock, queued)
    return blocked.vin


def _complete_documents() -> Documents:
    from dismantler_app.services.demo import _documents

    return _documents()


def measure_pass(gui: Gui, *, size: tuple[int, int], text: TextSize, language: str, blocked_vin: str, out: Path):
    window = gui.window
    apply_text_size(gui.app, text)
    window.resize(*size)
    settle()
    tag = f"{size[0]}x{size[1]}_{language}_{text.value}"
    result: dict[str, object] = {"pass": tag, "cuts": [], "window": [window.width(), window.height()]}
    for entry in window.visible_pages():
        window.show_page(entry.key)
        if entry.key == "intake":
            window.intake.accept_text(blocked_vin)
            wait_until(lambda: window.intake.view is not None and window.intake.view.facts.vehicle.vin == blocked_vin)
        if entry.key == "records":  # every intake found, the first one's history shown
            records = entry.widget
            records.hits = []
            records.search()
            wait_until(lambda: bool(records.hits))  # noqa: B023
            records.ui.results.selectRow(0)
            wait_until(lambda: records.ui.history.rowCount() > 0)  # noqa: B023
        if entry.key == "supervisor":
            desk = entry.widget
            desk.ui.queue_filter.setCurrentIndex(desk.ui.queue_filter.findData(QueueFilter.AWAITING.value))
            desk.refresh()
            wait_until(lambda: desk.ui.queue.rowCount() >= len(QUEUED_SERIALS))  # noqa: B023
            mismatched = next(i for i, item in enumerate(desk.ui.queue.items) if item.vin == demo_vin(3))
            desk.ui.queue.selectRow(mismatched)
            wait_until(lambda: desk.view is not None and desk.view.facts.vehicle.vin == demo_vin(3))  # noqa: B023
        settle()
        window.grab().save(str(out / f"{tag}_{entry.key}.png"))
        cuts = cut_texts(window, page=entry.key)
        if entry.key in ("intake", "supervisor"):  # the pack's state, the queue's status: whole words
            cuts += cut_cells(entry.widget.ui.packs, [2], page=entry.key)
        if entry.key == "supervisor":
            cuts += cut_cells(entry.widget.ui.queue, [2], page=entry.key)
        if entry.key in ("intake", "supervisor"):
            table = entry.widget.ui.packs
            shown = [table.item(row, 2).text() for row in range(table.rowCount())]
            result[f"{entry.key}_pack_states"] = shown
            result[f"{entry.key}_pack_states_whole"] = shown == [table.state_text(r.state) for r in table.rows]
        result["cuts"] += [dataclasses.asdict(c) for c in cuts]
        if entry.key == "supervisor":
            queue = entry.widget.ui.queue
            row_height = queue.verticalHeader().defaultSectionSize()
            result["queue_rows_visible"] = queue.viewport().height() // row_height
            result["queue_rows"] = queue.rowCount()
            result["desk_banner_share"] = entry.widget.ui.banner.height() / window.height()
        if entry.key == "intake":
            result["intake_banner_share"] = window.intake.ui.banner.height() / window.height()
            banner = window.intake.ui.banner
            details, bar = banner.details, banner.reasons.verticalScrollBar()
            result["banner"] = {
                "reasons": len(banner.reason_lines()),
                "lines_listed": details.text().count("•"),
                # every line can be scrolled to: the text is as high as its wrapped lines
                "all_reachable": details.height() >= details.heightForWidth(details.width()) - 1,
                "first_line_shown": bar.value() == 0,
                # a scroll bar a hand can use: at least two lines high
                "bar_usable": not bar.isVisible() or bar.height() >= 2 * details.fontMetrics().lineSpacing(),
            }
    window.lock_by_user()  # the lock screen, as the next person finds it
    settle()
    window.grab().save(str(out / f"{tag}_sign_in.png"))
    result["cuts"] += [dataclasses.asdict(c) for c in cut_texts(window, page="sign_in")]
    sign_in(gui)
    apply_text_size(gui.app, TextSize.NORMAL)
    return result


def sign_in(gui: Gui) -> None:
    admin = DEMO_ACCOUNTS[0]
    gui.window.sign_in.ui.username.setText(admin.username)
    gui.window.sign_in.ui.password.setText(admin.password)
    gui.window.sign_in.ui.sign_in_button.click()
    wait_until(lambda: gui.window.user is not None)


def main(language: str, out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    install_fonts(app)
    results = []
    with tempfile.TemporaryDirectory(prefix="dismantler-layout-") as tmp, open_app_context(Path(tmp) / "yard") as ctx:
        ctx.services = dataclasses.replace(ctx.services, station="demo")
        demo = seed_demo_yard(ctx.services, ctx.clock)
        enrol_at_demo_head_office(ctx.services, ctx.clock)  # as the demo is: the sync page shows its buttons
        blocked_vin = seed_layout_cases(ctx, demo.users)
        options = GuiOptions(station="demo", language=language, log_dir=Path(tmp) / "logs")
        gui = build_gui(app, ctx, options)
        try:
            gui.window.move(0, 0)
            gui.window.show()
            sign_in(gui)
            for size, text in PASSES:
                results.append(
                    measure_pass(gui, size=size, text=text, language=language, blocked_vin=blocked_vin, out=out)
                )
            wait_until(lambda: gui.bridge.in_flight == 0)
        finally:
            gui.close()
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
