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


# --- nobody picking up --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "asks"), [
    ("locked out my flat its 11pm my PA aint picking up what do i do", True),
    ("my pa isnt answering her phone", True),
    ("is anyone even working today", True),
    ("is someone on duty tonight", True),
    # Controls: said beside a question about a fact, or about the person's own work.
    ("got a flat but no money for a bed and my PA hasnt got back to me", False),
    ("is working part time ok with my bursary", False),
])
def test_nobody_answering_is_a_contact_question(text: str, asks: bool) -> None:
    assert is_contact_question(text) is asks


async def test_pa_not_picking_up_at_11pm_gives_the_out_of_hours_line() -> None:
    text = "locked out my flat in kettering its 11pm my PA aint picking up what do i do"
    tracker = create_tracker("nlu_fallback", text, entities=places(text, "kettering"))
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "01604 626938" in said(dispatcher)


async def test_nobody_working_on_christmas_day_gives_the_out_of_hours_line() -> None:
    text = "its christmas day and im on my own in my flat in daventry. is anyone even working today"
    tracker = create_tracker("nlu_fallback", text, entities=places(text, "daventry"))
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "01604 626938" in said(dispatcher)


# --- a question beside the council, after the overview asked for one ------------------------


async def test_a_pa_question_beside_the_council_after_my_age_is_answered() -> None:
    from actions.overview import OVERVIEW
    from actions.set_authority import ActionSetAuthority

    text = "from towcester. do i still get a PA or is that done now"
    tracker = create_tracker("inform_authority", text, entities=places(text, "towcester"),
                             slots={"pending_topic": OVERVIEW})
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "25" in reply and "Which area do you want to see" not in reply


async def test_the_council_alone_after_my_age_still_gets_the_overview() -> None:
    # Control: no question of its own, so the list that was waiting.
    from actions.overview import OVERVIEW
    from actions.set_authority import ActionSetAuthority

    tracker = create_tracker("inform_authority", "towcester", entities=places("towcester", "towcester"),
                             slots={"pending_topic": OVERVIEW})
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    assert "things for care leavers" in said(dispatcher)


async def test_who_do_i_message_about_the_local_offer_names_its_contact() -> None:
    text = "who do i message if i think the local offer is missing stuff? north northants"
    tracker = create_tracker("nlu_fallback", text, entities=places(text, "north northants"))
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "Rachel Shaw" in said(dispatcher)
