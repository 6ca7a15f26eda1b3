"""Session 9 (issue 15): "start again" after taking the last message back, "say that
again", the 2026 law, who answers at the time a PA question names, words for meeting
people, Russell House by appointment, ID as a whole, and when a PA is given."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import START_AGAIN, ActionAnswerOffer
from actions.facts import fact_ranker
from actions.fallback import ActionFallbackAnswer
from actions.set_authority import ActionSetAuthority
from offers import vocabulary
from offers.textnorm import fold
from tests.actions.helpers import create_tracker, domain, responses, run, said


@pytest.mark.parametrize(("text", "starts_again"), [
    ("forget that, start again", True),
    ("actually forget that, start over", True),
    ("ok scrap that. start again", True),
    ("start over", True),
    ("i want to start again at college", False),
    ("forget it", False),
])
def test_start_again_after_taking_the_last_message_back(text: str, starts_again: bool) -> None:
    assert bool(START_AGAIN.search(fold(text))) is starts_again


async def test_forget_that_start_again_forgets_the_council() -> None:
    tracker = create_tracker("nlu_fallback", "forget that, start again",
                             slots={"authority": "north_northamptonshire"})
    dispatcher, slots = await run(ActionFallbackAnswer(), tracker)
    assert responses(dispatcher) == ["utter_started_again"]
    assert slots["authority"] is None


@pytest.mark.parametrize("text", ["can u say that again but simpler pls",
                                  "too long didnt read lol just tell me the number"])
async def test_say_that_again_repeats_the_last_answer_for_the_council(text: str) -> None:
    tracker = create_tracker("nlu_fallback", text,
                             slots={"authority": "derby_city", "last_topic": "communication_allowance"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "£15" in said(dispatcher)
    assert "utter_default" not in responses(dispatcher)


async def test_say_that_again_with_nothing_answered_yet_is_not_understood() -> None:
    tracker = create_tracker("nlu_fallback", "can u say that again")
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert responses(dispatcher) == ["utter_default"]


@pytest.mark.parametrize("text", [
    "whats the new 2026 law changed about local offers, does it add anything",
    "someone said theres a new 2026 law that changes what has to be in the local offer?? what does it add",
])
async def test_the_2026_law_is_answered_nationally(text: str) -> None:
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker("nlu_fallback", text))
    reply = said(dispatcher).lower()
    assert "financial literacy" in reply and "homelessness" in reply
    assert "which council" not in reply


@pytest.mark.parametrize(("text", "authority"), [
    ("can i ring my PA at the weekend if something kicks off? rushden", "north_northamptonshire"),
    ("my pa is off and its saturday and my electric has run out. who can help me", "north_northamptonshire"),
])
async def test_a_pa_question_with_a_time_gets_who_answers_then(text: str, authority: str) -> None:
    tracker = create_tracker("ask_personal_adviser", text, slots={"authority": authority})
    dispatcher, slots = await run(ActionAnswerOffer(), tracker)
    assert "01604 626938" in said(dispatcher)          # the out-of-hours duty social worker
    assert slots["last_topic"] == "contact"


async def test_a_pa_question_without_a_time_is_still_about_the_pa() -> None:
    tracker = create_tracker("ask_personal_adviser", "how often does my PA have to visit me",
                             slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "Personal Adviser" in said(dispatcher)


@pytest.mark.parametrize("text", [
    "just moved to a different part of derby and i dont know anyone. is there someone who can help me meet people",
    "im lonely in derby, moved to a new area and dont know anyone. can anyone help me get involved in stuff",
])
def test_not_knowing_anyone_is_local_activities(text: str) -> None:
    assert fact_ranker().rank(text)[0].topic == "volunteering"


def test_feeling_low_is_still_mental_health() -> None:
    assert fact_ranker().rank("feeling lonely and low, who can i talk to about my mental health")[0].topic \
        == "mental_health_support"


async def test_derbys_local_area_coordinators_answer_not_knowing_anyone() -> None:
    # The classifier's guess (mental health, at 1.0 here) is one signal; the words decide.
    tracker = create_tracker("nlu_fallback",
                             "i feel really lonely tbh, dont know anyone since i moved flats. is there anything",
                             slots={"authority": "derby_city"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "Local Area Coordinators" in said(dispatcher)


async def test_russell_house_is_by_appointment() -> None:
    tracker = create_tracker("ask_care_leavers_hub",
                             "can i just turn up at russell house or do i need to book first",
                             slots={"authority": "west_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "appointment" in said(dispatcher)


async def test_where_even_is_russell_house_gets_the_address() -> None:
    tracker = create_tracker("ask_care_leavers_hub", "where even is russell house and can i just turn up there",
                             slots={"authority": "west_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    reply = said(dispatcher)
    assert "Rickyard Road" in reply and "appointment" in reply


def test_id_anywhere_in_the_question_covers_the_national_insurance_number() -> None:
    assert vocabulary.companion("id_documents", "passport", "ive got literally no id, no passport nothing") \
        == "national_insurance"
    assert vocabulary.companion("id_documents", "passport", "how do i renew my passport") is None


async def test_no_id_then_the_council_gets_passport_and_ni_number() -> None:
    tracker = create_tracker("inform_authority", "derby city",
                             slots={"pending_topic": "id_documents"},
                             entities=[{"entity": "authority", "value": "derby city"}])
    tracker.events.insert(0, {"event": "user", "text": "ive got literally no id, no passport nothing. "
                                                         "what will leaving care sort out for me"})
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher).lower()
    assert "passport" in reply and "national insurance" in reply


async def test_when_you_get_given_a_pa_is_each_councils_rule() -> None:
    from actions.offers import national_offer
    assert await national_offer("personal_adviser", "when do you get given a PA? im 16") is None
    assert await national_offer("personal_adviser", "when will i be allocated a PA") is None
    assert await national_offer("personal_adviser", "how long does a PA last") is not None


@pytest.mark.parametrize("text", [
    "can i text someone at like 2am when im having a panic attack, i cant do phone calls",
    "can i email or text someone tonight",
    "my mate is in a bad way, who do we ring",
])
def test_texting_someone_and_who_we_ring_are_contact_questions(text: str) -> None:
    from actions.answering import is_contact_question
    assert is_contact_question(text)


async def test_a_text_line_at_night_with_no_council_is_shout() -> None:
    tracker = create_tracker("nlu_fallback",
                             "can i text someone at like 2am when im having a panic attack, i cant do phone calls")
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "85258" in said(dispatcher)
    assert "which council" not in said(dispatcher).lower()


@pytest.mark.parametrize(("text", "topic"), [
    ("does all the leaving care help just stop on my 25th birthday??", "support_after_21"),
    ("derby vs northants - till what age does leaving care support last in each one", "support_after_21"),
    ("my PA made a decision about my flat that im not happy with, who can help me fight it", "advocacy"),
    ("after rent and the bus i got nothing left. is there a minimum im supposed to have left over", "minimum_income"),
    ("what do they give you when you move into your first tenancy, like pans and bedding and stuff",
     "home_starter_pack"),
    ("i came to the uk on my own as an asylum seeker and my status still isnt sorted, can they help",
     "immigration_support"),
    # Controls: the same words in another fact's question keep their fact.
    ("is it too late to get my birthday money for my 21st", "birthday_payment"),
    ("how do i fight the council tax bill, do care leavers pay it", "council_tax"),
])
def test_the_words_care_leavers_use_name_the_fact(text: str, topic: str) -> None:
    assert fact_ranker().rank(text)[0].topic == topic


async def test_help_after_25_says_a_course_started_before_25_still_counts() -> None:
    tracker = create_tracker("nlu_fallback",
                             "im 24 doing a nursing degree, does all the leaving care help just stop on my 25th birthday??",
                             slots={"authority": "west_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "before your 25th birthday" in said(dispatcher)


async def test_a_corrected_council_with_how_much_gets_the_sum_asked_before() -> None:
    text = ("oh wait sorry i wasnt in care with north northants, i was looked after by derby city, "
            "i just moved to corby for college. so how much do i get")
    tracker = create_tracker("inform_authority", text,
                             slots={"authority": "north_northamptonshire",
                                    "last_topic": "setting_up_home_allowance"},
                             entities=[{"entity": "authority", "value": "north northants"},
                                       {"entity": "authority", "value": "derby city"},
                                       {"entity": "authority", "value": "corby"}])
    dispatcher, slots = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert slots["authority"] == "derby_city"
    assert "setting up home" in reply.lower() and "01332 643907" in reply   # Derby publishes no figure
    assert "college" not in reply.lower()


async def test_a_new_council_with_its_own_money_question_answers_that_question() -> None:
    tracker = create_tracker("inform_authority", "im in derby now, how much is the starter pack",
                             slots={"authority": "north_northamptonshire",
                                    "last_topic": "setting_up_home_allowance"},
                             entities=[{"entity": "authority", "value": "derby"}])
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    assert "starter pack" in said(dispatcher).lower()


@pytest.mark.parametrize(("topic", "text"), [
    ("prison_support", "my brother is in prison, does leaving care give him any money? how much"),
    ("graduation_costs", "do they pay for my graduation gown and photos? how much do they give"),
])
async def test_how_much_with_no_published_figure_says_so_with_the_number(topic: str, text: str) -> None:
    from actions.offers import answer
    from actions.store import authority as cached_authority
    dispatcher = CollectingDispatcher()
    await answer(dispatcher, cached_authority("west_northamptonshire"), topic, domain(), text)
    first = said(dispatcher).splitlines()[0]
    assert "doesn't say how much" in first and "01604 364778" in first


async def test_how_much_for_help_paid_in_full_does_not_admit_a_missing_figure() -> None:
    from actions.offers import answer
    from actions.store import authority as cached_authority
    dispatcher = CollectingDispatcher()
    await answer(dispatcher, cached_authority("derby_city"), "council_tax", domain(),
                 "how much council tax do i pay")
    assert "doesn't say how much" not in said(dispatcher)


async def test_a_council_for_the_waiting_question_answers_it_whatever_the_intent() -> None:
    # The classifier read "derby, im at derby college doing level 2" as a college question;
    # "college" is in a place's name, and the bursary question is waiting for the council.
    tracker = create_tracker("ask_education_support", "derby, im at derby college doing level 2",
                             slots={"pending_topic": "fe_bursary"},
                             entities=[{"entity": "authority", "value": "derby"}])
    tracker.events.insert(0, {"event": "user", "text": "is there a bursary for care leavers at college?"})
    dispatcher, slots = await run(ActionAnswerOffer(), tracker)
    assert "£1,200" in said(dispatcher)
    assert slots["last_topic"] == "fe_bursary" and slots["pending_topic"] is None


async def test_a_council_with_a_new_question_in_its_own_words_answers_the_new_one() -> None:
    tracker = create_tracker("ask_laptop", "derby, what about the laptop",
                             slots={"pending_topic": "fe_bursary"},
                             entities=[{"entity": "authority", "value": "derby"}])
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "IT costs" in said(dispatcher) and "£1,200" not in said(dispatcher)   # Derby's laptop entry


@pytest.mark.parametrize(("text", "topic"), [
    ("im 17, just left school, dont wanna do sixth form. is there any training thing i can do thats not school",
     "study_programmes"),
    ("im 17 and obsessed with sport, is there a college type course thats sport based", "study_programmes"),
    # Control: a sixth form in another question keeps its own fact.
    ("my sixth form is asking for money for a school trip, can leaving care help", "education_support"),
])
def test_a_course_that_is_not_school_is_a_study_programme(text: str, topic: str) -> None:
    assert fact_ranker().rank(text)[0].topic == topic


async def test_sport_as_a_word_is_not_the_sport_organisation() -> None:
    from actions.answering import named_service
    assert await named_service("is there a college type course thats sport based", None) is None
    found = await named_service("what is Northamptonshire Sport", None)
    assert found is not None and found.name == "Northamptonshire Sport"


@pytest.mark.parametrize(("text", "topic"), [
    ("my brother is inside, he was in care in northampton. theres no work in his jail so hes got nothing, "
     "can leaving care send him money", "prison_support"),
    # Control: a brother in a family question keeps its fact.
    ("i want to get back in touch with my brother and sister", "family_contact"),
])
def test_someone_inside_is_money_while_in_prison(text: str, topic: str) -> None:
    assert fact_ranker().rank(text)[0].topic == topic
