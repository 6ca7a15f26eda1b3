"""Crisis words the everyday readings must not explain away (answer round 26 and round 67,
read after their after-runs): ending it all said outright, and a time set for it."""
from __future__ import annotations

import pytest

from tests.crisis.test_dev_sets import outcome


@pytest.mark.parametrize("text", [
    "its 3am and i feel like ending it all, who can i talk to right now",
    "been thinking about ending my life a lot",
    "lol anyway i'm gonna end it at 3am so the bursary doesn't matter",
    # a screening question answered no, then taken back
    "my PA asked if i've had any thoughts of ending my life. i haven't. not since last week anyway",
    "my PA asked if i've had any thoughts of ending my life. i haven't told her but i have",
    "where am i meant to live, hes kicked me out and its freezing",
])
def test_the_full_reply_stands(text: str) -> None:
    assert outcome(text) == "full"


@pytest.mark.parametrize("text", [
    "kms this printer wont work and my cv is due at 5 lol",
    "my essay is on thinking about dying in poetry",
    "my PA asked if i've had any thoughts of ending my life. i haven't, i'm just knackered, why do they always ask",
    # a housing question about the holidays, not nowhere to sleep tonight (answer round 26)
    "where am i meant to live in the summer from uni, was in care in northampton and got nowhere to go",
])
def test_everyday_words_still_read_as_everyday(text: str) -> None:
    assert outcome(text) == "none"
