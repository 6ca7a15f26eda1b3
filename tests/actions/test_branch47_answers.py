"""Branch answers-47: dev set R's failures, by kind, asserted on the real replies (real offer
store).

- a weekend line asked beside a topic: "its saturday and my boiler broke ... who at the trust
  can i ring at the weekend" is the Trust's weekend line (the duty social worker), not
  keeping your home; the Trust is a team to ring as the council or the office is;
- money while waiting for Universal Credit: "it takes weeks to come through ... anything to
  live on meanwhile" is the wait (the YPA's 5 weeks), not help to claim;
- a disability and not wanting to live alone: supported accommodation and Shared Lives, not
  extra support in general;
- a present for turning 18 or 21: birthday money, not rewards for achievements;
- the social worker stopping and who takes over: the PA's entry (at 18 the PA becomes the
  main worker), not "didn't get that";
- "not a 999 thing ... what do i ring": NHS 111 option 2, not the mental-health spread;
- email as the form a thing comes in ("on paper not just email") is no contact question;
- a sum asked before the council was given ("how much will the trust put towards a gym
  membership" -> "northampton, 20") still gets "doesn't say how much".
"""
from __future__ import annotations

from typing import Any

from actions.answering import ActionAnswerOffer, is_contact_question
from actions.facts import choose
from actions.fallback import ActionFallbackAnswer
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, earlier_user_message, places, run, said


async def _say(action: object, intent: str, text: str, *place: str, **slots: Any) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place), slots=slots or None)
    dispatcher, _ = await run(action, tracker)
    return said(dispatcher)


# --- a weekend line asked beside a topic ---------------------------------------------------------------------

def test_who_at_the_trust_can_i_ring_is_a_contact_question() -> None:
    assert is_contact_question("who at the trust can i ring at the weekend")
    assert is_contact_question("who from the childrens trust do i call")
    assert not is_contact_question("does the trust help with my landlord")


async def test_a_weekend_line_beside_a_broken_boiler_is_the_duty_social_worker() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_leisure", "its saturday and my boiler broke and the landlord isnt "
                       "answering, who at the trust can i ring at the weekend")
    assert "01604 626938" in reply
    assert "keep a roof over your head" not in reply


# --- money while waiting for Universal Credit ----------------------------------------------------------------

def test_universal_credit_taking_weeks_is_the_wait() -> None:
    for text in ("applied for universal credit but it takes weeks to come through, do the trust give me anything "
                 "to live on meanwhile",
                 "whats there to live on in the meantime while my universal credit comes through"):
        assert choose(create_tracker("ask_benefits_help", text)).topic == "benefit_wait_support"
    assert choose(create_tracker("ask_benefits_help", "can my pa help me apply for universal credit")).topic \
        == "benefits_help"


async def test_universal_credit_taking_weeks_gives_the_ypa() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_benefits_help", "applied for universal credit but it takes weeks to "
                       "come through, do the trust give me anything to live on meanwhile")
    assert "5 weeks' payment of the Young Persons Allowance (YPA)" in reply


# --- a disability and not wanting to live alone --------------------------------------------------------------

async def test_a_disability_and_not_wanting_to_live_alone_is_shared_lives() -> None:
    text = "i have a learning disability and dont want to live on my own, whats there for me, northampton"
    assert choose(create_tracker("ask_independent_living_skills", text)).topic == "supported_accommodation"
    reply = await _say(ActionAnswerOffer(), "ask_independent_living_skills", text, "northampton")
    assert "Shared Lives carer" in reply
    assert "extra support when you need it" not in reply


def test_a_disability_alone_is_still_extra_support() -> None:
    text = "i have a learning disability, is there extra support"
    assert choose(create_tracker("ask_extra_support", text)).topic == "extra_support"


# --- a present for turning 18 or 21 --------------------------------------------------------------------------

async def test_anything_for_turning_18_is_birthday_money() -> None:
    assert choose(create_tracker("ask_achievement_rewards", "do i get anything for turning 18")).topic \
        == "birthday_payment"
    reply = await _say(ActionAnswerOffer(), "ask_achievement_rewards", "will i get anything for turning 21",
                       authority="north_northamptonshire")
    assert "£100" in reply


# --- the social worker stopping and who takes over -----------------------------------------------------------

async def test_when_the_social_worker_stops_and_who_takes_over_is_the_pa() -> None:
    reply = await _say(ActionFallbackAnswer(), "nlu_fallback", "when does my social worker stop and who takes over",
                       authority="derby_city")
    assert "Once you turn 18, you will no longer have a social worker, and your PA becomes your main worker." in reply
    assert "didn't get that" not in reply


# --- not a 999 thing: what to ring ---------------------------------------------------------------------------

def test_what_do_i_ring_at_the_end_is_a_contact_question() -> None:
    assert is_contact_question("i need urgent mental health help but its not a 999 thing what do i ring")
    assert not is_contact_question("what do i call the money for a first flat, is it a grant")


async def test_urgent_but_not_a_999_thing_is_nhs_111_option_2() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_mental_health_support",
                       "i need urgent mental health help but its not a 999 thing what do i ring")
    assert "NHS 111 and choose option 2" in reply
    assert "Which council looked after you?" not in reply


# --- email as the form a thing comes in ----------------------------------------------------------------------

def test_email_as_a_form_is_no_contact_question() -> None:
    assert not is_contact_question("whats the health summary thing and can i get it on paper not just email")
    assert not is_contact_question("can i have it as a paper copy instead of by email")
    assert is_contact_question("whats their email")
    assert is_contact_question("can i email them instead")


async def test_the_health_summary_on_paper_is_the_trusts_wording() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_health_history",
                       "whats the health summary thing and can i get it on paper not just email",
                       authority="west_northamptonshire")
    assert "usually an electronic copy, but it can be a paper version if you wish" in reply


# --- a sum asked before the council was given ----------------------------------------------------------------

async def test_a_sum_asked_before_the_council_still_says_how_much_is_not_published() -> None:
    text = "northampton, 20"
    tracker = earlier_user_message(
        create_tracker("inform_authority", text, entities=places(text, "northampton"),
                       slots={"last_topic": "leisure", "authority": "northamptonshire_childrens_trust"}),
        "ask_leisure", "how much will the trust put towards a gym membership")
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "West Northamptonshire" in reply
    assert "doesn't say how much" in reply
