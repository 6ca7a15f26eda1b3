"""Branch answers-31 (set K, read after its first run, and what was left of round 28 and the
branch30 paraphrases): each kind fixed in the general mechanism, asserted on the real reply.

- somewhere to live asked beside a need (a learning disability, extra support): the need
  says who asks, and the housing for that need (supported accommodation and Shared Lives)
  leads, not the extra-support entry;
- "written into law" asks for the law, like "in law";
- "first tenancy" beside the setting up home grant names the starter pack too (the companion
  now goes both ways);
- work-specific clothing in young people's words (boots, hi vis) is the commencing work
  allowance; "passing my exams" is the rewards for achievements.
"""
from __future__ import annotations

import pytest

from actions.answering import ActionAnswerOffer
from actions.formatting import LAW_ASKED
from offers import vocabulary
from offers.textnorm import fold
from tests.actions.helpers import create_tracker, places, run, said


async def _reply(text: str, *names: str, intent: str = "nlu_fallback") -> str:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        intent, text, entities=places(text, *names) if names else None))
    return said(dispatcher)


# --- housing for a need ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("i have a learning disability what kind of places could i live in when i leave care nn3", "nn3"),
    ("ive got a learning disability and im leaving care in towcester, is there a carer i could live with",
     "towcester"),
    ("im disabled and leaving care in towcester, where could i live", "towcester"),
])
async def test_housing_for_a_need_is_shared_lives(text: str, place: str) -> None:
    reply = await _reply(text, place)
    assert "Shared Lives" in reply
    assert "extra support when you need it" not in reply


async def test_extra_support_alone_is_still_extra_support() -> None:
    reply = await _reply("i have a learning disability, can i get extra support in towcester", "towcester")
    assert "Shared Lives" not in reply and "extra support" in reply.lower()


# --- "into law" ------------------------------------------------------------------------------------

def test_written_into_law_asks_for_the_law() -> None:
    assert LAW_ASKED.search(fold("is the 2k uni bursary written into law"))
    assert not LAW_ASKED.search(fold("can i get into uni"))


async def test_bursary_written_into_law_names_the_regulations() -> None:
    reply = await _reply("is the 2k uni bursary written into law or is it just something councils choose to do")
    assert "Regulations 2009" in reply


# --- first tenancy with the grant ranked first -----------------------------------------------------

def test_grant_first_tenancy_adds_the_pack() -> None:
    assert vocabulary.companion("setting_up_home_allowance", "set up",
                                "getting my first tenancy in derby soon, what help do i get to set up") \
        == "home_starter_pack"
    assert vocabulary.companion("setting_up_home_allowance", "set up", "how much to set up my flat") is None


@pytest.mark.parametrize("text", [
    "getting my first tenancy in derby soon, what help do i get to set up",
    "derby care leaver here, first tenancy next month, what will they give me to set up the place",
])
async def test_derby_grant_and_pack(text: str) -> None:
    reply = await _reply(text, "derby")
    assert "starter pack" in reply.lower() and "Setting up Home Grant" in reply


# --- work clothes and exams in young people's words ------------------------------------------------

async def test_boots_and_hi_vis_are_the_commencing_work_allowance() -> None:
    reply = await _reply("just got a job in brackley need boots n hi vis for work can i get money", "brackley")
    assert "one-off" in reply and "starting work allowance" in reply


async def test_passing_exams_is_the_rewards() -> None:
    reply = await _reply("do i get anything for passing my exams derby im 17", "derby")
    assert "incentive" in reply.lower() or "reward" in reply.lower()
