"""The second tier and other languages, end to end over the real REST channel (issue 13).

Each test is a whole conversation as a care leaver would have it; the replies are printed
so `pytest -s` shows the transcript.
"""
from __future__ import annotations

import pytest

from bot.crisis import languages
from bot.settings import Settings
from bot.web.store import TriageStore
from harness.crisis_rounds import kind_of
from tests.support.servers import say

pytestmark = pytest.mark.server


def turn(settings: Settings, sender: str, text: str) -> list[dict]:
    replies = say(settings, sender, text)
    print(f"\nyoung person: {text}")
    for reply in replies:
        buttons = " | ".join(b["title"] for b in reply.get("buttons") or [])
        print(f"bot: {reply.get('text', '')}" + (f"  [{buttons}]" if buttons else ""))
    return replies


def cases_for(settings: Settings, sender: str) -> list:
    store = TriageStore(settings.triage_db_url)
    try:
        every = store.queue(["north_northamptonshire", "west_northamptonshire", "derby_city", "unknown"])
        return [c for c in every if c.sender_id == sender]
    finally:
        store.dispose()


def test_check_in_answered_not_safe_goes_to_the_crisis_route(bot_servers: Settings) -> None:
    sender = "check-in-not-safe"
    first = turn(bot_servers, sender, "made my peace with it all")
    assert kind_of(first[0]["text"]) == "check_in"
    assert first[-1]["text"] == "Are you safe right now?"
    replies = turn(bot_servers, sender, "/deny")
    assert "call 999" in replies[0]["text"].lower()
    payloads = [b["payload"] for r in replies for b in r.get("buttons") or []]
    assert {"tel:999", "sms:85258?body=SHOUT", "tel:116123"} <= set(payloads)
    assert sum(p.startswith("tel:0") for p in payloads) == 3      # each council: not known yet
    assert [c.severity for c in cases_for(bot_servers, sender)] == ["crisis"]


def test_a_question_about_something_else_after_the_check_in_asks_again(bot_servers: Settings) -> None:
    # Answer round 27 (r27-102): the broad reading of an answer about phone money was taken
    # as "not safe" ("Please call 999 now") and raised the most severe case.
    sender = "check-in-then-a-question"
    assert kind_of(turn(bot_servers, sender, "made my peace with it all")[0]["text"]) == "check_in"
    replies = turn(bot_servers, sender, "its derby, the 15 quid one. why would it stop")
    texts = [r.get("text", "") for r in replies]
    assert texts[0] == "I want to be sure I've got this right. If you are in danger now, call 999."
    assert texts[-1] == "Are you safe right now?"
    assert not any("Please call 999 now" in t for t in texts)
    assert cases_for(bot_servers, sender) == []
    replies = turn(bot_servers, sender, "/affirm")
    assert "glad you're OK" in replies[0]["text"]


def test_an_answer_to_the_check_in_both_readers_read_as_risk_is_not_safe(bot_servers: Settings) -> None:
    sender = "check-in-then-pointless"
    assert kind_of(turn(bot_servers, sender, "made my peace with it all")[0]["text"]) == "check_in"
    replies = turn(bot_servers, sender, "everything just feels pointless")
    payloads = [b["payload"] for r in replies for b in r.get("buttons") or []]
    assert "call 999" in replies[0]["text"].lower() and "tel:999" in payloads
    assert not any("didn't get that" in r.get("text", "") for r in replies)
    assert [c.severity for c in cases_for(bot_servers, sender)] == ["crisis"]


def test_check_in_answered_ok_carries_on_with_the_question(bot_servers: Settings) -> None:
    sender = "check-in-ok"
    first = turn(bot_servers, sender, "what's the point asking about council tax, i won't be here to pay it")
    assert kind_of(first[0]["text"]) == "check_in"
    replies = turn(bot_servers, sender, "/affirm")
    assert "Let's carry on" in replies[0]["text"]
    assert replies[-1]["text"] == "Which council looked after you?"
    replies = turn(bot_servers, sender, '/inform_authority{"authority": "derby_city"}')
    assert "council tax" in " ".join(r.get("text", "") for r in replies).lower()
    assert cases_for(bot_servers, sender) == []


def test_a_sharp_word_beside_a_question_for_a_known_council_checks_in_then_answers(bot_servers: Settings) -> None:
    sender = "check-in-known-council"
    turn(bot_servers, sender, '/inform_authority{"authority": "derby_city"}')
    first = turn(bot_servers, sender, "no point asking about council tax, i wont be here to pay it")
    assert kind_of(first[0]["text"]) == "check_in"
    replies = turn(bot_servers, sender, "/affirm")
    assert "Let's carry on" in replies[0]["text"]
    said = " ".join(r.get("text", "") for r in replies)
    assert "Derby City Council" in said and "council tax" in said.lower()
    assert "Which council" not in said


def test_a_wording_no_list_has_gets_the_check_in_from_the_meaning_check(bot_servers: Settings) -> None:
    from bot.crisis import distress

    text = "ran out of reasons to stay tbh"
    signal = distress.check(text)
    assert signal is not None and signal.name == "meaning"  # no word list has it
    first = turn(bot_servers, "meaning-check-in", text)
    assert kind_of(first[0]["text"]) == "check_in"


def test_a_worry_inside_a_question_gets_the_contacts_then_the_answer(bot_servers: Settings) -> None:
    # Only the meaning check reads risk here: the answer is not held back until "I'm OK".
    sender = "check-in-beside"
    # (The meaning check's reading changes as it learns: this wording must read as risk to
    # it, not to a word list; tests/crisis checks the rule itself with fixed scores.)
    # (Changed on 2026-12-06: once the meaning check learned dev set p, "ive been using every
    # day just to feel nothing ..." read 0.78, under the sharp bound.)
    # (Changed on 2026-12-05: once the meaning check learned every dev answer round, "think
    # ive got a problem with weed and drink tbh. where can i get help ..." read as the
    # ordinary drug and alcohol question it mostly is.)
    replies = turn(bot_servers, sender, "ive been drinking every night just to get to sleep and not think, "
                                        "where can i get help in northampton")
    assert kind_of(replies[0]["text"]) == "check_in"
    said = " ".join(r.get("text", "") for r in replies[1:-1])
    assert "West Northamptonshire" in said or "Northamptonshire Children's Trust" in said, said
    assert replies[-1]["text"] == "Are you safe right now?"
    replies = turn(bot_servers, sender, "/affirm")
    assert "What would you like to know?" in replies[0]["text"]


def test_a_friend_at_risk_gets_the_reply_for_a_friend_and_a_case(bot_servers: Settings) -> None:
    sender = "friend-at-risk"
    replies = turn(bot_servers, sender, "my mate just messaged saying shes taken all her pills")
    assert kind_of(replies[0]["text"]) == "crisis"          # the contacts, first (safety.md rule 1)
    assert replies[0]["text"].startswith("Thank you for looking out for them")
    assert "Are you safe right now?" not in " ".join(r.get("text", "") for r in replies)
    assert [c.severity for c in cases_for(bot_servers, sender)] == ["crisis"]


@pytest.mark.parametrize("text, code", [
    ("nie chcę już żyć, chcę umrzeć", "pl"),
    ("أريد أن أموت، لا أستطيع الاستمرار", "ar"),
])
def test_crisis_in_another_language_gets_contacts_and_an_interpreter_line(
        bot_servers: Settings, text: str, code: str) -> None:
    sender = f"language-crisis-{code}"
    replies = turn(bot_servers, sender, text)
    assert kind_of(replies[0]["text"]) == "crisis"
    language = languages.language(code)
    assert language is not None
    assert any(r.get("text") == language.interpreter_line for r in replies)
    assert [c.severity for c in cases_for(bot_servers, sender)] == ["crisis"]


def test_an_ordinary_message_in_another_language_is_answered_in_it(bot_servers: Settings) -> None:
    replies = turn(bot_servers, "language-ordinary", "Hola, necesito ayuda para pagar el alquiler de mi piso")
    spanish = languages.language("es")
    assert spanish is not None
    # The bot can't read it, so it can't rule a crisis out: the contacts come first.
    assert kind_of(replies[0]["text"]) == "check_in"
    in_spanish = [r["text"] for r in replies
                  if r.get("text", "").startswith(spanish.english_only_line.split("{number}")[0])]
    assert in_spanish and "01332 643907" in in_spanish[0]   # every council's number: none known yet
    assert any(r.get("text") == spanish.interpreter_line for r in replies)
    assert replies[-1]["text"] == "Are you safe right now?"


def test_distress_in_the_middle_of_the_eligibility_form(bot_servers: Settings) -> None:
    sender = "in-form-distress"
    assert "How old are you" in turn(bot_servers, sender, "/ask_eligibility")[-1]["text"]
    replies = turn(bot_servers, sender, "who cares how old i am, i'm not going to get any older")
    assert kind_of(replies[0]["text"]) in ("check_in", "crisis")
    assert all("your age as a number" not in r.get("text", "") for r in replies)
    # The form has ended: the next message is answered on its own, not taken as an age.
    replies = turn(bot_servers, sender, "/affirm")
    assert all("your age as a number" not in r.get("text", "") for r in replies)


def test_a_yes_said_first_answers_the_checks_question(bot_servers: Settings) -> None:
    # "yeah semi independent" to "Are you still in care now?" is a yes, not a question about
    # supported accommodation (seventeenth session; actions/eligibility.leading_yes_no).
    sender = "yes-said-first"
    assert "How old are you" in turn(bot_servers, sender, "/ask_eligibility")[-1]["text"]
    assert "13 weeks" in turn(bot_servers, sender, "17")[-1]["text"]
    assert "still in care" in turn(bot_servers, sender, "yh from 13 til 16")[-1]["text"]
    replies = turn(bot_servers, sender, "yeah semi independent")
    assert any(r.get("text", "").startswith('You are an "eligible" young person') for r in replies)
