"""Session 16 (issue 15): which fact a message asks about when another fact's words are
only its setting: the flat a decoration is for, the reason it is wanted ("cant do college
work without it"), a question tag ("is that allowed"), or what it is asked beside ("apart
from the bursary")."""
from __future__ import annotations

import pytest

from actions.answering import ActionAnswerOffer
from actions.facts import _ruled_out
from tests.actions.helpers import answer_texts, create_tracker, places, run, said


def ranked(tracker, *intents: tuple[str, float]):
    """The tracker with the classifier's ranking (the first is the intent)."""
    ranking = [{"name": name, "confidence": confidence} for name, confidence in intents]
    tracker.latest_message["intent_ranking"] = ranking
    tracker.latest_message["intent"] = ranking[0]
    return tracker


# --- one clause, one question --------------------------------------------------------------------


async def test_the_flat_a_decoration_is_for_is_not_a_second_question() -> None:
    text = "whats the max they give for decorating ur first flat in kettering, like paint and wallpaper"
    tracker = ranked(create_tracker("nlu_fallback", text, entities=places(text, "kettering")),
                     ("nlu_fallback", 0.30), ("ask_setting_up_home_allowance", 0.28))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert len(answer_texts(dispatcher)) == 1
    assert "redecorat" in said(dispatcher) and "No amount is published" in said(dispatcher)
    assert "£3,000" not in said(dispatcher)


async def test_two_facts_in_two_clauses_are_still_two_questions() -> None:
    # Control: the allowance asked in a clause of its own.
    text = "will they help me decorate my flat and how much is the setting up home allowance"
    tracker = create_tracker("ask_redecoration", text, slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert len(answer_texts(dispatcher)) == 2 and "£3,000" in said(dispatcher)


async def test_another_fact_s_words_in_the_same_clause_leave_nothing_to_ask() -> None:
    # "universal credit" is where the wait comes from: the money while waiting is asked,
    # with no "which of these did you mean?".
    text = ("just applied for universal credit but it takes 5 weeks to come thru and ive got nothing. "
            "wellingborough. is there anything to tide me over")
    tracker = ranked(create_tracker("ask_emergency_fund", text, entities=places(text, "wellingborough")),
                     ("ask_emergency_fund", 0.80), ("ask_benefits_help", 0.03))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "utter_offer_which_fact" not in [m.get("response") for m in dispatcher.messages]
    assert "Young Person" in said(dispatcher)


async def test_a_join_inside_a_fact_s_own_words_does_not_split_it() -> None:
    # Control: "pots and pans" is one fact's words; "or ... the setting up money" another part.
    text = "do u get anything for like pots and pans and a microwave or do i have to use the setting up money for that"
    tracker = create_tracker("ask_setting_up_home_allowance", text, slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert len(answer_texts(dispatcher)) == 2 and "cooking equipment" in said(dispatcher).lower()


# --- the reason is not the question -------------------------------------------------------------


async def test_wifi_needed_for_college_work_is_the_broadband_question() -> None:
    text = "raunds. can they help get wifi sorted in my flat, cant do college work without it"
    tracker = ranked(create_tracker("ask_broadband", text, entities=places(text, "raunds")),
                     ("ask_broadband", 0.36), ("ask_education_costs", 0.24))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "broadband" in said(dispatcher).lower()
    assert "open days" not in said(dispatcher)


async def test_college_asked_about_outright_stays_college() -> None:
    # Control: with no reason clause, "college" keeps its fact.
    text = "can they help me with college work in raunds"
    tracker = ranked(create_tracker("ask_education_support", text, entities=places(text, "raunds")),
                     ("ask_education_support", 0.5))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "open days" in said(dispatcher)


# --- "is that allowed" beside another fact -------------------------------------------------------


async def test_is_that_allowed_after_the_pa_visits_asks_about_the_visits() -> None:
    text = "derby. im 16 and settled, my PA only comes every 3 months is that allowed? my mate who's 19 sees hers more"
    tracker = ranked(create_tracker("ask_personal_adviser", text, entities=places(text, "derby")),
                     ("ask_personal_adviser", 0.30), ("ask_compare", 0.20))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "every 2 months" in said(dispatcher) and "every 3 months" in said(dispatcher)
    assert "discrimination" not in said(dispatcher)


async def test_is_that_allowed_after_a_refusal_is_still_discrimination() -> None:
    # Control: the unfair treatment is the fact named.
    text = "a letting agent basically said they dont rent to care leavers. is that even allowed"
    tracker = create_tracker("ask_discrimination", text, slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "discrimination" in said(dispatcher).lower()


# --- "apart from the bursary" --------------------------------------------------------------------


async def test_money_to_live_on_at_uni_apart_from_the_bursary_is_the_minimum_income() -> None:
    text = "does derby give me anything to live on at uni apart from the bursary"
    tracker = ranked(create_tracker("ask_he_bursary", text, entities=places(text, "derby")),
                     ("ask_he_bursary", 0.61), ("ask_fe_bursary", 0.09))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "basic benefit rate plus £30" in said(dispatcher)
    assert "Higher Education bursary" not in said(dispatcher)


@pytest.mark.parametrize(("text", "ruled_out"), [
    ("anything to live on at uni apart from the bursary", {"he_bursary", "fe_bursary"}),
    ("is there anything other than my birthday money", {"birthday_payment"}),
    # Controls: "as well as" adds a fact; a fact also named outside the phrase stands.
    ("can i get help with council tax as well as my tv licence", set()),
    ("the bursary, is that all, apart from the bursary", set()),
])
def test_what_apart_from_rules_out(text: str, ruled_out: set[str]) -> None:
    assert _ruled_out(text) == ruled_out


async def test_the_bursary_asked_about_is_the_bursary() -> None:
    # Control: no "apart from", so the bursary it is.
    text = "does derby give me a bursary at uni"
    tracker = ranked(create_tracker("ask_he_bursary", text, entities=places(text, "derby")),
                     ("ask_he_bursary", 0.8))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "Higher Education bursary" in said(dispatcher)
