"""Readings mended on fresh dev sets y and z in the thirteenth session of 2026-12-06: each case
is a message those writers sent, or the same kind said another way, and the outcome a care
leaver should get (tests.crisis.test_dev_sets.outcome: 'full' is the crisis or urgent reply,
'unsure', 'sharp' and 'broad' a check-in, 'none' the ordinary answer)."""
from __future__ import annotations

from typing import Any

import pytest

from bot.crisis import context
from bot.crisis.detector import detect
from tests.crisis.test_dev_sets import outcome


@pytest.mark.parametrize("text", [
    # an end said in everyday words, a decision with no plan named, a gift to "someone whos
    # sticking around", someone asked to find a pet
    "signing off. no more appointments, no more forms, no more me",
    "no more me after tonight",
    "when i turn 21 and lose my PA im going. ive decided",
    "ive made my mind up. im going",
    "i dont need the setting up home allowance anymore, give it to someone whos sticking around",
    "pass my xbox to someone who's staying around, i wont need it",
    "my cats called biscuit, she has half a pouch twice a day, pls make sure someone finds her tmrw",
    # packets with hours counted, twice a day's dose "of them", scars with the harm still going
    # on, a last message in texting spellings
    "took two packets earlier, its been 5 hours, i feel fine is that ok",
    "took 2 packs this morning and i feel fine",
    "how long does paracetamol take to work if youve had 24 of them",
    "can the leaving care team pay for scar removal? also its still happening, did it again yesterday",
    "thnx for evrything, ths is my lst msg x",
    # rounds 75-76 (dev since their after-run): harm started again, the only thing that gets me
    # through, pills "hopefully wont wake up", a wish a car had hit me, "when they find me",
    # the top of a car park with nobody answering, rent paid so the council doesnt lose out
    "used to cut in care, started again since moving into my own flat",
    "cutting is the only thing that gets me through contact with my birth family",
    "doing a mix of pills and alcohol tonight, hopefully wont wake up",
    "wish that car had actually hit me earlier",
    "18 - how old will i be when they find me lol",
    "when they find me tell them im sorry",
    "top of the car park, rang my old foster carer, no answer, nobody ever answers",
    "paid my rent to the end of the month so the council doesnt lose out",
    "co nguoi dang theo em ve nha, em so lam",
    "got a voice note saying im dead when they find me",
])
def test_the_full_reply(text: str) -> None:
    assert outcome(text) == "full"


@pytest.mark.parametrize("text", [
    # first aid kept for going too far: at least the check-in with the contacts
    "got my own first aid kit now lol. for when i go too far",
    "keep steri strips in my bag for when i cut too deep",
])
def test_at_least_a_check_in(text: str) -> None:
    assert outcome(text) != "none"


@pytest.mark.parametrize("text", [
    # gone somewhere named, dead tired, a death decades ago, an object outside the door
    "when i'm gone to uni who looks after my council flat",
    "gonna be dead in class tomorrow, was up till 4 finishing my essay",
    "found out my grandad killed himself in the 90s, my nan never told anyone. mad how families keep secrets",
    "no more me time since i started the apprenticeship lol",
    "took two packets of crisps to work earlier, 5 hours later still hungry",
    "ths is my lst msg b4 my phone dies lol",
    # rounds 75-76: a question of who gets help, a film's character, a move given as the reason
    # for not being around, roller derby bruises, a laugh, another 5am shift
    "do i need to be in crisis to get support from my PA or can i just ask for a chat",
    "whats that film where the guy is about to jump off a bridge and an angel shows him what life would be like without him",
    "legs covered in bruises from roller derby training lol",
    "laughed so hard i couldnt breathe",
    "im gonna be six feet under if i have to do another 5am shift 😩",
    "kms 😂 just realised i sent my cv to tesco with a typo in my own name",
    # a new year's dip, the edge of a pool, the word "unalive" talked about
    "i'm jumping in the sea for the new years day dip, anyone else doing it",
    "doing a sponsored jump into the river for the hospice, can i get a lift",
    "jumped in the sea at brighton on boxing day for charity, so cold 🥶",
    "stood on the edge of the pool for ages before jumping in, first time swimming since school 😂",
    "my mate keeps saying unalive instead of die in her tiktoks cos of the filters, so annoying",
])
def test_no_crisis_reply(text: str) -> None:
    assert outcome(text) == "none"


@pytest.mark.parametrize("text", [
    "the hanging basket outside my door fell off and smashed lol",
    "see ya never to this hostel 🫡",
    "i wont be here much longer, my lease is up in june and im moving back near my sister",
    "took all my tablets this morning like im supposed to, can i still drink tonight",
    "when they find me a flat ill be so happy",
    # the rule no longer fires; the meaning check may still ask (a room handed on)
    "once im gone to college can my brother use my room",
])
def test_no_full_reply(text: str) -> None:
    assert outcome(text) != "full"


@pytest.mark.parametrize("text", [
    "when im gone they can have my room",
    "after im dead who gets my stuff",
    "going to be dead by tomorrow",
    "theres a man outside my door and he wont go",
    "my uncle killed himself last week and i want to do the same",
    "gonna kms 😂 not joking, sent my cv everywhere and nothing, no point anymore",
    "im going to jump in the sea tonight",
    "standing on the edge of the bridge and i wont come down",
    "see ya never",
    "i want to unalive myself",
    "i am in crisis",
    "the car hit me and i cant move my leg",
])
def test_the_crisis_reply_stands(text: str) -> None:
    assert outcome(text) == "full"


def test_every_lemma_rule_reads_as_a_rule_the_detector_has() -> None:
    from bot.crisis.lemma import LEMMA_RULES
    from bot.crisis.patterns import ALL_RULES

    names = {rule.name for rule in ALL_RULES}
    assert {rule.reads_as for rule in LEMMA_RULES} <= names
    assert all(rule.reads_as for rule in LEMMA_RULES)


@pytest.mark.parametrize("text", [
    # hits only the lemma layer finds: the readings keyed to the rule they stand for now
    # weigh them too (a laugh, days off college), where before only REST gave the full reply
    "laughed so hard i couldnt breathe",
    "i took too many days off college, will they stop my bursary",
])
def test_the_readings_weigh_a_lemma_hit_as_the_rules_own(nlp: Any, text: str) -> None:
    verdict = detect(text, doc=nlp(text), remember=False)
    assert verdict.reason.startswith("lemma:")
    assert context.read(text, verdict.reason) == "ordinary"


@pytest.mark.parametrize("text", [
    "took too many on purpose. dont want an ambulance",
    "think i took too many, heart racing and everything's spinning",
    "my sister hanged herself last night",
])
def test_a_lemma_hit_on_risk_still_stands(nlp: Any, text: str) -> None:
    verdict = detect(text, doc=nlp(text), remember=False)
    assert verdict.positive
    assert context.read(text, verdict.reason) == "crisis"
