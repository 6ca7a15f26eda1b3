"""Branch answers-54: dev set U's failures, by kind, asserted on the real replies (real offer
store).

- choices of a council and the one it is about, then the measure: "does a derby pa or a
  northants pa have to visit you more often" sets each council's visits side by side, not
  Derby's alone;
- what a count question counts: "which council gives you the most driving lessons" leads each
  council's line with the sentence that counts them ("5 driving lessons of 2 hours each");
- "address" as it is often typed: "whats the adress for russell house" is the Trust's address,
  not the hub the place's name brushes against.
"""
from __future__ import annotations

from typing import Any

from actions.answering import ActionAnswerOffer, ActionContact
from actions.compare import ActionCompare
from tests.actions.helpers import create_tracker, places, run, said


async def _say(action: object, intent: str, text: str, *place: str, **slots: Any) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place), slots=slots or None)
    dispatcher, _ = await run(action, tracker)
    return said(dispatcher)


# --- choices of a council and the one it is about, then the measure --------------------------------------------

async def test_a_derby_pa_or_a_northants_pa_visiting_more_often_is_a_comparison() -> None:
    text = "does a derby pa or a northants pa have to visit you more often"
    reply = await _say(ActionAnswerOffer(), "ask_personal_adviser", text, "derby", "northants")
    assert reply.startswith("What each council says about personal adviser")
    assert "every 2 months" in reply
    assert "every 8 weeks" in reply


async def test_one_council_with_a_pa_is_still_that_councils_answer() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_personal_adviser", "does a derby pa have to visit you often",
                       "derby")
    assert reply.startswith("Derby City Council offers Personal Adviser")


# --- what a count question counts -------------------------------------------------------------------------------

async def test_the_most_driving_lessons_leads_with_the_sentence_that_counts_them() -> None:
    text = "which council gives you the most driving lessons"
    for action, intent in ((ActionAnswerOffer(), "ask_driving"), (ActionCompare(), "ask_compare")):
        reply = await _say(action, intent, text)
        assert reply.startswith("What each council says about driving")
        assert "5 driving lessons of 2 hours each" in reply


# --- "address" as it is often typed -----------------------------------------------------------------------------

async def test_the_adress_for_russell_house_is_the_address() -> None:
    for text in ("whats the adress for russell house", "whats the address for russell house"):
        reply = await _say(ActionContact(), "ask_contact", text, "russell house")
        assert reply.startswith("Address: Russell House, Rickyard Road")
        assert "NN3 3QZ" in reply
