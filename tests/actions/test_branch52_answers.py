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

