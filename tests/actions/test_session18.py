"""Session 18 (issue 15, round 16 and dev set D): the fact a message asks about, not its
topic; a number the store doesn't publish; the address in the town asked about."""
from __future__ import annotations

import pytest

from actions.answering import (COMPARISON, ActionAnswerOffer, ActionContact, _written_as_name, is_contact_question,
                               without_the_route)
from actions.facts import _ruled_out, fact_ranker
from actions.formatting import addresses_asked, asks_count
from tests.actions.helpers import create_tracker, places, responses, run, said


def best(text: str) -> str:
    return fact_ranker().rank(text)[0].topic


# --- the care leaver's words for a fact ---------------------------------------------------------


@pytest.mark.parametrize(("text", "topic"), [
    # r16-038: the wait for the first payment, not help to claim.
    ("im waiting on my universal credit n ive got literally no money. can leaving care give me "
     "anything till it comes through? how long for", "benefit_wait_support"),
    ("can leaving care help me claim universal credit", "benefits_help"),           # control
    # r16-055: the age support lasts to, not who counts as a care leaver.
    ("im 23, left care years ago. can i still get help from leaving care or am i too old", "support_after_21"),
    ("am i a care leaver if i was in care for 13 weeks", "eligibility"),          # control
    # d-129: the source's own words for the phone allowance.
    ("which council helps with phone costs", "communication_allowance"),
])
def test_words_for_a_fact(text: str, topic: str) -> None:
    assert best(text) == topic


def test_a_fact_the_user_already_knows_about_is_ruled_out() -> None:
    # d-038: "i know theres the £2000 bursary but is there any extra for books".
    text = "off to uni in september!! i know theres the £2000 bursary but is there any extra for books"
    assert {"he_bursary", "fe_bursary"} <= _ruled_out(text)
    # Controls: asking about the thing known of, and "apart from" as before.
    assert _ruled_out("i know theres a bursary but how much is it") == frozenset()
    assert "he_bursary" in _ruled_out("anything to live on at uni apart from the bursary")


# --- the PA as the way to ask -------------------------------------------------------------------


def test_the_pa_as_the_way_to_ask_names_no_fact() -> None:
    assert not fact_ranker().keyword_scores(without_the_route("and how do i get it, do i just ask my pa?"))
    assert fact_ranker().keyword_scores(without_the_route("how do i get a pa"))   # control


async def test_how_do_i_get_it_do_i_ask_my_pa_is_about_the_last_answer() -> None:
    # r16-036: after the setting-up-home answer, not what a PA is.
    tracker = create_tracker("ask_personal_adviser", "and how do i get it, do i just ask my pa?",
                             slots={"authority": "west_northamptonshire",
                                    "last_topic": "setting_up_home_allowance"})
    tracker.latest_message["intent"]["confidence"] = 0.66
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "£2,000" in said(dispatcher)
    assert "16 and a half" not in said(dispatcher)


async def test_how_do_i_get_a_pa_is_still_about_pas() -> None:
    tracker = create_tracker("ask_personal_adviser", "how do i get a pa",
                             slots={"authority": "west_northamptonshire",
                                    "last_topic": "setting_up_home_allowance"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "16 and a half" in said(dispatcher)


# --- a contact question that names two facts ----------------------------------------------------


async def test_a_council_or_group_to_join_and_who_to_contact_gives_both() -> None:
    # r16-033: the care leavers council's entry names its contacts.
    text = "is there a care leavers council or group in north northants i can join to have a say? who do i contact"
    tracker = create_tracker("ask_participation_forum", text, slots={"authority": "north_northamptonshire"})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "Lorraine Flute" in said(dispatcher)
    assert "Shout Out" in said(dispatcher)


# --- a number the store doesn't publish ---------------------------------------------------------


@pytest.mark.parametrize(("authority", "found", "absent"), [
    # d-109, d-073: no number published, so it says so (never a guess).
    ("derby_city", "doesn't say how many", "6 apprenticeship"),
    ("west_northamptonshire", "doesn't say how many", "6 apprenticeship"),
    # Control: North publishes 6 a year.
    ("north_northamptonshire", "6 apprenticeship jobs", "doesn't say how many"),
])
async def test_how_many_apprenticeships(authority: str, found: str, absent: str) -> None:
    text = "how many apprenticeships does the council save for care leavers each year"
    tracker = create_tracker("ask_apprenticeships", text, slots={"authority": authority})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert found in said(dispatcher) and absent not in said(dispatcher)


def test_how_many_is_a_count_question() -> None:
    assert asks_count("how many apprenticeships are there")
    assert not asks_count("how much is the bursary")


# --- where, when and who ------------------------------------------------------------------------


def test_the_address_in_the_town_asked_about() -> None:
    both = ["4 Sheep Street, Northampton, NN1 2LU", "10 Silver Street, Wellingborough, NN8 1BQ"]
    assert addresses_asked(both, "where is the prospects drop in shop in wellingborough") == both[1:]
    assert addresses_asked(both, "where are prospects") == both       # control: none named


def test_a_postcode_is_a_contact_question() -> None:
    assert is_contact_question("whats the postcode for russell house i need to put it in my maps")
    assert not is_contact_question("what does postcode lottery mean")


def test_which_of_the_three_councils_is_a_comparison() -> None:
    assert COMPARISON.search("which of the 3 councils gives housing priority the longest")
    assert COMPARISON.search("which council gives the longest")
    assert not COMPARISON.search("how long do i get housing priority")


def test_a_service_named_in_lower_case_as_a_body_to_reach() -> None:
    assert _written_as_name("the northants booklet mentions mind, can i text them? whats the number", "mind")
    assert not _written_as_name("i dont mind, can i text them", "mind")


async def test_the_postcode_of_russell_house() -> None:
    text = "whats the postcode for russell house i need to put it in my maps"
    tracker = create_tracker("ask_care_leavers_hub", text, entities=places(text, "russell house"))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    assert "NN3 3QZ" in said(dispatcher), responses(dispatcher)


# --- a national line, and a national question -------------------------------------------------


async def test_feeling_low_on_christmas_day_who_can_i_call_now_is_samaritans() -> None:
    # d-118: Christmas says when; feeling low says what about. Samaritans is always open.
    text = "christmas day and im on my own and feel really low, who can i call right now"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_contact", text))
    assert "116 123" in said(dispatcher)
    assert "utter_ask_authority" not in responses(dispatcher)


async def test_who_do_i_ring_at_christmas_still_asks_which_council() -> None:
    # Control: no topic of its own, so the council's line (which council?).
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_contact", "who do i ring on christmas day"))
    assert "utter_ask_authority" in responses(dispatcher)


async def test_what_the_2026_act_adds_is_answered_for_england() -> None:
    # d-125
    text = "what new stuff does the 2026 act make councils put in the local offer"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("nlu_fallback", text))
    assert "financial literacy" in said(dispatcher) or "homelessness" in said(dispatcher), responses(dispatcher)


async def test_a_service_asked_for_by_contact_in_a_named_town() -> None:
    # d-027, d-029 (action_contact): the address in the town named, and what North's own
    # offer says about the service (a weekly drop-in at its hub).
    text = "how often are prospects at the care leavers hub? wellingborough"
    tracker = create_tracker("ask_contact", text, entities=places(text, "wellingborough"))
    dispatcher, _ = await run(ActionContact(), tracker)
    assert "every week" in said(dispatcher) and "Silver Street" in said(dispatcher)
    assert "Sheep Street" not in said(dispatcher)


async def test_a_service_asked_for_by_contact_with_no_town() -> None:
    # Control: both addresses, and no council's sentence.
    dispatcher, _ = await run(ActionContact(), create_tracker("ask_contact", "whats the number for prospects"))
    assert "Sheep Street" in said(dispatcher) and "Silver Street" in said(dispatcher)
    assert "every week" not in said(dispatcher)


async def test_the_2026_act_cites_where_the_act_is_named() -> None:
    # d-125: the Act's sentence comes from the README's national facts, not FosterWiki's
    # 2021 guide; both are named.
    text = "what new stuff does the 2026 act make councils put in the local offer"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("nlu_fallback", text))
    assert "FosterWiki" in said(dispatcher) and "National facts" in said(dispatcher)


async def test_what_every_local_offer_covers_cites_fosterwiki_only() -> None:
    # Control (c106): the areas are FosterWiki's part 2.
    text = "what does every council's local offer have to cover by law"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_local_offer", text))
    assert "FosterWiki" in said(dispatcher) and "National facts" not in said(dispatcher)
