"""'What can you do?', 'start again' and a time after a contact question (actions/capabilities.py)."""
from __future__ import annotations

from datetime import datetime

import pytest
from rasa_sdk.executor import CollectingDispatcher

import actions.contact
from actions.capabilities import ActionCapabilities
from offers.hours import LONDON
from tests.actions.helpers import (create_tracker, domain, earlier_user_message, frozen_clock, responses, said,
                                   slot_events)

THURSDAY_2PM = datetime(2026, 11, 19, 14, 0, tzinfo=LONDON)


async def run(tracker):
    dispatcher = CollectingDispatcher()
    events = await ActionCapabilities().run(dispatcher, tracker, domain())
    return dispatcher, slot_events(events)


async def test_what_can_you_do_lists_what_the_bot_does() -> None:
    dispatcher, slots = await run(create_tracker("ask_capabilities", "what can you do"))
    assert responses(dispatcher) == ["utter_capabilities"] and slots == {}


async def test_start_again_forgets_the_council() -> None:
    dispatcher, slots = await run(create_tracker("ask_capabilities", "start again",
                                                 slots={"authority": "derby_city"}))
    assert responses(dispatcher) == ["utter_started_again"]
    assert slots == {"authority": None, "pending_topic": None, "last_topic": None}


async def test_a_time_after_a_contact_question_gives_who_answers_then(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, THURSDAY_2PM)
    tracker = earlier_user_message(create_tracker(
        "ask_capabilities", "what if its a sunday", slots={"authority": "north_northamptonshire"}),
        "ask_contact", "who do i call for leaving care")
    dispatcher, _ = await run(tracker)
    assert "01604 626938" in said(dispatcher) and "On Sunday" in said(dispatcher)


async def test_a_time_with_no_contact_question_before_is_not_a_contact_answer() -> None:
    dispatcher, _ = await run(create_tracker("ask_capabilities", "what if its a sunday",
                                             slots={"authority": "north_northamptonshire"}))
    assert responses(dispatcher) == ["utter_capabilities"]
