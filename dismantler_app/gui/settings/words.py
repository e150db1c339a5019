"""Words for the settings page: policy choices, markets, and what is wrong with a form before it is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from dismantler_app.domain.policy import HevHandling
from dismantler_app.domain.records import Market
from dismantler_app.storage import station_settings as files
from dismantler_app.storage.station_settings import StationSettings


def hev_name(handling: HevHandling) -> str:
    return {
        HevHandling.BLOCK_IF_REGISTERED: QCoreApplication.translate(
            "SettingsText", "Block only if head office registered a pack"
        ),
        HevHandling.RECORD_ONLY: QCoreApplication.translate("SettingsText", "Record only, never block"),
        HevHandling.AS_NEV: QCoreApplication.translate("SettingsText", "Treat like a new-energy vehicle"),
    }[handling]


def market_name(market: Market) -> str:
    return {
        Market.CN: QCoreApplication.translate("SettingsText", "China"),
        Market.EU: QCoreApplication.translate("SettingsText", "European Union"),
        Market.US: QCoreApplication.translate("SettingsText", "United States"),
    }[market]


def form_problem(settings: StationSettings) -> Callable[[], str] | None:
    """What keeps the form from being saved, as a translatable message; None when it can be saved."""
    if not settings.station:
        return lambda: QCoreApplication.translate("SettingsText", "Enter a station name (for example gate-1).")
    if not settings.symbologies:
        return lambda: QCoreApplication.translate("SettingsText", "Tick at least one kind of symbol to read.")
    try:
        files.validate_station_settings(settings)
    except ValueError as exc:  # the form's widgets only offer valid values; this names anything else
        detail = str(exc)
        return lambda: QCoreApplication.translate("SettingsText", "These settings cannot be saved: %1").replace(
            "%1", detail
        )
    return None
