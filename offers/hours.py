"""Office-hours logic in Europe/London.

Opening times are half-open intervals: an office open "9am to 5pm" is open at 16:59 and
closed at 17:00. Times given without a zone are taken as London local time.

Council offices are shut on bank holidays, which the sources never spell out ("Monday to
Thursday: 9am to 5:30pm" says nothing about Christmas Day). The calendar comes from the
`holidays` package (England, which has the same bank holidays as Wales): it is maintained
upstream, includes substitute days and one-off holidays (a coronation, a state funeral),
and computes any year offline, so nobody has to keep a hand-typed list of dates up to date.
"""
from __future__ import annotations

import re
import threading
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Iterable
from zoneinfo import ZoneInfo

import holidays

from offers.types import DayHours

LONDON = ZoneInfo("Europe/London")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_RANGE = re.compile(r"^\s*(\d{2}):(\d{2})\s*-\s*(\d{2}):(\d{2})\s*$")
_DAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
_DAY_SPAN = re.compile(_DAY + r"(?:\s*(?:to|-|–)\s*" + _DAY + r")?", re.IGNORECASE)
_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)", re.IGNORECASE)


def parse_range(text: str) -> tuple[time, time]:
    """"09:00-17:30" -> (09:00, 17:30); ValueError when malformed or not opening before closing."""
    match = _RANGE.match(text)
    if match is None:
        raise ValueError(f"expected HH:MM-HH:MM, got {text!r}")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    opens, closes = time(h1, m1), time(h2, m2)
    if not opens < closes:
        raise ValueError(f"opening time must be before closing time in {text!r}")
    return opens, closes


def _clock(hour: str, minute: str | None, half: str) -> time:
    h = int(hour) % 12 + (12 if half.lower() == "pm" else 0)
    return time(h, int(minute or 0))


def parse_hours_text(text: str) -> dict[int, tuple[time, time]]:
    """Hours as printed ("Monday to Thursday: 9am to 5:30pm", "9am -5pm Fridays") -> weekday map.

    Used to check that structured hours in the data say the same as the source text.
    Returns {} when the text names no day or not exactly two clock times.
    """
    clocks = _CLOCK.findall(text)
    days = _DAY_SPAN.findall(text)
    if len(clocks) != 2 or not days:
        return {}
    opens, closes = _clock(*clocks[0]), _clock(*clocks[1])
    result: dict[int, tuple[time, time]] = {}
    for first, last in days:
        start = WEEKDAYS.index(first.lower())
        end = WEEKDAYS.index(last.lower()) if last else start
        for day in range(start, end + 1):
            result[day] = (opens, closes)
    return result


def london_time(at: datetime) -> datetime:
    """`at` as London local time (naive datetimes are assumed to be London already)."""
    if at.tzinfo is None:
        return at.replace(tzinfo=LONDON)
    return at.astimezone(LONDON)


_CALENDAR_LOCK = threading.Lock()
# How far ahead next_opening() looks: long enough for Christmas and New Year together.
_LOOK_AHEAD_DAYS = 14


@lru_cache(maxsize=1)
def _calendar() -> holidays.HolidayBase:
    return holidays.country_holidays("GB", subdiv="ENG")


def bank_holidays_ahead(today: date) -> list[tuple[date, str]]:
    """England's bank holidays from `today` to the end of next year, in date order, named as
    the calendar names them ("Christmas Day", "Boxing Day (observed)")."""
    with _CALENDAR_LOCK:
        calendar = _calendar()
        for year in (today.year, today.year + 1):
            calendar.get(date(year, 1, 1))  # fills the year in, once
        return sorted((day, name) for day, name in calendar.items()
                      if today <= day and day.year <= today.year + 1)


def bank_holiday(day: date) -> str | None:
    """The England and Wales bank holiday on `day` ("Christmas Day"), else None.

    Substitute days read as the holiday they replace ("Boxing Day", not "Boxing Day
    (observed)"), which is what people call them.
    """
    # The calendar fills in a year the first time it is asked about it; the action server
    # asks from worker threads, so one thread at a time.
    with _CALENDAR_LOCK:
        name = _calendar().get(day)
    if not name:
        return None
    return re.sub(r"\s*\(observed\)", "", name).strip()


def _today(hours: list[DayHours], day: date) -> list[DayHours]:
    """The opening periods on `day` (none on a bank holiday)."""
    if bank_holiday(day):
        return []
    return [h for h in hours if h.weekday == day.weekday()]


def is_open(hours: Iterable[DayHours], at: datetime) -> bool | None:
    """True/False when opening hours are known, None when the source states none.

    Closed all day on a bank holiday, whatever the weekday.
    """
    hours = list(hours)
    if not hours:
        return None
    local = london_time(at)
    now = local.time().replace(tzinfo=None)
    return any(h.opens <= now < h.closes for h in _today(hours, local.date()))


def closes_at(hours: Iterable[DayHours], at: datetime) -> time | None:
    """When the office closes today, if it is open at `at`; None otherwise."""
    local = london_time(at)
    now = local.time().replace(tzinfo=None)
    open_now = [h for h in _today(list(hours), local.date()) if h.opens <= now < h.closes]
    return max(h.closes for h in open_now) if open_now else None


def next_opening(hours: Iterable[DayHours], at: datetime) -> datetime | None:
    """The next time (London) the office opens after `at`, skipping bank holidays.

    None when no hours are known, or none fall in the next two weeks.
    """
    hours = list(hours)
    local = london_time(at)
    for offset in range(_LOOK_AHEAD_DAYS + 1):
        day = local.date() + timedelta(days=offset)
        for h in sorted(_today(hours, day), key=lambda h: h.opens):
            opening = datetime.combine(day, h.opens, tzinfo=LONDON)
            if opening > local:
                return opening
    return None
