"""The time a contact question is about (actions/asked_time.py): the moment asked, not now."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest

from actions.asked_time import asked_time
from offers.hours import LONDON

THURSDAY_2PM = datetime(2026, 11, 19, 14, 0, tzinfo=LONDON)


def test_3am_asked_in_the_afternoon_is_the_next_3am() -> None:
    asked = asked_time("who do i ring at 3am", THURSDAY_2PM)
    assert asked is not None
    assert asked.at == datetime(2026, 11, 20, 3, 0, tzinfo=LONDON)
    assert asked.phrase == "at 3am"


def test_3am_asked_at_1am_is_tonight_not_tomorrow_night() -> None:
    asked = asked_time("who do i ring at 3am", datetime(2026, 11, 19, 1, 0, tzinfo=LONDON))
    assert asked.at == datetime(2026, 11, 19, 3, 0, tzinfo=LONDON)


@pytest.mark.parametrize(("text", "at", "phrase"), [
    ("can i ring them at 9pm", time(21), "at 9pm"),
    ("is anyone there at 7.30 pm", time(19, 30), "at 7.30pm"),
    ("who do i ring at 12am", time(0), "at 12am"),
    ("who do i ring tonight", time(22), "tonight"),
    ("who can help in the middle of the night", time(3), "in the middle of the night"),
])
def test_clock_times_and_parts_of_the_day(text: str, at: time, phrase: str) -> None:
    asked = asked_time(text, THURSDAY_2PM)
    assert asked is not None
    assert asked.at.time() == at
    assert asked.phrase == phrase


def test_christmas_day_is_the_25th_of_december() -> None:
    asked = asked_time("who do i call on christmas day", THURSDAY_2PM)
    assert asked.at.date() == date(2026, 12, 25)
    assert asked.phrase == "on Christmas Day"


def test_christmas_asked_after_christmas_is_next_years() -> None:
    asked = asked_time("who do i ring at xmas", datetime(2026, 12, 27, 10, 0, tzinfo=LONDON))
    assert asked.at.date() == date(2027, 12, 25)


def test_at_the_weekend_is_the_coming_saturday() -> None:
    asked = asked_time("who do i ring at the weekend", THURSDAY_2PM)
    assert asked.at.date() == date(2026, 11, 21)
    assert asked.at.weekday() == 5
    assert asked.phrase == "at the weekend"


def test_a_weekday_and_a_time_together() -> None:
    asked = asked_time("who can i ring on sunday at 10am", THURSDAY_2PM)
    assert asked.at == datetime(2026, 11, 22, 10, 0, tzinfo=LONDON)
    assert asked.phrase == "at 10am on Sunday"


def test_when_the_office_is_shut_is_a_closed_time_on_a_weekday() -> None:
    asked = asked_time("who do i ring when the office is shut", THURSDAY_2PM)
    assert asked.phrase == "when the office is closed"
    assert asked.at.hour >= 18 or asked.at.hour < 8


@pytest.mark.parametrize("text", ["what is the number", "who do i ring", "whats their email",
                                  "i need help with my 3 bedroom flat", ""])
def test_no_time_named_is_none(text: str) -> None:
    assert asked_time(text, THURSDAY_2PM) is None


def test_the_asked_time_is_in_london_time() -> None:
    asked = asked_time("who do i ring at 3am", THURSDAY_2PM)
    assert asked.at.tzinfo is not None
    assert asked.at.utcoffset() == THURSDAY_2PM.utcoffset()


@pytest.mark.parametrize("text", ["what number do i ring when russell house is closed",
                                  "who do i call when the leaving care office shuts"])
def test_when_a_named_place_is_shut_is_a_closed_time(text: str) -> None:
    asked = asked_time(text, THURSDAY_2PM)
    assert asked is not None and asked.phrase == "when the office is closed"
