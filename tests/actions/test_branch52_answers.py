"""Branch answers-52: dev set T's failures, by kind, asserted on the real replies (real offer
store).

- a fact the source states beside the one the store kept: North's children in care and care
  leavers council has neither its own bank account nor its own constitution (the offer entry
  says both), so "does it have its own bank account or a constitution" is answered for both;
- the source's qualifier kept: the Trust links you to a mentor with the same degree "if
  possible" (the booklet's words), not "if they can".
"""
from __future__ import annotations

from actions.answering import ActionAnswerOffer
from tests.actions.helpers import create_tracker, places, run, said


async def _say(intent: str, text: str, *place: str) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
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
