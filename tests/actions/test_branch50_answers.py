"""Branch answers-50: dev round 37's failures, by kind, asserted on the real replies (real
offer store).

- which council, with the councils as choices at the end and the last a name of a few words
  ("which council gives you a set number of driving lessons, derby or the northamptonshire
  trust"): each council's line, not "which council looked after you?";
- locked out at an hour the message tells ("its 2am im locked out and my phone is about to die",
  then "derby"): who to ring then (Derby publishes no night number), not only "Thanks";
- kicked out at an hour told, then the council for the fact that was waiting ("its 11pm on a
  saturday and my landlord has just kicked me out" -> "kettering"): the fact, then who to ring
  at that hour (the duty social worker, 01604 626938);
- someone who can help is not someone who can see the chat: "is there anyone who can help me
  feel less alone round here" has no privacy word once "anyone who can help me" is masked;
- a fact named in the message's own words, where the classifier heard "what can you do": "what
  kind of things does every council's local offer have to cover" is what every Local Offer must
  cover, not the list of what this chat does;
- two facts asked of a name covering both Northamptonshire councils ("the trust"): the first
  fact comes from the entry both councils share, and so does the second, where there is one
  ("how much is the home starter pack and contents insurance worth from the trust": the
  moving-in packs, whose amount the Trust does not publish, as well as the insurance).
"""
from __future__ import annotations

from actions.answering import ActionAnswerOffer
from tests.actions.helpers import create_tracker, places, run, said


async def _say(intent: str, text: str, *place: str) -> str:
    tracker = create_tracker(intent, text, entities=places(text, *place))
    dispatcher, _ = await run(ActionAnswerOffer(), tracker)
    return said(dispatcher)


async def test_second_fact_asked_of_the_trust_is_answered_from_its_shared_entry() -> None:
    reply = await _say("ask_setting_up_home",
                       "how much is the home starter pack and contents insurance worth from the trust, like in pounds",
                       "the trust")
    assert "contents insurance" in reply
    assert "moving-in packs" in reply
    assert "doesn't say how much" in reply
    assert "£" not in reply


async def test_one_fact_of_the_trust_is_still_one_answer() -> None:
    reply = await _say("ask_setting_up_home", "is there contents insurance from the trust", "the trust")
    assert "contents insurance" in reply
    assert "moving-in packs" not in reply


async def test_two_facts_with_no_council_still_ask_which() -> None:
    reply = await _say("ask_setting_up_home", "how much is the home starter pack and contents insurance worth")
    assert "Which council looked after you?" in reply
    assert "moving-in packs" not in reply


# --- which council, with the councils as choices at the end ---------------------------------------------------

async def test_which_council_with_a_name_of_several_words_as_the_last_choice_compares() -> None:
    text = "which council gives you a set number of driving lessons, derby or the northamptonshire trust"
    reply = await _say("ask_driving_lessons", text, "derby", "northamptonshire")
    assert "What each council says about driving lessons" in reply
    assert "5 driving lessons of 2 hours each" in reply
    assert "Which council looked after you?" not in reply


async def test_the_councils_as_choices_still_resolve_to_each_side() -> None:
    from actions.authority import from_latest_message
    text = "which council gives you driving lessons, derby or the northamptonshire trust"
    resolution = await from_latest_message(create_tracker("ask_driving_lessons", text,
                                                          entities=places(text, "derby", "northamptonshire")))
    assert sorted(a.key for a in resolution.candidates) == [
        "derby_city", "north_northamptonshire", "west_northamptonshire"]


# --- locked out at an hour the message tells -------------------------------------------------------------------

async def test_locked_out_at_2am_then_derby_says_derby_gives_no_night_number() -> None:
    from actions.set_authority import ActionSetAuthority
    from tests.actions.helpers import earlier_user_message
    tracker = earlier_user_message(create_tracker("inform_authority", "derby", entities=places("derby", "derby")),
                                   "nlu_fallback", "its 2am im locked out and my phone is about to die")
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "doesn't publish its opening hours or a number for nights and weekends" in reply
    assert "01604" not in reply


async def test_kicked_out_at_11pm_then_the_council_gets_the_fact_and_who_to_ring_then() -> None:
    from actions.set_authority import ActionSetAuthority
    from tests.actions.helpers import earlier_user_message
    tracker = earlier_user_message(
        create_tracker("inform_authority", "kettering", entities=places("kettering", "kettering"),
                       slots={"pending_topic": "homelessness_prevention"}),
        "ask_homelessness", "its 11pm on a saturday and my landlord has just kicked me out")
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    reply = said(dispatcher)
    assert "keeping your home" in reply
    assert "At 11pm on Saturday, call North Northamptonshire Council's duty social worker on 01604 626938." in reply


async def test_a_waiting_fact_with_no_hour_told_gets_no_numbers_beside_it() -> None:
    from actions.set_authority import ActionSetAuthority
    from tests.actions.helpers import earlier_user_message
    tracker = earlier_user_message(
        create_tracker("inform_authority", "kettering", entities=places("kettering", "kettering"),
                       slots={"pending_topic": "homelessness_prevention"}),
        "ask_homelessness", "my landlord has just kicked me out")
    dispatcher, _ = await run(ActionSetAuthority(), tracker)
    assert "626938" not in said(dispatcher)


# --- someone who can help is not someone who can see the chat --------------------------------------------------

async def test_anyone_who_can_help_me_is_not_a_privacy_question() -> None:
    from actions.privacy import asks_about_privacy
    assert not asks_about_privacy("is there anyone who can help me feel less alone round here")
    assert not asks_about_privacy("is there someone who can help me with my rent")


async def test_anyone_who_can_read_my_chat_is_still_privacy() -> None:
    from actions.privacy import asks_about_privacy
    assert asks_about_privacy("is there anyone who can read my chat")
    assert asks_about_privacy("can anyone see what i type here")


# --- a fact in the message's own words, whatever "what can you do" the classifier heard ------------------------

async def test_what_every_local_offer_has_to_cover_is_answered_not_the_capabilities() -> None:
    from actions.capabilities import ActionCapabilities
    dispatcher, _ = await run(ActionCapabilities(), create_tracker(
        "ask_capabilities", "what kind of things does every council's local offer have to cover"))
    reply = said(dispatcher)
    assert "Every council must ask for views on, and then publish, a Local Offer" in reply
    assert "I can help you find out" not in reply


async def test_what_can_you_do_is_still_the_capabilities() -> None:
    from actions.capabilities import ActionCapabilities
    for text in ("what can you do", "what can you help me with", "help"):
        dispatcher, _ = await run(ActionCapabilities(), create_tracker("ask_capabilities", text))
        assert "I can help you find out what your council gives care leavers" in said(dispatcher)
