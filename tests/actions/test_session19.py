"""Session 19 (issue 15, round 17 as dev): a follow-up about the answer just given, whatever
the classifier made of it; a part of setting up home asked for by name; a council whose
offer we don't have."""
from __future__ import annotations

from actions.answering import ActionAnswerOffer, ActionContact
from actions.capabilities import ActionCapabilities
from actions.facts import choose
from actions.yes import ActionYesToNothing
from offers.places import other_council
from tests.actions.helpers import create_tracker, earlier_user_message, places, responses, run, said

# --- a follow-up about the last answer --------------------------------------------------------


async def test_a_detail_of_the_last_answer_is_that_answer() -> None:
    # r17-025: "what band would i be in" after North's housing priority answer (band B).
    tracker = create_tracker("ask_capabilities", "what band would i be in",
                             slots={"authority": "north_northamptonshire", "last_topic": "housing_priority"})
    dispatcher, _ = await run(ActionCapabilities(), tracker)
    assert "band B" in said(dispatcher)
    assert "utter_capabilities" not in responses(dispatcher)


async def test_how_do_i_do_that_after_an_answer_is_about_it() -> None:
    # r17-098: after Derby's support from 21 to 25, how to come back.
    tracker = create_tracker("ask_capabilities", "how do i do that",
                             slots={"authority": "derby_city", "last_topic": "support_after_21"})
    dispatcher, _ = await run(ActionCapabilities(), tracker)
    assert "re-refer yourself" in said(dispatcher)


async def test_what_can_you_do_is_still_what_the_bot_can_do() -> None:
    # Controls: no word of the last answer, or no answer before.
    for slots in ({"authority": "north_northamptonshire", "last_topic": "housing_priority"}, {}):
        dispatcher, _ = await run(ActionCapabilities(), create_tracker("ask_capabilities", "what can you do",
                                                                       slots=slots))
        assert responses(dispatcher) == ["utter_capabilities"]
    dispatcher, _ = await run(ActionCapabilities(), create_tracker("ask_capabilities", "what band would i be in"))
    assert responses(dispatcher) == ["utter_capabilities"]


async def test_ok_how_do_i_apply_for_it_is_about_the_last_answer() -> None:
    # r17-117: after North's council tax exemption.
    tracker = create_tracker("affirm", "ok how do i apply for it then",
                             slots={"authority": "north_northamptonshire", "last_topic": "council_tax"})
    dispatcher, _ = await run(ActionYesToNothing(), tracker)
    text = said(dispatcher)
    assert "single person discount" in text and "reduction scheme" in text


async def test_a_plain_ok_is_still_a_yes_to_nothing() -> None:
    tracker = create_tracker("affirm", "ok thanks",
                             slots={"authority": "north_northamptonshire", "last_topic": "council_tax"})
    dispatcher, _ = await run(ActionYesToNothing(), tracker)
    assert responses(dispatcher) == ["utter_yes_to_nothing"]


# --- a part of setting up home, asked for by name ---------------------------------------------


def test_decorating_a_first_flat_is_the_redecoration_fact() -> None:
    # r17-035: the classifier's setting-up-home guess does not outrank the thing named.
    tracker = create_tracker("ask_setting_up_home_allowance",
                             "how much do they give you for decorating your first flat? kettering")
    assert choose(tracker).topic == "redecoration"
    control = create_tracker("ask_setting_up_home_allowance", "how much do they give you for your first flat")
    assert choose(control).topic == "setting_up_home_allowance"


# --- a council whose offer we don't have ------------------------------------------------------


async def test_a_council_we_dont_have_is_said_honestly() -> None:
    # r17-102: not our three councils' figures, as if they were Leicester's.
    tracker = create_tracker("ask_setting_up_home_allowance",
                             "im a care leaver from leicester, how much is their setting up home allowance")
    dispatcher, slots = await run(ActionAnswerOffer(), tracker)
    text = said(dispatcher)
    assert responses(dispatcher) == ["utter_authority_not_covered"]
    assert "£" not in text and "personal adviser (PA)" in text
    assert slots["pending_topic"] == "setting_up_home_allowance"   # a council button answers it


async def test_our_council_or_a_fact_in_law_is_still_answered() -> None:
    # Controls: Derby named beside where the user lives now; where they study; a fact the
    # law sets for everyone (a PA to 25).
    derby = "i live in leicester now but derby looked after me, how much is the setting up home grant"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_setting_up_home_allowance", derby,
                                                                  entities=places(derby, "derby")))
    assert "Derby City Council" in said(dispatcher)
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_setting_up_home_allowance", "im at uni in york, how much is the setting up home allowance"))
    assert "utter_authority_not_covered" not in responses(dispatcher)
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_personal_adviser", "im from leicester, how long can i have a personal adviser for"))
    assert "utter_authority_not_covered" not in responses(dispatcher)
    assert "25" in said(dispatcher)


def test_everyday_words_are_not_councils() -> None:
    assert other_council("i was reading about the bursary") is None
    assert other_council("can i have a bath at the hub") is None
    assert other_council("i grew up in reading") == "in reading"


# --- a contact follow-up, asked as a contact question, keeps the team -------------------------


async def test_when_does_it_open_after_wheres_russell_house_is_the_trust_s_hours() -> None:
    # r17-075: the contact action too (session 17 covered the answer action).
    first = "wheres russell house?"
    tracker = create_tracker("ask_contact", "and what time does it open on a monday", slots={"last_topic": "contact"})
    earlier_user_message(tracker, "ask_contact", first)
    tracker.events[0]["parse_data"]["entities"] = places(first, "russell house")
    dispatcher, _ = await run(ActionContact(), tracker)
    assert "9am" in said(dispatcher)
    assert "utter_ask_authority" not in responses(dispatcher)
    # Control: nothing named before, so which council is still asked.
    tracker = create_tracker("ask_contact", "and what time does it open on a monday", slots={"last_topic": "contact"})
    earlier_user_message(tracker, "ask_contact", "who do i ring")
    dispatcher, _ = await run(ActionContact(), tracker)
    assert any(r and r.startswith("utter_ask_") for r in responses(dispatcher))
