"""Branch answers-38: the question's head asks for one part of a fact, asserted on the real
reply. "how do i join / sign up / get", "where do i sign up", "who can help / sit with me"
ask how to get it: the entry's own how-to-apply leads (one council) or is in each council's
line (the spread). "how long" asks how long: the sentence that says how long ("5 driving
lessons of 2 hours each") is the one shown, over a word beside the head ("package"). "when
did it go up" asks when the fact changed: the national entry that dates it comes first.
"""
from __future__ import annotations

from actions.answering import ActionAnswerOffer
from offers.relevance import asks_how_to, best_sentence
from tests.actions.helpers import create_tracker, run, said


async def _answer(intent: str, text: str, authority: str | None = None) -> str:
    slots = {"authority": authority} if authority else {}
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(intent, text, slots=slots))
    return said(dispatcher)


async def test_how_do_i_join_in_the_spread_gives_each_councils_way_in() -> None:
    reply = await _answer("ask_participation_forum", "how do i sign up for shout out")
    assert "complete the online form on the Young Northants website" in reply
    assert "Your PA will tell you about the forum" in reply
    assert "Which council looked after you?" in reply


async def test_how_do_i_join_for_one_council_leads_with_how_to_get_it() -> None:
    reply = await _answer("ask_participation_forum", "hw do i join shout out lol", "north_northamptonshire")
    assert reply.index("How to get it: Speak to your PA or a duty worker") < reply.index("It meets regularly")


async def test_what_it_is_keeps_how_to_get_it_after_the_detail() -> None:
    reply = await _answer("ask_participation_forum", "what is shout out", "north_northamptonshire")
    assert reply.index("It meets regularly") < reply.index("How to get it:")


async def test_who_can_help_in_the_spread_names_who_to_go_to() -> None:
    reply = await _answer("ask_advocacy", "is there someone independent who can help me, like an advocate")
    assert "childrensrights@childrenfirstnorthamptonshire.co.uk" in reply
    reply = await _answer("ask_care_records",
                          "reading my care files is gonna mess with my head who can sit with me and go through them")
    assert "Service Six can also go through your files with you" in reply


async def test_how_long_is_each_lesson_is_the_two_hours_over_the_package() -> None:
    spread = await _answer("ask_driving", "how long is each driving lesson on the package")
    assert "5 driving lessons of 2 hours each" in spread
    one = await _answer("ask_driving", "how long r the driving lessons", "west_northamptonshire")
    assert one.index("2 hours each") < one.index("It gives you 1 provisional driving licence")


async def test_how_long_the_ypa_is_paid_while_waiting_for_benefits() -> None:
    reply = await _answer("ask_benefit_wait_support",
                          "how long do they pay the ypa for while im waiting on my first universal credit payment")
    assert "5 weeks' payment of the Young Persons Allowance" in reply


def test_the_heads() -> None:
    assert asks_how_to("where do i sign up for the shout out forum thing")
    assert asks_how_to("how do i get on the housing register, im in kettering")
    assert not asks_how_to("what is shout out")
    assert not asks_how_to("how much is the setting up home allowance")
    summary = "An Introduction to Driving package. You also get 5 driving lessons of 2 hours each."
    assert best_sentence(summary, "how long is each lesson on the package")[0].startswith("You also get 5")
    assert best_sentence(summary, "what is the driving package")[0].startswith("An Introduction")


async def test_when_did_it_go_up_is_the_dated_national_line_before_the_spread() -> None:
    reply = await _answer("ask_setting_up_home_allowance", "when did the setting up home allowance go up to 3k")
    assert "It raised this from £2,000 in April 2023" in reply
    assert reply.index("April 2023") < reply.index("It depends on which council")
    plain = await _answer("ask_setting_up_home_allowance", "how much is the setting up home allowance")
    assert "April 2023" not in plain
