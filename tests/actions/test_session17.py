"""Session 17 (issue 15, dev set C): follow-ups about the last answer, the fact a
statement only sets the scene for, "free" asked before the thing, and a time asked of a
council that publishes no hours."""
from __future__ import annotations

from datetime import datetime

import pytest

import actions.contact
from actions.answering import ActionAnswerOffer, ActionContact, adds_a_condition, follows_up
from actions.fallback import ActionFallbackAnswer
from actions.formatting import asks_free
from actions.overview import ActionOverview
from actions.store import LONDON
from tests.actions.helpers import (create_tracker, earlier_user_message, frozen_clock, places,
                                   responses, run, said)


def after(tracker, intent: str, text: str, entities=None):
    """The tracker with an earlier user message (with its entities) before the latest."""
    tracker.events.insert(0, {"event": "user", "text": text, "input_channel": "rest",
                              "parse_data": {"intent": {"name": intent, "confidence": 1.0},
                                             "entities": entities or [], "text": text}})
    return tracker


# --- a bare "how many a year" and "how much do they give for it" --------------------------------


@pytest.mark.parametrize(("text", "follows"), [
    ("how many a year tho", True),
    ("how much do they give for it", True),
    ("how many driving lessons do derby leaving care pay for", False),   # a question of its own
    ("how long", True),
])
def test_bare_follow_ups(text: str, follows: bool) -> None:
    assert follows_up(text) is follows


async def test_how_many_a_year_after_the_apprenticeships_answer_gives_it_again() -> None:
    tracker = create_tracker("nlu_fallback", "how many a year tho",
                             slots={"authority": "north_northamptonshire", "last_topic": "apprenticeships"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "6 apprenticeship jobs" in said(dispatcher)
    assert "utter_default" not in responses(dispatcher)


async def test_how_much_for_it_after_the_laptop_answer_is_not_a_new_question() -> None:
    # The classifier's weak guess (course costs, 0.33) would have asked "which of these?".
    tracker = create_tracker("ask_education_costs", "how much do they give for it",
                             slots={"authority": "derby_city", "last_topic": "laptop"})
    tracker.latest_message["intent"]["confidence"] = 0.33
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "utter_offer_which_fact" not in responses(dispatcher)
    assert "IT costs" in said(dispatcher) and "doesn't say how much" in said(dispatcher)


async def test_a_new_question_after_an_answer_is_still_answered_as_asked() -> None:
    # Control: a fact named in the message's own words is answered, not the last one.
    text = "how much is the bursary for uni"
    tracker = create_tracker("ask_he_bursary", text, slots={"authority": "west_northamptonshire",
                                                            "last_topic": "laptop"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "£2,000" in said(dispatcher) and "£300" not in said(dispatcher)


# --- a condition on the last answer -------------------------------------------------------------


@pytest.mark.parametrize(("text", "adds"), [
    ("do i have to be in college or working to get it?", True),
    ("what if i was 22 tho", True),
    ("do i have to be in college to get the bursary", False),   # names the fact
])
def test_conditions(text: str, adds: bool) -> None:
    assert adds_a_condition(text) is adds


async def test_in_college_or_working_to_get_it_is_about_the_minimum_income() -> None:
    text = "do i have to be in college or working to get it?"
    tracker = create_tracker("ask_education_support", text,
                             slots={"authority": "derby_city", "last_topic": "minimum_income"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "education, employment or training" in said(dispatcher)
    assert "open days" not in said(dispatcher)


async def test_what_if_i_was_22_gives_the_last_answer_not_the_offer_at_22() -> None:
    tracker = create_tracker("ask_overview", "what if i was 22 tho",
                             slots={"authority": "west_northamptonshire", "last_topic": "emergency_fund"})
    dispatcher, _ = await run(ActionOverview(), tracker)
    assert "utter_overview_intro" not in responses(dispatcher)
    assert "For ages 16 to 21" in said(dispatcher)


async def test_what_can_i_get_at_22_is_still_the_whole_offer() -> None:
    # Control: the whole offer asked for, under a condition.
    tracker = create_tracker("ask_overview", "what if im 22, what can i get",
                             slots={"authority": "west_northamptonshire", "last_topic": "emergency_fund"})
    dispatcher, _ = await run(ActionOverview(), tracker)
    assert "utter_overview_intro" in responses(dispatcher)


# --- what every Local Offer must cover ----------------------------------------------------------


async def test_what_every_local_offer_must_cover_by_law_is_answered_for_england() -> None:
    text = "what does every council's local offer have to cover by law"
    dispatcher, _ = await run(ActionOverview(), create_tracker("ask_overview", text))
    text_said = said(dispatcher)
    assert "utter_ask_authority" not in responses(dispatcher)
    assert "health and wellbeing" in text_said and "accommodation" in text_said and "education" in text_said


# --- a contact follow-up keeps the team ---------------------------------------------------------


async def test_when_does_it_shut_after_russell_house_is_the_trust_s_hours() -> None:
    first = "what time does russell house open"
    tracker = create_tracker("ask_university_holidays", "and what time does it shut on a friday",
                             slots={"last_topic": "contact"})
    after(tracker, "ask_contact", first, places(first, "russell house"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "Friday: 9am to 5pm" in said(dispatcher)
    assert "utter_ask_authority" not in responses(dispatcher)
    assert "01332" not in said(dispatcher)   # not each council's line


async def test_when_does_it_shut_with_no_team_named_before_still_asks() -> None:
    # Control: nothing named before, so which council is still asked.
    tracker = create_tracker("ask_contact", "and what time does it shut on a friday",
                             slots={"last_topic": "contact"})
    earlier_user_message(tracker, "ask_contact", "who do i ring")
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert any(r and r.startswith("utter_ask_") for r in responses(dispatcher))


# --- "send" the verb is not SEND ---------------------------------------------------------------


async def test_send_him_money_is_not_special_educational_needs() -> None:
    text = "my brother was in care in northampton and hes in prison now, can leaving care send him any money"
    tracker = create_tracker("ask_prison_support", text, entities=places(text, "northampton"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "work scheme" in said(dispatcher)
    assert "help with school, college and university" not in said(dispatcher)


# --- data and vocabulary ------------------------------------------------------------------------


async def test_the_commencing_work_allowance_is_the_work_clothes_money() -> None:
    text = "starting my first job in towcester, how much is the commencing work allowance for clothes"
    tracker = create_tracker("ask_maintenance_allowance", text, entities=places(text, "towcester"))
    tracker.latest_message["intent"]["confidence"] = 0.4
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "clothes" in said(dispatcher) and "doesn't say how much" in said(dispatcher)
    assert "maintenance allowance" not in said(dispatcher).lower()


async def test_support_when_i_hit_25_in_education() -> None:
    text = "im 24 and doing a degree, what happens to my leaving care support when i hit 25? northampton"
    tracker = create_tracker("nlu_fallback", text, entities=places(text, "northampton"))
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "before your 25th birthday" in said(dispatcher)


async def test_where_derby_s_careers_guidance_is() -> None:
    text = "where can i get careers advice in derby"
    dispatcher, _ = await run(ActionAnswerOffer(),
                              create_tracker("ask_careers_advice", text, entities=places(text, "derby")))
    assert "Curzon Street" in said(dispatcher)


# --- "do derby care leavers get free prescriptions" ---------------------------------------------


@pytest.mark.parametrize(("text", "asks"), [
    ("do derby care leavers get free prescriptions", True),
    ("is there free bus travel for care leavers", False),
])
def test_free_before_the_thing(text: str, asks: bool) -> None:
    assert asks_free(text) is asks


async def test_free_prescriptions_in_derby_says_the_offer_doesnt_say_free() -> None:
    text = "do derby care leavers get free prescriptions"
    tracker = create_tracker("ask_health_support", text, entities=places(text, "derby"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "doesn't say this is free" in said(dispatcher) and "01332 643907" in said(dispatcher)


# --- a time asked of a council that publishes no hours -----------------------------------------


async def test_derby_at_the_weekend_is_not_said_to_answer_then(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, datetime(2026, 12, 5, 11, 0, tzinfo=LONDON))
    text = "is there an out of hours number for derby leaving care? its the weekend"
    tracker = create_tracker("ask_contact", text, entities=places(text, "derby"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    text_said = said(dispatcher)
    assert "At the weekend, call" not in text_said
    assert "01332 643907" in text_said and "nights and weekends" in text_said


async def test_west_at_the_weekend_still_names_the_line_for_then(monkeypatch: pytest.MonkeyPatch) -> None:
    # Control: the Trust publishes its hours and a night line.
    frozen_clock(monkeypatch, actions.contact, datetime(2026, 12, 5, 11, 0, tzinfo=LONDON))
    text = "who do i ring at the weekend, im in northampton"
    tracker = create_tracker("ask_contact", text, entities=places(text, "northampton"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "01604 626938" in said(dispatcher)


# --- the person named for what is asked ---------------------------------------------------------


async def test_who_to_contact_about_the_local_offer_leads_with_the_person_for_it() -> None:
    text = "who do i contact about the local offer in north northants"
    tracker = create_tracker("ask_contact", text, entities=places(text, "north northants"))
    dispatcher, _ = await run(ActionContact(), tracker)
    assert said(dispatcher).splitlines()[0] == "Rachel Shaw, the council's contact for the Local Offer: 07900918194."
    assert said(dispatcher).count("07900918194") == 1


async def test_who_to_ring_leads_with_the_team() -> None:
    # Control: no role asked, so the team's line comes first and the person later.
    text = "who do i ring in corby"
    tracker = create_tracker("ask_contact", text, entities=places(text, "corby"))
    dispatcher, _ = await run(ActionContact(), tracker)
    lines = said(dispatcher).splitlines()
    assert "Rachel Shaw" not in lines[0] and any("Rachel Shaw" in line for line in lines)


# --- an office named by its street --------------------------------------------------------------


async def test_the_office_on_curzon_street_is_derby_s() -> None:
    text = "what time is the leaving care office on curzon street open"
    dispatcher, _ = await run(ActionContact(), create_tracker("ask_contact", text))
    text_said = said(dispatcher)
    assert "utter_ask_authority" not in responses(dispatcher)
    assert "01332 643907" in text_said and "doesn't publish its opening hours" in text_said
    assert "01604" not in text_said


async def test_a_street_no_office_is_on_still_asks() -> None:
    # Control: "corporation street" is only in Derby's postal address, not an office's.
    text = "what time is the office on high street open"
    dispatcher, _ = await run(ActionContact(), create_tracker("ask_contact", text))
    assert any(r and r.startswith("utter_ask_") for r in responses(dispatcher))


# --- a care leaver from another council ---------------------------------------------------------


async def test_from_another_council_the_exemption_s_condition_comes_first() -> None:
    text = "i was in care with a different council but ive moved to rushden, do i get the council tax exemption here?"
    tracker = create_tracker("ask_council_tax", text, entities=places(text, "rushden"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    lines = [line for line in said(dispatcher).splitlines() if line.strip()]
    assert lines[1].startswith("The exemption does not include care leavers from other areas.")


async def test_a_corby_care_leaver_gets_the_exemption_first() -> None:
    # Control: nothing about another council, so the entry's own order stands.
    text = "do i get the council tax exemption in corby"
    tracker = create_tracker("ask_council_tax", text, entities=places(text, "corby"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    lines = [line for line in said(dispatcher).splitlines() if line.strip()]
    assert lines[1].startswith("The council exempts care leavers from council tax up to the age of 21.")
