"""Branch answers-55: answer round 39's failures and set U's u-173, by kind, asserted on the
real replies (real offer store).

- someone to talk to while the offices are shut: "its 4am and i just need to talk to someone
  any number thats open right now" gives each council's night line and, whichever council it
  is, the national line open all the time to talk (Samaritans, 116 123);
- something given when a thing is passed: "does derby give you anything when you pass your
  exams" is Derby's rewards for achievements, not the education the exams belong to;
- a place to walk in to, for someone not coping: "im 20 and not coping is there somewhere i
  can just walk in tonight, northampton" is the crisis cafes, not the University of
  Northampton's halls; a jobs drop-in asked while feeling low stays the jobs drop-in;
- a question beside the one waiting for the council: "my pa said i can get help with a
  deposit for a private rent place" -> "which council?" -> "im in wellingborough, is that
  right and would they be my guarantor too" answers the deposit, then the guarantor.
"""
from __future__ import annotations


from actions.answering import ActionAnswerOffer, ActionContact
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, earlier_user_message, places, run, said
from tests.actions.helpers import say as _say


# --- someone to talk to while the offices are shut ---------------------------------------------------------------

async def test_someone_to_talk_to_at_4am_is_every_councils_night_line_and_samaritans() -> None:
    text = "its 4am and i just need to talk to someone any number thats open right now"
    reply = await _say(ActionContact(), "ask_contact", text)
    assert "01604 626938" in reply
    assert "116 123" in reply
    assert reply.index("01604 626938") < reply.index("116 123")


async def test_a_night_number_without_a_need_to_talk_has_no_samaritans() -> None:
    reply = await _say(ActionContact(), "ask_contact", "whats the number to ring at 4am")
    assert "01604 626938" in reply
    assert "116 123" not in reply


# --- something given when a thing is passed -----------------------------------------------------------------------

async def test_derby_giving_anything_when_you_pass_your_exams_is_the_achievement_rewards() -> None:
    text = "does derby give you anything when you pass your exams"
    for intent in ("ask_education_costs", "ask_offer"):
        reply = await _say(ActionAnswerOffer(), intent, text, "derby")
        assert "reward" in reply.lower(), (intent, reply)


async def test_a_driving_test_passed_is_not_an_achievement_reward() -> None:
    text = "does derby give you anything when you pass your driving test"
    reply = await _say(ActionAnswerOffer(), "ask_offer", text, "derby")
    assert "rewards for achievements" not in reply.lower()


# --- a place to walk in to, for someone not coping ----------------------------------------------------------------

async def test_not_coping_and_somewhere_to_walk_in_tonight_in_northampton_is_the_crisis_cafes() -> None:
    text = "im 20 and not coping is there somewhere i can just walk in tonight, northampton"
    for intent in ("nlu_fallback", "ask_offer", "ask_mental_health_support"):
        reply = await _say(ActionAnswerOffer(), intent, text, "northampton")
        assert reply.startswith("Crisis cafes"), (intent, reply)
        assert "University of Northampton" not in reply


async def test_a_walk_in_place_for_jobs_while_feeling_low_is_still_the_jobs_drop_in() -> None:
    text = "im feeling low and skint is there anywhere in wellingborough i can just drop in for help finding a job"
    reply = await _say(ActionAnswerOffer(), "ask_offer", text, "wellingborough")
    assert "Crisis cafes" not in reply


# --- a question beside the one waiting for the council ------------------------------------------------------------

async def _after_which_council(intent: str, text: str, earlier: str, pending: str, place: str) -> str:
    tracker = create_tracker(intent, text, entities=places(text, place), slots={"pending_topic": pending})
    dispatcher, _ = await run(ActionSetAuthority(), earlier_user_message(tracker, "ask_deposit", earlier))
    return said(dispatcher)


async def test_is_that_right_and_a_guarantor_too_answers_the_deposit_waiting_and_the_guarantor() -> None:
    reply = await _after_which_council(
        "inform_authority", "im in wellingborough, is that right and would they be my guarantor too",
        "my pa said i can get help with a deposit for a private rent place", "deposit", "wellingborough")
    assert "deposit" in reply.lower() and "guarantor" in reply.lower()
    assert reply.lower().index("deposit") < reply.lower().index("guarantor")


async def test_a_new_question_instead_of_the_waiting_one_is_answered_alone() -> None:
    reply = await _after_which_council(
        "inform_authority", "im in wellingborough. would they be my guarantor",
        "my pa said i can get help with a deposit for a private rent place", "deposit", "wellingborough")
    assert "guarantor" in reply.lower()
    assert "help with a deposit" not in reply.lower()


async def test_is_that_right_and_a_guarantor_too_through_the_answer_action() -> None:
    text = "im in wellingborough, is that right and would they be my guarantor too"
    for intent in ("ask_guarantor", "ask_deposit", "ask_offer"):
        tracker = create_tracker(intent, text, entities=places(text, "wellingborough"),
                                 slots={"pending_topic": "deposit"})
        dispatcher, _ = await run(ActionAnswerOffer(), earlier_user_message(
            tracker, "ask_deposit", "my pa said i can get help with a deposit for a private rent place"))
        reply = said(dispatcher).lower()
        assert "deposit" in reply and "guarantor" in reply, (intent, reply)
