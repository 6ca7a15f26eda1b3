"""Session 25 (issue 15, round 24 as dev): answer each question actually asked.

The kinds fixed in the general mechanism: the local offer or its booklet asked for in another
language, routed to the overview, is the council's own note on languages and who to ask, not
the offer's areas; a question that names its own fact, read as the eligibility check, is
answered and ends the check, so the next turn about that answer is not taken as an age; a
day named in a question of its own that asks no contact ("what do i get at christmas") is the
fact's, beside another question that asks who to ring (both answered, the contacts for the
question that asks them)."""
from __future__ import annotations

import pytest

from actions.answering import ActionContact, asks_for_a_language, contact_clauses_beside_a_dated_fact
from actions.eligibility import ActionAskAge
from actions.overview import ActionOverview
from tests.actions.helpers import domain
from tests.actions.helpers import create_tracker, places, run, said


@pytest.mark.parametrize("text", [
    "can i get the derby local offer in urdu",
    "is the derby booklet available in polish",
    "can i have the local offer translated, im in derby",
    "does derby do the local offer in slovakian",
])
async def test_the_offer_in_another_language_is_the_councils_note(text: str) -> None:
    dispatcher, _ = await run(ActionOverview(), create_tracker("ask_overview", text, entities=places(text, "derby")))
    reply = said(dispatcher)
    assert "643907" in reply and "Which area" not in reply


async def test_the_whole_offer_is_still_the_overview() -> None:
    dispatcher, _ = await run(ActionOverview(), create_tracker(
        "ask_overview", "whats in the derby local offer", entities=places("whats in the derby local offer", "derby")))
    assert "lists" in said(dispatcher)


@pytest.mark.parametrize("text, words", [
    ("until what age does derby leaving care have to support me", "21 to 25"),
    ("till what age will derby leaving care support me", "21 to 25"),
])
async def test_a_named_fact_read_as_the_check_ends_the_check(text: str, words: str) -> None:
    from rasa_sdk.executor import CollectingDispatcher

    dispatcher = CollectingDispatcher()
    events = await ActionAskAge().run(dispatcher, create_tracker("ask_eligibility", text,
                                                                 entities=places(text, "derby")), domain())
    assert words in said(dispatcher)
    assert {"event": "active_loop", "name": None} in [{k: e.get(k) for k in ("event", "name")} for e in events]


@pytest.mark.parametrize("text, place, money, number", [
    ("hi so i live in corby and im 20. what do i get at christmas and whats the out of hours number if its an emergency",
     "corby", "£50", "626938"),
    ("kettering care leaver, how much is the christmas money, also who do i ring out of hours", "kettering",
     "£50", "626938"),
])
async def test_a_dated_fact_beside_a_contact_question_gets_both(text: str, place: str, money: str,
                                                                number: str) -> None:
    dispatcher, _ = await run(ActionContact(), create_tracker("ask_contact", text, entities=places(text, place)))
    reply = said(dispatcher)
    assert money in reply and number in reply and "On Christmas Day" not in reply


@pytest.mark.parametrize("text", [
    "who do i call on christmas day, im in corby",
    "what do i get at christmas",
    "is the office open on boxing day and whats the number",
    "its like 3am and ive locked myself out of my flat in kettering, who do i even ring at this time",
    "its christmas day and my gas has run out. wellingborough. the office is shut what do i do",
])
def test_a_day_that_is_the_time_of_the_call_is_not_a_fact(text: str) -> None:
    assert contact_clauses_beside_a_dated_fact(text) is None


@pytest.mark.parametrize("text, asks", [
    ("does derby do the local offer in slovakian", True),   # the booklet's word for Slovak
    ("can i get it in polish", True),
    ("i was in care in romania", False),
    ("whats the pay in italy", False),
])
def test_a_language_by_its_ian_form_is_asked_for(text: str, asks: bool) -> None:
    assert asks_for_a_language(text) is asks
