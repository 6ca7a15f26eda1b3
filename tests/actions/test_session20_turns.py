"""Session 20 (issue 15, round 18 as dev): a council switched on a later turn ("i just moved
to northampton town"), and an answer beside a check-in (a fear of reading a care file; a
contact question that names its council)."""
from __future__ import annotations


from actions.answering import ActionContact
from actions.fallback import only_worried_about_the_question
from actions.set_authority import ActionSetAuthority
from offers.places import without_non_councils
from tests.actions.helpers import create_tracker, earlier_user_message, places, responses, run, said

MEANING_SHARP = {"level": "none", "category": "none", "reason": "no rule matched", "distress": "meaning",
                 "distress_sharp": True}


def test_moving_to_northampton_town_is_the_town() -> None:
    assert "northampton town" in without_non_councils("i just moved to northampton town last week")
    assert "northampton town" not in without_non_councils("i support northampton town fc")
    assert "northampton town" not in without_non_councils("going to watch northampton town on saturday")


async def test_a_council_switched_later_answers_the_last_question_again() -> None:
    # r18-085: council tax, for Corby; then "scrap that i just moved to northampton town".
    text = "actually no scrap that i just moved to northampton town last week, does that change it?"
    tracker = create_tracker("nlu_fallback", text, entities=places(text, "northampton"),
                             slots={"authority": "north_northamptonshire", "last_topic": "council_tax"})
    earlier_user_message(tracker, "inform_authority", "i'm in corby")
    dispatcher, slots = await run(ActionSetAuthority(), tracker)
    assert slots["authority"] == "west_northamptonshire"
    assert "West Northamptonshire" in said(dispatcher) and "council tax" in said(dispatcher).lower()


def test_a_fear_of_reading_a_care_file_is_about_the_thing_asked() -> None:
    # r18-021.
    assert only_worried_about_the_question(
        "i want to read my care file but im scared of reading it by myself. do i have to go thru complaints")
    assert not only_worried_about_the_question("im scared of reading it in case he finds out")


async def test_a_contact_question_naming_its_council_gets_the_numbers_beside_the_check_in() -> None:
    # r18-067: only the meaning check was worried; the council is in the message.
    text = "if something goes wrong on christmas day who can i call? the office wont be open will it. im in towcester"
    tracker = create_tracker("ask_contact", text, crisis=MEANING_SHARP, entities=places(text, "towcester"))
    dispatcher, _ = await run(ActionContact(), tracker)
    assert responses(dispatcher)[0] == "utter_check_in_first"
    assert "01604 626938" in said(dispatcher)


async def test_every_question_waiting_for_the_council_is_answered() -> None:
    # Two questions, no council: "which council?", then "corby" answers both, not only the first.
    first = "how much is the setting up home allowance and do i get help with council tax"
    tracker = create_tracker("inform_authority", "corby", entities=places("corby", "corby"),
                             slots={"pending_topic": "setting_up_home_allowance"})
    earlier_user_message(tracker, "ask_setting_up_home_allowance", first)
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "£3,000" in reply and "council tax" in reply.lower()
    assert reply.count("Offers change, so check with your PA.") == 1


async def test_one_question_waiting_is_still_one_answer() -> None:
    tracker = create_tracker("inform_authority", "corby", entities=places("corby", "corby"),
                             slots={"pending_topic": "setting_up_home_allowance"})
    earlier_user_message(tracker, "ask_setting_up_home_allowance", "how much is the setting up home allowance")
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    assert "council tax" not in said(dispatcher).lower()
