"""A crisis or urgent message in reply to the eligibility check's question is never answered
by the check's validation: it fills nothing, so the form rejects it and the crisis rules end
the form with the crisis or urgent reply (data/rules/crisis.yml). Answering it there ended
the form without a rejection and lost the crisis reply (rounds 59 and 67 in_form, found by
`make bench` in the sixteenth session). The REST path is measured by the crisis rounds'
in-form sections (tests/bot/test_crisis_rounds.py)."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.eligibility import ValidateEligibilityForm
from tests.actions.helpers import create_tracker, domain

FORM = "eligibility_form"


@pytest.mark.parametrize(("text", "level", "requested"), [
    ("yeah semi independent. idk why im still alive tbh, been thinking about jumping", "crisis", "still_in_care"),
    ("yeah i think so. my brother says hes going to kill me when he gets home", "urgent", "care_after_14"),
    ("how do i get on the housing register, also i have the pills ready", "crisis", "age"),
])
async def test_a_crisis_in_the_check_is_left_to_the_crisis_rules(text: str, level: str, requested: str) -> None:
    tracker = create_tracker("crisis" if level == "crisis" else "urgent_safety", text,
                             slots={"requested_slot": requested}, active_loop=FORM,
                             crisis={"level": level, "category": "suicidal", "reason": "test"})
    dispatcher = CollectingDispatcher()
    events = await ValidateEligibilityForm().run(dispatcher, tracker, domain())
    assert dispatcher.messages == []                      # no answer, no re-ask, no offer
    assert not any(e.get("event") == "active_loop" for e in events)   # the form is not ended here
    assert not any(e.get("event") == "slot" and e.get("name") == requested and e.get("value") is not None
                   for e in events)                       # and nothing fills the question asked
