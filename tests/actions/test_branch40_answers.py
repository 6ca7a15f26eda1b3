"""Branch answers-40: set O's and round 32's wrong answers, by kind, asserted on the real
replies (real offer store).

- a contact question with the team named between its words ("who at leaving care do i ring",
  "is anyone from leaving care working") is who to ring at the time it names, not the fact a
  word beside it names (the flat locked out of, Christmas money);
- "who do i contact" about a fact whose offer names a service reached by email only (the
  Children's Rights Service) is that service, as "who do i email" was;
- someone who says they feel low and asks for someone to talk to while the office is shut
  gets the council's line and the national line that is open all the time (Samaritans);
- a body named outright (the Prince's Trust, NHS 111) in a message the classifier read as a
  council or as "what can you do" is answered as a question about that body;
- "what languages" is the council's note on other languages; "who is the person to contact
  about the local offer" is the person the council names;
- "trust care leavers" names the Trust, whose own entry answers;
- a mentor for a degree is the careers help's mentor "who has the same degree";
- "what are my options" beside a need and living alone is the housing for that need;
- "what else do i get when i move into my first flat" is the packs, the insurance and the TV
  licence, which the Trust's booklet lists together;
- words the vocabulary did not know for facts it has (tops me up, forget about me, trips,
  written by care leavers, planning for leaving care, how much maintenance).
"""
from __future__ import annotations

from datetime import datetime

import pytest

import actions.contact
from actions.answering import ActionAnswerOffer, ActionContact, is_contact_question
from actions.capabilities import ActionCapabilities
from actions.fallback import ActionFallbackAnswer
from actions.overview import ActionOverview
from actions.set_authority import ActionSetAuthority
from actions.store import LONDON
from offers import vocabulary
from tests.actions.helpers import create_tracker, earlier_user_message, frozen_clock, places, run, said

A_MONDAY_AFTERNOON = datetime(2026, 12, 7, 14, 0, tzinfo=LONDON)


async def _say(action: object, intent: str, text: str, *place: str, **slots: str) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place), slots=slots or None)
    dispatcher, _ = await run(action, tracker)
    return said(dispatcher)


# --- who to ring, with the team named between the words -----------------------------------------------

def test_the_team_named_between_who_and_the_verb_is_still_a_contact_question() -> None:
    assert is_contact_question("its 2am and ive locked myself out of my flat, who at leaving care do i ring")
    assert is_contact_question("who from the council can i call tonight")
    assert is_contact_question("my gas has run out, is anyone from leaving care working")
    assert is_contact_question("who is the person to contact about the local offer")
    assert not is_contact_question("who at leaving care decides on the setting up grant")


async def test_locked_out_at_2am_who_at_leaving_care_do_i_ring_gets_the_night_line() -> None:
    reply = await _say(ActionContact(), "ask_contact",
                       "its 2am and ive locked myself out of my flat in kettering n my phones on 10%, "
                       "who at leaving care do i ring", "kettering")
    assert "At 2am, call North Northamptonshire Council's duty social worker on 01604 626938" in reply
    assert "finding somewhere to live" not in reply


async def test_christmas_day_is_anyone_from_leaving_care_working_gets_that_days_line() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_festival_payment",
                       "its christmas day and my gas has run out and ive got no money, daventry, "
                       "is anyone from leaving care working", "daventry")
    assert "On Christmas Day, call West Northamptonshire Council's duty social worker on 01604 626938" in reply
    assert "Christmas and festival gifts" not in reply


# --- a service reached by email only -------------------------------------------------------------------

async def test_who_do_i_contact_about_a_decision_is_the_childrens_rights_service() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_advocacy",
                       "i want someone independent to help me challenge a decision the trust made about me, "
                       "who do i contact")
    assert "childrensrights@childrenfirstnorthamptonshire.co.uk" in reply
    assert "duty social worker" not in reply


async def test_who_do_i_ring_about_it_still_gets_a_line_to_ring() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_advocacy",
                       "i want to challenge a decision the trust made, who do i ring")
    assert "01604" in reply


# --- feeling low, and the office shut -----------------------------------------------------------------

async def test_low_on_christmas_day_gets_the_councils_line_and_samaritans(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, A_MONDAY_AFTERNOON)
    text = "its christmas day n im on my own feeling really low, im in northampton, is there anyone i can talk to"
    reply = await _say(ActionContact(), "ask_contact", text, "northampton")
    assert "01604 626938" in reply
    assert "116 123" in reply and "Samaritans is open all the time" in reply
    assert reply.index("01604 626938") < reply.index("116 123")


async def test_no_samaritans_line_when_the_office_is_open_or_nothing_is_said_of_feelings(
        monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, A_MONDAY_AFTERNOON)
    open_now = await _say(ActionContact(), "ask_contact",
                          "im feeling really low, im in northampton, is there anyone i can talk to", "northampton")
    assert "116 123" not in open_now and "01604 364778" in open_now
    shut = await _say(ActionContact(), "ask_contact", "its christmas day, im in northampton, who do i ring",
                      "northampton")
    assert "116 123" not in shut and "01604 626938" in shut


# --- a body named outright, whatever the classifier guessed -------------------------------------------

async def test_princes_trust_read_as_a_council_is_the_programme() -> None:
    reply = await _say(ActionSetAuthority(), "inform_authority",
                       "princes trust thing, how long is it and what age do u have to be")
    assert "12-week course for 16 to 18-year-olds" in reply
    assert "I only have the offers for" not in reply


async def test_a_place_we_do_not_cover_still_says_so() -> None:
    reply = await _say(ActionSetAuthority(), "inform_authority", "im from leicester")
    assert "I only have the offers for" in reply


async def test_111_option_2_read_as_what_can_you_do_is_nhs_111() -> None:
    reply = await _say(ActionCapabilities(), "ask_capabilities", "what does 111 option 2 do")
    assert "option 2 for urgent mental-health help" in reply
    plain = await _say(ActionCapabilities(), "ask_capabilities", "what can you do")
    assert "option 2" not in plain


# --- languages, the Local Offer's person, the Trust named ---------------------------------------------

async def test_what_languages_is_the_councils_note_on_languages() -> None:
    reply = await _say(ActionOverview(), "ask_overview", "what languages does derby do the local offer in", "derby")
    assert "Polish, Punjabi, Slovakian and Urdu" in reply


async def test_the_person_to_contact_about_the_local_offer_leads_with_her_number() -> None:
    text = "who is the person to contact about the local offer at north northants and whats their mobile"
    reply = await _say(ActionFallbackAnswer(), "nlu_fallback", text, "north northants")
    assert reply.startswith("Rachel Shaw, the council's contact for the Local Offer: 07900918194")
    assert "mobile phone costs" not in reply


async def test_trust_care_leavers_get_the_trusts_own_entry() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_birthday_payment", "how much do trust care leavers get for their birthday")
    assert "Northamptonshire Children's Trust offers birthday gifts" in reply
    assert "£50" not in reply and "Which one looked after you?" not in reply


# --- the head over a word beside it ----------------------------------------------------------------

async def test_a_mentor_for_a_degree_is_the_same_degree_mentor() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_mentoring", "im doing nursing at uni, can the trust find me a mentor")
    assert reply.index("a mentor who has the same degree") < reply.index("careers information")
    business = await _say(ActionAnswerOffer(), "ask_mentoring", "can i get a business mentor, im with the trust")
    assert "business mentor" in business and "same degree" not in business


async def test_what_are_my_options_beside_a_need_and_living_alone_is_the_housing_for_it() -> None:
    text = "i have a learning disability and dont think i can live alone yet, daventry. what are my options"
    reply = await _say(ActionFallbackAnswer(), "nlu_fallback", text, "daventry")
    assert "Shared Lives" in reply


async def test_what_else_for_my_first_flat_is_packs_insurance_and_tv_licence() -> None:
    text = "what else do i get when i move into my first flat apart from the setting up money, towcester"
    reply = await _say(ActionAnswerOffer(), "ask_setting_up_home_allowance", text, "towcester")
    assert "moving-in packs" in reply and "contents insurance" in reply and "TV licence" in reply
    assert vocabulary.further_companions("home_starter_pack", "contents_insurance") == ("tv_licence",)
    assert vocabulary.further_companions("home_starter_pack", "setting_up_home_allowance") == ()


# --- words the vocabulary did not know -----------------------------------------------------------------

@pytest.mark.parametrize("text, place, intent, expected", [
    ("im working full time in derby but after rent and bus fare i have barely anything left, "
     "is there anything that tops me up", "derby", "nlu_fallback", "basic benefit rate plus £30"),
    ("if i stop answering derby leaving care will they just forget about me", "derby", "ask_personal_adviser",
     "they write to you every year"),
    ("does derby leaving care organise trips or stuff to do", "derby", "ask_work_experience",
     "monthly and annual activities"),
    ("is the north northants local offer made with care leavers or just by the council", "north northants",
     "ask_overview", "Care leavers co-produce the Local Offer"),
    ("im 17 living semi independent in derby, how much maintenance do i get", "derby",
     "ask_supported_accommodation", "maintenance allowance"),
])
async def test_words_for_facts_the_vocabulary_now_knows(text: str, place: str, intent: str, expected: str) -> None:
    action = {"nlu_fallback": ActionFallbackAnswer(), "ask_overview": ActionOverview()}.get(intent, ActionAnswerOffer())
    tracker = create_tracker(intent, text, entities=places(text, place))
    tracker.latest_message["intent"]["confidence"] = 0.4
    dispatcher, _ = await run(action, tracker)
    assert expected in said(dispatcher)


async def test_when_do_they_start_planning_is_the_pathway_plan() -> None:
    reply = await _say(ActionSetAuthority(), "inform_authority",
                       "when do they start talking to you about leaving care in northampton, im 15", "northampton")
    assert "Pathway Plan" in reply and "approaching your 16th birthday" in reply


async def test_low_on_christmas_day_then_a_council_and_someone_to_talk_to(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_clock(monkeypatch, actions.contact, A_MONDAY_AFTERNOON)
    text = "im a care leaver from northampton, is there anyone i can talk to today"
    # Round 32, r32-076: the first message got Christmas money and "which council?".
    tracker = earlier_user_message(create_tracker("inform_authority", text, entities=places(text, "northampton"),
                                                  slots={"pending_topic": "festival_payment"}),
                                   "ask_festival_payment", "its christmas day n im on my own feeling really low")
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "01604 626938" in reply and "116 123" in reply
