"""Session 15 (issue 15): which fact, which council and which detail a question asks for:
"till what age" beside a fact, pots and pans, the fare to training, "when is it open", a
housing band the entry doesn't give, and a care phrase inside a comparison."""
from __future__ import annotations

import pytest

from actions.answering import ActionAnswerOffer, is_contact_question
from actions.fallback import ActionFallbackAnswer
from tests.actions.helpers import create_tracker, places, run, said


# --- "and till what age" asks how long the fact named lasts ----------------------------------


async def test_till_what_age_beside_staying_put_is_not_a_second_question() -> None:
    text = "can i stay with my foster carers after i turn 18? were in kettering, and till what age"
    tracker = create_tracker("ask_staying_put", text, entities=places(text, "kettering"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "until you are 21" in said(dispatcher)
    assert "up to 25" not in said(dispatcher)


async def test_till_what_age_alone_is_still_support_after_21() -> None:
    # Control: with no other fact named, the words keep their own fact.
    text = "till what age does leaving care support last in corby"
    tracker = create_tracker("nlu_fallback", text, entities=places(text, "corby"))
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "25" in said(dispatcher)


# --- words: pots and pans, the fare to training --------------------------------------------------


async def test_nothing_to_cook_with_is_cooking_equipment_not_the_allowance() -> None:
    text = "got no pots pans or anything to cook with lol. does nnc help with that or is it all from the 3k"
    tracker = create_tracker("ask_setting_up_home_allowance", text, slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "cooking equipment" in said(dispatcher).lower()


async def test_free_bus_travel_or_the_fare_to_training_answers_both() -> None:
    text = "is there free bus travel for care leavers round corby? or do i pay to get to my training"
    tracker = create_tracker("ask_free_travel", text, entities=places(text, "corby"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "doesn't give free travel" in said(dispatcher)
    assert "travel costs" in said(dispatcher).lower()


# --- "when is russell house open" --------------------------------------------------------------


@pytest.mark.parametrize(("text", "asks"), [
    ("when is russell house open? wanna pop in friday after work", True),
    ("when does the office close on a friday", True),
    # Control: "when" about something else that opens.
    ("when is the bursary open for applications", False),
])
def test_when_is_it_open_asks_for_the_hours(text: str, asks: bool) -> None:
    assert is_contact_question(text) is asks


# --- a band the entry doesn't give -----------------------------------------------------------------


async def test_a_band_derby_does_not_publish_says_so_with_the_number() -> None:
    text = "what band do derby care leavers get on the housing register"
    tracker = create_tracker("ask_housing_priority", text, entities=places(text, "derby"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "doesn't say which band" in said(dispatcher) and "01332 643907" in said(dispatcher)
    assert "band b" not in said(dispatcher).lower()


async def test_a_band_north_publishes_is_given() -> None:
    # Control: North Northamptonshire's entry names band B.
    text = "what band do care leavers get on the housing register in kettering"
    tracker = create_tracker("ask_housing_priority", text, entities=places(text, "kettering"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "band B" in said(dispatcher) and "doesn't say which band" not in said(dispatcher)


# --- a care phrase inside a comparison is a side, not the user's council -----------------------


async def test_a_derby_care_leaver_or_a_corby_one_compares_both() -> None:
    text = "whats better for council tax, being a derby care leaver or a corby one? till what age do u not pay in each"
    tracker = create_tracker("ask_council_tax", text, entities=places(text, "derby", "corby"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "18 to 25" in said(dispatcher) and "up to the age of 21" in said(dispatcher)


async def test_in_care_with_one_living_in_another_is_still_the_council_that_looked_after_them() -> None:
    # Control: no comparison words, so the care phrase names the council.
    text = "i was in derby care but i live in kettering now, do i pay council tax"
    tracker = create_tracker("ask_council_tax", text, entities=places(text, "derby", "kettering"))
    _, slots = await run(ActionAnswerOffer(), tracker)
    assert slots.get("authority") == "derby_city"


# --- the Trust named by its own name ---------------------------------------------------------------


async def test_the_trust_named_outright_gets_the_trusts_own_entry() -> None:
    text = "do u get christmas money if ur with the northamptonshire childrens trust? how much"
    tracker = create_tracker("ask_festival_payment", text,
                             entities=places(text, "northamptonshire childrens trust"))
    dispatcher, slots = await run(ActionAnswerOffer(), tracker)
    assert "doesn't say how much" in said(dispatcher) and "01604 364778" in said(dispatcher)
    assert "Which council" not in said(dispatcher) and not slots.get("pending_topic")


async def test_northants_alone_still_gets_each_council() -> None:
    # Control: the county's name is not the Trust's; North and West differ here, so ask.
    text = "do u get christmas money in northants? how much"
    tracker = create_tracker("ask_festival_payment", text, entities=places(text, "northants"))
    dispatcher, slots = await run(ActionAnswerOffer(), tracker)
    assert "£50" in said(dispatcher) and slots.get("pending_topic") == "festival_payment"


# --- a sum for a first home ------------------------------------------------------------------------


async def test_three_grand_for_her_flat_is_the_setting_up_money_compared() -> None:
    text = "my mate in corby got 3 grand for her flat but i'm in northampton and my pa said 2k?? why is it different"
    tracker = create_tracker("ask_housing_options", text, entities=places(text, "corby", "northampton"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "£3,000" in said(dispatcher) and "£2,000" in said(dispatcher)


def test_a_sum_for_something_else_is_not_the_setting_up_money() -> None:
    from actions.facts import fact_ranker
    # Control: no home beside the sum.
    assert "setting_up_home_allowance" not in fact_ranker().keyword_scores("my mate got 2 grand for her car")
