"""The yard's local day: which calendar date a moment falls on where the yard is.

Clocks and stored timestamps are UTC (see :mod:`dismantler_app.domain.clock`); every date a person or a regulator
reads (a certificate's date of issue, a day's print batch, a traceability deadline's event date, a report's date)
is the yard's own calendar day. A certificate issued at 2026-06-01 23:30 UTC is dated 2026-06-02 in Shanghai
(UTC+8): dating it by UTC would print the previous day on every certificate issued between midnight and 08:00
Shanghai time.

The zone is an IANA name kept with the yard (``yard.timezone``); the default per market is in
:data:`DEFAULT_TIMEZONE`. EU yards span several zones, so Berlin is only a starting value that the yard changes.
Zone rules come from the ``tzdata`` package (declared in the lock), so Windows PCs without a system zone database
read them the same way.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from dismantler_app.domain.records import Market

DEFAULT_TIMEZONE = {
    Market.CN: "Asia/Shanghai",  # all of China keeps Beijing time (UTC+8, no daylight saving since 1991)
    Market.EU: "Europe/Berlin",  # CET/CEST; a yard elsewhere in the EU sets its own zone
    Market.US: "America/New_York",
}
# No zone is further than 14 hours from UTC (Pacific/Kiritimati +14, Etc/GMT+12 -12), so a UTC timestamp lies
# within one day either side of its local date: widen a UTC range by this much to be sure to catch every local day.
MAX_UTC_OFFSET = timedelta(hours=14)


class UnknownTimezone(ValueError):
    """A time-zone name the zone database does not know."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name!r} is not an IANA time-zone name; use one like Asia/Shanghai or Europe/Paris")
        self.name = name


def default_timezone(market: Market) -> str:
    return DEFAULT_TIMEZONE[market]


def yard_zone(name: str) -> ZoneInfo:
    """The zone for an IANA name; raises :class:`UnknownTimezone` for anything else (including paths)."""
    cleaned = name.strip()
    # ZoneInfo accepts relative file paths and "localtime"-style keys on some systems; a yard setting must be a
    # name from the database so that every PC and head office read it the same way.
    if not cleaned or cleaned not in _known_names():
        raise UnknownTimezone(name)
    try:
        return ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownTimezone(name) from exc


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    """The yard's calendar date at ``moment`` (an aware datetime, as clocks return)."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no place in time; clocks return aware UTC datetimes")
    return moment.astimezone(zone).date()


def local_day_of_stamp(stamp: str, zone: ZoneInfo) -> date:
    """The yard's calendar date of a stored ISO-8601 timestamp (the store writes ``datetime.isoformat()``)."""
    return local_day(datetime.fromisoformat(stamp), zone)


@cache
def _known_names() -> frozenset[str]:
    return frozenset(available_timezones())
