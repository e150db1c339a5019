"""Traceability-report deadlines counted in working days of the official Chinese calendar.

Evidence: the 2018 traceability management rules, Art. 13 — upload within 15 working days of issuing the scrapping
certificate (VIN, scrap date, pack codes, battery type) and of a pack leaving the yard (pack code, outbound date,
receiver name and USCC). Working days follow the State Council's holiday notice, including make-up working weekends;
``chinesecalendar`` carries those notices. The day of the event is day 0; the due date is the 15th working day after
it. For a year the calendar does not cover yet (the notice comes out each November), Monday to Friday are counted and
the due date is marked *estimated*; the yard can add its own holiday and make-up-day corrections.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

import chinese_calendar

TRACEABILITY_WORKING_DAYS = 15


class ReportKind(StrEnum):
    VEHICLE_SCRAPPED = "vehicle_scrapped"
    PACK_OUTBOUND = "pack_outbound"


class DeadlineStatus(StrEnum):
    DUE = "due"
    OVERDUE = "overdue"
    REPORTED = "reported"


@dataclass(frozen=True)
class WorkingCalendar:
    """The official calendar plus the yard's own corrections (dates the published data does not know yet)."""

    extra_holidays: frozenset[date] = field(default_factory=frozenset)
    extra_workdays: frozenset[date] = field(default_factory=frozenset)

    def is_working_day(self, day: date) -> tuple[bool, bool]:
        """Returns (working day, known from published data or the yard's corrections)."""
        if day in self.extra_holidays:
            return False, True
        if day in self.extra_workdays:
            return True, True
        try:
            return bool(chinese_calendar.is_workday(day)), True
        except NotImplementedError:
            return day.weekday() < 5, False


@dataclass(frozen=True)
class DueDate:
    due: date
    estimated: bool = False


def add_working_days(start: date, working_days: int, *, calendar: WorkingCalendar | None = None) -> DueDate:
    if working_days < 0:
        raise ValueError("working_days must be zero or more")
    cal = calendar or WorkingCalendar()
    day, counted, estimated = start, 0, False
    while counted < working_days:
        day += timedelta(days=1)
        working, known = cal.is_working_day(day)
        estimated = estimated or not known
        counted += working
    return DueDate(day, estimated)


def report_due_date(
    start: date, working_days: int = TRACEABILITY_WORKING_DAYS, *, calendar: WorkingCalendar | None = None
) -> DueDate:
    return add_working_days(start, working_days, calendar=calendar)


def working_days_between(start: date, end: date, *, calendar: WorkingCalendar | None = None) -> int:
    """Working days after ``start`` up to and including ``end`` (negative when ``end`` is before ``start``)."""
    cal = calendar or WorkingCalendar()
    if end < start:
        return -working_days_between(end, start, calendar=cal)
    return sum(cal.is_working_day(start + timedelta(days=i))[0] for i in range(1, (end - start).days + 1))


@dataclass(frozen=True)
class Deadline:
    kind: ReportKind
    subject: str  # the VIN for a scrapped vehicle, the pack code for an outbound pack
    event_date: date
    due: DueDate
    reported_on: date | None = None

    def status(self, today: date) -> DeadlineStatus:
        if self.reported_on is not None:
            return DeadlineStatus.REPORTED
        return DeadlineStatus.OVERDUE if today > self.due.due else DeadlineStatus.DUE

    def working_days_left(self, today: date, *, calendar: WorkingCalendar | None = None) -> int:
        return working_days_between(today, self.due.due, calendar=calendar)


def deadline_for(
    kind: ReportKind,
    subject: str,
    event_date: date,
    *,
    reported_on: date | None = None,
    calendar: WorkingCalendar | None = None,
) -> Deadline:
    return Deadline(kind, subject, event_date, report_due_date(event_date, calendar=calendar), reported_on)


def open_deadlines(deadlines: Iterable[Deadline], today: date) -> list[Deadline]:
    """Deadlines not yet reported, overdue first, then by due date."""
    pending = [d for d in deadlines if d.reported_on is None]
    return sorted(pending, key=lambda d: (d.status(today) is not DeadlineStatus.OVERDUE, d.due.due, d.subject))
