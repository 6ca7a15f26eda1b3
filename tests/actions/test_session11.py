"""Session 11 (issue 15): "say it simpler" before a topic guess, "what number" at the end of
a message, a council and an age given for a question waiting, "is it the same in <place>"
after an answer, the previous message choosing between two equally likely facts, a place
that is only where a course is, a service the question points to by what it does, and the
words for a few facts."""
from __future__ import annotations

from typing import Any

import pytest

from actions.answering import CONTACT_QUESTION, ActionAnswerOffer, ActionContact
from actions.authority import from_latest_message
from actions.compare import ActionCompare
from actions.facts import choose, fact_ranker
from actions.fallback import ActionFallbackAnswer
from actions.overview import ActionOverview
from offers.textnorm import fold
from tests.actions.helpers import create_tracker, places, responses, run, said, user


# --- "say it simpler" is the last answer again, whatever the classifier guessed ------------

async def test_say_it_simpler_repeats_the_last_answer_before_any_topic_guess() -> None:
    tracker = create_tracker("ask_communication_allowance", "wot? can u say it simpler pls",
                             slots={"authority": "west_northamptonshire", "last_topic": "emergency_fund"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "£350" in said(dispatcher)
    assert "utter_offer_which_fact" not in responses(dispatcher)


async def test_say_it_simpler_about_a_named_fact_answers_that_fact() -> None:
    # Control: a message that names a fact of its own is that fact's question.
    tracker = create_tracker("ask_council_tax", "can u say it simpler, do i pay council tax",
                             slots={"authority": "derby_city", "last_topic": "emergency_fund"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "council tax" in said(dispatcher).lower() and "£350" not in said(dispatcher)


# --- "what number" at the end --------------------------------------------------------------

@pytest.mark.parametrize(("text", "asks"), [
    ("need to talk to someone about my mental health urgently but its not like a 999 thing. what number", True),
    ("wat number?", True),
    ("what number of weeks do i have to be in care", False),
])
def test_what_number_at_the_end_is_a_contact_question(text: str, asks: bool) -> None:
    assert bool(CONTACT_QUESTION.search(fold(text))) is asks


async def test_urgent_not_999_what_number_is_nhs_111() -> None:
    text = "need to talk to someone about my mental health urgently but its not like a 999 thing. what number"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_mental_health_support", text))
    assert "111" in said(dispatcher) and "Which council" not in said(dispatcher)


# --- a council (and an age) for the question waiting ---------------------------------------

async def test_a_postcode_and_an_age_answer_the_question_waiting() -> None:
    tracker = create_tracker("inform_age", "im in DE23, 20 yrs old",
                             slots={"pending_topic": "council_tax"})
    dispatcher, slots = await run(ActionOverview(), tracker)
    assert "exempt" in said(dispatcher) and "utter_overview_intro" not in responses(dispatcher)
    assert slots["authority"] == "derby_city"


async def test_an_age_and_a_postcode_with_nothing_waiting_is_the_overview() -> None:
    # Control: nothing was asked before, so the offer at that age.
    tracker = create_tracker("inform_age", "im in DE23, 20 yrs old")
    dispatcher, _ = await run(ActionOverview(), tracker)
    assert responses(dispatcher) == ["utter_overview_intro"]


# --- "is it the same in <place>" after an answer -------------------------------------------

async def test_is_it_the_same_in_another_place_compares_the_last_fact() -> None:
    text = "is it the same in corby? my brother lives there"
    tracker = create_tracker("ask_compare", text, entities=places(text, "corby"),
                             slots={"authority": "derby_city", "last_topic": "communication_allowance"})
    dispatcher, slots = await run(ActionCompare(), tracker)
    reply = said(dispatcher)
    assert "£15" in reply and "North Northamptonshire" in reply and "West" not in reply
    assert "authority" not in slots   # their own council stays Derby


async def test_a_correction_with_same_is_still_a_correction() -> None:
    # Control: "wait, im actually in corby, is it the same for me" changes their council.
    text = "wait im actually in corby, is it the same for me"
    tracker = create_tracker("inform_authority", text, entities=places(text, "corby"),
                             slots={"authority": "derby_city", "last_topic": "communication_allowance"})
    dispatcher, slots = await run(ActionCompare(), tracker)
    assert slots.get("authority") == "north_northamptonshire"
    assert "What each council says" not in said(dispatcher)


# --- the previous message chooses between two equally likely facts ------------------------

def test_the_previous_message_chooses_the_bursary() -> None:
    tracker = create_tracker("nlu_fallback", "they dont do a bursary there, does that mean i get nothing?",
                             slots={"authority": "derby_city"})
    alone = choose(tracker)
    assert set(alone.alternatives) == {"fe_bursary", "he_bursary"}
    tracker.events.insert(0, user("im a derby care leaver doing a course at a training provider", "ask_overview"))
    chosen = choose(tracker)
    assert chosen.topic == "fe_bursary" and not chosen.alternatives


# --- a place that is only where a course is ------------------------------------------------

async def test_where_the_course_is_does_not_name_the_council() -> None:
    text = "training course in northampton, i live in oundle so the bus is like a lot"
    tracker = create_tracker("ask_travel_costs", text, entities=places(text, "northampton", "oundle"))
    resolution = await from_latest_message(tracker)
    assert resolution.single is not None and resolution.single.key == "north_northamptonshire"


async def test_two_people_in_two_places_are_still_two() -> None:
    # Control: no course or job before either place.
    text = "me in kettering, my mate in northampton"
    tracker = create_tracker("inform_authority", text, entities=places(text, "kettering", "northampton"))
    resolution = await from_latest_message(tracker)
    assert len(resolution.candidates) == 2


# --- a service the question points to by what it does ---------------------------------------

async def test_somewhere_online_to_chat_is_camhs_live_with_its_hours() -> None:
    text = "im 17 and my anxiety is really bad. is there somewhere online i can chat to someone and what times is it on"
    tracker = create_tracker("ask_mental_health_support", text, slots={"authority": "west_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "CAMHS Live" in said(dispatcher) and "10am" in said(dispatcher)


# --- words ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "topic"), [
    ("can i get help with my phone contract", "communication_allowance"),
    ("is there a record of all my jabs", "health_history"),
    ("the gym fees are £25 a month, can they help", "leisure"),
    ("i dont agree with a decision my pa made, who can help me challenge it", "advocacy"),
    ("i moved to birmingham, does the local offer still count for me", "local_offer"),
    ("is the gym free", "leisure_facilities"),   # control: free leisure centre access
])
def test_words_for_facts(text: str, topic: str) -> None:
    assert fact_ranker().rank(text)[0].topic == topic


async def test_wifi_and_a_phone_contract_are_two_questions() -> None:
    text = "can i get help with wifi and my phone contract? im in raunds n skint"
    tracker = create_tracker("ask_broadband", text, entities=places(text, "raunds"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    reply = said(dispatcher).lower()
    assert "broadband" in reply and "mobile phone" in reply


async def test_a_decision_they_dont_agree_with_gets_the_childrens_rights_service() -> None:
    text = ("i dont agree with a decision my pa made about my housing and they wont listen. "
            "i live in towcester. who can help me challenge it that isnt them")
    tracker = create_tracker("nlu_fallback", text, entities=places(text, "towcester"))
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "Children's Rights" in said(dispatcher)


# --- comparisons across turns and sides -----------------------------------------------------

async def test_in_each_place_after_a_comparison_compares_the_councils_named_before() -> None:
    first = "im moving from northampton to derby, does the PA have to visit more or less often there"
    tracker = create_tracker("nlu_fallback", "like how often in each place",
                             slots={"last_topic": "personal_adviser"})
    tracker.events.insert(0, {"event": "user", "text": first, "parse_data": {
        "intent": {"name": "ask_personal_adviser", "confidence": 0.3}, "text": first,
        "entities": places(first, "northampton", "derby")}})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    reply = said(dispatcher)
    assert "8 weeks" in reply and "2 months" in reply and "North Northamptonshire" not in reply


async def test_in_each_place_with_nothing_answered_before_is_not_understood() -> None:
    # Control: no last answer to compare.
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker("nlu_fallback", "like how often in each place"))
    assert "What each council says" not in said(dispatcher)


async def test_a_care_leaver_partner_from_another_council_is_a_comparison() -> None:
    text = ("my boyfriend is a care leaver from derby and im one from corby, we're both 22 and moving "
            "in together. do either of us have to pay council tax")
    tracker = create_tracker("ask_council_tax", text, entities=places(text, "derby", "corby"))
    resolution = await from_latest_message(tracker)
    assert {a.key for a in resolution.candidates} == {"derby_city", "north_northamptonshire"}
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "21" in said(dispatcher) and "25" in said(dispatcher)


async def test_i_was_a_care_leaver_from_derby_is_still_my_council() -> None:
    # Control: the user's own care phrase names their council.
    text = "i was in care with derby, i just live in corby now"
    tracker = create_tracker("inform_authority", text, entities=places(text, "derby", "corby"))
    resolution = await from_latest_message(tracker)
    assert resolution.single is not None and resolution.single.key == "derby_city"


async def test_offices_for_northants_and_for_derby_give_each_sides_address() -> None:
    text = "where are the leaving care offices for northants and for derby"
    tracker = create_tracker("ask_contact", text, entities=places(text, "northants", "derby"))
    dispatcher, _ = await run(ActionContact(), tracker)
    reply = said(dispatcher)
    assert "Russell House" in reply and "Curzon" in reply


# --- "start over", whatever the classifier made of it --------------------------------------

def slot_set(name: str, value: Any) -> dict[str, Any]:
    return {"event": "slot", "name": name, "value": value}


async def test_a_council_given_before_start_over_no_longer_counts() -> None:
    tracker = create_tracker("ask_setting_up_home_allowance", "how much is the setting up home allowance",
                             slots={"authority": "north_northamptonshire"})
    tracker.events[0:0] = [user("im in corby", "inform_authority"),
                           slot_set("authority", "north_northamptonshire"),
                           user("actually forget that, start over", "delete_my_chat")]
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "Which council" in said(dispatcher)


async def test_a_council_given_after_start_over_counts() -> None:
    # Control: the council named again after starting over.
    tracker = create_tracker("ask_setting_up_home_allowance", "how much is the setting up home allowance",
                             slots={"authority": "north_northamptonshire"})
    tracker.events[0:0] = [user("actually forget that, start over", "delete_my_chat"),
                           user("im in corby", "inform_authority"),
                           slot_set("authority", "north_northamptonshire")]
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "£3,000" in said(dispatcher) and "Which council" not in said(dispatcher)


# --- a service the question points to by what sets it apart --------------------------------

async def test_an_engineer_asking_for_a_programme_hears_of_nital() -> None:
    text = "i wanna be an engineer but not sure about apprenticeships yet. any programme round northampton to get me ready"
    tracker = create_tracker("ask_apprenticeships", text, slots={"authority": "west_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "NITAL" in said(dispatcher)


async def test_the_facts_own_words_point_to_no_service() -> None:
    # Control: "apprenticeship" is the fact's own word, not what sets NITAL apart.
    tracker = create_tracker("ask_apprenticeships", "can i get an apprenticeship",
                             slots={"authority": "west_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "NITAL" not in said(dispatcher)


# --- a word that rules a service out ----------------------------------------------------------

async def test_cant_talk_out_loud_rules_out_the_line_to_talk_to() -> None:
    text = "is there anyone i can text not call? i cant talk out loud rn its 1am and im not ok"
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker("nlu_fallback", text))
    assert "85258" in said(dispatcher) and "116 123" not in said(dispatcher)


# --- where someone else lives ------------------------------------------------------------------

async def test_a_mates_place_is_not_the_users_council() -> None:
    text = "do derby pay for drivin lessons? my m8 in northampton got a whole package n im jealous"
    tracker = create_tracker("ask_driving", text, entities=places(text, "derby", "northampton"))
    resolution = await from_latest_message(tracker)
    assert resolution.single is not None and resolution.single.key == "derby_city"


async def test_a_mates_place_set_side_by_side_is_compared() -> None:
    # Control: "same money?" sets the two councils side by side.
    text = "me in kettering, my mate in northampton, same setting up money?"
    tracker = create_tracker("inform_authority", text, entities=places(text, "kettering", "northampton"))
    resolution = await from_latest_message(tracker)
    assert len(resolution.candidates) == 2


@pytest.mark.parametrize("text", ["i dont get it", "wdym??", "can u put it in normal words"])
async def test_not_getting_it_repeats_the_last_answer(text: str) -> None:
    tracker = create_tracker("nlu_fallback", text,
                             slots={"authority": "west_northamptonshire", "last_topic": "emergency_fund"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "£350" in said(dispatcher)


async def test_what_do_you_mean_by_a_term_answers_the_term() -> None:
    # Control: the message names a fact of its own.
    tracker = create_tracker("ask_eligibility", "what do you mean by former relevant",
                             slots={"authority": "derby_city", "last_topic": "emergency_fund"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "£350" not in said(dispatcher)
