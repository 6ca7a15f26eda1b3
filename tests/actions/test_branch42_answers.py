"""Branch answers-42: dev set P's wrong answers, by kind, asserted on the real replies (real
offer store).

- a day of the week asked that the source does not give: "what day does shout out meet" (the
  forum "meets regularly") and "what day of the week is the prospects drop in at the care
  leavers hub" (a drop-in "every week") say the day is not published, first;
- comparisons across councils: "whats better for driving lessons, the northants trust or derby"
  (no "the" before "better") sets the councils named side by side; "who sees their care
  leavers more often" is the PA's visits;
- the fare to where a thing just got takes them: "got an apprenticeship starting in
  wellingborough, will they help with bus fare to get there" is the travel cost, not the
  apprenticeships (the thing got ends before "starting").
"""
from __future__ import annotations

from actions.answering import ActionAnswerOffer, ActionContact
from actions.compare import ActionCompare
from actions.facts import choose
from actions.formatting import asks_day
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, places, run, said


async def _say(action: object, intent: str, text: str, *place: str, **slots: str) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place), slots=slots or None)
    dispatcher, _ = await run(action, tracker)
    return said(dispatcher)


# --- a day asked that the source does not give ------------------------------------------------------------

async def test_what_day_shout_out_meets_is_not_published() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_participation", "what day does shout out meet? brackley", "brackley")
    assert "Shout Out" in reply
    assert "Its published offer doesn't say which day." in reply
    assert "meets regularly" in reply


async def test_what_day_the_prospects_drop_in_is_leads_with_not_published() -> None:
    for action, intent in ((ActionAnswerOffer(), "ask_employment"), (ActionSetAuthority(), "inform_authority"),
                           (ActionContact(), "ask_contact")):
        reply = await _say(action, intent,
                           "what day of the week is the prospects drop in at the care leavers hub, north northants",
                           "north northants")
        assert reply.startswith("Its published offer doesn't say which day.")
        assert "Prospects drop-in every week" in reply


def test_a_day_asked_is_told_from_a_day_for_the_user() -> None:
    assert asks_day("what day does shout out meet")
    assert asks_day("which day is the drop in")
    assert not asks_day("what day can i ring them")
    assert not asks_day("how many days do i get")


async def test_a_question_without_a_day_has_no_day_line() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_participation", "what is shout out? brackley", "brackley")
    assert "which day" not in reply


# --- comparisons across councils ----------------------------------------------------------------------------

async def test_whats_better_for_driving_lessons_the_trust_or_derby_compares_them() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_driving_lessons",
                       "whats better for driving lessons, the northants trust or derby", "northants", "derby")
    assert "What each council says about driving lessons and tests" in reply
    assert "5 driving lessons of 2 hours each" in reply
    assert "Derby: case by case" in reply


async def test_who_sees_their_care_leavers_more_often_is_the_pas_visits() -> None:
    reply = await _say(ActionCompare(), "ask_compare",
                       "who sees their care leavers more often, the northamptonshire trust or derby",
                       "northamptonshire", "derby")
    assert "every 2 months" in reply and "every 8 weeks" in reply
    assert "What a Local Offer is" not in reply


# --- the fare to where a thing just got takes them -----------------------------------------------------------

def test_bus_fare_to_get_to_an_apprenticeship_starting_is_the_travel_cost() -> None:
    text = "got an apprenticeship starting in wellingborough, will they help with bus fare to get there"
    choice = choose(create_tracker("ask_travel_costs", text, entities=places(text, "wellingborough")))
    assert choice.topic == "travel_costs" and not choice.alternatives


async def test_bus_fare_to_get_to_an_apprenticeship_starting_answers_the_travel() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_apprenticeships",
                       "got an apprenticeship starting in wellingborough, will they help with bus fare to get there",
                       "wellingborough")
    assert "travel costs for education, training and work" in reply
    assert "ring-fenced" not in reply


def test_an_apprenticeship_asked_about_is_still_the_apprenticeship() -> None:
    text = "are there any apprenticeships at the council starting next year, corby"
    assert choose(create_tracker("ask_apprenticeships", text, entities=places(text, "corby"))).topic == "apprenticeships"
