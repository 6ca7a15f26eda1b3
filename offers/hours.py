"""Office-hours logic in Europe/London.

Opening times are half-open intervals: an office open "9am to 5pm" is open at 16:59 and
closed at 17:00. Times given without a zone are taken as London local time.
"""
from __future__ import annotations

import re
from datetime import datetime, time
from typing import Iterable
from zoneinfo import ZoneInfo

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


def is_open(hours: Iterable[DayHours], at: datetime) -> bool | None:
    """True/False when opening hours are known, None when the source states none."""
    hours = list(hours)
    if not hours:
        return None
    local = london_time(at)
    now = local.time().replace(tzinfo=None)
    return any(h.weekday == local.weekday() and h.opens <= now < h.closes for h in hours)
