"""Entitlement answers come from the store, for the user's own authority, with the source."""
from __future__ import annotations

import re
from datetime import datetime

import pytest
from rasa_sdk.executor import CollectingDispatcher

import actions.contact
import actions.crisis
from actions.compare import ActionCompare
from actions.answering import ActionContact
from actions.answering import ActionAnswerOffer
from actions.overview import ActionOverview
from actions.set_authority import ActionSetAuthority
from actions.store import offer_store, query
from offers.hours import LONDON
from tests.actions.helpers import (answer_text, button_titles, create_tracker, domain, frozen_clock, headline,
                                   message, paragraphs, responses, run, said, said_lines)

ALLOWANCE = "ask_setting_up_home_allowance"


async def test_north_northants_gets_the_councils_3000_with_its_source() -> None:
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        ALLOWANCE, "how much is the setting up home allowance",
        slots={"authority": "north_northamptonshire"}))
    assert responses(dispatcher) == ["utter_offer_answer"]
    text = answer_text(dispatcher)
    assert headline(dispatcher) == \
        "Setting up home allowance from North Northamptonshire Council: £3,000, once."
    assert "This comes from North Northamptonshire Council's Local Offer" in text
    assert "£2,000" not in text
    assert button_titles(dispatcher, "utter_offer_answer") == \
        ["Other councils", "What else can I get?", "Talk to a person"]
    assert slots == {"pending_topic": None, "last_topic": "setting_up_home_allowance"}


async def test_west_northants_gets_the_trusts_2000_citing_the_trust() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        ALLOWANCE, slots={"authority": "west_northamptonshire"}))
    assert headline(dispatcher) == "Setting Up Home Allowance from West Northamptonshire Council: £2,000, once."
    assert "This comes from Northamptonshire Children's Trust's Local Offer" in answer_text(dispatcher)


async def test_derby_allowance_is_not_published_and_gives_who_to_ask() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        ALLOWANCE, slots={"authority": "derby_city"}))
    first = headline(dispatcher)
    assert first.startswith("Derby City Council offers Setting up Home Grant.")
    assert "doesn't say how much" in first
    assert re.search(r"call 01332 ?\d{6}\.$", first), first
    assert "£2,000" not in answer_text(dispatcher)


async def test_question_before_authority_asks_which_council_and_remembers_it() -> None:
    # Issue 15: the spread first (the question is still useful), then which council.
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(ALLOWANCE, "wots the setting up allowance"))
    assert responses(dispatcher) == ["utter_offer_spread", "utter_ask_authority"]
    items = message(dispatcher, "utter_offer_spread")["items"]
    assert "North Northamptonshire: £3,000, once" in items
    assert "West Northamptonshire: £2,000, once" in items
    assert "Derby: amount not published" in items
    assert slots == {"pending_topic": "setting_up_home_allowance", "last_topic": "setting_up_home_allowance"}


async def test_naming_the_authority_answers_the_waiting_question() -> None:
    tracker = create_tracker("inform_authority", "north northants",
                             entities=[{"entity": "authority", "value": "north northants"}],
                             slots={"pending_topic": "setting_up_home_allowance"})
    dispatcher, slots = await run(ActionSetAuthority(), tracker)
    assert responses(dispatcher) == ["utter_offer_answer"]
    assert headline(dispatcher) == \
        "Setting up home allowance from North Northamptonshire Council: £3,000, once."
    assert slots["authority"] == "north_northamptonshire"
    assert slots["pending_topic"] is None


async def test_northants_is_ambiguous_and_asks_north_or_west() -> None:
    tracker = create_tracker("inform_authority", "northants",
                             entities=[{"entity": "authority", "value": "northants"}])
    dispatcher, slots = await run(ActionSetAuthority(), tracker)
    assert responses(dispatcher) == ["utter_ask_northants_which"]
    assert "authority" not in slots


async def test_typo_in_authority_is_resolved_from_the_whole_message() -> None:
    dispatcher, slots = await run(ActionSetAuthority(), create_tracker("inform_authority", "derbey"))
    assert slots["authority"] == "derby_city"
    assert responses(dispatcher) == ["utter_authority_set"]


async def test_authority_named_in_the_question_switches_the_slot() -> None:
    tracker = create_tracker(ALLOWANCE, "what about derby",
                             entities=[{"entity": "authority", "value": "derby"}],
                             slots={"authority": "north_northamptonshire"})
    dispatcher, slots = await run(ActionAnswerOffer(), tracker)
    assert slots["authority"] == "derby_city"
    assert headline(dispatcher).startswith("Derby City Council offers Setting up Home Grant.")
    assert "North Northamptonshire" not in answer_text(dispatcher)


async def test_unknown_council_is_told_kindly_what_we_cover() -> None:
    dispatcher, slots = await run(ActionSetAuthority(), create_tracker("inform_authority", "manchester"))
    assert responses(dispatcher) == ["utter_authority_not_covered"]
    assert slots == {}


async def test_overview_lists_areas_then_items_with_more_buttons() -> None:
    dispatcher, _ = await run(ActionOverview(), create_tracker(
        "ask_overview", "what am i entitled to", slots={"authority": "north_northamptonshire"}))
    intro = message(dispatcher, "utter_overview_intro")
    assert {"Money", "Accommodation"} <= {b["title"] for b in intro["buttons"]}
    dispatcher, _ = await run(ActionOverview(), create_tracker(
        "ask_overview", "", entities=[{"entity": "category", "value": "money"}],
        slots={"authority": "north_northamptonshire"}))
    listing = message(dispatcher, "utter_overview_category")
    assert "£3,000" in listing["items"]
    assert any('"setting_up_home_allowance"' in b["payload"] for b in listing["buttons"])


async def test_overview_for_an_age_leaves_out_what_has_ended() -> None:
    dispatcher, _ = await run(ActionOverview(), create_tracker(
        "inform_age", "im 24", entities=[{"entity": "category", "value": "accommodation"}],
        slots={"authority": "west_northamptonshire"}))
    listing = message(dispatcher, "utter_overview_category")
    assert "Staying Put" not in listing["items"]  # Staying Put ends at 21


async def test_compare_lists_every_authority_with_its_own_figure() -> None:
    dispatcher, _ = await run(ActionCompare(), create_tracker(
        "ask_compare", "what do other councils give for setting up home"))
    items = message(dispatcher, "utter_compare")["items"]
    assert "North Northamptonshire: £3,000" in items
    assert "West Northamptonshire: £2,000" in items
    assert "Derby" in items and "amount not published" in items


async def test_everyday_answer_gives_the_office_line_not_the_emergency_line() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_birthday_payment", slots={"authority": "derby_city"}))
    first = headline(dispatcher)
    assert "doesn't say how much" in first
    assert first.endswith("call 01332 643907.")


async def test_help_that_is_not_a_payment_is_not_called_an_unpublished_amount() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_council_tax", slots={"authority": "north_northamptonshire"}))
    first = headline(dispatcher)
    assert "doesn't say how much" not in answer_text(dispatcher)
    assert first == "North Northamptonshire Council offers council tax exemption."


# --- issue 14: replies say what the council published, no more ---------------------------------

def render(name: str, variables: dict) -> str:
    return domain()["responses"][name][0]["text"].format(**variables)


@pytest.mark.parametrize(("authority", "intent", "text"), [
    ("west_northamptonshire", "ask_laptop",
     "Computer or laptop grant from West Northamptonshire Council: up to £300, once."),
    ("west_northamptonshire", "ask_emergency_fund",
     "Emergency money from West Northamptonshire Council: £350 a year in total, "
     "but only if it is an emergency and a rare case."),
    ("derby_city", "ask_fe_bursary",
     "Bursary for college or training from Derby City Council: up to £1,200 a year, "
     "but only if your college or course has no bursary of its own."),
    ("north_northamptonshire", "ask_he_bursary",
     "Higher Education bursary from North Northamptonshire Council: at least £2,000, spread over your course."),
    ("north_northamptonshire", "ask_deposit",
     "In principle, North Northamptonshire Council will help with a deposit for renting privately. "
     "That is not a firm promise, so ask your PA or call 01604 364778."),
])
async def test_the_answer_leads_with_the_qualified_promise(authority: str, intent: str, text: str) -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(intent, slots={"authority": authority}))
    assert headline(dispatcher) == text


async def test_west_northants_allowance_says_the_figure_is_dated() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(ALLOWANCE, slots={"authority": "west_northamptonshire"}))
    parts = paragraphs(dispatcher)
    assert parts[0] == "Setting Up Home Allowance from West Northamptonshire Council: £2,000, once."
    assert "older booklet" in parts[1]   # the caution straight after the figure it is about
    assert parts[-1].startswith("This comes from Northamptonshire Children's Trust's Local Offer")
    assert "It is not dated." in parts[-1]


async def test_north_northants_work_experience_is_offered() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_work_experience", slots={"authority": "north_northamptonshire"}))
    assert headline(dispatcher) == "North Northamptonshire Council offers work experience."


async def test_compare_shows_each_councils_qualifier() -> None:
    dispatcher, _ = await run(ActionCompare(), create_tracker("ask_compare", "compare deposit",
                                                              entities=[{"entity": "topic", "value": "deposit"}]))
    assert "North Northamptonshire: in principle" in message(dispatcher, "utter_compare")["items"]


# --- contacts at a fixed time --------------------------------------------------------------------

def fixed_time(monkeypatch: pytest.MonkeyPatch, module, when: datetime) -> None:  # noqa: ANN001
    async def contacts_at(key: str):  # noqa: ANN202
        return await query(offer_store().contacts, key, when)
    monkeypatch.setattr(module, "contacts_now", contacts_at)


@pytest.mark.parametrize(("authority", "when", "text"), [
    ("derby_city", datetime(2026, 11, 24, 23, 0, tzinfo=LONDON),
     "You can also call Derby City Council's Leaving Care Team on 01332 643907. They answer in office hours "
     "only. Derby City Council does not publish a number for nights or weekends, so at those times use the "
     "numbers above."),
    ("west_northamptonshire", datetime(2026, 11, 19, 14, 0, tzinfo=LONDON),
     "You can also call West Northamptonshire Council's Leaving Care Service duty worker on 01604 364778. "
     "They are open until 5:30pm today. After that, call the duty social worker on 01604 626938."),
    ("west_northamptonshire", datetime(2026, 12, 25, 14, 0, tzinfo=LONDON),
     "You can also call West Northamptonshire Council's duty social worker on 01604 626938. The office is "
     "closed today for Christmas Day, so this is the number for when it is closed."),
])
async def test_urgent_reply_gives_the_local_number_honestly(monkeypatch: pytest.MonkeyPatch, authority: str,
                                                            when: datetime, text: str) -> None:
    fixed_time(monkeypatch, actions.crisis, when)
    dispatcher = CollectingDispatcher()
    await actions.crisis.utter_local_number(dispatcher, create_tracker(
        "urgent_safety", "nowhere to sleep tonight", slots={"authority": authority}), "utter_urgent_local")
    [line] = dispatcher.messages
    assert render("utter_urgent_local", line) == text
    assert "tonight" not in text
    dispatcher = CollectingDispatcher()
    await actions.crisis.utter_local_number(dispatcher, create_tracker(
        "crisis", slots={"authority": authority}), "utter_crisis_local")
    assert render("utter_crisis_local", dispatcher.messages[0]) == text


async def test_contact_details_in_office_hours_add_the_night_line(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, datetime(2026, 11, 19, 14, 0, tzinfo=LONDON))
    dispatcher, _ = await run(ActionContact(), create_tracker("ask_contact", slots={"authority": "west_northamptonshire"}))
    lines = said_lines(dispatcher)
    assert lines[0] == "Call West Northamptonshire Council's Leaving Care Service duty worker on 01604 364778."
    assert any(line.startswith("Opening hours: ") and line.endswith(" It is open now.") for line in lines)
    assert "When the office is closed, call the duty social worker on 01604 626938." in lines


async def test_contact_details_on_a_bank_holiday(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, datetime(2026, 12, 25, 11, 0, tzinfo=LONDON))
    dispatcher, _ = await run(ActionContact(), create_tracker("ask_contact", slots={"authority": "north_northamptonshire"}))
    lines = said_lines(dispatcher)
    assert lines[0] == "Call North Northamptonshire Council's duty social worker on 01604 626938."
    assert any(line.endswith(" It is closed today for Christmas Day.") for line in lines)
    assert "01604 364778" not in said(dispatcher)


async def test_derby_contact_details_say_no_hours_or_night_line_are_published() -> None:
    dispatcher, _ = await run(ActionContact(), create_tracker("ask_contact", slots={"authority": "derby_city"}))
    text = said(dispatcher)
    assert "Opening hours" not in text
    assert ("Derby City Council doesn't publish its opening hours or a number for nights and weekends. "
            "If you need help then, call Samaritans free on 116 123, or 999 in an emergency.") in text
