"""Session 24 (issue 15, round 23 as dev): answer each question actually asked.

The kinds of failure, each fixed in the general mechanism: several questions in one message
as a numbered, lettered or bulleted list, or one a line, with no "and" between them (each
item is a part of its own); a fact's word written as the same verb in -ing or -ed
("redecorating", "mentored"); a fact named only in a sentence that tells why they ask
("trying to budget") is not a question of its own; what a council does not offer, said as
its source says it."""
from __future__ import annotations

import pytest

from actions.facts import _items, _other_questions, choose, fact_ranker
from offers.ranking import inflections
from tests.actions.helpers import create_tracker


def others(text: str) -> list[str]:
    ranked = fact_ranker().rank(text, {})
    return _other_questions(text, ranked[0], ranked[1:])[0]


def asked(text: str) -> set[str]:
    choice = choose(create_tracker("nlu_fallback", text))
    return {t for t in (choice.topic, choice.also, *choice.more) if t}


# --- a list of questions -------------------------------------------------------------------

@pytest.mark.parametrize("text, topics", [
    ("few things: 1) how much is the setting up home money 2) will they pay my tv licence 3) what housing band",
     {"setting_up_home_allowance", "tv_licence", "housing_priority"}),
    ("corby. a) whats the birthday money b) do they help with contents insurance",
     {"birthday_payment", "contents_insurance"}),
    ("wellingborough\n- birthday money?\n- christmas money", {"birthday_payment", "festival_payment"}),
    ("whats the setting up home money in kettering\nis there anything for a tv licence",
     {"setting_up_home_allowance", "tv_licence"}),
])
def test_each_item_of_a_list_is_a_question(text: str, topics: set[str]) -> None:
    assert asked(text) == topics


@pytest.mark.parametrize("text", [
    "derby care leaver - how often will my PA see me",   # a dash inside a line is no bullet
    "im 18. how much is the setting up home money",      # a number ending a sentence is no item
    "i finish college at 4. can i pop in",
])
def test_a_dash_or_a_number_in_a_sentence_is_no_item(text: str) -> None:
    assert "qqq" not in _items(text)


# --- a word as a verb ----------------------------------------------------------------------

@pytest.mark.parametrize("text, topic", [
    ("can i get money for redecorating", "redecoration"),
    ("my flat needs redecorated", "redecoration"),
    ("could i get mentored by someone from a business", "mentoring"),
    ("im interested in volunteering", "volunteering"),
    ("is being care experienced protected", "protected_characteristic"),
])
def test_a_keyword_as_a_verb_in_ing_or_ed(text: str, topic: str) -> None:
    assert topic in fact_ranker().keyword_scores(text)


def test_short_words_have_no_verb_forms() -> None:
    # "house" is not "housing": a word under six letters only gets its plural.
    assert inflections("house") == ("houses",)
    assert inflections("redecorate") == ("redecorates", "redecorating", "redecorated")
    assert inflections("decorating") == ("decoratings",)


# --- told, not asked -----------------------------------------------------------------------

def test_a_fact_only_in_a_sentence_that_tells_is_no_second_question() -> None:
    text = ("ok so im off to uni from northampton and i'm trying to budget. how much is the bursary, "
            "how much for books, and do i get anything for a laptop?")
    assert "money_advice" not in others(text)
    assert {"laptop", "education_costs"} <= set(others(text))


def test_a_fact_in_the_question_itself_is_still_asked() -> None:
    # control: "budget" stands in a sentence that asks, so it is a question of its own.
    assert "money_advice" in others("how much is the uni bursary and can someone help me budget?")



def test_the_users_own_form_is_the_phrase_found() -> None:
    # Later checks look for the phrase in the message: it is the form the user wrote, so
    # "(1) will they pay for redecorating (2) ... cooking equipment" finds two questions.
    assert fact_ranker().keyword_scores("will they pay for redecorating")["redecoration"][1] == "redecorating"
    assert "redecoration" in others("few things from oundle: (1) will they pay for redecorating "
                                    "(2) is there help with cooking equipment")


# --- a count of a thing a fact names ---------------------------------------------------------

@pytest.mark.parametrize("text, topic", [
    ("how many care leavers are on the care leavers council in corby", "care_leavers_council"),
    ("what percentage of care leavers in north northamptonshire are NEET?", "care_leaver_figures"),
    ("what % of care leavers are not in work or college", "care_leaver_figures"),
    ("how many care leavers are there in derby", "care_leaver_figures"),
])
def test_a_count_of_what_a_fact_names_is_that_fact(text: str, topic: str) -> None:
    assert choose(create_tracker("nlu_fallback", text)).topic == topic


def test_a_fact_only_told_beside_two_asked_does_not_lead() -> None:
    # The classifier's guess (budgeting) stands only in the sentence that tells.
    text = ("ok so im off to uni from northampton and i'm trying to budget. how much is the bursary, "
            "how much for books, and do i get anything for a laptop?")
    choice = choose(create_tracker("ask_money_advice", text))
    assert choice.topic != "money_advice"
    assert "money_advice" not in (choice.also, *choice.more)
    # One fact asked: what is told may say who asks, and is left as it was.
    one = choose(create_tracker("ask_immigration_support",
                                "im still waiting on my asylum decision and im in derby care. do i get money while i wait"))
    assert one.topic in ("immigration_support", "benefit_wait_support")
