"""Office-hours logic: half-open intervals in Europe/London."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from offers.hours import (LONDON, bank_holiday, closes_at, is_open, london_time, next_opening,
                          parse_hours_text, parse_range)
from offers.types import DayHours

# The Trust's Leaving Care Service: Monday to Thursday 9am-5:30pm, Friday 9am-5pm.
TRUST = [DayHours(d, time(9), time(17, 30)) for d in range(4)] + [DayHours(4, time(9), time(17))]


@pytest.mark.parametrize("when,expected", [
    (datetime(2026, 11, 20, 16, 59, 59), True),   # Friday just before 5pm
    (datetime(2026, 11, 20, 17, 0), False),       # Friday 5pm: closing time is exclusive
    (datetime(2026, 11, 20, 17, 15), False),      # Friday 5:15pm (Thursday hours would say open)
    (datetime(2026, 11, 19, 17, 0), True),        # Thursday 5pm: still open
    (datetime(2026, 11, 19, 17, 29), True),
    (datetime(2026, 11, 19, 17, 30), False),      # Thursday 5:30pm: closed
    (datetime(2026, 11, 16, 8, 59), False),       # Monday before opening
    (datetime(2026, 11, 16, 9, 0), True),         # Monday 9am: opening time is inclusive
    (datetime(2026, 11, 21, 11, 0), False),       # Saturday
    (datetime(2026, 11, 22, 11, 0), False),       # Sunday
    (datetime(2026, 11, 18, 0, 0), False),        # midnight Wednesday
])
def test_trust_office_hours(when, expected):
    assert is_open(TRUST, when) is expected


def test_no_hours_means_unknown():
    assert is_open([], datetime(2026, 11, 19, 12, 0)) is None


def test_aware_times_are_converted_to_london():
    # British Summer Time: 16:30 UTC on Friday 3 July 2026 is 17:30 in London -> closed.
    assert is_open(TRUST, datetime(2026, 7, 3, 16, 30, tzinfo=timezone.utc)) is False
    # 15:59 UTC is 16:59 BST -> open.
    assert is_open(TRUST, datetime(2026, 7, 3, 15, 59, tzinfo=timezone.utc)) is True
    # Another zone: 09:30 in New York (UTC-5 in November) is 14:30 in London.
    new_york = timezone(timedelta(hours=-5))
    assert is_open(TRUST, datetime(2026, 11, 20, 9, 30, tzinfo=new_york)) is True


def test_clock_change_day():
    # 29 March 2026: clocks go forward at 01:00 GMT; 08:30 UTC on Monday 30th is 09:30 BST.
    assert london_time(datetime(2026, 3, 30, 8, 30, tzinfo=timezone.utc)).hour == 9
    assert is_open(TRUST, datetime(2026, 3, 30, 8, 30, tzinfo=timezone.utc)) is True


def test_naive_times_are_taken_as_london():
    naive = datetime(2026, 7, 3, 16, 30)
    assert london_time(naive).tzinfo == LONDON
    assert is_open(TRUST, naive) is True


@pytest.mark.parametrize("text,expected", [
    ("Monday to Thursday: 9am to 5:30pm", {d: (time(9), time(17, 30)) for d in range(4)}),
    ("Friday: 9am to 5pm", {4: (time(9), time(17))}),
    ("Monday to Friday 10am to 4.30pm", {d: (time(10), time(16, 30)) for d in range(5)}),
    ("9am -5pm Fridays", {4: (time(9), time(17))}),
    ("9am – 5.30 pm Monday to Thursday", {d: (time(9), time(17, 30)) for d in range(4)}),
    ("24/7", {}),
    ("Monday 9am", {}),
])
def test_parse_hours_text(text, expected):
    assert parse_hours_text(text) == expected


def test_parse_range():
    assert parse_range("09:00-17:30") == (time(9), time(17, 30))
    with pytest.raises(ValueError):
        parse_range("9-5")
    with pytest.raises(ValueError):
        parse_range("17:00-09:00")


# --- bank holidays (England and Wales, from the `holidays` package) ---------------------------

@pytest.mark.parametrize("day,name", [
    (date(2026, 12, 25), "Christmas Day"),        # a Friday
    (date(2026, 12, 28), "Boxing Day"),           # substitute for Saturday 26th, named plainly
    (date(2027, 3, 29), "Easter Monday"),
    (date(2026, 12, 24), None),
])
def test_bank_holidays(day, name):
    assert bank_holiday(day) == name


def test_one_off_bank_holidays_are_in_the_calendar():
    # The 2023 coronation: a hand-typed list of the usual eight would have missed it.
    assert bank_holiday(date(2023, 5, 8))


def test_closed_all_day_on_a_bank_holiday():
    christmas = datetime(2026, 12, 25, 14, 0)   # Friday 2pm: open on any other Friday
    assert is_open(TRUST, christmas) is False
    assert is_open(TRUST, datetime(2026, 12, 18, 14, 0)) is True
    assert closes_at(TRUST, christmas) is None
    # Monday 28th is the Boxing Day substitute, so the office opens on Tuesday 29th.
    assert next_opening(TRUST, christmas) == datetime(2026, 12, 29, 9, 0, tzinfo=LONDON)


def test_closing_time_today_and_next_opening():
    assert closes_at(TRUST, datetime(2026, 11, 19, 14, 0)) == time(17, 30)   # Thursday
    assert closes_at(TRUST, datetime(2026, 11, 20, 14, 0)) == time(17, 0)    # Friday
    assert closes_at(TRUST, datetime(2026, 11, 20, 18, 0)) is None
    assert next_opening(TRUST, datetime(2026, 11, 20, 18, 0)) == datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)
    assert next_opening(TRUST, datetime(2026, 11, 23, 8, 0)) == datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)
    assert next_opening([], datetime(2026, 11, 23, 8, 0)) is None


def test_bank_holidays_ahead_run_from_today_to_the_end_of_next_year_in_order():
    from offers.hours import bank_holidays_ahead

    ahead = bank_holidays_ahead(date(2026, 12, 3))
    assert ahead[0] == (date(2026, 12, 25), "Christmas Day")
    assert (date(2027, 1, 1), "New Year's Day") in ahead
    assert [day for day, _ in ahead] == sorted(day for day, _ in ahead)
    assert all(date(2026, 12, 3) <= day <= date(2027, 12, 31) for day, _ in ahead)
    assert bank_holidays_ahead(date(2026, 12, 26))[:2] == [(date(2026, 12, 26), "Boxing Day"),
                                                          (date(2026, 12, 28), "Boxing Day (observed)")]
