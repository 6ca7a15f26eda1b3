"""The second tier in the actions: a check-in instead of the council question, a re-asked
form question or "say that another way"; and the answers to "Are you safe right now?"."""
from __future__ import annotations

from pathlib import Path

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.check_in import ActionCheckInOk, ActionNotSafe, check_in_instead
from actions.eligibility import ValidateEligibilityForm
from actions.languages import ActionOtherLanguage
from actions.answering import ActionAnswerOffer
from actions.set_authority import ActionSetAuthority
from bot.crisis import languages
from bot.web.store import TriageStore
from tests.actions.helpers import answer_text, create_tracker, domain, responses, slot_events

DISTRESS = {"level": "none", "category": "none", "reason": "no rule matched", "distress": "gone",
            "distress_sharp": True}
BROAD = {"level": "none", "category": "none", "reason": "no rule matched", "distress": "means_word",
         "distress_sharp": False}
CALM = {"level": "none", "category": "none", "reason": "no rule matched"}
ALL = ["north_northamptonshire", "west_northamptonshire", "derby_city", "unknown"]


def followup(events: list[dict]) -> str | None:
    return next((e["name"] for e in events if e.get("event") == "followup"), None)


def test_no_check_in_without_distress_or_for_a_crisis_that_has_its_own_route() -> None:
    for crisis in (CALM, None, {**DISTRESS, "level": "crisis"}):
        dispatcher = CollectingDispatcher()
        tracker = create_tracker("nlu_fallback", "hmm", crisis=crisis)
        assert check_in_instead(dispatcher, tracker, "x") is None
        assert dispatcher.messages == []


async def test_council_question_becomes_a_check_in_when_the_message_shows_distress() -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("ask_council_tax", "no point asking about council tax, i won't be here",
                             crisis=DISTRESS)
    events = await ActionAnswerOffer().run(dispatcher, tracker, domain())
    assert responses(dispatcher) == ["utter_check_in"]
    assert followup(events) == "utter_check_in_ask"
    assert slot_events(events) == {"check_in_context": "authority", "pending_topic": "council_tax"}


@pytest.mark.parametrize("crisis", [CALM, BROAD])
async def test_council_question_is_asked_as_before_without_a_sharp_signal(crisis) -> None:
    # A broad word ("can i get my pills delivered") is most often part of the question.
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerOffer().run(
        dispatcher, create_tracker("ask_health_support", "can i get my pills delivered", crisis=crisis),
        domain())
    # Issue 15: a per-council topic gets the spread across councils, then the council question.
    assert responses(dispatcher) == ["utter_offer_spread", "utter_ask_authority"]
    assert followup(events) is None
    assert slot_events(events)["pending_topic"] == "health_support"


async def test_a_topic_guessed_from_a_message_not_in_english_gets_the_check_in() -> None:
    # "bdi i2tol 7ali" (romanised Arabic, "I want to kill myself"): DIET guessed a money
    # topic from the few letters it knew; the bot can't read it, so it checks in.
    dispatcher = CollectingDispatcher()
    crisis = {**CALM, "not_english": True}
    events = await ActionAnswerOffer().run(
        dispatcher, create_tracker("ask_festival_payment", "bdi i2tol 7ali", crisis=crisis), domain())
    assert responses(dispatcher) == ["utter_check_in"]
    assert followup(events) == "utter_check_in_ask"


async def test_form_checks_in_on_a_broad_signal_too() -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("inform_age", "the pills are right here", slots={"requested_slot": "age"},
                             crisis=BROAD, active_loop="eligibility_form")
    events = await ValidateEligibilityForm().run(dispatcher, tracker, domain())
    assert responses(dispatcher) == ["utter_check_in"]
    assert followup(events) == "utter_check_in_ask"


async def test_a_council_we_do_not_cover_with_distress_gets_a_check_in() -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("inform_authority", "doesnt matter where, im not going to be around",
                             crisis=DISTRESS)
    events = await ActionSetAuthority().run(dispatcher, tracker, domain())
    assert responses(dispatcher) == ["utter_check_in"]
    assert followup(events) == "utter_check_in_ask"


async def test_a_council_named_in_a_question_checks_in_on_a_broad_word_only_as_the_councils_answer() -> None:
    text = "i think im drinking way too much, is there anyone in derby i can talk to"
    entities = [{"entity": "authority", "value": "derby", "start": text.index("derby"), "end": text.index("derby") + 5}]
    # No question waiting: a question naming its council, answered as any question is.
    dispatcher = CollectingDispatcher()
    await ActionSetAuthority().run(dispatcher, create_tracker("inform_authority", text, entities=entities,
                                                              crisis=BROAD), domain())
    assert not any(r.startswith("utter_check_in") for r in responses(dispatcher))
    assert answer_text(dispatcher)
    # The answer to "which council?": a form answer, so a broad word checks in first.
    dispatcher = CollectingDispatcher()
    events = await ActionSetAuthority().run(dispatcher, create_tracker(
        "inform_authority", text, entities=entities, crisis=BROAD,
        slots={"pending_topic": "council_tax"}), domain())
    assert responses(dispatcher) == ["utter_check_in_first"]
    assert followup(events) == "utter_check_in_ask"


async def test_form_checks_in_before_validating_and_ends_the_form() -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("inform_age", "who cares how old i am, i won't get older",
                             slots={"requested_slot": "age"}, crisis=DISTRESS,
                             active_loop="eligibility_form")
    events = await ValidateEligibilityForm().run(dispatcher, tracker, domain())
    assert responses(dispatcher) == ["utter_check_in"]          # not utter_invalid_age
    assert any(e["event"] == "active_loop" and e["name"] is None for e in events)
    assert followup(events) == "utter_check_in_ask"
    assert slot_events(events)["check_in_context"] == "eligibility"


async def test_form_validates_as_before_without_distress() -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("inform_age", "nineteen", slots={"requested_slot": "age", "age": "nineteen"},
                             crisis=CALM, active_loop="eligibility_form")
    tracker.events.append({"event": "slot", "name": "age", "value": "nineteen"})  # as Rasa extracts it
    events = await ValidateEligibilityForm().run(dispatcher, tracker, domain())
    assert slot_events(events)["age"] == 19.0
    assert not any(e.get("event") == "active_loop" for e in events)


async def test_a_question_with_a_sharp_signal_checks_in_even_when_the_council_is_known() -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("ask_he_bursary", "whats the point of the bursary, i wont be around next term",
                             slots={"authority": "derby_city"}, crisis=DISTRESS)
    events = await ActionAnswerOffer().run(dispatcher, tracker, domain())
    assert responses(dispatcher) == ["utter_check_in_first"]  # "Before I answer, ..."
    assert followup(events) == "utter_check_in_ask"
    assert slot_events(events) == {"check_in_context": "answer", "pending_topic": "he_bursary"}


async def test_im_ok_then_answers_the_question_for_the_known_council() -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("affirm", "yes", slots={"check_in_context": "answer", "authority": "derby_city",
                                                     "pending_topic": "he_bursary"})
    events = await ActionCheckInOk().run(dispatcher, tracker, domain())
    assert responses(dispatcher)[0] == "utter_check_in_ok_carry_on"
    assert "£2,000" in answer_text(dispatcher) and "Derby" in answer_text(dispatcher)
    assert slot_events(events) == {"check_in_context": None, "pending_topic": None, "last_topic": "he_bursary"}


MEANING = {"level": "none", "category": "none", "reason": "no rule matched", "distress": "meaning",
           "distress_sharp": True}


async def test_a_question_only_the_meaning_check_worries_about_gets_the_contacts_then_the_answer() -> None:
    # "i think im drinking too much, who helps with that round derby": no risk words, so
    # the check-in does not hold the answer back; "Are you safe right now?" comes after it.
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("ask_he_bursary", "honestly im scared about uni, whats the bursary",
                             slots={"authority": "derby_city"}, crisis=MEANING)
    events = await ActionAnswerOffer().run(dispatcher, tracker, domain())
    assert responses(dispatcher)[0] == "utter_check_in_first"
    assert "£2,000" in answer_text(dispatcher)
    assert followup(events) == "utter_check_in_ask"
    assert slot_events(events) == {"check_in_context": None, "pending_topic": None, "last_topic": "he_bursary"}


ABSENT = {"level": "none", "category": "none", "reason": "no rule matched", "distress": "absent",
          "distress_sharp": True}


async def test_an_absence_with_no_reason_gets_the_contacts_then_the_answer() -> None:
    # "i wont be around for my pathway review next month" (dev set al): asked, not held back.
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("ask_he_bursary", "whats the bursary, i wont be around for the next term anyway",
                             slots={"authority": "derby_city"}, crisis=ABSENT)
    events = await ActionAnswerOffer().run(dispatcher, tracker, domain())
    assert responses(dispatcher)[0] == "utter_check_in_first"
    assert "£2,000" in answer_text(dispatcher)
    assert followup(events) == "utter_check_in_ask"


async def test_an_unknown_council_still_gets_the_check_in_before_the_council_question() -> None:
    # Without a council the bot would ask "which council?" or answer for all of them: the
    # check-in comes alone first, as before (two questions at once would confuse).
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("ask_council_tax", "scared about bills, whats the council tax help", crisis=MEANING)
    events = await ActionAnswerOffer().run(dispatcher, tracker, domain())
    assert responses(dispatcher) == ["utter_check_in"]
    assert slot_events(events) == {"check_in_context": "authority", "pending_topic": "council_tax"}


@pytest.mark.parametrize("crisis", [CALM, BROAD])
async def test_a_question_for_a_known_council_is_answered_as_before_without_a_sharp_signal(crisis) -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("ask_he_bursary", "can i get my pills delivered and whats the bursary",
                             slots={"authority": "derby_city"}, crisis=crisis)
    await ActionAnswerOffer().run(dispatcher, tracker, domain())
    assert "utter_check_in" not in responses(dispatcher)
    assert "£2,000" in answer_text(dispatcher)


@pytest.mark.parametrize("context, pending, expected, follow", [
    ("eligibility", None, ["utter_check_in_ok_carry_on"], "eligibility_form"),
    ("authority", "council_tax", ["utter_check_in_ok_carry_on", "utter_ask_authority"], None),
    (None, None, ["utter_check_in_ok"], None),
])
async def test_im_ok_carries_on_where_the_check_in_interrupted(context, pending, expected, follow) -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("affirm", "yes", slots={"check_in_context": context,
                                                     "pending_topic": pending})
    events = await ActionCheckInOk().run(dispatcher, tracker, domain())
    assert responses(dispatcher) == expected
    assert followup(events) == follow
    assert slot_events(events)["check_in_context"] is None


async def test_not_safe_raises_a_crisis_case_and_gives_call_buttons_for_every_council(
        isolated_stores: Path) -> None:
    dispatcher = CollectingDispatcher()
    await ActionNotSafe().run(dispatcher, create_tracker("deny", "no", sender_id="not-safe"), domain())
    options = next(m for m in dispatcher.messages if m["response"] == "utter_not_safe_options")
    payloads = [b["payload"] for b in options["buttons"]]
    assert payloads[:3] == ["tel:999", "sms:85258?body=SHOUT", "tel:116123"]
    council_titles = [b["title"] for b in options["buttons"][3:]]
    assert len(council_titles) == 3 and all(b.startswith("tel:0") for b in payloads[3:])
    assert any("Derby" in t for t in council_titles)
    assert "utter_crisis_team_may_see" in responses(dispatcher)
    store = TriageStore(f"sqlite:///{isolated_stores / 'triage.db'}")
    try:
        cases = store.queue(ALL)
    finally:
        store.dispose()
    assert [(c.severity, c.sender_id) for c in cases] == [("crisis", "not-safe")]
    assert "not safe" in cases[0].reason


async def test_not_safe_with_a_known_council_gives_that_councils_number_only() -> None:
    dispatcher = CollectingDispatcher()
    await ActionNotSafe().run(dispatcher, create_tracker("deny", "no", slots={"authority": "derby_city"}),
                              domain())
    options = next(m for m in dispatcher.messages if m["response"] == "utter_not_safe_options")
    assert [b["payload"] for b in options["buttons"][3:]] == ["tel:01332643907"]


async def test_other_language_replies_in_that_language_with_the_councils_number() -> None:
    polish = languages.language("pl")
    assert polish is not None
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("other_language", "dzień dobry, potrzebuję pomocy z mieszkaniem",
                             slots={"authority": "derby_city"}, crisis={**CALM, "language": "pl"})
    await ActionOtherLanguage().run(dispatcher, tracker, domain())
    assert [m["text"] for m in dispatcher.messages] == [
        polish.english_only_line.format(number="01332 643907"), polish.interpreter_line]
