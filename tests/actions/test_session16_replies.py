"""Session 16 (issue 15): "are prescriptions free" where the entry doesn't say, and a
question about every care leaver in England on a fact with no national rule."""
from __future__ import annotations

import pytest

from actions.answering import ActionAnswerOffer
from actions.formatting import asks_free
from tests.actions.helpers import create_tracker, places, responses, run, said


# --- "are prescriptions free" --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "asks"), [
    ("are prescriptions free for care leavers? im 20 in daventry", True),
    ("do i get my prescriptions for free", True),
    ("is there free bus travel for care leavers", False),   # whether free travel exists
    ("how do i get a prescription", False),
])
def test_is_it_free_questions(text: str, asks: bool) -> None:
    assert asks_free(text) is asks


async def test_prescriptions_not_said_to_be_free_says_so_with_the_number() -> None:
    text = "are prescriptions free for care leavers? im 20 in daventry"
    tracker = create_tracker("ask_health_support", text, entities=places(text, "daventry"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    text_said = said(dispatcher)
    assert "doesn't say this is free" in text_said and "01604 364778" in text_said
    assert "help paying for prescriptions" in text_said
    assert "prescriptions are free" not in text_said.lower()


async def test_help_that_is_free_is_not_doubted() -> None:
    # Control: North's council tax exemption pays the whole cost.
    text = "is council tax free for care leavers in corby"
    tracker = create_tracker("ask_council_tax", text, entities=places(text, "corby"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "doesn't say this is free" not in said(dispatcher)


# --- a national question with no national rule ---------------------------------------------------


async def test_a_set_amount_for_every_care_leaver_says_there_is_no_national_rule() -> None:
    text = "is there a set amount every care leaver in england gets for their 18th birthday"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_birthday_payment", text))
    assert responses(dispatcher)[0] == "utter_offer_no_national_rule"
    assert "leaving care team" in said(dispatcher) and "FosterWiki" in said(dispatcher)
    assert "utter_offer_spread" in responses(dispatcher)   # each council's line still follows


async def test_a_national_rule_the_store_has_is_given() -> None:
    # Control: the HE bursary is set in law.
    text = "is the uni bursary the same for every care leaver in england"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_he_bursary", text))
    assert "utter_offer_no_national_rule" not in responses(dispatcher)
    assert "£2,000" in said(dispatcher)
