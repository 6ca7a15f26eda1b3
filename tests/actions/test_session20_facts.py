"""Session 20 (issue 15, round 18 as dev): which facts a message asks. Up to three questions
in one message, the wider fact named only as context, a money word that only says what kind
of help ("a laptop grant"), and the user's own words for facts the bot missed."""
from __future__ import annotations

import pytest

from actions.facts import choose
from tests.actions.helpers import create_tracker

def test_three_questions_get_three_facts() -> None:
    # r18-030: a PA ("pa", two letters) in a question of its own counts as a question.
    text = ("ok so im 17 and live in corby. 3 questions: when do i get a PA, how many driving lessons do i get, "
            "and is there free gym for care leavers")
    choice = choose(create_tracker("ask_driving", text))
    assert (choice.topic, choice.also, choice.more) == ("driving", "leisure_facilities", ("personal_adviser",))


def test_a_pa_beside_another_fact_is_still_no_question() -> None:
    # Control: "pa" only in the first fact's own part says who to ask, not a question.
    choice = choose(create_tracker("ask_driving", "can my pa help me get driving lessons and a free gym pass"))
    assert "personal_adviser" not in (choice.also, *choice.more)


def test_the_wider_fact_in_a_sentence_that_asks_nothing_is_context() -> None:
    # r18-024: "my first flat ... is grim" says which flat; the questions are decorating and pans.
    text = ("my first flat in corby is grim, walls r disgusting. will they pay to redecorate it? "
            "and do they help with pots pans cooker that kinda thing")
    choice = choose(create_tracker("ask_setting_up_home_allowance", text))
    assert (choice.topic, choice.also) == ("redecoration", "cooking_equipment")


def test_a_sentence_that_carries_on_the_question_still_asks() -> None:
    # d-009: "or like the wifi at least" goes on asking.
    choice = choose(create_tracker("ask_communication_allowance",
                                   "will they pay my phone bill? im in kettering. or like the wifi at least"))
    assert {choice.topic, choice.also} == {"communication_allowance", "broadband"}


def test_a_laptop_grant_is_the_laptop() -> None:
    # r18-108: "grant" only says what kind of help the laptop is (not the setting-up-home grant).
    choice = choose(create_tracker("ask_laptop", "going uni from derby, is there a laptop grant and how much"))
    assert (choice.topic, choice.also) == ("laptop", None)


def test_phone_credit_running_out_is_the_communication_allowance() -> None:
    # r18-094: the PA is why they want it, not what is asked.
    text = "does derby give u anything for ur phone? my credit keeps running out and my pa cant get hold of me"
    assert choose(create_tracker("ask_family_contact", text)).topic == "communication_allowance"


def test_an_allowance_to_live_on_is_the_maintenance_allowance() -> None:
    # r18-115: semi-independent living is their situation; the allowance is asked.
    text = "im 17 living semi independent in derby, do i get any allowance to live on"
    assert choose(create_tracker("ask_supported_accommodation", text)).topic == "maintenance_allowance"


@pytest.mark.parametrize(("text", "topic"), [
    ("left care 3 years ago and moved away from northampton, not heard from anyone. do they ever contact you after?",
     "support_after_21"),
    ("im 23, left derby care at 18 and never bothered with the leaving care lot. can i still go back to them now?",
     "support_after_21"),
    ("what are the different types of care leaver? like the legal categories", "eligibility"),
    ("heard there's a new act in 2026 that changes local offers, what do they have to include now", "local_offer"),
])
def test_the_users_own_words_for_a_fact(text: str, topic: str) -> None:
    # Messages the classifier could not place: only the user's own words choose.
    assert choose(create_tracker("nlu_fallback", text), strict=True).topic == topic


def test_a_pa_who_does_something_is_no_question() -> None:
    # Control: in "can my pa help me apply" the PA is who helps, not what is asked.
    choice = choose(create_tracker("ask_setting_up_home_allowance",
                                   "how much is the setting up home allowance, can my pa help me apply for it"))
    assert "personal_adviser" not in (choice.also, *choice.more)
