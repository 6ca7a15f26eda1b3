"""Session 25 (issue 15, round 24 as dev): answer each question actually asked.

The kinds fixed in the general mechanism: the local offer or its booklet asked for in another
language, routed to the overview, is the council's own note on languages and who to ask, not
the offer's areas."""
from __future__ import annotations

import pytest

from actions.overview import ActionOverview
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
