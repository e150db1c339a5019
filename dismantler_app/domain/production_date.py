"""The three production-date characters of a GB/T 34014-2017 battery code (positions 15-17: year, month, day).

One table serves all three (domain.md): ``1``-``9`` are 1-9, then ``A`` = 10 … ``Y`` = 30 with ``I O Q U Z``
skipped; year = 2010 + value, month uses ``1``-``9``, ``A``, ``B``, ``C``. A correction to the table is a one-line
change to :data:`DATE_CHARS`.

What rejects and what warns, and why:

* A year or month character outside the table rejects the code (``bad_year`` / ``bad_month``): every source agrees on
  those characters, so anything else means the text is not a battery code (issue 2, "reject look-alikes").
* The day never rejects. Sources disagree on days 27-31: some count ``U`` in the table (then ``U`` = 27 … ``Y`` = 31),
  some write ``0`` for 31. ``V``-``Y``, ``U`` and ``0`` decode to a best guess with ``production_day_ambiguous``;
  any other character, or a day the month does not have, leaves ``day_date`` empty with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dismantler_app.domain.codes import CodeRejected, RejectReason

DATE_CHARS = "123456789ABCDEFGHJKLMNPRSTVWXY"
YEAR_BASE = 2010
MONTH_CHARS = DATE_CHARS[:12]

_VALUES = {char: index + 1 for index, char in enumerate(DATE_CHARS)}
# Day characters whose meaning depends on which reading of the table a maker followed (see module docstring).
_AMBIGUOUS_DAYS = frozenset("VWXY")
_ALTERNATIVE_DAYS = {"U": 27, "0": 31}

DAY_AMBIGUOUS = "production_day_ambiguous"
DAY_UNREADABLE = "production_day_unreadable"
DAY_OUT_OF_RANGE = "production_day_out_of_range"


def encode_date_char(n: int) -> str:
    """The table character for 1-30."""
    if not 1 <= n <= len(DATE_CHARS):
        raise ValueError(f"date characters encode 1-{len(DATE_CHARS)}, got {n}")
    return DATE_CHARS[n - 1]


def decode_date_char(c: str) -> int:
    """The value 1-30 of a table character; ``ValueError`` for characters outside the table."""
    try:
        return _VALUES[c.upper()]
    except (KeyError, AttributeError):
        raise ValueError(f"{c!r} is not a date character ({DATE_CHARS})") from None


@dataclass(frozen=True)
class ProductionDate:
    year: int
    month: int
    day: int | None
    day_date: date | None
    warnings: tuple[str, ...] = ()


def decode_production_date(chars: str) -> ProductionDate:
    """Decode year, month, day characters; rejects bad year or month, only warns about the day."""
    year_char, month_char, day_char = chars
    if year_char not in _VALUES:
        raise CodeRejected(RejectReason.BAD_YEAR, f"year {year_char!r} at position 15; expected one of {DATE_CHARS}")
    if month_char not in MONTH_CHARS:
        raise CodeRejected(
            RejectReason.BAD_MONTH, f"month {month_char!r} at position 16; expected one of {MONTH_CHARS}"
        )
    year, month = YEAR_BASE + _VALUES[year_char], _VALUES[month_char]
    warnings: list[str] = []
    day: int | None = _VALUES.get(day_char) or _ALTERNATIVE_DAYS.get(day_char)
    if day is None:
        warnings.append(DAY_UNREADABLE)
    elif day_char in _AMBIGUOUS_DAYS or day_char in _ALTERNATIVE_DAYS:
        warnings.append(DAY_AMBIGUOUS)
    day_date = None
    if day is not None:
        try:
            day_date = date(year, month, day)
        except ValueError:
            warnings.append(DAY_OUT_OF_RANGE)
    return ProductionDate(year=year, month=month, day=day, day_date=day_date, warnings=tuple(warnings))


def encode_production_date(when: date) -> str:
    """The three characters for a date from 2011 to 2040. Day 31 has no agreed character; ``0`` is written."""
    if not YEAR_BASE + 1 <= when.year <= YEAR_BASE + len(DATE_CHARS):
        raise ValueError(f"battery codes encode years {YEAR_BASE + 1}-{YEAR_BASE + len(DATE_CHARS)}, got {when.year}")
    day = "0" if when.day == 31 else encode_date_char(when.day)
    return encode_date_char(when.year - YEAR_BASE) + encode_date_char(when.month) + day
