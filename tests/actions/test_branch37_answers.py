"""Branch answers-37: round 31's kind, asserted on the real reply. The question's own head
("what id", "will i still have a pa", "where do i stay ... from uni", "what options", "whos
there ... if something goes wrong", "in urdu") weighs more than a fact-name word beside it
("childrens home", "birthday", "christmas", "learning disability", "mum"), whatever the
classifier guessed from that word.
"""
from __future__ import annotations

from actions.answering import ActionAnswerOffer, is_contact_question
from actions.facts import choose
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, earlier_user_message, places, run, said


async def _answer(intent: str, text: str, authority: str) -> str:
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(intent, text, slots={"authority": authority}))
    return said(dispatcher)


async def test_what_id_beside_a_childrens_home_is_the_id_documents() -> None:
    text = "what ID will i have when i leave care? im in a childrens home in corby and i dont have nothing"
    reply = (await _answer("ask_staying_close", text, "north_northamptonshire")).lower()
    assert "passport" in reply and "birth certificate" in reply
    assert "staying close" not in reply


async def test_a_pa_after_my_birthday_is_the_pa_not_the_birthday_gift() -> None:
    reply = await _answer("ask_birthday_payment", "will i still have a pa after my birthday", "west_northamptonshire")
    assert "25" in reply and "assessed needs" in reply
    assert "birthday gift" not in reply.lower()


async def test_where_to_live_over_the_christmas_break_from_uni_is_the_holidays() -> None:
    reply = (await _answer("ask_festival_payment",
                           "where do i live over the christmas break from uni? i was in care in derby",
                           "derby_city")).lower()
    assert "university holidays" in reply or "somewhere" in reply
    assert "festival allowance" not in reply


async def test_what_options_beside_a_learning_disability_is_shared_lives() -> None:
    text = "i have a learning disability and dont think i can live on my own, what options are there in northampton"
    reply = await _answer("ask_extra_support", text, "west_northamptonshire")
    assert "Shared Lives" in reply


def test_a_head_beside_nothing_else_keeps_its_fact_and_the_word_alone_keeps_its_own() -> None:
    # The head's fact leads only when the head is there; the word alone still asks its fact.
    assert choose(create_tracker("ask_birthday_payment", "do i get money on my birthday")).topic == "birthday_payment"
    assert choose(create_tracker("ask_staying_close", "what is staying close for people in a childrens home")
                  ).topic == "staying_close"
    assert choose(create_tracker("ask_festival_payment", "do i get anything at christmas")).topic == "festival_payment"


def test_who_is_there_when_something_goes_wrong_is_a_contact_question() -> None:
    assert is_contact_question("whos there on christmas day if something goes wrong and i need leaving care")
    assert is_contact_question("is there anyone i can speak to on eid if something goes wrong")
    assert not is_contact_question("whos there at the care leavers forum")


async def test_urdu_for_my_mum_then_the_council_gets_the_language_note() -> None:
    text = "can i get the local offer in urdu so my mum can read it"
    dispatcher, slots = await run(ActionAnswerOffer(), create_tracker("ask_parenting_support", text))
    assert slots.get("pending_topic") == "contact"
    assert "young parent" not in said(dispatcher).lower()
    tracker = earlier_user_message(
        create_tracker("inform_authority", "derby", slots={"pending_topic": "contact"},
                       entities=places("derby", "derby")),
        "ask_parenting_support", text)
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "01332 643907" in reply and "Urdu" in reply
    assert "young parent" not in reply.lower()


async def test_christmas_day_who_is_there_then_the_council_gets_the_out_of_hours_line() -> None:
    text = "whos there on christmas day if something goes wrong and i need leaving care"
    tracker = earlier_user_message(
        create_tracker("inform_authority", "towcester", slots={"pending_topic": "contact"},
                       entities=places("towcester", "towcester")),
        "ask_festival_payment", text)
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "01604 626938" in reply
    assert "Christmas and festival gifts" not in reply


async def test_will_my_pa_still_be_about_after_my_21st_birthday_is_the_pa() -> None:
    reply = await _answer("ask_birthday_payment", "will my pa still be about after my 21st birthday",
                          "west_northamptonshire")
    assert "25" in reply and "assessed needs" in reply
    assert "birthday gift" not in reply.lower()


async def test_what_documents_beside_a_childrens_home_is_the_id_documents() -> None:
    # No keyword of ID at all ("documents"): the head alone names it.
    text = "what documents will i have before i leave care? im in a childrens home in wellingborough"
    reply = (await _answer("ask_staying_close", text, "north_northamptonshire")).lower()
    assert "passport" in reply and "birth certificate" in reply
