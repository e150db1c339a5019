"""The deadlines page counts overdue uploads in SQL against one cut-off day; for any today and any start day the
cut-off says exactly what the due date says (official calendar, holidays and make-up working days included)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dismantler_app.domain.deadlines import report_due_date
from dismantler_app.hub.console.deadlines import overdue_cutoff


@settings(deadline=None)  # the calendar walk is cheap, but the machine is shared
@given(
    today=st.dates(min_value=date(2019, 1, 1), max_value=date(2028, 12, 31)),
    offset=st.integers(min_value=-60, max_value=60),
)
def test_a_start_is_before_the_cutoff_exactly_when_its_upload_is_overdue(today, offset):
    start = today + timedelta(days=offset)
    assert (start < overdue_cutoff(today)) == (report_due_date(start).due < today)


def test_the_cutoff_spans_the_national_day_holiday():
    # 2026-10-01..08 are holidays: 15 working days before 2026-10-20 reach back into September.
    cutoff = overdue_cutoff(date(2026, 10, 20))
    assert report_due_date(cutoff).due >= date(2026, 10, 20) > report_due_date(cutoff - timedelta(days=1)).due
    assert cutoff < date(2026, 9, 25)
