"""Branch answers-43: round 34's failures, by kind, asserted on the real replies (real offer
store).

- councils named after a comparison, with a reason beside them: "which council is best for
  a college bursary" then "derby or northampton, im moving between them" sets the bursary
  out for the two, not what "northampton" brushes against (the university's halls);
- a time asked of when someone can be rung: "till what time can i ring russell house mon to
  thurs" is the opening hours, not the hub's offer;
- the name of the 2000 Act: the national entry that names it (Children (Leaving Care) Act
  2000), not who to ring;
- dropping out of touch: "i stopped talking to leaving care ages ago, will they ever contact
  me again" is the yearly letter (support from 21 to 25), not "didn't get that";
- money while waiting for the Home Office's decision: Derby's asylum-seeker support
  ("financial support until a decision is made"), not the wait for a first benefit payment.
"""
from __future__ import annotations

from typing import Any

from actions.answering import ActionAnswerOffer, ActionContact, is_contact_question
from actions.compare import ActionCompare
from actions.facts import choose
from actions.fallback import ActionFallbackAnswer
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, places, run, said


async def _say(action: object, intent: str, text: str, *place: str, **slots: Any) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place), slots=slots or None)
    dispatcher, _ = await run(action, tracker)
    return said(dispatcher)


# --- councils named after a comparison, with a reason beside them --------------------------------------------

async def test_councils_and_a_reason_after_a_comparison_keep_its_fact() -> None:
    reply = await _say(ActionCompare(), "ask_compare", "derby or northampton, im moving between them",
                       "derby", "northampton", last_topic="fe_bursary")
    assert "What each council says about college and training bursary" in reply
    assert "£1,200" in reply
    assert "university accommodation" not in reply


async def test_councils_listed_with_a_reason_are_the_choices_whatever_the_classifier_said() -> None:
    for action, intent in ((ActionFallbackAnswer(), "nlu_fallback"), (ActionSetAuthority(), "inform_authority")):
        reply = await _say(action, intent, "derby or northampton, cos my mate is in derby",
                           "derby", "northampton", last_topic="driving")
        assert "What each council says about driving lessons and tests" in reply
        assert "Which council looked after you?" not in reply


async def test_a_fact_named_beside_the_councils_is_still_that_fact() -> None:
    reply = await _say(ActionCompare(), "ask_compare", "derby or northampton for council tax",
                       "derby", "northampton", last_topic="fe_bursary")
    assert "council tax" in reply.lower()
    assert "college and training bursary" not in reply


# --- a time asked of when someone can be rung ----------------------------------------------------------------

def test_till_what_time_can_i_ring_is_a_contact_question() -> None:
    assert is_contact_question("till what time can i ring russell house mon to thurs")
    assert is_contact_question("what time can i call them till on a friday")
    assert is_contact_question("how late can i phone the leaving care team")
    assert not is_contact_question("what time is the prospects drop in")


async def test_till_what_time_can_i_ring_russell_house_gives_the_hours() -> None:
    for action in (ActionContact(), ActionAnswerOffer()):
        reply = await _say(action, "ask_contact", "till what time can i ring russell house mon to thurs",
                           "russell house", authority="north_northamptonshire")
        assert "Monday to Thursday: 9am to 5:30pm" in reply
        assert "shower, laundry" not in reply


# --- the name of the 2000 Act --------------------------------------------------------------------------------

async def test_the_act_from_2000_is_named_from_the_national_entry() -> None:
    text = "whats the name of the act from 2000 that covers leaving care"
    assert choose(create_tracker("ask_contact", text)).topic == "eligibility"
    reply = await _say(ActionContact(), "ask_contact", text)
    assert "Children (Leaving Care) Act 2000" in reply
    assert "Who to ring" not in reply


# --- dropping out of touch -----------------------------------------------------------------------------------

async def test_will_they_ever_contact_me_again_is_the_yearly_letter() -> None:
    text = "i stopped talking to leaving care ages ago, will they ever contact me again"
    assert choose(create_tracker("nlu_fallback", text), strict=True).topic == "support_after_21"
    reply = await _say(ActionFallbackAnswer(), "nlu_fallback", f"im in northampton. {text}", "northampton")
    assert "Once a year" in reply and "25th birthday" in reply


# --- money while waiting for the Home Office's decision ------------------------------------------------------

async def test_money_while_waiting_for_the_home_office_decision_is_the_asylum_support() -> None:
    text = "waiting on my home office decision, do i get any money while i wait"
    choice = choose(create_tracker("ask_money", text))
    assert choice.topic == "immigration_support" and not choice.alternatives
    reply = await _say(ActionAnswerOffer(), "ask_money", text, authority="derby_city")
    assert "financial support until a decision is made" in reply
    assert "first benefit payment" not in reply


def test_money_while_waiting_for_a_first_benefit_payment_is_still_that() -> None:
    text = "waiting on my universal credit, do i get any money while i wait"
    assert choose(create_tracker("ask_money", text)).topic == "benefit_wait_support"
