"""Session 6 (issue 15): follow-ups on contacts, spoken times, defined terms, a general word
that covers two facts, start ages, comparisons with a covering name, and new words."""
from __future__ import annotations

from datetime import datetime, time

import pytest

from actions.answering import ActionAnswerOffer, ActionContact, asks_about_council_only
from actions.asked_time import asked_time
from actions.facts import fact_ranker
from offers import vocabulary
from offers.hours import LONDON
from tests.actions.helpers import create_tracker, run, said

THURSDAY_2PM = datetime(2026, 11, 19, 14, 0, tzinfo=LONDON)


@pytest.mark.parametrize(("text", "at"), [
    ("its friday quarter past 5, who do i ring", time(17, 15)),
    ("can i ring at half past nine", time(9, 30)),
    ("is anyone there at quarter to six", time(17, 45)),
])
def test_spoken_times_are_read(text: str, at: time) -> None:
    asked = asked_time(text, THURSDAY_2PM)
    assert asked is not None and asked.at.time() == at


@pytest.mark.parametrize(("text", "follow_up"), [
    ("ok thanks. what about derby? my brother is a care leaver there", True),
    ("what about west northants", True),
    ("and for north northants?", True),
    ("what about the bursary in derby", False),
    ("derby", False),
])
def test_what_about_a_place_is_a_follow_up(text: str, follow_up: bool) -> None:
    assert asks_about_council_only(text) is follow_up


def test_a_general_word_for_id_covers_the_national_insurance_number() -> None:
    assert vocabulary.companion("id_documents", "id") == "national_insurance"
    assert vocabulary.companion("id_documents", "passport") is None


@pytest.mark.parametrize(("text", "topic"), [
    ("i want to read my care file but someone said i have to go through complaints first", "care_records"),
    ("does my PA just stop when i hit 21", "support_after_21"),
    ("im 23, left leaving care. can i come back or is it too late", "support_after_21"),
    ("my PA keeps going on about a supported move form", "housing_priority"),
])
def test_care_leavers_words_name_the_fact(text: str, topic: str) -> None:
    assert fact_ranker().rank(text)[0].topic == topic


async def test_the_term_asked_about_leads_a_term_only_mentioned() -> None:
    from actions.facts import choose
    choice = choose(create_tracker("nlu_fallback", "what does former relevant mean?? its on my pathway plan"))
    assert choice.topic == "eligibility" and not choice.alternatives


async def test_what_about_another_council_after_contacts_gives_its_contacts() -> None:
    tracker = create_tracker(
        "ask_family_contact", "ok thanks. what about derby? my brother is a care leaver there",
        slots={"authority": "west_northamptonshire", "last_topic": "contact"},
        entities=[{"entity": "authority", "value": "derby"}])
    dispatcher, slots = await run(ActionAnswerOffer(), tracker)
    assert "01332 643907" in said(dispatcher)
    assert slots["authority"] == "derby_city"


async def test_the_director_of_childrens_services_is_in_the_contacts() -> None:
    tracker = create_tracker(
        "ask_care_leavers_council", "who is the director of childrens services for north northants",
        entities=[{"entity": "authority", "value": "north northants"}])
    dispatcher, _ = await run(ActionContact(), tracker)
    assert "AnnMarie Dodds" in said(dispatcher)


async def test_what_age_you_get_a_pa_is_each_councils_rule_not_the_law() -> None:
    from actions.offers import national_offer
    assert await national_offer("personal_adviser", "what age do you get a personal adviser") is None
    assert await national_offer("personal_adviser", "how long does a PA last") is not None


async def test_a_text_line_is_a_service_for_a_number_i_can_text() -> None:
    tracker = create_tracker("nlu_fallback",
                             "i dont wanna talk on the phone, is there a number i can text when im struggling")
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "85258" in said(dispatcher)


async def test_a_name_covering_two_councils_is_a_side_of_a_comparison() -> None:
    from actions.authority import from_latest_message
    tracker = create_tracker("ask_personal_adviser", "what age do u get a PA in derby compared to northants",
                             entities=[{"entity": "authority", "value": "derby", "start": 29, "end": 34},
                                       {"entity": "authority", "value": "northants", "start": 47, "end": 56}])
    named = await from_latest_message(tracker)
    assert {a.key for a in named.candidates} == {"derby_city", "north_northamptonshire", "west_northamptonshire"}


async def test_what_id_gives_the_passport_and_the_national_insurance_number() -> None:
    tracker = create_tracker("ask_id_documents", "what ID will derby sort for me before i leave care",
                             entities=[{"entity": "authority", "value": "derby"}])
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    text = said(dispatcher)
    assert "passport" in text and "National Insurance" in text


async def test_a_long_yes_that_names_a_fact_is_answered() -> None:
    from actions.yes import ActionYesToNothing
    tracker = create_tracker("affirm", "do north northants make sure i have ID when i leave care, like what exactly",
                             entities=[{"entity": "authority", "value": "north northants"}])
    dispatcher, _ = await run(ActionYesToNothing(), tracker)
    assert "passport" in said(dispatcher).lower()


async def test_a_plain_yes_gets_what_would_you_like_to_know() -> None:
    from actions.yes import ActionYesToNothing
    dispatcher, _ = await run(ActionYesToNothing(), create_tracker("affirm", "yeah ok"))
    assert [m.get("response") for m in dispatcher.messages] == ["utter_yes_to_nothing"]


def test_get_a_bike_is_the_driving_and_transport_entry() -> None:
    assert fact_ranker().rank("can derby help me get a bike to get to work")[0].topic == "driving"


def test_a_part_named_in_the_users_words_leads_the_wider_fact() -> None:
    from actions.facts import _part_first
    from offers.ranking import Ranked
    ranked = (Ranked("benefits_help", 2.0, 0.9, 1.0, 0.5, "universal credit"),
              Ranked("benefit_wait_support", 1.7, 0.0, 1.0, 1.0, "first payment"))
    first, moved = _part_first(ranked)
    assert moved and first[0].topic == "benefit_wait_support"
    assert _part_first(ranked[:1] + (Ranked("laptop", 1.0, 0, 1.0, 0, "laptop"),))[1] is False


async def test_an_entry_both_northants_councils_inherit_is_answered_without_asking() -> None:
    from actions.offers import shared_entry
    from actions.store import authority, query
    north = await query(authority, "north_northamptonshire")
    west = await query(authority, "west_northamptonshire")
    derby = await query(authority, "derby_city")
    trust = await shared_entry("local_offer", [north, west])
    assert trust is not None and trust.key == "northamptonshire_childrens_trust"
    # North's own setting-up-home figure differs from West's: ask which.
    assert await shared_entry("setting_up_home_allowance", [north, west]) is None
    assert await shared_entry("local_offer", [north, derby]) is None


async def test_in_care_in_northants_living_elsewhere_gets_the_trusts_line() -> None:
    tracker = create_tracker(
        "ask_local_offer", "i was in care in northants but i live in leeds now, does the local offer still apply to me",
        entities=[{"entity": "authority", "value": "northants"}])
    dispatcher, slots = await run(ActionAnswerOffer(), tracker)
    assert "outside the area" in said(dispatcher)
    assert "authority" not in slots
