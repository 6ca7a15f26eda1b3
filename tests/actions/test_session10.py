"""Session 10 (issue 15): a council the message says is not the one, "does it stop at 21"
after an answer, a line to text instead of ringing, urgent help that is not 999, material in
the language a young person names, and a walk-in place for work and training."""
from __future__ import annotations


import pytest

from actions.answering import CONTACT_QUESTION, IT_STOPS, NOT_AN_EMERGENCY, ActionAnswerOffer
from actions.authority import from_latest_message
from actions.eligibility import ActionAskAge
from actions.fallback import ActionFallbackAnswer
from actions.overview import ActionOverview
from actions.set_authority import ActionSetAuthority
from offers.textnorm import fold
from tests.actions.helpers import create_tracker, places, responses, run, said, user


# --- a council the message says is not the one -------------------------------------------

@pytest.mark.parametrize(("text", "names", "expected"), [
    ("omg sorry i typed it wrong i live in wellingborough not northampton. is it different",
     ("wellingborough", "northampton"), "north_northamptonshire"),
    ("oh wait sorry i was in care with derby not northants, i just live in kettering now",
     ("derby", "northants", "kettering"), "derby_city"),
    ("not corby, daventry", ("corby", "daventry"), "west_northamptonshire"),
])
async def test_a_place_said_not_to_be_the_one_does_not_count(text: str, names: tuple[str, ...],
                                                             expected: str) -> None:
    tracker = create_tracker("inform_authority", text, entities=places(text, *names))
    resolution = await from_latest_message(tracker)
    assert resolution.single is not None and resolution.single.key == expected


async def test_two_places_with_no_denial_are_still_two() -> None:
    # Control: "me in kettering, my mate in northampton" names two councils.
    text = "me in kettering, my mate in northampton"
    tracker = create_tracker("inform_authority", text, entities=places(text, "kettering", "northampton"))
    resolution = await from_latest_message(tracker)
    assert {a.key for a in resolution.candidates} == {"north_northamptonshire", "west_northamptonshire"}


async def test_a_corrected_place_answers_the_last_sum_for_the_council_that_counts() -> None:
    text = "omg sorry i typed it wrong i live in wellingborough not northampton. is it different"
    tracker = create_tracker("inform_authority", text, entities=places(text, "wellingborough", "northampton"),
                             slots={"authority": "west_northamptonshire",
                                    "last_topic": "setting_up_home_allowance"})
    dispatcher, slots = await run(ActionSetAuthority(), tracker)
    assert slots["authority"] == "north_northamptonshire"
    reply = said(dispatcher)
    assert "£3,000" in reply and "What each council says" not in reply


async def test_a_corrected_council_after_the_numbers_gets_its_numbers() -> None:
    first = "im in kettering whats the phone number for leaving care"
    text = "oh wait sorry i was in care with derby not northants, i just live in kettering now"
    tracker = create_tracker("inform_authority", text, entities=places(text, "derby", "northants", "kettering"),
                             slots={"authority": "north_northamptonshire", "last_topic": "contact"})
    tracker.events.insert(0, user(first, "ask_contact"))
    dispatcher, slots = await run(ActionSetAuthority(), tracker)
    assert slots["authority"] == "derby_city"
    assert "01332 643907" in said(dispatcher) and "01604 364778" not in said(dispatcher)


# --- "does it stop at 21" ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "asks"), [
    ("ok and i turn 21 next week does it stop then", True),
    ("will it stop when im 21", True),
    ("do i still get it at 21", True),
    ("im 21", False),
    ("what can i get at 21", False),
])
def test_does_it_stop(text: str, asks: bool) -> None:
    assert bool(IT_STOPS.search(fold(text))) is asks


async def test_does_it_stop_after_an_answer_gives_that_answers_ages() -> None:
    tracker = create_tracker("inform_age", "ok and i turn 21 next week does it stop then",
                             slots={"authority": "derby_city", "last_topic": "communication_allowance"})
    dispatcher, _ = await run(ActionOverview(), tracker)
    reply = said(dispatcher)
    assert "£15" in reply and "16 to 20" in reply
    assert "utter_overview_intro" not in responses(dispatcher)


async def test_an_age_alone_still_gets_the_overview() -> None:
    # Control: "im 21" after an answer is the offer at 21, not the last answer again.
    tracker = create_tracker("inform_age", "im 21",
                             slots={"authority": "derby_city", "last_topic": "communication_allowance"})
    dispatcher, _ = await run(ActionOverview(), tracker)
    assert responses(dispatcher) == ["utter_overview_intro"]


# --- national lines: text instead of ringing, urgent but not 999 ---------------------------

@pytest.mark.parametrize("text", [
    "is there somewhere i can text instead of ringing when im having a panic attack? i hate phone calls",
    "its christmas day, im on my own and feel really rubbish. i dont want to ring anyone, can i email or text someone",
])
async def test_a_line_to_text_not_ring_is_a_national_text_line(text: str) -> None:
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker("nlu_fallback", text))
    reply = said(dispatcher)
    assert "85258" in reply
    assert "which council" not in reply.lower()


async def test_texting_the_council_team_is_still_the_councils_contacts() -> None:
    # Control: the council's own team asked for keeps to the council's numbers.
    text = "can i text someone at leaving care instead of ringing"
    assert CONTACT_QUESTION.search(fold(text))
    tracker = create_tracker("ask_contact", text, slots={"authority": "derby_city"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "01332 643907" in said(dispatcher) and "85258" not in said(dispatcher)


@pytest.mark.parametrize("text", [
    "is there a number for a mental health crisis that isnt 999? dont want police turning up",
    "my mate is having a really bad mental health night but its not like 999 bad. who do we ring",
])
async def test_urgent_mental_health_help_that_is_not_999_is_nhs_111(text: str) -> None:
    assert NOT_AN_EMERGENCY.search(fold(text))
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker("nlu_fallback", text))
    reply = said(dispatcher)
    assert "111" in reply and "option 2" in reply


def test_999_asked_for_is_not_ruled_out() -> None:
    assert not NOT_AN_EMERGENCY.search(fold("should i call 999 or the police"))


# --- material in the language named --------------------------------------------------------

async def test_info_in_the_language_named_is_becomes_fact_sheets() -> None:
    text = ("my first language is tigrinya and my english still not so good. is there info about "
            "leaving care in my language? i live northampton")
    tracker = create_tracker("ask_immigration_support", text, slots={"authority": "west_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "Become" in said(dispatcher)


async def test_a_language_no_service_has_gets_the_councils_note() -> None:
    # Control: Derby's booklet names Polish; no service has material in it.
    tracker = create_tracker("ask_local_offer", "can i get the local offer in polish",
                             slots={"authority": "derby_city"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    reply = said(dispatcher)
    assert "01332 643907" in reply and "Become" not in reply


# --- a walk-in place for work and training -------------------------------------------------

@pytest.mark.parametrize("text", [
    "is there anyone who can help me look for a job in kettering, like a drop in or sumthing where i can just turn up",
    "i need help finding a job or a course, is there anywhere in wellingborough i can just drop in without an appointment",
])
async def test_a_drop_in_for_work_is_prospects(text: str) -> None:
    tracker = create_tracker("ask_careers_advice", text, slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "Prospects" in said(dispatcher) and "Silver Street" in said(dispatcher)


async def test_a_drop_in_for_a_shower_is_still_the_hub() -> None:
    # Control: no words for work or learning.
    tracker = create_tracker("ask_care_leavers_hub", "can i just drop in for a shower",
                             slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "Russell House" in said(dispatcher) and "Prospects" not in said(dispatcher)


# --- a term the national entry names and one council's entry defines ---------------------

@pytest.mark.parametrize("text", [
    "what does former relevant mean?? its on my pathway plan",
    "my letter says im a 'former relevant' young person. what does that even mean, im 19",
])
async def test_former_relevant_is_defined_from_the_booklet_that_defines_it(text: str) -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_eligibility", text))
    reply = said(dispatcher)
    assert "over 18" in reply and "eligible" in reply
    assert "Derby City Council" in reply            # whose definition it is


async def test_who_counts_as_a_care_leaver_has_no_definition_added() -> None:
    # Control: no term asked about, the national rule alone.
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_eligibility", "am i a care leaver"))
    reply = said(dispatcher)
    assert "13 weeks" in reply and "Former relevant:" not in reply


async def test_a_course_past_25_gets_the_rule_for_courses_started_before_25() -> None:
    text = "im 24 and doing a 3 yr degree that finishes when im 26. will leaving care just drop me at 25??"
    tracker = create_tracker("nlu_fallback", text, slots={"authority": "west_northamptonshire"})
    dispatcher, slots = await run(ActionFallbackAnswer(), tracker)
    assert "before your 25th birthday" in said(dispatcher)
    assert slots["last_topic"] == "support_after_21"


async def test_former_relevant_asked_as_an_eligibility_question_is_defined_too() -> None:
    text = "my letter says im a 'former relevant' young person. what does that even mean, im 19"
    dispatcher, _ = await run(ActionAskAge(), create_tracker("ask_eligibility", text))
    reply = said(dispatcher)
    assert "13 weeks" in reply and "over 18" in reply and "Derby City Council" in reply
