"""Branch answers-28 (answer round 26 and dev set H, read after their runs): each kind fixed in
the general mechanism, asserted on the real reply.

- "what id do derby leaving care sort for you": "id" after "what" and before "do" with
  someone who does it is the document, not "I'd";
- a clause that opens by telling what the user has or is starting ("got an apprenticeship
  ...", "starting a plumbing apprenticeship and ...") is their situation, not the fact asked,
  when the rest of the message names another fact;
- coming back to leaving care ("lost touch with my PA ..., can i get back in with leaving
  care") is support from 21 to 25, whose way in is re-referring yourself;
- a council given after a question about information in another language answers it again
  for that council (the service and what the council's offer says about it);
- "what about north" after an answer for West Northants is North Northamptonshire;
- a question asked of the Trust beside a name covering two councils is answered from the
  one entry both use, not "which council?";
- the Local Offer's areas in the source's words ("participation in society");
- the Care Leaver Covenant: the one sentence the guide gives, what it does not say, and who
  to ask (a national fact no council has a line on is answered for everyone).
"""
from __future__ import annotations

import pytest

from actions.answering import ActionAnswerOffer
from actions.authority import from_latest_message
from actions.facts import choose
from actions.fallback import ActionFallbackAnswer
from actions.set_authority import ActionSetAuthority
from offers.ranking import _I_WOULD
from tests.actions.helpers import create_tracker, places, run, said, user


# --- "what id": the document, not "I'd" ---------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("what id do derby leaving care sort for you", True),
    ("what id do i need for a bank account", True),
    ("which id does the council pay for", True),
    ("what id do if i were you", False),
    ("id do anything for a flat", False),
])
def test_id_after_what_is_the_document(text: str, kept: bool) -> None:
    assert (" id " in f" {_I_WOULD.sub('i would', text)} ") is kept


async def test_what_id_derby_sorts_is_passport_birth_certificate_and_ni() -> None:
    text = "what id do derby leaving care sort for you"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("nlu_fallback", text,
                                                                  entities=places(text, "derby")))
    reply = said(dispatcher).lower()
    assert "passport" in reply and "birth certificate" in reply and "national insurance" in reply


# --- what the user has or is starting is the situation, not the question -------------------------

def test_support_once_in_the_apprenticeship_is_help_keeping_a_job() -> None:
    text = "got an apprenticeship thru the local offer in corby but im strugglin, is there any support once ur actually in the job"
    assert choose(create_tracker("nlu_fallback", text)).topic == "employment_support"


async def test_the_three_way_support_in_north() -> None:
    text = "got an apprenticeship thru the local offer in corby but im strugglin, is there any support once ur actually in the job"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_apprenticeships", text,
                                                                  entities=places(text, "corby")))
    assert "three-way supervision" in said(dispatcher)


def test_tools_for_an_apprenticeship_being_started_are_the_tools() -> None:
    text = "starting a plumbing apprenticeship and i need my own tools which i cant afford, can the trust help"
    assert choose(create_tracker("nlu_fallback", text)).topic == "education_costs"


@pytest.mark.parametrize("text, topic", [
    # Nothing else named: the apprenticeship is what is asked.
    ("im starting an apprenticeship, how much will i get paid", "apprenticeships"),
    ("got an apprenticeship, is there any support", "apprenticeships"),
])
def test_the_situation_alone_is_still_the_question(text: str, topic: str) -> None:
    assert choose(create_tracker("nlu_fallback", text)).topic == topic


# --- coming back to leaving care ------------------------------------------------------------------

async def test_getting_back_in_with_leaving_care_at_22_is_re_referring() -> None:
    text = "lost touch with my PA in derby ages ago, im 22, can i get back in with leaving care"
    assert choose(create_tracker("nlu_fallback", text)).topic == "support_after_21"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_personal_adviser", text,
                                                                  entities=places(text, "derby")))
    assert "re-refer yourself" in said(dispatcher)


# --- a council given after a question about another language ------------------------------------

async def test_a_council_after_a_language_question_answers_it_for_that_council() -> None:
    first = "my english is not good, is there information about leaving care in pashto or arabic"
    text = "i am in northampton"
    tracker = create_tracker("inform_authority", text, entities=places(text, "northampton"))
    tracker.events.insert(0, user(first, "nlu_fallback"))
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "Become" in reply and "Pashto" in reply


# --- "what about north" ---------------------------------------------------------------------------

async def test_what_about_north_is_north_northamptonshire() -> None:
    text = "oh ok and what about north, is that one big"
    tracker = create_tracker("nlu_fallback", text, slots={"authority": "west_northamptonshire",
                                                          "last_topic": "care_leavers_council"})
    assert [a.key for a in (await from_latest_message(tracker)).candidates] == ["north_northamptonshire"]
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "3 members in the North" in said(dispatcher)


@pytest.mark.parametrize("text", ["what about the north of england", "i live up north", "north west"])
def test_north_elsewhere_is_no_council(text: str) -> None:
    from actions.authority import half_named

    assert half_named(text) == []


# --- one entry both councils use ------------------------------------------------------------------

async def test_the_trusts_prison_money_needs_no_council_question() -> None:
    text = "my mate is in prison and theres no work scheme there, how much does the trust give him a week"
    dispatcher, _ = await run(ActionSetAuthority(), create_tracker("inform_authority", text,
                                                                   entities=places(text, "the trust")))
    reply = said(dispatcher)
    assert "doesn't say how much" in reply and "Which one looked after you" not in reply


# --- the Local Offer's areas and the Care Leaver Covenant -----------------------------------------

async def test_the_local_offers_areas_in_the_sources_words() -> None:
    text = "what stuff does a local offer have to cover"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_local_offer", text))
    reply = said(dispatcher)
    assert "relationships" in reply and "participation in society" in reply and "employment" in reply


@pytest.mark.parametrize("text", [
    "whats the care leaver covenant, my mate mentioned it",
    "do businesses and other organisations have offers for care leavers too, not just the council",
])
async def test_the_covenant_says_what_is_known_and_who_to_ask(text: str) -> None:
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker("nlu_fallback", text))
    reply = said(dispatcher)
    assert "Organisations other than the council will be encouraged to use the Care Leaver Covenant" in reply
    assert "It does not say who has signed up" in reply and "Ask your PA" in reply
