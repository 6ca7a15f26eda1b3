"""Bleeding that will not stop, told with no cause, is answered as self-harm (the crisis
reply, which says 999 and A&E too); an accident, an assault, a pregnancy, a nosebleed or
someone else's injury keeps the urgent reply (bot/crisis/detector.py)."""
from __future__ import annotations

import pytest

from bot.crisis.detector import CRISIS, URGENT, detect


@pytest.mark.parametrize("text", [
    # rounds 67-68 (dev since their after-run), then dev sets s and t
    "my arm wont stop bleeding and i dont want to go a&e cos theyll judge me",
    "its bleeding and it wont stop, ive had a towel on it for 20 mins",
    "bleeding wont stop and im getting dizzy",
    "quick q about the bursary form, also my arm wont stop bleeding, ive pressed on it for ages",
    "idk why i did it but theres blood everywhere and i feel dizzy and cold",
])
def test_bleeding_with_no_cause_gets_the_crisis_reply(text: str) -> None:
    verdict = detect(text, remember=False)
    assert (verdict.level, verdict.category) == (CRISIS, "self_harm")


@pytest.mark.parametrize("text", [
    "im 30 weeks pregnant and bleeding loads",
    "got jumped outside the shop and my face wont stop bleeding",
    "cut my hand on a broken glass washing up and theres so much blood it wont stop",
    "my girlfriend is bleeding loads and shes pregnant",
    "head wont stop bleeding after i fell",
    "someone got stabbed outside my block and hes bleeding loads",
])
def test_bleeding_with_a_cause_or_someone_else_stays_urgent(text: str) -> None:
    assert detect(text, remember=False).level == URGENT


@pytest.mark.parametrize("text", [
    "my nose wont stop bleeding, its been 10 mins, do i tilt my head back or forward",
    "cut myself shaving and it wont stop bleeding, any tips?",
])
def test_an_everyday_cause_is_not_read_as_self_harm(text: str) -> None:
    assert detect(text, remember=False).level != CRISIS


def test_all_those_tablets_is_an_amount() -> None:
    # "all those" / "all these" were not amounts: "all thos" matched the plural-word branch
    # and the rule then wanted a space before the drug (round 67)
    verdict = detect("my tongue is numb and my chest is tight after swallowing all those tablets", remember=False)
    assert (verdict.level, verdict.category) == (CRISIS, "overdose")
