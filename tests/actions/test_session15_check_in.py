"""Session 15 (issue 15): the answer beside a check-in on a message NLU could not place,
and the free lines open day and night when someone asks for a person out of hours."""
from __future__ import annotations

from datetime import datetime

import pytest

import actions.handoff
from actions.answering import ActionAnswerOffer
from actions.fallback import ActionCheckInAnswer
from actions.handoff import ActionHandoff
from actions.store import offer_store, query
from offers.hours import LONDON
from tests.actions.helpers import create_tracker, frozen_clock, places, responses, run, said

MEANING = {"level": "none", "category": "none", "reason": "no rule matched", "distress": "meaning",
           "distress_sharp": True}
LISTED = {"level": "none", "category": "none", "reason": "no rule matched", "distress": "not_safe",
          "distress_sharp": True}


# --- the answer beside the check-in (rule: utter_check_in -> this -> utter_check_in_ask) ------


async def test_a_question_only_the_meaning_check_worries_about_is_answered_after_the_check_in() -> None:
    text = "my foster carers want me to stay after im 18. is that even allowed and how long for"
    dispatcher, _ = await run(ActionCheckInAnswer(), create_tracker("check_in", text, crisis=MEANING))
    assert responses(dispatcher)[0] == "utter_check_in_then_answer"
    assert "21" in said(dispatcher)
    # The check-in itself and "Are you safe right now?" are the rule's, not this action's.
    assert "utter_check_in" not in responses(dispatcher)
    assert "utter_check_in_ask" not in responses(dispatcher)


async def test_an_answer_that_would_ask_which_council_waits() -> None:
    # No council named: the answer would end "Which council looked after you?", and two
    # questions at once confuse, so the check-in stands alone, as before.
    text = "think ive got a problem with weed and drink tbh. where can i get help without my pa finding out"
    dispatcher, slots = await run(ActionCheckInAnswer(), create_tracker("check_in", text, crisis=MEANING))
    assert dispatcher.messages == [] and slots == {}


async def test_a_council_named_in_the_message_is_answered_for() -> None:
    text = "i think im smoking too much weed n drinking every day. who can help in northampton"
    tracker = create_tracker("check_in", text, crisis=MEANING, entities=places(text, "northampton"))
    dispatcher, _ = await run(ActionCheckInAnswer(), tracker)
    assert "0808 169 8512" in said(dispatcher)


@pytest.mark.parametrize(("text", "crisis"), [
    # Controls: a word or phrase list saw the risk, so the check-in stands alone ...
    ("i want to read my care files but im scared what ill find. do i have to go thru complaints", LISTED),
    # ... and a message whose own words name nothing gets nothing more.
    ("ran out of reasons to stay tbh", MEANING),
    ("sorry for everything", MEANING),
])
async def test_nothing_beside_the_check_in_otherwise(text: str, crisis: dict) -> None:
    dispatcher, slots = await run(ActionCheckInAnswer(), create_tracker("check_in", text, crisis=crisis))
    assert dispatcher.messages == [] and slots == {}


# --- "talk to someone now" with no council, when no office is open ---------------------------------


def fixed_contacts(monkeypatch: pytest.MonkeyPatch, when: datetime) -> None:
    async def contacts_at(key: str):
        return await query(offer_store().contacts, key, when)
    monkeypatch.setattr(actions.handoff, "contacts_now", contacts_at)
    frozen_clock(monkeypatch, actions.handoff, when)


async def test_asking_for_a_person_at_night_with_no_council_gets_the_free_lines(monkeypatch) -> None:
    fixed_contacts(monkeypatch, datetime(2026, 12, 4, 23, 30, tzinfo=LONDON))
    tracker = create_tracker("request_human", "i just need to talk to someone rn. its late and i dont want to ring my PA")
    dispatcher, slots = await run(ActionHandoff(), tracker)
    assert responses(dispatcher) == ["utter_handoff_talk_now", "utter_handoff_no_authority"]
    assert "116 123" in said(dispatcher) and "85258" in said(dispatcher)
    assert slots["pending_topic"] == "handoff"


async def test_in_office_hours_the_council_question_comes_alone(monkeypatch) -> None:
    # Control: a weekday morning, the offices are open.
    fixed_contacts(monkeypatch, datetime(2026, 12, 3, 11, 0, tzinfo=LONDON))
    dispatcher, _ = await run(ActionHandoff(), create_tracker("request_human", "can i talk to a real person"))
    assert responses(dispatcher) == ["utter_handoff_no_authority"]


# --- the same beside an answer DIET placed, when the council is not known --------------------------


async def test_a_national_answer_comes_between_the_contacts_and_the_safety_question() -> None:
    text = "my foster carers want me to stay after im 18. is that even allowed and how long for"
    tracker = create_tracker("ask_staying_put", text, crisis=MEANING)
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert responses(dispatcher)[0] == "utter_check_in_first"
    assert "21" in said(dispatcher)
    assert "utter_ask_authority" not in responses(dispatcher)


async def test_a_spread_that_asks_which_council_still_gets_the_check_in_alone() -> None:
    # Control (as tests/actions/test_check_in.py): the answer would ask which council.
    tracker = create_tracker("ask_council_tax", "scared about bills, whats the council tax help", crisis=MEANING)
    dispatcher, slots = await run(ActionAnswerOffer(), tracker)
    assert responses(dispatcher) == ["utter_check_in"]
    assert slots == {"check_in_context": "authority", "pending_topic": "council_tax"}


async def test_the_council_question_still_goes_out_when_the_hours_cant_be_read(monkeypatch) -> None:
    def down():
        raise RuntimeError("offer store down")
    monkeypatch.setattr(actions.handoff, "offer_store", down)
    dispatcher, slots = await run(ActionHandoff(), create_tracker("request_human", "i need to talk to someone"))
    assert responses(dispatcher) == ["utter_handoff_no_authority"]
    assert slots["pending_topic"] == "handoff"
