"""Which council the message means (actions/authority.py, issue 15): postcodes, places that
are not councils, 'in care with X, I live in Y', and a council named beside the Trust."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import ActionAnswerOffer
from actions.authority import from_latest_message
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, headline, message, responses, run, said

NORTH, WEST, DERBY = "north_northamptonshire", "west_northamptonshire", "derby_city"


def mention(text: str, words: str, value: str | None = None) -> dict:
    """An authority entity as the entity ruler gives it, with its span."""
    start = text.lower().index(words.lower())
    return {"entity": "authority", "value": value or words, "start": start, "end": start + len(words)}


@pytest.mark.parametrize(("text", "key"), [("NN17 1AB", NORTH), ("im in nn16", NORTH),
                                          ("NN3 3QZ", WEST), ("DE22 3AB", DERBY)])
async def test_a_postcode_sets_its_council(text: str, key: str) -> None:
    dispatcher, slots = await run(ActionSetAuthority(), create_tracker("inform_authority", text))
    assert slots == {"authority": key}
    assert responses(dispatcher) == ["utter_authority_set"]


async def test_a_postcode_outside_our_councils_says_where_it_is() -> None:
    dispatcher, slots = await run(ActionSetAuthority(), create_tracker("inform_authority", "DE4 3AB"))
    assert responses(dispatcher) == ["utter_authority_postcode_not_covered"]
    reply = message(dispatcher, "utter_authority_postcode_not_covered")
    assert reply["district"] == "DE4" and "Derbyshire" in reply["elsewhere"]
    assert [b["title"] for b in reply["buttons"]] == ["North Northants", "West Northants", "Derby City"]
    assert slots == {}


async def test_a_postcode_in_the_question_answers_for_that_council() -> None:
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        "ask_setting_up_home_allowance", "how much is the setting up home allowance, im in NN17 1AB"))
    assert slots["authority"] == NORTH
    assert headline(dispatcher) == "Setting up home allowance from North Northamptonshire Council: £3,000, once."


@pytest.mark.parametrize(("text", "words"), [
    ("i study at the university of northampton", "northampton"),
    ("im in northampton general hospital", "northampton"),
])
async def test_a_place_that_is_not_a_council_names_no_council(text: str, words: str) -> None:
    resolution = await from_latest_message(create_tracker("inform_authority", text,
                                                          entities=[mention(text, words)]))
    assert resolution.candidates == []


async def test_northampton_the_town_is_west_northamptonshire() -> None:
    text = "i was in care in northampton"
    resolution = await from_latest_message(create_tracker("inform_authority", text,
                                                          entities=[mention(text, "northampton")]))
    assert [a.key for a in resolution.candidates] == [WEST]


async def test_northamptonshire_on_its_own_could_be_either_northants_council() -> None:
    text = "i was in care in northamptonshire"
    resolution = await from_latest_message(create_tracker("inform_authority", text,
                                                          entities=[mention(text, "northamptonshire")]))
    assert resolution.ambiguous
    assert {a.key for a in resolution.candidates} == {NORTH, WEST}


async def test_a_hospital_in_the_question_keeps_the_council_already_known() -> None:
    text = "i got sent to northampton general hospital, can i get help with prescriptions"
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        "ask_health_support", text, entities=[mention(text, "northampton")], slots={"authority": DERBY}))
    assert "authority" not in slots
    assert "utter_ask_northants_which" not in responses(dispatcher)
    assert headline(dispatcher).startswith("Derby City Council")


async def test_in_care_with_one_council_living_in_another_takes_the_council_that_cared() -> None:
    text = "i was in care with west northants but i live in corby now"
    dispatcher, slots = await run(ActionSetAuthority(), create_tracker(
        "inform_authority", text, entities=[mention(text, "west northants"), mention(text, "corby")]))
    assert slots == {"authority": WEST}
    assert message(dispatcher, "utter_authority_set")["authority_name"] == "West Northamptonshire Council"


async def test_a_care_phrase_said_not_to_hold_does_not_name_the_council() -> None:
    text = "i wasnt in care with north northants, i was looked after by derby city, i just moved to corby"
    dispatcher, slots = await run(ActionSetAuthority(), create_tracker("inform_authority", text, entities=[
        mention(text, "north northants"), mention(text, "derby city"), mention(text, "corby")]))
    assert slots == {"authority": DERBY}


async def test_a_council_named_beside_the_trust_sets_that_council() -> None:
    # "Northamptonshire Children's Trust" alone covers North and West Northants.
    text = "northamptonshire childrens trust looked after me, west northants"
    trust = await from_latest_message(create_tracker(
        "inform_authority", text, entities=[mention(text, "northamptonshire childrens trust")]))
    assert {a.key for a in trust.candidates} == {NORTH, WEST}
    dispatcher, slots = await run(ActionSetAuthority(), create_tracker(
        "inform_authority", text, entities=[mention(text, "northamptonshire childrens trust"),
                                            mention(text, "west northants")]))
    assert slots == {"authority": WEST}
    assert "utter_ask_northants_which" not in responses(dispatcher)


async def test_a_name_covering_both_northants_councils_keeps_the_one_we_know() -> None:
    text = "can i do my washing at russell house"
    resolution = await from_latest_message(create_tracker(
        "ask_care_leavers_hub", text, slots={"authority": NORTH},
        entities=[mention(text, "russell house")]))
    assert [a.key for a in resolution.candidates] == [NORTH]


async def test_russell_house_with_no_council_known_could_be_either() -> None:
    text = "what number do i ring when russell house is closed"
    resolution = await from_latest_message(create_tracker(
        "ask_contact", text, entities=[mention(text, "russell house")]))
    assert {a.key for a in resolution.candidates} == {NORTH, WEST}


async def test_in_derby_care_living_in_kettering_is_derby() -> None:
    text = "wait sorry i was in derby care, i just live in kettering now"
    resolution = await from_latest_message(create_tracker(
        "inform_authority", text, entities=[mention(text, "derby"), mention(text, "kettering")]))
    assert [a.key for a in resolution.candidates] == [DERBY]


async def test_a_choice_between_derby_and_a_northants_council_is_not_called_northamptonshire() -> None:
    from actions.offers import ask_which
    from actions.store import authority as cached, query

    dispatcher = CollectingDispatcher()
    candidates = [await query(cached, DERBY), await query(cached, NORTH)]
    ask_which(dispatcher, candidates, create_tracker("inform_authority", "derby or kettering"))
    assert responses(dispatcher) == ["utter_ask_authority"]


async def test_the_council_named_before_looked_after_me_is_the_one_that_cared() -> None:
    # Lives in Northampton (West) now; North Northants looked after them.
    text = "i live in northampton now but it was north northants that looked after me"
    resolution = await from_latest_message(create_tracker(
        "inform_authority", text, entities=[mention(text, "northampton"), mention(text, "north northants")]))
    assert [a.key for a in resolution.candidates] == [NORTH]


async def test_a_council_named_with_a_new_question_answers_that_question_not_the_waiting_one() -> None:
    text = "im in wellingborough. is there anywhere through leaving care i can have a shower and wash my clothes"
    dispatcher, slots = await run(ActionSetAuthority(), create_tracker(
        "inform_authority", text, entities=[mention(text, "wellingborough")],
        slots={"pending_topic": "homelessness_prevention"}))
    assert slots["authority"] == NORTH and slots["pending_topic"] is None
    assert "Russell House" in said(dispatcher) and "keeping your home" not in said(dispatcher).lower()
