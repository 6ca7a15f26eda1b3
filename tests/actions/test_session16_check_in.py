"""Session 16 (issue 15): the answer beside a check-in when the only risk word is a fear
about the thing asked ("scared ill mess it up", "scared wat it says")."""
from __future__ import annotations

import pytest

from actions.fallback import ActionCheckInAnswer, only_worried_about_the_question
from tests.actions.helpers import create_tracker, places, responses, run, said

BROAD_FEAR = {"level": "none", "category": "none", "reason": "no rule matched", "distress": "not_safe",
              "distress_sharp": False}


# --- the answer beside a check-in when the fear is about the thing asked --------------------------


@pytest.mark.parametrize(("text", "about_it"), [
    ("before i get my own place can i like try it out first?? scared ill mess it up lol. thrapston", True),
    ("i want to read my care files but im scared wat it says. do i have to go thru the complaints dept", True),
    ("im scared to live on my own, is there a practice flat", True),
    # Controls: a fear of a person, or another risk word beside the fear.
    ("im scared he will find me, can i get a new flat", False),
    ("scared ill mess it up and hurt myself", False),
    ("im scared, can i get a practice flat", False),
])
def test_a_fear_about_the_thing_asked(text: str, about_it: bool) -> None:
    assert only_worried_about_the_question(text) is about_it


async def test_a_fear_of_messing_up_a_flat_gets_the_answer_beside_the_check_in() -> None:
    text = "before i get my own place can i like try it out first?? scared ill mess it up lol. thrapston"
    tracker = create_tracker("check_in", text, crisis=BROAD_FEAR, entities=places(text, "thrapston"))
    dispatcher, _ = await run(ActionCheckInAnswer(), tracker)
    assert responses(dispatcher)[0] == "utter_check_in_then_answer"
    assert "taster" in said(dispatcher).lower() or "training flat" in said(dispatcher).lower()


async def test_reading_a_care_file_gets_the_answer_beside_the_check_in() -> None:
    text = "i want to read my care files but im scared wat it says. do i have to go thru the complaints dept?? wellingborough"
    tracker = create_tracker("check_in", text, crisis=BROAD_FEAR, entities=places(text, "wellingborough"))
    dispatcher, _ = await run(ActionCheckInAnswer(), tracker)
    assert "Service Six" in said(dispatcher)


@pytest.mark.parametrize("crisis", [
    BROAD_FEAR | {"distress_sharp": True},   # a sharp signal
    BROAD_FEAR | {"distress": "cant_go_on"},  # another phrase list
])
async def test_other_signals_still_hold_the_answer_back(crisis: dict) -> None:
    text = "i want to read my care files but im scared wat it says. do i have to go thru the complaints dept?? wellingborough"
    tracker = create_tracker("check_in", text, crisis=crisis, entities=places(text, "wellingborough"))
    dispatcher, slots = await run(ActionCheckInAnswer(), tracker)
    assert dispatcher.messages == [] and slots == {}
