"""Branch answers-46: round 35's failures and what answers-45 left (b43-006), by kind,
asserted on the real replies (real offer store).

- an emergency ruled out by the person's own doubt: "i dont think its a 999 thing" is the
  urgent line (NHS 111, option 2), as "not in danger" is;
- the 2000 Act asked by its year: "what is the leaving care act called, the one from 2000"
  names the Children (Leaving Care) Act 2000, not who to ring ("called");
- whether help stops at 21, or they ever get in touch, said to the fallback: support from
  21 to 25 (the 21+ assessment, the yearly letter), not "Sorry, I didn't get that";
- what a named programme is, when only the Trust's entry names it: the Trust's entry (the
  Independent Living Programme, ASDAN), not "which council?";
- an out-of-hours number asked across councils: a council that publishes none says so,
  not its office line under "when the office is closed";
- an aside for ages the person has said they are not: "im 18" drops "(every 3 months for
  some settled 16 and 17-year-olds)";
- "which council" asks between councils: a phone compared is the phone allowance, not the
  care leavers council; two places with only "and" between them are both sides.
"""
from __future__ import annotations

from typing import Any

from actions.answering import ActionAnswerOffer, ActionContact
from actions.eligibility import ActionAskAge
from actions.facts import choose, without_councils_asked_between
from actions.fallback import ActionFallbackAnswer
from actions.formatting import for_their_age
from tests.actions.helpers import create_tracker, places, run, said


async def _say(action: object, intent: str, text: str, *place: str, **slots: Any) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place), slots=slots or None)
    dispatcher, _ = await run(action, tracker)
    return said(dispatcher)


# --- an emergency ruled out by the person's own doubt ---------------------------------------------------------

async def test_dont_think_its_a_999_thing_is_the_urgent_line() -> None:
    reply = await _say(ActionContact(), "ask_contact",
                       "at 3am my mental health is really bad but i dont think its a 999 thing, who do i call")
    assert reply.startswith("NHS 111")
    assert "call 999" not in reply


async def test_a_999_question_without_doubt_is_still_999() -> None:
    reply = await _say(ActionContact(), "ask_contact",
                       "my mental health is really bad and i think its a 999 thing, who do i call")
    assert "NHS 111" not in reply.splitlines()[0]


# --- the 2000 Act asked by its year ----------------------------------------------------------------------------

async def test_the_act_called_the_one_from_2000_names_it() -> None:
    reply = await _say(ActionContact(), "ask_contact", "what is the leaving care act called, the one from 2000")
    assert "Children (Leaving Care) Act 2000" in reply
    assert "Who to ring" not in reply


def test_money_from_2000_is_not_the_act() -> None:
    assert choose(create_tracker("ask_offer", "did the setting up home allowance go up from 2000")).topic \
        != "eligibility"


# --- whether help stops at 21, or they ever get in touch -------------------------------------------------------

async def test_turning_21_does_all_the_help_stop_is_support_after_21() -> None:
    reply = await _say(ActionFallbackAnswer(), "nlu_fallback",
                       "im turning 21 soon, does all the help from the trust stop then")
    assert "21+ needs assessment" in reply
    assert "didn't get that" not in reply


async def test_do_they_ever_get_in_touch_is_the_yearly_letter() -> None:
    reply = await _say(ActionFallbackAnswer(), "nlu_fallback",
                       "havent heard from leaving care in ages, im 23 now, do they ever get in touch",
                       authority="west_northamptonshire")
    assert "Once a year" in reply


async def test_a_degree_past_25_is_support_after_21_not_who_counts() -> None:
    tracker = create_tracker("ask_eligibility",
                             "im 24 and doing a degree that finishes when im 26, does the trust drop me at 25")
    dispatcher, _ = await run(ActionAskAge(), tracker)
    reply = said(dispatcher)
    assert "before your 25th birthday" in reply
    assert "13 weeks" not in reply


# --- what a named programme is -----------------------------------------------------------------------------------

async def test_what_is_the_independent_living_programme_is_the_trusts_entry() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_offer",
                       "whats the independent living programme and do u get a qualification from it")
    assert "ASDAN" in reply
    assert "Which council" not in reply


async def test_independent_living_skills_without_the_name_still_asks() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_offer", "do i get independent living skills training")
    assert "Which council" in reply


# --- an out-of-hours number asked across councils ----------------------------------------------------------------

async def test_out_of_hours_across_councils_says_derby_publishes_none() -> None:
    for text in ("whats the out of hours number for leaving care in northants and in derby",
                 "out of hours numbers for leaving care, northants and derby please"):
        reply = await _say(ActionContact(), "ask_contact", text, "northants", "derby")
        assert "01604 626938" in reply
        assert "Derby: does not publish a number for when it is closed" in reply


# --- an aside for ages the person is not ------------------------------------------------------------------------

async def test_pa_visits_at_18_drop_the_aside_for_16_and_17() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_offer", "how often does my pa have to see me face to face im 18",
                       authority="derby_city")
    assert "every 2 months" in reply
    assert "every 3 months" not in reply


def test_the_aside_stays_for_its_own_ages_and_without_an_age() -> None:
    text = "every 2 months, or more often if needed (every 3 months for some settled 16 and 17-year-olds), with calls"
    assert for_their_age(text, "im 17 how often") == text
    assert for_their_age(text, "how often does my pa visit") == text
    assert "(every 3 months" not in for_their_age(text, "i am 19, how often")


# --- "which council" asks between councils -------------------------------------------------------------------------

async def test_which_council_helps_most_with_a_phone_is_the_phone_allowance() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_offer", "which council helps the most with a phone, north northants or derby",
                       "north northants", "derby")
    assert "phone and communication allowance" in reply
    assert "£15" in reply
    assert "care leavers council" not in reply


def test_which_council_words_are_left_out_but_council_tax_stays() -> None:
    assert without_councils_asked_between("which council helps most with a phone") == "helps most with a phone"
    assert without_councils_asked_between("which council tax discount is best") == "which council tax discount is best"
    assert choose(create_tracker("ask_offer", "is there a care leavers council in derby")).topic == "care_leavers_council"


async def test_a_sum_asked_by_the_facts_own_name_still_asks_which_council() -> None:
    # set N n-213: "Setting Up Home Allowance" is written in capitals in the Trust's entry
    # only, but it is the fact's own name and the sum is each council's.
    reply = await _say(ActionAnswerOffer(), "ask_offer",
                       "hey whats the setting up home allowance for care leavers, how much do u get")
    assert "Which council" in reply
