"""Session 14 (issue 15): a longer phrase beats the classifier's area, housing bands, and
"nobody is picking up" as a question about who answers now."""
from __future__ import annotations

import pytest

from actions.answering import ActionAnswerOffer, is_contact_question
from actions.fallback import ActionFallbackAnswer
from tests.actions.helpers import create_tracker, places, run, said

# --- the user's longer phrase names the fact -----------------------------------------------


async def test_free_gym_membership_is_free_leisure_access_not_the_activities_entry() -> None:
    # The classifier is sure it is "leisure"; "free gym membership" says which fact.
    text = "can i get a free gym membership as a care leaver in north northants"
    tracker = create_tracker("ask_leisure", text, slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "do not get free access to leisure facilities" in said(dispatcher)


async def test_gym_fees_stay_with_the_activities_entry() -> None:
    # Control: "gym" (free leisure access) is inside "gym fees" (activities), not longer.
    text = "i do boxing and the gym fees are 25 a month, can they help? corby"
    tracker = create_tracker("ask_leisure", text, slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "do not get free access" not in said(dispatcher)


# --- housing bands ----------------------------------------------------------------------------


async def test_a_band_on_the_register_is_housing_priority() -> None:
    text = "what housing band do care leavers get on the register in kettering? mine says C"
    tracker = create_tracker("nlu_fallback", text, slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "band B" in said(dispatcher)


async def test_band_alone_is_not_housing() -> None:
    # Control: a band with nothing about housing is not the housing list.
    text = "is there a band night for care leavers"
    tracker = create_tracker("nlu_fallback", text, slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "band B" not in said(dispatcher)
