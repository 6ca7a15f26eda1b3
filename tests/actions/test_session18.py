"""Session 18 (issue 15, round 16 and dev set D): the fact a message asks about, not its
topic; a number the store doesn't publish; the address in the town asked about."""
from __future__ import annotations

import pytest

from actions.facts import _ruled_out, fact_ranker


def best(text: str) -> str:
    return fact_ranker().rank(text)[0].topic


# --- the care leaver's words for a fact ---------------------------------------------------------


@pytest.mark.parametrize(("text", "topic"), [
    # r16-038: the wait for the first payment, not help to claim.
    ("im waiting on my universal credit n ive got literally no money. can leaving care give me "
     "anything till it comes through? how long for", "benefit_wait_support"),
    ("can leaving care help me claim universal credit", "benefits_help"),           # control
    # r16-055: the age support lasts to, not who counts as a care leaver.
    ("im 23, left care years ago. can i still get help from leaving care or am i too old", "support_after_21"),
    ("am i a care leaver if i was in care for 13 weeks", "eligibility"),          # control
    # d-129: the source's own words for the phone allowance.
    ("which council helps with phone costs", "communication_allowance"),
])
def test_words_for_a_fact(text: str, topic: str) -> None:
    assert best(text) == topic


def test_a_fact_the_user_already_knows_about_is_ruled_out() -> None:
    # d-038: "i know theres the £2000 bursary but is there any extra for books".
    text = "off to uni in september!! i know theres the £2000 bursary but is there any extra for books"
    assert {"he_bursary", "fe_bursary"} <= _ruled_out(text)
    # Controls: asking about the thing known of, and "apart from" as before.
    assert _ruled_out("i know theres a bursary but how much is it") == frozenset()
    assert "he_bursary" in _ruled_out("anything to live on at uni apart from the bursary")
