"""Traceability deadlines: 15 working days on the official calendar, make-up weekends included."""

from __future__ import annotations

from datetime import date

from dismantler_app.domain.deadlines import (
    DeadlineStatus,
    ReportKind,
    WorkingCalendar,
    add_working_days,
    deadline_for,
    open_deadlines,
    report_due_date,
    working_days_between,
)


def test_fifteen_working_days_skip_the_national_day_holiday_and_count_the_make_up_saturday():
    # 2026 notice: Fri Sep 25 (Mid-Autumn) and Oct 1–7 are holidays; Sun Sep 20 and Sat Oct 10 are worked.
    # Counting from Fri Sep 18: Sep 20, 21–24, 28–30 (8), Oct 8, 9, 10, 12, 13, 14, 15 (15).
    due = report_due_date(date(2026, 9, 18))
    assert not due.estimated
    assert due.due == date(2026, 10, 15)


def test_a_single_holiday_pushes_the_due_date_by_one_day():
    # Mon Jun 1 2026 + 15 working days would be Mon Jun 22, but Fri Jun 19 is the Dragon Boat holiday.
    assert report_due_date(date(2026, 6, 1)).due == date(2026, 6, 23)


def test_a_year_without_published_data_is_counted_monday_to_friday_and_marked_estimated():
    due = report_due_date(date(2026, 12, 21))
    assert due.estimated
    assert due.due.year == 2027


def test_the_yards_own_corrections_override_the_calendar():
    cal = WorkingCalendar(extra_holidays=frozenset({date(2026, 6, 2)}))
    assert add_working_days(date(2026, 6, 1), 1, calendar=cal).due == date(2026, 6, 3)
    cal = WorkingCalendar(extra_workdays=frozenset({date(2026, 6, 6)}))
    assert add_working_days(date(2026, 6, 5), 1, calendar=cal).due == date(2026, 6, 6)


def test_working_days_between_is_the_inverse_of_adding_them():
    start = date(2026, 9, 25)
    due = add_working_days(start, 15).due
    assert working_days_between(start, due) == 15
    assert working_days_between(due, start) == -15


def test_deadlines_are_due_overdue_or_reported_and_overdue_ones_come_first():
    scrapped = deadline_for(ReportKind.VEHICLE_SCRAPPED, "1M8GDM9AXKP042788", date(2026, 6, 1))
    outbound = deadline_for(ReportKind.PACK_OUTBOUND, "001PE0A1234567F6A0000123", date(2026, 5, 1))
    reported = deadline_for(ReportKind.PACK_OUTBOUND, "X", date(2026, 5, 1), reported_on=date(2026, 5, 3))
    today = date(2026, 6, 10)
    assert scrapped.status(today) is DeadlineStatus.DUE
    assert outbound.status(today) is DeadlineStatus.OVERDUE
    assert reported.status(today) is DeadlineStatus.REPORTED
    assert open_deadlines([scrapped, reported, outbound], today) == [outbound, scrapped]
    assert scrapped.working_days_left(today) == 8
