"""Branch answers-30 (answer round 28, read after its run): each kind fixed in the general
mechanism, asserted on the real reply.

- the law behind a national fact named as its source names it, regulations included ("is
  the uni bursary an actual legal thing": the Children Act 1989 (Higher Education Bursary)
  (England) Regulations 2009, not only the Act);
- "how long are you allowed to stay" asks a length of time like "how long can i stay": an
  entry that gives none says so;
- a fact whose message also names a related fact in its own words ("first tenancy ... to
  help set up"): both are answered (the starter pack and the setting up home grant).
"""
from __future__ import annotations

import pytest

from actions.answering import ActionAnswerOffer
from offers import vocabulary
from actions.facts import choose
from tests.actions.helpers import create_tracker, places, run, said, user


async def _reply(text: str, *names: str, intent: str = "nlu_fallback") -> str:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        intent, text, entities=places(text, *names) if names else None))
    return said(dispatcher)


# --- the law: regulations as the source names them ----------------------------------------------

@pytest.mark.parametrize("text", [
    "is the uni bursary an actual legal thing or can a council just decide not to give it",
    "is the university bursary set by law",
])
async def test_bursary_law_is_the_regulations(text: str) -> None:
    reply = await _reply(text)
    assert "Regulations 2009" in reply and "£2,000" in reply


# --- how long, asked as "allowed to" --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "how long are you allowed to stay in one of the taster flats in north northants",
    "how long am i allowed to stay in the taster flat in north northants",
])
async def test_how_long_allowed_to_stay_says_not_published(text: str) -> None:
    reply = await _reply(text, "north northants")
    assert "taster flat" in reply.lower()
    assert "doesn't say how long" in reply


# --- two facts named in the user's own words ------------------------------------------------------

def test_first_tenancy_and_set_up_name_both() -> None:
    assert vocabulary.companion("home_starter_pack", "first tenancy",
                                "moving into my first tenancy, what do they give you to help set up") \
        == "setting_up_home_allowance"
    assert vocabulary.companion("home_starter_pack", "starter pack", "whats in the starter pack") is None


async def test_derby_first_tenancy_gives_pack_and_grant() -> None:
    reply = await _reply("moving into my first tenancy in derby, what do they give you to help set up", "derby")
    assert "starter pack" in reply.lower() and "Setting up Home Grant" in reply


# --- two people from two councils compared ---------------------------------------------------------

@pytest.mark.parametrize("second", [
    "who gets more help with council tax, me or her",
    "which of us gets more help with council tax",
])
async def test_people_compared_are_the_councils_named_before(second: str) -> None:
    first = "im 23 and a north northants care leaver, my mate is a derby care leaver"
    tracker = create_tracker("nlu_fallback", second, slots={"authority": "north_northamptonshire"})
    earlier = user(first, "nlu_fallback")
    earlier["parse_data"]["entities"] = places(first, "north northants", "derby")
    tracker.events.insert(0, earlier)
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    reply = said(dispatcher)
    assert "Derby" in reply and "North" in reply and "21" in reply and "25" in reply


# --- money towards college is the bursary -----------------------------------------------------------

def test_pays_towards_college_is_the_bursary() -> None:
    assert choose(create_tracker("nlu_fallback", "which pays more towards college, derby or west northants")).topic \
        == "fe_bursary"
    assert choose(create_tracker("nlu_fallback", "can they help me with college stuff")).topic == "education_support"


async def test_college_money_compared_gives_the_amounts() -> None:
    reply = await _reply("which pays more towards college, derby or west northants", "derby", "west northants")
    assert "1200" in reply.replace(",", "")
