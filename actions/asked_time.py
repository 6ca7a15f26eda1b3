"""The time a question is about, when it names one: "who do I ring at 3am?".

A contact question asked at 2pm about 3am must get the number for 3am. This finds the
moment the message means (a clock time, a part of the day, a weekday, the weekend, a named
bank holiday, or "when the office is shut") so the store can say who answers then. Bank
holiday names and dates come from the `holidays` package the store already uses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from offers.hours import LONDON, bank_holidays_ahead
from offers.textnorm import fold

_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b")
# "quarter past 5", "half past six": a spoken time with no am or pm. Asked about offices and
# duty lines, one to seven is the afternoon or evening.
_SPOKEN = re.compile(r"\b(quarter past|half past|quarter to) (\d{1,2}|one|two|three|four|five|six|seven|"
                     r"eight|nine|ten|eleven|twelve)\b(?!\s*(?:am|pm))")
_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Parts of the day, as the hour they stand for.
_PARTS = {
    "middle of the night": (3, "in the middle of the night"), "in the night": (3, "in the night"),
    "at night": (22, "at night"), "night time": (22, "at night"), "nighttime": (22, "at night"),
    "overnight": (2, "overnight"), "tonight": (22, "tonight"), "midnight": (0, "at midnight"),
    "late at night": (23, "late at night"), "this evening": (20, "this evening"),
    "in the evening": (20, "in the evening"), "evenings": (20, "in the evening"),
    "early hours": (3, "in the early hours"), "early morning": (5, "early in the morning"),
}
# Words that mean "when the office isn't open", whatever the clock says.
_CLOSED = ("office is shut", "office is closed", "offices are shut", "offices are closed",
           "when theyre closed", "when they are closed", "when theyre shut",
           "when they are shut", "when its closed", "when its shut", "out of hours",
           "out of office hours", "outside office hours", "after hours", "after 5",
           "after five", "after work", "when no ones there")
# "when russell house is closed", "when the leaving care office shuts": any place's name.
_CLOSED_NAMED = re.compile(r" when (?:the )?(?:[a-z]+ ){1,4}(?:is|are|has|have) (?:closed|shut) |"
                           r" when (?:the )?(?:[a-z]+ ){1,4}(?:closes|shuts) ")
# How a reply says "a time the office is shut" (no clock time or day named).
CLOSED_PHRASE = "when the office is closed"
# Named days that are not in the bank-holiday calendar under these words.
_ALIASES = {"christmas": "christmas day", "xmas": "christmas day", "boxing day": "boxing day",
            "new years day": "new year's day", "new year": "new year's day",
            "easter monday": "easter monday", "good friday": "good friday"}
# Every word for a named time, for callers that must not read it as a topic.
TIME_NAMES = (*_ALIASES, *_ALIASES.values(), *_DAYS)


@dataclass(frozen=True)
class AskedTime:
    at: datetime          # the moment to check (London time)
    phrase: str           # how the user put it, for the reply: "at 3am", "on Christmas Day"


def asked_time(text: str, now: datetime) -> AskedTime | None:
    """The moment `text` asks about, or None when it names no time."""
    folded = f" {fold(text)} "
    day = _named_day(folded, now)
    hour = _clock(text.lower()) or _part_of_day(folded)
    if day is None and hour is None:
        if any(f" {p} " in folded for p in _CLOSED) or _CLOSED_NAMED.search(folded):
            # "when the office is shut": a time it is shut on any weekday.
            return AskedTime(_at(now.date(), time(22)), CLOSED_PHRASE)
        return None
    on, phrase = day if day else (now.date(), "")
    at_hour, hour_phrase = hour if hour else (time(12), "")
    if hour and not day and datetime.combine(now.date(), at_hour) < now.replace(tzinfo=None) \
            and at_hour < time(6):
        on = now.date() + timedelta(days=1)   # "at 3am" asked at 2pm means tonight's 3am
    return AskedTime(_at(on, at_hour), " ".join(p for p in (hour_phrase, phrase) if p))


def _at(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=LONDON)


def _clock(lowered: str) -> tuple[time, str] | None:
    m = _CLOCK.search(lowered)
    if not m:
        return _spoken(lowered)
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if not (1 <= hour <= 12 and minute < 60):
        return None
    hour = hour % 12 + (12 if m.group(3) == "pm" else 0)
    return time(hour, minute), f"at {m.group(0).replace(' ', '')}"


def _spoken(lowered: str) -> tuple[time, str] | None:
    """'quarter past 5' -> 17:15; 'half past nine' -> 9:30."""
    m = _SPOKEN.search(lowered)
    if not m:
        return None
    word = m.group(2)
    hour = int(word) if word.isdigit() else _NUMBERS.index(word) + 1
    if not 1 <= hour <= 12:
        return None
    minute = {"quarter past": 15, "half past": 30, "quarter to": 45}[m.group(1)]
    if m.group(1) == "quarter to":
        hour = hour - 1 or 12
    hour24 = hour + 12 if hour <= 7 else hour % 12 + (12 if hour == 12 else 0)
    return time(hour24, minute), f"at {m.group(0)}"


def _part_of_day(folded: str) -> tuple[time, str] | None:
    for phrase, (hour, said) in sorted(_PARTS.items(), key=lambda p: -len(p[0])):
        if f" {phrase} " in folded:
            return time(hour), said
    return None


def _named_day(folded: str, now: datetime) -> tuple[date, str] | None:
    # The calendar the office hours use, built once: making one per message was a seventh
    # of an offer answer's time in the action server (py-spy, make bench).
    for alias, name in _ALIASES.items():
        if f" {alias} " in folded:
            for day, holiday in bank_holidays_ahead(now.date()):
                if holiday.lower() == name:
                    return day, f"on {holiday}"
    if " bank holiday " in folded:
        upcoming = bank_holidays_ahead(now.date())
        if upcoming:
            return upcoming[0][0], "on a bank holiday"
    if " weekend " in folded or " weekends " in folded:
        return now.date() + timedelta(days=(5 - now.weekday()) % 7), "at the weekend"
    for index, name in enumerate(_DAYS):
        if f" {name} " in folded or f" {name}s " in folded:
            return now.date() + timedelta(days=(index - now.weekday()) % 7), f"on {name.title()}"
    return None
