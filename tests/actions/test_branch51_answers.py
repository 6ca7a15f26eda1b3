"""Branch answers-51: the confidently wrong answers left on the dev files, by kind,
asserted on the real replies (real offer store).

- information asked for in a language, or for care leavers, is what is published, not what
  is kept about this chat: "is there information for care leavers in arabic or tigrinya" is
  Become's translated fact sheets (on the Become website), not the privacy notice;
- whether the service can still be reached years later: "im 24 and lost touch with the
  trust years ago. can i still contact them" is the yearly letter (until the 25th birthday);
- the Staying Put law asked by what it is called: the Act its source names (Children and
  Families Act 2014, section 98), as "which law covers staying put" gets;
- "how often do they check in on me": how often the PA sees you;
- "who else can i talk to at the trust": who to ring, not what a PA is;
- a council and an age condition in answer to "which council?": "north northants. im 22
  tho, does it still count" after a council tax question is that answer for the council,
  not who counts as a care leaver;
- a person the council names, asked for by name: "whats rachel shaws mobile number" is her
  line (07900918194), not the phone allowance "mobile" brushes against;
- the team needed at a time told: "its sunday and i need leaving care for something urgent"
  then "kettering" is who to ring on Sunday (the duty social worker), not only "Thanks";
- not ready for one's own tenancy is the sources' own condition for supported accommodation
  (and Shared Lives), not tenancy skills; having a go at living on one's own before a proper
  flat is the training or taster flat;
- "anything that explains what youre entitled to" is the council's Entitlements booklet, even
  where the classifier heard "what can you do";
- how to keep up with events: the Trust's websites, Facebook and email distribution list, as
  its booklet says (the leisure entry now keeps them);
- who helps with refugee matters: the Trust's support for young migrants now keeps its
  booklet's "Help you contact the Refugee Council";
- whether the council pays for a thing its entry offers help with but never says is free:
  "do derby pay for care leavers prescriptions" says the offer doesn't say it is free;
- "passed all my exams!!" is the rewards for achievements, as "passed my exams" was;
- statutory support is what the law gives every care leaver: "whats the difference between
  statutory stuff and the extra stuff in a local offer" is the national answer (statutory
  entitlements, which all care leavers in England get), not each council's line;
- money while an asylum seeker waits for their claim is the support for young migrants, not
  the wait for a first benefit payment (a near tie the store's new sentences tipped).
"""
from __future__ import annotations

from typing import Any

from actions.answering import ActionAnswerOffer, is_contact_question
from actions.contact import names_the_person
from actions.eligibility import ActionAskAge
from actions.facts import choose
from actions.formatting import asks_paid_for
from actions.privacy import ActionPrivacyNotice, asks_about_privacy
from tests.actions.helpers import create_tracker, places, run, said


async def _say(action: object, intent: str, text: str, *place: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    tracker = create_tracker(intent, text, entities=places(text, *place), slots=slots or None)
    dispatcher, events = await run(action, tracker)
    return said(dispatcher), events


def _topic(text: str, intent: str = "nlu_fallback") -> str | None:
    return choose(create_tracker(intent, text)).topic


# --- information in a language, or for care leavers: what is published ------------------------------------

async def test_information_for_care_leavers_in_a_language_is_the_translated_fact_sheets() -> None:
    reply, _ = await _say(ActionPrivacyNotice(), "ask_privacy",
                          "my english is not very good. is there information for care leavers in arabic or tigrinya")
    assert "Become website" in reply
    assert "Tigrinya" in reply
    assert "I keep your messages" not in reply


def test_information_about_me_is_still_a_privacy_question() -> None:
    assert asks_about_privacy("what information do you keep about me")
    assert asks_about_privacy("who can see what i type in here")
    assert not asks_about_privacy("is there any info in arabic")
    assert not asks_about_privacy("is there information for care leavers in kurdish")


# --- whether the service can still be reached ----------------------------------------------------------------

async def test_lost_touch_with_the_trust_at_24_is_the_yearly_letter_until_25() -> None:
    reply, _ = await _say(ActionAnswerOffer(), "ask_family_contact",
                          "im 24 and lost touch with the trust years ago. can i still contact them",
                          authority="west_northamptonshire")
    assert "25th birthday" in reply
    assert "keep in touch, or get back in touch" not in reply


def test_can_i_still_contact_the_service_is_support_to_25_not_family() -> None:
    assert _topic("i moved away from northampton years ago and im 24 now, can i still contact the leaving care lot") \
        == "support_after_21"
    assert _topic("can i still contact my birth mum") != "support_after_21"


# --- the name of the Staying Put law -----------------------------------------------------------------------

async def test_the_staying_put_law_is_named() -> None:
    reply, _ = await _say(ActionAnswerOffer(), "ask_staying_put", "whats the staying put law called, my carers want to know")
    assert "Children and Families Act 2014" in reply
    assert "until you are 21" in reply


# --- how often they check in ----------------------------------------------------------------------------------

def test_how_often_they_check_in_on_me_is_the_pa() -> None:
    assert _topic("how often do they check in on me if im 18") == "personal_adviser"


# --- who else to talk to ---------------------------------------------------------------------------------------

def test_who_else_can_i_talk_to_is_a_contact_question() -> None:
    assert is_contact_question("who else can i talk to at the trust")
    assert is_contact_question("who else can i ring")


# --- a council and an age condition in answer to "which council?" --------------------------------------------

async def test_a_council_and_an_age_condition_answer_the_question_waiting() -> None:
    reply, events = await _say(ActionAskAge(), "ask_eligibility", "north northants. im 22 tho, does it still count",
                               "north northants", pending_topic="council_tax", last_topic="council_tax")
    assert "up to the age of 21" in reply
    assert "who can get this support" not in reply
    assert events["authority"] == "north_northamptonshire"


async def test_a_plain_eligibility_question_still_gets_the_rule() -> None:
    reply, _ = await _say(ActionAskAge(), "ask_eligibility", "im 22 and was in care in corby do i count as a care leaver",
                          "corby")
    assert "council tax" not in reply.lower()


# --- a person the council names, asked for by name -----------------------------------------------------------

async def test_a_named_persons_mobile_is_her_line_whichever_council_is_known() -> None:
    for slots in ({}, {"authority": "north_northamptonshire"}, {"authority": "derby_city"}):
        reply, _ = await _say(ActionAnswerOffer(), "ask_phone", "whats rachel shaws mobile number", **slots)
        assert reply.startswith("Rachel Shaw, the council's contact for the Local Offer: 07900918194.")
        assert "phone costs" not in reply


def test_a_person_is_named_by_their_whole_name_only() -> None:
    label = "Rachel Shaw, the council's contact for the Local Offer"
    assert names_the_person(label, "whats rachel shaw's number")
    assert not names_the_person(label, "can rachel help me")


# --- the team needed at a time told, then the council --------------------------------------------------------

async def test_leaving_care_needed_on_sunday_then_the_council_is_who_to_ring_then() -> None:
    from actions.set_authority import ActionSetAuthority
    from tests.actions.helpers import earlier_user_message
    tracker = earlier_user_message(create_tracker("inform_authority", "kettering", entities=places("kettering", "kettering")),
                                   "nlu_fallback", "its sunday and i need leaving care for something urgent")
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    assert "01604 626938" in said(dispatcher)


# --- not ready for one's own tenancy; a go at living on one's own first -------------------------------------

async def test_not_ready_for_my_own_tenancy_is_supported_accommodation() -> None:
    reply, _ = await _say(ActionAnswerOffer(), "ask_independent_living_skills",
                          "im not ready for my own tenancy yet, what else is there? northampton", "northampton")
    assert "supported accommodation" in reply
    assert _topic("i have a learning disability and dont think im ready for my own place, what options are there") \
        == "supported_accommodation"
    assert _topic("how do i manage a tenancy") == "independent_living_skills"


def test_a_go_at_living_on_my_own_first_is_the_training_flat() -> None:
    assert _topic("can i have a go at living on my own before i get a proper flat? in care in rothwell") == "training_flat"


# --- something that explains your entitlements ----------------------------------------------------------------

async def test_anything_that_explains_what_youre_entitled_to_is_the_booklet() -> None:
    from actions.capabilities import ActionCapabilities
    reply, _ = await _say(ActionCapabilities(), "ask_capabilities",
                          "do derby give you anything that explains what youre entitled to", "derby")
    assert "Entitlements booklet when you reach 16" in reply
    assert _topic("can you explain what im entitled to") is None or \
        choose(create_tracker("nlu_fallback", "can you explain what im entitled to")).ranked[0].keyword == 0


# --- how to keep up with events ------------------------------------------------------------------------------------

async def test_keeping_up_with_events_names_the_trusts_facebook_and_email_list() -> None:
    reply, _ = await _say(ActionAnswerOffer(), "nlu_fallback",
                          "northampton. how do i keep up with events and stuff for care leavers", "northampton")
    assert "Facebook and email distribution list" in reply


# --- who helps with refugee matters ---------------------------------------------------------------------------

async def test_refugee_help_in_northampton_names_the_refugee_council() -> None:
    reply, _ = await _say(ActionAnswerOffer(), "ask_immigration_support",
                          "i came to uk on my own as asylum seeker, now care leaver in northampton, who can help me with "
                          "refugee stuff", "northampton")
    assert "help you contact the Refugee Council" in reply


# --- whether the council pays for a thing ---------------------------------------------------------------------

async def test_whether_derby_pays_for_prescriptions_says_the_offer_doesnt_say_it_is_free() -> None:
    reply, _ = await _say(ActionAnswerOffer(), "ask_health_support", "do derby pay for care leavers prescriptions? im 19",
                          "derby")
    assert reply.startswith("Derby City Council offers health services and appointments. Its published offer "
                            "doesn't say this is free")


def test_paying_for_something_oneself_is_not_asking_if_it_is_free() -> None:
    assert asks_paid_for("does the council pay for my glasses")
    assert not asks_paid_for("how do i pay for my bills")
    assert not asks_paid_for("do i pay for my prescriptions")


# --- passed all my exams --------------------------------------------------------------------------------------------

def test_passed_all_my_exams_is_the_rewards_for_achievements() -> None:
    assert _topic("passed all my exams!!") == "achievement_rewards"


# --- statutory and the extra ---------------------------------------------------------------------------------------

async def test_statutory_and_extra_stuff_is_the_national_answer() -> None:
    from actions.compare import ActionCompare
    reply, _ = await _say(ActionCompare(), "ask_compare",
                          "whats the difference between statutory stuff and the extra stuff in a local offer")
    assert reply.startswith("Across England:")
    assert "(your statutory entitlements). All care leavers in England get these." in reply
    assert "What each council says" not in reply


# --- money while waiting for an asylum claim -------------------------------------------------------------------

def test_money_while_an_asylum_seeker_waits_for_the_claim_is_migrant_support() -> None:
    assert _topic("im an asylum seeker in derby care, do i get money while i wait for my claim") == "immigration_support"
    assert _topic("im waiting for my first universal credit payment, can i get money while i wait") \
        == "benefit_wait_support"
