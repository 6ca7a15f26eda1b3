"""Branch answers-53: round 38's failures, by kind, asserted on the real replies (real offer
store).

- a contact question of its own beside the council named for a waiting question: "north
  northamptonshire, who is the director" after "the top person in childrens services" is the
  council's contacts (its Director of Children's Services by name), not the care leavers'
  council the waiting question leaned to;
- something given for a thing passed: "just passed my level 3 at college!! do derby give
  anything for that" is the reward for an achievement, not the bursary "at college" names;
- a longer thing measured before the councils: "who has the biggest emergency fund for care
  leavers, northamptonshire childrens trust or derby" sets each council's emergency money side
  by side (the Trust's £350 a year), not Derby's alone;
- said no to support after 21: the Trust's booklet says you can come back and ask for it even
  if you said no at first (now in its support from 21 to 25, with its source);
- out of touch for years: "havent spoken to leaving care in like 2 years, would they even
  contact me anymore" is the yearly letter (support from 21 to 25), not a choice of two.
"""
from __future__ import annotations

from typing import Any

from actions.answering import ActionAnswerOffer
from actions.compare import ActionCompare
from actions.facts import choose
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, earlier_user_message, places, run, said


async def _say(action: object, intent: str, text: str, *place: str, **slots: Any) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place), slots=slots or None)
    dispatcher, _ = await run(action, tracker)
    return said(dispatcher)


def _topic(text: str, intent: str = "nlu_fallback") -> str | None:
    return choose(create_tracker(intent, text)).topic


# --- a contact question beside the council named for a waiting question --------------------------------------

async def test_who_is_the_director_beside_the_council_is_the_contacts_not_the_waiting_question() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_care_leavers_council", "north northamptonshire, who is the director",
                       "north northamptonshire", pending_topic="care_leavers_council")
    assert "AnnMarie Dodds" in reply
    assert "children in care and care leavers council" not in reply


async def test_a_council_alone_still_answers_the_waiting_question() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_care_leavers_council", "north northamptonshire",
                       "north northamptonshire", pending_topic="care_leavers_council")
    assert "care leavers council" in reply
    assert "AnnMarie Dodds" not in reply


# --- something given for a thing passed -------------------------------------------------------------------------

async def test_a_level_3_passed_at_college_is_an_achievement_not_the_bursary() -> None:
    text = "just passed my level 3 at college!! do derby give anything for that? im 19"
    for intent in ("nlu_fallback", "ask_fe_bursary"):
        reply = await _say(ActionAnswerOffer(), intent, text, "derby")
        assert "rewards for achievements" in reply
        assert "recognition" in reply
        assert "£1,200" not in reply


def test_money_for_college_without_a_thing_passed_is_still_the_bursary() -> None:
    assert _topic("im at college do they give me money for it", "ask_fe_bursary") == "fe_bursary"
    assert _topic("how do i get a bursary for my level 3 at college") == "fe_bursary"
    # A driving test passed is the driving offer's, not a reward.
    assert _topic("passed my driving test do they give anything for it") == "driving"


# --- a longer thing measured before the councils ----------------------------------------------------------------

async def test_the_biggest_emergency_fund_of_two_councils_is_a_comparison() -> None:
    text = "who has the biggest emergency fund for care leavers, northamptonshire childrens trust or derby"
    for action, intent in ((ActionAnswerOffer(), "ask_emergency_fund"), (ActionCompare(), "ask_compare")):
        reply = await _say(action, intent, text, "northamptonshire childrens trust", "derby")
        assert reply.startswith("What each council says about emergency money")
        assert "£350" in reply
        assert "Derby" in reply


# --- said no to support after 21 --------------------------------------------------------------------------------

async def test_said_no_to_support_after_21_can_come_back_for_it() -> None:
    tracker = create_tracker("inform_authority", "northamptonshire childrens trust, i live in northampton",
                             entities=places("northamptonshire childrens trust, i live in northampton", "northampton"),
                             slots={"pending_topic": "support_after_21"})
    tracker = earlier_user_message(tracker, "ask_support_after_21", "i said no to support after 21 but now im 22 "
                                   "and really struggling, can i change my mind")
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "you can come back and ask for it even if you said no at first" in reply


# --- out of touch for years -------------------------------------------------------------------------------------

async def test_out_of_touch_for_years_is_the_yearly_letter() -> None:
    text = "havent spoken to leaving care in like 2 years, would they even contact me anymore? daventry"
    assert _topic(text) == "support_after_21"
    reply = await _say(ActionAnswerOffer(), "nlu_fallback", text, "daventry")
    assert "Once a year" in reply
    assert "Which of these did you mean?" not in reply
