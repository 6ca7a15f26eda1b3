"""Branch answers-35: when to answer and when to ask, asserted on the real reply.

- a question beside a council that no fact's own words name ("do derby leaving care do
  trips and stuff") was met with a bare "Thanks. I'll use Derby's offer": read as an answer
  that says nothing. Now the likeliest facts come as two or three buttons after it;
- the near-tie question offers a third button when the third fact is as close as the second;
- a council given alone, or a statement beside it, still gets the plain thanks.
"""
from __future__ import annotations

from actions.facts import MIN_SCORE, likeliest
from actions.fallback import ActionFallbackAnswer
from actions.set_authority import ActionSetAuthority, asks_beside_council
from offers.ranking import Ranked
from tests.actions.helpers import all_buttons, create_tracker, places, responses, run, said


async def _fallback(text: str, place: str) -> tuple[str, list[str], list[str]]:
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker(
        "nlu_fallback", text, entities=places(text, place)))
    return said(dispatcher), responses(dispatcher), all_buttons(dispatcher)


# --- a question beside the council, in words no fact has ---------------------------------------------

async def test_question_beside_a_council_asks_with_the_likeliest_facts() -> None:
    # Branch answers-40: "a say in writing" is now the co-production's own words (set L, l-047);
    # "drafting" is still in no fact's words.
    reply, names, buttons = await _fallback(
        "do care leavers actually get a say in drafting the north northants local offer", "north northants")
    assert names == ["utter_authority_set", "utter_offer_which_fact"]
    assert "I'll use North Northamptonshire Council's offer" in reply
    assert "Which of these did you mean?" in reply
    assert 2 <= len(buttons) <= 3


async def test_question_beside_a_council_that_nothing_fits_says_what_the_bot_can_answer() -> None:
    # Branch answers-40: "trips" now names Derby's activities (set O, o-153); karaoke names nothing.
    reply, names, buttons = await _fallback("do derby leaving care do karaoke and stuff", "derby")
    assert names == ["utter_authority_set", "utter_default"]
    assert "Could you say it another way? Or pick one of these:" in reply
    assert "First home money" in buttons


async def test_a_council_alone_still_gets_the_plain_thanks() -> None:
    dispatcher, _ = await run(ActionSetAuthority(), create_tracker(
        "inform_authority", "derby", entities=places("derby", "derby")))
    assert responses(dispatcher) == ["utter_authority_set"]


async def test_a_statement_beside_the_council_is_not_asked_about() -> None:
    text = "im with derby, i left care last year and live in a flat now"
    dispatcher, _ = await run(ActionSetAuthority(), create_tracker(
        "inform_authority", text, entities=places(text, "derby")))
    assert "utter_offer_which_fact" not in responses(dispatcher)


async def test_a_question_the_words_name_is_still_answered() -> None:
    text = "do derby give care leavers a setting up home grant"
    reply, names, _ = await _fallback(text, "derby")
    assert "utter_offer_which_fact" not in names
    assert "Setting up Home Grant" in reply


def test_asks_beside_council() -> None:
    assert asks_beside_council("do derby leaving care do trips and stuff")
    assert asks_beside_council("im in corby and the trips thing for care leavers?")
    assert not asks_beside_council("im in corby now")
    assert not asks_beside_council("i live in corby and i left care last year")


# --- two or three buttons -----------------------------------------------------------------------------

def test_likeliest_offers_two_or_three_that_fit() -> None:
    ranked = (Ranked("a", 0.9), Ranked("b", 0.85), Ranked("c", 0.84), Ranked("d", 0.83))
    assert likeliest(ranked) == ("a", "b", "c")
    assert likeliest(ranked, margin=0.08) == ("a", "b", "c")
    assert likeliest(ranked, margin=0.055) == ("a", "b")
    assert likeliest((Ranked("a", 0.9), Ranked("b", MIN_SCORE - 0.01))) == ("a",)
    assert likeliest(()) == ()


# --- a weak guess at the whole offer, after an answer -----------------------------------------------------

async def test_weak_overview_guess_after_an_answer_is_that_answer() -> None:
    from actions.overview import ActionOverview

    text = "whats the most i can get in a year im 19"
    tracker = create_tracker("ask_overview", text, slots={
        "authority": "west_northamptonshire", "last_topic": "emergency_fund"})
    tracker.latest_message["intent"]["confidence"] = 0.34
    dispatcher, _ = await run(ActionOverview(), tracker)
    reply = said(dispatcher)
    assert "£350" in reply
    assert "utter_overview_intro" not in responses(dispatcher)


async def test_a_sure_overview_after_an_answer_is_still_the_whole_offer() -> None:
    from actions.overview import ActionOverview

    tracker = create_tracker("ask_overview", "what else can i get at 19", slots={
        "authority": "west_northamptonshire", "last_topic": "emergency_fund"})
    dispatcher, _ = await run(ActionOverview(), tracker)
    assert responses(dispatcher) == ["utter_overview_intro"]


# --- which council, the councils listed as choices at the end ---------------------------------------------

async def test_which_council_with_the_councils_as_choices_gives_each_line() -> None:
    from actions.compare import ActionCompare

    text = "which council has a number you can ring out of hours, derby or northants"
    dispatcher, _ = await run(ActionCompare(), create_tracker(
        "ask_compare", text, entities=places(text, "derby", "northants")))
    reply = said(dispatcher)
    assert "01604 626938" in reply and "01332 643907" in reply
