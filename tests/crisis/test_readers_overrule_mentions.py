"""Rules that fire on mentions (a jump into the sea, a bridge on the way, an overdose in
the news, a body's scare) give way when both readers are sure the message is ordinary;
one's own wish to die, self-harm, a friend's self-harm, goodbyes and losing a home never do
(bot/crisis/context.py, tenth session)."""
from __future__ import annotations

import pytest

from bot.crisis import context, meaning
from bot.crisis.detector import detect

pytestmark = pytest.mark.skipif(not meaning.MODEL_PATH.exists(),
                                reason="meaning model not built (make meaning)")


def _read(text: str) -> str:
    verdict = detect(text, remember=False)
    assert verdict.positive, verdict
    return context.read(text, verdict.reason)


@pytest.mark.parametrize("text", [
    # fresh dev sets s and t and rounds 67-68 (dev), all hard negatives given the full reply
    "on the bridge to uni now, will be there in 10 for the meeting",
    # (with "for charity" the jump rule no longer fires at all: thirteenth session)
    "jumped in the sea at brighton on boxing day, so cold 🥶",
    "that youtuber overdosed and died and everyone at college is talking about it, its so sad",
    "my birth mum died of an overdose, can i get a copy of the death certificate",
    "chest feels tight when i go running, should i see a gp about asthma?",
])
def test_a_mention_both_readers_call_ordinary_gives_way(text: str) -> None:
    assert _read(text) == "ordinary"


@pytest.mark.parametrize("text", [
    "i was fine at my review but the truth is i want to be dead",   # read 0.06 and 0.003 unseen
    "my mate told me she self harms, how do i help her",            # safety.md rule 1
    "my friend relapsed with sh but she told her therapist herself and they have a plan",
    "saturday night, derby, been thrown out and got nowhere to sleep. can i ring leaving care at the weekend",
    "my mate keeps saying he wants to die, what can i do to help him",
])
def test_own_risk_a_friends_self_harm_and_losing_a_home_never_give_way(text: str) -> None:
    assert _read(text) != "ordinary"


def test_a_message_in_another_language_keeps_its_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    # the readers learned English only: even sure readings do not silence a rule there
    monkeypatch.setattr(meaning, "risk", lambda text: 0.0)
    monkeypatch.setattr(meaning, "word_risk", lambda text: 0.0)
    assert context._readers_sure_ordinary("on the bridge to uni now, will be there in 10", "suicidal.edge")
    assert not context._readers_sure_ordinary("jestem na moscie, nie dam rady juz dluzej", "suicidal.edge")


def test_an_overdose_in_the_last_day_stands_whatever_the_readers_say(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meaning, "risk", lambda text: 0.0)
    monkeypatch.setattr(meaning, "word_risk", lambda text: 0.0)
    text = "took an overdose this morning, feel totally fine now, can i still go to my college interview"
    assert context.read(text, "overdose.took_overdose") == "crisis"
    assert context.read("that youtuber overdosed and died, everyone at college is talking about it",
                        "overdose.took_overdose") == "ordinary"
