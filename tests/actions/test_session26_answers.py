"""Session 26 (answer dev set G, round 24's leftovers): answer each question actually asked.

The kinds fixed in the general mechanism: a national question asked as "the government's"
(the possessive folds to "governments") is answered for England; "which council tells you how
much" is a comparison, and "like north west or derby" after it sets the fact out for the
councils listed; in a comparison, "who sees you more" is the PA's visits (the sentence each
council's line leads with); examples listed one word each ("like bursary books laptop etc")
are each a question; a fact named in a pair of its own words ("social worker ... stop when") is
not a second question in those words; a fact asked in words of its own ("what sort of places
can i live", "what has to be in the local offer"); a body reached one way rather than another
("text mind instead of ringing"); "the trust" alone is the Children's Trust (North and West);
the eligibility check ended by an answer to the fact the message named says nothing more; and
three facts the sources have that the store lacked (Derby's first pathway plan meeting, North's
business mentor, and where Derby lists its amounts: its Leaving Care Financial Entitlements on
www.derby.gov.uk)."""
from __future__ import annotations

import pytest

from actions.answering import NATIONAL, ActionAnswerOffer, ActionContact
from actions.fallback import ActionFallbackAnswer
from actions.eligibility import ActionEligibilityResult
from actions.facts import _items, choose
from actions.set_authority import ActionSetAuthority
from offers.textnorm import fold
from tests.actions.helpers import create_tracker, places, run, said


def asked(text: str, intent: str = "nlu_fallback") -> set[str]:
    choice = choose(create_tracker(intent, text))
    return {t for t in (choice.topic, choice.also, *choice.more) if t}


# --- national scope ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "whats the government's recommended amount for the setting up home allowance now",
    "what does the govt say councils should give for setting up home",
    "whats the department for education minimum for setting up home",
])
def test_the_governments_word_asks_nationally(text: str) -> None:
    assert NATIONAL.search(fold(text))


async def test_the_governments_recommended_amount_is_the_national_one() -> None:
    text = "whats the government's recommended amount for the setting up home allowance now"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_setting_up_home_allowance", text))
    reply = said(dispatcher)
    assert "£3,000" in reply and "2023" in reply and "Which council" not in reply


# --- comparisons --------------------------------------------------------------------------------

async def test_which_council_tells_you_how_much_is_each_councils_line() -> None:
    text = "which council tells you how much birthday money you get"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_birthday_payment", text))
    reply = said(dispatcher)
    assert "£50" in reply and "Derby" in reply and "Which council looked after you" not in reply


@pytest.mark.parametrize("text, entities", [
    ("like north west or derby", ["derby"]),
    ("derby or west northants", ["derby", "west northants"]),
])
async def test_councils_listed_after_an_answer_set_it_out_for_them(text: str, entities: list[str]) -> None:
    dispatcher, _ = await run(ActionSetAuthority(), create_tracker(
        "inform_authority", text, slots={"last_topic": "birthday_payment"}, entities=places(text, *entities)))
    reply = said(dispatcher)
    assert "What each council says about birthday money" in reply and "West Northamptonshire" in reply


async def test_what_about_a_council_is_still_that_councils_answer() -> None:
    text = "ok and what about west northants"
    dispatcher, _ = await run(ActionSetAuthority(), create_tracker(
        "inform_authority", text, slots={"last_topic": "birthday_payment"}, entities=places(text, "west northants")))
    assert "What each council says" not in said(dispatcher)


async def test_who_sees_you_more_leads_with_each_councils_visits() -> None:
    text = "who sees you more, a PA from the northants trust or one from derby"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_personal_adviser", text, entities=places(text, "northants", "derby")))
    reply = said(dispatcher)
    assert "every 8 weeks" in reply and "every 2 months" in reply


def test_examples_listed_one_word_each_are_items() -> None:
    assert _items("like bursary books laptop etc").count("qqq") == 2
    assert "qqq" not in _items("i would like bursary money")   # no "etc": not a list


async def test_each_example_listed_is_compared() -> None:
    text = "who gives more help for uni, the northants trust or derby? like bursary books laptop etc"
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker(
        "nlu_fallback", text, entities=places(text, "northants", "derby")))
    reply = said(dispatcher)
    assert "£2,000" in reply and "£350" in reply and "£300" in reply


# --- the fact asked, in its own words ----------------------------------------------------------

def test_a_pair_of_a_facts_words_is_not_a_second_question() -> None:
    assert asked("does my social worker just stop when i turn 18? northampton") == {"personal_adviser"}


async def test_the_social_worker_stopping_at_18_is_the_pa_taking_over() -> None:
    text = "does my social worker just stop when i turn 18? northampton"
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker("nlu_fallback", text,
                                                                     entities=places(text, "northampton")))
    reply = said(dispatcher)
    assert "main worker at 18" in reply and "support from 21 to 25" not in reply


@pytest.mark.parametrize("text, topic", [
    ("what sort of places can i live when i leave care in derby", "housing_options"),
    ("where can i live after care, im in corby", "housing_options"),
    ("ive heard theres a new law that changes what has to be in the local offer, whats new", "local_offer"),
])
def test_a_fact_asked_in_words_of_its_own(text: str, topic: str) -> None:
    assert choose(create_tracker("nlu_fallback", text)).topic == topic


async def test_what_sort_of_places_is_the_options() -> None:
    text = "what sort of places can i live when i leave care in derby"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_driving", text, entities=places(text, "derby")))
    reply = said(dispatcher)
    assert "semi-independently" in reply and "Shared Lives" in reply


async def test_a_body_reached_one_way_rather_than_another_is_named() -> None:
    text = "can i text mind instead of ringing, whats the number? NN2"
    dispatcher, _ = await run(ActionContact(), create_tracker("ask_contact", text))
    assert "86463" in said(dispatcher)


async def test_never_mind_is_still_no_name() -> None:
    text = "i dont mind texting, whats the leaving care number in corby"
    dispatcher, _ = await run(ActionContact(), create_tracker("ask_contact", text, entities=places(text, "corby")))
    assert "86463" not in said(dispatcher) and "626938" in said(dispatcher)


# --- the eligibility check ended by an answer --------------------------------------------------

async def test_a_check_ended_by_an_answer_says_nothing_more() -> None:
    tracker = create_tracker("ask_eligibility", "ive heard theres a new law, whats new in the local offer")
    tracker.events.append({"event": "slot", "name": "last_topic", "value": "local_offer"})
    dispatcher, _ = await run(ActionEligibilityResult(), tracker)
    assert dispatcher.messages == []


async def test_a_check_with_no_answer_is_still_unsure() -> None:
    dispatcher, _ = await run(ActionEligibilityResult(), create_tracker("dont_know", "no idea"))
    assert [m.get("response") for m in dispatcher.messages] == ["utter_eligibility_unsure"]


# --- facts the store lacked ---------------------------------------------------------------------

async def test_derbys_first_pathway_plan_meeting() -> None:
    text = "when is my first pathway plan meeting in derby, do i get a separate meeting for it"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_pathway_plan", text,
                                                                  entities=places(text, "derby")))
    assert "Looked After Review" in said(dispatcher)


async def test_norths_business_mentor() -> None:
    text = "can i get mentored by one of the top bosses at north northamptonshire council"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_mentoring", text, entities=places(text, "north northamptonshire council")))
    reply = said(dispatcher)
    assert "business mentor" in reply and "senior leadership" in reply


@pytest.mark.parametrize("text", [
    "where can i see the full list of money derby gives care leavers",
    "is there a list of all the money derby care leavers can get",
    "wheres derbys financial entitlements, i want the amounts",
])
async def test_derbys_list_of_money_is_its_financial_entitlements(text: str) -> None:
    from actions.overview import ActionOverview

    dispatcher, _ = await run(ActionOverview(), create_tracker("ask_overview", text, entities=places(text, "derby")))
    reply = said(dispatcher)
    assert "Financial Entitlements" in reply and "www.derby.gov.uk" in reply and "Which area" not in reply


async def test_the_whole_offer_is_still_its_areas() -> None:
    from actions.overview import ActionOverview

    text = "what can i get from derby leaving care"
    dispatcher, _ = await run(ActionOverview(), create_tracker("ask_overview", text, entities=places(text, "derby")))
    assert "Which area" in said(dispatcher)


# --- the Trust by its last word ----------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("any ideas through the trust", True),
    ("does the trust pay for driving lessons", True),
    ("is there a trust fund for uni", False),
    ("how long is the princes trust course", False),
    ("i dont trust the council", False),
])
def test_the_trust_by_its_last_word(text: str, found: bool) -> None:
    from actions.authority import trust_mentions

    assert bool(trust_mentions(text)) is found


async def test_a_fact_through_the_trust_is_the_trusts_entry() -> None:
    text = "i want to do some volunteering to get experience, any ideas through the trust"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_work_experience", text))
    reply = said(dispatcher)
    assert "St Vincent de Paul" in reply and "Which council looked after you" not in reply


@pytest.mark.parametrize("text", [
    "do derby give you some kind of booklet that says what youre entitled to",
    "when do derby give you the entitlements booklet",
])
async def test_derbys_entitlements_booklet_is_given_at_16(text: str) -> None:
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker("nlu_fallback", text, entities=places(text, "derby")))
    assert "Entitlements booklet when you reach 16" in said(dispatcher)
