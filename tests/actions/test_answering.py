"""Issue 15: the question actually asked gets its fact, at the right scope, in one message.

Action-level tests against the real offer store (tests/actions/conftest.py): no trained
model, so the classifier's guess is given as the intent and the message's own words do the
rest (actions/facts.py ranks the facts with the intent as one signal of three).
"""
from __future__ import annotations

import re
from datetime import datetime

import pytest
from rasa_sdk.executor import CollectingDispatcher

import actions.contact
import actions.handoff
from actions.answering import ActionAnswerOffer, ActionContact, is_contact_question, named_service
from actions.compare import ActionCompare
from actions.compose import render
from actions.eligibility import ActionAskAge
from actions.fallback import ActionFallbackAnswer
from actions.handoff import ActionHandoff
from actions.set_authority import ActionSetAuthority
from actions.store import offer_store, query
from offers.hours import LONDON
from tests.actions.helpers import (all_buttons, answer_text, answer_texts, create_tracker, domain, run,
                                   earlier_user_message, frozen_clock, headline, message, responses, said,
                                   said_lines)

NORTH, WEST, DERBY = "north_northamptonshire", "west_northamptonshire", "derby_city"
COUNCIL_BUTTONS = ["North Northants", "West Northants", "Derby City"]
# A Thursday afternoon: both Northants offices are open (9am to 5:30pm).
THURSDAY_2PM = datetime(2026, 11, 19, 14, 0, tzinfo=LONDON)
THURSDAY_11PM = datetime(2026, 11, 19, 23, 0, tzinfo=LONDON)
CHRISTMAS_11AM = datetime(2026, 12, 25, 11, 0, tzinfo=LONDON)
NORTHANTS_OFFICE, NORTHANTS_NIGHT, DERBY_OFFICE = "01604 364778", "01604 626938", "01332 643907"


# --- the fact asked for, not its neighbour --------------------------------------------------------

async def test_money_for_books_is_the_350_not_the_university_bursary() -> None:
    # The classifier says "bursary"; the words say books.
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        "ask_he_bursary", "can i get money for books for my course at uni", slots={"authority": NORTH}))
    assert responses(dispatcher) == ["utter_offer_answer"]
    first = headline(dispatcher)
    assert "£350 a year" in first
    assert "bursary" not in first.lower() and "£2,000" not in answer_text(dispatcher)
    assert slots["last_topic"] == "education_costs"


async def test_the_bursary_question_still_gets_the_bursary() -> None:
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        "ask_he_bursary", "how much is the uni bursary", slots={"authority": NORTH}))
    assert headline(dispatcher) == ("Higher Education bursary from North Northamptonshire Council: "
                                    "at least £2,000, spread over your course.")
    assert slots["last_topic"] == "he_bursary"


async def test_a_moped_test_is_cbt_not_the_driving_package() -> None:
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        "ask_driving", "will they pay for my cbt on a moped", slots={"authority": NORTH}))
    first = headline(dispatcher)
    assert "CBT tests for motorbikes and mopeds" in first
    assert "driving lessons" not in first and "5 lessons of 2 hours" not in answer_text(dispatcher)
    assert slots["last_topic"] == "motorbike_cbt"


async def test_driving_lessons_are_still_the_driving_entry() -> None:
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        "ask_driving", "can i get help with driving lessons", slots={"authority": NORTH}))
    assert headline(dispatcher).startswith(
        "In principle, North Northamptonshire Council will help with driving lessons and tests.")
    assert slots["last_topic"] == "driving"


async def test_two_questions_in_one_message_get_two_answers() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_setting_up_home_allowance", "how much is setting up home and do they pay my tv licence",
        slots={"authority": NORTH}))
    first, second = answer_texts(dispatcher)
    assert first.startswith("Setting up home allowance from North Northamptonshire Council: £3,000, once.")
    assert "TV licence" in second.split("\n")[0]


async def test_a_council_entry_with_an_age_gap_gets_the_national_line() -> None:
    # Derby's booklet gives Staying Put no age; the law says 21.
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_staying_put", "staying put", slots={"authority": DERBY}))
    assert "Across England: You may stay with your foster carers until you are 21" \
        in answer_text(dispatcher)
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_setting_up_home_allowance", "setting up home", slots={"authority": NORTH}))
    assert "Across England" not in answer_text(dispatcher)


# --- scope before council ----------------------------------------------------------------------------

@pytest.mark.parametrize(("intent", "text", "topic", "says"), [
    ("ask_personal_adviser", "how long do i keep my personal adviser", "personal_adviser", "until they are 25"),
    ("ask_staying_put", "how long can i stay put with my foster carers", "staying_put", "until you are 21"),
])
async def test_a_national_question_with_no_council_is_answered_at_once(
        intent: str, text: str, topic: str, says: str) -> None:
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(intent, text))
    assert "utter_ask_authority" not in responses(dispatcher)
    assert "utter_offer_spread" not in responses(dispatcher)
    answer = answer_text(dispatcher)
    assert answer.startswith("Across England:") and says in answer
    assert "This comes from the national rules for England" in answer
    assert "That is the same for everyone in England." in said(dispatcher)
    assert all_buttons(dispatcher) == COUNCIL_BUTTONS   # a way to add the council's own detail
    assert slots == {"pending_topic": topic, "last_topic": topic}


async def test_is_it_the_same_everywhere_gets_the_national_bursary() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_he_bursary", "is the uni bursary the same everywhere"))
    assert "utter_ask_authority" not in responses(dispatcher)
    assert answer_text(dispatcher).startswith("Across England: If you go to university, you get a bursary of £2,000")


async def test_a_per_council_question_with_no_council_gets_the_spread_then_which_council() -> None:
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        "ask_setting_up_home_allowance", "how much is the setting up home allowance"))
    assert responses(dispatcher) == ["utter_offer_spread", "utter_ask_authority"]
    spread = message(dispatcher, "utter_offer_spread")
    lines = spread["items"].splitlines()
    assert len(lines) == 3 and all(line.startswith("- ") for line in lines)
    assert any(line.startswith("- North Northamptonshire: £3,000, once") for line in lines)
    assert any(line.startswith("- West Northamptonshire: £2,000, once") for line in lines)
    assert any(line.startswith("- Derby: amount not published") for line in lines)
    assert spread["title"] == "setting up home allowance"
    assert slots == {"pending_topic": "setting_up_home_allowance", "last_topic": "setting_up_home_allowance"}


async def test_northampton_the_town_answers_for_west_northamptonshire() -> None:
    text = "how much is setting up home in northampton"
    start = text.index("northampton")
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        "ask_setting_up_home_allowance", text,
        entities=[{"entity": "authority", "value": "northampton", "start": start, "end": start + 11}]))
    assert headline(dispatcher).startswith("Setting Up Home Allowance from West Northamptonshire Council: £2,000")
    assert slots["authority"] == WEST


async def test_northamptonshire_spreads_over_the_two_northants_councils_only() -> None:
    text = "how much is setting up home in northamptonshire"
    start = text.index("northamptonshire")
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        "ask_setting_up_home_allowance", text,
        entities=[{"entity": "authority", "value": "northamptonshire", "start": start, "end": start + 16}]))
    assert responses(dispatcher) == ["utter_offer_spread", "utter_ask_northants_which"]
    items = message(dispatcher, "utter_offer_spread")["items"]
    assert "North Northamptonshire: £3,000" in items and "West Northamptonshire: £2,000" in items
    assert "Derby" not in items
    assert "authority" not in slots
    assert slots["pending_topic"] == "setting_up_home_allowance"


async def test_naming_the_council_after_the_spread_answers_for_that_council() -> None:
    dispatcher, slots = await run(ActionSetAuthority(), create_tracker(
        "inform_authority", "derby", entities=[{"entity": "authority", "value": "derby"}],
        slots={"pending_topic": "setting_up_home_allowance"}))
    assert responses(dispatcher) == ["utter_offer_answer"]
    assert headline(dispatcher).startswith("Derby City Council offers Setting up Home Grant.")
    assert slots == {"authority": DERBY, "last_topic": "setting_up_home_allowance", "pending_topic": None}


# --- contacts at the time asked ----------------------------------------------------------------------

def phone_line(dispatcher: CollectingDispatcher) -> str:
    """The first thing said: who to ring (the number asked for comes first)."""
    return said_lines(dispatcher)[0]


@pytest.mark.parametrize(("authority", "name"), [(NORTH, "North Northamptonshire Council"),
                                                 (WEST, "West Northamptonshire Council")])
@pytest.mark.parametrize("now", [THURSDAY_2PM, THURSDAY_11PM, CHRISTMAS_11AM], ids=["2pm", "11pm", "xmas"])
async def test_who_do_i_ring_at_3am_gets_the_night_line_whatever_the_clock_says(
        monkeypatch: pytest.MonkeyPatch, authority: str, name: str, now: datetime) -> None:
    frozen_clock(monkeypatch, actions.contact, now)
    dispatcher, slots = await run(ActionContact(), create_tracker(
        "ask_contact", "who do i ring at 3am", slots={"authority": authority}))
    assert phone_line(dispatcher) == f"At 3am, call {name}'s duty social worker on {NORTHANTS_NIGHT}."
    text = said(dispatcher)
    assert NORTHANTS_OFFICE not in text
    # Asked on Christmas Day, the next 3am is on Boxing Day: "At 3am (Boxing Day) it is closed."
    assert re.search(r"At 3am(?: \(Boxing Day\))? it is closed\.", text), text
    assert "It is open now" not in text and "When the office is closed, call" not in text
    assert slots == {"pending_topic": None, "last_topic": "contact"}


async def test_without_a_time_the_office_line_is_given_in_office_hours(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, THURSDAY_2PM)
    dispatcher, _ = await run(ActionContact(), create_tracker(
        "ask_contact", "what is the number", slots={"authority": NORTH}))
    assert phone_line(dispatcher) == \
        f"Call North Northamptonshire Council's Leaving Care Service duty worker on {NORTHANTS_OFFICE}."
    text = said(dispatcher)
    assert "It is open now." in text
    assert f"When the office is closed, call the duty social worker on {NORTHANTS_NIGHT}." in text


async def test_without_a_time_out_of_hours_the_night_line_comes_first_then_the_office_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, datetime(2026, 12, 3, 23, 0, tzinfo=LONDON))  # a Thursday
    dispatcher, _ = await run(ActionContact(), create_tracker(
        "ask_contact", "number for leaving care in corby pls", slots={"authority": NORTH}))
    assert phone_line(dispatcher) == f"Call North Northamptonshire Council's duty social worker on {NORTHANTS_NIGHT}."
    text = said(dispatcher)
    assert "It is closed now." in text
    assert f"When the office is open, call the Leaving Care Service duty worker on {NORTHANTS_OFFICE}." in text


@pytest.mark.parametrize(("text", "when"), [
    ("who can i call on christmas day", "On Christmas Day"),
    ("who do i ring at the weekend", "At the weekend"),
    ("who do i ring when the office is shut", "When the office is closed"),
])
async def test_other_asked_times_choose_the_night_line_in_office_hours(
        monkeypatch: pytest.MonkeyPatch, text: str, when: str) -> None:
    frozen_clock(monkeypatch, actions.contact, THURSDAY_2PM)
    dispatcher, _ = await run(ActionContact(), create_tracker("ask_contact", text, slots={"authority": WEST}))
    assert phone_line(dispatcher) == \
        f"{when}, call West Northamptonshire Council's duty social worker on {NORTHANTS_NIGHT}."
    assert NORTHANTS_OFFICE not in said(dispatcher)


async def test_derby_at_3am_says_it_has_no_night_line(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, THURSDAY_2PM)
    dispatcher, _ = await run(ActionContact(), create_tracker(
        "ask_contact", "who do i ring at 3am", slots={"authority": DERBY}))
    # Not "At 3am, call ...": Derby publishes no hours, so nothing says the line answers
    # then (session 17); the number, then that no night line is published.
    assert phone_line(dispatcher) == f"Call Derby City Council's Leaving Care Team on {DERBY_OFFICE}."
    assert "Derby City Council doesn't publish its opening hours or a number for nights and weekends." \
        in said(dispatcher)


async def test_a_contact_question_with_no_council_lists_each_councils_number_for_that_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, THURSDAY_2PM)
    dispatcher, slots = await run(ActionContact(), create_tracker("ask_contact", "who do i ring at 3am"))
    assert responses(dispatcher) == ["utter_contact_spread", "utter_ask_authority"]
    spread = message(dispatcher, "utter_contact_spread")
    assert spread["when"] == " at 3am"
    items = spread["items"].splitlines()
    assert f"- North Northamptonshire: duty social worker, {NORTHANTS_NIGHT}" in items
    assert f"- West Northamptonshire: duty social worker, {NORTHANTS_NIGHT}" in items
    assert any(line.startswith("- Derby:") and DERBY_OFFICE in line for line in items)
    assert NORTHANTS_OFFICE not in spread["items"]
    assert slots == {"pending_topic": "contact"}


async def test_a_contact_question_routed_from_the_fallback_is_answered(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, THURSDAY_2PM)
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker(
        "nlu_fallback", "who do i ring at 3am", slots={"authority": WEST}))
    assert NORTHANTS_NIGHT in phone_line(dispatcher)


async def test_naming_the_council_after_a_3am_question_still_answers_for_3am(
        monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, THURSDAY_2PM)
    tracker = earlier_user_message(create_tracker(
        "inform_authority", "west northants", entities=[{"entity": "authority", "value": "west northants"}],
        slots={"pending_topic": "contact"}), "ask_contact", "who do i ring at 3am")
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    assert NORTHANTS_NIGHT in phone_line(dispatcher)


async def test_is_it_closed_now_is_about_now(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, THURSDAY_2PM)
    dispatcher, _ = await run(ActionContact(), create_tracker(
        "ask_contact", "is the office closed right now", slots={"authority": WEST}))
    assert NORTHANTS_OFFICE in phone_line(dispatcher)
    assert "It is open now." in said(dispatcher)


# --- talk to a person -------------------------------------------------------------------------------

def fixed_contacts(monkeypatch: pytest.MonkeyPatch, when: datetime) -> None:
    async def contacts_at(key: str):
        return await query(offer_store().contacts, key, when)
    monkeypatch.setattr(actions.handoff, "contacts_now", contacts_at)


async def test_talk_to_a_person_then_the_council_gives_the_number(monkeypatch: pytest.MonkeyPatch) -> None:
    fixed_contacts(monkeypatch, THURSDAY_2PM)
    dispatcher, slots = await run(ActionHandoff(), create_tracker("request_human", "talk to a human"))
    assert responses(dispatcher) == ["utter_handoff_no_authority"]
    assert slots == {"pending_topic": "handoff"}
    dispatcher, slots = await run(ActionSetAuthority(), create_tracker(
        "inform_authority", "north northants", entities=[{"entity": "authority", "value": "north northants"}],
        slots={"pending_topic": "handoff"}))
    assert responses(dispatcher) == ["utter_handoff_council_known"]
    known = message(dispatcher, "utter_handoff_council_known")
    assert (known["authority_name"], known["number"]) == ("North Northamptonshire Council", NORTHANTS_OFFICE)
    assert slots == {"authority": NORTH, "pending_topic": None}


async def test_talk_to_a_person_then_the_council_at_night_gives_the_night_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fixed_contacts(monkeypatch, THURSDAY_11PM)
    dispatcher, _ = await run(ActionSetAuthority(), create_tracker(
        "inform_authority", "/inform_authority", entities=[{"entity": "authority", "value": WEST}],
        slots={"pending_topic": "handoff"}))
    assert message(dispatcher, "utter_handoff_council_known")["number"] == NORTHANTS_NIGHT


# --- a direct eligibility question gets the rule first ---------------------------------------------

async def test_a_typed_eligibility_question_gets_the_rule_then_the_offer_to_check() -> None:
    dispatcher, slots = await run(ActionAskAge(), create_tracker(
        "ask_eligibility", "do i count as a care leaver if i was only in foster care for a few months at 15"))
    assert responses(dispatcher) == ["utter_offer_answer", "utter_ask_age_after_rule"]
    rule = answer_text(dispatcher)
    assert "13 weeks" in rule and "after you turned 14" in rule and "16th birthday" in rule
    assert slots == {}


async def test_an_eligibility_question_naming_a_council_gets_that_councils_rule() -> None:
    text = "i lived with my nan on a special guardianship order in derby, do i count as a care leaver"
    dispatcher, slots = await run(ActionAskAge(), create_tracker(
        "ask_eligibility", text, entities=[{"entity": "authority", "value": "derby"}]))
    assert responses(dispatcher) == ["utter_offer_answer", "utter_ask_age_after_rule"]
    rule = answer_text(dispatcher)
    assert "special guardianship" in rule and "Qualifying" in rule and DERBY_OFFICE in rule
    assert slots == {"authority": DERBY}


@pytest.mark.parametrize(("intent", "text"), [
    ("ask_eligibility", "/ask_eligibility"),       # a button
    ("ask_eligibility", "am i eligible"),          # too short to be a question of its own
    ("inform_age", "do i count as a care leaver"),
])
async def test_a_button_or_short_message_starts_the_check(intent: str, text: str) -> None:
    dispatcher, _ = await run(ActionAskAge(), create_tracker(intent, text))
    assert responses(dispatcher) == ["utter_ask_age"]


# --- one readable answer ----------------------------------------------------------------------------

async def test_an_answer_repeats_no_sentence_and_no_age_already_said() -> None:
    for authority in (NORTH, WEST, DERBY):
        for intent in ("ask_council_tax", "ask_housing_priority", "ask_staying_put", "ask_setting_up_home_allowance"):
            dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(intent, slots={"authority": authority}))
            text = answer_text(dispatcher)
            sentences = [s.strip() for s in text.replace("\n\n", " ").split(". ") if s.strip()]
            assert len(sentences) == len(set(sentences)), text
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_council_tax", slots={"authority": NORTH}))
    text = answer_text(dispatcher)
    assert "up to the age of 21" in text and "Up to age 21." not in text


def test_render_drops_a_repeated_sentence_and_an_age_already_given() -> None:
    text = render(domain(), [
        ("utter_offer_details", {"details": "You get help up to the age of 21. Ask your PA."}),
        ("utter_offer_how_to_apply", {"how_to_apply": "Ask your PA."}),
        ("utter_offer_details", {"details": "Up to age 21. For ages 16 to 21."}),
    ])
    assert text == "You get help up to the age of 21. Ask your PA.\n\nHow to get it: Ask your PA.\n\nFor ages 16 to 21."


def test_render_keeps_parts_in_order_as_paragraphs_and_blanks_missing_variables() -> None:
    text = render(domain(), [("utter_offer_caution", {"caution": "This figure is old."}),
                             ("utter_offer_caution", {}),
                             ("utter_offer_details", {"details": "From age 18."})])
    assert text == "This figure is old.\n\nFrom age 18."


def test_render_does_not_take_a_phone_number_for_an_age() -> None:
    text = render(domain(), [
        ("utter_offer_details", {"details": "Call 01604 364778. Help lasts until you are 25."}),
        ("utter_offer_details", {"details": "For ages 16 to 25."}),
    ])
    assert "For ages 16 to 25." in text


async def test_the_holiday_is_not_named_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, THURSDAY_2PM)
    dispatcher, _ = await run(ActionContact(), create_tracker(
        "ask_contact", "who can i call on christmas day", slots={"authority": WEST}))
    text = said(dispatcher)
    assert "On Christmas Day it is closed." in text
    assert "(Christmas Day)" not in text


# --- a council named beside a question ------------------------------------------------------------

async def test_a_council_named_beside_a_question_in_its_own_words_gets_the_answer() -> None:
    # No keyword for "give u to set up", so the strict pass finds nothing; the question is
    # still answered, on the classifier's ranking, instead of only "I'll use their offer".
    tracker = create_tracker("inform_authority", "im in towcester, moving into my first place next month. "
                             "how much do west northants give u to set up",
                             entities=[{"entity": "authority", "value": "west northants"}])
    tracker.latest_message["intent_ranking"] = [
        {"name": "inform_authority", "confidence": 0.55},
        {"name": "ask_setting_up_home_allowance", "confidence": 0.4}]
    dispatcher, slots = await run(ActionSetAuthority(), tracker)
    assert "utter_authority_set" not in responses(dispatcher)
    assert "£2,000" in answer_text(dispatcher)
    assert slots["authority"] == WEST and slots["last_topic"] == "setting_up_home_allowance"


async def test_only_naming_the_council_is_still_thanked() -> None:
    dispatcher, slots = await run(ActionSetAuthority(), create_tracker(
        "inform_authority", "im with west northants", entities=[{"entity": "authority", "value": "west northants"}]))
    assert responses(dispatcher) == ["utter_authority_set"]
    assert slots == {"authority": WEST}


async def test_what_about_another_council_after_an_answer_repeats_it_for_that_council() -> None:
    # "ok and what about west northants" is not placed by the classifier (nlu_fallback).
    dispatcher, slots = await run(ActionFallbackAnswer(), create_tracker(
        "nlu_fallback", "ok and what about west northants",
        entities=[{"entity": "authority", "value": "west northants"}],
        slots={"authority": DERBY, "last_topic": "setting_up_home_allowance"}))
    assert "£2,000" in answer_text(dispatcher)
    assert slots["authority"] == WEST


async def test_a_fact_and_a_number_in_one_message_get_the_fact_then_the_number(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fixed_contacts(monkeypatch, THURSDAY_2PM)
    dispatcher, slots = await run(ActionContact(), create_tracker(
        "ask_contact", "west northants, is there emergency money and whats the out of hours number",
        entities=[{"entity": "authority", "value": "west northants"}]))
    said_text = " ".join(said_lines(dispatcher))
    assert "£350" in said_text and NORTHANTS_NIGHT in said_text
    assert said_text.index("£350") < said_text.index(NORTHANTS_NIGHT)
    assert slots["last_topic"] == "emergency_fund"


async def test_comparing_two_named_councils_lists_only_them_in_full() -> None:
    from actions.compare import ActionCompare

    dispatcher, _ = await run(ActionCompare(), create_tracker(
        "ask_compare", "driving lessons, north northants vs west northants which is better",
        entities=[{"entity": "authority", "value": "north northants"},
                  {"entity": "authority", "value": "west northants"}]))
    text = said(dispatcher)
    assert "Derby" not in text
    assert "North Northamptonshire: " in text and "West Northamptonshire: " in text
    assert "in principle, help with driving lessons" in text
    assert "You also get 5 driving lessons of 2 hours each" in text, text   # West's third sentence


@pytest.mark.parametrize("text, entities, councils", [
    # The ruler sees only "west northants"; "north and west" names both.
    ("whats the difference between north and west northants for council tax", ["west northants"],
     ("North Northamptonshire: ", "West Northamptonshire: ")),
    ("is council tax more in derby or north northants", ["derby", "north northants"],
     ("Derby: ", "North Northamptonshire: ")),
])
async def test_comparison_words_with_two_councils_named_compare_them(text, entities, councils) -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_council_tax", text, entities=[{"entity": "authority", "value": e} for e in entities]))
    answer = said(dispatcher)
    assert answer.startswith("What each council says about council tax"), answer
    assert all(c in answer for c in councils)


async def test_comparison_words_about_two_things_are_not_a_comparison_of_councils() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_council_tax", "whats the difference between a discount and an exemption for council tax",
        slots={"authority": DERBY}))
    assert not said(dispatcher).startswith("What each council says")
    assert "Derby City Council" in said(dispatcher)


async def test_a_council_with_a_request_we_cannot_answer_says_so() -> None:
    dispatcher, slots = await run(ActionSetAuthority(), create_tracker(
        "inform_authority", "i want someone to walk my dog every morning. west northants",
        entities=[{"entity": "authority", "value": "west northants"}]))
    assert responses(dispatcher) == ["utter_authority_set_rest_unclear"]
    assert slots == {"authority": WEST}


# --- round 3 patterns: two places, a detail inside an entry, the time asked ---------------------

async def test_two_towns_in_two_councils_compare_those_councils() -> None:
    text = "me in kettering and my mate in northampton, do we get the same setting up money"
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        "ask_setting_up_home_allowance", text,
        entities=[{"entity": "authority", "value": "kettering"},
                  {"entity": "authority", "value": "northampton"}]))
    text = said(dispatcher)
    assert "£3,000" in text and "£2,000" in text and "Derby" not in text
    assert "Which" not in text and "authority" not in slots


async def test_a_number_for_each_of_two_councils_asks_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, THURSDAY_11PM)
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_contact", "my cousins in derby and im in northampton, whats the leaving care number for each of us",
        entities=[{"entity": "authority", "value": "derby"}, {"entity": "authority", "value": "northampton"}]))
    text = said(dispatcher)
    assert DERBY_OFFICE in text and NORTHANTS_NIGHT in text
    assert NORTHANTS_OFFICE in text   # closed now: the team's own number for the morning too
    assert "utter_ask_authority" not in responses(dispatcher)
    assert "utter_ask_northants_which" not in responses(dispatcher)


async def test_how_often_a_pa_visits_is_each_councils_rule_not_the_national_line() -> None:
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        "ask_personal_adviser", "how often does my PA have to visit me"))
    text = said(dispatcher)
    assert "every 8 weeks" in text and "every 2 months" in text
    assert "Across England" not in text
    assert slots["pending_topic"] == "personal_adviser"


async def test_how_long_a_pa_lasts_is_still_answered_nationally() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_personal_adviser", "how long do i get a PA for"))
    assert "Across England" in said(dispatcher)


async def test_the_answer_leads_with_the_sentence_asked_about() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_personal_adviser", "how often is my PA meant to come and see me", slots={"authority": WEST}))
    details = answer_text(dispatcher).split("\n\n")[1]
    assert details.startswith("Your PA visits at least once every 8 weeks"), details


async def test_a_comparison_gives_each_councils_ages() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_council_tax", "whats the council tax deal for care leavers in derby vs wellingborough",
        entities=[{"entity": "authority", "value": "derby"}, {"entity": "authority", "value": "wellingborough"}]))
    text = said(dispatcher)
    assert "25" in text and "21" in text


async def test_locked_out_at_3am_gets_the_night_line_not_a_housing_answer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, THURSDAY_2PM)
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_housing_options", "its like 3am and ive locked myself out of my flat in kettering, "
        "pa not answering. who do i even ring at this time",
        entities=[{"entity": "authority", "value": "kettering"}]))
    text = said(dispatcher)
    assert NORTHANTS_NIGHT in text and "At 3am" in text
    assert "housing" not in text.lower().split("call")[0]


async def test_talk_to_someone_at_a_time_gives_who_answers_then(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, THURSDAY_2PM)
    dispatcher, slots = await run(ActionHandoff(), create_tracker(
        "request_human", "its friday like 5.15pm and i need to talk to someone from leaving care, im in daventry",
        entities=[{"entity": "authority", "value": "daventry"}]))
    assert NORTHANTS_NIGHT in said(dispatcher)
    assert slots["authority"] == WEST


async def test_talk_to_a_person_at_night_also_gives_the_office_number(monkeypatch: pytest.MonkeyPatch) -> None:
    fixed_contacts(monkeypatch, THURSDAY_11PM)
    dispatcher, _ = await run(ActionHandoff(), create_tracker(
        "request_human", "/request_human", slots={"authority": NORTH}))
    assert message(dispatcher, "utter_handoff")["number"] == NORTHANTS_NIGHT
    assert message(dispatcher, "utter_contact_office_hours_number")["number"] == NORTHANTS_OFFICE


async def test_an_entry_that_names_a_local_service_gives_its_number() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_drugs_alcohol", "need help with my drinking, where do i go", slots={"authority": NORTH}))
    text = answer_text(dispatcher)
    assert "contact STAR directly" in text and "0808 169 8512" in text
    assert text.index("0808 169 8512") < text.index("This comes from")


async def test_derby_has_no_local_drugs_line_so_none_is_borrowed() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_drugs_alcohol", "where do i get drug support", slots={"authority": DERBY}))
    assert "0808 169 8512" not in answer_text(dispatcher)


async def test_a_law_question_routed_to_compare_gets_the_one_national_answer() -> None:
    from actions.compare import ActionCompare

    dispatcher, _ = await run(ActionCompare(), create_tracker(
        "ask_compare", "which law says councils have to publish a local offer"))
    text = said(dispatcher)
    assert "Children and Social Work Act 2017" in text and "Derby:" not in text


async def test_a_named_fact_routed_to_the_overview_is_answered() -> None:
    from actions.overview import ActionOverview

    dispatcher, _ = await run(ActionOverview(), create_tracker(
        "ask_overview", "is there a new law changing the local offer, whats in it"))
    text = said(dispatcher)
    assert "financial literacy" in text and "Wellbeing and Schools Act" in text


@pytest.mark.parametrize("intent", ["ask_compare", "ask_offer"])
async def test_a_website_to_compare_councils_is_the_site_that_does_it(intent: str) -> None:
    from actions.compare import ActionCompare

    action = ActionCompare() if intent == "ask_compare" else ActionAnswerOffer()
    dispatcher, _ = await run(action, create_tracker(
        intent, "is there a website where i can compare what different councils give care leavers"))
    assert "careleaveroffer.co.uk" in said(dispatcher)


async def test_a_word_both_facts_share_is_not_a_second_question() -> None:
    # "bursary" is a keyword of the college bursary too: one question, not two.
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_fe_bursary", "im at college and my college doesnt do a bursary, do i get anything",
        slots={"authority": DERBY}))
    text = said(dispatcher)
    assert "£1,200" in text and "Higher Education" not in text


async def test_a_councils_named_contact_person_is_in_its_contacts(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, THURSDAY_2PM)
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_contact", "whos the actual person in charge of the local offer", slots={"authority": NORTH}))
    text = said(dispatcher)
    assert "Rachel Shaw" in text and "07900918194" in text


async def test_the_council_named_after_a_question_answers_it_leading_with_what_was_asked() -> None:
    tracker = earlier_user_message(create_tracker(
        "inform_authority", "derby", entities=[{"entity": "authority", "value": "derby"}],
        slots={"pending_topic": "personal_adviser"}), "ask_personal_adviser", "how often does my PA have to visit me")
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    details = answer_text(dispatcher).split("\n\n")[1]
    assert details.startswith("From 16 to 20, your PA must see you face to face every 2 months"), details


async def test_an_eligibility_guess_on_another_named_fact_answers_that_fact() -> None:
    dispatcher, _ = await run(ActionAskAge(), create_tracker(
        "ask_eligibility", "heard theres a new law in 2026 about local offers, what does it add"))
    text = said(dispatcher)
    assert "Wellbeing and Schools Act" in text and "13 weeks" not in text


async def test_what_even_is_a_local_offer_is_answered_for_everyone() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_local_offer", "what even is a local offer"))
    assert "Children and Social Work Act 2017" in said(dispatcher)


async def test_an_entry_that_says_phone_the_team_gives_the_number() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_duty_service", "is there a duty worker i can just call in and see without my PA",
        slots={"authority": DERBY}))
    text = said(dispatcher)
    assert DERBY_OFFICE in text and "Personal Adviser (PA)." not in text   # one question, not two


@pytest.mark.parametrize("text", [
    "i was in n out of care loads, like 4 weeks here, 6 weeks there, 5 weeks at 16. does that add up",
    "went into foster care at 15 and left a month after my 16th birthday, does that make me a care leaver",
])
async def test_times_in_care_are_an_eligibility_question_not_another_fact(text: str) -> None:
    dispatcher, _ = await run(ActionAskAge(), create_tracker("ask_eligibility", text))
    assert "13 weeks" in said(dispatcher)


async def test_a_three_letter_word_can_still_ask_a_second_question() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_careers_advice", "i never had a job n i dont know how to do interviews, do they help with that",
        slots={"authority": DERBY}))
    assert len(answer_texts(dispatcher)) == 2


async def test_the_local_offer_in_another_language_gets_the_councils_note_and_number(
        monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, THURSDAY_2PM)
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_offer", "can i get the local offer booklet in urdu for my mum", slots={"authority": DERBY}))
    text = said(dispatcher)
    assert "Urdu" in text and DERBY_OFFICE in text


async def test_fact_sheets_in_a_language_are_the_become_fact_sheets() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_offer", "are there care leaver fact sheets in pashto", slots={"authority": WEST}))
    text = said(dispatcher)
    assert "Become" in text and "Pashto" in text


async def test_money_while_waiting_for_benefits_says_its_amount_is_not_published() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_benefits_help", "whats the weekly amount of the young persons allowance while i wait for benefits",
        slots={"authority": WEST}))
    text = said(dispatcher)
    assert "doesn't say how much" in text and NORTHANTS_OFFICE in text


# --- answers-5: contacts shared by both Northants councils; money asked for ----------------------

async def test_russell_house_hours_need_no_council_question(monkeypatch: pytest.MonkeyPatch) -> None:
    # North and West both use the Trust's Leaving Care Service: one answer, not "which council?".
    frozen_clock(monkeypatch, actions.contact, THURSDAY_2PM)
    text = "wat time does russell house shut on a friday"
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        "ask_care_leavers_hub", text, entities=[{"entity": "authority", "value": "russell house",
                                                 "start": 14, "end": 27}]))
    reply = said(dispatcher)
    assert "Friday: 9am to 5pm" in reply and NORTHANTS_OFFICE in reply
    assert "utter_ask_northants_which" not in responses(dispatcher)
    assert slots.get("pending_topic") is None


async def test_numbers_for_two_named_councils_are_each_councils_number() -> None:
    text = "can u give me the leaving care numbers for north northants and derby both"
    dispatcher, _ = await run(ActionCompare(), create_tracker(
        "ask_compare", text, entities=[{"entity": "authority", "value": "north northants",
                                        "start": text.index("north"), "end": text.index("north") + 15},
                                       {"entity": "authority", "value": "derby",
                                        "start": text.index("derby"), "end": text.index("derby") + 5}]))
    reply = said(dispatcher)
    assert NORTHANTS_OFFICE in reply and DERBY_OFFICE in reply


@pytest.mark.parametrize("text", ["im 17 living semi independent in derby what money do i get to live on",
                                  "im 17 in semi independent, how much do i get a week to live on"])
async def test_a_money_question_gets_the_money_fact_not_the_situation(text: str) -> None:
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        "ask_supported_accommodation", text, slots={"authority": DERBY}))
    assert slots["last_topic"] == "maintenance_allowance"
    assert "utter_offer_which_fact" not in responses(dispatcher)


async def test_urgent_mental_health_help_not_999_is_nhs_111_with_no_council_known() -> None:
    text = "who do i call for urgent mental health help thats not 999"
    dispatcher, _ = await run(ActionContact(), create_tracker("ask_contact", text))
    reply = said(dispatcher)
    assert "NHS 111" in reply and "option 2" in reply
    assert "utter_ask_authority" not in responses(dispatcher)


async def test_a_free_advocacy_number_is_the_national_helpline() -> None:
    text = "is there a free advocacy number, someone on my side"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_advocacy", text))
    assert "0808 800 5792" in said(dispatcher)


async def test_who_to_ring_about_housing_is_still_the_councils_team() -> None:
    # Shelter's keyword "housing" is the topic's own word: the council's team, not a charity.
    dispatcher, _ = await run(ActionContact(), create_tracker("ask_contact", "who do i ring about housing"))
    assert "Shelter" not in said(dispatcher)
    assert "utter_ask_authority" in responses(dispatcher)


async def test_a_contact_question_the_classifier_took_for_the_overview_gets_the_contacts() -> None:
    from actions.overview import ActionOverview

    text = "whats rachel shaws email, the north northants local offer lady"
    dispatcher, _ = await run(ActionOverview(), create_tracker(
        "ask_overview", text, entities=[{"entity": "authority", "value": "north northants",
                                         "start": text.index("north"), "end": text.index("north") + 15}]))
    reply = said(dispatcher)
    assert "07900918194" in reply and "Rachel Shaw" in reply
    assert "utter_overview_intro" not in responses(dispatcher)


async def test_a_named_service_comes_with_what_the_councils_offer_says_about_it() -> None:
    text = "is there anything like the princes trust for getting work experience"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_work_experience", text, slots={"authority": WEST}))
    reply = said(dispatcher)
    assert "Prince's Trust" in reply and "12-week" in reply


@pytest.mark.parametrize("text, contact", [
    ("whats the nhs number for urgent mental health help? is it just 111 or what", True),
    ("is there a number i can text instead of calling when im having a panic attack", True),
    ("is there a text line for when im struggling", True),
    ("its saturday and my pa isnt answering, i really need to talk to someone from leaving care today", True),
    ("whats my national insurance number", False),      # a fact, not a line to ring
    ("how do i get a crisis loan", False),
])
def test_a_line_asked_for_by_what_it_is_for_is_a_contact_question(text: str, contact: bool) -> None:
    assert is_contact_question(text) is contact


async def test_talking_out_loud_is_not_the_service_talk_out_loud() -> None:
    assert await named_service("is there anyone i can text? i cant talk out loud rn", None) is None
    assert await named_service("whats Talk Out Loud", None) is not None


async def test_a_contact_question_with_a_sharp_distress_signal_checks_in_first() -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("contact", "is there a number i can text, i cant keep going like this",
                             crisis={"level": "none", "distress": "meaning", "distress_sharp": True})
    events = await ActionContact().run(dispatcher, tracker, domain())
    assert responses(dispatcher) == ["utter_check_in"]
    assert {"event": "slot", "timestamp": None, "name": "pending_topic", "value": "contact"} in events


@pytest.mark.parametrize("crisis,expected", [
    # a broad distress word beside a question the bot is unsure of: the check-in first
    ({"level": "none", "distress": "low", "distress_sharp": False}, "utter_check_in"),
    # no distress: the two facts to choose from
    ({}, "utter_offer_which_fact"),
])
async def test_unsure_which_fact_checks_broad_distress_first(monkeypatch: pytest.MonkeyPatch,
                                                            crisis: dict[str, object], expected: str) -> None:
    """safety.md rule 8: "Which of these did you mean?" is a reply the bot is unsure of, so
    broad distress words check in before it, as for a fallback (twenty-second session)."""
    import actions.answering
    from actions.facts import Choice

    options = ("setting_up_home_allowance", "staying_close")
    monkeypatch.setattr(actions.answering, "choose", lambda tracker, strict=False: Choice(options[0], options))
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("ask_offer", "not coping at all, is there anything for my flat or somewhere to stay",
                             slots={"authority": "derby_city"}, crisis=crisis)
    await ActionAnswerOffer().run(dispatcher, tracker, domain())
    assert responses(dispatcher)[0] == expected
