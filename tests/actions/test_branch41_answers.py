"""Branch answers-41: round 33's wrong answers, by kind, asserted on the real replies (real
offer store).

- comparisons across councils: "would i be better off ... as a derby care leaver or a north
  northants one" and "whose pas have to visit more often, derby ones or the trust ones" set the
  councils named side by side; "clothes for starting a job" is the work clothes, not help
  getting a job; two facts set out as choices ("gym or leisure stuff") are each compared;
  "which council visits care leavers the most" is the PA's visits; "which council tells you
  who to ring out of hours" is each council's line; a condition the question asks about ("if
  i move out of the area") is in each council's line;
- a part led with: the address when the address is asked; "the percentage off council tax"
  is a share of a cost the Trust's "discount or reduction" does not give (said so), not a
  figure about care leavers;
- the fact a contact question names ("who do i talk to about joining the care leavers
  council") is kept when the council comes in the next message;
- a birthday that says when support stops ("does all the trust support just stop on my
  birthday") is support after 21, not birthday money; so is "i turn 21 next year, can they
  still help me"; a bicycle asked for beside the bus fare that says why is the bicycle.
"""
from __future__ import annotations

from actions.answering import ActionAnswerOffer, ActionContact, is_contact_question
from actions.compare import ActionCompare
from actions.facts import choose
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, earlier_user_message, places, run, said


async def _say(action: object, intent: str, text: str, *place: str, **slots: str) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place), slots=slots or None)
    dispatcher, _ = await run(action, tracker)
    return said(dispatcher)


# --- comparisons across councils ------------------------------------------------------------------------

async def test_better_off_as_a_derby_or_a_north_northants_care_leaver_compares_both() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_council_tax",
                       "im 23, would i be better off for council tax as a derby care leaver or a north northants one",
                       "derby", "north northants")
    assert "What each council says about council tax" in reply
    assert "Derby: yes. Derby City Council exempts care leavers from council tax" in reply
    assert "North Northamptonshire: yes. The council exempts care leavers from council tax up to the age of 21" in reply


async def test_whose_pas_visit_more_often_is_a_comparison_not_an_answer_to_which_council() -> None:
    reply = await _say(ActionSetAuthority(), "inform_authority",
                       "whose pas have to visit more often, derby ones or the northants trust ones",
                       "derby", "northants")
    assert "Which council looked after you?" not in reply
    assert "every 2 months" in reply and "every 8 weeks" in reply


async def test_which_council_visits_care_leavers_the_most_is_the_pas_visits() -> None:
    reply = await _say(ActionCompare(), "ask_compare", "which council visits care leavers the most, derby or west northants?",
                       "derby", "west northants")
    assert "every 2 months" in reply and "every 8 weeks" in reply
    assert "care leavers council" not in reply


async def test_clothes_for_starting_a_job_is_the_work_clothes() -> None:
    reply = await _say(ActionCompare(), "ask_compare",
                       "which council gives the most help with clothes for starting a job, north northants west "
                       "northants or derby", "north northants", "west northants", "derby")
    assert "What each council says about work and interview clothes" in reply
    assert "£100, once. A £100 offer for clothes when you start work" in reply
    assert "employment skills" not in reply


async def test_gym_or_leisure_stuff_compares_both_facts() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_leisure",
                       "north northants vs west northants, which one helps with gym or leisure stuff",
                       "north northants", "west northants")
    assert "You may be able to get help with the cost of leisure activities" in reply
    assert "Care leavers do not get free access to leisure facilities" in reply


def test_words_for_one_thing_are_not_two_facts_to_compare() -> None:
    from actions.facts import named_as_choices

    text = "which council gives more for a bursary or a grant for uni, derby or west"
    assert named_as_choices(text, choose(create_tracker("ask_compare", text))) == []


async def test_which_council_tells_you_who_to_ring_out_of_hours_is_each_councils_line() -> None:
    assert is_contact_question("which council actually tells you who to ring out of hours, northants or derby")
    reply = await _say(ActionCompare(), "ask_compare",
                       "which council actually tells you who to ring out of hours, northants or derby",
                       "northants", "derby")
    assert "01604 626938" in reply
    assert "What a Local Offer is" not in reply


async def test_moving_out_of_the_area_puts_the_condition_in_each_councils_line() -> None:
    reply = await _say(ActionCompare(), "ask_compare",
                       "if i move out of the area do i keep the council tax exemption, whats the difference between "
                       "derby and north northants", "derby", "north northants")
    assert "wherever you live in the country" in reply
    assert "The exemption does not include care leavers from other areas" in reply


# --- a part led with -------------------------------------------------------------------------------------

async def test_the_address_asked_for_leads_the_contacts() -> None:
    reply = await _say(ActionContact(), "ask_contact", "whats the actual address for russell house, need it for my sat nav",
                       "russell house")
    assert reply.startswith("Address: Russell House, Rickyard Road, Northampton, NN3 3QZ")
    assert "01604 626938" in reply


async def test_the_address_does_not_lead_when_a_number_is_asked_too() -> None:
    reply = await _say(ActionContact(), "ask_contact", "whats the address and phone number for russell house",
                       "russell house")
    assert not reply.startswith("Address:")
    assert "NN3 3QZ" in reply


async def test_the_percentage_off_council_tax_is_not_published_for_the_trust() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_council_tax",
                       "whats the percentage off council tax for care leavers in northampton, is it 25% or 100%",
                       "northampton")
    assert "Its published offer doesn't say how much" in reply
    assert "25%" not in reply and "100%" not in reply


async def test_a_percentage_of_a_cost_is_not_a_figure_about_care_leavers() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_council_tax",
                       "what percentage of my council tax do i have to pay as a care leaver in kettering, im 19",
                       "kettering")
    assert "exempts care leavers from council tax up to the age of 21" in reply
    assert "figures about care leavers" not in reply
    assert "doesn't say how much" not in reply   # an exemption is the whole cost
    figures = await _say(ActionAnswerOffer(), "ask_care_leaver_figures",
                         "what percentage of care leavers in derby are neet", "derby")
    assert "figures about care leavers" in figures


# --- the fact a contact question names, kept for the council named next --------------------------------

async def test_who_do_i_talk_to_about_joining_the_care_leavers_council_then_the_council() -> None:
    text = "north northants, i live in corby"
    tracker = create_tracker("inform_authority", text, entities=places(text, "north northants", "corby"),
                             slots={"pending_topic": "contact"})
    tracker = earlier_user_message(tracker, "ask_participation_forum",
                                   "who do i talk to about joining the care leavers council")
    dispatcher, events = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "The contacts are Lorraine Flute and Marion Winship" in reply
    assert "01604 626938" in reply
    assert reply.index("Lorraine Flute") < reply.index("01604 626938")


async def test_a_plain_who_do_i_ring_then_the_council_is_the_contacts_alone() -> None:
    text = "derby"
    tracker = create_tracker("inform_authority", text, entities=places(text, "derby"),
                             slots={"pending_topic": "contact"})
    tracker = earlier_user_message(tracker, "ask_contact", "who do i ring")
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert reply.startswith("Call Derby City Council's Leaving Care Team on 01332 643907")


# --- a birthday that says when support stops ------------------------------------------------------------

async def test_does_all_the_support_stop_on_my_birthday_is_support_after_21() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_birthday_payment",
                       "im turning 25 soon but im halfway through my degree, does all the trust support just stop on "
                       "my birthday, NN12")
    assert "support from 21 to 25" in reply
    assert "started the course before your 25th birthday" in reply
    assert "birthday gifts" not in reply


async def test_birthday_money_asked_beside_an_end_is_still_birthday_money() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_birthday_payment",
                       "my pa said the payments end on my birthday, how much do i get for my birthday, derby", "derby")
    assert "birthday allowance or gift" in reply
    assert "support from 21 to 25" not in reply


# --- the fact beside a word: turning 21, a bicycle beside the bus fare ----------------------------------

async def test_turning_21_can_they_still_help_me_is_support_after_21() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_eligibility",
                       "i turn 21 next year, can the leaving care team still help me after that? im in oundle", "oundle")
    assert "support from 21 to 25" in reply and "assessment" in reply
    assert "who can get this support" not in reply


async def test_a_bicycle_asked_for_beside_the_bus_fare_that_is_why() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_travel_costs",
                       "would derby put money towards a bicycle, i cant afford the bus every day", "derby")
    assert "buying a bicycle" in reply
    assert reply.startswith("Derby City Council may offer help with independent transport")
