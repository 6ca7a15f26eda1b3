"""Session 21 (issue 15, round 19 as dev): a body named in everyday words ("mind charity
number?") is that body, not the council's duty line; where to write to the council and
whether a named place of the team's is still open are contact questions."""
from __future__ import annotations

import pytest

from actions.answering import ActionAnswerOffer, _written_as_name, is_contact_question
from tests.actions.helpers import create_tracker, places, run, said


@pytest.mark.parametrize("text, name, named", [
    ("mind charity number? northampton", "mind", True),
    ("whats the mind helpline", "mind", True),
    ("the charity mind, how do i reach them", "mind", True),
    ("shout text line? im in corby", "shout", True),
    ("i dont mind number of visits", "mind", False),
    ("never mind number", "mind", False),
    ("do you mind helping me", "mind", False),
])
def test_a_common_word_is_a_name_beside_what_a_body_has(text: str, name: str, named: bool) -> None:
    assert _written_as_name(text, name) is named


@pytest.mark.parametrize("text", [
    "whats derby city council's main address, need to send a letter",
    "where do i post a letter to leaving care in derby",
    "postal address for the council? corby",
    "its 5:10pm on a tuesday, is russell house still open or have i missed it",
    "is the hub still open, its 5pm",
])
def test_where_to_write_and_is_a_named_place_open_are_contact_questions(text: str) -> None:
    assert is_contact_question(text)


@pytest.mark.parametrize("text, intent, place, expected", [
    ("mind charity number? northampton", "ask_contact", "northampton", "0300 123 3393"),
    ("whats the number for the charity mind, im in corby", "ask_contact", "corby", "0300 123 3393"),
    ("whats derby city council's main address, need to send a letter", "ask_contact", "derby", "DE1 2FS"),
])
async def test_named_body_and_address_are_answered(text: str, intent: str, place: str, expected: str) -> None:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(intent, text, entities=places(text, place)))
    assert expected in said(dispatcher)
    assert "626938" not in said(dispatcher).replace(" ", "")


async def test_a_named_programme_says_its_places_and_length() -> None:
    # r19-092: the leaving care page gives the places as well as the length.
    text = "how many places does the princes trust programme have and how long is it? im 17 in northampton"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("nlu_fallback", text,
                                                                  entities=places(text, "northampton")))
    reply = said(dispatcher)
    assert "12-week" in reply and "10 places" in reply


@pytest.mark.parametrize("text", [
    "is the setting up home allowance a fixed legal amount? my mate in another area got different",
    "is setting up home money the same everywhere or does it depend",
    "is the setting up home grant set by law",
])
async def test_whether_an_amount_is_set_by_law_is_answered_before_the_councils(text: str) -> None:
    # r19-148: the national entry says it is guidance, not a legal amount.
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_setting_up_home_allowance", text))
    reply = said(dispatcher)
    assert "guidance, not a legal amount" in reply and "£3,000" in reply


@pytest.mark.parametrize("text, place, expected", [
    ("mind charity number? northampton", "northampton", "0300 123 3393"),
    ("whats derby city council's main address, need to send a letter", "derby", "DE1 2FS"),
    ("its 5:10pm on a tuesday, is russell house still open or have i missed it", None, "5:30"),
])
async def test_the_contact_action_gives_the_body_or_place_asked(text: str, place: str | None, expected: str) -> None:
    from actions.answering import ActionContact

    entities = places(text, place) if place else []
    dispatcher, _ = await run(ActionContact(), create_tracker("ask_contact", text, entities=entities))
    assert expected in said(dispatcher)


@pytest.mark.parametrize("earlier, text, place, expected", [
    ("whats the phone number for right resolution", "im in northampton btw", "northampton", "626 188"),
    ("is there a number for right resolution", "daventry", "daventry", "626 188"),
])
async def test_a_body_named_before_the_council_is_answered_once_the_council_is_known(
        earlier: str, text: str, place: str, expected: str) -> None:
    # r19-075: the council came in the next message.
    from actions.set_authority import ActionSetAuthority
    from tests.actions.helpers import earlier_user_message

    for pending in ("contact", None):
        tracker = earlier_user_message(create_tracker("inform_authority", text, slots={"pending_topic": pending},
                                                      entities=places(text, place)), "ask_contact", earlier)
        dispatcher, _ = await run(ActionSetAuthority(), tracker)
        assert expected in said(dispatcher)


@pytest.mark.parametrize("earlier, text, place", [
    ("is there a mental health text line on the northants offer? i cant talk on the phone", "im in towcester",
     "towcester"),
    ("i hate phone calls, is there somewhere i can text when its bad", "corby", "corby"),
])
async def test_a_text_line_asked_before_the_council_is_the_text_line(earlier: str, text: str, place: str) -> None:
    # r19-093: not the duty social worker's phone.
    from actions.set_authority import ActionSetAuthority
    from tests.actions.helpers import earlier_user_message

    tracker = earlier_user_message(create_tracker("inform_authority", text, slots={"pending_topic": "contact"},
                                                  entities=places(text, place)), "ask_contact", earlier)
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    assert "85258" in said(dispatcher)


async def test_the_contact_action_answering_which_council_gives_the_text_line_asked_before() -> None:
    # r19-093 over REST: the council's answer runs action_contact while the contact waits.
    from actions.answering import ActionContact
    from tests.actions.helpers import earlier_user_message

    earlier = "is there a mental health text line on the northants offer? i cant talk on the phone"
    text = "im in towcester"
    tracker = earlier_user_message(create_tracker("inform_authority", text, slots={"pending_topic": "contact"},
                                                  entities=places(text, "towcester")), "ask_contact", earlier)
    dispatcher, _ = await run(ActionContact(), tracker)
    assert "85258" in said(dispatcher) and "626938" not in said(dispatcher).replace(" ", "")
