"""Readings mended on fresh dev sets ak and al in the nineteenth session (2026-12-07): each
case is a message its writer sent, or the same kind said another way, and what a care leaver
should get. Six of al's nine crisis misses through REST were said beside a question the bot
answered (a pathway review, a deposit, a birthday card): they need a sharp signal, and an
absence with no reason checks in beside the answer (actions/check_in.py, answers_beside)."""
from __future__ import annotations

import pytest

from bot.crisis import distress
from bot.crisis.component import with_second_tier
from bot.crisis.detector import NO_RISK, detect
from tests.crisis.test_dev_sets import outcome


@pytest.mark.parametrize("text", [
    # their things after their own death, asked as a plain fact
    "my last question is who gets my deposit back when im dead",
    "who keeps my savings when im gone, my sister or my foster mum",
    # going, and saying it is not the ordinary kind, with a laugh about the holiday
    "who do i put as next of kin, need it sorted before i go. and no im not going on holiday lol",
    # hurting themselves with what is to hand
    "smacked my head with my phone till i got a lump. and then kept going",
    "anyone know if u can get a tetanus jab at a pharmacy. used a rusty nail on my arm",
    "dragged a drawing pin across my arm in class till it bled",
    # blood they can't explain, means kept for later
    "theres blood on my college laptop keyboard idk how to explain it",
    "nicked a scalpel from the art room for later",
    "kept a blade from the sharpener just in case",
])
def test_an_indirect_crisis_gets_a_reply_or_a_sharp_signal(text: str) -> None:
    assert outcome(text) in ("full", "unsure", "sharp"), with_second_tier(NO_RISK, text)


@pytest.mark.parametrize("text", [
    "i wont be around for my pathway review next month",
    "signed my nephews birthday card early cos i wont be there for it",
    "im not gonna be around for christmas so can my presents money go to the younger kids in my old home",
])
def test_an_absence_with_no_reason_checks_in_beside_the_answer(text: str) -> None:
    tier = with_second_tier(NO_RISK, text)
    assert tier.get("distress") == distress.ABSENT and tier.get("distress_sharp") is True, tier


@pytest.mark.parametrize("text", [
    # an absence that says why: the plain request the tree is full of
    "i wont be around for my pathway review next month, im on holiday in spain, can we move it",
    "wont be around for a few days, my phones getting repaired",
    "i wont be here on the 3rd, got my driving test",
    "im not gonna be around for christmas, going to my cousins in leeds",
    "wont be here when the inspection happens, can i leave a key with the office",
    # death's paperwork asked calmly, and idioms
    "ill sleep when im dead lol",
    "i want to donate my organs when i die, how do i sign up",
    # everyday neighbours of the self-harm kinds
    "used a nail file on my hands before the interview",
    "hands are covered in cuts from the warehouse job, the boxes are brutal, should they give me gloves",
    "blood on my shirt from a nosebleed, how do i get it out",
    "bought paracetamol just in case for the festival",
    "we did a lesson on modern slavery at college, mad how common trafficking is",
    "does prospects do a drop in for care leavers in north northants, how often",
])
def test_their_everyday_neighbours_raise_no_alarm(text: str) -> None:
    assert outcome(text) in ("none", "broad"), with_second_tier(NO_RISK, text)


def test_leaving_a_party_early_is_not_nobody_caring_if_i_died() -> None:
    # The rule no longer fires; what the meaning check makes of it is its own business.
    assert detect("nobody would notice if i left the party early so i did lol", remember=False).level == "none"
    assert detect("nobody would notice if i left, ive had enough", remember=False).level == "crisis"


def test_a_man_following_them_in_italian_is_urgent() -> None:
    # "there's a man who has been following me for half an hour and I'm scared" (dev set al)
    assert detect("ce un uomo che mi segue da mezzora e ho paura", remember=False).level == "urgent"
    # "the girl who follows me on instagram liked my post"
    assert detect("la ragazza che mi segue su instagram ha messo like", remember=False).level == "none"


# Rounds 87-88, read after their after-run at the end of the nineteenth session.
@pytest.mark.parametrize("text", [
    "told my best mate he can have my trainers and my speaker, he was confused lol",
    "doing the thing to my legs again, been clean 5 months and now this",
    "need plasters that cover a big area, the ones from boots arent big enough for what i did",
    "writing the notes now. one for my mum, one for my social worker, one for the cat lol",
    "18 (for one more night anyway)",
])
def test_rounds_87_and_88_misses_get_a_reply_or_a_sharp_signal(text: str) -> None:
    assert outcome(text) in ("full", "unsure", "sharp"), with_second_tier(NO_RISK, text)


def test_a_holiday_that_is_a_wedding_is_urgent_and_tomorrow_not_here_in_vietnamese_is_a_crisis() -> None:
    text = "help they said we're going on holiday but i found the wedding outfit and the tickets are one way"
    assert detect(text, remember=False).level == "urgent"
    assert detect("going on holiday for my cousins wedding, the wedding outfit is sorted, one way ticket then train back",
                  remember=False).level == "none"
    assert detect("mai em ko con o day nua dau", remember=False).level == "crisis"


@pytest.mark.parametrize("text", [
    "chucked all my old expired pills in the pharmacy returns bin today, drawer looks so much better",
    "my ex said he'd kill me when i ate his last yorkshire pudding 😂 anyway can i get help with food costs",
    "i have a stash of old meds from my last placement, pharmacy take them back?",
    "i'm not planning to stay in this city after uni, does my support follow me",
    "i bought too much paracetamol in the offer, can it go off",
])
def test_rounds_87_and_88_false_alarms_get_no_full_reply(text: str) -> None:
    assert outcome(text) != "full"


@pytest.mark.parametrize("text", [
    "he said he'd kill me if i told anyone",
    "he said hed kill me if i take the kids",
    "been stashing my meds for weeks, dont tell the pharmacy",
    "took too many paracetamol, is that bad",
    "theres a man following me from the bus stop",
])
def test_their_risk_neighbours_keep_the_full_reply(text: str) -> None:
    assert outcome(text) == "full"
