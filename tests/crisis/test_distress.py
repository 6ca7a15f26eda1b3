"""The second tier's broad distress check (bot/crisis/distress.py)."""
from __future__ import annotations

import pytest

from bot.crisis import distress
from bot.crisis.distress import check


@pytest.mark.parametrize("text, signal", [
    ("no point paying for a tv licence, wont be around for it", "gone"),
    ("the pills are all in a row on my desk", "means"),
    ("there's so much blood and it won't stop", "blood"),
    ("sorry for everything, look after my cat", "goodbye"),
    ("i'm scared, someone keeps following me home", "not_safe"),
    ("i cant do this anymore", "cant_go_on"),
    ("chose the day already", "plan"),
    ("been sleeping in a doorway since sunday", "homeless"),
])
def test_strong_signals_fire_alone(text: str, signal: str) -> None:
    assert check(text) == signal


def test_weak_signals_fire_only_in_pairs() -> None:
    assert check("going out tonight") is None                     # a time word alone
    assert check("everything is awful and i hate it all tonight 😭") is not None


@pytest.mark.parametrize("text", [
    "my phone is dead can i get a new one",
    "is there a blood test at the gp for care leavers",
    "can i get a bus pass to cut costs",
    "what is the deadline for the bursary",
    "can my mate hang out at mine",
    "is there an emergency fund",
    "bye for now",
    "how much is the setting up home allowance",
])
def test_everyday_words_are_masked(text: str) -> None:
    assert check(text) is None


def test_a_broken_check_errs_towards_checking_in(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(_: str) -> str:
        raise RuntimeError("bug")
    monkeypatch.setattr(distress, "normalise", boom)
    assert check("anything") == "check_failed"
