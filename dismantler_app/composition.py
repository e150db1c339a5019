"""The composition root: builds the settings, the database, the photo store and the services, and wires them.

Nothing else reaches for globals: the CLI and (later) the desktop app call :func:`open_app_context` once and pass
what it returns down.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

from dismantler_app.domain.clock import Clock, SystemClock
from dismantler_app.services.context import ServiceContext
from dismantler_app.storage.backup import backup_to, restore_from, rotate_daily_backup
from dismantler_app.storage.database import Store
from dismantler_app.storage.photos import PhotoStore
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
    """Installs a backup as the live database (the app must be closed); returns the new db epoch."""
    return restore_from(Path(source), settings.database_path)


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


def open_app_context(
    data_dir: Path | str | None, *, clock: Clock | None = None, daily_backup: bool = False
) -> AppContext:
    """Opens (creating on first run) the data folder and database; raises the store's ``DatabaseRefused`` errors."""
    settings = settings_for(data_dir)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    clock = clock or SystemClock()
    store = Store.open(settings.database_path)
    try:
        photos = PhotoStore(settings.photos_dir)
        if daily_backup:
            rotate_daily_backup(store, settings.backups_dir, today=clock.now().date(), keep=settings.backups_kept)
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
    """Starts the desktop app on the data folder (daily backup first); the camera comes from ``--camera``."""
    from dismantler_app.gui.app import run_gui
    from dismantler_app.gui.ports import GuiOptions
    from dismantler_app.gui.scan_adapter import camera_from_spec

    spec = getattr(args, "camera", None)
    language = getattr(args, "language", None)
    with open_app_context(args.data_dir, daily_backup=True) as context:
        options = GuiOptions(
            station=context.settings.station or "station-1",
            camera=camera_from_spec(spec) if spec else None,
        )
        if language:
            options = replace(options, language=language)
        return run_gui(context, argv=sys.argv[:1], options=options)
