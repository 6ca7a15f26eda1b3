"""Branch answers-56: dev set V's failures, by kind, asserted on the real replies (real offer
store).

- a body known by the name in quotes: "whats always heard" is Coram Voice "Always Heard"
  (0808 800 5792), and "and whats their number" after it is that line;
- a body held up as the kind asked for: "is there a text service like shout" is Shout, and "is
  it open at the weekend or just weekdays" after it is Shout's hours (24/7);
- a detail of the thing just answered: "and whats the age range for it" after the forum;
- help stopping at 21: "does the trust just stop helping at 21" is support from 21 to 25;
- a team's hours by the place it works from: "is the leaving care team at russell house open
  friday afternoon" is the opening hours, not the hub's shower and laundry;
- the council's note asked about leads its contacts: Derby's duty system (call in for advice)
  and its note on other languages (also when a council was waiting for another fact);
- housing for someone with a disability: Shared Lives and supported accommodation, not the
  extra support the need brushes against;
- two bodies set side by side: "when should i go a&e and when should i ring 111" is both;
- an email asked with no council: each council's email, and that Derby publishes none;
- the pack by the Trust's own name for it: "setting up home starter pack" is the pack (whose
  value is not published), not the allowance.
"""
from __future__ import annotations

from actions.answering import ActionAnswerOffer, ActionContact
from actions.compare import ActionCompare
from actions.fallback import ActionFallbackAnswer
from tests.actions.helpers import create_tracker, earlier_user_message, places, run, said
from tests.actions.helpers import say as _say


async def _after(action: object, intent: str, text: str, earlier_intent: str, earlier: str,
                 *place: str, **slots: object) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place), slots=slots or None)
    dispatcher, _ = await run(action, earlier_user_message(tracker, earlier_intent, earlier))
    return said(dispatcher)


# --- a body known by the name in quotes ---------------------------------------------------------------------------

async def test_always_heard_is_coram_voices_line() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_advocacy", "whats always heard")
    assert "Coram Voice" in reply
    assert "0808 800 5792" in reply
    assert "Which council" not in reply


async def test_their_number_after_always_heard_is_that_line() -> None:
    reply = await _after(ActionContact(), "ask_contact", "and whats their number", "ask_advocacy", "whats always heard")
    assert "0808 800 5792" in reply
    assert "01332 643907" not in reply


# --- a body held up as the kind asked for -------------------------------------------------------------------------

async def test_a_text_service_like_shout_is_shout() -> None:
    reply = await _say(ActionFallbackAnswer(), "nlu_fallback", "is there a text service like shout")
    assert "85258" in reply


async def test_is_it_open_at_the_weekend_after_shout_is_shouts_hours() -> None:
    reply = await _after(ActionContact(), "ask_contact", "is it open at the weekend or just weekdays",
                         "nlu_fallback", "is there a text service like shout")
    assert "24/7" in reply
    assert "Which council" not in reply


async def test_shout_said_in_passing_is_no_body() -> None:
    reply = await _say(ActionFallbackAnswer(), "nlu_fallback", "i want to shout at my pa")
    assert "85258" not in reply


# --- a detail of the thing just answered --------------------------------------------------------------------------

async def test_the_age_range_for_it_after_the_forum_is_the_forum_again() -> None:
    reply = await _after(ActionFallbackAnswer(), "nlu_fallback", "and whats the age range for it",
                         "ask_participation_forum", "whats the care leavers forum called in northampton",
                         authority="west_northamptonshire", last_topic="participation_forum")
    assert "Shout Out" in reply
    assert "16 to 25" in reply


# --- help stopping at 21 ------------------------------------------------------------------------------------------

async def test_does_the_trust_stop_helping_at_21_is_support_from_21_to_25() -> None:
    reply = await _say(ActionFallbackAnswer(), "nlu_fallback", "does the trust just stop helping at 21")
    assert "support from 21 to 25" in reply
    assert "assessment" in reply


async def test_not_heard_from_leaving_care_in_years_is_still_support_from_21_to_25() -> None:
    # set T, t-090: answered on likeness alone, so the head above is not a keyword (a keyword
    # would shift the likeness of every message to that fact).
    text = "ive not heard from leaving care in northampton for like 2 years do they still contact you"
    reply = await _say(ActionFallbackAnswer(), "nlu_fallback", text, "northampton")
    assert "Once a year" in reply
    assert "Which of these" not in reply


# --- a team's hours by the place it works from --------------------------------------------------------------------

async def test_the_team_at_russell_house_open_on_friday_is_the_opening_hours() -> None:
    text = "is the leaving care team at russell house open friday afternoon, til when"
    reply = await _say(ActionContact(), "ask_contact", text, "russell house")
    assert "Friday: 9am to 5pm" in reply
    assert "shower" not in reply


# --- the council's note asked about leads its contacts ------------------------------------------------------------

async def test_calling_in_to_derby_without_an_appointment_leads_with_the_duty_system() -> None:
    text = "can i just call in to derby leaving care for advice without an appointment"
    reply = await _say(ActionContact(), "ask_contact", text, "derby")
    assert reply.startswith("The team runs a duty system, so you can call in for advice")


async def test_derbys_number_still_leads_with_the_number() -> None:
    reply = await _say(ActionContact(), "ask_contact", "whats the number for derby leaving care", "derby")
    assert reply.startswith("Call Derby City Council's Leaving Care Team on 01332 643907")


async def test_calling_in_the_evening_is_no_visit() -> None:
    reply = await _say(ActionContact(), "ask_contact", "can i call in the evening, derby", "derby")
    assert reply.startswith("Call Derby City Council's Leaving Care Team")


async def test_derbys_languages_after_a_message_about_mum_are_the_language_note() -> None:
    text = "what languages does derby do their care leaver booklet in"
    reply = await _after(ActionCompare(), "ask_compare", text, "ask_family_contact", "my mum only reads urdu",
                         "derby", pending_topic="young_parents")
    assert reply.startswith("The booklet can be provided in another way, style or language, including Polish")
    assert "young parent" not in reply


# --- housing for someone with a disability ------------------------------------------------------------------------

async def test_housing_with_a_learning_disability_is_shared_lives() -> None:
    text = "i have a learning disability, what housing is there for me in west northants when i leave care"
    for intent in ("ask_supported_accommodation", "ask_extra_support", "ask_offer"):
        reply = await _say(ActionAnswerOffer(), intent, text, "west northants")
        assert "Shared Lives" in reply, (intent, reply)


async def test_extra_help_with_a_disability_is_still_extra_support() -> None:
    text = "i have a learning disability, what extra help can i get in derby"
    reply = await _say(ActionAnswerOffer(), "ask_extra_support", text, "derby")
    assert "extra support" in reply
    assert "Shared Lives" not in reply


# --- two bodies set side by side ----------------------------------------------------------------------------------

async def test_when_to_go_to_a_and_e_and_when_to_ring_111_is_both() -> None:
    text = "when should i go a&e and when should i ring 111 for my mental health"
    reply = await _say(ActionAnswerOffer(), "ask_mental_health_support", text)
    assert "immediate danger" in reply
    assert "call 111" in reply
    assert reply.index("999") < reply.index("NHS 111")
    assert reply.count("This comes from") == 1


async def test_a_and_e_said_in_passing_is_no_emergency_line() -> None:
    text = "i had to go to a&e last night, can derby help with travel costs to hospital"
    reply = await _say(ActionAnswerOffer(), "ask_travel_costs", text, "derby")
    assert "Emergency services" not in reply


# --- an email asked with no council -------------------------------------------------------------------------------

async def test_an_email_with_no_council_is_each_councils_email() -> None:
    text = "can i email the leaving care team instead of ringing? hate phone calls"
    reply = await _say(ActionContact(), "ask_contact", text)
    assert "LeavingCareTeamDuty@nctrust.co.uk" in reply
    assert "Derby: Leaving Care Team, 01332 643907; it publishes no email address" in reply


# --- the pack by the Trust's own name for it ----------------------------------------------------------------------

async def test_the_setting_up_home_starter_pack_is_the_pack_and_its_value_is_not_published() -> None:
    text = "whats actually in the setting up home starter pack from the trust and how much is it worth"
    reply = await _say(ActionAnswerOffer(), "ask_setting_up_home_allowance", text)
    assert "moving-in packs" in reply
    assert "doesn't say how much" in reply
    assert "£3,000" not in reply
