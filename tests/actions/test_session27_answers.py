"""Session 27 (answer round 25 and dev set H): answer each question actually asked.

The kinds fixed in the general mechanism: a clause after a comma that tells why ("i cant
afford the bus") or says when ("before i get my own tenancy") does not choose the fact the
question's own words name; having moved away and asking whether the offer still covers you is
the Local Offer's reach; "the number for" a fact whose council offer names a service of its own
(drug and alcohol help: STAR) is that service's number, even when the council named covers two
(the Trust's booklet serves both); a local programme named by two of its own words (NITAL);
"what ID" beside the NI number is both documents; "whats the out of hours one" after a number
is the out-of-hours line; "how often will they see me" beside another question is the PA's
visits; "the trust or derby ... more often" and "comparing, whos better" compare; a council
switched in a long message then "does that change it" is the last answer again; "the team in
northampton close on a tuesday" is Northampton, not a street called Northampton Close; "im
not in college" says who asks, not what; "what time does it shut" after Russell House is the
Trust's team; "it was the childrens trust that looked after me, i was in daventry" is West; and
"can she get the derby local offer in polish" is the council's note on languages, not the
question that was waiting for a council."""
from __future__ import annotations

import pytest

from actions.answering import ActionAnswerOffer, is_contact_question
from actions.authority import from_latest_message
from actions.facts import choose
from actions.fallback import ActionFallbackAnswer
from actions.overview import ActionOverview
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, places, run, said


def asked(text: str, intent: str = "nlu_fallback") -> set[str]:
    choice = choose(create_tracker(intent, text))
    return {t for t in (choice.topic, choice.also, *choice.more) if t}


# --- a clause that tells why, or says when -------------------------------------------------------

def test_a_reason_told_after_a_comma_does_not_choose_the_fact() -> None:
    text = "can derby help me get a bike to get to work, i cant afford the bus"
    assert choose(create_tracker("ask_travel_costs", text)).topic == "driving"


@pytest.mark.parametrize("text", [
    "can i get a bus pass, i cant afford the bus",
    "can they help me get to college, the bus costs loads",
])
def test_the_fare_asked_is_still_the_fare(text: str) -> None:
    assert choose(create_tracker("ask_travel_costs", text)).topic == "travel_costs"


async def test_a_bike_to_get_to_work_is_derbys_transport_help() -> None:
    text = "can derby help me get a bike to get to work, i cant afford the bus"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_travel_costs", text,
                                                                  entities=places(text, "derby")))
    reply = said(dispatcher)
    assert "bicycle" in reply and "towards" in reply


def test_a_clause_that_says_when_does_not_choose_the_fact() -> None:
    text = "can i practise living alone before i get my own tenancy in north northants"
    assert choose(create_tracker("ask_independent_living_skills", text)).topic == "training_flat"


def test_a_fact_in_the_main_clause_still_leads() -> None:
    assert choose(create_tracker("ask_deposit", "can i get a deposit before i move into my first flat")).topic \
        == "deposit"


def test_the_bus_by_where_it_goes_is_the_fare() -> None:
    assert "travel_costs" in asked("bus to college in northampton is costing me loads every week is there help")


# --- the Local Offer's reach ----------------------------------------------------------------------

async def test_moved_away_and_still_covered_is_the_offers_reach() -> None:
    text = "was in care in northants but moved to birmingham. am i still covered by the northants local offer"
    assert choose(create_tracker("nlu_fallback", text)).topic == "local_offer"
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker(
        "nlu_fallback", text, entities=places(text, "northants")))
    assert "outside the area" in said(dispatcher)


# --- the service the offer names ------------------------------------------------------------------

async def test_the_number_for_drug_and_alcohol_help_is_star() -> None:
    text = "northants - whats the number for drug and alcohol help, my mate needs it"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_health_support", text,
                                                                  entities=places(text, "northants")))
    reply = said(dispatcher)
    assert "0808 169 8512" in reply and "01604 626938" not in reply


async def test_who_to_call_about_drinking_in_northamptonshire_is_star() -> None:
    text = "im drinking way too much and i want to stop, who can i call in northamptonshire"
    dispatcher, _ = await run(ActionSetAuthority(), create_tracker("inform_authority", text,
                                                                   entities=places(text, "northamptonshire")))
    reply = said(dispatcher)
    assert "0808 169 8512" in reply and "Which one looked after you" not in reply


async def test_a_careers_place_to_ring_is_still_prospects() -> None:
    text = "brackley, need help finding a job or training, is there a careers place i can ring"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_careers_advice", text,
                                                                  entities=places(text, "brackley")))
    assert "01604 630 033" in said(dispatcher)


async def test_a_programme_named_by_its_own_words() -> None:
    text = "want to get into engineering apprenticeships, is there a programme in northants for that? how many places"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_apprenticeships", text,
                                                                  entities=places(text, "northants")))
    reply = said(dispatcher)
    assert "NITAL" in reply and "24" in reply


# --- ID beside the NI number ----------------------------------------------------------------------

async def test_what_id_beside_the_ni_number_is_both() -> None:
    text = "what ID will derby help me get? i dont even have my NI number"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_national_insurance", text,
                                                                  entities=places(text, "derby")))
    reply = said(dispatcher)
    assert "passport" in reply and "National Insurance" in reply


# --- the out-of-hours one -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ok and whats the out of hours one", "and the weekend one?"])
def test_a_line_by_when_it_answers_is_a_contact_question(text: str) -> None:
    assert is_contact_question(text)


async def test_the_out_of_hours_one_after_a_number() -> None:
    text = "ok and whats the out of hours one"
    tracker = create_tracker("nlu_fallback", text, slots={"authority": "west_northamptonshire",
                                                          "last_topic": "contact"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "01604 626938" in said(dispatcher)


# --- two questions, one in pronouns ---------------------------------------------------------------

async def test_how_often_will_they_see_me_beside_council_tax() -> None:
    text = ("hey so im 20 and live in mickleover derby, was in care with derby. my pa left and i have a new one. "
            "how often will they see me and does derby pay council tax for me?")
    assert asked(text, "ask_council_tax") == {"council_tax", "personal_adviser"}
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_council_tax", text,
                                                                  entities=places(text, "derby")))
    reply = said(dispatcher)
    assert "every 2 months" in reply and "exempts care leavers from council tax" in reply


# --- comparisons with the Trust -------------------------------------------------------------------

async def test_the_trust_or_derby_more_often_compares() -> None:
    text = "does the trust or derby have to visit care leavers more often"
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker("nlu_fallback", text,
                                                                     entities=places(text, "derby")))
    reply = said(dispatcher)
    assert "every 2 months" in reply and "every 8 weeks" in reply


async def test_comparing_whos_better_compares() -> None:
    text = "me and my mate are comparing, whos better for driving lessons - the trust or derby"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_driving", text,
                                                                  entities=places(text, "derby")))
    reply = said(dispatcher)
    assert "What each council says" in reply and "5 driving lessons" in reply


# --- a council switched, a council named ----------------------------------------------------------

async def test_a_long_switch_then_does_that_change_it() -> None:
    text = ("oh hang on my PA just said im actually north northants not west cos i was placed in corby. "
            "does that change it")
    tracker = create_tracker("inform_authority", text, entities=places(text, "north northants", "corby"),
                             slots={"authority": "west_northamptonshire", "last_topic": "setting_up_home_allowance"})
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    assert "£3,000" in said(dispatcher)


@pytest.mark.parametrize("text, name, key", [
    ("what time does the leaving care team in northampton close on a tuesday", "northampton",
     "west_northamptonshire"),
    ("i live on northampton close in corby", "corby", "north_northamptonshire"),
])
async def test_northampton_close_is_a_street_only_as_a_name(text: str, name: str, key: str) -> None:
    named = await from_latest_message(create_tracker("ask_contact", text, entities=places(text, name)))
    assert [a.key for a in named.candidates] == [key]


async def test_when_it_shuts_after_russell_house() -> None:
    text = "ok and what time does it shut on a friday"
    tracker = create_tracker("ask_contact", text, slots={"last_topic": "care_leavers_hub"})
    first = "whats russell house"
    tracker.events.insert(0, {"event": "user", "text": first, "parse_data": {
        "intent": {"name": "ask_care_leavers_hub", "confidence": 1.0}, "text": first,
        "entities": places(first, "russell house")}})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    reply = said(dispatcher)
    assert "Which council looked after you" not in reply and "01604" in reply


def test_what_the_user_is_not_doing_is_not_asked() -> None:
    assert "education_support" not in asked(
        "im 22 and not in college or anything, can i still get support from derby leaving care")


async def test_the_trust_that_looked_after_me_and_where_i_was() -> None:
    text = ("sorry no i got that wrong, it was northamptonshire childrens trust that looked after me, "
            "i was in daventry. derby is just where i live now")
    tracker = create_tracker("inform_authority", text,
                             entities=places(text, "northamptonshire childrens trust", "daventry", "derby"),
                             slots={"authority": "derby_city", "last_topic": "setting_up_home_allowance"})
    dispatcher, events = await run(ActionSetAuthority(), tracker)
    assert events.get("authority") == "west_northamptonshire" and "£2,000" in said(dispatcher)


async def test_the_trust_that_looked_after_me_alone_guesses_nothing() -> None:
    text = "it was northamptonshire childrens trust that looked after me, i live in derby now"
    named = await from_latest_message(create_tracker(
        "inform_authority", text, entities=places(text, "northamptonshire childrens trust", "derby")))
    assert named.single is None or named.single.key == "derby_city"


async def test_the_offer_in_a_language_beside_a_question_waiting() -> None:
    text = "can she get the derby local offer in polish"
    tracker = create_tracker("ask_overview", text, slots={"pending_topic": "parenting_support"},
                             entities=places(text, "derby"))
    dispatcher, _ = await run(ActionOverview(), tracker)
    reply = said(dispatcher)
    assert "Polish" in reply and "01332 643907" in reply and "young parent" not in reply


# --- support from 21 to 25, in or out of education ------------------------------------------------

@pytest.mark.parametrize("text", [
    "im 22 and not in college or anything, can derby leaving care still help me",
    "im 22 and not in college or anything, can i still get support from derby leaving care",
])
async def test_past_21_and_not_in_college_is_support_to_25(text: str) -> None:
    assert choose(create_tracker("nlu_fallback", text)).topic == "support_after_21"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("nlu_fallback", text,
                                                                  entities=places(text, "derby")))
    assert "whether you are in education or training or not" in said(dispatcher)


def test_an_age_and_still_help_beside_another_fact_asks_that_fact() -> None:
    assert choose(create_tracker("nlu_fallback", "im 22 can they still help me with my deposit")).topic == "deposit"
