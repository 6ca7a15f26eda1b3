"""Branch answers-49: dev set S's failures, by kind, asserted on the real replies (real offer
store).

- the half of Northamptonshire named beside a name covering both: "northamptonshire
  childrens trust, west" (asked which council) is West Northamptonshire, not the question
  again; "northants, west midlands" and "i moved west, northants" are not;
- a part of a wider allowance named in the user's words: "got no pots or pans or nothing,
  can i get money for that stuff" is North's cooking equipment, not the whole setting-up-home
  allowance;
- organisations other than the council: "do businesses and other organisations have to offer
  anything to care leavers" is the Care Leaver Covenant, not work experience or mentoring;
- information in a language, or about leaving care, is not a question about this chat:
  "is there leaving care information in my language" gets the Become fact sheets, not the
  privacy notice.
"""
from __future__ import annotations

from typing import Any

from actions.authority import from_latest_message
from actions.facts import choose
from actions.privacy import ActionPrivacyNotice, asks_about_privacy
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, earlier_user_message, places, run, said


async def _say(action: object, intent: str, text: str, *place: str, **slots: Any) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place), slots=slots or None)
    dispatcher, _ = await run(action, tracker)
    return said(dispatcher)


async def _councils(text: str, *place: str) -> list[str]:
    resolution = await from_latest_message(create_tracker("inform_authority", text, entities=places(text, *place)))
    return [a.key for a in resolution.candidates]


# --- the half of Northamptonshire named beside a name covering both ------------------------------------------

async def test_the_trust_with_west_beside_it_is_west_northamptonshire() -> None:
    assert await _councils("northamptonshire childrens trust, west",
                           "northamptonshire childrens trust") == ["west_northamptonshire"]
    assert await _councils("the trust, north") == ["north_northamptonshire"]
    assert await _councils("northants west", "northants") == ["west_northamptonshire"]


async def test_west_that_is_not_the_half_leaves_both() -> None:
    both = ["north_northamptonshire", "west_northamptonshire"]
    assert sorted(await _councils("northants", "northants")) == both
    assert sorted(await _councils("i moved west, northants", "northants")) == both
    assert sorted(await _councils("northants, west midlands", "northants")) == both


async def test_the_trust_and_west_after_which_council_answers_for_west() -> None:
    first = "its christmas day and my heating has broke and i got no money, who do i call"
    text = "northamptonshire childrens trust, west"
    tracker = earlier_user_message(
        create_tracker("inform_authority", text, entities=places(text, "northamptonshire childrens trust")),
        "ask_festival_payment", first)
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "Northamptonshire is now two councils" not in reply
    assert "01604 626938" in reply


# --- a part of a wider allowance, in the user's words --------------------------------------------------------

def test_pots_or_pans_is_the_cooking_equipment() -> None:
    text = "got no pots or pans or nothing, can i get money for that stuff"
    assert choose(create_tracker("ask_setting_up_home_allowance", text)).topic == "cooking_equipment"


async def test_pots_or_pans_in_north_says_the_council_pays_towards_cooking_equipment() -> None:
    reply = await _say(ActionSetAuthority(), "inform_authority", "rothwell, north northants", "north northants",
                       last_topic="cooking_equipment")
    assert "cooking equipment" in reply.lower()


# --- organisations other than the council ----------------------------------------------------------------------

def test_businesses_and_other_organisations_are_the_covenant() -> None:
    text = "do businesses and other organisations have to offer anything to care leavers"
    choice = choose(create_tracker("ask_work_experience", text))
    assert choice.topic == "care_leaver_covenant" and not choice.alternatives


def test_a_job_with_one_of_the_businesses_on_the_local_offer_is_not_the_covenant() -> None:
    text = "im starting a job with one of the businesses on the local offer in corby, will i still get support"
    assert choose(create_tracker("ask_employment_support", text)).topic != "care_leaver_covenant"


def test_work_experience_with_local_businesses_is_still_work_experience() -> None:
    text = "do local businesses give work experience"
    assert choose(create_tracker("ask_work_experience", text)).topic == "work_experience"


# --- information in a language is not a privacy question ------------------------------------------------------

def test_information_in_a_language_or_about_leaving_care_is_not_privacy() -> None:
    assert not asks_about_privacy("is there leaving care information in my language")
    assert not asks_about_privacy("can i get info in another language")
    assert asks_about_privacy("is my information shared with anyone")
    assert asks_about_privacy("what info do you keep about me")


async def test_leaving_care_information_in_my_language_is_the_become_fact_sheets() -> None:
    text = ("my english is not good, i speak tigrinya. is there leaving care information in my language? "
            "northampton")
    reply = await _say(ActionPrivacyNotice(), "ask_privacy", text, "northampton")
    assert "Become" in reply and "Tigrinya" in reply
    assert "I keep your messages" not in reply
