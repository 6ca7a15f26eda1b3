"""The eligibility form: age parsing, skipped questions, and the group it explains."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.eligibility import (ActionEligibilityResult, ValidateEligibilityForm, group_for,
                                 parse_age)
from tests.actions.helpers import create_tracker, domain, responses, slot_events


@pytest.mark.parametrize(("text", "age"), [
    ("19", 19), ("im 19", 19), ("i'm seventeen", 17), ("twenty-one", 21),
    ("21 years old", 21), ("dunno", None), ("", None), ("i was 14 when i went in, now 20", None),
])
def test_parse_age(text: str, age: int | None) -> None:
    assert parse_age(text) == age


@pytest.mark.parametrize(("age", "after_14", "in_care", "response"), [
    (17, "yes", "yes", "utter_eligibility_eligible"),
    (16, "yes", "no", "utter_eligibility_relevant"),
    (19, "yes", "no", "utter_eligibility_former_relevant"),
    (24, "yes", "no", "utter_eligibility_former_relevant"),
    (20, "no", "no", "utter_eligibility_qualifying"),
    (18, "unsure", "no", "utter_eligibility_unsure"),
    (15, "yes", "yes", "utter_eligibility_under_16"),
    (25, "yes", "no", "utter_eligibility_over_25"),
])
def test_group_for(age: int, after_14: str, in_care: str, response: str) -> None:
    assert group_for(age, after_14, in_care) == response


def test_adult_is_not_asked_if_still_in_care() -> None:
    dispatcher = CollectingDispatcher()
    slots = ValidateEligibilityForm().validate_age("i'm 19", dispatcher, create_tracker(), domain())
    assert slots == {"age": 19.0, "still_in_care": "no"}
    assert dispatcher.messages == []


def test_bad_age_is_asked_again_politely() -> None:
    dispatcher = CollectingDispatcher()
    slots = ValidateEligibilityForm().validate_age("no idea lol", dispatcher, create_tracker(), domain())
    assert slots == {"age": None}
    assert responses(dispatcher) == ["utter_invalid_age"]


async def test_result_explains_the_group_and_forgets_the_answers() -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker(slots={"age": 17.0, "care_after_14": "yes", "still_in_care": "no"})
    events = await ActionEligibilityResult().run(dispatcher, tracker, domain())
    assert responses(dispatcher) == ["utter_eligibility_relevant"]
    assert slot_events(events) == {"age": None, "care_after_14": None, "still_in_care": None}
