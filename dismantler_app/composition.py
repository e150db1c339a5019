"""The composition root: builds the settings, the database, the photo store and the services, and wires them.

Nothing else reaches for globals: the CLI and (later) the desktop app call :func:`open_app_context` once and pass
what it returns down.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

from dismantler_app.domain.clock import Clock, SystemClock
from dismantler_app.services.context import ServiceContext
from dismantler_app.storage.backup import IntegrityReport, backup_to, check_integrity, restore_from, rotate_daily_backup
from dismantler_app.storage.database import Store
from dismantler_app.storage.photos import PhotoStore
from dismantler_app.storage.privacy import private_folder
from dismantler_app.storage.session import Transactional

APP_NAME = "dismantler"
DATABASE_NAME = "yard.sqlite3"
# A week of daily backups covers a long weekend plus the time it takes to notice a problem.
DEFAULT_BACKUPS_KEPT = 7


def open_store(path: Path, *, create: bool = True) -> Transactional:
    """Opens the database file; raises the store's ``DatabaseRefused`` errors (messages say what to do)."""
    return Store.open(Path(path), create=create)


def backup_database(store: Transactional, target: Path) -> Path:
    return backup_to(store, Path(target))


def restore_database(settings: Settings, source: Path) -> str:
    """Installs a backup as the live database; returns the new db epoch. Refused while the database is open."""
    return restore_from(Path(source), settings.database_path)


def check_database(settings: Settings) -> IntegrityReport:
    """Runs ``quick_check`` on the live database file (read only; safe while the app runs)."""
    return check_integrity(settings.database_path)


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    backups_kept: int = DEFAULT_BACKUPS_KEPT
    station: str = ""

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def photos_dir(self) -> Path:
        return self.data_dir / "photos"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def settings_for(data_dir: Path | str | None) -> Settings:
    return Settings(data_dir=Path(data_dir) if data_dir else default_data_dir())


@dataclass
class AppContext:
    settings: Settings
    clock: Clock
    store: Store
    photos: PhotoStore
    services: ServiceContext

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_daily_backup(store: Store, settings: Settings, clock: Clock) -> Path | None:
    """Today's backup, checked and rotated (``storage.backup.rotate_daily_backup``); raises ``BackupDamaged``."""
    return rotate_daily_backup(store, settings.backups_dir, today=clock.now().date(), keep=settings.backups_kept)


def open_app_context(
    data_dir: Path | str | None, *, clock: Clock | None = None, daily_backup: bool = False
) -> AppContext:
    """Opens (creating on first run) the data folder and database; raises the store's ``DatabaseRefused`` errors."""
    settings = settings_for(data_dir)
    private_folder(settings.data_dir)
    clock = clock or SystemClock()
    store = Store.open(settings.database_path)
    try:
        photos = PhotoStore(settings.photos_dir)
        if daily_backup:
            make_daily_backup(store, settings, clock)
    except BaseException:
        store.close()
        raise
    return AppContext(
        settings=settings,
        clock=clock,
        store=store,
        photos=photos,
        services=ServiceContext(store=store, photos=photos, station=settings.station),
    )


def run_desktop_app(args: argparse.Namespace) -> int:
    """Starts the desktop app on the data folder. The daily backup runs in the background once the window is up (on a
    large yard database it takes seconds, and a damaged copy is shown as a warning instead of keeping the app from
    starting, so the operator can still work and a supervisor can restore). The station settings file gives the camera,
    language, station name and lock time; ``--camera`` and ``--language`` override them for this run. A damaged
    settings file starts with the defaults; the settings page shows the damage and replaces it when confirmed."""
    if getattr(args, "demo", False):
        return run_demo_app(args)
    from dismantler_app.gui.app import Gui, run_gui
    from dismantler_app.gui.camera.scan_adapter import camera_from_spec
    from dismantler_app.gui.camera.station import camera_for
    from dismantler_app.gui.common.keys import yard_key_source
    from dismantler_app.gui.common.ports import GuiOptions
    from dismantler_app.gui.sync.background import BackgroundSync
    from dismantler_app.gui.wiring import start_station
    from dismantler_app.storage.station_settings import (
        StationSettings,
        StationSettingsCorrupt,
        load_station_settings,
        settings_path,
    )

    spec = getattr(args, "camera", None)
    language = getattr(args, "language", None)
    with open_app_context(args.data_dir) as context:
        try:
            station = load_station_settings(settings_path(context.settings.data_dir))
        except StationSettingsCorrupt:
            station = StationSettings()
        options = GuiOptions(
            station=context.settings.station or station.station,
            idle_lock_seconds=station.idle_lock_seconds,
            language=language or station.language,
            text_size=station.text_size,
            camera=camera_from_spec(spec) if spec else camera_for(station),
        )
        context.services = replace(context.services, station=options.station)
        # Sync runs in the background while the app is open and the yard is enrolled; stopped before the store
        # closes, after the window is gone.
        background = BackgroundSync(
            services=context.services,
            clock=context.clock,
            keys=yard_key_source(context.services),
            hub_url=station.hub_url,
        )

        def started(gui: Gui) -> None:
            gui.bridge.run(make_daily_backup, context.store, context.settings, context.clock)
            start_station(gui, station)
            gui.window.sync.attach_background(background)
            gui.window.sync.start_background()

        try:
            return run_gui(context, argv=sys.argv[:1], options=options, on_started=started)
        finally:
            background.stop()


@dataclass
class DemoSession:
    folder: Path  # the temporary folder holding the demo yard and its logs; gone when the session ends
    context: AppContext
    options: object  # the GUI's GuiOptions (typed loosely: this module imports no GUI code at import time)


@contextmanager
def demo_session(*, language: str | None = None) -> Iterator[DemoSession]:
    """The demo yard of ``--demo`` in a new temporary folder: seeded through the services, enrolled at the demo's
    head office (so a USB bundle can be exported), the virtual camera on the bundled labels. The folder is removed
    when the session ends, however it ends (an exception, ``SystemExit``, SIGTERM or Ctrl+C turned into a normal
    quit by :func:`~dismantler_app.gui.demo_mode.quit_on_termination`); only a hard kill (SIGKILL, a crash of the
    interpreter) leaves it behind, in the system's temporary folder."""
    import tempfile

    from dismantler_app.gui.common.ports import GuiOptions
    from dismantler_app.gui.demo_mode import demo_camera
    from dismantler_app.resources import asset
    from dismantler_app.services.demo import enrol_at_demo_head_office, seed_demo_yard

    # ignore_cleanup_errors: on Windows a file still held open by a virus scanner must not turn a clean exit into a
    # traceback; the folder is in the user's temporary folder, which Windows' storage sense empties anyway.
    with (
        tempfile.TemporaryDirectory(prefix="dismantler-demo-", ignore_cleanup_errors=True) as tmp,
        open_app_context(Path(tmp) / "yard") as context,
    ):
        context.services = replace(context.services, station="demo")
        seed_demo_yard(context.services, context.clock)
        enrol_at_demo_head_office(context.services, context.clock)
        options = GuiOptions(station="demo", log_dir=Path(tmp) / "logs", camera=demo_camera(asset("demo")))
        if language:
            options = replace(options, language=language)
        yield DemoSession(folder=Path(tmp), context=context, options=options)


def run_demo_app(args: argparse.Namespace) -> int:
    """``--demo``: the desktop app on a throw-away demo yard (:func:`demo_session`), deleted when the app closes, with
    a virtual camera playing the bundled labels. ``--language`` applies; ``--data-dir`` and ``--camera`` do not (the
    demo never touches a real yard's data or a real camera)."""
    from dismantler_app.gui.app import Gui, run_gui
    from dismantler_app.gui.demo_mode import quit_on_termination, show_demo_accounts
    from dismantler_app.services.demo import DEMO_ACCOUNTS

    def started(gui: Gui) -> None:
        show_demo_accounts(gui.window.sign_in, DEMO_ACCOUNTS)
        quit_on_termination(gui.app)  # from here on SIGTERM closes the window like a person would

    # Until the window is up, SIGTERM unwinds like Ctrl+C does, through the session's clean-up.
    previous = signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        with demo_session(language=getattr(args, "language", None)) as session:
            return run_gui(session.context, argv=sys.argv[:1], options=session.options, on_started=started)  # type: ignore[arg-type]
    finally:
        signal.signal(signal.SIGTERM, previous)


def _exit_on_signal(number: int, _frame: object) -> None:
    raise SystemExit(128 + number)  # the shell's convention for "ended by signal N"
