"""Branch answers-44: dev set Q's failures, by kind, asserted on the real replies (real offer
store).

- a comparative word sets councils side by side: "which gets you a pa younger, derby or the
  northamptonshire trust" compares the PA for each council, not Derby's alone;
- a team named, then a contact question instead of the council asked for: "im with the
  trust" then "on christmas day who can i call ..." is the Trust's duty line (North and West
  share it), not every council's with Derby's among them;
- who to ring for advice on something: "is there anyone i can ring for money advice" is the
  service that gives it (The Money Charity), not the leaving care team's own number;
- urgent but not an emergency: "really bad tonight but im not in danger, is there an nhs
  number" is NHS 111, option 2, not Mind;
- help to 25 whether in education or not: "do i have to be at college or uni to keep getting
  leaving care help in derby after 21" is support from 21 to 25, not the college bursary;
- no PA and who to go to: "im 22 and i dont have a pa anymore, who do i go to" is the duty
  service, not what a PA is;
- housing beside living alone: "living totally alone might not be right, what other
  options" is supported accommodation and Shared Lives, not extra support;
- a say in the Local Offer: "any say in whats in the north northants local offer" is North's
  co-produced offer, not the list of its areas;
- a fare paid: "can i get my bus fare paid to get to my apprenticeship" is travel costs, not
  the apprenticeships.
"""
from __future__ import annotations

from typing import Any

from actions.answering import SERVICE_WORDS, ActionAnswerOffer, ActionContact
from actions.compare import ActionCompare
from actions.facts import choose
from actions.fallback import ActionFallbackAnswer
from actions.overview import ActionOverview
from tests.actions.helpers import create_tracker, earlier_user_message, places, run, said


async def _say(action: object, intent: str, text: str, *place: str, **slots: Any) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place), slots=slots or None)
    dispatcher, _ = await run(action, tracker)
    return said(dispatcher)


# --- a comparative word sets councils side by side -----------------------------------------------------------

async def test_which_gets_you_a_pa_younger_compares_the_councils() -> None:
    reply = await _say(ActionCompare(), "ask_compare", "which gets you a pa younger, derby or the northamptonshire trust",
                       "derby", "northamptonshire")
    assert "16 and a half" in reply
    assert "Derby" in reply


# --- a team named, then a contact question instead of the council asked for ----------------------------------

async def test_the_trust_then_who_to_call_on_christmas_day_is_the_trusts_line() -> None:
    text = "on christmas day who can i call if somethings wrong and my pa is off"
    for action, intent in ((ActionFallbackAnswer(), "nlu_fallback"), (ActionContact(), "ask_contact")):
        tracker = earlier_user_message(create_tracker(intent, text), "inform_authority", "im with the trust")
        dispatcher, _ = await run(action, tracker)
        reply = said(dispatcher)
        assert "01604 626938" in reply
        assert "01332" not in reply


async def test_no_team_named_before_still_sets_out_each_council() -> None:
    text = "on christmas day who can i call if somethings wrong and my pa is off"
    tracker = earlier_user_message(create_tracker("nlu_fallback", text), "greet", "hiya")
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    reply = said(dispatcher)
    assert "01332" in reply and "01604 626938" in reply


# --- who to ring for advice on something ---------------------------------------------------------------------

async def test_anyone_to_ring_for_money_advice_is_the_money_charity() -> None:
    text = ("im rubbish with money and always run out, is there anyone i can ring for money advice? "
            "the trust booklet had something")
    for place, slots in ((("trust",), {}), ((), {"authority": "west_northamptonshire"})):
        reply = await _say(ActionAnswerOffer(), "ask_money_advice", text, *place, **slots)
        assert "The Money Charity" in reply and "020 7062 8933" in reply
        assert "duty social worker" not in reply


def test_anyone_to_ring_for_advice_names_a_service() -> None:
    assert SERVICE_WORDS.search("is there anyone i can ring for money advice")
    assert SERVICE_WORDS.search("someone i could call for help with debt")
    assert not SERVICE_WORDS.search("who do i ring if my pa is off")


# --- urgent but not an emergency -----------------------------------------------------------------------------

async def test_not_in_danger_asking_for_an_nhs_number_is_111_option_2() -> None:
    text = "my mental health is really bad tonight but im not in danger, is there an nhs number"
    reply = await _say(ActionAnswerOffer(), "ask_health_support", text)
    assert "NHS 111" in reply and "option 2" in reply
    assert "Mind:" not in reply


# --- help to 25 whether in education or not ------------------------------------------------------------------

async def test_having_to_be_at_college_to_keep_help_after_21_is_support_to_25() -> None:
    text = "do i have to be at college or uni to keep getting leaving care help in derby after 21"
    assert choose(create_tracker("nlu_fallback", text)).topic == "support_after_21"
    for action, intent in ((ActionFallbackAnswer(), "nlu_fallback"), (ActionAnswerOffer(), "ask_fe_bursary")):
        reply = await _say(action, intent, text, "derby")
        assert "whether you are in education or training or not" in reply
        assert "£1,200" not in reply


def test_having_to_be_at_college_for_a_bursary_is_still_the_bursary() -> None:
    assert choose(create_tracker("ask_fe_bursary", "do i have to be at college to get the bursary")).topic \
        == "fe_bursary"


# --- no PA and who to go to ----------------------------------------------------------------------------------

async def test_no_pa_and_who_to_go_to_is_the_duty_service() -> None:
    text = "im 22 and i dont have a pa anymore, who do i go to if i need help, brackley"
    reply = await _say(ActionAnswerOffer(), "ask_personal_adviser", text, "brackley")
    assert "duty worker" in reply.lower()
    assert "16 and a half" not in reply


# --- housing beside living alone -----------------------------------------------------------------------------

async def test_living_totally_alone_and_other_options_is_the_housing_for_a_need() -> None:
    text = ("i have a learning disability and my pa says living totally alone might not be right, "
            "what other options does the trust have")
    reply = await _say(ActionFallbackAnswer(), "nlu_fallback", text, "trust", authority="west_northamptonshire")
    assert "Shared Lives" in reply
    assert "may offer extra support" not in reply


# --- a say in the Local Offer --------------------------------------------------------------------------------

async def test_any_say_in_whats_in_the_local_offer_is_coproduction() -> None:
    text = "do care leavers actually get any say in whats in the north northants local offer or do they just decide it"
    reply = await _say(ActionOverview(), "ask_overview", text, "north northants")
    assert "co-produce" in reply
    assert "Which area do you want to see?" not in reply


# --- a fare paid ---------------------------------------------------------------------------------------------

async def test_a_bus_fare_paid_to_an_apprenticeship_is_travel_costs() -> None:
    text = "can i get my bus fare paid to get to my apprenticeship, live in kettering work in corby"
    reply = await _say(ActionAnswerOffer(), "ask_travel_costs", text, "kettering", "corby")
    assert "travel costs" in reply
    assert "ring-fenced apprenticeships" not in reply
