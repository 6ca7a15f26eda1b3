"""Branch answers-57: dev round 40's failures, by kind, asserted on the real replies (real
offer store).

- whether the team answers at a time named: "can i still ring the leaving care office at quarter
  past 5 on a tuesday" is its hours (Monday to Thursday to 5:30pm), not support from 21 to 25;
- the team's main number with no council: "whats the main number for leaving care" is each
  council's line and which council, not the national PA fact;
- a measure with the other side at once: "do derby pas have to visit more often than
  northamptonshire ones" sets both councils side by side (every 2 months, every 8 weeks);
- clothes for an interview: "got an interview next week and i need proper clothes for it" is
  the work and interview clothes (North's £100), not careers advice;
- someone who keeps doing a thing: "my social worker keeps using words i dont get" asks
  nothing about what is kept; the legal groups of care leaver are answered, not the privacy
  notice.
"""
from __future__ import annotations

from actions.answering import ActionAnswerOffer
from actions.privacy import ActionPrivacyNotice, asks_about_privacy
from tests.actions.helpers import say


# --- someone who keeps doing a thing ------------------------------------------------------------------------------

async def test_a_social_worker_who_keeps_using_words_is_no_privacy_question() -> None:
    reply = await say(ActionPrivacyNotice(), "ask_privacy",
                      "whats the different types of care leaver legally? my social worker keeps using words i dont get")
    print(reply)
    assert "former relevant" in reply
    assert "30 days" not in reply


def test_keeping_messages_is_still_a_privacy_question() -> None:
    assert asks_about_privacy("do you keep my messages")
    assert asks_about_privacy("does my pa keep reading my chat")


# --- whether the team answers at a time named ---------------------------------------------------------------------

async def test_can_i_still_ring_the_office_at_a_time_is_its_hours() -> None:
    reply = await say(ActionAnswerOffer(), "ask_offer",
                      "can i still ring the leaving care office at quarter past 5 on a tuesday? im in brackley", "brackley")
    assert "5:30pm" in reply
    assert "from 21 to 25" not in reply


# --- the team's main number ---------------------------------------------------------------------------------------

async def test_the_main_number_for_leaving_care_with_no_council_is_each_councils_line() -> None:
    reply = await say(ActionAnswerOffer(), "ask_offer", "i lost my pas number, whats the main number for leaving care")
    assert "depends on which council" in reply
    assert "01332 643907" in reply
    assert "until they are 25" not in reply


# --- a measure with the other side at once ------------------------------------------------------------------------

async def test_visit_more_often_than_the_other_council_is_a_comparison() -> None:
    reply = await say(ActionAnswerOffer(), "ask_offer", "do derby pas have to visit more often than northamptonshire ones",
                      "derby", "northamptonshire")
    assert "What each council says" in reply
    assert "every 2 months" in reply
    assert "every 8 weeks" in reply


# --- clothes for an interview -------------------------------------------------------------------------------------

async def test_clothes_for_an_interview_are_the_work_clothes() -> None:
    reply = await say(ActionAnswerOffer(), "ask_offer",
                      "got an interview next week and i need proper clothes for it, can the council buy me some and "
                      "how much is it, im in corby", "corby")
    assert "£100" in reply
    assert "careers advice" not in reply
