"""Session 25 (issue 15, round 24 as dev): answer each question actually asked.

The kinds fixed in the general mechanism: the local offer or its booklet asked for in another
language, routed to the overview, is the council's own note on languages and who to ask, not
the offer's areas; a question that names its own fact, read as the eligibility check, is
answered and ends the check, so the next turn about that answer is not taken as an age."""
from __future__ import annotations

import pytest

from actions.eligibility import ActionAskAge
from actions.overview import ActionOverview
from tests.actions.helpers import domain
from tests.actions.helpers import create_tracker, places, run, said


@pytest.mark.parametrize("text", [
    "can i get the derby local offer in urdu",
    "is the derby booklet available in polish",
    "can i have the local offer translated, im in derby",
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
