"""Branch answers-50: dev round 37's failures, by kind, asserted on the real replies (real
offer store).

- two facts asked of a name covering both Northamptonshire councils ("the trust"): the first
  fact comes from the entry both councils share, and so does the second, where there is one
  ("how much is the home starter pack and contents insurance worth from the trust": the
  moving-in packs, whose amount the Trust does not publish, as well as the insurance).
"""
from __future__ import annotations

from actions.answering import ActionAnswerOffer
from tests.actions.helpers import create_tracker, places, run, said


async def _say(intent: str, text: str, *place: str) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    return said(dispatcher)


async def test_second_fact_asked_of_the_trust_is_answered_from_its_shared_entry() -> None:
    reply = await _say("ask_setting_up_home",
                       "how much is the home starter pack and contents insurance worth from the trust, like in pounds",
                       "the trust")
    assert "contents insurance" in reply
    assert "moving-in packs" in reply
    assert "doesn't say how much" in reply
    assert "£" not in reply


async def test_one_fact_of_the_trust_is_still_one_answer() -> None:
    reply = await _say("ask_setting_up_home", "is there contents insurance from the trust", "the trust")
    assert "contents insurance" in reply
    assert "moving-in packs" not in reply


async def test_two_facts_with_no_council_still_ask_which() -> None:
    reply = await _say("ask_setting_up_home", "how much is the home starter pack and contents insurance worth")
    assert "Which council looked after you?" in reply
    assert "moving-in packs" not in reply
