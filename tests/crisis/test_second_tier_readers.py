"""Where the meaning check's two readers overrule or uphold the second tier's word lists
(bot/crisis/distress.py, bot/crisis/context.py): measured on fresh dev sets q and r."""
from __future__ import annotations

import pytest

from bot.crisis import distress
from tests.crisis.test_dev_sets import outcome


@pytest.mark.parametrize("text", [
    "my payslip says i owe tax, what does that mean",
    "how much notice do i give my landlord to leave",
    "stood on the bridge watching the fireworks, best view in town",
    "where's the cheapest place to buy razors, my beard is out of control",
])
def test_an_ordinary_english_message_both_readers_call_ordinary_gets_no_signal(text: str) -> None:
    assert distress.check(text) is None
    assert outcome(text) == "none"


@pytest.mark.parametrize("text", [
    "can i get my grant early, want to pay for my own funeral",   # own death: never overruled
    "cut my finger chopping onions, bleeding a lot but its not deep, plaster or steri strip?",
])
def test_words_of_death_self_harm_and_bleeding_are_never_overruled(text: str) -> None:
    assert outcome(text) != "none"


def test_a_sharp_word_in_a_short_message_keeps_its_signal() -> None:
    # too short for the readers' scores to count
    found = distress.check("owe him tonight")
    assert found is not None and found.sharp


@pytest.mark.parametrize("text, expected", [
    # framed as the past or a story, but the networks are all but certain
    # (the check-in until set r, where it comes from, was learned in the tenth session)
    ("self harm is back, worse than when i was in care", "full"),
    ("deadass cant see a reason to keep living, every day is the same shit on repeat", "sharp"),
    # a laugh beside an everyday cause, but both readers read risk
    ("my arms are a mess rn and i have a meeting with my PA tomorrow, how do i hide it when its 25 degrees lol",
     "sharp"),
    ("tbh i sh every night now before bed, its like brushing my teeth", "full"),
    ("od-ed on my adhd meds, heart is going mad", "full"),
])
def test_risk_the_readers_are_sure_of_is_not_explained_away(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize("text", [
    "did boxing training today and my knuckles are all split and bleeding haha",
    "back when i was cutting my social worker was amazing, is she still around",
])
def test_jokes_and_the_past_the_readers_agree_with_stay_quiet(text: str) -> None:
    assert outcome(text) == "none"


@pytest.mark.parametrize("text", [
    # words of one's own death and a body in trouble, both readers all but certain (sets s, t)
    "i dont want to live in this area anymore, can i move councils",
    "how long do you keep doing cpr before the ambulance gets there, doing a course",
])
def test_death_and_body_words_give_way_only_to_near_certainty(text: str) -> None:
    assert outcome(text) == "none"
