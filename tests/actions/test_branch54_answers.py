"""Branch answers-54: dev set U's failures, by kind, asserted on the real replies (real offer
store).

- choices of a council and the one it is about, then the measure: "does a derby pa or a
  northants pa have to visit you more often" sets each council's visits side by side, not
  Derby's alone;
- what a count question counts: "which council gives you the most driving lessons" leads each
  council's line with the sentence that counts them ("5 driving lessons of 2 hours each");
- "address" as it is often typed: "whats the adress for russell house" is the Trust's address,
  not the hub the place's name brushes against;
- a children's home in everyday words: "i live in a kids home ... is there something like
  staying put for me" is Staying Close, not Staying Put;
- "helth" as health is typed: "when do i get my helth passport in derby" is Derby's Health
  Passport (given as you turn 18), not the passport "passport" alone names;
- a place said after "at": "is there careers advice at the north northants care leavers hub" is
  the help into work (the Prospects drop-in at the hub every week), not the hub's shower and
  laundry;
- the source's own word: the Trust's Health Summary is shared "with your consent" (the page's
  words, kept beside "if you agree");
- a phone they cannot hear on, told earlier or now: "im a derby care leaver and im deaf" then
  "how can i contact the leaving care team if i cant use a normal phone" gives Derby's minicom;
- pay topped up: "im 19 and on an apprenticeship my wage is rubbish after rent can the council
  top it up" asks the minimum income (Derby's basic benefit rate plus £30), not the
  apprenticeship the pay comes from;
- what every council must give, in everyday words: "whats the difference between the stuff
  councils have to give you and the extra stuff in a local offer" is the national answer
  (statutory entitlements, which all care leavers in England get), not each council's line;
- the Trust's, as the possessive folds: "im 17 in the trusts care and i dont have a national
  insurance number or a bank account" is the Trust's answer for both, not a choice of council;
  and "national insurance" is no question about a national rule;
- a body named on something written down: "my pa gave me a list with mind on it whats their
  number and can i text them instead" is Mind's number and text line, not the councils' lines;
- "uni" as university is typed: "will the trust help with my accommodation cos i wont be at uni
  of northampton" is the university accommodation entry (the Trust may be your rent guarantor
  at other universities), not finding somewhere to live.
"""
from __future__ import annotations


from actions.answering import ActionAnswerOffer, ActionContact
from actions.compare import ActionCompare
from actions.facts import choose
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, earlier_user_message, places, run, said
from tests.actions.helpers import say as _say


# --- choices of a council and the one it is about, then the measure --------------------------------------------

async def test_a_derby_pa_or_a_northants_pa_visiting_more_often_is_a_comparison() -> None:
    text = "does a derby pa or a northants pa have to visit you more often"
    reply = await _say(ActionAnswerOffer(), "ask_personal_adviser", text, "derby", "northants")
    assert reply.startswith("What each council says about personal adviser")
    assert "every 2 months" in reply
    assert "every 8 weeks" in reply


async def test_one_council_with_a_pa_is_still_that_councils_answer() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_personal_adviser", "does a derby pa have to visit you often",
                       "derby")
    assert reply.startswith("Derby City Council offers Personal Adviser")


# --- what a count question counts -------------------------------------------------------------------------------

async def test_the_most_driving_lessons_leads_with_the_sentence_that_counts_them() -> None:
    text = "which council gives you the most driving lessons"
    for action, intent in ((ActionAnswerOffer(), "ask_driving"), (ActionCompare(), "ask_compare")):
        reply = await _say(action, intent, text)
        assert reply.startswith("What each council says about driving")
        assert "5 driving lessons of 2 hours each" in reply


# --- "address" as it is often typed -----------------------------------------------------------------------------

async def test_the_adress_for_russell_house_is_the_address() -> None:
    for text in ("whats the adress for russell house", "whats the address for russell house"):
        reply = await _say(ActionContact(), "ask_contact", text, "russell house")
        assert reply.startswith("Address: Russell House, Rickyard Road")
        assert "NN3 3QZ" in reply


def _topic(text: str, intent: str = "nlu_fallback") -> str | None:
    return choose(create_tracker(intent, text)).topic


# --- a children's home in everyday words ------------------------------------------------------------------------

async def test_something_like_staying_put_from_a_kids_home_is_staying_close() -> None:
    text = "i live in a kids home in northampton is there something like staying put for me"
    reply = await _say(ActionAnswerOffer(), "ask_staying_close", text, "northampton")
    assert reply.startswith("West Northamptonshire Council offers Staying Close")
    assert _topic(text) == "staying_close"


def test_staying_put_alone_is_still_staying_put() -> None:
    assert _topic("is there something like staying put for me", "ask_staying_put") == "staying_put"
    assert _topic("can i stay with my foster carers after 18") == "staying_put"


# --- "helth" as health is typed ---------------------------------------------------------------------------------

async def test_a_helth_passport_is_the_health_passport() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_health_history", "when do i get my helth passport in derby", "derby")
    assert reply.startswith("Derby City Council offers Health Passport")
    assert "as you turn 18" in reply


def test_a_passport_alone_is_still_the_id_documents() -> None:
    assert _topic("when do i get my passport", "ask_id_documents") == "id_documents"


# --- a place said after "at" ------------------------------------------------------------------------------------

async def test_careers_advice_at_the_hub_is_the_help_into_work() -> None:
    text = "is there careers advice at the north northants care leavers hub or do i have to go somewhere else for it"
    reply = await _say(ActionAnswerOffer(), "ask_careers_advice", text, "north northants")
    assert reply.startswith("North Northamptonshire Council offers help getting and keeping a job")
    assert "Prospects drop-in every week" in reply


def test_the_hubs_own_things_are_still_the_hub() -> None:
    for text in ("can i do my laundry at the hub", "is there a shower at russell house", "whats on at the hub",
                 # The place's own things asked at the place, beside a weaker word ("sofa").
                 "im sofa surfing atm can i have a shower and do my washing at russell house"):
        assert _topic(text) == "care_leavers_hub"


# --- the source's own word --------------------------------------------------------------------------------------

async def test_the_health_summary_on_paper_and_who_sees_it() -> None:
    text = "can i have my northants health summary on paper not email and who else gets to see it"
    reply = await _say(ActionAnswerOffer(), "ask_health_history", text, "northants")
    assert "paper version" in reply
    assert "with your consent" in reply


# --- a phone they cannot hear on --------------------------------------------------------------------------------

async def _contact(question: str, earlier: str) -> str:
    tracker = create_tracker("ask_contact", question, slots={"authority": "derby_city"})
    dispatcher, _ = await run(ActionContact(), earlier_user_message(tracker, "nlu_fallback", earlier))
    return said(dispatcher)


async def test_deaf_told_earlier_gets_the_minicom() -> None:
    for question, earlier in (("how can i contact the leaving care team if i cant use a normal phone",
                               "im a derby care leaver and im deaf"),
                              ("how can i contact the leaving care team", "im a derby care leaver and im deaf"),
                              ("how can i contact the leaving care team if i cant use a normal phone",
                               "im a derby care leaver")):
        reply = await _contact(question, earlier)
        assert "minicom (textphone) number is 01332 640666" in reply
        assert "01332 643907" in reply


async def test_no_minicom_when_no_need_is_told() -> None:
    for question in ("how can i contact the leaving care team", "i cant talk on the phone who can i contact"):
        reply = await _contact(question, "im a derby care leaver")
        assert "640666" not in reply


# --- pay topped up ----------------------------------------------------------------------------------------------

async def test_an_apprentices_wage_topped_up_is_the_minimum_income() -> None:
    text = "im 19 and on an apprenticeship my wage is rubbish after rent can the council top it up"
    assert _topic(text, "ask_apprenticeships") == "minimum_income"
    asked = await _say(ActionAnswerOffer(), "ask_apprenticeships", text)
    assert "minimum income" in asked
    reply = await _say(ActionSetAuthority(), "inform_authority", "derby city", "derby city",
                       pending_topic="minimum_income")
    assert "plus £30" in reply


def test_apprenticeships_alone_are_still_apprenticeships() -> None:
    assert _topic("is there anything for apprenticeships in derby", "ask_apprenticeships") == "apprenticeships"
    assert _topic("can the council help me get an apprenticeship", "ask_apprenticeships") == "apprenticeships"


# --- what every council must give, in everyday words ------------------------------------------------------------

async def test_the_stuff_councils_have_to_give_is_the_national_answer() -> None:
    text = "whats the difference between the stuff councils have to give you and the extra stuff in a local offer"
    reply = await _say(ActionCompare(), "ask_compare", text)
    assert reply.startswith("Across England:")
    assert "statutory entitlements" in reply
    assert "All care leavers in England" in reply
    assert "What each council says" not in reply


async def test_one_councils_duty_is_still_that_councils_answer() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_personal_adviser", "does derby have to give me a pa", "derby")
    assert reply.startswith("Derby City Council offers Personal Adviser")


# --- the Trust's, as the possessive folds -----------------------------------------------------------------------

async def test_in_the_trusts_care_names_the_trust() -> None:
    text = "im 17 in the trusts care and i dont have a national insurance number or a bank account can they help"
    reply = await _say(ActionAnswerOffer(), "ask_id_documents", text)
    assert reply.startswith("Northamptonshire Children's Trust offers National Insurance number")
    assert "Support to open a bank account" in reply
    assert "national rule" not in reply
    assert "Which council looked after you?" not in reply


async def test_a_trust_fund_is_still_no_council() -> None:
    reply = await _say(ActionAnswerOffer(), "ask_id_documents", "do i need a national insurance number for my trusts fund")
    assert "Northamptonshire Children's Trust offers" not in reply


# --- a body named on something written down ---------------------------------------------------------------------

async def test_mind_on_a_list_is_the_charity() -> None:
    text = "my pa gave me a list with mind on it whats their number and can i text them instead"
    for action, intent in ((ActionCompare(), "ask_compare"), (ActionContact(), "ask_contact")):
        reply = await _say(action, intent, text)
        assert reply.startswith("Mind:")
        assert "0300 123 3393" in reply
        assert "text 86463" in reply


async def test_not_minding_is_still_no_charity() -> None:
    reply = await _say(ActionContact(), "ask_contact", "i dont mind who, whats the number for leaving care",
                       authority="derby_city")
    assert "0300 123 3393" not in reply
    assert "01332 643907" in reply


# --- "uni" as university is typed -------------------------------------------------------------------------------

async def test_accommodation_away_from_the_uni_of_northampton_is_the_university_entry() -> None:
    text = "will the trust help with my accommodation cos i wont be at uni of northampton"
    tracker = create_tracker("ask_university_holidays", text, entities=places(text, "northampton"))
    tracker = earlier_user_message(tracker, "nlu_fallback", "im a care leaver from northampton going to leeds uni")
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    reply = said(dispatcher)
    assert "Free halls at the University of Northampton" in reply
    assert "rent guarantor" in reply


def test_the_uni_holidays_and_bursary_are_still_theirs() -> None:
    assert _topic("where do i stay in the uni holidays") == "university_holidays"
    assert _topic("how much is the bursary for uni", "ask_he_bursary") == "he_bursary"
