"""Branch answers-39: a message in reply to the eligibility check's question that is no
answer to it (r32-006, r32-101). A question the bot can answer gets its answer and a council
gets that council's rule on who counts; the check ends with a button to start it again. A
plain non-answer still gets the polite re-ask. "hi im a care leaver in thrapston" is who they
are and where, not the check. Asserted on the real replies (real offer store)."""
from __future__ import annotations

from typing import Any

from actions.eligibility import ActionAskAge, ActionEligibilityResult, ValidateEligibilityForm, \
    introduces_self
from tests.actions.helpers import all_buttons, create_tracker, domain, responses, run, said, slot_events

FORM = "eligibility_form"


def _waiting(intent: str, text: str, requested: str = "age", **slots: Any) -> Any:
    """The check waits for `requested`; the age slot takes the text (domain.yml: from_text)."""
    tracker = create_tracker(intent, text, slots={"requested_slot": requested, **slots}, active_loop=FORM)
    if requested == "age":
        tracker.slots["age"] = text
        tracker.events.append({"event": "slot", "name": "age", "value": text})
    return tracker


async def _validate(tracker: Any) -> tuple[Any, list[dict[str, Any]]]:
    from rasa_sdk.executor import CollectingDispatcher

    dispatcher = CollectingDispatcher()
    events = await ValidateEligibilityForm().run(dispatcher, tracker, domain())
    return dispatcher, events


def _ended(events: list[dict[str, Any]]) -> bool:
    return any(e.get("event") == "active_loop" and e.get("name") is None for e in events)


async def test_a_question_while_the_check_waits_for_an_age_gets_its_answer_and_a_button() -> None:
    dispatcher, events = await _validate(_waiting(
        "ask_housing_register", "how do i get on the housing register, do i do it myself or does my pa do it",
        authority="north_northamptonshire"))
    reply = said(dispatcher)
    assert "Sorry, I need your age" not in reply
    assert "referral" in reply and "online" in reply
    assert "Am I a care leaver?" in all_buttons(dispatcher)
    assert _ended(events)
    assert slot_events(events)["age"] is None


async def test_a_question_the_classifier_could_not_place_is_answered_on_its_own_words() -> None:
    dispatcher, events = await _validate(_waiting(
        "ask_eligibility", "do care leavers get a free bus pass", authority="north_northamptonshire"))
    reply = said(dispatcher)
    assert "Sorry, I need your age" not in reply and "free travel" in reply
    assert "Am I a care leaver?" in all_buttons(dispatcher)
    assert _ended(events)


async def test_a_council_while_the_check_waits_for_an_age_gets_that_councils_rule() -> None:
    dispatcher, events = await _validate(_waiting("inform_authority", "derby city"))
    reply = said(dispatcher)
    assert "special guardianship" in reply and "Qualifying" in reply and "01332 643907" in reply
    assert "Am I a care leaver?" in all_buttons(dispatcher)
    assert slot_events(events)["authority"] == "derby_city"
    assert _ended(events)


async def test_a_plain_non_answer_still_gets_the_polite_reask() -> None:
    dispatcher, events = await _validate(_waiting("ask_eligibility", "blah"))
    assert "utter_invalid_age" in responses(dispatcher)
    assert not _ended(events)


async def test_an_age_is_still_an_age() -> None:
    dispatcher, events = await _validate(_waiting("inform_age", "im 19"))
    assert responses(dispatcher) == []
    assert slot_events(events)["age"] == 19.0


async def test_a_question_in_reply_to_a_yes_no_question_gets_its_answer() -> None:
    dispatcher, events = await _validate(_waiting(
        "ask_housing_register", "how do i get on the housing register", requested="care_after_14",
        authority="north_northamptonshire", age=19.0))
    assert "referral" in said(dispatcher)
    assert _ended(events)


async def test_a_yes_in_reply_to_a_yes_no_question_goes_on() -> None:
    dispatcher, events = await _validate(_waiting("affirm", "yes", requested="care_after_14", age=19.0))
    assert not _ended(events)


def test_an_introduction_is_not_a_question() -> None:
    assert introduces_self("hi im a care leaver in thrapston")
    assert introduces_self("hey i'm a care leaver from kettering")
    assert not introduces_self("am i a care leaver")
    assert not introduces_self("not sure if im a care leaver, im in corby")
    assert not introduces_self("im a care leaver in corby, can i get a bus pass")


async def test_hi_im_a_care_leaver_in_a_town_takes_the_council_not_the_check() -> None:
    dispatcher, events = await run(ActionAskAge(), create_tracker(
        "ask_eligibility", "hi im a care leaver in thrapston"))
    assert "utter_ask_age" not in responses(dispatcher)
    assert "utter_ask_age_after_rule" not in responses(dispatcher)
    assert events.get("authority") == "north_northamptonshire"
    assert "Sorry, I need your age" not in said(dispatcher)


async def test_the_result_says_nothing_more_after_an_answer_given_instead() -> None:
    tracker = create_tracker("ask_housing_register", "how do i get on the housing register")
    tracker.events.append({"event": "slot", "name": "last_topic", "value": "housing_register"})
    dispatcher, _ = await run(ActionEligibilityResult(), tracker)
    assert responses(dispatcher) == []


async def test_a_group_only_a_councils_rule_names_is_answered_with_the_button_to_check() -> None:
    dispatcher, events = await run(ActionAskAge(), create_tracker(
        "ask_eligibility", "i was on a special guardianship order not in care exactly, can i get any leaving care help"))
    reply = said(dispatcher)
    assert "13 weeks" in reply
    assert "This group also includes young people under special guardianship orders." in reply
    assert "Qualifying: you are under 25." in reply and "Derby City Council" in reply
    assert "utter_ask_age_after_rule" not in responses(dispatcher)
    assert "Am I a care leaver?" in all_buttons(dispatcher)
    assert events["pending_topic"] == "eligibility"


async def test_a_question_naming_no_such_group_still_gets_the_rule_and_the_check() -> None:
    dispatcher, _ = await run(ActionAskAge(), create_tracker(
        "ask_eligibility", "do i count as a care leaver if i was only in foster care for a few months at 15"))
    assert responses(dispatcher) == ["utter_offer_answer", "utter_ask_age_after_rule"]
