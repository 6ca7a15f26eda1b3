"""Entitlement answers come from the store, for the user's own authority, with the source."""
from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.compare import ActionCompare
from actions.offers import ActionAnswerOffer
from actions.overview import ActionOverview
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, domain, message, responses, slot_events

ALLOWANCE = "ask_setting_up_home_allowance"


async def run(action, tracker):  # noqa: ANN001, ANN201 - test helper
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, domain())
    return dispatcher, slot_events(events)


async def test_north_northants_gets_the_councils_3000_with_its_source() -> None:
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(
        ALLOWANCE, "how much is the setting up home allowance",
        slots={"authority": "north_northamptonshire"}))
    amount = message(dispatcher, "utter_offer_amount")
    assert amount["amount"] == "£3,000"
    assert amount["authority_name"] == "North Northamptonshire Council"
    assert message(dispatcher, "utter_offer_source")["source_name"] == \
        "North Northamptonshire Council's Local Offer"
    assert slots == {"pending_topic": None, "last_topic": "setting_up_home_allowance"}


async def test_west_northants_gets_the_trusts_2000_citing_the_trust() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        ALLOWANCE, slots={"authority": "west_northamptonshire"}))
    assert message(dispatcher, "utter_offer_amount")["amount"] == "£2,000"
    assert "Children's Trust" in message(dispatcher, "utter_offer_source")["source_name"]


async def test_derby_allowance_is_not_published_and_gives_who_to_ask() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        ALLOWANCE, slots={"authority": "derby_city"}))
    assert "utter_offer_amount" not in responses(dispatcher)
    no_amount = message(dispatcher, "utter_offer_no_amount")
    assert no_amount["contact_number"].replace(" ", "").startswith("01332")


async def test_question_before_authority_asks_which_council_and_remembers_it() -> None:
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker(ALLOWANCE, "wots the setting up allowance"))
    assert responses(dispatcher) == ["utter_ask_authority"]
    assert slots == {"pending_topic": "setting_up_home_allowance"}


async def test_naming_the_authority_answers_the_waiting_question() -> None:
    tracker = create_tracker("inform_authority", "north northants",
                             entities=[{"entity": "authority", "value": "north northants"}],
                             slots={"pending_topic": "setting_up_home_allowance"})
    dispatcher, slots = await run(ActionSetAuthority(), tracker)
    assert message(dispatcher, "utter_offer_amount")["amount"] == "£3,000"
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
    assert message(dispatcher, "utter_offer_no_amount")["authority_name"] == "Derby City Council"


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
    assert message(dispatcher, "utter_offer_no_amount")["contact_number"] == "01332 643907"


async def test_help_that_is_not_a_payment_is_not_called_an_unpublished_amount() -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_council_tax", slots={"authority": "north_northamptonshire"}))
    assert "utter_offer_no_amount" not in responses(dispatcher)
    assert message(dispatcher, "utter_offer_offered")["title"][0].islower()
