"""Branch answers-52: dev set T's failures, by kind, asserted on the real replies (real offer
store).

- a fact the source states beside the one the store kept: North's children in care and care
  leavers council has neither its own bank account nor its own constitution (the offer entry
  says both), so "does it have its own bank account or a constitution" is answered for both;
- the source's qualifier kept: the Trust finds you a mentor with the same degree "if
  possible" (the booklet's words), not "if they can";
- email as the form a thing comes in ("can i have it on paper not email") is no contact
  question, and of an entry's sentences sharing as many of the question's words, the one
  sharing most with the clause that asks leads (the paper copy, not the nurse);
- a fact in the user's own words where the classifier could not place the message: "what
  kind of places" (the housing options), "passed my course" (rewards for achievements), "not
  in college or working" beside "still get help" (help up to 25 whether in education or not),
  "businesses that arent the council" (the Care Leaver Covenant);
- "what am i now" (which group) beside "how long do i get support": both facts, the second
  answered on its own clause, so the first's "how long" does not lead the groups with 13 weeks.
"""
from __future__ import annotations

from typing import Any

from actions.answering import ActionAnswerOffer
from actions.fallback import ActionFallbackAnswer
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, places, run, said


async def _say(intent: str, text: str, *place: str, action: Any = None, **slots: Any) -> str:
    tracker = create_tracker(intent, text, slots=slots or None, entities=places(text, *place))
    dispatcher, _ = await run(action or ActionAnswerOffer(), tracker)
    return said(dispatcher)


# --- facts the source states that the store lacked, and the source's qualifiers ----------------------------

async def test_care_leavers_council_has_no_bank_account_and_no_constitution() -> None:
    text = "does the north northants care leavers council have its own bank account or a constitution"
    reply = await _say("ask_participation_forum", text, "north northants")
    assert "does not have its own bank account" in reply
    assert "does not have its own constitution" in reply


async def test_same_degree_mentor_keeps_if_possible() -> None:
    text = "im doing nursing at uni, can the trust link me with a mentor who did the same degree"
    reply = await _say("ask_mentoring", text, "the trust")
    assert "mentor who has the same degree" in reply
    assert "If possible" in reply


# --- email as the form a thing comes in, and the sentence the asking clause names ----------------------------

async def test_paper_not_email_is_the_health_summary_not_a_contact() -> None:
    text = "my nurse said i get a health summary, can i have it on paper not email"
    reply = await _say("ask_health_history", text)
    assert "Who to ring" not in reply
    assert "paper version" in reply
    assert "Which council looked after you?" in reply


async def test_paper_not_email_for_one_council_is_the_whole_entry() -> None:
    text = "my nurse said i get a health summary, can i have it on paper not email, northampton"
    reply = await _say("ask_health_history", text, "northampton")
    assert "paper version if you wish" in reply


def test_equal_overlap_goes_to_the_sentence_the_asking_clause_names() -> None:
    from offers.relevance import best_sentence

    text = "Your nurse shares a copy with you. This is usually an electronic copy, but it can be a paper version."
    asked, score = best_sentence(text, "my nurse said i get one, can i have it on paper")
    assert asked.startswith("This is usually")
    assert score == 1
    # No clause asks: the first of equals, as before.
    asked, _ = best_sentence(text, "my nurse said i get one on paper")
    assert asked.startswith("Your nurse")


# --- words for a fact the classifier could not place ---------------------------------------------------------

async def test_kinds_of_places_apart_from_a_council_flat_are_the_housing_options() -> None:
    text = "apart from a council flat what kind of places can my pa help me look at, northampton"
    reply = await _say("nlu_fallback", text, "northampton", action=ActionFallbackAnswer())
    assert "finding somewhere to live" in reply
    assert "supported lodgings" in reply
    assert "training flat" in reply


async def test_a_course_passed_is_an_achievement() -> None:
    text = "im 22 and just passed my course, will derby still give me something for it"
    reply = await _say("nlu_fallback", text, "derby", action=ActionFallbackAnswer())
    assert "rewards for achievements" in reply
    assert "From 21 to 25, incentives are limited." in reply


async def test_not_in_college_or_working_and_still_help_is_support_to_25() -> None:
    text = "can i still get help from leaving care if im not in college or working"
    reply = await _say("nlu_fallback", text, action=ActionFallbackAnswer())
    assert "Which council looked after you?" in reply
    reply = await _say("inform_authority", "derby", "derby", action=ActionSetAuthority(),
                       pending_topic="support_after_21")
    assert "up to the age of 25, whether you are in education or training or not" in reply


async def test_not_in_college_beside_another_fact_is_that_fact() -> None:
    text = "im not in college or working, can i still get help with council tax in derby"
    reply = await _say("nlu_fallback", text, "derby", action=ActionFallbackAnswer())
    assert "council tax" in reply.lower()
    assert "support from 21 to 25" not in reply.lower()


async def test_businesses_that_arent_the_council_are_the_covenant() -> None:
    text = "how do businesses that arent the council say what they offer care leavers"
    reply = await _say("nlu_fallback", text, action=ActionFallbackAnswer())
    assert "Care Leaver Covenant" in reply


# --- which group am I now, asked beside how long support lasts -----------------------------------------------

async def test_what_am_i_now_beside_how_long_is_the_groups_too() -> None:
    from actions.overview import ActionOverview
    from tests.actions.helpers import user

    tracker = create_tracker("ask_overview", "what am i now and how long do i get support",
                             slots={"authority": "derby_city"})
    tracker.events.insert(0, user("im 19 and my pa in derby said i was relevant", "ask_eligibility"))
    dispatcher, _ = await run(ActionOverview(), tracker)
    reply = said(dispatcher)
    assert "up to the age of 25" in reply
    assert "Former relevant: you are over 18 and were eligible or relevant before. You are supported up to 25." in reply
    # The first fact's "how long" does not lead the groups with their 13 weeks.
    groups = reply[reply.index("offers who can get this support"):]
    assert groups.index("The Leaving Care Act puts care leavers into four groups") < groups.index("13 weeks")


def test_a_second_fact_is_answered_on_its_own_clause_only_when_that_clause_asks() -> None:
    from actions.answering import own_clause
    from actions.facts import Choice
    from offers.ranking import Ranked

    ranked = (Ranked("support_after_21", 1.7, 0.0, 1.0, 1.0, "how long do i get support"),
              Ranked("eligibility", 1.4, 0.0, 1.0, 0.6, "what am i now"))
    choice = Choice("support_after_21", (), ranked, "eligibility")
    assert own_clause("what am i now and how long do i get support", choice, "eligibility") == "what am i now"
    ranked = (Ranked("home_starter_pack", 1.7, 0.0, 1.0, 1.0, "home starter pack"),
              Ranked("contents_insurance", 1.4, 0.0, 1.0, 0.6, "contents insurance"))
    choice = Choice("home_starter_pack", (), ranked, "contents_insurance")
    text = "how much is the home starter pack and contents insurance worth"
    assert own_clause(text, choice, "contents_insurance") == text


def test_what_am_i_now_entitled_to_is_not_which_group() -> None:
    from actions.facts import choose

    assert choose(create_tracker("ask_overview", "ok so what am i now")).topic == "eligibility"
    for text in ("what am i now entitled to", "what am i now allowed to get"):
        assert choose(create_tracker("ask_overview", text)).topic != "eligibility"
