"""Session 13 (issue 15): a comparison that points back at the last answer compares that
fact, with the user's own council as one side."""
from __future__ import annotations

import pytest

from actions.answering import ActionAnswerOffer, adds_a_condition
from actions.compare import ActionCompare
from actions.fallback import ActionFallbackAnswer
from actions.offers import asks_cost
from tests.actions.helpers import create_tracker, places, run, said, user

# --- a comparison that points back ------------------------------------------------------------


async def test_is_it_different_after_an_answer_compares_that_fact_for_my_council_too() -> None:
    text = "and is it different if ur with northants"
    tracker = create_tracker("ask_compare", text, entities=places(text, "northants"),
                             slots={"authority": "derby_city", "last_topic": "personal_adviser"})
    tracker.events.insert(0, user("how often does a PA have to visit in derby?", "ask_personal_adviser"))
    dispatcher, _ = await run(ActionCompare(), tracker)
    reply = said(dispatcher)
    assert "personal adviser" in reply.lower() and "8 weeks" in reply
    assert "Derby" in reply


async def test_a_comparison_naming_its_own_fact_keeps_that_fact() -> None:
    # Control: "it" points back, but "bursary" names a fact of its own.
    text = "is it more for the uni bursary if ur with northants"
    tracker = create_tracker("ask_compare", text, entities=places(text, "northants"),
                             slots={"authority": "derby_city", "last_topic": "personal_adviser"})
    dispatcher, _ = await run(ActionCompare(), tracker)
    assert "bursary" in said(dispatcher).lower() and "8 weeks" not in said(dispatcher)


# --- "how much off?" where the entry gives no figure ---------------------------------------


async def test_how_much_off_a_council_tax_discount_says_the_figure_is_not_published() -> None:
    text = "i live in daventry and im 22, do care leavers pay council tax here? how much off"
    tracker = create_tracker("ask_council_tax", text, slots={"authority": "west_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    reply = said(dispatcher)
    assert "doesn't say how much" in reply and "01604 364778" in reply


async def test_how_much_off_an_exemption_is_not_a_missing_figure() -> None:
    # Control: North exempts care leavers to 21, so nothing is missing.
    text = "im in corby, how much off council tax do i get"
    tracker = create_tracker("ask_council_tax", text, slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "doesn't say how much" not in said(dispatcher) and "21" in said(dispatcher)


async def test_do_i_have_to_pay_for_prescriptions_gives_who_to_ask() -> None:
    text = "do i have to pay for prescriptions now im 19? kettering"
    tracker = create_tracker("ask_health_support", text, slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    reply = said(dispatcher)
    assert "prescriptions" in reply and "01604 364778" in reply


@pytest.mark.parametrize(("text", "asks"), [
    ("do i have to pay for prescriptions", True),
    ("will i need to pay for my passport", True),
    ("my meds every month, does it cost anything", True),
    ("prescriptions, are they free for care leavers", True),
    ("is there free therapy", False),
    ("how much is it", True),
    ("can my pa help me pay my bills", False),
    ("do i have to tell my pa", False),
])
def test_cost_questions(text: str, asks: bool) -> None:
    assert asks_cost(text) is asks


@pytest.mark.parametrize("text", ["do i have to pay rent in supported housing", "do i have to pay it back"])
def test_paying_ones_own_way_is_not_a_cost_question(text: str) -> None:
    assert asks_cost(text) is False


# --- the last answer under a condition --------------------------------------------------------


async def test_even_if_after_a_national_answer_is_that_answer_again() -> None:
    text = "even if im not in education or training? im not at uni or anything"
    tracker = create_tracker("nlu_fallback", text, slots={"last_topic": "personal_adviser"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    reply = said(dispatcher)
    assert "25" in reply and "bursary" not in reply.lower()


async def test_what_if_for_a_known_council_repeats_its_answer() -> None:
    text = "what if im 22 tho"
    tracker = create_tracker("nlu_fallback", text,
                             slots={"authority": "north_northamptonshire", "last_topic": "council_tax"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "council tax" in said(dispatcher).lower()


async def test_a_new_question_with_if_inside_is_not_a_condition() -> None:
    # Control: "if" not at the start is a question of its own.
    text = "can i get a bursary if im at uni"
    tracker = create_tracker("nlu_fallback", text,
                             slots={"authority": "north_northamptonshire", "last_topic": "council_tax"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "bursary" in said(dispatcher).lower()


# --- words ----------------------------------------------------------------------------------


async def test_trying_it_out_before_my_own_place_is_a_taster_flat() -> None:
    text = "bit nervous about living alone. can i try it out first before i get my own place?"
    tracker = create_tracker("ask_independent_living_skills", text,
                             slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "taster" in said(dispatcher).lower()


# --- Ofsted's rating ------------------------------------------------------------------------


async def test_what_ofsted_said_is_north_northamptonshires_published_rating() -> None:
    text = "honestly is north northants leaving care any good? what did ofsted say about it"
    tracker = create_tracker("nlu_fallback", text, entities=places(text, "north northants"))
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    reply = said(dispatcher)
    assert "Requires Improvement" in reply and "25 November 2022" in reply


async def test_ofsted_for_a_council_that_publishes_no_rating_is_not_guessed() -> None:
    tracker = create_tracker("nlu_fallback", "what did ofsted say about derby leaving care",
                             slots={"authority": "derby_city"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "Requires Improvement" not in said(dispatcher)


async def test_what_if_with_a_new_fact_of_its_own_is_that_new_question() -> None:
    # Control: "what if i get evicted" after council tax asks about eviction.
    text = "what if i get evicted"
    tracker = create_tracker("ask_homelessness_prevention", text,
                             slots={"authority": "north_northamptonshire", "last_topic": "council_tax"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "council tax" not in said(dispatcher).lower()


@pytest.mark.parametrize(("text", "adds"), [
    ("even if im not in education or training?", True),
    ("what about if im not working", True),
    ("and if im 22?", True),
    ("what if i get evicted", False),
    ("can i get a bursary if im at uni", False),
])
def test_conditions_added_to_the_last_answer(text: str, adds: bool) -> None:
    assert adds_a_condition(text) is adds


async def test_trying_it_out_first_before_a_job_is_not_a_taster_flat() -> None:
    # Control: the same words about a job name no home.
    tracker = create_tracker("ask_work_experience", "can i try it out first before i commit to a job",
                             slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "taster flat" not in said(dispatcher).lower()


async def test_a_flat_inspected_by_housing_is_not_ofsted() -> None:
    tracker = create_tracker("ask_housing_priority", "my flat got inspected by the housing officer, is that normal",
                             slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "Ofsted" not in said(dispatcher)
