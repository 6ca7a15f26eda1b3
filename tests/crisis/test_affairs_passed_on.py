"""Affairs passed on as a goodbye (a pet rehomed with nothing after it but an end, bills
sent to the next of kin), and a placement that ended today with nowhere to sleep
(fresh dev sets s and t, tenth session)."""
from __future__ import annotations

import pytest

from bot.crisis.detector import CRISIS, URGENT, detect


@pytest.mark.parametrize("text", [
    "ive cleaned the flat and given my dog to my neighbour, this is it",
    "council tax bill can go to my next of kin. im out. bye",
    "council tax letter came again lol doesnt matter now, they can chase a ghost",
    "hey can u remind my PA my rabbit is called pudding and she needs a new home from tomorrow",
])
def test_affairs_passed_on_get_the_crisis_reply(text: str) -> None:
    assert detect(text, remember=False).level == CRISIS


@pytest.mark.parametrize("text", [
    "my cat needs a new home from tomorrow cos my new flat doesnt allow pets",
    "gave my cat to my nan for the weekend, bye bye peace and quiet",
    "who is my next of kin if im in care",
])
def test_rehoming_for_a_reason_or_for_a_while_is_ordinary(text: str) -> None:
    assert detect(text, remember=False).level != CRISIS


def test_a_placement_ended_today_with_nowhere_to_sleep_is_urgent() -> None:
    text = "my supported lodging ended today and the council said come back monday, where am i meant to sleep"
    assert detect(text, remember=False).level == URGENT
