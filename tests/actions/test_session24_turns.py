"""Session 24 (issue 15, set F and round 23 as dev): the turn after an answer, comparisons by a
measure, and one attribute of an entry.

An age told alone after an answer ("im 22 tho") is a condition on that answer, not a request
for the whole offer at that age; "which council gives you a PA earliest, northants or derby"
compares the councils named as choices after a measure; "which law covers staying put" gets
the Act the entry's own source names, and nothing when no source names one."""
from __future__ import annotations

import pytest


# --- the age told after an answer ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("im 22 tho", True),
    ("oh wait im 22 tho does that matter", True),
    ("im 22 btw", True),
    ("but im 23 now", True),
    ("im 20, whats the laptop money", False),          # a question of its own
    ("im 22 and i need a laptop", False),
])
def test_an_age_told_alone_is_a_condition_on_the_last_answer(text: str, expected: bool) -> None:
    from actions.answering import adds_a_condition

    assert adds_a_condition(text) is expected


# --- comparisons by a measure ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "which council gives you a PA earliest, northants or derby",
    "who has to visit more, a PA in derby or a PA in northants",
    "where do you get a pa soonest, derby or west northants",
])
def test_a_measure_then_the_councils_as_choices(text: str) -> None:
    from actions.answering import COMPARISON, NAMED_COMPARISON
    from offers.textnorm import fold

    assert COMPARISON.search(fold(text)) or NAMED_COMPARISON.search(fold(text))


# --- the law an entry's source names ----------------------------------------------------------

def test_which_law_names_the_act_its_source_names() -> None:
    from actions.formatting import national_reply
    from actions.store import offer_store

    staying_put = offer_store().national("staying_put")
    said = str(national_reply(staying_put, "which law covers staying put"))
    assert "Children and Families Act 2014, section 98" in said
    # Not asked about the law: not said.
    assert "Families Act" not in str(national_reply(staying_put, "can i stay with my foster carers"))
    # No Act in the entry's sources: nothing made up.
    council_tax = offer_store().national("council_tax")
    assert " Act " not in str(national_reply(council_tax, "is it in law"))


def test_a_bare_age_is_still_the_whole_offer() -> None:
    # "im 21" alone after an answer: the offer at 21 (tests/actions/test_session10.py).
    from actions.answering import adds_a_condition

    assert not adds_a_condition("im 21")


@pytest.mark.parametrize("text, expected", [
    ("who has to visit more, a PA in derby or a PA in northants", True),
    ("which council gives you a PA earliest, northants or derby", True),
    ("do derby pay for driving lessons? my m8 in northampton got a whole package", False),
    ("who can i ring in derby or is it northampton", False),
])
def test_a_measure_then_choices_makes_each_council_a_side(text: str, expected: bool) -> None:
    # Then "northants" beside "derby" is two councils compared, not a looser name for one.
    from actions.authority import _COMPARING
    from offers.textnorm import fold

    assert bool(_COMPARING.search(fold(text))) is expected


async def test_an_age_told_after_an_answer_does_not_start_the_eligibility_check() -> None:
    # "whats the emergency money" -> "NN3" -> "oh wait im 22 tho does that matter", which the
    # classifier read as the eligibility question: the emergency money again, with its ages.
    from actions.eligibility import ActionAskAge
    from tests.actions.helpers import answer_text, create_tracker, responses, run

    tracker = create_tracker("ask_eligibility", "oh wait im 22 tho does that matter",
                             slots={"authority": "west_northamptonshire", "last_topic": "emergency_fund"})
    dispatcher, _ = await run(ActionAskAge(), tracker)
    assert "utter_ask_age_after_rule" not in responses(dispatcher)
    assert "21" in answer_text(dispatcher)
