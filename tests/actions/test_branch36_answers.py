"""Branch answers-36: set M's wrong answers, mended by kind, asserted on the real reply.

- the store's words for a fact keep the source's own ("staying put", "This is voluntary",
  "funding for this", "no longer have a social worker"), which is what the question asks;
- the Children's Trust named other than as "the trust" ("im a trust care leaver", "the
  northants trust"), and "whats the better ..., X or Y" as a comparison;
- "has she got a mobile number" after the contacts: the person just named, not phone costs;
- a privacy guess on words of a fact and none of privacy ("workshops ..., like confidence
  stuff"): the fact;
- a comparison guess with no council named and no word that compares, the user's council
  known: their council's answer;
- "moved to birmingham, does the trust still help me": the offer for those out of the area.
"""
from __future__ import annotations

from actions.answering import ActionAnswerOffer, ActionContact, asks_the_person_for_a_number
from actions.compare import ActionCompare
from actions.fallback import ActionFallbackAnswer
from actions.privacy import ActionPrivacyNotice, asks_about_privacy
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, earlier_user_message, places, responses, run, said


async def _answer(intent: str, text: str, authority: str) -> str:
    action = ActionFallbackAnswer() if intent == "nlu_fallback" else ActionAnswerOffer()
    dispatcher, _ = await run(action, create_tracker(intent, text, slots={"authority": authority}))
    return said(dispatcher)


# --- the source's own words ------------------------------------------------------------------------------

async def test_derby_housing_options_say_staying_put_and_shared_accommodation() -> None:
    reply = (await _answer("nlu_fallback",
                           "what kinds of places can i live in when i leave care", "derby_city")).lower()
    assert "staying put" in reply and "shared accommodation" in reply and "shared lives" in reply


async def test_derby_local_area_coordinator_is_voluntary() -> None:
    reply = await _answer("nlu_fallback", "what is a local area coordinator and do i have to", "derby_city")
    assert "voluntary" in reply


async def test_derby_pa_answer_says_the_social_worker_ends_at_18() -> None:
    reply = await _answer("ask_personal_adviser", "what happens with my social worker when i turn 18", "derby_city")
    assert "no longer have a social worker" in reply


async def test_trust_university_holidays_keeps_funding() -> None:
    reply = await _answer("ask_university_holidays",
                          "where do i stay in the summer holidays from uni", "west_northamptonshire")
    assert "somewhere to stay" in reply and "funding" in reply


# --- the Trust, named other ways ----------------------------------------------------------------------------

async def test_a_trust_care_leaver_then_christmas_day_gets_the_trust_line_only() -> None:
    text = "if something goes wrong on christmas day who do i call, the office wont be open will it"
    tracker = earlier_user_message(create_tracker("ask_contact", text), "inform_authority", "im a trust care leaver")
    dispatcher, _ = await run(ActionContact(), tracker)
    reply = said(dispatcher)
    assert "01604 626938" in reply
    assert "01332" not in reply


async def test_the_better_deal_of_the_northants_trust_or_derby_compares_both() -> None:
    text = "whats the better driving deal, the northants trust or derby"
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker(
        "nlu_fallback", text, entities=places(text, "northants", "derby")))
    reply = said(dispatcher)
    assert "5 driving lessons of 2 hours each" in reply
    assert "Financial contributions may be offered" in reply


# --- the person just named ----------------------------------------------------------------------------------

async def test_has_she_got_a_mobile_after_the_contacts_is_her_number() -> None:
    tracker = earlier_user_message(
        create_tracker("ask_communication_allowance", "has she got a mobile number",
                       slots={"authority": "north_northamptonshire", "last_topic": "contact"}),
        "ask_contact", "who do i talk to about the north northants local offer")
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "07900918194" in said(dispatcher)


def test_asks_the_person_for_a_number() -> None:
    assert asks_the_person_for_a_number("has she got a mobile number")
    assert asks_the_person_for_a_number("whats his email")
    assert not asks_the_person_for_a_number("do they pay my mobile phone bill")
    assert not asks_the_person_for_a_number("will north northants pay for my mobile phone")


# --- a privacy guess on a fact's words ------------------------------------------------------------------------

async def test_workshops_read_as_privacy_get_the_workshops() -> None:
    text = "r there any workshops to help me get a job, like confidence stuff? north northants"
    dispatcher, _ = await run(ActionPrivacyNotice(), create_tracker(
        "ask_privacy", text, entities=places(text, "north northants")))
    assert "resilience" in said(dispatcher)
    assert "utter_privacy" not in responses(dispatcher)


async def test_a_privacy_question_still_gets_the_notice() -> None:
    for text in ("what do you do with my messages", "is this confidential", "who can read this"):
        dispatcher, _ = await run(ActionPrivacyNotice(), create_tracker("ask_privacy", text))
        assert responses(dispatcher) == ["utter_privacy"], text
    assert asks_about_privacy("do you keep what i tell you")
    assert not asks_about_privacy("any workshops to help me get a job like confidence stuff")


# --- a comparison guess with nothing compared -----------------------------------------------------------------

async def test_a_comparison_guess_with_the_council_known_is_their_answer() -> None:
    dispatcher, _ = await run(ActionCompare(), create_tracker(
        "ask_compare", "is there like a minimum income thing", slots={"authority": "derby_city"}))
    reply = said(dispatcher)
    assert "£30" in reply and "benefit rate" in reply
    assert "North Northamptonshire" not in reply


async def test_a_real_comparison_is_still_compared() -> None:
    dispatcher, _ = await run(ActionCompare(), create_tracker(
        "ask_compare", "is the minimum income the same in other councils", slots={"authority": "derby_city"}))
    assert "North Northamptonshire" in said(dispatcher)


# --- out of the area ------------------------------------------------------------------------------------------

async def test_moved_away_does_the_trust_still_help_me_is_the_offer_out_of_area() -> None:
    text = "i was in care in northampton but moved to birmingham for work, does the trust still help me"
    dispatcher, _ = await run(ActionSetAuthority(), create_tracker(
        "inform_authority", text, entities=places(text, "northampton")))
    reply = said(dispatcher).lower()
    assert "outside" in reply or "out of the local authority area" in reply
    assert "halls" not in reply
