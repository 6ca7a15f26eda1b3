"""Branch answers-48: round 36's and set R's failures, by kind, asserted on the real replies
(real offer store).

- what a legal category of care leaver means: "wots a former relevant child" and "the
  difference between eligible and relevant" get each term's definition (Derby's booklet,
  the one source that defines them), both when two are asked, not only the law's four names;
- two councils in the care phrase ("in care in derby and northampton, can u give me both
  leaving care numbers"): both are sides, not Derby alone as the council that looked after them;
- "i just wanna text someone": a line to text (SHOUT, national), not the mental-health spread;
- help after 21 once the PA has gone ("im 22 and dont have a pa anymore, can i still get
  help"): support from 21 to 25, not the PA entry;
- "is there anyone who can go thru it with me" after the care files answer: that answer
  again (Service Six), not "didn't get that".
"""
from __future__ import annotations

from typing import Any

from actions.answering import ActionAnswerOffer, asks_about_it, is_contact_question
from actions.authority import from_latest_message
from actions.eligibility import ActionAskAge
from actions.facts import choose
from actions.fallback import ActionFallbackAnswer
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, earlier_user_message, places, run, said


async def _say(action: object, intent: str, text: str, *place: str, **slots: Any) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place), slots=slots or None)
    dispatcher, _ = await run(action, tracker)
    return said(dispatcher)


# --- what a legal category means -----------------------------------------------------------------------------

async def test_wots_a_former_relevant_child_is_defined() -> None:
    reply = await _say(ActionAskAge(), "ask_eligibility", "wots a former relevant child")
    assert "Former relevant: you are over 18 and were eligible or relevant before. You are supported up to 25." \
        in reply
    assert "Relevant: you are 16 or 17" not in reply


async def test_the_difference_between_two_categories_defines_both() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_eligibility",
                       "whats the difference between eligible and relevant care leaver")
    assert "Eligible: you are 16 or 17 and still looked after." in reply
    assert "Relevant: you are 16 or 17 and have left care." in reply
    assert "Former relevant: you are over 18" not in reply
    assert "Derby City Council's Local Offer" in reply


async def test_a_definition_goes_on_to_its_own_sentences_only() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_eligibility", "what does qualifying mean")
    assert "Qualifying: you are under 25. After the age of 16, you stopped being looked after" in reply
    assert "This group also includes young people under special guardianship orders." in reply
    assert "The offer is open to all Derby City care leavers" not in reply


# --- two councils in the care phrase -------------------------------------------------------------------------

async def test_in_care_in_two_councils_names_both() -> None:
    text = "ive been in care in derby and northampton, can u give me both leaving care numbers"
    named = await from_latest_message(create_tracker("inform_authority", text,
                                                     entities=places(text, "derby", "northampton")))
    assert {a.key for a in named.candidates} == {"derby_city", "west_northamptonshire"}
    reply = await _say(ActionSetAuthority(), "inform_authority", text, "derby", "northampton")
    assert "01332 643907" in reply and "01604 364778" in reply


async def test_in_care_with_one_and_living_in_another_is_still_the_one() -> None:
    text = "i was in care with west northants and i live in corby now, whats the number"
    named = await from_latest_message(create_tracker("inform_authority", text,
                                                     entities=places(text, "west northants", "corby")))
    assert [a.key for a in named.candidates] == ["west_northamptonshire"]


# --- a line to text ------------------------------------------------------------------------------------------

def test_wanting_to_text_someone_is_a_contact_question() -> None:
    assert is_contact_question("i cant talk on the phone i just wanna text someone, feeling really low")
    assert is_contact_question("i want to text someone not ring")
    assert not is_contact_question("can my pa text me the address of the flat")


async def test_i_just_wanna_text_someone_is_shout() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_communication_allowance",
                       "i cant talk on the phone i just wanna text someone, feeling really low")
    assert "Text SHOUT to 85258" in reply
    assert "Which council looked after you?" not in reply


async def test_texting_someone_from_leaving_care_is_the_council() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_communication_allowance",
                       "i need to text someone from leaving care, derby", "derby")
    assert "01332 643907" in reply
    assert "85258" not in reply


# --- help after 21 once the PA has gone ----------------------------------------------------------------------

def test_no_pa_anymore_is_help_after_21() -> None:
    text = "im 22 and dont have a pa anymore, can i still get help off the trust"
    assert choose(create_tracker("ask_personal_adviser", text)).topic == "support_after_21"
    assert choose(create_tracker("ask_personal_adviser", "i dont have a pa, how do i get one")).topic \
        == "personal_adviser"


async def test_no_pa_anymore_gets_the_duty_service_up_to_25() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_personal_adviser",
                       "im 22 and dont have a pa anymore, can i still get help off the trust")
    assert "Some young adults keep their PA from 21 up to 25. Others get support from the Duty Service." in reply


# --- someone to go through the care file with you ------------------------------------------------------------

def test_someone_to_go_through_it_with_me_points_back() -> None:
    assert asks_about_it("im scared about whats in it tho, is there anyone who can go thru it with me")
    assert asks_about_it("is there anyone to go through them with me")
    assert not asks_about_it("is there anyone who can help me with my rent")


async def test_someone_to_go_through_the_care_file_is_service_six() -> None:
    text = "im scared about whats in it tho, is there anyone who can go thru it with me"
    tracker = earlier_user_message(
        create_tracker("nlu_fallback", text, slots={"last_topic": "care_records",
                                                    "authority": "north_northamptonshire"}),
        "ask_care_records", "im from corby and want to read my care file")
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    reply = said(dispatcher)
    assert "Service Six can also go through your files with you" in reply
    assert "didn't get that" not in reply
