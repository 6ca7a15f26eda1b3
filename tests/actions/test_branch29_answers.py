"""Branch answers-29 (answer round 27 read after its run, set I's left-overs): each kind fixed
in the general mechanism, asserted on the real reply.

- a council corrected in a later turn with a question that points back ("im 20 and just got
  a flat, do i have to pay"; "so how much do i actually get then"): the last fact again, for
  the council that counts; what the user has got ("a flat") says who asks;
- "my council is north northants", "im actually a west northants care leaver", and a place
  that is only "where i go college" or "where my mum lives": the council that counts;
- words of a fact's own: practising living alone first is a taster or training flat; where
  to live with a learning disability is supported accommodation and Shared Lives; what else
  comes with a first home is the starter packs and the contents insurance;
- who is asked about ("my little brother is 16, does he get a PA sooner ..."): family is not
  the fact; "sooner"/"earlier" pick the sentence that says when a PA is given;
- a contact question beside the council, after a question that was waiting for it ("who do
  i phone" after "its christmas day and ive got nowhere to stay tonight"): who to ring, at
  the time told;
- a follow-up about a national answer ("what even is it and till what age can you do it"
  after Staying Put): the national answer again, when the law sets it;
- "how much do we each get" after a comparison: the last fact for both councils named;
- a time told alone after a contact question ("like if something goes wrong at the
  weekend"): that question again for that time.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from actions import contact
from actions.answering import ActionAnswerOffer
from actions.authority import from_latest_message
from actions.capabilities import ActionCapabilities
from actions.compare import utter_compare
from actions.facts import choose
from actions.fallback import ActionFallbackAnswer
from actions.set_authority import ActionSetAuthority, asks_something
from actions.store import LONDON
from rasa_sdk.executor import CollectingDispatcher
from tests.actions.helpers import create_tracker, frozen_clock, places, run, said, user


# --- a council corrected, with a question that points back ----------------------------------------

async def test_a_correction_with_a_flat_got_asks_the_council_tax_again() -> None:
    text = ("actually scratch that, i moved to wellingborough and was in care with north northants. "
            "im 20 and just got a flat, do i have to pay")
    tracker = create_tracker("inform_authority", text, entities=places(text, "wellingborough", "north northants"),
                             slots={"authority": "derby_city", "last_topic": "council_tax"})
    tracker.events.insert(0, user("do care leavers in derby have to pay council tax", "ask_council_tax"))
    dispatcher, slots = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "up to the age of 21" in reply and "finding somewhere to live" not in reply
    assert slots["authority"] == "north_northamptonshire"


async def test_so_how_much_do_i_actually_get_then_is_the_last_sum_again() -> None:
    text = "so how much do i actually get then"
    tracker = create_tracker("nlu_fallback", text, slots={"authority": "north_northamptonshire",
                                                          "last_topic": "setting_up_home_allowance"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    assert "£3,000" in said(dispatcher)


@pytest.mark.parametrize("text, names, council", [
    ("wait no sorry my council is north northants, i live in wellingborough, derby is just where i go college",
     ("north northants", "wellingborough", "derby"), "north_northamptonshire"),
    ("no sorry wrong one, im actually a west northants care leaver, derby is where my mum lives",
     ("west northants", "derby"), "west_northamptonshire"),
])
async def test_the_council_that_counts_in_a_correction(text: str, names: tuple[str, ...], council: str) -> None:
    tracker = create_tracker("inform_authority", text, entities=places(text, *names))
    assert [a.key for a in (await from_latest_message(tracker, use_whole_text=True)).candidates] == [council]
    assert not asks_something(text)


async def test_a_corrected_council_gets_the_festival_money_asked_before() -> None:
    text = "wait no sorry my council is north northants, i live in wellingborough, derby is just where i go college"
    tracker = create_tracker("inform_authority", text,
                             entities=places(text, "north northants", "wellingborough", "derby"),
                             slots={"authority": "derby_city", "last_topic": "festival_payment"})
    tracker.events.insert(0, user("derby care leaver here, do i get money for eid or is it only christmas",
                                  "ask_festival_payment"))
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "£50" in reply and "Eid" in reply and "college" not in reply.lower()


# --- words of a fact's own -----------------------------------------------------------------------

@pytest.mark.parametrize("intent, text, topic", [
    ("ask_independent_living_skills",
     "bit nervous about living alone tbh, is there any way to like practise first before getting my own place?",
     "training_flat"),
    ("nlu_fallback", "i have a learning disability and cant live on my own yet, what options are there for me after 18",
     "supported_accommodation"),
    ("ask_supported_accommodation", "i have a learning disability and i'm leaving care in daventry. my social worker "
     "says im not ready for my own flat. is there somewhere i can live with a carer as an adult",
     "supported_accommodation"),
    ("inform_authority", "what else do i get when i move into my first place apart from the setting up money?",
     "home_starter_pack"),
    # A disability beside money or support in general is not where to live.
    ("nlu_fallback", "im disabled, is there extra support for me", "extra_support"),
])
def test_the_fact_whose_words_these_are(intent: str, text: str, topic: str) -> None:
    assert choose(create_tracker(intent, text)).topic == topic


async def test_shared_lives_for_a_learning_disability_in_northampton() -> None:
    text = "i have a learning disability and cant live on my own yet, what options are there for me after 18, northampton"
    dispatcher, _ = await run(ActionFallbackAnswer(), create_tracker("nlu_fallback", text,
                                                                     entities=places(text, "northampton")))
    assert "Shared Lives" in said(dispatcher)


async def test_practising_first_in_north_is_the_taster_flat() -> None:
    text = "bit nervous about living alone tbh, is there any way to like practise first before getting my own place?"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_independent_living_skills", text,
                                                                  slots={"authority": "north_northamptonshire"}))
    assert "taster flat" in said(dispatcher).lower()


async def test_what_else_for_a_first_home_is_the_packs_and_the_insurance() -> None:
    text = "what else do i get when i move into my first place apart from the setting up money? im in brackley"
    dispatcher, _ = await run(ActionSetAuthority(), create_tracker("inform_authority", text,
                                                                   entities=places(text, "brackley")))
    reply = said(dispatcher).lower()
    assert "contents insurance" in reply and "health and safety pack" in reply


# --- who is asked about, and when a PA is given ---------------------------------------------------

@pytest.mark.parametrize("text, topic", [
    ("my little brother is 16, does he get a PA sooner in derby or in northamptonshire", "personal_adviser"),
    # Nothing else asked: the family is the question.
    ("my sister is in care, can she still see me", "family_contact"),
])
def test_the_person_asked_about_is_not_the_fact(text: str, topic: str) -> None:
    assert choose(create_tracker("nlu_fallback", text)).topic == topic


@pytest.mark.parametrize("question", ["do you get a PA earlier in derby or in northamptonshire",
                                      "my little brother is 16, does he get a PA sooner in derby or in northamptonshire"])
async def test_a_pa_sooner_compares_when_it_is_given(question: str) -> None:
    dispatcher = CollectingDispatcher()
    await utter_compare(dispatcher, "personal_adviser",
                        ["derby_city", "north_northamptonshire", "west_northamptonshire"], question)
    reply = said(dispatcher)
    assert "no later than 3 months after your 16th birthday" in reply and "16 and a half" in reply


# --- a contact question beside the council, after another question waited for it ---------------

async def test_who_do_i_phone_on_christmas_day_is_the_out_of_hours_line(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, contact, datetime(2026, 12, 6, 11, 0, tzinfo=LONDON))
    text = "i was in care with northamptonshire, im in brackley. who do i phone"
    tracker = create_tracker("inform_authority", text, entities=places(text, "northamptonshire", "brackley"),
                             slots={"pending_topic": "festival_payment"})
    tracker.events.insert(0, user("its christmas day and ive got nowhere to stay tonight", "urgent_safety"))
    dispatcher, slots = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "01604 626938" in reply and "Christmas and festival" not in reply
    assert slots["pending_topic"] is None


# --- a follow-up about a national answer ----------------------------------------------------------

async def test_what_is_it_and_till_what_age_after_staying_put_is_staying_put_again() -> None:
    tracker = create_tracker("ask_capabilities", "what even is it and till what age can you do it",
                             slots={"last_topic": "staying_put", "pending_topic": "staying_put"})
    dispatcher, _ = await run(ActionCapabilities(), tracker)
    reply = said(dispatcher)
    assert "foster carers until you are 21" in reply


async def test_a_follow_up_does_not_give_a_national_recommendation_as_the_councils_sum() -> None:
    tracker = create_tracker("ask_capabilities", "so how much do i actually get then",
                             slots={"last_topic": "setting_up_home_allowance",
                                    "pending_topic": "setting_up_home_allowance"})
    dispatcher, _ = await run(ActionCapabilities(), tracker)
    assert "£3,000" not in said(dispatcher)


# --- "how much do we each get" ----------------------------------------------------------------------

async def test_how_much_do_we_each_get_compares_both_councils() -> None:
    text = "im in northampton with the trust. is that right? how much do we each get"
    tracker = create_tracker("inform_authority", text, entities=places(text, "northampton"),
                             slots={"last_topic": "setting_up_home_allowance"})
    first = "my mate in corby says she got way more setting up home money than me"
    tracker.events.insert(0, {"event": "user", "text": first,
                              "parse_data": {"intent": {"name": "ask_compare", "confidence": 1.0}, "text": first,
                                             "entities": places(first, "corby")}})
    dispatcher, slots = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "£3,000" in reply and "£2,000" in reply and "Derby" not in reply
    assert slots["authority"] == "west_northamptonshire"


# --- a time told alone after a contact question ---------------------------------------------------

async def test_a_time_after_a_contact_question_asks_it_again_for_that_time() -> None:
    first = "which leaving care team has a number you can ring at night, derby or northampton"
    text = "like if something goes wrong at the weekend"
    tracker = create_tracker("ask_leisure", text)
    tracker.events.insert(0, {"event": "user", "text": first,
                              "parse_data": {"intent": {"name": "ask_contact", "confidence": 1.0}, "text": first,
                                             "entities": places(first, "derby", "northampton")}})
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    reply = said(dispatcher)
    assert "01604 626938" in reply and "clothes" not in reply


async def test_which_team_can_i_phone_at_night_is_a_contact_question_then_a_sunday() -> None:
    from actions.answering import is_contact_question

    first = "which team can i phone late at night, derby or northampton"
    assert is_contact_question(first)
    tracker = create_tracker("ask_capabilities", "what about on a sunday")
    tracker.events.insert(0, {"event": "user", "text": first,
                              "parse_data": {"intent": {"name": "nlu_fallback", "confidence": 1.0}, "text": first,
                                             "entities": places(first, "derby", "northampton")}})
    dispatcher, _ = await run(ActionCapabilities(), tracker)
    assert "01604 626938" in said(dispatcher)


async def test_until_what_age_can_i_do_it_unplaced_is_the_last_answer_again() -> None:
    tracker = create_tracker("nlu_fallback", "ok and until what age can i do it",
                             slots={"last_topic": "staying_put", "pending_topic": "staying_put"})
    dispatcher, _ = await run(ActionFallbackAnswer(), tracker)
    reply = said(dispatcher)
    assert "foster carers until you are 21" in reply and "21 to 25" not in reply


# --- a postcode district read as "dont know" --------------------------------------------------------

@pytest.mark.parametrize("text, council", [("DE23", "derby_city"), ("no idea", None), ("dunno maybe DE23", None)])
async def test_a_postcode_read_as_not_knowing_names_the_council(text: str, council: str | None) -> None:
    from actions.set_authority import ActionNotSureWhichCouncil

    tracker = create_tracker("dont_know", text, slots={"pending_topic": "contact"})
    tracker.events.insert(0, user("whats the number for leaving care", "ask_contact"))
    dispatcher, slots = await run(ActionNotSureWhichCouncil(), tracker)
    if council is None:
        assert [m.get("response") for m in dispatcher.messages] == ["utter_authority_unsure"]
        assert "authority" not in slots
    else:
        assert slots["authority"] == council and "01332 643907" in said(dispatcher)


# --- set J: the Trust, comparisons "than", the law, how long support lasts -----------------------

async def test_the_trust_named_for_a_sum_north_sets_itself_asks_which_council() -> None:
    text = "im with the trust, how much is the setting up home allowance"
    dispatcher, _ = await run(ActionSetAuthority(), create_tracker("inform_authority", text,
                                                                   entities=places(text, "the trust")))
    reply = said(dispatcher)
    assert "Which one looked after you" in reply or "Which council looked after you" in reply
    assert "Setting Up Home Allowance from Northamptonshire Children's Trust" not in reply


async def test_the_trust_named_for_a_waiting_fact_both_councils_share_answers_it() -> None:
    text = "northamptonshire, the trust"
    tracker = create_tracker("inform_authority", text, entities=places(text, "northamptonshire"),
                             slots={"pending_topic": "participation_forum"})
    tracker.events.insert(0, user("is there a care leavers forum i can join and what ages is it for",
                                  "ask_participation_forum"))
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "Shout Out" in reply and "16-25" in reply and "Which one" not in reply


def test_bigger_than_another_council_is_a_comparison() -> None:
    from actions.answering import NAMED_COMPARISON
    from offers.textnorm import fold

    assert NAMED_COMPARISON.search(fold("do derby care leavers get a bigger uni bursary than northamptonshire ones"))


@pytest.mark.parametrize("intent, text, topic", [
    ("nlu_fallback", "why do councils even have to publish a local offer for care leavers", "local_offer"),
    ("ask_personal_adviser", "is the pa until 25 thing actually the law or just a nice extra", "personal_adviser"),
    ("ask_overview", "how long can i get leaving care support for", "support_after_21"),
    ("ask_contact", "if im not in touch with derby leaving care will they still contact me", "support_after_21"),
])
def test_set_j_facts_in_their_own_words(intent: str, text: str, topic: str) -> None:
    assert choose(create_tracker(intent, text)).topic == topic


async def test_the_pa_to_25_is_the_law() -> None:
    text = "is the pa until 25 thing actually the law or just a nice extra"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_personal_adviser", text))
    assert "Children and Social Work Act 2017" in said(dispatcher)


async def test_who_do_i_email_for_an_advocate_is_the_childrens_rights_service() -> None:
    text = "i want an advocate to help me challenge a decision the trust made, who do i email"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_advocacy", text,
                                                                  entities=places(text, "the trust")))
    assert "childrensrights@childrenfirstnorthamptonshire.co.uk" in said(dispatcher)


async def test_the_local_offer_some_other_way_is_the_councils_note_on_other_formats() -> None:
    text = "derby. can i get the local offer some other way"
    tracker = create_tracker("ask_compare", text, entities=places(text, "derby"))
    tracker.events.insert(0, user("i struggle with reading long stuff", "nlu_fallback"))
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "another way, style or language" in reply and "01332 643907" in reply


async def test_money_in_an_emergency_when_benefits_stopped_is_the_emergency_money() -> None:
    text = "can derby give me money in an emergency, my benefits got stopped"
    assert choose(create_tracker("nlu_fallback", text)).topic == "emergency_fund"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_emergency_fund", text,
                                                                  entities=places(text, "derby")))
    assert "emergency" in said(dispatcher)


async def test_moving_to_adult_mental_health_services_is_the_councils_entry_not_a_charity() -> None:
    text = "im 17 and under camhs in derby, will they help me move to adult mental health services"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_mental_health_support", text,
                                                                  entities=places(text, "derby")))
    reply = said(dispatcher)
    assert "adult mental health services" in reply and "Mind:" not in reply
