"""Session 12 (issue 15): contact questions worded as "what time does the leaving care place
shut" or "the office is shut what do i do", a text line when the council is known, "how
much is it" after an answer, a correction that names the council again, a service named
with an s, and the words for a few facts (with stress words read past)."""
from __future__ import annotations

from datetime import datetime

import pytest

import actions.contact
from actions.answering import ActionAnswerOffer, ActionContact, follows_up, is_contact_question
from actions.facts import fact_ranker
from actions.compare import ActionCompare
from actions.eligibility import ActionEligibilityResult, ValidateEligibilityForm, asks_another_question
from actions.fallback import ActionFallbackAnswer
from actions.overview import ActionOverview
from actions.set_authority import ActionSetAuthority
from actions.offers import SAYS_PHONE
from actions.formatting import compare_line
from actions.store import LONDON, offer_store
from offers.places import without_non_councils
from tests.actions.helpers import create_tracker, frozen_clock, places, run, said, user

# --- contact questions ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "asks"), [
    ("what time does the leaving care place shut on fridays? wanna pop in after college", True),
    ("its christmas day and my gas has run out. the office is shut what do i do", True),
    ("leaving cares closed and i need someone", True),
    ("is the office closed on bank holidays", True),
    ("is anyone at leaving care on a saturday? im in daventry", True),
    ("the difference between a grant and a loan", False),
    ("i got closed out of my bank account", False),
])
def test_contact_questions_by_a_closing_time_or_a_shut_office(text: str, asks: bool) -> None:
    assert is_contact_question(text) is asks


async def test_the_office_is_shut_on_christmas_day_gives_the_line_for_then(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, datetime(2026, 7, 1, 14, 0, tzinfo=LONDON))
    text = ("its christmas day and my gas has run out, no money on the meter and its freezing. "
            "wellingborough. the office is shut what do i do")
    tracker = create_tracker("nlu_fallback", text, entities=places(text, "wellingborough"))
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    reply = said(dispatcher)
    assert "01604 626938" in reply and "Christmas and festival money" not in reply


# --- a text line, council known --------------------------------------------------------------

async def test_a_text_line_with_the_council_known_is_the_national_text_line() -> None:
    text = "i cant do phone calls, is there anywhere i can text when im struggling"
    tracker = create_tracker("nlu_fallback", text, slots={"authority": "derby_city"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "85258" in said(dispatcher) and "01332 643907" not in said(dispatcher)


async def test_a_text_to_the_councils_own_team_is_the_councils_contacts() -> None:
    # Control: the council's own team is asked for, so its contacts.
    text = "i cant do phone calls, can i text the leaving care team"
    tracker = create_tracker("ask_contact", text, slots={"authority": "derby_city"})
    dispatcher, _ = await run(ActionContact(), tracker)
    assert "01332 643907" in said(dispatcher)


# --- "how much is it" after an answer --------------------------------------------------------

async def test_how_much_is_it_after_an_answer_is_that_answer_again() -> None:
    tracker = create_tracker("nlu_fallback", "how much is it n do i have to do anything to get it",
                             slots={"authority": "derby_city", "last_topic": "communication_allowance"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "£15" in said(dispatcher)


async def test_how_much_is_it_with_nothing_answered_before_is_not_understood() -> None:
    # Control: no answer to repeat.
    tracker = create_tracker("nlu_fallback", "how much is it n do i have to do anything to get it",
                             slots={"authority": "derby_city"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "£15" not in said(dispatcher)


# --- a correction names the council again ----------------------------------------------------

async def test_a_correction_gives_the_last_answer_for_the_council_that_counts() -> None:
    text = "oh wait sorry got confused, my flat is in northampton and i was in care with west northants"
    tracker = create_tracker("inform_authority", text, entities=places(text, "northampton", "west northants"),
                             slots={"authority": "north_northamptonshire",
                                    "last_topic": "setting_up_home_allowance"})
    tracker.events.insert(0, user("im in corby how much is the setting up home money",
                                  "ask_setting_up_home_allowance"))
    dispatcher, slots = await run(ActionSetAuthority(), tracker)
    assert "£2,000" in said(dispatcher) and "Finding somewhere to live" not in said(dispatcher)
    assert slots["authority"] == "west_northamptonshire"


async def test_a_new_council_with_a_need_of_its_own_is_that_need() -> None:
    # Control: no correction words, so the flat is the question.
    text = "i live in northampton now and need help finding a flat"
    tracker = create_tracker("inform_authority", text, entities=places(text, "northampton"),
                             slots={"authority": "north_northamptonshire",
                                    "last_topic": "setting_up_home_allowance"})
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    assert "£2,000" not in said(dispatcher)


# --- a service named with an s -----------------------------------------------------------------

async def test_a_named_service_gets_the_councils_sentence_that_spells_it_with_an_s() -> None:
    text = "my pa keeps saying right resolution, im in northampton. what even is that"
    tracker = create_tracker("nlu_fallback", text, entities=places(text, "northampton"))
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "intensive support" in said(dispatcher)


# --- words ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "topic"), [
    ("its my 19th on saturday do i get anything off them", "birthday_payment"),
    ("does all the help just stop on my 25th birthday", "support_after_21"),
    ("i came to the uk alone from eritrea, is there any extra help for me", "immigration_support"),
    ("i need proper help getting into work, is there anything more hands on", "employment_support"),
    ("moved into my own flat in derby. dont really know anyone. anything that could help", "volunteering"),
    ("i dont know anyone round here", "volunteering"),
    ("is that even allowed, they dont rent to care leavers", "discrimination"),
])
def test_the_words_for_a_fact(text: str, topic: str) -> None:
    assert fact_ranker().rank(text)[0].topic == topic


async def test_a_birthday_by_its_number_is_birthday_money() -> None:
    tracker = create_tracker("ask_birthday_payment", "its my 19th on saturday do i get anything off them",
                             slots={"authority": "north_northamptonshire"})
    tracker.latest_message["intent"]["confidence"] = 0.3
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "£50" in said(dispatcher)


# --- a question of its own during the eligibility check --------------------------------------

async def test_a_question_during_the_check_is_answered_and_ends_the_check() -> None:
    text = "can i stay with my foster carers after im 18? they said they want me to stay but idk if its allowed"
    tracker = create_tracker("ask_staying_put", text, slots={"requested_slot": "age"},
                             active_loop="eligibility_form")
    tracker.latest_message["intent"]["confidence"] = 0.95
    dispatcher, slots = await run(ValidateEligibilityForm(), tracker)
    assert "Staying Put" in said(dispatcher) and "21" in said(dispatcher)
    assert slots["requested_slot"] is None and slots["age"] is None
    result, _ = await run(ActionEligibilityResult(), tracker)
    assert result.messages == []


async def test_an_age_during_the_check_is_an_answer() -> None:
    # Control: an age is the answer the check asked for.
    tracker = create_tracker("inform_age", "im 17", slots={"requested_slot": "age"},
                             active_loop="eligibility_form")
    assert not asks_another_question(tracker)
    dispatcher, slots = await run(ValidateEligibilityForm(), tracker)
    assert "requested_slot" not in slots and said(dispatcher) == ""


def test_a_question_the_classifier_is_unsure_of_is_not_another_question() -> None:
    # Control: "what if i was 15" at 0.5 may be an answer; the check goes on.
    tracker = create_tracker("ask_staying_put", "what if i was 15", slots={"requested_slot": "age"},
                             active_loop="eligibility_form")
    tracker.latest_message["intent"]["confidence"] = 0.5
    assert not asks_another_question(tracker)


# --- "re-refer yourself to the Leaving Care Team" comes with the number ---------------------

async def test_an_entry_that_sends_you_to_the_team_gives_its_number() -> None:
    text = "im 23, i stopped seeing leaving care in derby ages ago. now things r hard. can i go back to them"
    tracker = create_tracker("ask_support_after_21", text, entities=places(text, "derby"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "01332 643907" in said(dispatcher) and "25" in said(dispatcher)


def test_an_entry_that_sends_you_to_a_named_service_is_not_the_teams_number() -> None:
    # Control: "contact STAR directly" wants STAR's number, not the team's.
    assert not SAYS_PHONE.search("Ask your PA, or contact STAR directly.")
    assert SAYS_PHONE.search("Contact the Duty Service (see contacts) and ask for a 21+ needs assessment.")


# --- "northampton town centre" is the town, not the football club -----------------------------

@pytest.mark.parametrize(("text", "kept"), [
    ("careers help in northampton town centre", True),
    ("a shop in northampton town center", True),
    ("tickets for northampton town fc", False),
    ("i support northampton town", False),
])
def test_the_town_centre_is_the_town(text: str, kept: bool) -> None:
    assert ("northampton" in without_non_councils(text)) is kept


async def test_a_walk_in_shop_in_northampton_town_centre_is_prospects() -> None:
    text = "is there somewhere i can go for careers help in northampton town centre? like a shop i can walk into"
    tracker = create_tracker("ask_careers_advice", text, entities=places(text, "northampton"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "Sheep Street" in said(dispatcher)


# --- "more help than other care leavers" is not a comparison of councils ----------------------

async def test_more_help_than_other_care_leavers_is_the_councils_extra_support() -> None:
    text = "can i get more help than other care leavers or is it the same for everyone"
    tracker = create_tracker("ask_compare", text, slots={"authority": "derby_city"})
    dispatcher, _ = await run(ActionCompare(), tracker)
    reply = said(dispatcher)
    assert "extra support" in reply and "What each council says" not in reply


async def test_more_in_one_council_than_another_is_still_a_comparison() -> None:
    # Control: two councils named, so each council's line.
    text = "do you get more help in derby than in corby"
    tracker = create_tracker("ask_compare", text, entities=places(text, "derby", "corby"),
                             slots={"last_topic": "extra_support"})
    dispatcher, _ = await run(ActionCompare(), tracker)
    assert "Derby" in said(dispatcher) and "North Northamptonshire" in said(dispatcher)


# --- the Trust's booklet answers a detail North's own entry doesn't -----------------------------

async def test_a_course_with_work_experience_in_corby_names_the_trusts_course() -> None:
    text = "im 17 in corby, left school with nothing and want to do something with work experience. is there like a course?"
    tracker = create_tracker("ask_work_experience", text, entities=places(text, "corby"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    reply = said(dispatcher)
    assert "councillors" in reply and "Prince's Trust" in reply and "Children's Trust" in reply


async def test_a_detail_norths_own_entry_answers_adds_nothing_from_the_trust() -> None:
    # Control: North's own entry answers it (visits to firms), so nothing is added.
    text = "can i do work experience with councillors in corby"
    tracker = create_tracker("ask_work_experience", text, entities=places(text, "corby"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "Prince's Trust" not in said(dispatcher)


async def test_a_sum_from_the_trust_never_joins_norths_figure() -> None:
    # Control: North's £3,000 stands alone; the Trust's older £2,000 is never added.
    text = "how much setting up home money do i get in corby, is it paid in one go"
    tracker = create_tracker("ask_setting_up_home_allowance", text, entities=places(text, "corby"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "£3,000" in said(dispatcher) and "2,000" not in said(dispatcher) and "2000" not in said(dispatcher)


# --- a short question that points back with "it" ---------------------------------------------

@pytest.mark.parametrize(("text", "back"), [
    ("do i have to pay it back", True),
    ("who do i ask for it", True),
    ("is that every month", True),
    ("how do i get it", True),
    ("it is what it is", False),
    ("what can i get at 19", False),
    ("can you tell me if its true that my pa has to visit me every few weeks or so", False),
])
def test_a_short_question_that_points_back(text: str, back: bool) -> None:
    assert follows_up(text) is back


async def test_do_i_have_to_pay_it_back_is_the_last_answer_again() -> None:
    tracker = create_tracker("nlu_fallback", "do i have to pay it back",
                             slots={"authority": "north_northamptonshire", "last_topic": "emergency_fund"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "£350" in said(dispatcher)


async def test_how_do_i_get_it_read_as_the_overview_is_the_last_answer_again() -> None:
    tracker = create_tracker("ask_overview", "how do i get it",
                             slots={"authority": "derby_city", "last_topic": "communication_allowance"})
    dispatcher, _ = await run(ActionOverview(), tracker)
    assert "£15" in said(dispatcher)


async def test_a_question_that_names_its_own_fact_is_that_fact() -> None:
    # Control: "council tax" is named, so it is not the last answer again.
    tracker = create_tracker("nlu_fallback", "do i pay council tax on it",
                             slots={"authority": "derby_city", "last_topic": "communication_allowance"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "£15" not in said(dispatcher)


# --- a council's line in the spread leads with the sentence the rest of the question asks -------

def test_the_facts_own_words_do_not_choose_its_sentence() -> None:
    question = "will my pa drive me to my hospital appointment, its at the royal derby and i hate buses"
    offer = offer_store().offer_for("derby_city", "health_support")
    assert offer is not None and "public transport" in compare_line("Derby", offer, question=question)


def test_with_no_other_words_the_line_keeps_its_first_sentence() -> None:
    # Control: only the fact's own words, so the entry's first sentence.
    offer = offer_store().offer_for("derby_city", "health_support")
    assert offer is not None and "register" in compare_line("Derby", offer, question="hospital appointment help")


async def test_a_pointing_back_question_with_distress_checks_in_first() -> None:
    # "is it even worth it" points back too, but the second tier reads distress in it.
    tracker = create_tracker("nlu_fallback", "is it even worth it",
                             slots={"authority": "north_northamptonshire", "last_topic": "emergency_fund"},
                             crisis={"level": "none", "distress": "meaning", "distress_sharp": False})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "£350" not in said(dispatcher) and "check you're OK" in said(dispatcher)
